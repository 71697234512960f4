# Goes above the top-level package `lib`: ImportError (relative_imports.py).
from .. import counter
