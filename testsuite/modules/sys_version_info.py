# sys.version_info and sys.implementation have the documented shape.
import sys
v = sys.version_info
print(v.major, v[0] == v.major, v[:1], v >= (3,), v < (4,), isinstance(v.minor, int))
impl = sys.implementation
print(isinstance(impl.name, str), impl.name == impl.name.lower(), len(impl.version) >= 3)
print(isinstance(sys.version, str), len(sys.version) > 0)
