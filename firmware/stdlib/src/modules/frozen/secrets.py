# secrets: random numbers for tokens and keys, written for Pyrite from the CPython 3.11
# documentation. Everything draws from os.urandom: the host's getrandom; on a board, a
# splitmix64 counter stirred with the clock (and the STM32's hardware RNG where it runs),
# which never repeats but without the RNG is not cryptographic.

import os
from hmac import compare_digest

DEFAULT_ENTROPY = 32


def randbits(k):
    if k < 0:
        raise ValueError('number of bits must be non-negative')
    if k == 0:
        return 0
    value = int.from_bytes(os.urandom((k + 7) // 8), 'big')
    return value >> (-k % 8)


def randbelow(exclusive_upper_bound):
    if exclusive_upper_bound <= 0:
        raise ValueError('Upper bound must be positive.')
    bits = exclusive_upper_bound.bit_length()
    while True:
        value = randbits(bits)
        if value < exclusive_upper_bound:
            return value


def choice(seq):
    if not seq:
        raise IndexError('Cannot choose from an empty sequence')
    return seq[randbelow(len(seq))]


def token_bytes(nbytes=None):
    return os.urandom(DEFAULT_ENTROPY if nbytes is None else nbytes)


def token_hex(nbytes=None):
    return token_bytes(nbytes).hex()


def token_urlsafe(nbytes=None):
    import base64
    return base64.urlsafe_b64encode(token_bytes(nbytes)).rstrip(b'=').decode('ascii')
