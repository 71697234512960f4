# Arguments are evaluated left to right, before the call.
log = []
def v(x):
    log.append(x)
    return x
def f(*args, **kwargs):
    log.append("call")
    return args, kwargs
f(v(1), v(2), k=v(3), *[v(4)], **{"z": v(5)})
print(log)
log.clear()
d = {v("k1"): v("v1"), v("k2"): v("v2")}
print(log)
log.clear()
v("a")[0:1] if False else None
x = [v(1), v(2)][v(0)]
print(log, x)
log.clear()
v(1) + v(2) * v(3)
print(log)
