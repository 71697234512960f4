# try/except/finally inside loops with break, continue and return.
def process(items):
    out = []
    for item in items:
        try:
            if item is None:
                continue
            if item == "stop":
                break
            out.append(10 // item)
        except ZeroDivisionError:
            out.append("div0")
        except TypeError:
            out.append("type")
            continue
        finally:
            out.append("|")
    return out
print(process([1, 0, None, "x", 5, "stop", 7]))
def first_valid(items):
    for item in items:
        try:
            return int(item)
        except ValueError:
            pass
        finally:
            print("checked", repr(item))
    return None
print(first_valid(["a", "b", "42", "7"]))
count = 0
while True:
    try:
        count += 1
        if count < 3:
            raise RuntimeError(count)
        break
    except RuntimeError as e:
        print("retry after", e)
print("done after", count)
