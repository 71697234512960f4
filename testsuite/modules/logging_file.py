# logging: FileHandler and basicConfig(filename=..., filemode=...) write records to a file.
import logging
import os

name = 'logging_file_test.log'
h = logging.FileHandler(name, mode='w')
h.setFormatter(logging.Formatter('%(levelname)s %(message)s'))
log = logging.getLogger('file')
log.addHandler(h)
log.warning('one')
log.error('two %d', 2)
h.close()
log.removeHandler(h)
with open(name) as f:
    print(repr(f.read()))
logging.basicConfig(filename=name, filemode='a', format='%(name)s:%(message)s')
logging.warning('appended')
log.error('propagated')
logging.shutdown()
with open(name) as f:
    print(repr(f.read()))
d = logging.FileHandler(name, delay=True)
print(d.stream is None)
d.close()
os.remove(name)
