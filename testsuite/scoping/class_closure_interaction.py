# Methods defined in a function close over the function's locals.
def make_class(prefix):
    counter = 0
    class Tagger:
        def tag(self, s):
            nonlocal counter
            counter += 1
            return f"{prefix}{counter}:{s}"
    return Tagger
A = make_class("a")
B = make_class("b")
ta, tb = A(), B()
print(ta.tag("x"), ta.tag("y"), tb.tag("z"), A().tag("w"))
