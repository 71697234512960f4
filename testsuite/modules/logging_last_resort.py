# logging: with no handler configured, getLogger().warning uses the last-resort handler (the
# bare message on sys.stderr, WARNING and up); the module-level functions call basicConfig.
import io
import logging
import sys

err = io.StringIO()
saved = sys.stderr
sys.stderr = err
log = logging.getLogger('quiet')
log.info('info is below the last resort')
log.warning('bare %s', 'message')
logging.getLogger().error('from root')
print(len(logging.getLogger().handlers), logging.lastResort.level)
logging.lastResort = None
log.warning('no handlers at all')
log.warning('only said once')
logging.warning('module-level: configures the root')
sys.stderr = saved
print(repr(err.getvalue()))
print(len(logging.getLogger().handlers))
