d = {"a": 1}
d["b"]  # expect error: KeyError: 'b'
# %%
class Model:
    def fit(self):
        raise NotImplementedError("fit is not ready")
m = Model()
m.fti()  # expect error: AttributeError: 'Model' object has no attribute 'fti'. Did you mean: 'fit'?
# %%
m.fit()  # expect error: NotImplementedError: fit is not ready
# %%
len(5)  # expect error: TypeError: object of type 'int' has no len()
# %%
5()  # expect error: TypeError: 'int' object is not callable
# %%
int("x")  # expect error: ValueError: invalid literal for int() with base 10: 'x'
# %%
for x in 5:
    pass
# expect error: TypeError: 'int' object is not iterable
# %%
try:
    raise KeyError("k")
except LookupError as e:
    print("lookup", repr(e))  # expect: lookup KeyError('k')
raise
# expect error: RuntimeError: No active exception to reraise
