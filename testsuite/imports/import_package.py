# Importing a package and its submodules from the script's directory.
import lib
print(lib.VERSION, lib.greet("world"), lib.__name__)
import lib.mathutil
print(lib.mathutil.square(4), lib.mathutil.cube(3), lib.mathutil.__name__)
import lib.mathutil as mu
print(mu is lib.mathutil, mu.PI)
