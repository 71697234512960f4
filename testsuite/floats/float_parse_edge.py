# Parsing edge cases: many digits, tiny and huge exponents.
print(float("0.1000000000000000055511151231257827"))
print(float("1" + "0" * 30), float("0." + "0" * 30 + "1"))
print(float("1e-400"), float("1e400"), float("-1e-400"))
print(float("2.2250738585072011e-308"), float("4.9e-324"), float("2.4e-324"))
print(float("123456789012345678901234567890"))
print(float("9007199254740993"), float("9007199254740995"))
