# A doubly linked list with the sequence protocol.
class Node:
    __slots__ = ("value", "prev", "next")
    def __init__(self, value):
        self.value, self.prev, self.next = value, None, None
class LinkedList:
    def __init__(self, items=()):
        self.head = self.tail = None
        self.size = 0
        for x in items:
            self.append(x)
    def append(self, value):
        node = Node(value)
        if self.tail is None:
            self.head = self.tail = node
        else:
            node.prev, self.tail.next = self.tail, node
            self.tail = node
        self.size += 1
    def appendleft(self, value):
        node = Node(value)
        if self.head is None:
            self.head = self.tail = node
        else:
            node.next, self.head.prev = self.head, node
            self.head = node
        self.size += 1
    def _node(self, index):
        if index < 0:
            index += self.size
        if not 0 <= index < self.size:
            raise IndexError("linked list index out of range")
        node = self.head
        for _ in range(index):
            node = node.next
        return node
    def __getitem__(self, index):
        return self._node(index).value
    def __delitem__(self, index):
        node = self._node(index)
        if node.prev:
            node.prev.next = node.next
        else:
            self.head = node.next
        if node.next:
            node.next.prev = node.prev
        else:
            self.tail = node.prev
        self.size -= 1
    def __len__(self):
        return self.size
    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next
    def __reversed__(self):
        node = self.tail
        while node:
            yield node.value
            node = node.prev
    def __repr__(self):
        return "LinkedList([" + ", ".join(map(repr, self)) + "])"
    def __eq__(self, other):
        return list(self) == list(other)
ll = LinkedList(range(5))
ll.appendleft(-1)
ll.append("end")
print(ll, len(ll), ll[0], ll[-1], ll[3])
del ll[0]
del ll[-1]
del ll[2]
print(ll, list(reversed(ll)), 4 in ll, 2 in ll, ll == [0, 1, 3, 4])
try:
    ll[10]
except IndexError as e:
    print(type(e).__name__, e)
print(sorted(LinkedList([3, 1, 2])), sum(LinkedList([1, 2, 3])))
