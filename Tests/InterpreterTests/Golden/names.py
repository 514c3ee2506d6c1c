model = 3
print(modle)  # expect error: NameError: name 'modle' is not defined. Did you mean: 'model'?
# %%
print(model)  # expect: 3
# %%
def f():
    y = y + 1
    return y
f()  # expect error: UnboundLocalError: cannot access local variable 'y' where it is not associated with a value
