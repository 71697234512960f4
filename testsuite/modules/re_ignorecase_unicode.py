# re.IGNORECASE takes letters sharing an upper case as one (ſ and s, µ and μ, ς and σ), as
# CPython's equivalences do; a backreference compares lower cases only.
import re
print(re.findall(r'(?i)s', 'sSſ'), re.findall(r'(?i)ſ', 'sSſ'))
print(re.findall(r'(?i)µ', 'µΜμ'), re.findall(r'(?i)μ+', 'µΜμ'))
print(re.search(r'(?i)Σ', 'ς'), re.findall(r'(?i)[σ]', 'Σσς'), re.findall(r'(?i)[a-z]+', 'ſKelvin K'))
print(re.findall(r'(?i)k', 'kKK'), re.findall(r'(?i)i', 'iIıİ'), re.findall(r'(?i)ß', 'ßẞ'))
print(re.findall(r'(?i)θ', 'θϑΘ'), re.findall(r'(?i)[^s]', 'sSſx'), re.findall(r'(?ia)s', 'sSſ'))
print(re.sub(r'(?i)straße', '-', 'STRASSE Straße STRAẞE'))
print(re.findall(r'(?i)(a)\1', 'aA Aa aa'), re.findall(r'(?i)(σ)\1', 'σς ςΣ'))
