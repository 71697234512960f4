# CPython's errors for f(**non_mapping) and for with-statement managers missing __enter__ or
# __exit__ (the latter alone says "missed __exit__ method").
def f(**k): return k
for code in ["del (1, 2)[0]", "del 'ab'[0]", "f(**5)", "f(**[1])",
             "exec('with 5: pass')", "exec('class A:\\n  def __enter__(s): pass\\nwith A(): pass')",
             "exec('class B:\\n  def __exit__(s, *a): pass\\nwith B(): pass')"]:
    try:
        eval(code)
    except Exception as e:
        print(type(e).__name__, e)
class Good:
    def __enter__(self): print("enter"); return self
    def __exit__(self, *a): print("exit", a[0].__name__ if a[0] else None); return True
with Good() as g:
    print("body", type(g).__name__)
with Good():
    raise KeyError("suppressed")
print(f(**{'a': 1}), f(**Good.__dict__.__class__({'b': 2})))
