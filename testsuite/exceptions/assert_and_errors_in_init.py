# Exceptions from __init__ leave no object behind; assertions in methods.
class Positive:
    def __init__(self, v):
        if v <= 0:
            raise ValueError(f"{v} is not positive")
        self.v = v
    def halve(self):
        assert self.v % 2 == 0, "odd value"
        return Positive(self.v // 2)
made = []
for v in [4, -1, 3]:
    try:
        p = Positive(v)
        made.append(p.v)
        print(p.halve().v)
    except (ValueError, AssertionError) as e:
        print(type(e).__name__, e)
print(made)
