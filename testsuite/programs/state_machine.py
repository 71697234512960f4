# A table-driven state machine parsing a simple protocol (like a UART command stream).
TRANSITIONS = {
    ("idle", "$"): "command",
    ("command", "alpha"): "command",
    ("command", ","): "args",
    ("command", "*"): "checksum",
    ("args", "digit"): "args",
    ("args", ","): "args",
    ("args", "*"): "checksum",
    ("checksum", "hex"): "checksum",
    ("checksum", "\n"): "idle",
}
def classify(ch):
    if ch.isalpha() and ch.isupper():
        return "alpha"
    if ch.isdigit():
        return "digit" if ch not in "ABCDEF" else "hex"
    return ch
def parse(stream):
    state, frames, buf, errors = "idle", [], "", []
    for pos, ch in enumerate(stream):
        kind = classify(ch)
        key = (state, kind)
        if state == "checksum" and (kind in ("digit", "alpha") and ch in "0123456789ABCDEF"):
            key = (state, "hex")
        nxt = TRANSITIONS.get(key)
        if nxt is None:
            errors.append(f"pos {pos}: unexpected {ch!r} in {state}")
            state, buf = "idle", ""
            continue
        buf += ch
        if nxt == "idle" and state == "checksum":
            body, _, check = buf.strip().partition("*")
            computed = 0
            for c in body[1:]:
                computed ^= ord(c)
            frames.append((body[1:], check, f"{computed:02X}" == check))
            buf = ""
        state = nxt
    return frames, errors
frames, errors = parse("$LED,1*50\n$PING*10\n$SET,12,5*1F\nxx$BAD,?*00\n")
for f in frames:
    print(f)
print(errors)
