# str.format: fields nested in a format spec continue the automatic numbering.
print('{:>{}}|'.format('x', 5))
print('{:{}.{}f}|'.format(3.14159, 10, 3))
print('{}-{:{}}-{}'.format('a', 'b', 4, 'c'))
print('{0:>{1}}|{0:<{1}}|'.format('ab', 6))
print('{x:^{w}}|'.format(x='mid', w=9))
print('{:{fill}{align}{width}}'.format('v', fill='*', align='>', width=4))
for template, args in [('{:{}}{1}', ('a', 2)), ('{0:{}}', ('a', 2))]:
    try:
        print(template.format(*args))
    except ValueError as e:
        print('ValueError:', e)
try:
    '{:{}}'.format('a')
except IndexError as e:
    print('IndexError:', e)
