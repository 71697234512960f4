//! Sequence protocol shared by list, tuple, str, bytes and range: indexing, slicing,
//! concatenation and repetition, and `obj[key]` dispatch for every type.

use alloc::boxed::Box;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use crate::compile::opcode::binary;
use crate::obj::{Obj, RangeObj};
use crate::qstr::q;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// A resolved slice: start, stop, step and the number of items.
#[derive(Clone, Copy, Debug)]
pub struct SliceIndices {
    pub start: isize,
    pub stop: isize,
    pub step: isize,
    pub len: usize,
}

impl SliceIndices {
    /// Positions the slice selects, in order.
    pub fn positions(&self) -> impl Iterator<Item = usize> {
        let (start, step) = (self.start, self.step);
        (0..self.len).map(move |i| (start + i as isize * step) as usize)
    }
}

/// A count or width from Python as a `usize`: negative ones are 0 and those past the
/// target's `usize` saturate (a 32-bit board would otherwise truncate `2**40` to 0), so a
/// size check then fails with MemoryError instead of quietly using a wrong size.
pub fn count_to_usize(n: i64) -> usize {
    usize::try_from(n.max(0)).unwrap_or(usize::MAX)
}

impl Vm {
    /// `range[slice]`: a range again.
    #[inline(never)]
    fn slice_range(&mut self, range: RangeObj, slice_value: Value) -> PyResult<Value> {
        // Beyond isize (a 64-bit range's length may be up to 2**64 - 1): big-int arithmetic.
        let Some(len) = usize::try_from(range.len())
            .ok()
            .filter(|&len| len <= isize::MAX as usize)
        else {
            return self.big_range_slice(&range.into(), slice_value);
        };
        // A slice step past isize (`r[::10**30]`) is clamped by `slice_indices`: the big path
        // keeps it.
        let huge_step = match self.heap_obj(slice_value) {
            Some(Obj::Slice(parts)) => {
                !parts[2].is_none() && !parts[2].is_small_int() && self.as_i64(parts[2]).is_none()
            }
            _ => false,
        };
        if huge_step {
            return self.big_range_slice(&range.into(), slice_value);
        }
        let slice = self.slice_indices(slice_value, len)?;
        // CPython's: the slice's indices (`slice.indices(len)`) mapped through the range.
        let (first, step) = (range.start as i128, range.step as i128);
        let start = first + slice.start as i128 * step;
        let stop = first + slice.stop as i128 * step;
        let step = step * slice.step as i128;
        match (
            i64::try_from(start),
            i64::try_from(stop),
            i64::try_from(step),
        ) {
            (Ok(start), Ok(stop), Ok(step)) => {
                self.alloc(Obj::Range(Box::new(RangeObj { start, stop, step })))
            }
            _ => self.big_range_slice(&range.into(), slice_value),
        }
    }

    /// An index for a sequence operation (`__index__`).
    pub fn index_value(&mut self, v: Value, what: &str) -> PyResult<isize> {
        if let Some(n) = v.as_small_int() {
            return Ok(n);
        }
        if let Some(n) = self.as_i64(v) {
            if !matches!(self.as_number(v), Some(crate::vm::ops::Number::Float(_))) {
                return isize::try_from(n)
                    .map_err(|_| self.index_error("cannot fit 'int' into an index-sized integer"));
            }
        }
        if let Some(crate::vm::ops::Number::Big(_)) = self.as_number(v) {
            return Err(self.index_error("cannot fit 'int' into an index-sized integer"));
        }
        if self.is_user_object(v) {
            if let Some(result) = self.call_special(v, q::__index__, &[])? {
                if let Some(n) = self.as_i64(result) {
                    return Ok(n as isize);
                }
            }
        }
        let name = self.type_name(v);
        Err(self.type_error(format!(
            "{what} indices must be integers or slices, not {name}"
        )))
    }

    /// An integer argument CPython converts to a C `int` (`chr`, tab sizes, separators):
    /// OverflowError past 32 bits.
    pub fn c_int_arg(&mut self, v: Value) -> PyResult<i32> {
        let n = match self.as_number(v) {
            Some(crate::vm::ops::Number::Big(_)) => None,
            _ => Some(self.int_arg(v)?),
        };
        n.and_then(|n| i32::try_from(n).ok())
            .ok_or_else(|| self.overflow_error("Python int too large to convert to C int"))
    }

    /// An integer argument (`__index__`), for natives.
    pub fn int_arg(&mut self, v: Value) -> PyResult<i64> {
        if let Some(n) = v.as_small_int() {
            return Ok(n as i64);
        }
        if let Some(n) = self.as_i64(v) {
            if !matches!(
                self.as_number(v),
                Some(crate::vm::ops::Number::Float(_)) | Some(crate::vm::ops::Number::Complex(..))
            ) {
                return Ok(n);
            }
        }
        if let Some(crate::vm::ops::Number::Big(_)) = self.as_number(v) {
            return Err(self.overflow_error("Python int too large to convert to C ssize_t"));
        }
        if self.is_user_object(v) {
            if let Some(result) = self.call_special(v, q::__index__, &[])? {
                if let Some(n) = self.as_i64(result) {
                    return Ok(n);
                }
            }
        }
        let name = self.type_name(v);
        Err(self.type_error(format!(
            "'{name}' object cannot be interpreted as an integer"
        )))
    }

    fn normalize_index(&mut self, index: isize, len: usize, what: &str) -> PyResult<usize> {
        let i = if index < 0 {
            index + len as isize
        } else {
            index
        };
        if i < 0 || i as usize >= len {
            if what.is_empty() {
                return Err(self.index_error("index out of range"));
            }
            return Err(self.index_error(format!("{what} index out of range")));
        }
        Ok(i as usize)
    }

    /// Resolves a slice object against a sequence length (`slice.indices`).
    #[cfg_attr(target_os = "none", link_section = ".text.hot")]
    pub fn slice_indices(&mut self, slice: Value, len: usize) -> PyResult<SliceIndices> {
        let bounds = self.slice_bounds(slice)?;
        Ok(adjust_slice(bounds, len))
    }

    /// `slice_indices` against `sequence`'s length once the bounds are known: a bound's
    /// `__index__` may have changed the length (CPython's `PySlice_Unpack`, then
    /// `PySlice_AdjustIndices`).
    pub fn slice_indices_of(&mut self, slice: Value, sequence: Value) -> PyResult<SliceIndices> {
        let bounds = self.slice_bounds(slice)?;
        Ok(adjust_slice(bounds, self.current_len(sequence)))
    }

    /// Item `i` of a list, tuple or slice, read afresh: code walking one by index without a
    /// copy (as CPython does) must re-read it after each call into Python, which may have
    /// shrunk a list.
    pub fn sequence_item(&self, sequence: Value, i: usize) -> Option<Value> {
        match self.heap_obj(sequence)? {
            Obj::List(items) => items.get(i).copied(),
            Obj::Tuple(items) => items.get(i).copied(),
            Obj::Slice(items) => items.get(i).copied(),
            _ => None,
        }
    }

    /// The length of a list, tuple, bytes or bytearray now (0 for anything else).
    pub fn current_len(&self, sequence: Value) -> usize {
        match self.heap_obj(sequence) {
            Some(Obj::List(items)) => items.len(),
            Some(Obj::Tuple(items)) => items.len(),
            Some(Obj::Bytes(b)) => b.len(),
            Some(Obj::ByteArray(b)) => b.len(),
            _ => 0,
        }
    }

    /// A slice's start and stop (None where missing) and step, as ints (`__index__` called).
    fn slice_bounds(&mut self, slice: Value) -> PyResult<SliceBounds> {
        let parts = match self.heap_obj(slice) {
            Some(Obj::Slice(parts)) => **parts,
            _ => return Err(self.type_error("expected a slice")),
        };
        let step = if parts[2].is_none() {
            1
        } else {
            self.slice_bound(parts[2])?
        };
        if step == 0 {
            return Err(self.value_error("slice step cannot be zero"));
        }
        let start = if parts[0].is_none() {
            None
        } else {
            Some(self.slice_bound(parts[0])?)
        };
        let stop = if parts[1].is_none() {
            None
        } else {
            Some(self.slice_bound(parts[1])?)
        };
        Ok(SliceBounds { start, stop, step })
    }

    /// A slice bound as an int (huge ones clamped), through `__index__`.
    pub fn slice_bound(&mut self, v: Value) -> PyResult<isize> {
        if let Some(n) = self.as_i64(v) {
            if !matches!(self.as_number(v), Some(crate::vm::ops::Number::Float(_))) {
                return Ok(n.clamp(isize::MIN as i64 / 2, isize::MAX as i64 / 2) as isize);
            }
        }
        if let Some(crate::vm::ops::Number::Big(b)) = self.as_number(v) {
            return Ok(if b.is_negative() {
                isize::MIN / 2
            } else {
                isize::MAX / 2
            });
        }
        if self.is_user_object(v) {
            if let Some(result) = self.call_special(v, q::__index__, &[])? {
                if let Some(n) = self.as_i64(result) {
                    return Ok(n as isize);
                }
            }
        }
        Err(self.type_error("slice indices must be integers or None or have an __index__ method"))
    }

    pub(crate) fn is_slice(&self, v: Value) -> bool {
        matches!(self.heap_obj(v), Some(Obj::Slice(_)))
    }

    /// `container[index]`.
    #[cfg_attr(target_os = "none", link_section = ".text.hot")]
    pub fn get_item(&mut self, container: Value, index: Value) -> PyResult<Value> {
        // An index that is no plain value runs Python code (`__index__`, `__hash__`,
        // `__eq__`) while the container is held here: both are kept alive meanwhile.
        // (One call below, inlined: nested subscripts recurse through here, and a board's
        // stack is small.)
        let depth = self.roots.len();
        if !self.is_plain(index) {
            self.roots.extend_from_slice(&[container, index]);
        }
        let result = self.get_item_held(container, index);
        self.roots.truncate(depth);
        result
    }

    #[inline(always)]
    fn get_item_held(&mut self, container: Value, index: Value) -> PyResult<Value> {
        if self.str_text(container).is_some() && !self.is_user_object(container) {
            return self.str_get_item(container, index);
        }
        enum Kind {
            List(usize),
            Tuple(usize),
            Bytes(bool),
            Range(RangeObj),
            BigRange,
            Dict,
            User,
            Class,
            Other,
        }
        let kind = match self.heap_obj(container) {
            Some(Obj::List(items)) => Kind::List(items.len()),
            Some(Obj::Tuple(items)) => Kind::Tuple(items.len()),
            Some(Obj::Bytes(_)) => Kind::Bytes(false),
            Some(Obj::ByteArray(_)) => Kind::Bytes(true),
            Some(Obj::MemoryView(_)) => {
                return crate::obj::memoryview::get_item(self, container, index)
            }
            Some(Obj::Range(r)) => Kind::Range(**r),
            Some(Obj::BigRange(_)) => Kind::BigRange,
            Some(Obj::Dict(_)) => Kind::Dict,
            Some(Obj::Instance(_)) => Kind::User,
            Some(Obj::Class(_)) => Kind::Class,
            _ => Kind::Other,
        };
        match kind {
            Kind::List(len) | Kind::Tuple(len) => {
                let is_list = matches!(kind, Kind::List(_));
                let what = if is_list { "list" } else { "tuple" };
                if let Some(i) = index.as_small_int() {
                    let position = self.normalize_index(i, len, what)?;
                    return Ok(match self.heap.get(container) {
                        Obj::List(items) => items[position],
                        Obj::Tuple(items) => items[position],
                        _ => Value::NONE,
                    });
                }
                if self.is_slice(index) {
                    let slice = self.slice_indices_of(index, container)?;
                    self.reserve(slice.len * core::mem::size_of::<Value>())?;
                    let items: Vec<Value> = match self.heap.get(container) {
                        Obj::List(items) => slice.positions().map(|p| items[p]).collect(),
                        Obj::Tuple(items) => slice.positions().map(|p| items[p]).collect(),
                        _ => Vec::new(),
                    };
                    return if is_list {
                        self.new_list(items)
                    } else {
                        self.new_tuple(items)
                    };
                }
                let i = self.index_value(index, what)?;
                // (`__index__` may have changed the list.)
                let position = self.normalize_index(i, self.current_len(container), what)?;
                Ok(match self.heap.get(container) {
                    Obj::List(items) => items[position],
                    Obj::Tuple(items) => items[position],
                    _ => Value::NONE,
                })
            }
            Kind::Bytes(is_bytearray) => {
                if self.is_slice(index) {
                    let slice = self.slice_indices_of(index, container)?;
                    self.reserve(slice.len)?;
                    let data = crate::obj::bytes::byte_slice(self, container).unwrap_or(&[]);
                    let bytes: Vec<u8> = if slice.step == 1 {
                        let start = slice.start.max(0) as usize;
                        data.get(start..start + slice.len).unwrap_or(&[]).to_vec()
                    } else {
                        slice
                            .positions()
                            .filter_map(|p| data.get(p).copied())
                            .collect()
                    };
                    return if is_bytearray {
                        self.alloc(Obj::ByteArray(bytes))
                    } else {
                        self.alloc(Obj::Bytes(bytes.into_boxed_slice()))
                    };
                }
                // bytes says just "index out of range".
                let what = if is_bytearray { "bytearray" } else { "" };
                let i = match index.as_small_int() {
                    Some(i) => i,
                    None => {
                        self.index_value(index, if is_bytearray { "bytearray" } else { "byte" })?
                    }
                };
                let position = self.normalize_index(i, self.current_len(container), what)?;
                let data = crate::obj::bytes::byte_slice(self, container).unwrap_or(&[]);
                Ok(Value::small_int(
                    data.get(position).copied().unwrap_or(0) as isize
                ))
            }
            Kind::BigRange => self.big_range_subscript(container, index),
            Kind::Range(range) => {
                if self.is_slice(index) {
                    return self.slice_range(range, index);
                }
                // 64-bit on every target, like the range's bounds.
                let i = match self.as_i64(index) {
                    Some(n) => n,
                    None => self.index_value(index, "range")? as i64,
                } as i128;
                let len = range.len() as i128;
                let position = if i < 0 { i + len } else { i };
                if !(0..len).contains(&position) {
                    return Err(self.index_error("range object index out of range"));
                }
                self.new_int(range.item(position as u64))
            }
            Kind::Dict => match self.dict_get_item(container, index)? {
                Some(v) => Ok(v),
                None => Err(self.key_error(index)),
            },
            Kind::User => {
                if let Some(result) = self.call_special(container, q::__getitem__, &[index])? {
                    return Ok(result);
                }
                // A dict subclass never gets here: `dict.__getitem__` (which asks `__missing__`)
                // is found above.
                let part = self.builtin_part(container);
                if part != container {
                    return self.get_item(part, index);
                }
                let name = self.type_name(container);
                Err(self.type_error(format!("'{name}' object is not subscriptable")))
            }
            Kind::Class => {
                // A metaclass's __getitem__ comes first (CPython looks up the type's slot).
                if self.type_of(container) != self.types.type_ {
                    if let Some(result) = self.call_special(container, q::__getitem__, &[index])? {
                        return Ok(result);
                    }
                }
                // `list[int]` in annotations; a class's own __class_getitem__.
                if let Some(method) = self.class_lookup(container, q::__class_getitem__) {
                    let function = match self.heap_obj(method) {
                        Some(Obj::ClassMethod(f)) => *f,
                        _ => method,
                    };
                    return self.call(function, &[container, index], &[]);
                }
                if crate::obj::generic_alias::is_generic_class(self, container) {
                    return crate::obj::generic_alias::new_alias(self, container, index);
                }
                let name = self.class_name(container);
                Err(self.type_error(format!("type '{name}' is not subscriptable")))
            }
            Kind::Other => {
                let name = self.type_name(container);
                Err(self.type_error(format!("'{name}' object is not subscriptable")))
            }
        }
    }

    /// `text[index]` / `text[slice]`, reading the text in place (no copy of the whole).
    fn str_get_item(&mut self, container: Value, index: Value) -> PyResult<Value> {
        let (ascii, len) = match self.heap_obj(container) {
            Some(Obj::Str(s)) => (s.is_ascii(), s.chars()),
            _ => {
                let text = self.str_text(container).unwrap_or("");
                let ascii = text.is_ascii();
                (
                    ascii,
                    if ascii {
                        text.len()
                    } else {
                        text.chars().count()
                    },
                )
            }
        };
        if self.is_slice(index) {
            let slice = self.slice_indices(index, len)?;
            let text = self.str_text(container).unwrap_or("");
            if slice.step == 1 {
                let start = slice.start.max(0) as usize;
                if start == 0 && slice.len == len {
                    return Ok(container);
                }
                // A run of the text: copied once, straight into the new str's block.
                let bytes = if ascii {
                    start..start + slice.len
                } else {
                    let mut boundaries = text
                        .char_indices()
                        .map(|(at, _)| at)
                        .chain(core::iter::once(text.len()))
                        .skip(start);
                    let first = boundaries.next().unwrap_or(text.len());
                    let end = match slice.len {
                        0 => first,
                        n => boundaries.nth(n - 1).unwrap_or(first),
                    };
                    first..end
                };
                return self.new_str_range(container, bytes);
            }
            // (Checked first: a big copy may not fit a board's fragmented heap.)
            self.reserve(if ascii { slice.len } else { len * 4 })?;
            let out: String = if ascii {
                let bytes = text.as_bytes();
                slice.positions().map(|p| bytes[p] as char).collect()
            } else {
                let chars: Vec<char> = text.chars().collect();
                slice.positions().map(|p| chars[p]).collect()
            };
            return self.new_string(out);
        }
        let i = match index.as_small_int() {
            Some(i) => i,
            None => {
                if !self.is_int(index) && !self.is_user_object(index) {
                    let name = self.type_name(index);
                    return Err(
                        self.type_error(format!("string indices must be integers, not '{name}'"))
                    );
                }
                self.index_value(index, "string")?
            }
        };
        let position = self.normalize_index(i, len, "string")?;
        let text = self.str_text(container).unwrap_or("");
        let c = if ascii {
            text.as_bytes()[position] as char
        } else {
            text.chars().nth(position).unwrap_or('?')
        };
        let mut buffer = [0u8; 4];
        let s = c.encode_utf8(&mut buffer);
        self.new_str(s)
    }

    /// `container[index] = value`.
    #[cfg_attr(target_os = "none", link_section = ".text.hot")]
    pub fn set_item(&mut self, container: Value, index: Value, value: Value) -> PyResult<()> {
        // The index's or the value's methods (`__index__`, `__hash__`) may run Python code
        // while the other two are held here.
        if !self.is_plain(index) || !self.is_plain(value) {
            return self.with_roots(&[container, index, value], |vm| {
                vm.set_item_held(container, index, value)
            });
        }
        self.set_item_held(container, index, value)
    }

    fn set_item_held(&mut self, container: Value, index: Value, value: Value) -> PyResult<()> {
        match self.heap_obj(container) {
            Some(Obj::List(_)) => {
                if self.is_slice(index) {
                    return self.list_set_slice(container, index, value);
                }
                let i = self.index_value(index, "list")?;
                let len = self.current_len(container);
                let position = self.normalize_index(i, len, "list assignment")?;
                if let Obj::List(items) = self.heap.get_mut(container) {
                    items[position] = value;
                }
                Ok(())
            }
            Some(Obj::Dict(_)) => self.dict_set_item(container, index, value),
            Some(Obj::MemoryView(_)) => {
                crate::obj::memoryview::set_item(self, container, index, value)
            }
            Some(Obj::ByteArray(_)) => {
                if self.is_slice(index) {
                    let slice = self.slice_indices_of(index, container)?;
                    let new: Vec<u8> = if self.is_int(value) {
                        return Err(self.type_error(
                            "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
                        ));
                    } else {
                        crate::obj::bytes::extension_bytes(self, value)?
                    };
                    // Nothing to an extended slice deletes it (CPython's bytearray quirk).
                    if slice.step != 1 && new.is_empty() {
                        return self.del_item_held(container, index);
                    }
                    if slice.step != 1 && new.len() != slice.len {
                        return Err(self.value_error(format!(
                            "attempt to assign bytes of size {} to extended slice of size {}",
                            new.len(),
                            slice.len
                        )));
                    }
                    self.reserve(new.len())?;
                    if let Obj::ByteArray(b) = self.heap.get_mut(container) {
                        if slice.step == 1 {
                            let start = (slice.start.max(0) as usize).min(b.len());
                            let end = (start + slice.len).min(b.len());
                            b.splice(start..end, new);
                        } else {
                            for (p, byte) in slice.positions().zip(new) {
                                if let Some(slot) = b.get_mut(p) {
                                    *slot = byte;
                                }
                            }
                        }
                    }
                    return Ok(());
                }
                // CPython's order: the index, the value, then the length (either's
                // `__index__` may have changed it).
                let i = self.index_value(index, "bytearray")?;
                let byte = self.byte_value(value)?;
                let position = self.normalize_index(i, self.current_len(container), "bytearray")?;
                if let Obj::ByteArray(b) = self.heap.get_mut(container) {
                    b[position] = byte;
                }
                Ok(())
            }
            Some(Obj::Instance(_)) => {
                if self
                    .call_special(container, q::__setitem__, &[index, value])?
                    .is_some()
                {
                    return Ok(());
                }
                let part = self.builtin_part(container);
                if part != container {
                    return self.set_item(part, index, value);
                }
                let name = self.type_name(container);
                Err(self.type_error(format!("'{name}' object does not support item assignment")))
            }
            _ => {
                let name = self.type_name(container);
                Err(self.type_error(format!("'{name}' object does not support item assignment")))
            }
        }
    }

    /// A byte from an int (0..=255).
    pub fn byte_value(&mut self, v: Value) -> PyResult<u8> {
        let n = self.int_arg(v)?;
        u8::try_from(n).map_err(|_| self.value_error("byte must be in range(0, 256)"))
    }

    fn list_set_slice(&mut self, list: Value, index: Value, value: Value) -> PyResult<()> {
        let slice = self.slice_indices_of(index, list)?;
        let new = if value == list {
            self.reserve(self.current_len(list) * core::mem::size_of::<Value>())?;
            match self.heap.get(list) {
                Obj::List(items) => items.clone(),
                _ => Vec::new(),
            }
        } else {
            self.collect_iterable_or(value, &|_| String::from("can only assign an iterable"))?
        };
        if slice.step == 1 {
            if let Obj::List(items) = self.heap.get_mut(list) {
                // Iterating the new items may have changed the list: clamp again, as CPython.
                let start = (slice.start.max(0) as usize).min(items.len());
                let end = (start + slice.len).clamp(start, items.len());
                items.splice(start..end, new);
            }
            return Ok(());
        }
        if new.len() != slice.len {
            return Err(self.value_error(format!(
                "attempt to assign sequence of size {} to extended slice of size {}",
                new.len(),
                slice.len
            )));
        }
        if let Obj::List(items) = self.heap.get_mut(list) {
            for (p, v) in slice.positions().zip(new) {
                if let Some(slot) = items.get_mut(p) {
                    *slot = v;
                }
            }
        }
        Ok(())
    }

    /// `del container[index]`.
    #[cfg_attr(target_os = "none", link_section = ".text.hot")]
    pub fn del_item(&mut self, container: Value, index: Value) -> PyResult<()> {
        if !self.is_plain(index) {
            return self.with_roots(&[container, index], |vm| vm.del_item_held(container, index));
        }
        self.del_item_held(container, index)
    }

    fn del_item_held(&mut self, container: Value, index: Value) -> PyResult<()> {
        match self.heap_obj(container) {
            Some(Obj::List(_)) => {
                if self.is_slice(index) {
                    let slice = self.slice_indices_of(index, container)?;
                    let remove: Vec<usize> = slice.positions().collect();
                    if let Obj::List(items) = self.heap.get_mut(container) {
                        remove_positions(items, remove);
                    }
                    return Ok(());
                }
                let i = self.index_value(index, "list")?;
                let len = self.current_len(container);
                let position = self.normalize_index(i, len, "list assignment")?;
                if let Obj::List(items) = self.heap.get_mut(container) {
                    items.remove(position);
                }
                Ok(())
            }
            Some(Obj::ByteArray(_)) => {
                if self.is_slice(index) {
                    let slice = self.slice_indices_of(index, container)?;
                    let remove: Vec<usize> = slice.positions().collect();
                    if let Obj::ByteArray(b) = self.heap.get_mut(container) {
                        remove_positions(b, remove);
                    }
                    return Ok(());
                }
                let i = self.index_value(index, "bytearray")?;
                let len = self.current_len(container);
                let position = self.normalize_index(i, len, "bytearray")?;
                if let Obj::ByteArray(b) = self.heap.get_mut(container) {
                    b.remove(position);
                }
                Ok(())
            }
            Some(Obj::Dict(_)) => {
                if self.dict_del_item(container, index)? {
                    Ok(())
                } else {
                    Err(self.key_error(index))
                }
            }
            Some(Obj::Instance(_)) => {
                if self
                    .call_special(container, q::__delitem__, &[index])?
                    .is_some()
                {
                    return Ok(());
                }
                let part = self.builtin_part(container);
                if part != container {
                    return self.del_item(part, index);
                }
                let name = self.type_name(container);
                Err(self.type_error(format!("'{name}' object does not support item deletion")))
            }
            _ => {
                let name = self.type_name(container);
                Err(self.type_error(format!("'{name}' object doesn't support item deletion")))
            }
        }
    }

    /// `list.append(v)`, checking the heap first.
    /// [`list_append`](Self::list_append) for callers holding no values but those on the VM
    /// stack, `list` and `v`: a list that must grow in a full heap collects the garbage first
    /// (see `reserve_collecting`). For `list.append` and the comprehensions' `LIST_APPEND`.
    pub fn list_append_collecting(&mut self, list: Value, v: Value) -> PyResult<()> {
        self.append_to_list(list, v, true)
    }

    /// Room for one more item in `list`: its capacity doubles when the heap has room for that,
    /// else grows by a quarter, so a list may come near the heap's size.
    fn grow_list_for_one(&mut self, list: Value, v: Value, collect: bool) -> PyResult<()> {
        let (length, capacity) = match self.heap_obj(list) {
            Some(Obj::List(items)) => (items.len(), items.capacity()),
            _ => return Ok(()),
        };
        if length < capacity {
            return Ok(());
        }
        let slot = core::mem::size_of::<Value>();
        let quarter = length / 4 + 1;
        let doubling = self.heap.reserve(capacity.max(4) * slot).is_ok();
        if !doubling {
            if collect {
                self.reserve_collecting(quarter * slot, &[list, v])?;
            } else {
                self.reserve(quarter * slot)?;
            }
        }
        // Fallible: a fragmented arena may lack the bigger block even under the budget.
        let grown = match self.heap.get_mut(list) {
            // Python lists double, as CPython's over-allocate: appends stay cheap.
            Obj::List(items) if doubling => {
                items.try_reserve(1).is_ok() || items.try_reserve_exact(quarter).is_ok()
            }
            Obj::List(items) => items.try_reserve_exact(quarter).is_ok(),
            _ => true,
        };
        if grown {
            Ok(())
        } else {
            Err(self.memory_error())
        }
    }

    pub fn list_append(&mut self, list: Value, v: Value) -> PyResult<()> {
        self.append_to_list(list, v, false)
    }

    #[cfg_attr(target_os = "none", link_section = ".text.hot")]
    fn append_to_list(&mut self, list: Value, v: Value, collect: bool) -> PyResult<()> {
        self.grow_list_for_one(list, v, collect)?;
        match self.heap.get_mut(list) {
            Obj::List(items) => {
                items.push(v);
                Ok(())
            }
            Obj::Instance(instance) => {
                let base = instance.base;
                self.append_to_list(base, v, collect)
            }
            _ => Err(self.type_error("expected a list")),
        }
    }

    /// `list.extend(iterable)`.
    pub fn list_extend(&mut self, list: Value, iterable: Value) -> PyResult<()> {
        let items = self.collect_iterable(iterable)?;
        self.list_extend_items(list, items)
    }

    /// `LIST_EXTEND` of a display or a call (`[*x]`, `(*x,)`, `f(a, *x)`): `list_extend`
    /// with CPython's message for what is not iterable.
    #[inline(never)]
    pub(crate) fn display_extend(&mut self, list: Value, iterable: Value) -> PyResult<()> {
        let items = self.collect_iterable_or(iterable, &|vm| {
            let type_name = vm.type_name(iterable);
            format!("Value after * must be an iterable, not {type_name}")
        })?;
        self.list_extend_items(list, items)
    }

    fn list_extend_items(&mut self, list: Value, items: Vec<Value>) -> PyResult<()> {
        self.reserve(items.len() * core::mem::size_of::<Value>())?;
        match self.heap.get_mut(list) {
            Obj::List(existing) => {
                existing.extend(items);
                Ok(())
            }
            Obj::Instance(instance) => {
                let base = instance.base;
                if let Obj::List(existing) = self.heap.get_mut(base) {
                    existing.extend(items);
                }
                Ok(())
            }
            _ => Err(self.type_error("expected a list")),
        }
    }
}

/// `+`, `*`, `%` and set operators on built-in containers and strings. Ok(None): not for
/// these operand types.
#[cfg_attr(target_os = "none", link_section = ".text.hot")]
pub fn sequence_binary(
    vm: &mut Vm,
    op: u8,
    a: Value,
    b: Value,
    inplace: bool,
) -> PyResult<Option<Value>> {
    if matches!(
        op,
        binary::AND | binary::OR | binary::SUBTRACT | binary::XOR
    ) {
        if let Some(result) = crate::obj::dict_methods::view_set_operator(vm, op, a, b)? {
            return Ok(Some(result));
        }
    }
    // str
    if vm.str_text(a).is_some() {
        match op {
            binary::ADD => {
                if vm.str_text(b).is_none() {
                    return Ok(None);
                }
                return vm.new_str_concat(a, b).map(Some);
            }
            binary::MULTIPLY => {
                let n = match vm.as_i64(b) {
                    Some(n) if !vm.is_float_like(b) => n,
                    _ => return non_int_count(vm, b),
                };
                return repeat_str(vm, a, n).map(Some);
            }
            binary::REMAINDER => return crate::obj::str::percent_format(vm, a, b).map(Some),
            _ => return Ok(None),
        }
    }
    if op == binary::MULTIPLY && vm.str_text(b).is_some() {
        if let Some(n) = vm.as_i64(a) {
            if !vm.is_float_like(a) {
                return repeat_str(vm, b, n).map(Some);
            }
        }
        // `[1] * 'a'`: the sequence on the left, the str is the count that is no int.
        let a_is_sequence = matches!(
            vm.heap_obj(a),
            Some(Obj::List(_) | Obj::Tuple(_) | Obj::Bytes(_) | Obj::ByteArray(_))
        );
        return non_int_count(vm, if a_is_sequence { b } else { a });
    }
    enum Shape {
        List,
        Tuple,
        Bytes(bool),
        Set(bool),
        Dict,
        None,
    }
    let shape = |vm: &Vm, v: Value| match vm.heap_obj(v) {
        Some(Obj::List(_)) => Shape::List,
        Some(Obj::Tuple(_)) => Shape::Tuple,
        Some(Obj::Bytes(_)) => Shape::Bytes(false),
        Some(Obj::ByteArray(_)) => Shape::Bytes(true),
        Some(Obj::Set(_)) => Shape::Set(false),
        Some(Obj::FrozenSet(_)) => Shape::Set(true),
        Some(Obj::Dict(_)) => Shape::Dict,
        _ => Shape::None,
    };
    match (shape(vm, a), op) {
        (Shape::List, binary::ADD) => {
            if inplace {
                if !matches!(shape(vm, b), Shape::None) {
                    vm.list_extend(a, b)?;
                    return Ok(Some(a));
                }
                // Any other iterable, its `__iter__` called once; not iterable: not for us.
                let items = match vm.get_iter(b) {
                    Ok(iterator) => vm.collect_iterator(iterator)?,
                    Err(e) if vm.isinstance(e, vm.types.type_error) => return Ok(None),
                    Err(e) => return Err(e),
                };
                vm.list_extend_items(a, items)?;
                return Ok(Some(a));
            }
            let (Some(Obj::List(x)), Some(Obj::List(y))) = (vm.heap_obj(a), vm.heap_obj(b)) else {
                return Ok(None);
            };
            // (Checked before the copy: a board's fragmented heap may lack the block.)
            vm.reserve((x.len() + y.len()) * core::mem::size_of::<Value>())?;
            let mut items = Vec::with_capacity(x.len() + y.len());
            items.extend_from_slice(x);
            items.extend_from_slice(y);
            vm.new_list(items).map(Some)
        }
        (Shape::Tuple, binary::ADD) => {
            let (Some(Obj::Tuple(x)), Some(Obj::Tuple(y))) = (vm.heap_obj(a), vm.heap_obj(b))
            else {
                return Ok(None);
            };
            vm.reserve((x.len() + y.len()) * core::mem::size_of::<Value>())?;
            let mut items = Vec::with_capacity(x.len() + y.len());
            items.extend_from_slice(x);
            items.extend_from_slice(y);
            vm.new_tuple(items).map(Some)
        }
        (Shape::List | Shape::Tuple, binary::MULTIPLY) => repeat(vm, a, b, inplace),
        (Shape::None, binary::MULTIPLY)
            if matches!(shape(vm, b), Shape::List | Shape::Tuple | Shape::Bytes(_)) =>
        {
            repeat(vm, b, a, false)
        }
        (Shape::Bytes(is_bytearray), binary::ADD) => {
            let byte_slice = crate::obj::bytes::byte_slice;
            let Some(y) = byte_slice(vm, b) else {
                if vm.is_user_object(b) {
                    return Ok(None);
                }
                let name = vm.type_name(b);
                return Err(vm.type_error(format!("can't concat {name} to {}", vm.type_name(a))));
            };
            let x = byte_slice(vm, a).unwrap_or_default();
            // (Checked before copying: a board's fragmented heap may lack the block.)
            vm.reserve(x.len() + y.len())?;
            if inplace && is_bytearray {
                // A copy of `b` first: it may be `a`, or a view of it.
                let y = y.to_vec();
                if let Obj::ByteArray(x) = vm.heap.get_mut(a) {
                    x.extend_from_slice(&y);
                }
                return Ok(Some(a));
            }
            let mut joined = Vec::with_capacity(x.len() + y.len());
            joined.extend_from_slice(x);
            joined.extend_from_slice(y);
            if is_bytearray {
                vm.alloc(Obj::ByteArray(joined)).map(Some)
            } else {
                vm.alloc(Obj::Bytes(joined.into_boxed_slice())).map(Some)
            }
        }
        (Shape::Bytes(_), binary::MULTIPLY) => repeat(vm, a, b, inplace),
        (Shape::Bytes(_), binary::REMAINDER) => {
            crate::obj::bytes::percent_format_bytes(vm, a, b).map(Some)
        }
        (Shape::Set(frozen), binary::OR | binary::AND | binary::SUBTRACT | binary::XOR) => {
            if !matches!(shape(vm, b), Shape::Set(_)) {
                return Ok(None);
            }
            crate::obj::set::set_operator(vm, op, a, b, inplace && !frozen).map(Some)
        }
        (Shape::Dict, binary::OR) => {
            // `d |= x` takes what `d.update(x)` takes (a mapping or pairs); `d | x` a dict.
            if inplace {
                vm.dict_update(a, b, false)?;
                return Ok(Some(a));
            }
            if !matches!(shape(vm, b), Shape::Dict) {
                return Ok(None);
            }
            let copy = crate::obj::dict_methods::copy_dict(vm, a)?;
            vm.push_root(copy);
            let result = vm.dict_update(copy, b, false);
            vm.pop_root();
            result?;
            Ok(Some(copy))
        }
        _ => Ok(None),
    }
}

/// `text * n` for the str `text` (n below 1: the empty string).
fn repeat_str(vm: &mut Vm, text: Value, n: i64) -> PyResult<Value> {
    let count = count_to_usize(n);
    let length = vm.str_text(text).map_or(0, str::len);
    if length
        .checked_mul(count)
        .is_none_or(|total| total > isize::MAX as usize)
    {
        return Err(vm.overflow_error("repeated string is too long"));
    }
    vm.reserve_collecting(length.saturating_mul(count), &[text])?;
    let repeated = vm.str_text(text).unwrap_or_default().repeat(count);
    vm.new_string(repeated)
}

fn repeat(vm: &mut Vm, seq: Value, count: Value, inplace: bool) -> PyResult<Option<Value>> {
    let n = match vm.as_i64(count) {
        Some(n) if !vm.is_float_like(count) => n,
        _ => return non_int_count(vm, count),
    };
    let n = count_to_usize(n);
    // The operands came off the VM stack: `seq` is kept through a collection by hand.
    let item_bytes = match vm.heap_obj(seq) {
        Some(Obj::List(items)) => items.len() * core::mem::size_of::<Value>(),
        Some(Obj::Tuple(items)) => items.len() * core::mem::size_of::<Value>(),
        Some(Obj::Bytes(b)) => b.len(),
        Some(Obj::ByteArray(b)) => b.len(),
        _ => return Ok(None),
    };
    if matches!(vm.heap_obj(seq), Some(Obj::Bytes(_)))
        && item_bytes
            .checked_mul(n)
            .is_none_or(|total| total > isize::MAX as usize)
    {
        return Err(vm.overflow_error("repeated bytes are too long"));
    }
    vm.reserve_collecting(item_bytes.saturating_mul(n), &[seq])?;
    match vm.heap_obj(seq) {
        Some(Obj::List(items)) => {
            let out = items.repeat(n);
            if inplace {
                if let Obj::List(existing) = vm.heap.get_mut(seq) {
                    *existing = out;
                }
                return Ok(Some(seq));
            }
            vm.new_list(out).map(Some)
        }
        Some(Obj::Tuple(items)) => {
            let out = items.repeat(n);
            vm.new_tuple(out).map(Some)
        }
        Some(Obj::Bytes(b)) => {
            let out = b.repeat(n).into_boxed_slice();
            vm.alloc(Obj::Bytes(out)).map(Some)
        }
        Some(Obj::ByteArray(b)) => {
            let out = b.repeat(n);
            if inplace {
                if let Obj::ByteArray(existing) = vm.heap.get_mut(seq) {
                    *existing = out;
                }
                return Ok(Some(seq));
            }
            vm.alloc(Obj::ByteArray(out)).map(Some)
        }
        _ => Ok(None),
    }
}

/// `seq * x` with a count that is no int: CPython's error (user objects may still reflect).
fn non_int_count(vm: &mut Vm, count: Value) -> PyResult<Option<Value>> {
    if vm.is_user_object(count) {
        return Ok(None);
    }
    if vm.is_int(count) {
        return Err(vm.overflow_error("cannot fit 'int' into an index-sized integer"));
    }
    let name = vm.type_name(count);
    Err(vm.type_error(format!(
        "can't multiply sequence by non-int of type '{name}'"
    )))
}

impl Vm {
    /// True for floats and complex numbers (which never act as counts or indexes).
    pub fn is_float_like(&self, v: Value) -> bool {
        matches!(
            self.as_number(v),
            Some(crate::vm::ops::Number::Float(_)) | Some(crate::vm::ops::Number::Complex(..))
        )
    }
}

/// A slice's bounds as given (`Vm::slice_bounds`).
#[derive(Clone, Copy)]
struct SliceBounds {
    start: Option<isize>,
    stop: Option<isize>,
    step: isize,
}

/// Clamps a slice's bounds to a sequence of `len` items (`slice.indices(len)`).
fn adjust_slice(bounds: SliceBounds, len: usize) -> SliceIndices {
    let step = bounds.step;
    let len_i = len as isize;
    let (lower, upper) = if step < 0 {
        (-1, len_i - 1)
    } else {
        (0, len_i)
    };
    let clamp = |v: isize| -> isize {
        if v < 0 {
            (v + len_i).max(lower)
        } else {
            v.min(upper)
        }
    };
    let start = match bounds.start {
        None if step < 0 => upper,
        None => lower,
        Some(start) => clamp(start),
    };
    let stop = match bounds.stop {
        None if step < 0 => lower,
        None => upper,
        Some(stop) => clamp(stop),
    };
    let count = if step > 0 {
        if stop > start {
            (stop - start + step - 1) / step
        } else {
            0
        }
    } else if start > stop {
        (start - stop - step - 1) / (-step)
    } else {
        0
    };
    SliceIndices {
        start,
        stop,
        step,
        len: count as usize,
    }
}

/// Removes the items at `positions` (a slice's: distinct, in any order) in one pass over
/// `items`, not one shift of the tail per item (`del l[:1000]` of a long list).
fn remove_positions<T>(items: &mut Vec<T>, mut positions: Vec<usize>) {
    crate::sort::sort_unstable(&mut positions);
    let mut doomed = positions.into_iter().peekable();
    let mut index = 0;
    items.retain(|_| {
        let remove = doomed.next_if_eq(&index).is_some();
        index += 1;
        !remove
    });
}
