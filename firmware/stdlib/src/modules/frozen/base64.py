# base64: Base16, Base32 and Base64 encodings of bytes (RFC 4648) over binascii. Base85 and
# Ascii85 are not provided.

import binascii

__all__ = ['encodebytes', 'decodebytes', 'b64encode', 'b64decode', 'b32encode', 'b32decode',
           'b16encode', 'b16decode', 'standard_b64encode', 'standard_b64decode',
           'urlsafe_b64encode', 'urlsafe_b64decode']


def _to_bytes(s):
    # What the decoders accept: bytes-like objects and ASCII strings.
    if isinstance(s, str):
        try:
            return s.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters')
    if isinstance(s, (bytes, bytearray)):
        return s
    try:
        return memoryview(s).tobytes()
    except TypeError:
        raise TypeError('argument should be a bytes-like object or ASCII string, not %r'
                        % s.__class__.__name__) from None


def _bytes_like(s):
    if isinstance(s, (bytes, bytearray)):
        return s
    if isinstance(s, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return memoryview(s).tobytes()


def _swap(s, altchars, to_alt):
    # Translates '+/' to `altchars` (or back) in `s`.
    altchars = _to_bytes(altchars) if not to_alt else _bytes_like(altchars)
    if len(altchars) != 2:
        raise AssertionError(repr(altchars))
    if to_alt:
        return s.translate(bytes.maketrans(b'+/', altchars))
    return s.translate(bytes.maketrans(altchars, b'+/'))


#- b64encode b64decode standard_b64encode standard_b64decode urlsafe_b64encode urlsafe_b64decode
def b64encode(s, altchars=None):
    encoded = binascii.b2a_base64(s, newline=False)
    if altchars is not None:
        return _swap(encoded, altchars, True)
    return encoded


def b64decode(s, altchars=None, validate=False):
    s = _to_bytes(s)
    if altchars is not None:
        s = _swap(s, altchars, False)
    if validate:
        return binascii.a2b_base64(s, strict_mode=True)
    return binascii.a2b_base64(s)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


def urlsafe_b64encode(s):
    return b64encode(s, b'-_')


def urlsafe_b64decode(s):
    return b64decode(_to_bytes(s).translate(bytes.maketrans(b'-_', b'+/')))


#- b16encode b16decode
def b16encode(s):
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    s = _to_bytes(s)
    if casefold:
        s = s.upper()
    for c in s:
        if not (48 <= c <= 57 or 65 <= c <= 70):
            raise binascii.Error('Non-base16 digit found')
    return binascii.unhexlify(s)


#- b32encode b32decode
_B32 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'


def b32encode(s):
    s = memoryview(s).tobytes()
    out = bytearray()
    for start in range(0, len(s), 5):
        group = s[start:start + 5]
        # 40 bits, 8 digits of 5 bits; a short last group is padded with '='.
        bits = int.from_bytes(bytes(group) + bytes(5 - len(group)), 'big')
        digits = (len(group) * 8 + 4) // 5
        for i in range(8):
            if i < digits:
                out.append(_B32[(bits >> (35 - 5 * i)) & 31])
            else:
                out.append(61)
    return bytes(out)


def b32decode(s, casefold=False, map01=None):
    s = _to_bytes(s)
    if len(s) % 8:
        raise binascii.Error('Incorrect padding')
    if map01 is not None:
        map01 = _bytes_like(map01)
        if len(map01) != 1:
            raise AssertionError(repr(map01))
        s = s.translate(bytes.maketrans(b'01', b'O' + map01))
    if casefold:
        s = s.upper()
    body = s.rstrip(b'=')
    padding = len(s) - len(body)
    out = bytearray()
    for start in range(0, len(body), 8):
        # 8 digits of 5 bits make 5 bytes; the missing digits of a padded group are zeros.
        group = body[start:start + 8]
        bits = 0
        for c in group:
            value = _B32.find(bytes((c,)))
            if value < 0:
                raise binascii.Error('Non-base32 digit found')
            bits = bits << 5 | value
        out += (bits << 5 * (8 - len(group))).to_bytes(5, 'big')
    if padding not in (0, 1, 3, 4, 6):
        raise binascii.Error('Incorrect padding')
    if padding and out:
        del out[len(out) - 5 + (43 - 5 * padding) // 8:]
    return bytes(out)


#- encodebytes decodebytes
def _check_bytes(s):
    try:
        memoryview(s)
    except TypeError:
        raise TypeError('expected bytes-like object, not %s' % s.__class__.__name__) from None


def encodebytes(s):
    _check_bytes(s)
    pieces = []
    for start in range(0, len(s), 57):
        pieces.append(binascii.b2a_base64(s[start:start + 57]))
    return b''.join(pieces)


def decodebytes(s):
    _check_bytes(s)
    return binascii.a2b_base64(s)
