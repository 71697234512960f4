# sys: attributes that exist everywhere (values printed only where they are fixed).
import sys
print(type(sys.argv).__name__, len(sys.argv) >= 1, type(sys.path).__name__)
print(sys.byteorder in ("little", "big"), sys.maxsize >= 2 ** 31 - 1, type(sys.maxsize).__name__)
print(sys.version_info[0], sys.version_info.major == 3, len(sys.version_info) >= 3, type(sys.version).__name__)
print(type(sys.implementation.name).__name__, isinstance(sys.platform, str))
print("sys" in sys.modules, sys.modules["sys"] is sys, isinstance(sys.modules, dict))
print(hasattr(sys.stdout, "write"), hasattr(sys.stderr, "write"), hasattr(sys.stdin, "read"))
