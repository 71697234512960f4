# keyword's lists and predicates; platform's functions return strings of the right shape
# (their values are the machine's, so only their types and consistency are printed).
import keyword
import platform
import sys

print(len(keyword.kwlist), keyword.kwlist[:5], keyword.kwlist[-3:])
print(keyword.softkwlist)
print(sorted(keyword.kwlist) == keyword.kwlist)
for word in ['if', 'match', 'None', 'none', '_', 'print', 'async', 'case', '']:
    print(repr(word), keyword.iskeyword(word), keyword.issoftkeyword(word))
try:
    keyword.iskeyword([])
except TypeError as e:
    print('TypeError')

for name in ['system', 'node', 'release', 'version', 'machine', 'python_implementation',
             'python_version', 'platform']:
    print(name, type(getattr(platform, name)()).__name__)
print(platform.python_version() == '%d.%d.%d' % sys.version_info[:3])
t = platform.python_version_tuple()
print(type(t).__name__, len(t), all(isinstance(p, str) for p in t), t[0])
u = platform.uname()
print(len(u), u.system == platform.system(), u.machine == platform.machine(), u[0] == u.system)
print(isinstance(u.processor, str), isinstance(u, tuple))
print(platform.python_implementation() in ('CPython', 'Pyrite'))
