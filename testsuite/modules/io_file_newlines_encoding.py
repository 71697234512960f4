# open(): the newline argument (universal newlines on read, translation on write), the
# codec and error handler of text files, and the checks binary mode and bad values get.
import os


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


name = "io_newlines_scratch.txt"
with open(name, "wb") as f:
    f.write(b"a\r\nb\rc\nd\r")
for newline in [None, "", "\n", "\r", "\r\n"]:
    print("newline", repr(newline))
    with open(name, newline=newline) as f:
        show(f.readlines)
    with open(name, newline=newline) as f:
        show(lambda: (f.read(2), f.read(1), f.read(3), f.read()))
    with open(name, newline=newline) as f:
        show(lambda: [line for line in f])
    with open(name, "w", newline=newline) as f:
        show(lambda: f.write("p\nq\r\nr"))
        print("s", "t", file=f)
    with open(name, "rb") as f:
        show(f.read)
    with open(name, "wb") as f:
        f.write(b"a\r\nb\rc\nd\r")

# readline's limit counts "\r\n" read as "\n" as one character.
with open(name) as f:
    show(lambda: [f.readline(1), f.readline(1), f.readline(5), f.readline()])

# Appending with a newline and an encoding of its own.
with open(name, "a", encoding="latin-1", newline="\r") as f:
    show(lambda: f.write("é\nß"))
with open(name, "rb") as f:
    show(f.read)
show(lambda: open(name, encoding="latin-1").read())
show(lambda: open(name, encoding="LATIN_1", newline="").readlines())
show(lambda: open(name, errors="replace").read())
show(lambda: open(name, encoding="utf-8", errors="backslashreplace").read())
show(lambda: open(name, encoding="ascii", errors="ignore").read())
show(lambda: open(name).read())
show(lambda: open(name, encoding="ascii").read())

# Encoding what is written.
with open(name, "w", encoding="latin-1") as f:
    f.write("café")
with open(name, "rb") as f:
    show(f.read)
with open(name, "w", encoding="ascii", errors="replace") as f:
    f.write("naïve")
with open(name, "rb") as f:
    show(f.read)
with open(name, "w", encoding="ascii") as f:
    show(lambda: f.write("naïve"))
    f.write("plain")
with open(name, "rb") as f:
    show(f.read)

# What a text file says of itself.
with open(name) as f:
    print(f.encoding, f.errors, repr(f))
with open(name, "r", -1, "latin1", "ignore", "") as f:
    print(f.encoding, f.errors, repr(f), repr(f.read()))

# Arguments that are refused.
show(lambda: open(name, newline="x"))
show(lambda: open(name, newline=5))
show(lambda: open(name, encoding=5))
show(lambda: open(name, errors=5))
show(lambda: open(name, "rb", newline="\n"))
show(lambda: open(name, "rb", encoding="utf-8"))
show(lambda: open(name, "rb", errors="strict"))
show(lambda: open(name, buffering=None))
show(lambda: open(name, encoding="no-such-codec"))
show(lambda: open(name, "rb", None, None, None, None).read(2))
os.remove(name)
