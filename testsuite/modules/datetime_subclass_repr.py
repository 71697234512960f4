# datetime's reprs name a subclass by its own name, as CPython's C types do
# (`D(2024, 1, 1)`), and this module's classes as `datetime.date(...)`.
import datetime


class D(datetime.date):
    pass


class DT(datetime.datetime):
    pass


class TD(datetime.timedelta):
    pass


class T(datetime.time):
    pass


print(repr(D(2024, 1, 1)), repr(DT(2024, 1, 2, 3, 4)), repr(TD(days=1, seconds=5)), repr(T(1, 2)))
print(repr(datetime.date(2024, 1, 1)), repr(datetime.timedelta(0)), repr(datetime.time(5)))
print(repr(datetime.datetime(2024, 5, 6, 7, 8, 9, 10, tzinfo=datetime.timezone.utc)))
print(repr(datetime.timezone(datetime.timedelta(hours=2), "X")), repr(D.today() - D.today()))
