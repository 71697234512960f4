//! Heap exhaustion on the boards: Python fills the heap in several ways (a fragmented heap
//! asked for ever bigger buffers, a growing list, dict and string, ever longer source to
//! compile, ever more functions in one source on a fragmented heap), each must end in
//! `MemoryError` with the board alive, and after a collection the
//! memory must be back; text formatted or padded wider than any heap is `MemoryError` too. A
//! failed allocation in the allocator's arena used to stop the board (a panic the raw REPL
//! reports as an error, which fails these tests). The other way round, one object may take
//! most of the free heap (its bytes used to be counted twice, so anything over half failed),
//! and the garbage of one big object does not stop the next (a failed reservation collects),
//! also for a list grown item by item to near the heap's size. Names interned at run time
//! fill the heap to `MemoryError` too, and a soft reset frees them.
//! Skips (with a printed reason) without QEMU.

mod common;

use pyrite_emulation::Board;

/// Each case fills the heap one way until `MemoryError`, then says whether it got anywhere.
const SCRIPT: &str = r#"
import gc

def fragments():
    keep = []
    try:
        n = 0
        while True:
            keep.append(bytearray(24 + (n * 37) % 200))
            n += 1
    except MemoryError:
        # Full to the byte (an iterator would not fit): free the last buffers without one.
        i = len(keep) - 16
        while i < len(keep):
            keep[i] = None
            i += 1
        gc.collect()
    for i in range(0, len(keep), 2):
        keep[i] = None
    gc.collect()
    big = []
    try:
        size = 256
        while True:
            big.append(bytearray(size))
            size += 96
    except MemoryError:
        pass
    return len(big) > 0

def grow_list():
    items = []
    try:
        while True:
            items.append([len(items)])
    except MemoryError:
        pass
    return len(items) > 100

def grow_dict():
    table = {}
    try:
        n = 0
        while True:
            table[n * 7919] = str(n)
            n += 1
    except MemoryError:
        pass
    return len(table) > 100

def grow_str():
    text = "ab"
    try:
        while True:
            text = text + text + "c"
    except MemoryError:
        pass
    return len(text) > 1000

def grow_source():
    # Ever longer functions, in steps fine enough to run out at many points of a compile.
    lines = 10
    try:
        while True:
            body = "".join("    v%d = [%d, 'x%d', (%d, %d)]\n" % (i, i, i, i, i) for i in range(lines))
            exec("def f():\n" + body + "    return 1\n", {})
            lines += lines // 4 + 1
    except MemoryError:
        pass
    return lines > 10

def many_functions():
    # Ever more functions in one source, compiled on a fragmented heap: the compiler's scope
    # table grows by doubling, and its next size may find no block (compiling datetime's
    # sections once stopped the board that way; this case has not caught it deterministically).
    holes = []
    # Looked up now: a built-in type's method object is made the first time it is used,
    # which on a heap full to the byte raises MemoryError like any other allocation.
    pop = holes.pop
    try:
        while True:
            holes.append(bytearray(120))
    except MemoryError:
        # Full to the byte: make room for the loop's iterator without one.
        n = 0
        while n < 16:
            pop()
            n += 1
        gc.collect()
    for i in range(0, len(holes), 2):
        holes[i] = None
    del holes[len(holes) // 3:]
    gc.collect()
    count = 16
    try:
        while True:
            # One name for all (names interned here would stay, and starve the later cases).
            exec("".join("def f(a):\n    return a + %d\n" % i for i in range(count)), {})
            count += count // 2
    except MemoryError:
        pass
    return count > 16

gc.collect()
start = gc.mem_alloc()
# The collector keeps empty slot chunks for the next objects, up to a sixteenth of the heap.
spare_chunks = (gc.mem_alloc() + gc.mem_free()) // 16
for name, case in (("fragments", fragments), ("list", grow_list), ("dict", grow_dict),
                   ("str", grow_str), ("source", grow_source), ("functions", many_functions)):
    reached = case()
    gc.collect()
    # Back to where it started, give or take what a case keeps for good (the names it
    # interned, the collector's spare slot chunks).
    print(name, reached, gc.mem_alloc() < start + 16 * 1024 + spare_chunks)
print("alive", sum(range(10)))
"#;

const EXPECTED: &str = "fragments True True\nlist True True\ndict True True\n\
str True True\nsource True True\nfunctions True True\nalive 45\n";

/// Widths and precisions from the caller that no heap holds: MemoryError, where these stopped
/// the board (found by the `run` fuzz target).
const WIDE_FORMATS: &str = r#"
raised = 0
for source in ("b'%777777777i' % 0", "'%.777777777f' % 1.5", "'%*d' % (777777777, 1)",
               "'{:777777777}'.format(0)", "f'{0:777777777}'", "format(1.5, '.777777777e')",
               "'{:>777777777}'.format('a')", "'%-777777777s' % 'a'", "'x'.center(777777777)",
               "'x'.zfill(777777777)", "'a\tb'.expandtabs(777777777)"):
    try:
        eval(source)
    except MemoryError:
        raised += 1
print(raised)
"#;

/// One object four fifths the size of the free heap, of each kind that holds its items in one
/// block.
const ONE_BIG_OBJECT: &str = r#"
import gc
made = 0
for make in (bytearray, bytes, lambda n: 'x' * n, lambda n: [None] * (n // 4)):
    gc.collect()
    size = gc.mem_free() * 4 // 5
    big = make(size)
    made += len(big) >= size // 4
    big = None
print(made)
"#;

/// Big objects made where earlier ones became garbage: each needs that garbage collected.
const GARBAGE_THEN_BIG: &str = r#"
import gc
gc.collect()
n = gc.mem_free() * 3 // 5
a = bytearray(n)
a = None
b = bytearray(n)
print('bytearray', len(b) == n)
b = None
s = 'x' * n
s = None
t = 'y' * n
print('str', len(t) == n)
t = None
p = b'ab' * (n // 2)
p = None
q = bytes(n)
print('bytes', len(q) == n)
q = None
l = [0] * (n // 4)
l = None
m = [1] * (n // 4)
print('list', len(m) == n // 4)
m = None
def squares(k):
    return [i * i for i in range(k)]
x = squares(n // 4)
x = None
y = squares(n // 4)
print('comprehension', len(y) == n // 4)
y = None
"#;

/// The same size again and again, the previous one still alive: each needs the one before
/// it collected, and then the block it left. On the STM32 (two regions, SRAM and CCM, with no
/// room for a third such block) that hole is the only place: TLSF's good-fit search rounds a
/// request up to the next size class, so it finds the hole only because the allocator makes
/// every big block the top of its class (ports/common/src/tlsf.rs, `class_size`).
const SAME_SIZE_LOOP: &str = r#"
import gc
gc.collect()
n = gc.mem_free() * 2 // 5
for i in range(5):
    c = bytearray(n)
print('loop', len(c) == n)
"#;

/// A dict grows past the heap amid garbage; its `MemoryError` handler then looks up built-ins
/// for the first time (each made on first use) and builds values: entering the handler
/// collects the garbage first, so the handler finds room.
const HANDLER_AFTER_GARBAGE: &str = r#"
import gc
gc.collect()
free = gc.mem_free()
def fill():
    junk = []
    while gc.mem_free() > free // 4:
        junk.append([0] * 50)
    junk = None
def grow():
    d = {}
    try:
        for i in range(free // 20):
            d[i] = i
        return 'no MemoryError'
    except MemoryError:
        d = None
        return abs(-3) + len(sorted([2, 1]))
fill()
print(grow())
"#;

/// Names interned at run time live until the soft reset: filling the heap with them is
/// `MemoryError` (the name table grows a chunk at a time, its index only where it fits),
/// and the soft reset gives the heap back.
const GROW_NAMES: &str = r#"
import gc
class Box:
    pass
box = Box()
n = 0
try:
    while True:
        setattr(box, "an_attribute_name_made_at_run_time_%d" % n, n)
        n += 1
except MemoryError:
    pass
box = None
gc.collect()
print(n > 500, getattr, sum(range(10)))
"#;

/// The dicts of names that Python code grows (class attributes, a namespace's names, an
/// instance's attributes stored through the attribute cache) fill the heap to `MemoryError`
/// too: each grew infallibly before, stopping a board whose arena could not give the bytes.
/// The names repeat, so what runs out is the dicts, not the name table.
const GROW_TABLES: &str = r#"
import gc
NAMES = ["name_%d" % i for i in range(48)]
SOURCE = compile("".join("%s = %d\n" % (name, i) for i, name in enumerate(NAMES)), "s", "exec")

def classes():
    kept = []
    try:
        while True:
            C = type("C", (), {})
            kept.append(C)
            for i, name in enumerate(NAMES):
                setattr(C, name, i)
    except MemoryError:
        pass
    return len(kept) > 10

def namespaces():
    kept = []
    try:
        while True:
            namespace = {}
            kept.append(namespace)
            exec(SOURCE, namespace)
    except MemoryError:
        pass
    return len(kept) > 10

class Point:
    def __init__(self, i):
        self.a = i
        self.b = i
        self.c = i
        self.d = i
        self.e = i
        self.f = i
        self.g = i
        self.h = i
        self.j = i

def instances():
    kept = []
    try:
        while True:
            kept.append(Point(len(kept)))
    except MemoryError:
        pass
    return len(kept) > 100

for case in (classes, namespaces, instances):
    print(case.__name__, case())
    gc.collect()
"#;

fn exhaust(board: Board) {
    common::with_raw_repl(board, |repl| {
        // First, while the arena is in one piece (filling it fragments it).
        let output = common::exec_on(repl, board, ONE_BIG_OBJECT.as_bytes());
        assert_eq!(output.stdout_text(), "4\n", "{output:?}");
        let output = common::exec_on(repl, board, GARBAGE_THEN_BIG.as_bytes());
        assert_eq!(
            output.stdout_text(),
            "bytearray True\nstr True\nbytes True\nlist True\ncomprehension True\n",
            "{output:?}"
        );
        let output = common::exec_on(repl, board, SAME_SIZE_LOOP.as_bytes());
        assert_eq!(output.stdout_text(), "loop True\n", "{output:?}");
        let output = common::exec_on(repl, board, SCRIPT.as_bytes());
        assert!(!output.raised(), "{output:?}");
        assert_eq!(output.stdout_text(), EXPECTED, "{output:?}");
        let output = common::exec_on(repl, board, WIDE_FORMATS.as_bytes());
        assert_eq!(output.stdout_text(), "11\n", "{output:?}");
        // The one preallocated MemoryError, raised again: only this raise's traceback.
        let output = repl
            .exec(b"bytearray(10 ** 9)\n")
            .unwrap_or_else(|error| panic!("{error}"));
        assert_eq!(
            output.exception_text(),
            "Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\n\
         MemoryError\n",
            "{output:?}"
        );
        // Still a working REPL afterwards, with its heap usable.
        let output = repl
            .exec(b"print(len([bytearray(100) for i in range(50)]))\n")
            .unwrap_or_else(|error| panic!("{error}"));
        assert_eq!(output.stdout_text(), "50\n", "{output:?}");
        // Last: filling the heap with small garbage leaves it fragmented for what follows.
        let output = common::exec_on(repl, board, HANDLER_AFTER_GARBAGE.as_bytes());
        assert_eq!(output.stdout_text(), "5\n", "{output:?}");
        let output = common::exec_on(repl, board, GROW_NAMES.as_bytes());
        assert_eq!(
            output.stdout_text(),
            "True <built-in function getattr> 45\n",
            "{output:?}"
        );
        repl.soft_reset().unwrap_or_else(|error| panic!("{error}"));
        let output = repl
            .exec(b"import gc\ngc.collect()\nprint(gc.mem_alloc() < gc.mem_free())\n")
            .unwrap_or_else(|error| panic!("{error}"));
        assert_eq!(output.stdout_text(), "True\n", "{output:?}");
        // After the soft reset: a heap without the names above.
        let output = common::exec_on(repl, board, GROW_TABLES.as_bytes());
        assert_eq!(
            output.stdout_text(),
            "classes True\nnamespaces True\ninstances True\n",
            "{output:?}"
        );
    });
}

#[test]
fn stm32f405_heap_exhaustion_is_memory_error() {
    exhaust(Board::Stm32f405);
}

#[test]
fn mps2_an385_heap_exhaustion_is_memory_error() {
    exhaust(Board::Mps2An385);
}

/// Big copies on a fragmented heap: the budget has room but no free block is as big as the
/// copy (a list's, a str's, a bytes's: 8,000 bytes each). Every operation that copies or
/// builds one must raise `MemoryError` or succeed; each of these stopped the board with a
/// failed allocation (a Rust vector or string grown or copied without a check first; the
/// f-string's text was grown as it was joined in the dispatch loop). The heap is fragmented
/// afresh before each (after one `MemoryError` the allocator reads as
/// full until a collection finds its emergency block again, which a fragmented arena may
/// not give back) and freed after it.
const BIG_COPIES: &str = r#"
import gc, json
N = 2000
l = list(range(N))
t = tuple(l)
s = 'x' * (N * 4)
b = bytes(N * 4)
d = dict.fromkeys(range(N))
len(l)

def fragment():
    keep = []
    try:
        while True:
            keep.append(bytearray(24 + (len(keep) * 37) % 200))
    except MemoryError:
        i = len(keep) - 16
        while i < len(keep):
            keep[i] = None
            i += 1
        gc.collect()
    i = 0
    while i < len(keep):
        keep[i] = None
        i += 2
    gc.collect()
    return keep

OPS = (
    lambda: l.copy(), lambda: l + l, lambda: t + t, lambda: b + b, lambda: repr(l),
    lambda: str(t), lambda: repr(d), lambda: l.index(N - 1), lambda: l.count(3),
    lambda: l == list(t), lambda: max(l), lambda: s.replace('x', 'yy'), lambda: s.split('x'),
    lambda: s.encode(), lambda: b.decode(), lambda: b.hex(), lambda: '%s' % s,
    lambda: s.upper(), lambda: s[1:], lambda: bytearray(b), lambda: d.copy(),
    lambda: b''.join([b, b]), lambda: json.dumps(l), lambda: '{}{}'.format(s, s),
    lambda: f'{s}{s}',
)
survived = 0
while survived < len(OPS):
    keep = fragment()
    try:
        OPS[survived]()
    except MemoryError:
        pass
    keep = None
    gc.collect()
    survived += 1
print(survived, sum(range(10)))
"#;

/// Runs `BIG_COPIES` on `board`: the board must finish it.
fn big_copies(board: Board) {
    common::with_raw_repl(board, |repl| {
        let output = common::exec_on(repl, board, BIG_COPIES.as_bytes());
        assert_eq!(output.stdout_text(), "25 45\n", "{output:?}");
    });
}

#[test]
fn stm32f405_big_copies_on_a_fragmented_heap() {
    big_copies(Board::Stm32f405);
}

#[test]
fn mps2_an385_big_copies_on_a_fragmented_heap() {
    big_copies(Board::Mps2An385);
}

/// Sources whose one literal or name is as long as a good part of the heap: each used to make
/// an allocation that stopped the board (the literal's value copied whole, the digits of a
/// float collected, the line shown under a SyntaxError). Each is now a MemoryError or a
/// SyntaxError, and the board answers the next run.
fn long_tokens(board: Board) {
    common::with_raw_repl(board, |repl| {
        let long = |unit: &str, count: usize| unit.repeat(count);
        let sources = [
            format!("x = \"{}\"\n", long("a", 50_000)),
            format!("x = b\"{}\"\n", long("b", 60_000)),
            format!("x = f\"{}{{1}}\"\n", long("c", 60_000)),
            format!("{} = 1\n", long("d", 60_000)),
            format!(
                "x = 1.{}\nassert x == 1.5555555555555556\n",
                long("5", 60_000)
            ),
        ];
        for source in &sources {
            let output = repl.exec(source.as_bytes()).unwrap_or_else(|error| {
                panic!(
                    "{}: the board did not survive {:.20}…: {error}",
                    board.name(),
                    source
                )
            });
            let text = output.exception_text();
            assert!(
                text.is_empty()
                    || text.contains("MemoryError")
                    || text.contains("SyntaxError: identifier too long"),
                "{}: {:.20}…: {text}",
                board.name(),
                source
            );
            let after = repl.exec(b"print(6 * 7)\n").unwrap();
            assert_eq!(after.stdout_text(), "42\n", "{after:?}");
        }
    });
}

#[test]
fn mps2_an385_long_tokens_are_errors() {
    long_tokens(Board::Mps2An385);
}

#[test]
fn stm32f405_long_tokens_are_errors() {
    long_tokens(Board::Stm32f405);
}
