"""Helper package for the imports tests (not a test itself)."""
print("lib/__init__ executed")
VERSION = "1.0"
def greet(name):
    return "hello " + name
