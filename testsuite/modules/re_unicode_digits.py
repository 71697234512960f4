# re's \d is a Unicode decimal digit (category Nd), as str.isdecimal: not ² or ½.
s = '1²³½٣߀௧൧๑０𝟎Ⅻ'
print([c.isdecimal() for c in s])
print([c.isdigit() for c in s])
print([c.isnumeric() for c in s])
import re
print(re.findall(r'\d', s), re.findall(r'\D', s), re.findall(r'(?a)\d', s))
print(int('٣٤'), int('０１'))
