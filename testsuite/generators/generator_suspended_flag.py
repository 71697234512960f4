# gi_suspended and cr_suspended (3.11): true only while paused at a yield.
def g():
    print("inside", me.gi_suspended, me.gi_running)
    yield 1
    yield 2
me = g()
print(me.gi_suspended)
next(me)
print(me.gi_suspended)
next(me)
me.close()
print(me.gi_suspended)
async def f():
    pass
c = f()
print(c.cr_suspended, c.cr_running)
c.close()
