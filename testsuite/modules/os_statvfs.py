# os.statvfs: the filesystem holding a path, as a 10-field struct sequence (sizes vary by
# machine: only their relations are printed).
import os
s = os.statvfs('.')
print(type(s).__name__, len(s), s.f_bsize > 0, s.f_frsize > 0, s.f_blocks >= s.f_bfree >= s.f_bavail >= 0)
print(s[0] == s.f_bsize, s[9] == s.f_namemax, s.f_namemax >= 255)
print(os.statvfs(path='.').f_blocks == s.f_blocks)
for bad in ['/no/such/dir', 3.5, None]:
    try:
        os.statvfs(bad)
    except Exception as e:
        print(type(e).__name__, getattr(e, 'errno', None))
print(repr(s).startswith('os.statvfs_result(f_bsize='))
