# string.Template substitution.
from string import Template
t = Template("$who likes ${what}s, $$5")
print(t.substitute(who="tim", what="kung pao"), t.safe_substitute(who="ann"))
try:
    t.substitute(who="x")
except KeyError as e:
    print(type(e).__name__, e)
print(Template("$a$b").substitute({"a": 1, "b": 2}))
