import numpy as np
from keras.models import Sequential
from keras.layers import Dense
from neurona import formula, check_formula, plot_network
model = Sequential()
model.add(Dense(3, input_dim=1, activation="sigmoid"))
model.add(Dense(1, activation="sigmoid"))
model.set_weights([np.array([[0.5, -1.0, 2.0]]), np.array([0.1, 0.2, -0.3]), np.array([[1.5], [-0.5], [0.25]]), np.array([0.05])])
formula(model)
# expect: Neuron  Formula
# expect:      1  y₁ = x
# expect:      2  y₂ = σ(w₂·y₁ + b₂)
# expect:      3  y₃ = σ(w₃·y₁ + b₃)
# expect:      4  y₄ = σ(w₄·y₁ + b₄)
# expect:      5  y₅ = σ(w₅,₂·y₂ + w₅,₃·y₃ + w₅,₄·y₄ + b₅)
# expect:
# expect: y = y₅ = σ(w₅,₂·σ(w₂·x + b₂) + w₅,₃·σ(w₃·x + b₃) + w₅,₄·σ(w₄·x + b₄) + b₅)
# expect:
# expect: σ(z) = 1/(1 + e^(-z))
# %%
formula(model, values=True, decimals=2)
# expect: Neuron  Formula
# expect:      1  y₁ = x
# expect:      2  y₂ = σ(0.5·y₁ + 0.1)
# expect:      3  y₃ = σ(-1·y₁ + 0.2)
# expect:      4  y₄ = σ(2·y₁ - 0.3)
# expect:      5  y₅ = σ(1.5·y₂ - 0.5·y₃ + 0.25·y₄ + 0.05)
# expect:
# expect: y = y₅ = σ(1.5·σ(0.5·x + 0.1) - 0.5·σ(-1·x + 0.2) + 0.25·σ(2·x - 0.3) + 0.05)
# expect:
# expect: σ(z) = 1/(1 + e^(-z))
# %%
def sigmoid(z):
    return 1/(1 + np.exp(-z))
def predict_formula(x):
    part1 = 1.5*sigmoid(0.5*x+0.1)
    part2 = -0.5*sigmoid(-1.0*x+0.2)
    part3 = 0.25*sigmoid(2.0*x-0.3)
    return sigmoid(part1+part2+part3+0.05)
x = np.array([1.4, 1.3, 4.7, 0.0])
check = check_formula(model, x, formula=predict_formula)
print(check.matches, check.decimals >= 6)
# expect: input      network     formula  |difference|
# expect: --------------------------------------------
# expect: 1.4000  0.76857090  0.76857096      5.61e-08
# expect: 1.3000  0.76334691  0.76334692      1.42e-08
# expect: 4.7000  0.84228390  0.84228393      2.76e-08
# expect: 0.0000  0.66126603  0.66126603      3.68e-09
# expect: ✓ The formula matches the network (largest difference 5.61e-08, 7 decimals agree; tolerance 1e-06).
# expect: True True
# %%
check_formula(model, x).matches
# expect: input      network     formula  |difference|
# expect: --------------------------------------------
# expect: 1.4000  0.76857090  0.76857096      5.62e-08
# expect: 1.3000  0.76334691  0.76334692      1.43e-08
# expect: 4.7000  0.84228390  0.84228393      2.77e-08
# expect: 0.0000  0.66126603  0.66126603      3.64e-09
# expect: ✓ The formula matches the network (largest difference 5.62e-08, 7 decimals agree; tolerance 1e-06).
# expect: True
# %%
plot_network(model)
# expect: Neural network 1-3-1 (5 neurons, 10 parameters)
# expect:   input   (1): 1
# expect:   dense   (3): 2 3 4  sigmoid
# expect:   dense_1 (1): 5  sigmoid
# %%
from tensorflow.keras.utils import plot_model
plot_model(model, show_shapes=True)
# expect: +-------------------------+
# expect: | Dense                   |
# expect: | Input shape: (None, 1)  |
# expect: | Output shape: (None, 3) |
# expect: +-------------------------+
# expect:       |
# expect:       v
# expect: +-------------------------+
# expect: | Dense                   |
# expect: | Input shape: (None, 3)  |
# expect: | Output shape: (None, 1) |
# expect: +-------------------------+
# %%
plot_model(model, to_file="model.png")
# expect error: ValueError: plot_model in Neurona draws SVG without Graphviz and cannot write '.png' files: use to_file='model.svg'.
