#!/usr/bin/env python3
"""Writes src/obj/case_tables.rs: the Unicode case data behind str.lower/upper/title/casefold/
swapcase/capitalize and str.islower/isupper/istitle, as CPython 3.11 (Unicode 14.0) sees it.

Run with CPython 3.11 from firmware/runtime: `python3 tools/case_tables.py`.
Everything is read from CPython's own str methods (no Unicode data files), so the tables give
exactly CPython's answers; testsuite/strings/str_case_all_code_points.py checks that over every
code point.

Encoding (see src/obj/case.rs): code points with the same property value that follow each
other with a step of 1 or 2 form one run, stored as a u32 key
`start << 11 | (length - 1) << 1 | (step - 1)`; mapping runs carry a u16 delta (target minus
source, modulo 2**16: no case mapping leaves its plane, so the low 16 bits are enough) in a
parallel array. Mappings to several characters are listed apart as [u16; 4]
(source, then up to three BMP characters, 0 padded).
"""
import subprocess
import sys

if sys.version_info[:2] != (3, 11):
    sys.exit("run with CPython 3.11 (its Unicode 14.0 data is what Pyrite follows)")

MAX_RUN = 1024
CODE_POINTS = [cp for cp in range(0x110000) if not 0xD800 <= cp < 0xE000]


def runs(table):
    """Splits {code point: value} into (start, length, step, value) runs whose spans hold no
    other code point of the table (so a binary search over starts finds the only candidate)."""
    points = sorted(table)
    present = set(points)
    out = []
    i = 0
    while i < len(points):
        start = points[i]
        value = table[start]
        best = (1, 1)
        for step in (1, 2):
            j = i + 1
            while (j < len(points) and j - i < MAX_RUN
                   and points[j] == start + (j - i) * step and table[points[j]] == value
                   and (step == 1 or start + (j - i) * step - 1 not in present)):
                j += 1
            if j - i > best[0]:
                best = (j - i, step)
        length, step = best
        out.append((start, length, step, value))
        i += length
    return out


def key(start, length, step):
    return start << 11 | (length - 1) << 1 | (step - 1)


def emit_set(out, name, doc, members):
    rows = runs({cp: None for cp in members})
    out.append(f"/// {doc}: {len(members)} code points in {len(rows)} runs.")
    out.append(f"pub static {name}: &[u32] = &[")
    for start, length, step, _ in rows:
        out.append(f"    0x{key(start, length, step):08X},")
    out.append("];")
    out.append("")


def emit_map(out, name, doc, mapping):
    rows = runs(mapping)
    out.append(f"/// {doc}: {len(mapping)} code points in {len(rows)} runs.")
    out.append(f"pub static {name}_KEYS: &[u32] = &[")
    for start, length, step, _ in rows:
        out.append(f"    0x{key(start, length, step):08X},")
    out.append("];")
    out.append(f"/// The delta (target minus source, modulo 2^16) of each run of `{name}_KEYS`.")
    out.append(f"pub static {name}_DELTAS: &[u16] = &[")
    for start, _, _, delta in rows:
        # Within the plane: the low 16 bits of the target are (source + delta) mod 2^16.
        assert (start + delta) >> 16 == start >> 16, hex(start)
        out.append(f"    {delta & 0xFFFF},")
    out.append("];")
    out.append("")


def emit_multi(out, name, doc, mapping):
    out.append(f"/// {doc}: {len(mapping)} code points.")
    out.append("/// Each: the source, then the characters (0 = none).")
    out.append(f"pub static {name}: &[[u16; 4]] = &[")
    for cp in sorted(mapping):
        text = mapping[cp]
        assert cp < 0x10000 and len(text) <= 3 and all(ord(c) < 0x10000 for c in text), cp
        cells = [cp] + [ord(c) for c in text] + [0] * (3 - len(text))
        out.append("    [" + ", ".join(f"0x{c:04X}" for c in cells) + "],")
    out.append("];")
    out.append("")


def split(results, fallback=None):
    """{cp: result text} → (single-char deltas, multi-char texts), leaving out code points
    whose result equals `fallback`'s (or the code point itself when there is no fallback)."""
    single, multi = {}, {}
    for cp, text in results.items():
        base = fallback[cp] if fallback else chr(cp)
        if text == base:
            continue
        if len(text) == 1:
            single[cp] = ord(text) - cp
        else:
            multi[cp] = text
    return single, multi


def main():
    lower = {cp: chr(cp).lower() for cp in CODE_POINTS}
    upper = {cp: chr(cp).upper() for cp in CODE_POINTS}
    title = {cp: chr(cp).title() for cp in CODE_POINTS}
    fold = {cp: chr(cp).casefold() for cp in CODE_POINTS}
    is_lower = [cp for cp in CODE_POINTS if chr(cp).islower()]
    is_upper = [cp for cp in CODE_POINTS if chr(cp).isupper()]
    # A one-character string is title-cased when the character is upper or title case.
    is_title = [cp for cp in CODE_POINTS if chr(cp).istitle() and not chr(cp).isupper()]
    cased = set(is_lower) | set(is_upper) | set(is_title)

    # Case_Ignorable, observed through the final-sigma rule of str.lower: a capital sigma
    # after "cased, case-ignorables" and before "case-ignorables, then no cased" lowers to ς.
    def ignorable(cp):
        if cp in cased:
            return ("AΣ" + chr(cp)).lower()[1] == "ς"
        return ("A" + chr(cp) + "Σ").lower()[-1] == "ς"

    case_ignorable = [cp for cp in CODE_POINTS if ignorable(cp)]

    lower_single, lower_multi = split(lower)
    upper_single, upper_multi = split(upper)
    title_single, title_multi = split(title, upper)
    fold_single, fold_multi = split(fold, lower)
    # An override back to the code point itself is a run with delta 0.
    for single, multi, fallback, results in ((title_single, title_multi, upper, title),
                                             (fold_single, fold_multi, lower, fold)):
        for cp, text in results.items():
            if text == chr(cp) and fallback[cp] != text:
                single[cp] = 0

    out = [
        "//! Unicode case data for `str` (CPython 3.11, Unicode 14.0), generated by",
        "//! `tools/case_tables.py` from CPython's own str methods: do not edit by hand.",
        "//!",
        "//! Layout and lookups: `obj/case.rs`.",
        "",
    ]
    emit_set(out, "LOWERCASE", "`str.islower` holds for these", is_lower)
    emit_set(out, "UPPERCASE", "`str.isupper` holds for these", is_upper)
    emit_set(out, "TITLECASE", "Titlecase letters (category Lt)", is_title)
    emit_set(out, "CASE_IGNORABLE", "Case_Ignorable (skipped by the final-sigma rule)",
             case_ignorable)
    emit_map(out, "LOWER", "Lowercase mappings to one character", lower_single)
    emit_map(out, "UPPER", "Uppercase mappings to one character", upper_single)
    emit_map(out, "TITLE", "Titlecase mappings to one character, where not the uppercase",
             title_single)
    emit_map(out, "FOLD", "Case foldings to one character, where not the lowercase",
             fold_single)
    emit_multi(out, "LOWER_MULTI", "Lowercase mappings to several characters", lower_multi)
    emit_multi(out, "UPPER_MULTI", "Uppercase mappings to several characters", upper_multi)
    emit_multi(out, "TITLE_MULTI",
               "Titlecase mappings to several characters, where not the uppercase",
               title_multi)
    emit_multi(out, "FOLD_MULTI",
               "Case foldings to several characters, where not the lowercase", fold_multi)
    path = "src/obj/case_tables.rs"
    with open(path, "w", encoding="utf-8") as file:
        file.write("\n".join(out))
    subprocess.run(["rustfmt", "--edition", "2021", path], check=True)


main()
