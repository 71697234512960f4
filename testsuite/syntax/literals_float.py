# Float literals: decimal points, exponents, underscores.
print(1.0, 1., .5, 0.0, 1e3, 1E3, 1e-3, 2.5e+2, 1_000.5, 1e1_0)
print(3.14159, 0.1, 0.2, 0.1 + 0.2, 1/3)
print(1e16, 1e15, 123456789.0, 1e22, 1e-5, 0.0001)
print(1.5e300 * 1e10, -1.5e300 * 1e10)
print(float("inf"), float("-inf"), float("nan"))
print(-0.0, 0.0 == -0.0)
print(type(1e0).__name__)
for text in ["1._5", "1e", "1.e5", "1_.5"]:
    try:
        print(text, eval(text))
    except SyntaxError:
        print(text, "SyntaxError")
