//! Heap objects: the payload of every value that is not an immediate.
//!
//! One enum variant per built-in layout. A Python class that derives from a built-in type
//! (`class MyList(list)`) makes `Instance`s whose `base` slot holds the built-in part.
//! Methods of each type live in the file named after it (`obj/list.rs`, `obj/str.rs`, …).

pub mod dict;

use alloc::boxed::Box;
use alloc::rc::Rc;
use alloc::string::String;
use alloc::vec::Vec;

use crate::num::bigint::BigInt;
use crate::qstr::Qstr;
use crate::value::Value;
pub use dict::Dict;

/// A heap object.
pub enum Obj {
    /// A free slot; the number is the next free slot (or `u32::MAX`).
    Free(u32),
    Float(f64),
    /// An int beyond the small ints that fits in 64 bits, held in the slot itself (as a
    /// `BigInt` it would cost its box and its limbs besides: 48 more bytes on a board).
    Int64(i64),
    /// An int beyond 64 bits.
    BigInt(Box<BigInt>),
    Str(Box<StrObj>),
    Bytes(Box<[u8]>),
    ByteArray(Vec<u8>),
    Tuple(Box<[Value]>),
    List(Vec<Value>),
    Dict(Box<Dict>),
    Set(Box<Dict>),
    FrozenSet(Box<Dict>),
    Range(Box<RangeObj>),
    /// A `range` with a bound beyond 64 bits (rare: `obj/range_big.rs`).
    BigRange(Box<range_big::BigRange>),
    Slice(Box<[Value; 3]>),
    Cell(Value),
    Code(Rc<Code>),
    Function(Box<Function>),
    /// `self` bound to a function (or any callable).
    BoundMethod(Box<[Value; 2]>),
    Builtin(&'static Builtin),
    Class(Box<Class>),
    Instance(Box<Instance>),
    Exception(Box<ExceptionObj>),
    Module(Box<Module>),
    Property(Box<[Value; 4]>),
    ClassMethod(Value),
    StaticMethod(Value),
    /// `super(cls, obj)`: [cls, obj].
    Super(Box<[Value; 2]>),
    Generator(Box<Generator>),
    Iterator(Box<Iter>),
    MemoryView(Box<MemoryViewObj>),
    Complex(Box<(f64, f64)>),
}

/// A `str` made at run time (interned strings are `Qstr` values instead): one heap block,
/// the text inline after its two counters (a 9-character string costs one 32-byte block
/// where a separate text box cost two). Byte-aligned (the counters are byte arrays), so a
/// `String`'s own buffer can become the block without a copy (`from_string`).
#[repr(C)]
pub struct StrObj {
    /// Number of code points (== text.len() when ASCII), native-endian.
    chars: [u8; 4],
    /// The text's hash, native-endian; 0 until first asked for (`hash`): most strings made
    /// at run time are never hashed, and hashing is a multiply per byte.
    hash: core::cell::Cell<[u8; 4]>,
    pub text: str,
}

/// Bytes in front of a `StrObj`'s text. A `String` made with this much spare capacity becomes
/// a `StrObj` without a reallocation (`StrObj::from_string`).
pub const STR_HEADER: usize = 8;

impl StrObj {
    /// The two counters for the text `parts` make (its hash not yet taken); None if it has
    /// more bytes than a `u32` counts.
    fn header(parts: &[&str]) -> Option<[u8; STR_HEADER]> {
        let mut length: u32 = 0;
        let mut chars: u32 = 0;
        for part in parts {
            let bytes = u32::try_from(part.len()).ok()?;
            length = length.checked_add(bytes)?;
            chars += if part.is_ascii() {
                bytes
            } else {
                part.chars().count() as u32
            };
        }
        let mut header = [0; STR_HEADER];
        header[..4].copy_from_slice(&chars.to_ne_bytes());
        Some(header)
    }

    /// A block holding the header and then `text`'s bytes, as a `StrObj`.
    ///
    /// # Safety
    /// `block` must be `STR_HEADER + length` bytes from the global allocator with alignment 1
    /// (a `Box<[u8]>`'s layout), holding a header and `length` bytes of UTF-8.
    unsafe fn from_block(block: *mut u8, length: usize) -> Box<StrObj> {
        // A `*mut [u8]` of the text's length carries the metadata `*mut StrObj` needs; the
        // block's layout (size STR_HEADER + length, alignment 1) is `StrObj`'s for it.
        let object = core::ptr::slice_from_raw_parts_mut(block, length) as *mut StrObj;
        // SAFETY: the caller's contract.
        let boxed = unsafe { Box::from_raw(object) };
        debug_assert_eq!(core::mem::size_of_val(&*boxed), STR_HEADER + length);
        boxed
    }

    /// A block holding a copy of `text`; None if it is too long or the allocator is out.
    pub fn boxed(text: &str) -> Option<Box<StrObj>> {
        Self::boxed_parts(&[text])
    }

    /// A block holding the texts of `parts` one after the other (a concatenation made with
    /// one allocation and one copy); None if it is too long or the allocator is out.
    pub fn boxed_parts(parts: &[&str]) -> Option<Box<StrObj>> {
        let header = Self::header(parts)?;
        let length: usize = parts.iter().map(|part| part.len()).sum();
        let layout = core::alloc::Layout::from_size_align(STR_HEADER + length, 1).ok()?;
        // SAFETY: `layout` has a non-zero size; the header and the parts (`length` bytes of
        // UTF-8 in all) are written before the block becomes a `StrObj`, whose layout is this
        // one.
        unsafe {
            let block = alloc::alloc::alloc(layout);
            if block.is_null() {
                return None;
            }
            core::ptr::copy_nonoverlapping(header.as_ptr(), block, STR_HEADER);
            let mut at = block.add(STR_HEADER);
            for part in parts {
                core::ptr::copy_nonoverlapping(part.as_ptr(), at, part.len());
                at = at.add(part.len());
            }
            Some(Self::from_block(block, length))
        }
    }

    /// `text`'s own buffer, grown by the header (in place when the allocator can) and the
    /// bytes moved up: no second copy of a long text is ever alive. None if it is too long or
    /// the allocator is out.
    pub fn from_string(text: String) -> Option<Box<StrObj>> {
        let header = Self::header(&[&text])?;
        let length = text.len();
        let mut bytes = text.into_bytes();
        bytes.try_reserve_exact(STR_HEADER).ok()?;
        bytes.resize(length + STR_HEADER, 0);
        bytes.copy_within(..length, STR_HEADER);
        bytes[..STR_HEADER].copy_from_slice(&header);
        // Exactly STR_HEADER + length bytes (shrunk in place if the buffer had spare room).
        let block = Box::into_raw(bytes.into_boxed_slice()) as *mut u8;
        // SAFETY: a `Box<[u8]>` of STR_HEADER + length bytes, header then UTF-8.
        Some(unsafe { Self::from_block(block, length) })
    }

    /// Number of code points.
    #[inline]
    pub fn chars(&self) -> usize {
        u32::from_ne_bytes(self.chars) as usize
    }

    /// The text's hash (`qstr::hash_bytes`).
    #[inline]
    pub fn hash(&self) -> u32 {
        match u32::from_ne_bytes(self.hash.get()) {
            0 => self.first_hash(),
            cached => cached,
        }
    }

    /// Hashes the text and keeps the hash (a hash of 0 is computed again each time).
    #[inline(never)]
    fn first_hash(&self) -> u32 {
        let hash = crate::qstr::hash_bytes(self.text.as_bytes());
        self.hash.set(hash.to_ne_bytes());
        hash
    }

    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.chars() == self.text.len()
    }
}

/// A range iterator's state in 64 bits (`Iter::WideRange`).
pub struct WideRange {
    pub next: i64,
    pub remaining: u64,
    pub step: i64,
}

/// A `range`: 64-bit bounds on every target, so a 32-bit board can walk addresses past
/// 0x8000_0000 (`range(0xE000_E000, 0xE000_E100, 4)`).
#[derive(Clone, Copy, Debug)]
pub struct RangeObj {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

/// Item `index` of the progression `first`, `first + step`, … (exact whenever the item lies
/// in i64, as a range's items do).
fn nth_item(first: i64, step: i64, index: u64) -> i64 {
    first.wrapping_add((index as i64).wrapping_mul(step))
}

impl RangeObj {
    /// The number of items (below 2**64 for any i64 bounds). 64-bit arithmetic only: a
    /// 128-bit division is a slow library call on a Cortex-M.
    pub fn len(&self) -> u64 {
        let (start, stop, step) = (self.start, self.stop, self.step);
        // The distance between the bounds is exact as a u64 whichever way it runs.
        let distance = if step > 0 && start < stop {
            stop.wrapping_sub(start) as u64
        } else if step < 0 && start > stop {
            start.wrapping_sub(stop) as u64
        } else {
            return 0;
        };
        match step.unsigned_abs() {
            1 => distance,
            step => (distance - 1) / step + 1,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Item `index` (below `len()`). It lies between start and stop, so the wrapping
    /// arithmetic gives it exactly.
    pub fn item(&self, index: u64) -> i64 {
        nth_item(self.start, self.step, index)
    }

    /// The position of `n` among the items, if it is one.
    pub fn position(&self, n: i64) -> Option<u64> {
        let (start, step) = (self.start, self.step);
        let inside = if step > 0 {
            n >= start && n < self.stop
        } else {
            n <= start && n > self.stop
        };
        if !inside {
            return None;
        }
        // Exact as a u64: `n` lies on the side of `start` the step points to.
        let distance = if step > 0 {
            n.wrapping_sub(start) as u64
        } else {
            start.wrapping_sub(n) as u64
        };
        let step = step.unsigned_abs();
        (distance % step == 0).then(|| distance / step)
    }

    /// An iterator's state over the items, first to last.
    pub fn iter(&self) -> Iter {
        Self::iter_from(self.start, self.len(), self.step)
    }

    /// An iterator's state over `count` items from `first` by `step`: in machine words when
    /// every item fits one (the common case, and a small iterator object), else boxed.
    pub fn iter_from(first: i64, count: u64, step: i64) -> Iter {
        let last = match count {
            0 => first,
            n => nth_item(first, step, n - 1),
        };
        let words = (
            isize::try_from(first),
            isize::try_from(last),
            usize::try_from(count),
            isize::try_from(step),
        );
        match words {
            (Ok(next), Ok(_), Ok(remaining), Ok(step)) => Iter::Range {
                next,
                remaining,
                step,
            },
            _ => Iter::WideRange(Box::new(WideRange {
                next: first,
                remaining: count,
                step,
            })),
        }
    }
}

/// A `memoryview` (`obj/memoryview.rs`).
#[derive(Clone, Copy)]
pub struct MemoryViewObj {
    /// The bytes or bytearray holding the memory.
    pub source: Value,
    /// The byte range of `source` the view shows.
    pub start: usize,
    pub len: usize,
    pub readonly: bool,
    /// The items' native format (`b'B'`, `b'h'`, …).
    pub format: u8,
    pub released: bool,
    /// What the view was made from (`obj`).
    pub owner: Value,
}

/// Instructions `[opcode, arg]` whose every opcode byte names an `Op` (checked once when
/// built, so the VM decodes opcodes without a range check), then the packed line table
/// (`line_table`): one heap block per code object for both.
pub struct Bytecode {
    bytes: Box<[u8]>,
    /// Bytes of instructions; the line table takes the rest.
    instructions_len: u32,
}

impl Bytecode {
    /// `code` (instructions) and the packed line table behind them, taken over as one block;
    /// None when the instructions are not whole or an opcode byte names no `Op`.
    pub fn new(bytes: Box<[u8]>, instructions_len: usize) -> Option<Bytecode> {
        let (instructions, rest) = bytes.get(..instructions_len)?.as_chunks::<2>();
        let valid = rest.is_empty()
            && instructions
                .iter()
                .all(|&[opcode, _]| crate::compile::opcode::Op::from_u8(opcode).is_some());
        let instructions_len = u32::try_from(instructions_len).ok()?;
        valid.then_some(Bytecode {
            bytes,
            instructions_len,
        })
    }

    /// The instructions, each `[opcode, arg]`; every opcode byte is a valid `Op`.
    #[inline(always)]
    pub fn instructions(&self) -> &[[u8; 2]] {
        let len = self.instructions_len as usize;
        // SAFETY: `new` checked that the first `instructions_len` bytes exist, and neither
        // field changes after.
        let instructions = unsafe { self.bytes.get_unchecked(..len) };
        instructions.as_chunks::<2>().0
    }

    /// The line that instruction number `instruction` comes from.
    pub fn line_of(&self, instruction: u32, firstlineno: u32) -> u32 {
        let table = self
            .bytes
            .get(self.instructions_len as usize..)
            .unwrap_or(&[]);
        line_table::line_of(table, instruction, firstlineno)
    }
}

/// Packs the compiler's line table (sorted by instruction index) onto `out`, as `Bytecode`
/// keeps it behind the instructions.
pub fn pack_line_table(out: &mut Vec<u8>, table: &[(u32, u32)], firstlineno: u32) {
    line_table::encode(out, table, firstlineno);
}

/// A code object's line table, packed: per entry of the compiler's `(instruction index,
/// line)` table, the index's increase as a LEB128 varint, then the line's change (from
/// `firstlineno` for the first entry) zigzag-encoded as a varint. Two bytes per entry
/// mostly, against eight unpacked.
mod line_table {
    use alloc::vec::Vec;

    pub fn encode(out: &mut Vec<u8>, table: &[(u32, u32)], firstlineno: u32) {
        let (mut index, mut line) = (0u32, firstlineno);
        for &(start, start_line) in table {
            varint(out, start.wrapping_sub(index));
            let change = start_line.wrapping_sub(line) as i32;
            varint(out, ((change << 1) ^ (change >> 31)) as u32);
            (index, line) = (start, start_line);
        }
    }

    fn varint(out: &mut Vec<u8>, mut value: u32) {
        while value >= 0x80 {
            out.push(value as u8 | 0x80);
            value >>= 7;
        }
        out.push(value as u8);
    }

    /// Reads a varint at the front of `bytes`; None at the end of the table.
    fn read(bytes: &mut &[u8]) -> Option<u32> {
        let mut value = 0u32;
        let mut shift = 0;
        loop {
            let (&byte, rest) = bytes.split_first()?;
            *bytes = rest;
            value |= u32::from(byte & 0x7f).checked_shl(shift).unwrap_or(0);
            if byte & 0x80 == 0 {
                return Some(value);
            }
            shift += 7;
        }
    }

    /// The line of the last entry starting at or before `instruction` (`firstlineno` when
    /// none does).
    pub fn line_of(mut table: &[u8], instruction: u32, firstlineno: u32) -> u32 {
        let (mut index, mut line, mut found) = (0u32, firstlineno, firstlineno);
        while let (Some(step), Some(change)) = (read(&mut table), read(&mut table)) {
            index = index.wrapping_add(step);
            if index > instruction {
                break;
            }
            let change = ((change >> 1) as i32) ^ -((change & 1) as i32);
            line = line.wrapping_add(change as u32);
            found = line;
        }
        found
    }
}

/// A compiled code object, loaded from a `CodeDef`.
///
/// Loading specializes the cached name instructions: the argument of `LOAD_GLOBAL` and
/// `STORE_GLOBAL` numbers a slot of `global_cache`, that of `LOAD_ATTR`, `STORE_ATTR` and
/// `LOAD_METHOD` a slot of `attr_cache` (each slot knows its name; see `vm/cache.rs`). The
/// other name instructions index `names()`.
pub struct Code {
    pub name: Qstr,
    pub qualname: Value,
    pub filename: Value,
    pub firstlineno: u32,
    pub argcount: u16,
    pub posonlyargcount: u16,
    pub kwonlyargcount: u16,
    pub flags: u16,
    /// Local variable names, then cell and free variable names, then the names instructions
    /// use (`varnames()`, `cellnames()`, `names()`): one block for all three.
    pub identifiers: Box<[Qstr]>,
    pub nvarnames: u16,
    pub ncells: u16,
    pub nfrees: u16,
    pub stacksize: u16,
    pub consts: Box<[Value]>,
    /// The instructions and the line table.
    pub code: Bytecode,
    /// Inline caches (see `vm/cache.rs`): one slot per name that global instructions use, one
    /// per name that attribute instructions use. Made when a frame first runs the code
    /// (`Vm::ensure_caches`), so code that never runs (most of a library's methods) costs
    /// no cache memory; the slots' names are the last identifiers (`slot_names`).
    pub caches: core::cell::OnceCell<crate::vm::cache::CodeCaches>,
    pub global_slots: u16,
    pub attr_slots: u16,
}

impl Code {
    /// Whether a frame resuming at `ip` is suspended in `yield from`/`await` (it resumes by
    /// running that `YIELD_FROM` again, its delegate on top of the stack).
    pub fn yields_from_at(&self, ip: usize) -> bool {
        ip.is_multiple_of(2)
            && self
                .code
                .instructions()
                .get(ip / 2)
                .is_some_and(|&[op, _]| op == crate::compile::opcode::Op::YIELD_FROM as u8)
    }

    /// The code of an `async def` (its calls make coroutines).
    #[inline]
    pub fn is_coroutine(&self) -> bool {
        self.flags & crate::compile::code::flags::COROUTINE != 0
    }

    pub fn line_of(&self, instruction: u32) -> u32 {
        self.code.line_of(instruction, self.firstlineno)
    }

    /// Bytes this code object holds on the heap (for `mem_info`'s census): itself with its
    /// reference counts, its names, constants, instructions and line table, and the inline
    /// caches once made. Shared by the functions made from it.
    pub fn heap_bytes(&self) -> usize {
        use core::mem::size_of;
        let caches = self.caches.get().map_or(0, |caches| {
            caches.0.len() * size_of::<crate::vm::cache::GlobalCache>()
                + caches.1.len() * size_of::<crate::vm::cache::AttrCache>()
        });
        2 * size_of::<usize>()
            + size_of::<Code>()
            + self.identifiers.len() * size_of::<Qstr>()
            + self.consts.len() * size_of::<Value>()
            + self.code.bytes.len()
            + caches
    }

    #[inline]
    pub fn varnames(&self) -> &[Qstr] {
        self.identifiers
            .get(..self.nvarnames as usize)
            .unwrap_or(&[])
    }

    /// Cell variables, then free variables.
    #[inline]
    pub fn cellnames(&self) -> &[Qstr] {
        let start = self.nvarnames as usize;
        let end = start + self.ncells as usize + self.nfrees as usize;
        self.identifiers.get(start..end).unwrap_or(&[])
    }

    /// Names of the instructions that do not go through a cache (`LOAD_NAME`, `IMPORT_NAME`, …).
    #[inline]
    pub fn names(&self) -> &[Qstr] {
        let start = self.nvarnames as usize + self.ncells as usize + self.nfrees as usize;
        let end = self.identifiers.len() - self.global_slots as usize - self.attr_slots as usize;
        self.identifiers.get(start..end).unwrap_or(&[])
    }

    /// The names of the global cache slots, then of the attribute cache slots.
    pub fn slot_names(&self) -> (&[Qstr], &[Qstr]) {
        let attr_start = self.identifiers.len() - self.attr_slots as usize;
        let global_start = attr_start - self.global_slots as usize;
        (
            self.identifiers
                .get(global_start..attr_start)
                .unwrap_or(&[]),
            self.identifiers.get(attr_start..).unwrap_or(&[]),
        )
    }

    /// The global cache slots (none until a frame runs the code).
    #[inline(always)]
    pub fn global_cache(&self) -> &[core::cell::Cell<crate::vm::cache::GlobalCache>] {
        match self.caches.get() {
            Some(caches) => &caches.0,
            None => &[],
        }
    }

    /// The attribute cache slots (none until a frame runs the code).
    #[inline(always)]
    pub fn attr_cache(&self) -> &[core::cell::Cell<crate::vm::cache::AttrCache>] {
        match self.caches.get() {
            Some(caches) => &caches.1,
            None => &[],
        }
    }

    #[inline]
    pub fn nlocals(&self) -> usize {
        self.nvarnames as usize
    }

    /// Fast slots plus cell slots.
    #[inline]
    pub fn frame_slots(&self) -> usize {
        self.nvarnames as usize + self.ncells as usize + self.nfrees as usize
    }

    pub fn total_params(&self) -> usize {
        use crate::compile::code::flags;
        self.argcount as usize
            + self.kwonlyargcount as usize
            + (self.flags & flags::VARARGS != 0) as usize
            + (self.flags & flags::VARKEYWORDS != 0) as usize
    }
}

pub struct Function {
    pub code: Value,
    pub code_ref: Rc<Code>,
    pub globals: Value,
    pub name: Value,
    pub qualname: Value,
    /// Tuple of positional defaults, or NULL.
    pub defaults: Value,
    /// Dict of keyword-only defaults, or NULL.
    pub kwdefaults: Value,
    /// Tuple of cells, or NULL.
    pub closure: Value,
    /// `__dict__` for attributes set on the function (NULL until used).
    pub attrs: Value,
    pub module: Value,
    pub doc: Value,
}

/// Signature of a function written in Rust. `args` are positional; `kwargs` pairs of
/// (name as a str value, value).
pub type NativeFn =
    fn(&mut crate::vm::Vm, &[Value], &[(Value, Value)]) -> crate::vm::PyResult<Value>;

/// A function written in Rust, as Python sees it: its name, whether it reads keyword
/// arguments and how many positional ones it takes at most. Ten bytes on a board (some 850
/// of them are in flash): the name is a pointer and an 8-bit length, the two flags share a
/// byte, and the record is packed to 2-byte alignment (Cortex-M3 and up load the function
/// pointer unaligned as fast as aligned within a word).
#[repr(C, packed(2))]
pub struct Builtin {
    pub func: NativeFn,
    name_start: *const u8,
    name_length: u8,
    /// `KEYWORDS` and the most positional arguments (`positional_limit`).
    signature: u8,
}

/// `Builtin::signature`'s flag: `func` reads `kwargs`.
const KEYWORDS: u8 = 0x80;
/// `Builtin::signature`'s limit for "`func` checks its positional arguments itself".
const UNCHECKED: u8 = 0x7f;

// SAFETY: `name_start` points into a `&'static str` (see the constructors), which is never
// written; every other field is `Sync`.
unsafe impl Sync for Builtin {}

impl Builtin {
    const fn make(name: &'static str, func: NativeFn, signature: u8) -> Builtin {
        assert!(name.len() <= u8::MAX as usize);
        Builtin {
            func,
            name_start: name.as_ptr(),
            name_length: name.len() as u8,
            signature,
        }
    }

    /// A function that takes positional arguments only.
    pub const fn new(name: &'static str, func: NativeFn) -> Builtin {
        Builtin::make(name, func, UNCHECKED)
    }

    /// A method that takes no arguments besides self (`list.clear`).
    pub const fn self_only(name: &'static str, func: NativeFn) -> Builtin {
        Builtin::make(name, func, 1)
    }

    /// A module function that takes no arguments (`time.time`).
    pub const fn no_arguments(name: &'static str, func: NativeFn) -> Builtin {
        Builtin::make(name, func, 0)
    }

    /// A function that reads its keyword arguments itself.
    pub const fn with_keywords(name: &'static str, func: NativeFn) -> Builtin {
        Builtin::make(name, func, KEYWORDS | UNCHECKED)
    }

    /// `func` reads `kwargs`; a call with keywords to one that does not is a TypeError
    /// (`f() takes no keyword arguments`) before `func` runs.
    #[inline(always)]
    pub fn keywords(&self) -> bool {
        self.signature & KEYWORDS != 0
    }

    /// The most positional arguments `func` takes, self included; more are a TypeError
    /// (`list.clear() takes no arguments (1 given)`) before `func` runs. `usize::MAX`:
    /// `func` checks them itself.
    #[inline(always)]
    pub fn positional_limit(&self) -> usize {
        match self.signature & !KEYWORDS {
            UNCHECKED => usize::MAX,
            limit => usize::from(limit),
        }
    }

    pub fn name(&self) -> &'static str {
        // SAFETY: `name_start` and `name_length` were taken from one `&'static str` in `new`.
        unsafe {
            core::str::from_utf8_unchecked(core::slice::from_raw_parts(
                self.name_start,
                usize::from(self.name_length),
            ))
        }
    }
}

/// The built-in layout that instances of a class carry.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Layout {
    /// Plain `object` instances: attributes in a dict.
    Object,
    Exception,
    /// Instances wrap a built-in value (list, dict, int, str, …) in `Instance::base`.
    Wrapped,
    /// Built-in types that cannot be subclassed (bool, NoneType, function, …).
    Final,
    /// `type` and its subclasses (metaclasses): instances are classes, made by `type.__new__`.
    Type,
}

pub struct Class {
    pub name: Qstr,
    pub qualname: Value,
    pub module: Value,
    /// The bases as given; empty when there is one base and it is `mro[1]` (always so for
    /// the built-in classes): read them through `Class::bases()`.
    pub bases: Box<[Value]>,
    /// Method resolution order, starting with the class itself.
    pub mro: Box<[Value]>,
    pub dict: Dict,
    pub layout: Layout,
    /// The built-in class whose layout instances carry (for `Wrapped`), or NULL.
    pub builtin_base: Value,
    /// The class's own class when it is not `type` (a metaclass's instance), else NULL.
    pub metaclass: Value,
    /// Cached: the class (or an ancestor) defines `__getattr__`, `__setattr__`, ...
    pub flags: u32,
    /// For built-in classes: makes an instance from the call's arguments.
    pub constructor: Option<NativeFn>,
    /// For built-in classes: their native methods. Special (`__dunder__`) ones are in `dict`
    /// from the start; the others get a heap object and a dict entry only when first looked
    /// up (`Vm::materialize_method`), which keeps them out of the heap until a program uses them.
    /// The library's methods for the class (`Library::methods_of` its name) are looked up
    /// the same way, after these.
    pub methods: &'static [Builtin],
    /// How many attributes instances ended up with so far: new instances' dicts start
    /// that big, so setting attributes in `__init__` allocates once.
    pub instance_size_hint: u8,
    /// Order of creation among classes made by `class` statements and `type()` (0 for the
    /// built-in ones): `__subclasses__` lists in it.
    pub serial: u32,
}

impl Class {
    /// The class's `__bases__`.
    pub fn bases(&self) -> &[Value] {
        if self.bases.is_empty() {
            &self.mro[1.min(self.mro.len())..2.min(self.mro.len())]
        } else {
            &self.bases
        }
    }
}

/// `Class::flags` bits.
pub mod class_flags {
    pub const HAS_GETATTR: u32 = 1 << 0;
    pub const HAS_SETATTR: u32 = 1 << 1;
    pub const HAS_DELATTR: u32 = 1 << 2;
    pub const HAS_GETATTRIBUTE: u32 = 1 << 3;
    pub const BUILTIN: u32 = 1 << 4;
    /// Defines `__eq__` or `__hash__` (dict keys need the VM).
    pub const CUSTOM_EQ: u32 = 1 << 5;
    pub const HAS_DESCRIPTORS: u32 = 1 << 6;
    /// Every Python class in the MRO defines `__slots__` (without `__dict__`): instances
    /// accept only the named attributes.
    pub const SLOTS_ONLY: u32 = 1 << 7;
    /// A class on the MRO has native methods not yet materialized (`Class::methods`).
    pub const LAZY_METHODS: u32 = 1 << 8;
    /// Defines `__del__`: the collector queues its unreachable instances to be finalized.
    pub const HAS_DEL: u32 = 1 << 9;
    /// Instances keep their items in a bytearray `_data`, in the format their `typecode`
    /// names (`array.array` and its subclasses): they are bytes-like objects
    /// (`obj::bytes::byte_slice`) and `memoryview` exports them.
    pub const BUFFER: u32 = 1 << 10;
}

pub struct Instance {
    pub class: Value,
    pub dict: Dict,
    /// The built-in part for subclasses of built-in types, else NULL.
    pub base: Value,
}

pub struct ExceptionObj {
    pub class: Value,
    pub args: Value,
    pub dict: Dict,
    pub traceback: Vec<TracebackEntry>,
    /// The `__traceback__` last made (`obj/traceback.rs`), kept so that reading it again
    /// gives the same object while no frame is added; NULL before.
    pub traceback_object: Value,
    pub cause: Value,
    pub context: Value,
    pub suppress_context: bool,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TracebackEntry {
    pub filename: Value,
    pub name: Value,
    pub line: u32,
    /// How many more times the same frame came next (recursion): CPython prints three and
    /// `[Previous line repeated N more times]`, so one entry holds them all.
    pub repeats: u32,
}

pub struct Module {
    pub name: Value,
    pub dict: Value,
}

/// A suspended generator: its frame's slots and stack are saved here between resumptions.
pub struct Generator {
    pub function: Value,
    pub code: Rc<Code>,
    pub globals: Value,
    pub name: Value,
    pub qualname: Value,
    /// Fast slots, cells and value stack of the suspended frame.
    pub saved: Vec<Value>,
    pub blocks: Vec<crate::vm::frame::Block>,
    pub ip: usize,
    pub state: GeneratorState,
    /// The exception being handled inside the generator while it is suspended (restored on
    /// resume, so a `yield` inside an `except` clause does not leak it to the caller).
    pub handled: Value,
    /// While it runs: the exception its resumer was handling (`Vm::current_handled`).
    pub resumer_handled: Value,
    /// The collector found it unreachable and queued it to be closed (once, as PEP 442
    /// finalizes an object once even if closing leaves it suspended).
    pub finalized: bool,
}

impl Generator {
    /// The body of an `async def` (its type is `coroutine`).
    pub fn is_coroutine(&self) -> bool {
        self.code.is_coroutine()
    }

    /// What it is suspended in `yield from`/`await` on (`gi_yieldfrom`), if it is.
    pub fn delegate(&self) -> Option<Value> {
        let suspended = self.state == GeneratorState::Suspended;
        (suspended && self.code.yields_from_at(self.ip))
            .then(|| self.saved.last().copied())
            .flatten()
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum GeneratorState {
    Created,
    Suspended,
    Running,
    Finished,
}

/// Iterators over built-in objects and the lazy built-ins (`map`, `zip`, …).
pub enum Iter {
    /// Over a list, tuple, str, bytes or bytearray by index.
    Sequence {
        seq: Value,
        index: usize,
    },
    /// Over a str with non-ASCII text: byte offset of the next character.
    StrChars {
        text: Value,
        offset: usize,
    },
    /// Over a range whose items fit a machine word: counts the items left, so no bound can
    /// overflow.
    Range {
        next: isize,
        remaining: usize,
        step: isize,
    },
    /// Over a range with items past a machine word (a 32-bit board's addresses above
    /// 0x8000_0000): boxed, so every other iterator stays four words.
    WideRange(Box<WideRange>),
    /// Over a range with bounds beyond 64 bits: the next item, the stop and the step.
    BigRange(Box<range_big::BigRange>),
    /// Over a set of two or more items, in the order CPython's table lists them
    /// (`set::cpython_order`, as `repr` shows them): `keys` is a tuple of them, `set` is
    /// watched for changes of size.
    SetInOrder {
        set: Value,
        keys: Value,
        index: usize,
        len_at_start: usize,
    },
    /// Over dict keys (0), values (1) or items (2), or a set (0); `yielded` items so far (a
    /// dict whose keys changed at the same size has more to give than it had).
    Dict {
        dict: Value,
        slot: usize,
        kind: u8,
        len_at_start: usize,
        yielded: usize,
    },
    Enumerate {
        iter: Value,
        count: Value,
    },
    Zip {
        iters: Box<[Value]>,
        strict: bool,
    },
    Map {
        func: Value,
        iters: Box<[Value]>,
    },
    Filter {
        func: Value,
        iter: Value,
    },
    /// `reversed()` of a sequence by index; `kind` is the class CPython gives it when that
    /// is not `reversed` (a list's, a dict's or a dict view's).
    Reversed {
        seq: Value,
        index: usize,
        kind: Option<IteratorKind>,
    },
    /// `iter(callable, sentinel)`.
    Callable {
        func: Value,
        sentinel: Value,
    },
    /// An object with `__getitem__` but no `__iter__`.
    GetItem {
        obj: Value,
        index: usize,
    },
    /// A view object (`dict.keys()` etc.) before iteration: dict and kind.
    DictView {
        dict: Value,
        kind: u8,
    },
    /// Over a `collections.deque`'s item list, forwards or `reverse`d. A deque whose length
    /// changed since the start is an error (CPython counts every change; a change that keeps
    /// the length, such as `rotate`, goes unseen here).
    Deque {
        items: Value,
        index: usize,
        len_at_start: usize,
        reverse: bool,
    },
    /// Run to its end: the objects it went over are let go, its class stays.
    Exhausted(Option<IteratorKind>),
}

/// The class of a built-in iterator, as CPython names it. Each is made on first use
/// (`type(it)`, `it.__class__`), so iterators cost the boot heap one class, not a dozen.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum IteratorKind {
    List,
    Tuple,
    Bytes,
    ByteArray,
    StrAscii,
    Str,
    Range,
    LongRange,
    DictKeys,
    DictValues,
    DictItems,
    Set,
    Callable,
    ListReverse,
    DictReverseKeys,
    DictReverseValues,
    DictReverseItems,
    Deque,
    DequeReverse,
}

impl IteratorKind {
    /// How many kinds there are (the last one above is the last kind).
    pub const COUNT: usize = IteratorKind::DequeReverse as usize + 1;

    pub const fn name(self) -> &'static str {
        match self {
            IteratorKind::List => "list_iterator",
            IteratorKind::Tuple => "tuple_iterator",
            IteratorKind::Bytes => "bytes_iterator",
            IteratorKind::ByteArray => "bytearray_iterator",
            IteratorKind::StrAscii => "str_ascii_iterator",
            IteratorKind::Str => "str_iterator",
            IteratorKind::Range => "range_iterator",
            IteratorKind::LongRange => "longrange_iterator",
            IteratorKind::DictKeys => "dict_keyiterator",
            IteratorKind::DictValues => "dict_valueiterator",
            IteratorKind::DictItems => "dict_itemiterator",
            IteratorKind::Set => "set_iterator",
            IteratorKind::Callable => "callable_iterator",
            IteratorKind::ListReverse => "list_reverseiterator",
            IteratorKind::DictReverseKeys => "dict_reversekeyiterator",
            IteratorKind::DictReverseValues => "dict_reversevalueiterator",
            IteratorKind::DictReverseItems => "dict_reverseitemiterator",
            IteratorKind::Deque => "_deque_iterator",
            IteratorKind::DequeReverse => "_deque_reverse_iterator",
        }
    }
}

impl Obj {
    /// A new exception of `class` with `args` (a tuple) and attributes `dict`, not raised yet
    /// (no traceback, cause or context).
    #[inline]
    pub fn exception(class: Value, args: Value, dict: Dict) -> Obj {
        Obj::Exception(Box::new(ExceptionObj {
            class,
            args,
            dict,
            traceback: Vec::new(),
            traceback_object: Value::NULL,
            cause: Value::NONE,
            context: Value::NONE,
            suppress_context: false,
        }))
    }

    /// Calls `mark` on every value this object refers to.
    pub fn trace(&self, mut mark: impl FnMut(Value)) {
        match self {
            Obj::Free(_)
            | Obj::Float(_)
            | Obj::Int64(_)
            | Obj::BigInt(_)
            | Obj::Str(_)
            | Obj::Bytes(_)
            | Obj::ByteArray(_)
            | Obj::Range(_)
            | Obj::BigRange(_)
            | Obj::Builtin(_)
            | Obj::Complex(_) => {}
            Obj::Tuple(items) => items.iter().copied().for_each(mark),
            Obj::List(items) => items.iter().copied().for_each(mark),
            Obj::Dict(dict) | Obj::Set(dict) | Obj::FrozenSet(dict) => dict.trace(mark),
            Obj::Slice(parts) => parts.iter().copied().for_each(mark),
            Obj::Cell(v) | Obj::ClassMethod(v) | Obj::StaticMethod(v) => mark(*v),
            Obj::Code(code) => {
                mark(code.qualname);
                mark(code.filename);
                code.consts.iter().copied().for_each(mark);
            }
            Obj::Function(f) => {
                for v in [
                    f.code,
                    f.globals,
                    f.name,
                    f.qualname,
                    f.defaults,
                    f.kwdefaults,
                    f.closure,
                    f.attrs,
                    f.module,
                    f.doc,
                ] {
                    mark(v);
                }
            }
            Obj::BoundMethod(pair) | Obj::Super(pair) => pair.iter().copied().for_each(mark),
            Obj::Class(class) => {
                mark(class.qualname);
                mark(class.module);
                mark(class.builtin_base);
                mark(class.metaclass);
                class.bases.iter().copied().for_each(&mut mark);
                class.mro.iter().copied().for_each(&mut mark);
                class.dict.trace(mark);
            }
            Obj::Instance(instance) => {
                mark(instance.class);
                mark(instance.base);
                instance.dict.trace(mark);
            }
            Obj::Exception(exception) => {
                mark(exception.class);
                mark(exception.args);
                mark(exception.cause);
                mark(exception.context);
                mark(exception.traceback_object);
                for entry in &exception.traceback {
                    mark(entry.filename);
                    mark(entry.name);
                }
                exception.dict.trace(mark);
            }
            Obj::Module(module) => {
                mark(module.name);
                mark(module.dict);
            }
            Obj::Property(parts) => parts.iter().copied().for_each(mark),
            Obj::Generator(generator) => {
                mark(generator.function);
                mark(generator.globals);
                mark(generator.name);
                mark(generator.qualname);
                mark(generator.handled);
                mark(generator.resumer_handled);
                generator.saved.iter().copied().for_each(&mut mark);
                for v in generator.code.consts.iter() {
                    mark(*v);
                }
            }
            Obj::Iterator(iter) => match &**iter {
                Iter::Sequence { seq, .. } | Iter::Reversed { seq, .. } => mark(*seq),
                Iter::Deque { items, .. } => mark(*items),
                Iter::StrChars { text, .. } => mark(*text),
                Iter::Range { .. }
                | Iter::WideRange(_)
                | Iter::BigRange(_)
                | Iter::Exhausted(_) => {}
                Iter::Dict { dict, .. } | Iter::DictView { dict, .. } => mark(*dict),
                Iter::SetInOrder { set, keys, .. } => {
                    mark(*set);
                    mark(*keys);
                }
                Iter::Enumerate { iter, count } => {
                    mark(*iter);
                    mark(*count);
                }
                Iter::Zip { iters, .. } => iters.iter().copied().for_each(mark),
                Iter::Map { func, iters } => {
                    mark(*func);
                    iters.iter().copied().for_each(mark);
                }
                Iter::Filter { func, iter } => {
                    mark(*func);
                    mark(*iter);
                }
                Iter::Callable { func, sentinel } => {
                    mark(*func);
                    mark(*sentinel);
                }
                Iter::GetItem { obj, .. } => mark(*obj),
            },
            Obj::MemoryView(view) => {
                mark(view.source);
                mark(view.owner);
            }
        }
    }

    /// Bytes owned outside the slot itself (approximate), for heap accounting.
    /// Names of the kinds `kind_index` tells apart (for the heap census).
    pub const KIND_NAMES: [&'static str; 32] = [
        "free",
        "float",
        "int",
        "str",
        "bytes",
        "bytearray",
        "tuple",
        "list",
        "dict",
        "set",
        "frozenset",
        "range",
        "slice",
        "cell",
        "code",
        "function",
        "bound method",
        "builtin",
        "class",
        "instance",
        "exception",
        "module",
        "property",
        "classmethod",
        "staticmethod",
        "super",
        "generator",
        "iterator",
        "memoryview",
        "complex",
        "",
        "",
    ];

    pub fn kind_index(&self) -> usize {
        match self {
            Obj::Free(_) => 0,
            Obj::Float(_) => 1,
            Obj::Int64(_) | Obj::BigInt(_) => 2,
            Obj::Str(_) => 3,
            Obj::Bytes(_) => 4,
            Obj::ByteArray(_) => 5,
            Obj::Tuple(_) => 6,
            Obj::List(_) => 7,
            Obj::Dict(_) => 8,
            Obj::Set(_) => 9,
            Obj::FrozenSet(_) => 10,
            Obj::Range(_) | Obj::BigRange(_) => 11,
            Obj::Slice(_) => 12,
            Obj::Cell(_) => 13,
            Obj::Code(_) => 14,
            Obj::Function(_) => 15,
            Obj::BoundMethod(_) => 16,
            Obj::Builtin(_) => 17,
            Obj::Class(_) => 18,
            Obj::Instance(_) => 19,
            Obj::Exception(_) => 20,
            Obj::Module(_) => 21,
            Obj::Property(_) => 22,
            Obj::ClassMethod(_) => 23,
            Obj::StaticMethod(_) => 24,
            Obj::Super(_) => 25,
            Obj::Generator(_) => 26,
            Obj::Iterator(_) => 27,
            Obj::MemoryView(_) => 28,
            Obj::Complex(_) => 29,
        }
    }

    pub fn extra_bytes(&self) -> usize {
        match self {
            Obj::Str(s) => core::mem::size_of_val::<StrObj>(s),
            Obj::Bytes(b) => b.len(),
            Obj::ByteArray(b) => b.capacity(),
            Obj::Tuple(items) => items.len() * core::mem::size_of::<Value>(),
            Obj::List(items) => items.capacity() * core::mem::size_of::<Value>(),
            Obj::Dict(d) | Obj::Set(d) | Obj::FrozenSet(d) => d.storage_bytes(),
            Obj::Class(c) => {
                core::mem::size_of::<Class>()
                    + (c.mro.len() + c.bases.len()) * core::mem::size_of::<Value>()
                    + c.dict.storage_bytes()
            }
            Obj::Code(code) => code.heap_bytes(),
            Obj::Function(_) => core::mem::size_of::<Function>(),
            Obj::Instance(instance) => {
                core::mem::size_of::<Instance>() + instance.dict.storage_bytes()
            }
            Obj::Exception(exception) => {
                core::mem::size_of::<ExceptionObj>()
                    + exception.dict.storage_bytes()
                    + exception.traceback.capacity() * core::mem::size_of::<TracebackEntry>()
            }
            Obj::Module(_) => core::mem::size_of::<Module>(),
            Obj::Generator(generator) => {
                core::mem::size_of::<Generator>()
                    + generator.saved.capacity() * core::mem::size_of::<Value>()
                    + generator.blocks.capacity() * core::mem::size_of::<crate::vm::frame::Block>()
            }
            _ => 0,
        }
    }
}

/// Text of a static string for error messages.
pub fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// Owned text helper used by reprs.
pub type Text = String;

pub mod bytes;
pub mod case;
mod case_tables;
pub mod class;
pub mod codec;
pub mod dict_methods;
pub mod dunder;
pub mod exception;
pub mod float;
pub mod function;
pub mod generator;
pub mod generic_alias;
pub mod int;
pub mod iter;
pub mod list;
pub mod memoryview;
pub mod object;
pub mod range;
pub mod range_big;
pub mod sequence;
pub mod set;
pub mod str;
pub mod traceback;
pub mod tuple;
pub mod unicode;

#[cfg(test)]
mod tests {
    use super::{line_table, StrObj};
    use alloc::vec::Vec;

    #[test]
    fn the_packed_line_table_answers_as_the_unpacked_one() {
        // Rising and falling lines (a loop's test is compiled after its body), big jumps in
        // both, and lines far from the first.
        let tables: [&[(u32, u32)]; 5] = [
            &[],
            &[(0, 1)],
            &[
                (0, 5),
                (2, 6),
                (3, 4),
                (9, 7),
                (200, 3),
                (201, 100_000),
                (70_000, 1),
            ],
            &[(0, u32::MAX), (1, 0), (2, u32::MAX - 1)],
            &[(0, 10), (0, 11), (5, 12)],
        ];
        for table in tables {
            let firstlineno = table.first().map_or(1, |e| e.1.wrapping_sub(3));
            let mut packed = Vec::new();
            line_table::encode(&mut packed, table, firstlineno);
            let mut probes: Vec<u32> = table.iter().flat_map(|e| [e.0, e.0 + 1]).collect();
            probes.extend([0, 1, 150, 100_000, u32::MAX]);
            for instruction in probes {
                let position = table.partition_point(|&(start, _)| start <= instruction);
                let expected = match position {
                    0 => firstlineno,
                    n => table[n - 1].1,
                };
                assert_eq!(
                    line_table::line_of(&packed, instruction, firstlineno),
                    expected
                );
            }
        }
    }

    #[test]
    fn a_string_object_is_one_block_with_its_text_inline() {
        for text in ["", "ab", "123123123", "héllo wörld", "日本語のテキスト"] {
            let object = StrObj::boxed(text).unwrap();
            assert_eq!(&object.text, text);
            assert_eq!(object.chars(), text.chars().count());
            assert_eq!(object.is_ascii(), text.is_ascii());
            assert_eq!(object.hash(), crate::qstr::hash_bytes(text.as_bytes()));
            // Counters, then the bytes: what the box frees is what was taken.
            assert_eq!(core::mem::size_of_val(&*object), 8 + text.len());
            assert_eq!(core::mem::align_of_val(&*object), 1);
            // From a String's own buffer (with spare capacity, too): the same object.
            let mut owned = String::with_capacity(text.len() + 5);
            owned.push_str(text);
            let moved = StrObj::from_string(owned).unwrap();
            assert_eq!(&moved.text, text);
            assert_eq!(
                (moved.chars(), moved.hash()),
                (object.chars(), object.hash())
            );
            assert_eq!(core::mem::size_of_val(&*moved), 8 + text.len());
        }
    }
}
