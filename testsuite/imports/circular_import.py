# Circular imports work when names are used after both modules finish loading.
import lib.circular_a as a
import lib.circular_b as b
print(a.use_b(), b.use_a(), a.A_VALUE, b.B_VALUE)
