//! Iteration: `iter()`, `next()`, unpacking, and the lazy built-in iterators.

use alloc::boxed::Box;
use alloc::format;
use alloc::vec::Vec;

use super::{PyResult, Vm};
use crate::obj::{Iter, Obj};
use crate::qstr::q;
use crate::value::Value;

impl Vm {
    pub fn new_iterator(&mut self, iter: Iter) -> PyResult<Value> {
        self.alloc(Obj::Iterator(Box::new(iter)))
    }

    /// An iterator over `set`'s items in the order CPython would give them.
    #[inline(never)]
    fn set_iter_in_order(&mut self, set: Value) -> PyResult<Value> {
        let keys: Vec<Value> = match self.dict_storage(set) {
            Some(d) => d.iter().map(|e| e.key).collect(),
            None => Vec::new(),
        };
        let len_at_start = keys.len();
        let keys = crate::obj::set::cpython_order(self, &keys)?;
        let keys = self.new_tuple(keys)?;
        self.push_root(keys);
        let iter = self.new_iterator(Iter::SetInOrder {
            set,
            keys,
            index: 0,
            len_at_start,
        });
        self.pop_root();
        iter
    }

    /// `iter(v)`.
    #[cfg_attr(target_os = "none", link_section = ".text.hot")]
    pub fn get_iter(&mut self, v: Value) -> PyResult<Value> {
        if let Some(q) = v.as_qstr() {
            if !self.qstrs.text(q).is_ascii() {
                return self.new_iterator(Iter::StrChars { text: v, offset: 0 });
            }
            return self.new_iterator(Iter::Sequence { seq: v, index: 0 });
        }
        if !v.is_heap() {
            return Err(self.not_iterable(v));
        }
        let iter = match self.heap.get(v) {
            Obj::List(_) | Obj::Tuple(_) | Obj::Bytes(_) | Obj::ByteArray(_) => {
                Iter::Sequence { seq: v, index: 0 }
            }
            Obj::Str(s) => {
                if s.is_ascii() {
                    Iter::Sequence { seq: v, index: 0 }
                } else {
                    Iter::StrChars { text: v, offset: 0 }
                }
            }
            Obj::Range(r) => r.iter(),
            Obj::BigRange(r) => Iter::BigRange(r.clone()),
            Obj::Set(d) | Obj::FrozenSet(d) if d.len() >= 2 => return self.set_iter_in_order(v),
            Obj::Dict(d) | Obj::Set(d) | Obj::FrozenSet(d) => Iter::Dict {
                dict: v,
                slot: 0,
                kind: 0,
                len_at_start: d.len(),
                yielded: 0,
            },
            Obj::Iterator(iter) => match &**iter {
                Iter::DictView { dict, kind } => {
                    let (dict, kind) = (*dict, *kind);
                    let len = self.len_of(dict)?;
                    Iter::Dict {
                        dict,
                        slot: 0,
                        kind,
                        len_at_start: len,
                        yielded: 0,
                    }
                }
                _ => return Ok(v),
            },
            Obj::Generator(g) if g.is_coroutine() => return Err(self.not_iterable(v)),
            Obj::Generator(_) => return Ok(v),
            Obj::MemoryView(_) => {
                // Over a snapshot of the items (a tuple), as a view's items are unpacked.
                let view = crate::obj::memoryview::view_of(self, v)?;
                let items = crate::obj::memoryview::items(self, &view)?;
                let items = self.new_tuple(items)?;
                Iter::Sequence {
                    seq: items,
                    index: 0,
                }
            }
            Obj::Instance(_) | Obj::Class(_) => {
                let base = self.builtin_part(v);
                // `__iter__ = None`: not iterable (no fallback to `__getitem__`).
                let class = self.type_of(v);
                if self.class_lookup(class, q::__iter__) == Some(Value::NONE) {
                    return Err(self.not_iterable(v));
                }
                if let Some(result) = self.call_special(v, q::__iter__, &[])? {
                    if !self.is_iterator(result) {
                        let name = self.type_name(result);
                        return Err(self
                            .type_error(format!("iter() returned non-iterator of type '{name}'")));
                    }
                    return Ok(result);
                }
                // A subclass of a built-in iterates as its built-in part (dict keys, not
                // `__getitem__(0)`, for a dict subclass).
                if base != v {
                    return self.get_iter(base);
                } else if self.class_lookup(self.type_of(v), q::__getitem__).is_some() {
                    Iter::GetItem { obj: v, index: 0 }
                } else {
                    return Err(self.not_iterable(v));
                }
            }
            _ => return Err(self.not_iterable(v)),
        };
        self.new_iterator(iter)
    }

    pub(crate) fn is_iterator(&self, v: Value) -> bool {
        match self.heap_obj(v) {
            // A coroutine is a generator underneath, but not an iterator.
            Some(Obj::Generator(g)) => !g.is_coroutine(),
            Some(Obj::Iterator(_)) => true,
            Some(Obj::Instance(_)) => self.class_lookup(self.type_of(v), q::__next__).is_some(),
            _ => false,
        }
    }

    fn not_iterable(&mut self, v: Value) -> Value {
        let name = self.type_name(v);
        self.type_error(format!("'{name}' object is not iterable"))
    }

    /// `next(it)`: Some(value), or None when exhausted.
    #[cfg_attr(target_os = "none", link_section = ".text.hot")]
    pub fn iter_next(&mut self, it: Value) -> PyResult<Option<Value>> {
        if !it.is_heap() {
            let name = self.type_name(it);
            return Err(self.type_error(format!("'{name}' object is not an iterator")));
        }
        let step = match self.heap.get_mut(it) {
            Obj::Iterator(iter) => match &mut **iter {
                Iter::Range {
                    next,
                    remaining,
                    step,
                } => {
                    if *remaining == 0 {
                        return Ok(None);
                    }
                    let current = *next;
                    *remaining -= 1;
                    // Past the last item this may wrap; it is never read then.
                    *next = current.wrapping_add(*step);
                    return Ok(Some(match Value::try_small_int(current) {
                        Some(v) => v,
                        None => self.new_int(current as i64)?,
                    }));
                }
                Iter::WideRange(range) => {
                    if range.remaining == 0 {
                        return Ok(None);
                    }
                    let current = range.next;
                    range.remaining -= 1;
                    range.next = current.wrapping_add(range.step);
                    return Ok(Some(self.new_int(current)?));
                }
                Iter::Sequence { seq, index } => {
                    let (seq, i) = (*seq, *index);
                    *index += 1;
                    Step::Sequence(seq, i)
                }
                Iter::Exhausted(_) => return Ok(None),
                _ => Step::Complex,
            },
            Obj::Generator(_) => Step::Generator,
            Obj::Instance(_) => Step::User,
            _ => Step::NotIterator,
        };
        match step {
            Step::Sequence(seq, i) => {
                let item = match self.heap_obj(seq) {
                    Some(Obj::List(items)) => items.get(i).copied(),
                    Some(Obj::Tuple(items)) => items.get(i).copied(),
                    Some(Obj::Bytes(b)) => b.get(i).map(|&b| Value::small_int(b as isize)),
                    Some(Obj::ByteArray(b)) => b.get(i).map(|&b| Value::small_int(b as isize)),
                    _ => {
                        let text = self.str_text(seq).unwrap_or("");
                        match text.as_bytes().get(i) {
                            Some(&byte) => {
                                let ch = [byte];
                                let s = core::str::from_utf8(&ch).unwrap_or("?");
                                Some(self.intern(s))
                            }
                            None => None,
                        }
                    }
                };
                if item.is_none() {
                    let kind = self.iterator_kind_of(it);
                    *self.heap.get_mut(it) = Obj::Iterator(Box::new(Iter::Exhausted(kind)));
                }
                Ok(item)
            }
            Step::Generator => self.generator_next(it),
            Step::User => {
                let class = self.type_of(it);
                let Some(next) = self.class_lookup(class, q::__next__) else {
                    let name = self.type_name(it);
                    return Err(self.type_error(format!("'{name}' object is not an iterator")));
                };
                match self.call(next, &[it], &[]) {
                    Ok(v) => Ok(Some(v)),
                    Err(e) if self.isinstance(e, self.types.stop_iteration) => Ok(None),
                    Err(e) => Err(e),
                }
            }
            Step::NotIterator => {
                let name = self.type_name(it);
                Err(self.type_error(format!("'{name}' object is not an iterator")))
            }
            Step::Complex => crate::obj::iter::next_complex(self, it),
        }
    }

    /// All items of an iterable, in order.
    pub fn collect_iterable(&mut self, v: Value) -> PyResult<Vec<Value>> {
        if let Some(items) = self.copy_of_items(v) {
            return items;
        }
        let it = self.get_iter(v)?;
        self.collect_iterator(it)
    }

    /// A copy of a list's or tuple's items (None for anything else), or `MemoryError`: the
    /// copy is allocated fallibly (a board's heap may hold the budget but not the block).
    fn copy_of_items(&self, v: Value) -> Option<PyResult<Vec<Value>>> {
        let items: &[Value] = match self.heap_obj(v)? {
            Obj::List(items) => items,
            Obj::Tuple(items) => items,
            _ => return None,
        };
        let mut copy = Vec::new();
        if copy.try_reserve_exact(items.len()).is_err() {
            return Some(Err(self.memory_error()));
        }
        copy.extend_from_slice(items);
        Some(Ok(copy))
    }

    /// [`Vm::collect_iterable`], the TypeError of an object that is not iterable worded by
    /// `message` (CPython's `PySequence_Fast`: `",".join(5)` says "can only join an
    /// iterable"). `__iter__` is called once, as there.
    pub fn collect_iterable_or(
        &mut self,
        v: Value,
        message: &dyn Fn(&mut Vm) -> alloc::string::String,
    ) -> PyResult<Vec<Value>> {
        if let Some(items) = self.copy_of_items(v) {
            return items;
        }
        match self.get_iter(v) {
            Ok(it) => self.collect_iterator(it),
            Err(e) if self.isinstance(e, self.types.type_error) => {
                let text = message(self);
                Err(self.type_error(text))
            }
            Err(e) => Err(e),
        }
    }

    /// The items of an iterable for a new list or tuple: CPython sizes those by the object's
    /// `__len__` once it has its iterator, so an exception `__len__` raises (but TypeError)
    /// comes after `__iter__` and before any item.
    pub fn collect_sized(&mut self, v: Value) -> PyResult<Vec<Value>> {
        if !self.is_user_object(v) {
            return self.collect_iterable(v);
        }
        let it = self.get_iter(v)?;
        self.push_root(it);
        let sized = self.call_special(v, crate::qstr::q::__len__, &[]);
        self.pop_root();
        if let Err(e) = sized {
            if !self.isinstance(e, self.types.type_error) {
                return Err(e);
            }
        }
        self.collect_iterator(it)
    }

    /// The items an iterator has left, in order.
    pub fn collect_iterator(&mut self, it: Value) -> PyResult<Vec<Value>> {
        self.push_root(it);
        // Collected items are kept in a list on the heap so the collector sees them.
        let list = match self.new_list(Vec::new()) {
            Ok(l) => l,
            Err(e) => {
                self.pop_root();
                return Err(e);
            }
        };
        self.push_root(list);
        let result = loop {
            if let Err(e) = self.check_interrupt() {
                break Err(e);
            }
            match self.iter_next(it) {
                Ok(Some(item)) => {
                    if let Err(e) = self.list_append(list, item) {
                        break Err(e);
                    }
                }
                Ok(None) => break Ok(()),
                Err(e) => break Err(e),
            }
        };
        self.pop_root();
        self.pop_root();
        result?;
        match self.heap.get_mut(list) {
            Obj::List(items) => Ok(core::mem::take(items)),
            _ => Ok(Vec::new()),
        }
    }

    /// `UNPACK_SEQUENCE` / `UNPACK_EX`: pushes the items, first on top.
    #[cfg_attr(target_os = "none", link_section = ".text.hot")]
    pub fn unpack_sequence(
        &mut self,
        seq: Value,
        before: usize,
        after: Option<usize>,
    ) -> PyResult<()> {
        // `a, b = b, a` and `for k, v in pairs`: a tuple or list of the right length is pushed
        // as it is, with no vector in between.
        if after.is_none() && seq.is_heap() {
            let items: &[Value] = match self.heap.get(seq) {
                Obj::Tuple(items) => items,
                Obj::List(items) => items,
                _ => &[],
            };
            if items.len() == before && before > 0 {
                self.stack.extend(items.iter().rev());
                return Ok(());
            }
        }
        let items = match self.collect_iterable(seq) {
            Ok(items) => items,
            Err(e) if self.isinstance(e, self.types.type_error) && !self.is_iterable_type(seq) => {
                let name = self.type_name(seq);
                return Err(self.type_error(format!("cannot unpack non-iterable {name} object")));
            }
            Err(e) => return Err(e),
        };
        match after {
            None => {
                if items.len() != before {
                    return Err(if items.len() > before {
                        self.value_error(format!("too many values to unpack (expected {before})"))
                    } else {
                        self.value_error(format!(
                            "not enough values to unpack (expected {before}, got {})",
                            items.len()
                        ))
                    });
                }
                for &item in items.iter().rev() {
                    self.stack.push(item);
                }
            }
            Some(after) => {
                if items.len() < before + after {
                    return Err(self.value_error(format!(
                        "not enough values to unpack (expected at least {}, got {})",
                        before + after,
                        items.len()
                    )));
                }
                let middle_end = items.len() - after;
                for &item in items[middle_end..].iter().rev() {
                    self.stack.push(item);
                }
                let middle = self.new_list(items[before..middle_end].to_vec())?;
                self.stack.push(middle);
                for &item in items[..before].iter().rev() {
                    self.stack.push(item);
                }
            }
        }
        Ok(())
    }

    fn is_iterable_type(&self, v: Value) -> bool {
        match self.heap_obj(v) {
            Some(Obj::Instance(_)) => {
                let class = self.type_of(v);
                self.class_lookup(class, q::__iter__).is_some()
                    || self.class_lookup(class, q::__getitem__).is_some()
            }
            Some(
                Obj::List(_)
                | Obj::Tuple(_)
                | Obj::Dict(_)
                | Obj::Set(_)
                | Obj::FrozenSet(_)
                | Obj::Str(_)
                | Obj::Bytes(_)
                | Obj::ByteArray(_)
                | Obj::Range(_)
                | Obj::BigRange(_)
                | Obj::Iterator(_)
                | Obj::Generator(_),
            ) => true,
            _ => v.is_qstr(),
        }
    }

    /// `len(v)`.
    /// What a `__len__` returned, as a length: CPython's errors for anything but an int
    /// in `0..=isize::MAX`.
    #[cold]
    #[inline(never)]
    pub(crate) fn length_result(&mut self, result: Value) -> PyResult<usize> {
        if !self.is_int(result) {
            let name = self.type_name(result);
            return Err(self.type_error(format!(
                "'{name}' object cannot be interpreted as an integer"
            )));
        }
        match self.as_i64(result) {
            Some(n) if n < 0 => Err(self.value_error("__len__() should return >= 0")),
            Some(n) if n <= isize::MAX as i64 => Ok(n as usize),
            _ if self.as_bigint(result).is_some_and(|n| n.is_negative()) => {
                Err(self.value_error("__len__() should return >= 0"))
            }
            _ => Err(self.overflow_error("cannot fit 'int' into an index-sized integer")),
        }
    }

    pub fn len_of(&mut self, v: Value) -> PyResult<usize> {
        if let Some(q) = v.as_qstr() {
            let text = self.qstrs.text(q);
            return Ok(if text.is_ascii() {
                text.len()
            } else {
                text.chars().count()
            });
        }
        if v.is_heap() {
            let n = match self.heap.get(v) {
                Obj::Str(s) => Some(s.chars()),
                Obj::Bytes(b) => Some(b.len()),
                Obj::ByteArray(b) => Some(b.len()),
                Obj::Tuple(items) => Some(items.len()),
                Obj::List(items) => Some(items.len()),
                Obj::Dict(d) | Obj::Set(d) | Obj::FrozenSet(d) => Some(d.len()),
                Obj::BigRange(r) => {
                    let r = r.clone();
                    Some(self.big_range_len(&r)?)
                }
                Obj::Range(r) => {
                    let len = r.len();
                    if len > isize::MAX as u64 {
                        return Err(
                            self.overflow_error("Python int too large to convert to C ssize_t")
                        );
                    }
                    Some(len as usize)
                }
                Obj::MemoryView(_) => {
                    let view = crate::obj::memoryview::view_of(self, v)?;
                    Some(view.count())
                }
                Obj::Iterator(iter) => match &**iter {
                    Iter::DictView { dict, .. } => {
                        let dict = *dict;
                        return self.len_of(dict);
                    }
                    _ => None,
                },
                Obj::Instance(_) | Obj::Class(_) => {
                    let base = self.builtin_part(v);
                    if let Some(result) = self.call_special(v, q::__len__, &[])? {
                        return self.length_result(result);
                    }
                    if base != v {
                        return self.len_of(base);
                    }
                    None
                }
                _ => None,
            };
            if let Some(n) = n {
                return Ok(n);
            }
        }
        let name = self.type_name(v);
        Err(self.type_error(format!("object of type '{name}' has no len()")))
    }
}

enum Step {
    Sequence(Value, usize),
    Generator,
    User,
    NotIterator,
    Complex,
}
