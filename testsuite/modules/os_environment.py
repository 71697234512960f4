# os.getenv and os.environ read the process environment (PATH is set wherever the suite runs).
import os


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: isinstance(os.getenv("PATH"), str) and len(os.getenv("PATH")) > 0)
show(lambda: os.getenv("PATH") == os.environ["PATH"])
show(lambda: os.getenv("PYRITE_NO_SUCH_VARIABLE"))
show(lambda: os.getenv("PYRITE_NO_SUCH_VARIABLE", "default"))
show(lambda: os.getenv("PYRITE_NO_SUCH_VARIABLE", default=5))
show(lambda: "PYRITE_NO_SUCH_VARIABLE" in os.environ)
show(lambda: os.environ.get("PYRITE_NO_SUCH_VARIABLE", "x"))
show(lambda: os.getenv(3))
