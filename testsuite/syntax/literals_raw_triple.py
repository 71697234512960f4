# Raw strings and triple-quoted strings.
print(r"a\nb", len(r"a\nb"))
print(R"\d+\.\w*")
print(repr(r"\\"), len(r"\\"))
t = """first
  second
third"""
print(t.split("\n"))
u = '''it's "quoted" here'''
print(u)
v = """\
no leading newline"""
print(repr(v))
print(repr("""a\tb"""), repr(r"""a\tb"""))
print(rb"\x00" == b"\\x00", Rb"\n", bR"\t")
print("""x""" """y""" 'z')
