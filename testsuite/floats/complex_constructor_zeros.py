# complex(real, imag): the parts combine as CPython combines them, keeping the signs of zeros.
print(complex(1, -0.0), complex(-0.0, -0.0), complex(-0.0), complex(0.0, -0.0), complex(-0.0, 0.0))
print(complex(1 + 2j, -0.0), complex(0j, -0.0), complex(-0.0, 0j), complex(-0.0, -0j), complex(1j, 1j))
print(complex(1 + 2j, 3), complex(1, 2j), complex(2j, 1 + 1j), complex(-0.0 + 0j), complex(True, -0.0))
for z in [complex(2, -0.0), complex(-0.0, 5), complex(-0.0, -0.0)]:
    print(z.real, z.imag, repr(z), -z, abs(z))
