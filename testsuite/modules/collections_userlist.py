# collections.UserList: a list wrapper in `data`; slices, + and * keep the class.
from collections import UserList

items = UserList([3, 1, 2])
print(items, type(items).__name__, items.data, len(items), items[0], items[-1])
print(items[1:], type(items[1:]).__name__, 2 in items, 5 in items)
items.append(4)
items.insert(0, 0)
items.extend([5])
items.extend(UserList([6]))
print(items, items.pop(), items.pop(0), items)
items.remove(1)
print(items, items.count(2), items.index(4))
items.sort()
print(items)
items.sort(reverse=True)
items.reverse()
print(items, list(reversed(items)), list(iter(items)))
items[0] = 20
del items[1]
items[1:2] = [7, 8]
print(items)
print(items + [1], [1] + items, items + UserList([9]), items + (1,))
print(type(items + [1]).__name__, type([1] + items).__name__)
print(items * 2, 2 * items)
items += [0]
print(items)
items *= 2
print(items, len(items))
print(UserList([1, 2]) == [1, 2], UserList([1, 2]) == UserList([1, 2]), UserList([1]) < [2])
print(UserList([1]) <= UserList([1]), UserList([3]) > [2], UserList([1]) >= [1], UserList() != [])
copy = items.copy()
copy.append("new")
print(type(copy).__name__, len(copy) - len(items))
items.clear()
print(items, bool(items), UserList(), UserList("ab"), UserList(UserList([1])))
try:
    hash(items)
except TypeError as e:
    print("TypeError:", e)
try:
    UserList().pop()
except IndexError as e:
    print("IndexError:", e)


class Stack(UserList):
    def push(self, item):
        self.append(item)


s = Stack([1])
s.push(2)
print(s, type(s[:1]).__name__, type(s + [3]).__name__, type(s * 2).__name__)
