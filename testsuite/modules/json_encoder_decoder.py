# json.JSONEncoder and json.JSONDecoder: subclasses overriding default, encode, iterencode,
# decode and raw_decode, and dumps/dump/loads with cls= (other keywords go to the class).
import io
import json


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {"x": o.x, "y": o.y}
        return super().default(o)


print(json.dumps([Point(1, 2), "é"], cls=PointEncoder))
print(json.dumps({"b": Point(3, 4), "a": 1}, cls=PointEncoder, sort_keys=True, indent=2))
print(PointEncoder(separators=(",", ":")).encode({"p": Point(0, 0)}))
print("".join(PointEncoder().iterencode([1, Point(5, 6)])))
try:
    json.dumps(object(), cls=PointEncoder)
except TypeError as error:
    print("TypeError", error)


class Shouting(json.JSONEncoder):
    def encode(self, o):
        return super().encode(o).upper()


print(json.dumps({"quiet": "voice"}, cls=Shouting))


class Tagged(json.JSONEncoder):
    def __init__(self, *, tag, **options):
        super().__init__(**options)
        self.tag = tag

    def iterencode(self, o, _one_shot=False):
        yield self.tag
        yield from super().iterencode(o, _one_shot)


out = io.StringIO()
json.dump([1, 2], out, cls=Tagged, tag="<t>")
print(out.getvalue(), json.dumps({"k": None}, cls=Tagged, tag="#"))
encoder = json.JSONEncoder(indent=4)
print(repr(encoder.item_separator), repr(encoder.key_separator), encoder.encode([1]))
print(json.JSONEncoder(default=str).encode({"set": {1}}), json.JSONEncoder().encode("x\n"))


class Objects(json.JSONDecoder):
    def __init__(self, **options):
        super().__init__(object_hook=self.hook, **options)

    def hook(self, d):
        return ("obj", sorted(d.items()))


print(json.loads('{"a": {"b": 1}}', cls=Objects))
print(json.loads(b'[1.5, 2]', cls=json.JSONDecoder, parse_float=str))
decoder = json.JSONDecoder()
print(decoder.decode(' {"k": [1, 2]} '), decoder.raw_decode('[1, 2] tail'),
      decoder.raw_decode('x 7 ', 2), decoder.raw_decode('"s"'))
for bad in ("[1, 2] tail", " ", "[1,", '{"a" 1}'):
    try:
        decoder.decode(bad)
    except json.JSONDecodeError as error:
        print("JSONDecodeError", error, error.pos)
for bad_start in (" 1", ""):
    try:
        decoder.raw_decode(bad_start)
    except json.JSONDecodeError as error:
        print("JSONDecodeError", error)


class Counting(json.JSONDecoder):
    def raw_decode(self, s, idx=0):
        obj, end = super().raw_decode(s, idx)
        return ["counted", obj], end


print(json.loads(" [3] ", cls=Counting), isinstance(Counting(), json.JSONDecoder))
print(json.JSONDecoder(strict=False).decode('"a\tb"'))
try:
    json.nothing
except AttributeError as error:
    print("AttributeError", error)
from json import JSONEncoder, JSONDecoder
print(JSONEncoder.__name__, JSONDecoder.__name__)
