# str.format: only all-digit field names and [keys] are indexes ('-1', '+1', ' 1' are names
# and str keys); a conversion must be one letter followed by ':' or the end.
for s in ['{0!}', '{0!:>3}', '{0!rr}', '{0!r:}', '{0!rx}', '{-1}', '{+1}', '{a[-1]}', '{a[+1]}', '{a[01]}', '{a[ 1]}', '{0[-0]}', '{0[1]}', '{0!s:>8}|', '{a[1]}']:
    try:
        print(repr(s), repr(s.format([5, 6], a={'-1': 'm', '+1': 'p', 1: 'one', ' 1': 'sp'}, **{'-1': 'neg', '+1': 'pos'})))
    except Exception as e:
        print(repr(s), type(e).__name__, e)
