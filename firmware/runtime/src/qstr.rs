//! Interned strings ("qstrs"): identifiers and short constants stored once, compared by id.
//!
//! Names the runtime knows at build time (dunder methods, builtins, method names) form a
//! `static` table that lives in flash; `q::append` is the id of `"append"`. Strings interned at
//! run time (identifiers of user code, short string constants) are appended to a table in RAM.
//! A qstr's hash is the same as the hash of a heap `str` with the same text, so dicts can mix
//! both kinds of key.

use alloc::boxed::Box;
use alloc::vec::Vec;

use crate::gc::OutOfMemory;

/// An interned string id.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
pub struct Qstr(pub u32);

/// FNV-1a, the hash of every Python `str` (and `bytes`) in Pyrite.
pub const fn hash_bytes(bytes: &[u8]) -> u32 {
    let mut hash: u32 = 0x811c_9dc5;
    let mut i = 0;
    while i < bytes.len() {
        hash ^= bytes[i] as u32;
        hash = hash.wrapping_mul(0x0100_0193);
        i += 1;
    }
    hash
}

macro_rules! static_qstrs {
    ($($name:ident = $text:literal,)*) => {
        #[allow(non_camel_case_types)]
        #[repr(u32)]
        enum StaticIndex { $($name,)* Count }

        /// Ids of the strings known at build time.
        #[allow(non_upper_case_globals)]
        pub mod q {
            use super::{Qstr, StaticIndex};
            $(pub const $name: Qstr = Qstr(StaticIndex::$name as u32);)*
        }

        const STATIC_COUNT: usize = StaticIndex::Count as usize;
        /// The static strings back to back (a table of `&str` would take 8 bytes more each).
        const STATIC_PACKED: &str = concat!($($text,)*);
        /// Where each static string starts in `STATIC_PACKED`, then where the last one ends.
        static STATIC_BOUNDS: [u16; STATIC_COUNT + 1] = bounds([$($text.len(),)*]);
        static STATIC_HASH: [u32; STATIC_COUNT] = [$(hash_bytes($text.as_bytes()),)*];
    };
}

static_qstrs! {
    empty = "",
    __init__ = "__init__",
    __new__ = "__new__",
    __del__ = "__del__",
    __repr__ = "__repr__",
    __str__ = "__str__",
    __format__ = "__format__",
    __hash__ = "__hash__",
    __bool__ = "__bool__",
    __len__ = "__len__",
    __eq__ = "__eq__",
    __ne__ = "__ne__",
    __lt__ = "__lt__",
    __le__ = "__le__",
    __gt__ = "__gt__",
    __ge__ = "__ge__",
    __add__ = "__add__",
    __sub__ = "__sub__",
    __mul__ = "__mul__",
    __matmul__ = "__matmul__",
    __truediv__ = "__truediv__",
    __floordiv__ = "__floordiv__",
    __mod__ = "__mod__",
    __pow__ = "__pow__",
    __lshift__ = "__lshift__",
    __rshift__ = "__rshift__",
    __and__ = "__and__",
    __or__ = "__or__",
    __xor__ = "__xor__",
    __radd__ = "__radd__",
    __rsub__ = "__rsub__",
    __rmul__ = "__rmul__",
    __rmatmul__ = "__rmatmul__",
    __rtruediv__ = "__rtruediv__",
    __rfloordiv__ = "__rfloordiv__",
    __rmod__ = "__rmod__",
    __rpow__ = "__rpow__",
    __rlshift__ = "__rlshift__",
    __rrshift__ = "__rrshift__",
    __rand__ = "__rand__",
    __ror__ = "__ror__",
    __rxor__ = "__rxor__",
    __iadd__ = "__iadd__",
    __isub__ = "__isub__",
    __imul__ = "__imul__",
    __imatmul__ = "__imatmul__",
    __itruediv__ = "__itruediv__",
    __ifloordiv__ = "__ifloordiv__",
    __imod__ = "__imod__",
    __ipow__ = "__ipow__",
    __ilshift__ = "__ilshift__",
    __irshift__ = "__irshift__",
    __iand__ = "__iand__",
    __ior__ = "__ior__",
    __ixor__ = "__ixor__",
    __neg__ = "__neg__",
    __pos__ = "__pos__",
    __invert__ = "__invert__",
    __abs__ = "__abs__",
    __int__ = "__int__",
    __float__ = "__float__",
    __index__ = "__index__",
    __round__ = "__round__",
    __contains__ = "__contains__",
    __getitem__ = "__getitem__",
    __setitem__ = "__setitem__",
    __delitem__ = "__delitem__",
    __missing__ = "__missing__",
    __iter__ = "__iter__",
    __next__ = "__next__",
    __reversed__ = "__reversed__",
    __enter__ = "__enter__",
    __exit__ = "__exit__",
    __call__ = "__call__",
    __getattr__ = "__getattr__",
    __getattribute__ = "__getattribute__",
    __setattr__ = "__setattr__",
    __delattr__ = "__delattr__",
    __get__ = "__get__",
    __set__ = "__set__",
    __delete__ = "__delete__",
    __set_name__ = "__set_name__",
    __init_subclass__ = "__init_subclass__",
    __class_getitem__ = "__class_getitem__",
    __prepare__ = "__prepare__",
    __isabstractmethod__ = "__isabstractmethod__",
    __match_args__ = "__match_args__",
    __await__ = "__await__",
    __name__ = "__name__",
    __qualname__ = "__qualname__",
    __module__ = "__module__",
    __doc__ = "__doc__",
    __dict__ = "__dict__",
    __class__ = "__class__",
    __classcell__ = "__classcell__",
    __bases__ = "__bases__",
    __base__ = "__base__",
    __mro__ = "__mro__",
    __slots__ = "__slots__",
    __file__ = "__file__",
    __main__ = "__main__",
    __builtins__ = "__builtins__",
    __import__ = "__import__",
    __build_class__ = "__build_class__",
    __all__ = "__all__",
    __path__ = "__path__",
    __package__ = "__package__",
    __spec__ = "__spec__",
    __loader__ = "__loader__",
    __debug__ = "__debug__",
    __annotations__ = "__annotations__",
    __defaults__ = "__defaults__",
    __kwdefaults__ = "__kwdefaults__",
    __closure__ = "__closure__",
    __code__ = "__code__",
    __globals__ = "__globals__",
    __wrapped__ = "__wrapped__",
    __self__ = "__self__",
    __func__ = "__func__",
    __cause__ = "__cause__",
    __context__ = "__context__",
    __suppress_context__ = "__suppress_context__",
    __traceback__ = "__traceback__",
    __sizeof__ = "__sizeof__",
    __length_hint__ = "__length_hint__",
    __instancecheck__ = "__instancecheck__",
    __subclasscheck__ = "__subclasscheck__",
    __subclasses__ = "__subclasses__",
    __dir__ = "__dir__",
    __ceil__ = "__ceil__",
    __floor__ = "__floor__",
    __trunc__ = "__trunc__",
    __divmod__ = "__divmod__",
    __rdivmod__ = "__rdivmod__",
    __complex__ = "__complex__",
    __bytes__ = "__bytes__",
    __fspath__ = "__fspath__",
    __version__ = "__version__",
    args = "args",
    kwargs = "kwargs",
    self_ = "self",
    cls = "cls",
    key = "key",
    reverse = "reverse",
    default = "default",
    sep = "sep",
    end = "end",
    file = "file",
    flush = "flush",
    start = "start",
    stop = "stop",
    step = "step",
    value = "value",
    errno = "errno",
    strerror = "strerror",
    filename = "filename",
    filename2 = "filename2",
    lineno = "lineno",
    offset = "offset",
    end_lineno = "end_lineno",
    end_offset = "end_offset",
    text = "text",
    msg = "msg",
    name = "name",
    obj = "obj",
    code = "code",
    real = "real",
    imag = "imag",
    numerator = "numerator",
    denominator = "denominator",
    fget = "fget",
    fset = "fset",
    fdel = "fdel",
    getter = "getter",
    setter = "setter",
    deleter = "deleter",
    send = "send",
    throw = "throw",
    close = "close",
    gi_yieldfrom = "gi_yieldfrom",
    cr_await = "cr_await",
    gi_running = "gi_running",
    gi_frame = "gi_frame",
    gi_code = "gi_code",
    cr_running = "cr_running",
    cr_frame = "cr_frame",
    cr_code = "cr_code",
    encoding = "encoding",
    reason = "reason",
    errors = "errors",
    base = "base",
    ndigits = "ndigits",
    maxsplit = "maxsplit",
    // builtins
    print = "print",
    len = "len",
    range = "range",
    enumerate = "enumerate",
    zip = "zip",
    map = "map",
    filter = "filter",
    sorted = "sorted",
    reversed = "reversed",
    min = "min",
    max = "max",
    sum = "sum",
    any = "any",
    all = "all",
    abs = "abs",
    divmod = "divmod",
    pow = "pow",
    round = "round",
    isinstance = "isinstance",
    issubclass = "issubclass",
    getattr = "getattr",
    setattr = "setattr",
    hasattr = "hasattr",
    delattr = "delattr",
    iter = "iter",
    next = "next",
    repr = "repr",
    format = "format",
    chr = "chr",
    ord = "ord",
    hex = "hex",
    oct = "oct",
    bin = "bin",
    hash = "hash",
    id = "id",
    callable = "callable",
    input = "input",
    vars = "vars",
    dir = "dir",
    globals = "globals",
    locals = "locals",
    exec = "exec",
    eval = "eval",
    compile = "compile",
    open = "open",
    ascii = "ascii",
    breakpoint = "breakpoint",
    // types
    object = "object",
    type_ = "type",
    int = "int",
    float = "float",
    complex = "complex",
    bool = "bool",
    str = "str",
    bytes = "bytes",
    bytearray = "bytearray",
    memoryview = "memoryview",
    // An exported buffer's parts (`class_flags::BUFFER`).
    _data = "_data",
    typecode = "typecode",
    list = "list",
    tuple = "tuple",
    dict = "dict",
    set = "set",
    frozenset = "frozenset",
    slice = "slice",
    property = "property",
    classmethod = "classmethod",
    staticmethod = "staticmethod",
    super_ = "super",
    function = "function",
    builtin_function_or_method = "builtin_function_or_method",
    method = "method",
    module = "module",
    generator = "generator",
    cell = "cell",
    NoneType = "NoneType",
    NotImplementedType = "NotImplementedType",
    ellipsis = "ellipsis",
    None_ = "None",
    True_ = "True",
    False_ = "False",
    Ellipsis = "Ellipsis",
    NotImplemented = "NotImplemented",
    // exceptions
    BaseException = "BaseException",
    Exception = "Exception",
    SystemExit = "SystemExit",
    KeyboardInterrupt = "KeyboardInterrupt",
    GeneratorExit = "GeneratorExit",
    StopIteration = "StopIteration",
    StopAsyncIteration = "StopAsyncIteration",
    ArithmeticError = "ArithmeticError",
    FloatingPointError = "FloatingPointError",
    OverflowError = "OverflowError",
    ZeroDivisionError = "ZeroDivisionError",
    AssertionError = "AssertionError",
    AttributeError = "AttributeError",
    BufferError = "BufferError",
    EOFError = "EOFError",
    ImportError = "ImportError",
    ModuleNotFoundError = "ModuleNotFoundError",
    LookupError = "LookupError",
    IndexError = "IndexError",
    KeyError = "KeyError",
    MemoryError = "MemoryError",
    NameError = "NameError",
    UnboundLocalError = "UnboundLocalError",
    OSError = "OSError",
    FileNotFoundError = "FileNotFoundError",
    FileExistsError = "FileExistsError",
    PermissionError = "PermissionError",
    IsADirectoryError = "IsADirectoryError",
    NotADirectoryError = "NotADirectoryError",
    TimeoutError = "TimeoutError",
    BlockingIOError = "BlockingIOError",
    ChildProcessError = "ChildProcessError",
    ConnectionError = "ConnectionError",
    BrokenPipeError = "BrokenPipeError",
    ConnectionAbortedError = "ConnectionAbortedError",
    ConnectionRefusedError = "ConnectionRefusedError",
    ConnectionResetError = "ConnectionResetError",
    InterruptedError = "InterruptedError",
    ProcessLookupError = "ProcessLookupError",
    UnicodeTranslateError = "UnicodeTranslateError",
    ReferenceError = "ReferenceError",
    RuntimeError = "RuntimeError",
    NotImplementedError = "NotImplementedError",
    RecursionError = "RecursionError",
    SyntaxError = "SyntaxError",
    IndentationError = "IndentationError",
    TabError = "TabError",
    SystemError = "SystemError",
    TypeError = "TypeError",
    ValueError = "ValueError",
    UnicodeError = "UnicodeError",
    UnicodeDecodeError = "UnicodeDecodeError",
    UnicodeEncodeError = "UnicodeEncodeError",
    Warning = "Warning",
    UserWarning = "UserWarning",
    DeprecationWarning = "DeprecationWarning",
    RuntimeWarning = "RuntimeWarning",
    PendingDeprecationWarning = "PendingDeprecationWarning",
    SyntaxWarning = "SyntaxWarning",
    FutureWarning = "FutureWarning",
    ImportWarning = "ImportWarning",
    UnicodeWarning = "UnicodeWarning",
    BytesWarning = "BytesWarning",
    ResourceWarning = "ResourceWarning",
    EncodingWarning = "EncodingWarning",
    // modules
    builtins = "builtins",
    sys = "sys",
    gc = "gc",
    micropython = "micropython",
    math = "math",
    time = "time",
    // names every boot interns (classes, builtins, sys, built-in module names)
    iterator = "iterator",
    dict_keys = "dict_keys",
    dict_values = "dict_values",
    dict_items = "dict_items",
    IOError = "IOError",
    EnvironmentError = "EnvironmentError",
    exit = "exit",
    print_exception = "print_exception",
    getrecursionlimit = "getrecursionlimit",
    setrecursionlimit = "setrecursionlimit",
    exc_info = "exc_info",
    intern = "intern",
    argv = "argv",
    path = "path",
    modules = "modules",
    version = "version",
    version_info = "version_info",
    major = "major",
    minor = "minor",
    micro = "micro",
    releaselevel = "releaselevel",
    serial = "serial",
    _fields = "_fields",
    final_ = "final",
    implementation = "implementation",
    pyrite = "pyrite",
    _machine = "_machine",
    maxsize = "maxsize",
    little = "little",
    byteorder = "byteorder",
    linux = "linux",
    platform = "platform",
    array = "array",
    binascii = "binascii",
    hashlib = "hashlib",
    io = "io",
    machine = "machine",
    os = "os",
    pyb = "pyb",
    random = "random",
    struct_ = "struct",
    abc = "abc",
    collections = "collections",
    functools = "functools",
    heapq = "heapq",
    itertools = "itertools",
    json = "json",
    operator = "operator",
    re = "re",
    _re = "_re",
    string_ = "string",
    typing = "typing",
    builtin_module_names = "builtin_module_names",
    read = "read",
    readline = "readline",
    readlines = "readlines",
    stdin_ = "stdin",
    write = "write",
    stdout = "stdout",
    stderr = "stderr",
    mem_info = "mem_info",
    const_ = "const",
    opt_level = "opt_level",
    stack_use = "stack_use",
    heap_lock = "heap_lock",
    heap_unlock = "heap_unlock",
    heap_locked = "heap_locked",
    schedule = "schedule",
    alloc_emergency_exception_buf = "alloc_emergency_exception_buf",
    kbd_intr = "kbd_intr",
    // misc
    lambda = "<lambda>",
    module_name = "<module>",
    stdin = "<stdin>",
    string = "<string>",
    underscore = "_",
    // exception groups (their classes come from a frozen module, `_exceptiongroup`)
    BaseExceptionGroup = "BaseExceptionGroup",
    ExceptionGroup = "ExceptionGroup",
    _exceptiongroup = "_exceptiongroup",
    _exceptions = "_exceptions",
}

/// The running sums of `lengths` from 0: where each static string starts, then the end.
const fn bounds(lengths: [usize; STATIC_COUNT]) -> [u16; STATIC_COUNT + 1] {
    let mut bounds = [0; STATIC_COUNT + 1];
    let mut id = 0;
    while id < STATIC_COUNT {
        let end = bounds[id] as usize + lengths[id];
        assert!(end <= u16::MAX as usize);
        bounds[id + 1] = end as u16;
        id += 1;
    }
    bounds
}

/// The text of static string `id` (< `STATIC_COUNT`). Out of line: inlined at each of the
/// many `text` calls it cost 3 KB more than it saved (`QstrTable::text_hot` inlines it).
#[inline(never)]
fn static_text(id: usize) -> &'static str {
    static_text_inline(id)
}

#[inline(always)]
fn static_text_inline(id: usize) -> &'static str {
    let (start, end) = (STATIC_BOUNDS[id] as usize, STATIC_BOUNDS[id + 1] as usize);
    // SAFETY: `id < STATIC_COUNT` (the callers check it; `STATIC_BOUNDS[id + 1]` is then in
    // bounds too), and `bounds` makes `start <= end <= STATIC_PACKED.len()`, both between
    // the literals `STATIC_PACKED` joins: the bytes are one whole literal, UTF-8.
    unsafe {
        let bytes = STATIC_PACKED.as_bytes().get_unchecked(start..end);
        core::str::from_utf8_unchecked(bytes)
    }
}

/// Slots of the static strings' index: a power of two, at most half full.
const STATIC_INDEX_SIZE: usize = (STATIC_COUNT * 2).next_power_of_two();
const STATIC_EMPTY: u16 = u16::MAX;
const _: () = assert!(STATIC_COUNT < STATIC_EMPTY as usize);

/// Open-addressing index over the static strings, built at compile time so it lives in
/// flash rather than in the heap.
static STATIC_INDEX: [u16; STATIC_INDEX_SIZE] = {
    let mut index = [STATIC_EMPTY; STATIC_INDEX_SIZE];
    let mut id = 0;
    while id < STATIC_COUNT {
        let mut slot = STATIC_HASH[id] as usize & (STATIC_INDEX_SIZE - 1);
        while index[slot] != STATIC_EMPTY {
            slot = (slot + 1) & (STATIC_INDEX_SIZE - 1);
        }
        index[slot] = id as u16;
        id += 1;
    }
    index
};

/// Ids from here on are the one-character ASCII strings without a static entry
/// (`ASCII_BASE + byte`): `chr()` and indexing make them all the time, and they need no table.
const ASCII_BASE: u32 = 1 << 28;

/// For each ASCII byte, the static id of its one-character string (0: none, `""` has id 0).
static ASCII_STATIC: [u16; 128] = {
    let mut ids = [0; 128];
    let mut id = 0;
    while id < STATIC_COUNT {
        let start = STATIC_BOUNDS[id] as usize;
        let byte = STATIC_PACKED.as_bytes()[start];
        if STATIC_BOUNDS[id + 1] as usize == start + 1 && byte < 128 {
            ids[byte as usize] = id as u16;
        }
        id += 1;
    }
    ids
};

/// Every ASCII character, in order: the text of the ids from `ASCII_BASE`.
const ASCII_TEXT: &str = "\0\x01\x02\x03\x04\x05\x06\x07\x08\t\n\x0b\x0c\r\x0e\x0f\
    \x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f \
    !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~\x7f";
const _: () = {
    let bytes = ASCII_TEXT.as_bytes();
    assert!(bytes.len() == 128);
    let mut byte = 0;
    while byte < 128 {
        assert!(bytes[byte] == byte as u8);
        byte += 1;
    }
};

/// The id of the one-character string `byte` (ASCII).
#[inline]
fn ascii_id(byte: u8) -> Qstr {
    match ASCII_STATIC[byte as usize & 127] {
        0 => Qstr(ASCII_BASE + byte as u32),
        id => Qstr(id as u32),
    }
}

/// Run-time strings per chunk: `CHUNK` of them share one block for their texts, back to
/// back, and one for where each ends. A string then costs its bytes and 8 more (its end and
/// its hash), where a block of its own cost the allocator's header and rounding too (16 B or
/// more on thumb: ~20 B a name). Chunks keep the blocks small, which a fragmented board heap
/// may not have otherwise; only the hashes (read by every name lookup) stay in one vector.
const CHUNK_BITS: u32 = 5;
const CHUNK: usize = 1 << CHUNK_BITS;

/// `CHUNK` run-time strings: the texts back to back in `text`, the `n`th from
/// `bounds[n]` to `bounds[n + 1]`.
struct Chunk {
    bounds: Box<[u32; CHUNK + 1]>,
    text: alloc::string::String,
}

impl Chunk {
    #[inline]
    fn get(&self, position: usize) -> &str {
        let (start, end) = (self.bounds[position], self.bounds[position + 1]);
        debug_assert!(self.text.is_char_boundary(start as usize));
        // SAFETY: `try_intern` pushes whole strings and records where each ends, so every
        // bound is a char boundary within `text`, and the bounds never decrease (a position
        // not used yet has both at the end of the text: empty).
        unsafe { self.text.get_unchecked(start as usize..end as usize) }
    }
}

/// The table of all interned strings.
/// A slot of the run-time index: the number of a run-time string, or `EMPTY_SLOT`. Two bytes
/// on a board, where 65,535 run-time names would take more RAM than it has (strings past that
/// are found by a scan, see `unindexed_from`).
#[cfg(target_pointer_width = "32")]
type Slot = u16;
#[cfg(not(target_pointer_width = "32"))]
type Slot = u32;
const EMPTY_SLOT: Slot = Slot::MAX;

pub struct QstrTable {
    /// The run-time strings, `CHUNK` to a chunk (two words and two blocks each, so this
    /// vector stays small).
    chunks: Vec<Chunk>,
    /// The hash of each run-time string: its length is how many there are.
    hashes: Vec<u32>,
    /// Open-addressing index over the run-time strings (their number among them, or
    /// `EMPTY_SLOT`); empty until the first string is interned at run time.
    index: Vec<Slot>,
    /// Dynamic ids from this one on are not in `index` (growing it found no room); lookups
    /// scan them, and each new string tries the growth again.
    unindexed_from: usize,
}

impl Default for QstrTable {
    fn default() -> Self {
        Self::new()
    }
}

impl QstrTable {
    pub fn new() -> QstrTable {
        QstrTable {
            chunks: Vec::new(),
            hashes: Vec::new(),
            index: Vec::new(),
            unindexed_from: 0,
        }
    }

    #[inline]
    fn dynamic_text(&self, dynamic: usize) -> &str {
        self.chunks[dynamic >> CHUNK_BITS].get(dynamic & (CHUNK - 1))
    }

    /// The text of `q`.
    #[inline]
    pub fn text(&self, q: Qstr) -> &str {
        self.text_with(q, static_text)
    }

    /// `text` with everything inlined, for the hot paths (string comparisons).
    #[inline(always)]
    pub fn text_hot(&self, q: Qstr) -> &str {
        self.text_with(q, static_text_inline)
    }

    /// The text of `q`, a static string's through `static_text` (out of line or inlined):
    /// one-character strings first, the commonest in comparisons.
    #[inline(always)]
    fn text_with(&self, q: Qstr, static_text: fn(usize) -> &'static str) -> &str {
        let i = q.0 as usize;
        if q.0 >= ASCII_BASE {
            let byte = (q.0 - ASCII_BASE) as usize;
            ASCII_TEXT.get(byte..byte + 1).unwrap_or_default()
        } else if i < STATIC_COUNT {
            static_text(i)
        } else {
            self.dynamic_text(i - STATIC_COUNT)
        }
    }

    /// The hash of `q` (same as `hash_bytes` of its text).
    #[inline]
    pub fn hash(&self, q: Qstr) -> u32 {
        let i = q.0 as usize;
        if i < STATIC_COUNT {
            STATIC_HASH[i]
        } else if q.0 >= ASCII_BASE {
            hash_bytes(&[(q.0 - ASCII_BASE) as u8])
        } else {
            self.hashes[i - STATIC_COUNT]
        }
    }

    /// Indexes every dynamic id in a new index of `capacity` slots, or leaves the index as it
    /// was if there is no room for it.
    fn rebuild_index(&mut self, capacity: usize) -> Result<(), OutOfMemory> {
        let mut index = Vec::new();
        index.try_reserve_exact(capacity).map_err(|_| OutOfMemory)?;
        index.resize(capacity, EMPTY_SLOT);
        self.index = index;
        let indexed = self.hashes.len().min(EMPTY_SLOT as usize);
        for dynamic in 0..indexed {
            self.insert_index(self.hashes[dynamic], dynamic);
        }
        self.unindexed_from = indexed;
        Ok(())
    }

    /// Indexes run-time string number `dynamic` (below `EMPTY_SLOT`).
    fn insert_index(&mut self, hash: u32, dynamic: usize) {
        let mask = self.index.len() - 1;
        let mut slot = hash as usize & mask;
        while self.index[slot] != EMPTY_SLOT {
            slot = (slot + 1) & mask;
        }
        self.index[slot] = dynamic as Slot;
    }

    /// The id of `text` if it is interned.
    pub fn lookup(&self, text: &str) -> Option<Qstr> {
        self.lookup_hashed(text, hash_bytes(text.as_bytes()))
    }

    fn lookup_hashed(&self, text: &str, hash: u32) -> Option<Qstr> {
        if let [byte @ 0..=127] = *text.as_bytes() {
            return Some(ascii_id(byte));
        }
        let mask = STATIC_INDEX_SIZE - 1;
        let mut slot = hash as usize & mask;
        loop {
            let id = STATIC_INDEX[slot];
            if id == STATIC_EMPTY {
                break;
            }
            if STATIC_HASH[id as usize] == hash && static_text(id as usize) == text {
                return Some(Qstr(id as u32));
            }
            slot = (slot + 1) & mask;
        }
        if !self.index.is_empty() {
            let mask = self.index.len() - 1;
            let mut slot = hash as usize & mask;
            loop {
                let dynamic = self.index[slot];
                if dynamic == EMPTY_SLOT {
                    break;
                }
                let dynamic = dynamic as usize;
                if self.hashes[dynamic] == hash && self.dynamic_text(dynamic) == text {
                    return Some(Qstr((STATIC_COUNT + dynamic) as u32));
                }
                slot = (slot + 1) & mask;
            }
        }
        self.lookup_unindexed(text, hash)
    }

    /// The strings interned while the index had no room to grow.
    fn lookup_unindexed(&self, text: &str, hash: u32) -> Option<Qstr> {
        (self.unindexed_from..self.hashes.len())
            .find(|&dynamic| self.hashes[dynamic] == hash && self.dynamic_text(dynamic) == text)
            .map(|dynamic| Qstr((STATIC_COUNT + dynamic) as u32))
    }

    /// Interns `text`, returning its id. For names the runtime itself makes (short, and
    /// few): a program's own strings go through [`try_intern`](Self::try_intern).
    #[inline]
    pub fn intern(&mut self, text: &str) -> Qstr {
        if let [byte @ 0..=127] = *text.as_bytes() {
            return ascii_id(byte);
        }
        match self.try_intern(text) {
            Ok(q) => q,
            Err(OutOfMemory) => {
                alloc::alloc::handle_alloc_error(core::alloc::Layout::for_value(text))
            }
        }
    }

    /// Interns `text`, returning its id, or `OutOfMemory` (the table as it was) if there is no
    /// room for it.
    pub fn try_intern(&mut self, text: &str) -> Result<Qstr, OutOfMemory> {
        let hash = hash_bytes(text.as_bytes());
        if let Some(q) = self.lookup_hashed(text, hash) {
            return Ok(q);
        }
        let dynamic = self.hashes.len();
        if dynamic + STATIC_COUNT >= ASCII_BASE as usize {
            return Err(OutOfMemory);
        }
        if self.hashes.len() == self.hashes.capacity() {
            // A quarter more, not double: a table that stops growing keeps less spare room.
            let more = (dynamic / 4).max(CHUNK);
            self.hashes
                .try_reserve_exact(more)
                .map_err(|_| OutOfMemory)?;
        }
        let position = dynamic & (CHUNK - 1);
        // (A chunk may be there already: made by a string that then found no room.)
        if self.chunks.len() <= dynamic >> CHUNK_BITS {
            self.chunks.try_reserve(1).map_err(|_| OutOfMemory)?;
            let mut bounds = Vec::new();
            bounds
                .try_reserve_exact(CHUNK + 1)
                .map_err(|_| OutOfMemory)?;
            bounds.resize(CHUNK + 1, 0);
            // Length and capacity are CHUNK + 1: neither conversion reallocates.
            let Ok(bounds) = bounds.into_boxed_slice().try_into() else {
                return Err(OutOfMemory);
            };
            let mut texts = alloc::string::String::new();
            texts
                .try_reserve_exact(text_room(text.len()))
                .map_err(|_| OutOfMemory)?;
            self.chunks.push(Chunk {
                bounds,
                text: texts,
            });
        }
        let Some(chunk) = self.chunks.get_mut(dynamic >> CHUNK_BITS) else {
            return Err(OutOfMemory);
        };
        let end = u32::try_from(chunk.text.len() + text.len()).map_err(|_| OutOfMemory)?;
        if chunk.text.capacity() - chunk.text.len() < text.len() {
            // Room for a few more names like it: growing one name at a time would copy the
            // chunk's text for each.
            let room = text_room(chunk.text.len() + text.len()) - chunk.text.len();
            chunk
                .text
                .try_reserve_exact(room)
                .map_err(|_| OutOfMemory)?;
        }
        chunk.text.push_str(text);
        // The positions not used yet end here too, so every bound stays in order.
        if let Some(rest) = chunk.bounds.get_mut(position + 1..) {
            rest.fill(end);
        }
        self.hashes.push(hash);
        let id = (STATIC_COUNT + dynamic) as u32;
        if self.hashes.len() * 4 > self.index.len() * 3 {
            // Without room for a larger index the string waits in the unindexed tail.
            // (Sized for every string, the unindexed ones too.)
            let capacity = (self.hashes.len() * 4 / 3 + 1).next_power_of_two().max(32);
            let _ = self.rebuild_index(capacity);
        } else if self.unindexed_from == dynamic && dynamic < EMPTY_SLOT as usize {
            self.insert_index(hash, dynamic);
            self.unindexed_from += 1;
        }
        Ok(Qstr(id))
    }

    /// How many strings were interned at run time (for `mem_info`).
    pub fn dynamic_count(&self) -> usize {
        self.hashes.len()
    }

    /// Bytes of RAM used by run-time interned strings (for `mem_info`).
    pub fn dynamic_bytes(&self) -> usize {
        let chunks: usize = self
            .chunks
            .iter()
            .map(|chunk| (CHUNK + 1) * 4 + chunk.text.capacity())
            .sum();
        chunks
            + self.chunks.capacity() * core::mem::size_of::<Chunk>()
            + self.hashes.capacity() * 4
            + self.index.len() * core::mem::size_of::<Slot>()
    }
}

/// The text block a chunk reserves for `bytes` of names: rounded up to 64 bytes, so a
/// chunk's 32 names grow it a few times, not 32.
fn text_room(bytes: usize) -> usize {
    bytes.max(1).div_ceil(64) * 64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_ascii_character_needs_no_table() {
        let mut table = QstrTable::new();
        for byte in 0..128u8 {
            let text = [byte];
            let text = core::str::from_utf8(&text).unwrap();
            let q = table.intern(text);
            assert_eq!(table.text(q), text);
            assert_eq!(table.hash(q), hash_bytes(text.as_bytes()));
            assert_eq!(table.lookup(text), Some(q));
        }
        assert_eq!(table.dynamic_count(), 0);
        assert_eq!(table.intern("_"), q::underscore);
        assert_ne!(table.intern("a"), table.intern("b"));
        assert!(table.intern("é").0 < ASCII_BASE);
    }

    #[test]
    fn static_and_dynamic() {
        let mut table = QstrTable::new();
        assert_eq!(table.lookup("append"), None);
        assert_eq!(table.intern("__init__"), q::__init__);
        assert_eq!(table.text(q::type_), "type");
        let a = table.intern("my_variable");
        assert_eq!(table.intern("my_variable"), a);
        assert_eq!(table.text(a), "my_variable");
        assert_eq!(table.hash(a), hash_bytes(b"my_variable"));
        for i in 0..2000 {
            let s = alloc::format!("name{i}");
            let id = table.intern(&s);
            assert_eq!(table.text(id), s);
        }
        assert_eq!(table.intern("my_variable"), a);
    }

    #[test]
    fn names_of_any_length_and_script_share_their_chunks() {
        let mut table = QstrTable::new();
        let texts: Vec<alloc::string::String> = (0..100)
            .map(|i| match i % 3 {
                0 => alloc::format!("é{i}ü"),
                1 => "long_name_".repeat(i % 17 + 1),
                _ => alloc::format!("n{i}"),
            })
            .collect();
        let ids: Vec<Qstr> = texts.iter().map(|text| table.intern(text)).collect();
        for (text, &id) in texts.iter().zip(&ids) {
            assert_eq!(table.text(id), text);
            assert_eq!(table.lookup(text), Some(id));
        }
        assert_eq!(table.chunks.len(), table.dynamic_count().div_ceil(CHUNK));
    }

    #[test]
    fn strings_the_index_could_not_take_are_found_by_scanning() {
        let mut table = QstrTable::new();
        let first: Vec<Qstr> = (0..40)
            .map(|i| table.intern(&alloc::format!("early{i}")))
            .collect();
        // As if growing the index had found no room since the start.
        table.index = Vec::new();
        table.unindexed_from = 0;
        for (i, &q) in first.iter().enumerate() {
            assert_eq!(table.lookup(&alloc::format!("early{i}")), Some(q));
        }
        assert_eq!(table.lookup("early40"), None);
        // The next string tries the growth again and indexes everything.
        let late = table.intern("late");
        assert_eq!(table.unindexed_from, table.dynamic_count());
        assert!(!table.index.is_empty());
        assert_eq!(table.intern("early7"), first[7]);
        assert_eq!(table.lookup("late"), Some(late));
        assert_eq!(table.dynamic_count(), 41);
    }
}
