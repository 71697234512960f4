# complex() of a string: real, imaginary and both parts, signs, exponents, parentheses.
for text in ["1+2j", "  3j ", "-1.5e3-2J", "(1+2j)", "( -4.5 )", "j", "-j", "+j", "1+j", "1-j",
             "2.5", "1e3+1e-3j", "1E+2-3E-2j", "inf+nanj", "-infj", "1_0+2_0j", "0j", ".5j",
             "5.", "1e5j", "\u0661+\u0662j"]:
    print(repr(text), complex(text))
for text in ["", "1 + 2j", "j1", "1+2", "(1+2j", "1++2j", "1+2jj", "()", "abc", "1e+j",
             "( 1+2j ) x"]:
    try:
        complex(text)
    except ValueError as e:
        print(repr(text), "ValueError:", e)
for args in [("1", 2), (1, "2"), ("1j", "2")]:
    try:
        complex(*args)
    except TypeError as e:
        print(args, "TypeError:", e)
print(complex(1, 2), complex(), complex(2.5), complex(1j, 1j), complex("1+2j") == 1 + 2j)
