# The functional Enum API builds its class through the class body's mapping: a name given
# twice is an error, as in a class body.
import enum
for names in (['a', 'a'], 'a b a', [('x', 1), ('x', 2)], {'x': 1}, 'p q', [('p', 5), ('q', 5)]):
    try: print(list(enum.Enum('E', names)))
    except Exception as e: print(type(e).__name__, e)
print(list(enum.IntEnum('I', 'u v', start=10)), list(enum.Flag('F', 'r w x')))
