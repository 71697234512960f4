# Building callbacks in loops: default-argument capture vs late binding vs factories.
callbacks = {}
for name in ["start", "stop", "reset"]:
    callbacks[name] = lambda n=name: f"pressed {n}"
print([cb() for cb in callbacks.values()])
late = [lambda: name for name in ["a", "b"]]
print([f() for f in late])
def factory(label):
    return lambda: label.upper()
made = [factory(l) for l in "xyz"]
print([f() for f in made])
