# int.to_bytes with a length no heap can hold raises MemoryError (the process lives on; on a
# 32-bit board such a length is already an OverflowError, as in a 32-bit CPython).
for length in [2**40, 2**50, 2**62]:
    try:
        (1).to_bytes(length, "big")
    except (MemoryError, OverflowError):
        print(length, "refused")
print((1).to_bytes(4, "big"), (258).to_bytes(3, "little"), len((7).to_bytes(5000, "big")))
