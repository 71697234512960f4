# platform: what Pyrite can say about the machine it runs on. The values are Pyrite's own, not
# CPython's: system() is os.uname().sysname ('pyrite'), machine() the board's name ('host' for
# the pyrite binary), release() and version() Pyrite's version; python_implementation() is
# 'Pyrite' and python_version() the language version Pyrite implements (3.11.0).

import sys as _sys


def _uname():
    import os
    return os.uname()


def system():
    return _uname().sysname


def node():
    return _uname().nodename


def release():
    return _uname().release


def version():
    return _uname().version


def machine():
    return _uname().machine


def processor():
    return ''


def python_implementation():
    return 'Pyrite'


def python_version_tuple():
    return tuple(str(part) for part in _sys.version_info[:3])


def python_version():
    return '.'.join(python_version_tuple())


def python_compiler():
    return 'rustc'


def platform(aliased=False, terse=False):
    u = _uname()
    if terse:
        return u.sysname + '-' + u.release
    return u.sysname + '-' + u.release + '-' + u.machine


#- uname uname_result
class uname_result(tuple):
    # (system, node, release, version, machine, processor), as CPython's; its repr leaves
    # out the processor, as CPython's does.
    def __new__(cls, system, node, release, version, machine):
        return tuple.__new__(cls, (system, node, release, version, machine, ''))

    system = property(lambda self: self[0])
    node = property(lambda self: self[1])
    release = property(lambda self: self[2])
    version = property(lambda self: self[3])
    machine = property(lambda self: self[4])
    processor = property(lambda self: self[5])

    def __repr__(self):
        return ('uname_result(system=%r, node=%r, release=%r, version=%r, machine=%r)'
                % self[:5])


def uname():
    u = _uname()
    return uname_result(u.sysname, u.nodename, u.release, u.version, u.machine)
