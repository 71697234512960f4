# Dicts and sets: word frequencies, an inverted index, set algebra and dict churn.
#
# Stresses hashing of strs and ints, dict insert/lookup/update/delete, dict iteration order,
# set building and set operations. Written for Pyrite; the checksum was computed by CPython 3.11.
#
# bench-sizes: default=1200 quick=120 board=2
# bench-unit: runs/s

import time

NAME = "dicts_sets"
UNIT = "runs/s"
EXPECTED = (38, 'the', 8, 205, 26, 0, 25, 15, 25, 714, 368201, 510, 1)

TEXT = (
    "the quick brown fox jumps over the lazy dog while the small cat sleeps under a warm "
    "blanket and the old dog dreams of the quick fox that never comes back to the farm where "
    "a brown cow eats green grass under the blue sky and the farmer counts every animal twice"
)


def run_once():
    words = TEXT.split()
    frequency = {}
    for word in words:
        frequency[word] = frequency.get(word, 0) + 1
    index = {}
    for position in range(len(words)):
        word = words[position]
        if word in index:
            index[word].append(position)
        else:
            index[word] = [position]
    letters = {}
    for word in frequency:
        for letter in word:
            if letter not in letters:
                letters[letter] = set()
            letters[letter].add(word)
    vowels = set("aeiou")
    with_vowel_a = letters["a"]
    with_vowel_o = letters["o"]
    both = with_vowel_a & with_vowel_o
    either = with_vowel_a | with_vowel_o
    only_a = with_vowel_a - with_vowel_o
    odd = with_vowel_a ^ with_vowel_o
    numbers = {}
    for value in range(1000):
        numbers[value * 37 % 4099] = value
    for value in range(0, 1000, 3):
        del numbers[value * 37 % 4099]
    for value in range(0, 1000, 7):
        numbers[value * 37 % 4099] = -value
    squares = set()
    for value in range(1000):
        squares.add(value * value % 1021)
    squares.discard(0)
    keys_in_order = 0
    for key in numbers:
        keys_in_order = (keys_in_order * 31 + key + numbers[key]) % 1000003
    most = 0
    most_word = ""
    for word, count in frequency.items():
        if count > most:
            most = count
            most_word = word
    positions = sum(index["the"]) + sum(index["quick"])
    consonant_words = 0
    for word in frequency:
        if not (set(word) & vowels):
            consonant_words += 1
    return (
        len(frequency), most_word, most, positions, len(letters), len(both), len(either),
        len(only_a), len(odd), len(numbers), keys_in_order, len(squares), consonant_words,
    )


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
    main(1200)
