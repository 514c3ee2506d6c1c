import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.sqrt(16), math.sqrt(2), math.exp(1), math.exp(0), math.log(math.e), math.log(8, 2), math.log(100, 10))
print(math.log2(1024), math.log10(0.001), math.log1p(0), math.expm1(0), math.pow(2, 10), math.pow(2, 0.5))
print(math.sin(0), math.cos(0), math.tan(0), math.asin(1), math.acos(1), math.atan(1), math.atan2(1, -1))
print(math.sinh(1), math.cosh(1), math.tanh(0.5), math.degrees(math.pi / 2), math.radians(180))
print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1), math.trunc(-2.7), math.floor(5), type(math.floor(2.5)).__name__)
print(math.fabs(-3), math.factorial(0), math.factorial(10), math.comb(10, 3), math.comb(3, 5), math.perm(5, 2), math.perm(4))
print(math.gcd(12, 18), math.gcd(12, 18, 8), math.gcd(), math.gcd(-4, 6))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1), math.isclose(1, 1.1, rel_tol=0.2), math.isclose(0, 1e-10, abs_tol=1e-9))
print(math.isnan(math.nan), math.isinf(-math.inf), math.isfinite(1e308), math.isfinite(math.inf))
print(math.hypot(3, 4), math.hypot(1, 2, 2), math.copysign(3, -0.0), math.erf(1), math.erfc(1))
print(math.gamma(5), round(math.gamma(0.5), 12), round(math.lgamma(10), 12), math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.prod([1, 2, 3, 4]), math.prod([1.5, 2]), math.prod([], start=7), math.fsum([1e100, 1.0, -1e100]))
# expect: 3.141592653589793 2.718281828459045 6.283185307179586 inf -inf nan
# expect: 4.0 1.4142135623730951 2.718281828459045 1.0 1.0 3.0 2.0
# expect: 10.0 -3.0 0.0 0.0 1024.0 1.4142135623730951
# expect: 0.0 1.0 0.0 1.5707963267948966 0.0 0.7853981633974483 2.356194490192345
# expect: 1.1752011936438014 1.5430806348152437 0.46211715726000974 90.0 3.141592653589793
# expect: 2 -3 3 -2 -2 5 int
# expect: 3.0 1 3628800 120 0 20 24
# expect: 6 2 0 2
# expect: True False True True
# expect: True True True False
# expect: 5.0 3.0 -3.0 0.8427007929497149 0.15729920705028513
# expect: 24.0 1.772453850906 12.801827480081 1.0 0.9999999999999999
# expect: 24 3.0 7 1.0
# %%
math.sqrt(-1)
# expect error: ValueError: math domain error
# %%
math.log(0)
# expect error: ValueError: math domain error
# %%
math.exp(1000)
# expect error: OverflowError: math range error
# %%
math.factorial(-3)
# expect error: ValueError: factorial() not defined for negative values
# %%
math.floor(math.inf)
# expect error: OverflowError: cannot convert float infinity to integer
# %%
math.acos(2)
# expect error: ValueError: math domain error
# %%
math.pow(0, -1)
# expect error: ValueError: math domain error
# %%
math.sqrt("x")
# expect error: TypeError: must be real number, not str
# %%
math.isclose(1, 2, rel_tol=-1)
# expect error: ValueError: tolerances must be non-negative
# %%
math.comb(5, -1)
# expect error: ValueError: k must be a non-negative integer
# %%
math.gamma(0)
# expect error: ValueError: math domain error
# %%
math.log(10, 1)
# expect error: ZeroDivisionError: float division by zero
