# re lookahead and lookbehind assertions.
import re
print(re.findall(r"\w+(?=!)", "hi! there wow!"), re.findall(r"\d+(?!\d|px)", "10px 20 30em"))
print(re.findall(r"(?<=\$)\d+", "cost $15 or $20"), re.findall(r"(?<!-)\b\d+", "5 -6 7"))
print(re.sub(r"(?<=\d)(?=(\d{3})+$)", ",", "1234567"))
