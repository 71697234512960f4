match [1, (2, 3), {"k": 4}]:
    case [1, (a, *b), {"k": c, **d}] if a:
        print(a, b, c, d)
    case [x] | (x, _) as y:
        print(x, y)
    case {"a": 1, **rest}:
        print(rest)
    case str() | int(3) | P(x=1, y=[_, *_]) | None | -1 | 2+3j | Q.R:
        pass
    case _:
        pass
