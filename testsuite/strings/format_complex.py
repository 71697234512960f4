# format() of complex numbers: the float spec for each part (the imaginary one always signed),
# parentheses and repr-style parts without a type letter, width and fill for the whole.
specs=['', '>12', '<12', '^14', '*^16', '+', ' ', '-', '.2f', '.3', '.3g', 'e', '.2e', 'E', 'g', 'G', 'f', 'F', 'n', '10.2f', '+.1f', '=10', '010', '#', '#.0f', ',', '_', ',.2f', '.0', 'r', 'd', 'x', '%', 's', '<', '20', '.1%', 'z.1f','12.3', '#.2', '#.3', '#g', 'z', '+z', '#e', ' .2f', '_.3f', '>+20.3e', 'z.0f']
vals=[1+2j, -1.5-0.25j, 2j, -2j, 0j, -0j, complex(-0.0, 1), complex(1e20, 1e-7), complex(float('inf'), float('nan')), 1234567.125+0.5j, complex(0.0, -0.0), complex(-0.0,-0.0), 10+0j, complex(2.0, 10.0)]
for s in specs:
    row=[]
    for v in vals:
        try: row.append(repr(format(v, s)))
        except Exception as e: row.append(type(e).__name__+':'+str(e))
    print(repr(s), ' | '.join(row))
print(f"{1+2j:>10} {3j:.1f} {complex(1,-1)!r:>10}")
print("{:^20.3e}".format(1.5-2.5j))
