import time, datetime, sys, array, io
for text, fmt in [('2021-03-04 05:06:07.5+05:30', '%Y-%m-%d %H:%M:%S.%f%z'), ('111', '%m%d'), ('Thu Mar  4 05:06:07 2021', '%c'), ('2021 10 3', '%Y %W %w'), ('12 pm UTC', '%I %p %Z')]:
    try:
        print(datetime.datetime.strptime(text, fmt), time.strptime(text.replace('.5', ''), fmt.replace('.%f', '')))
    except ValueError as e:
        print(e)
for enc in ('utf-16', 'utf-32-be', 'utf-16-le'):
    data = 'é😀x'.encode(enc)
    print(data.decode(enc), data[1:].decode(enc, 'replace'), data[:-1].decode(enc, 'backslashreplace'))
sys.set_int_max_str_digits(640)
try:
    int('7' * 700)
except ValueError as e:
    print(e)
a = array.array('h', [1, 2]) * 3
a += array.array('h', [4])
print(a < array.array('h', [2]), io.StringIO().writelines(['a', 'b']))
