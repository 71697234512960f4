a = 'a\tb\x41\u00e9\U0001F600\101\q' "x" '''y
z''' r'\n' u'u'
b = b'\x00\xff' rb'\n' BR'x'
