# The standard exception hierarchy.
pairs = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError),
    (KeyError, LookupError), (IndexError, LookupError), (UnboundLocalError, NameError),
    (NotImplementedError, RuntimeError), (RecursionError, RuntimeError),
    (ModuleNotFoundError, ImportError), (FileNotFoundError, OSError),
    (UnicodeDecodeError, UnicodeError), (UnicodeError, ValueError),
    (StopIteration, Exception), (GeneratorExit, BaseException),
    (KeyboardInterrupt, BaseException), (SystemExit, BaseException),
    (Exception, BaseException), (IndentationError, SyntaxError), (TabError, IndentationError),
    (AssertionError, Exception), (AttributeError, Exception), (MemoryError, Exception),
    (TypeError, Exception), (ValueError, Exception), (EOFError, Exception),
    (StopAsyncIteration, Exception), (LookupError, Exception),
]
for sub, base in pairs:
    print(sub.__name__, issubclass(sub, base))
print(issubclass(KeyboardInterrupt, Exception), issubclass(GeneratorExit, Exception))
print(issubclass(SystemExit, Exception))
print(OSError is IOError, EnvironmentError is OSError)
