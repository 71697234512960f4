# Importing built-in modules by several forms.
import math, sys
import math as m
from math import sqrt, pi as PI
print(m is math, sqrt(9.0), PI == math.pi, type(sys).__name__)
import sys as system
print(system is sys, "math" in sys.modules)
