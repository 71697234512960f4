# Strings: build a small CSV report with %-formatting and str.format, then parse it back.
#
# Stresses string building, formatting of ints and floats, split/join/strip/replace, case
# conversion, searching and int() parsing. Written for Pyrite; the checksum was computed by
# CPython 3.11.
#
# bench-sizes: default=710 quick=71 board=2
# bench-unit: reports/s

import time

NAME = "strings"
UNIT = "reports/s"
ROWS = 200
EXPECTED = (134910, 1829, 1630, 'kappa_199', 20)

WORDS = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa"]


def make_report(rows):
    lines = ["id,name,count,ratio,tag"]
    for index in range(rows):
        name = WORDS[index % len(WORDS)] + "-" + str(index)
        count = (index * 7919) % 1000
        ratio = count / 7.0
        tag = "{0}:{1:>5}".format(name[:3].upper(), count)
        lines.append("%d,%s,%d,%.3f,%s" % (index, name, count, ratio, tag))
    return "\n".join(lines)


def parse_report(text):
    total = 0
    names = []
    for line in text.split("\n")[1:]:
        fields = line.split(",")
        total += int(fields[0]) + int(fields[2])
        ratio_text = fields[3]
        dot = ratio_text.find(".")
        total += int(ratio_text[:dot]) + len(ratio_text)
        name = fields[1].replace("-", "_")
        names.append(name[:1].upper() + name[1:])
        tag = fields[4].strip()
        if tag.startswith("ALP") or tag.endswith("0"):
            total += 1
        total += len(tag.split(":")[1].strip())
    joined = " ".join(names)
    words = joined.lower().split()
    return (total, len(joined), sum(len(word) for word in words), words[-1], joined.count("A"))


def run_once():
    return parse_report(make_report(ROWS))


def check(checksum):
    return checksum == EXPECTED


def _settle():
    # Start from a collected heap, so a board's score does not depend on what ran before.
    try:
        import gc

        gc.collect()
    except ImportError:
        pass


def _timer():
    # perf_counter where it exists (CPython, Pyrite), ticks_us on MicroPython, time() otherwise.
    if hasattr(time, "perf_counter"):
        return time.perf_counter, lambda start: time.perf_counter() - start
    if hasattr(time, "ticks_us"):
        return time.ticks_us, lambda start: time.ticks_diff(time.ticks_us(), start) / 1000000.0
    return time.time, lambda start: time.time() - start


def main(n):
    _settle()
    start, elapsed = _timer()
    t0 = start()
    checksum = None
    for _ in range(n):
        checksum = run_once()
    seconds = elapsed(t0)
    if seconds <= 0.0:
        seconds = 1e-9
    ok = check(checksum)
    print(
        "BENCH name=%s score=%.3f unit=%s time_s=%.6f n=%d check=%s"
        % (NAME, n / seconds, UNIT, seconds, n, "ok" if ok else "fail")
    )
    if not ok:
        raise AssertionError("%s: checksum %r, expected %r" % (NAME, checksum, EXPECTED))


if __name__ == "__main__":
    main(710)
