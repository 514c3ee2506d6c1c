import math
from math import sqrt as raiz, pi
print(math.floor(2.7), raiz(16.0), round(pi, 4))  # expect: 2 4.0 3.1416
import sys
print("to stderr", file=sys.stderr)  # expect: to stderr
import notamodule  # expect error: ModuleNotFoundError: No module named 'notamodule'. Neurona provides: IPython, math, os, random, sys, time
