# _os_more: os.walk, written for Pyrite from the CPython 3.11 documentation. os.rs calls it on
# first use and puts it in os in place of its native stub. Directories are told from files by
# os.ilistdir's entry types (the port's stat, which follows links: no link is left out).
import os


def walk(top, topdown=True, onerror=None, followlinks=False):
    try:
        entries = list(os.ilistdir(top))
    except OSError as error:
        if onerror is not None:
            onerror(error)
        return
    dirs = []
    files = []
    for entry in entries:
        if entry[1] == 0x4000:
            dirs.append(entry[0])
        else:
            files.append(entry[0])
    if topdown:
        # The caller may prune or reorder dirs before the walk goes into them.
        yield top, dirs, files
    for name in dirs:
        yield from walk(os.path.join(top, name), topdown, onerror, followlinks)
    if not topdown:
        yield top, dirs, files
