visible = 1
_hidden = 2
def func():
    return "func"
