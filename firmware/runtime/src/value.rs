//! Values: every Python value is one machine word.
//!
//! The low bits say what the word holds:
//!
//! ```text
//!   ...xxxx1   small int (the word shifted right by one, sign-extended)
//!   ...xxx00   heap object: slot index << 2 (see `gc.rs`)
//!   ...xx010   interned string: qstr id << 3 (see `qstr.rs`)
//!   ...xx110   immediate: None, True, False, Ellipsis, NotImplemented, NULL
//! ```
//!
//! Small-int arithmetic therefore never allocates; ints that overflow the small range become
//! heap objects: `Int64` up to 64 bits (held in the slot itself, 16 bytes on a board: a
//! 32-bit register value or a CRC costs no more than a float), `BigInt` beyond. A heap
//! reference is an index into the collector's slot table rather than a raw address, which
//! keeps `unsafe` out of the object code.

use crate::qstr::Qstr;

#[derive(Clone, Copy, PartialEq, Eq, Hash)]
#[repr(transparent)]
pub struct Value(usize);

const TAG_INT: usize = 0b1;
const TAG_MASK2: usize = 0b11;
const TAG_MASK3: usize = 0b111;
const TAG_QSTR: usize = 0b010;
const TAG_IMMEDIATE: usize = 0b110;

/// Largest int stored inline (2^30 - 1 on 32-bit targets, 2^62 - 1 on 64-bit hosts).
pub const SMALL_INT_MAX: isize = isize::MAX >> 1;
pub const SMALL_INT_MIN: isize = isize::MIN >> 1;

impl Value {
    /// "No value": an unbound local, an empty dict slot, LOAD_METHOD's marker. Never visible
    /// to Python code.
    pub const NULL: Value = Value(TAG_IMMEDIATE);
    pub const NONE: Value = Value((1 << 3) | TAG_IMMEDIATE);
    pub const FALSE: Value = Value((2 << 3) | TAG_IMMEDIATE);
    pub const TRUE: Value = Value((3 << 3) | TAG_IMMEDIATE);
    pub const ELLIPSIS: Value = Value((4 << 3) | TAG_IMMEDIATE);
    pub const NOT_IMPLEMENTED: Value = Value((5 << 3) | TAG_IMMEDIATE);

    #[inline(always)]
    pub fn raw(self) -> usize {
        self.0
    }

    #[inline(always)]
    pub fn bool(b: bool) -> Value {
        if b {
            Value::TRUE
        } else {
            Value::FALSE
        }
    }

    /// A small int, if `n` fits.
    #[inline(always)]
    pub fn try_small_int(n: isize) -> Option<Value> {
        if (SMALL_INT_MIN..=SMALL_INT_MAX).contains(&n) {
            Some(Value(((n as usize) << 1) | TAG_INT))
        } else {
            None
        }
    }

    /// A small int; `n` must be in range (checked in debug builds).
    #[inline(always)]
    pub fn small_int(n: isize) -> Value {
        debug_assert!((SMALL_INT_MIN..=SMALL_INT_MAX).contains(&n));
        Value(((n as usize) << 1) | TAG_INT)
    }

    #[inline(always)]
    pub fn is_small_int(self) -> bool {
        self.0 & TAG_INT != 0
    }

    #[inline(always)]
    pub fn as_small_int(self) -> Option<isize> {
        if self.is_small_int() {
            Some((self.0 as isize) >> 1)
        } else {
            None
        }
    }

    /// The small int's value without checking the tag.
    #[inline(always)]
    pub fn small_int_unchecked(self) -> isize {
        (self.0 as isize) >> 1
    }

    #[inline(always)]
    pub fn heap(index: usize) -> Value {
        Value(index << 2)
    }

    #[inline(always)]
    pub fn is_heap(self) -> bool {
        self.0 & TAG_MASK2 == 0
    }

    #[inline(always)]
    pub fn heap_index(self) -> Option<usize> {
        if self.is_heap() {
            Some(self.0 >> 2)
        } else {
            None
        }
    }

    #[inline(always)]
    pub fn qstr(q: Qstr) -> Value {
        Value(((q.0 as usize) << 3) | TAG_QSTR)
    }

    #[inline(always)]
    pub fn is_qstr(self) -> bool {
        self.0 & TAG_MASK3 == TAG_QSTR
    }

    #[inline(always)]
    pub fn as_qstr(self) -> Option<Qstr> {
        if self.is_qstr() {
            Some(Qstr((self.0 >> 3) as u32))
        } else {
            None
        }
    }

    #[inline(always)]
    pub fn is_null(self) -> bool {
        self == Value::NULL
    }

    #[inline(always)]
    pub fn is_none(self) -> bool {
        self == Value::NONE
    }

    #[inline(always)]
    pub fn is_bool(self) -> bool {
        self == Value::TRUE || self == Value::FALSE
    }
}

impl core::fmt::Debug for Value {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        if let Some(n) = self.as_small_int() {
            write!(f, "Int({n})")
        } else if let Some(index) = self.heap_index() {
            write!(f, "Heap({index})")
        } else if let Some(q) = self.as_qstr() {
            write!(f, "Qstr({})", q.0)
        } else {
            let name = match *self {
                Value::NULL => "NULL",
                Value::NONE => "None",
                Value::TRUE => "True",
                Value::FALSE => "False",
                Value::ELLIPSIS => "Ellipsis",
                Value::NOT_IMPLEMENTED => "NotImplemented",
                _ => "?",
            };
            f.write_str(name)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_ints_round_trip() {
        for n in [0, 1, -1, 42, -42, SMALL_INT_MAX, SMALL_INT_MIN] {
            let v = Value::try_small_int(n).unwrap();
            assert!(v.is_small_int() && !v.is_heap() && !v.is_qstr());
            assert_eq!(v.as_small_int(), Some(n));
        }
        assert!(Value::try_small_int(SMALL_INT_MAX + 1).is_none());
    }

    #[test]
    fn tags_are_distinct() {
        let h = Value::heap(7);
        assert_eq!(h.heap_index(), Some(7));
        let q = Value::qstr(Qstr(9));
        assert_eq!(q.as_qstr(), Some(Qstr(9)));
        for v in [Value::NONE, Value::TRUE, Value::NULL] {
            assert!(!v.is_heap() && !v.is_qstr() && !v.is_small_int());
        }
    }
}
