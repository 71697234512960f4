# os.walk: top-down (pruning and ordering dirs in place), bottom-up, onerror, a missing or
# non-directory top, in a scratch tree of the cwd (entries sorted: directory order is the
# filesystem's).
import os
base = 'os_walk_scratch'
def make(path, text=''):
    with open(path, 'w') as f:
        f.write(text)
def clean(path):
    for entry in os.listdir(path):
        full = path + '/' + entry
        if os.stat(full)[0] & 0x4000:
            clean(full)
        else:
            os.remove(full)
    os.rmdir(path)
try:
    clean(base)
except OSError:
    pass
os.mkdir(base)
for d in ('a', 'a/x', 'a/y', 'b', 'c'):
    os.mkdir(base + '/' + d)
for f in ('top.txt', 'a/one.py', 'a/x/deep.bin', 'b/two', 'b/three'):
    make(base + '/' + f, f)
def show(walker):
    for top, dirs, files in walker:
        dirs.sort()
        print(top, dirs, sorted(files))
show(os.walk(base))
print('--')
out = []
for top, dirs, files in os.walk(base, topdown=False):
    out.append((top, sorted(dirs), sorted(files)))
print(sorted(out))
print('--')
for top, dirs, files in os.walk(base):
    dirs[:] = [d for d in dirs if d != 'a']
    print(top, sorted(dirs), sorted(files))
errors = []
print(list(os.walk(base + '/nope', onerror=errors.append)), [(type(e).__name__, e.errno) for e in errors])
print(list(os.walk(base + '/nope')))
print(list(os.walk(base + '/top.txt')))
w = os.walk(base)
print(type(w).__name__, next(w)[0])
print(len(list(os.walk(base, followlinks=True))), len(list(os.walk(top=base))))
clean(base)
