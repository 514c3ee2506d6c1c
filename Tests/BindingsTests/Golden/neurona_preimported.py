# `neurona` is there in every session without an import.
print(type(neurona).__name__, callable(neurona.formula), callable(neurona.check_formula))  # expect: module True True
from neurona import formula, check_formula, plot_network
print(formula is neurona.formula)  # expect: True
