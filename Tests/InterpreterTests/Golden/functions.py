def f(a, b=2, *args, c=3, **kwargs):
    """Adds things."""
    return a + b + c + sum(args) + sum(kwargs.values())
print(f(1), f(1, 2, 3, 4, c=0, d=10))  # expect: 6 20
print(f.__doc__)  # expect: Adds things.
def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c = make_counter()
c()
print(c())  # expect: 2
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(10))  # expect: 3628800
square = lambda x: x * x
print(list(map(square, [1, 2, 3])))  # expect: [1, 4, 9]
f()  # expect error: TypeError: f() missing 1 required positional argument: 'a'
# %%
def g(x):
    return g(x + 1)
g(0)  # expect error: RecursionError: maximum recursion depth exceeded
# %%
f(1, e=2, bb=3)
print(fact(3))  # expect: 6
# %%
square(1, 2)  # expect error: TypeError: <lambda>() takes 1 positional argument but 2 were given
# %%
def undocumented():
    pass
print(undocumented.__doc__, len.__doc__ is not None, NotImplemented)  # expect: None True None
