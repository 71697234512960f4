# Run-length encoding, a Huffman code, and base64-like packing written by hand.
def rle(s):
    out, i = [], 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(f"{j - i}{s[i]}")
        i = j
    return "".join(out)
def unrle(s):
    out, num = [], ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num))
            num = ""
    return "".join(out)
for s in ["aaabccdddd", "abc", "", "zzzzzzzzzzzz"]:
    e = rle(s)
    print(repr(s), e, unrle(e) == s)
def huffman(text):
    freq = {}
    for ch in text:
        freq[ch] = freq.get(ch, 0) + 1
    nodes = [(n, ch, ch) for ch, n in sorted(freq.items())]
    while len(nodes) > 1:
        nodes.sort(key=lambda t: (t[0], t[1]))
        (n1, k1, a), (n2, k2, b) = nodes[0], nodes[1]
        nodes = nodes[2:] + [(n1 + n2, min(k1, k2), (a, b))]
    codes = {}
    def walk(node, prefix):
        if isinstance(node, str):
            codes[node] = prefix or "0"
        else:
            walk(node[0], prefix + "0")
            walk(node[1], prefix + "1")
    walk(nodes[0][2], "")
    return codes
text = "abracadabra alakazam"
codes = huffman(text)
for ch in sorted(codes):
    print(repr(ch), codes[ch])
bits = "".join(codes[c] for c in text)
print(len(bits), "bits vs", 8 * len(text))
decode = {v: k for k, v in codes.items()}
out, cur = [], ""
for b in bits:
    cur += b
    if cur in decode:
        out.append(decode[cur])
        cur = ""
print("".join(out) == text)
