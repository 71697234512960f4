# namedtuple: rename, field defaults, subclassing, repr.
from collections import namedtuple
Row = namedtuple("Row", "id name", rename=False)
class Row2(Row):
    @property
    def label(self):
        return f"#{self.id}:{self.name}"
r = Row2(7, "seven")
print(r, r.label, Row2._fields, r._replace(name="x").label)
Bad = namedtuple("Bad", ["ok", "def", "ok"], rename=True)
print(Bad._fields)
try:
    namedtuple("X", ["def"])
except ValueError as e:
    print(type(e).__name__)
P = namedtuple("P", "a b c", defaults=(2, 3))
print(P(1), P._field_defaults)
