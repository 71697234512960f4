//! Built-in iterators: `map`, `zip`, `filter`, `enumerate`, `reversed`, `iter(f, sentinel)`,
//! dict views and sequence iterators.

use alloc::boxed::Box;
use alloc::vec::Vec;

use crate::modules::builtins::{check_args, kwarg};
use crate::obj::{Builtin, Iter, IteratorKind, Obj};
use crate::qstr::q;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

fn iterators(vm: &mut Vm, sources: &[Value]) -> PyResult<Box<[Value]>> {
    let holder = vm.new_list(Vec::new())?;
    vm.push_root(holder);
    let mut result = Ok(());
    for &source in sources {
        match vm.get_iter(source) {
            Ok(it) => {
                if let Obj::List(items) = vm.heap.get_mut(holder) {
                    items.push(it);
                }
            }
            Err(e) => {
                result = Err(e);
                break;
            }
        }
    }
    vm.pop_root();
    result?;
    let items = match vm.heap.get_mut(holder) {
        Obj::List(items) => core::mem::take(items),
        _ => Vec::new(),
    };
    Ok(items.into_boxed_slice())
}

pub fn construct_map(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    if args.len() < 3 {
        return Err(vm.type_error("map() must have at least two arguments."));
    }
    let iters = iterators(vm, &args[2..])?;
    vm.new_iterator(Iter::Map {
        func: args[1],
        iters,
    })
}

pub fn construct_zip(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    crate::modules::builtins::check_kwargs(vm, "zip", kwargs, &["strict"])?;
    let strict = match kwarg(vm, kwargs, "strict") {
        Some(v) => vm.is_true(v)?,
        None => false,
    };
    let iters = iterators(vm, &args[1..])?;
    vm.new_iterator(Iter::Zip { iters, strict })
}

pub fn construct_filter(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "filter", &args[1..], 2, 2)?;
    let iter = vm.get_iter(args[2])?;
    vm.new_iterator(Iter::Filter {
        func: args[1],
        iter,
    })
}

pub fn construct_enumerate(
    vm: &mut Vm,
    args: &[Value],
    kwargs: &[(Value, Value)],
) -> PyResult<Value> {
    let mut rest: Vec<Value> = args[1..].to_vec();
    if !kwargs.is_empty() {
        let names = ["iterable", "start"];
        let bound =
            crate::modules::builtins::bind_c_args(vm, "enumerate", &rest, kwargs, names, 1)?;
        rest = bound.into_iter().flatten().collect();
    }
    check_args(vm, "enumerate", &rest, 1, 2)?;
    let count = match rest.get(1) {
        Some(&v) => {
            if !vm.is_int(v) {
                let name = vm.type_name(v);
                return Err(vm.type_error(alloc::format!(
                    "'{name}' object cannot be interpreted as an integer"
                )));
            }
            // `start=True` counts from 1, not True.
            match vm.as_i64(v) {
                Some(n) if v == Value::TRUE || v == Value::FALSE => Value::small_int(n as isize),
                _ => v,
            }
        }
        None => Value::small_int(0),
    };
    let iter = vm.get_iter(rest[0])?;
    vm.new_iterator(Iter::Enumerate { iter, count })
}

pub fn construct_reversed(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "reversed", &args[1..], 1, 1)?;
    let seq = args[1];
    let has_metaclass = matches!(vm.heap_obj(seq), Some(Obj::Class(c)) if !c.metaclass.is_null());
    if vm.is_user_object(seq) || has_metaclass {
        // `__reversed__ = None` (as collections.abc.Mapping sets it): not reversible.
        let class = vm.type_of(seq);
        if vm.class_lookup(class, q::__reversed__) == Some(Value::NONE) {
            let name = vm.type_name(seq);
            return Err(vm.type_error(alloc::format!("'{name}' object is not reversible")));
        }
        if let Some(result) = vm.call_special(seq, q::__reversed__, &[])? {
            return Ok(result);
        }
    }
    // list's and dict's own `__reversed__` walk their items, whatever a subclass's
    // `__getitem__`/`__len__` say (tuple and str have none: the sequence protocol applies).
    let part = vm.builtin_part(seq);
    let seq = match vm.heap_obj(part) {
        Some(Obj::List(_) | Obj::Dict(_)) => part,
        _ => seq,
    };
    let mut kind = None;
    let seq = match vm.heap_obj(seq) {
        Some(Obj::BigRange(r)) => {
            let reversed = r.reversed();
            return vm.big_range_iter(reversed);
        }
        Some(Obj::Range(r)) => {
            let r = **r;
            let len = r.len();
            // From the last item backwards; `wrapping_neg` only matters for a step of
            // i64::MIN, whose range has at most two items.
            let last = if len == 0 { r.start } else { r.item(len - 1) };
            return vm.new_iterator(crate::obj::RangeObj::iter_from(
                last,
                len,
                r.step.wrapping_neg(),
            ));
        }
        Some(Obj::Dict(_)) => {
            kind = Some(IteratorKind::DictReverseKeys);
            let keys: Vec<Value> = vm
                .dict_storage(seq)
                .map(|d| d.iter().map(|e| e.key).collect())
                .unwrap_or_default();
            vm.new_list(keys)?
        }
        Some(Obj::Iterator(iter)) if matches!(**iter, Iter::DictView { .. }) => {
            kind = Some(match **iter {
                Iter::DictView { kind: 0, .. } => IteratorKind::DictReverseKeys,
                Iter::DictView { kind: 1, .. } => IteratorKind::DictReverseValues,
                _ => IteratorKind::DictReverseItems,
            });
            let items = vm.collect_iterable(seq)?;
            vm.new_list(items)?
        }
        _ => seq,
    };
    // Sequences only: built-in ones, or objects with both __len__ and __getitem__.
    let sequence = match vm.heap_obj(seq) {
        Some(
            Obj::List(_)
            | Obj::Tuple(_)
            | Obj::Str(_)
            | Obj::Bytes(_)
            | Obj::ByteArray(_)
            | Obj::MemoryView(_),
        ) => true,
        Some(Obj::Instance(_)) => {
            let class = vm.type_of(seq);
            vm.class_lookup(class, q::__getitem__).is_some()
                && vm.class_lookup(class, q::__len__).is_some()
        }
        _ => seq.is_qstr(),
    };
    let len = match sequence {
        true => vm.len_of(seq)?,
        false => {
            let name = vm.type_name(seq);
            return Err(vm.type_error(alloc::format!("'{name}' object is not reversible")));
        }
    };
    if kind.is_none() && matches!(vm.heap_obj(seq), Some(Obj::List(_))) {
        kind = Some(IteratorKind::ListReverse);
    }
    vm.new_iterator(Iter::Reversed {
        seq,
        index: len,
        kind,
    })
}

/// `next()` of an iterator that zip, map, filter or enumerate wraps. They nest: a chain
/// thousands deep (`zip(zip(…))`) would overrun the machine stack.
#[inline(never)]
fn wrapped_next(vm: &mut Vm, iter: Value) -> PyResult<Option<Value>> {
    vm.check_native_nesting()?;
    vm.iter_next(iter)
}

/// The call of `iter(callable, sentinel)`'s callable, which may be such an iterator's.
#[inline(never)]
fn wrapped_call(vm: &mut Vm, func: Value) -> PyResult<Value> {
    vm.check_native_nesting()?;
    vm.call(func, &[], &[])
}

/// `next()` for the iterators that need the VM (everything but sequences and ranges).
#[cfg_attr(target_os = "none", link_section = ".text.hot")]
pub fn next_complex(vm: &mut Vm, it: Value) -> PyResult<Option<Value>> {
    enum Step {
        StrChar(Value, usize),
        Dict(Value, usize, u8, usize, usize),
        Enumerate(Value, Value),
        SetInOrder(Value, Value, usize, usize),
        Deque(Value, usize, usize, bool),
        Zip(Box<[Value]>, bool),
        Map(Value, Box<[Value]>),
        Filter(Value, Value),
        Reversed(Value, usize, Option<IteratorKind>),
        Callable(Value, Value),
        GetItem(Value, usize),
        BigRange,
        Done,
    }
    let step = match vm.heap.get(it) {
        Obj::Iterator(iter) => match &**iter {
            Iter::StrChars { text, offset } => Step::StrChar(*text, *offset),
            Iter::Dict {
                dict,
                slot,
                kind,
                len_at_start,
                yielded,
            } => Step::Dict(*dict, *slot, *kind, *len_at_start, *yielded),
            Iter::SetInOrder {
                set,
                keys,
                index,
                len_at_start,
            } => Step::SetInOrder(*set, *keys, *index, *len_at_start),
            Iter::Deque {
                items,
                index,
                len_at_start,
                reverse,
            } => Step::Deque(*items, *index, *len_at_start, *reverse),
            Iter::Enumerate { iter, count } => Step::Enumerate(*iter, *count),
            Iter::Zip { iters, strict } => Step::Zip(iters.clone(), *strict),
            Iter::Map { func, iters } => Step::Map(*func, iters.clone()),
            Iter::Filter { func, iter } => Step::Filter(*func, *iter),
            Iter::Reversed { seq, index, kind } => Step::Reversed(*seq, *index, *kind),
            Iter::Callable { func, sentinel } => Step::Callable(*func, *sentinel),
            Iter::GetItem { obj, index } => Step::GetItem(*obj, *index),
            Iter::BigRange(_) => Step::BigRange,
            Iter::DictView { .. } => {
                let name = vm.type_name(it);
                return Err(vm.type_error(alloc::format!("'{name}' object is not an iterator")));
            }
            _ => Step::Done,
        },
        _ => Step::Done,
    };
    let set_state = |vm: &mut Vm, state: Iter| {
        if let Obj::Iterator(iter) = vm.heap.get_mut(it) {
            **iter = state;
        }
    };
    match step {
        Step::Done => Ok(None),
        Step::BigRange => vm.big_range_next(it),
        Step::StrChar(text, offset) => {
            let rest = vm.str_text(text).unwrap_or("").get(offset..).unwrap_or("");
            match rest.chars().next() {
                Some(c) => {
                    let mut buffer = [0u8; 4];
                    let s = c.encode_utf8(&mut buffer);
                    let value = vm.new_str(s)?;
                    set_state(
                        vm,
                        Iter::StrChars {
                            text,
                            offset: offset + c.len_utf8(),
                        },
                    );
                    Ok(Some(value))
                }
                None => Ok(None),
            }
        }
        Step::Dict(dict, slot, kind, len_at_start, yielded) => {
            let (len, next) = match vm.dict_storage(dict) {
                Some(d) => (d.len(), d.next_live(slot).map(|(s, e)| (s, e.key, e.value))),
                None => (0, None),
            };
            if len != len_at_start {
                let kind = vm.iterator_kind_of(it);
                set_state(vm, Iter::Exhausted(kind));
                let what = what_changed(vm, dict);
                return Err(
                    vm.runtime_error(alloc::format!("{what} changed size during iteration"))
                );
            }
            match next {
                Some(_) if yielded >= len_at_start && what_changed(vm, dict) == "dictionary" => {
                    let kind = vm.iterator_kind_of(it);
                    set_state(vm, Iter::Exhausted(kind));
                    Err(vm.runtime_error("dictionary keys changed during iteration"))
                }
                Some((found, key, value)) => {
                    set_state(
                        vm,
                        Iter::Dict {
                            dict,
                            slot: found + 1,
                            kind,
                            len_at_start,
                            yielded: yielded + 1,
                        },
                    );
                    Ok(Some(match kind {
                        0 => key,
                        1 => value,
                        _ => vm.new_tuple(alloc::vec![key, value])?,
                    }))
                }
                None => Ok(None),
            }
        }
        Step::SetInOrder(set, keys, index, len_at_start) => {
            if vm.dict_storage(set).map_or(0, |d| d.len()) != len_at_start {
                let kind = vm.iterator_kind_of(it);
                set_state(vm, Iter::Exhausted(kind));
                return Err(vm.runtime_error("Set changed size during iteration"));
            }
            let Some(Obj::Tuple(items)) = vm.heap_obj(keys) else {
                return Ok(None);
            };
            let Some(&key) = items.get(index) else {
                return Ok(None);
            };
            set_state(
                vm,
                Iter::SetInOrder {
                    set,
                    keys,
                    index: index + 1,
                    len_at_start,
                },
            );
            Ok(Some(key))
        }
        Step::Deque(items, index, len_at_start, reverse) => {
            let Some(Obj::List(list)) = vm.heap_obj(items) else {
                return Ok(None);
            };
            let len = list.len();
            if len != len_at_start {
                let kind = vm.iterator_kind_of(it);
                set_state(vm, Iter::Exhausted(kind));
                return Err(vm.runtime_error("deque mutated during iteration"));
            }
            if index >= len {
                return Ok(None);
            }
            let item = list[if reverse { len - 1 - index } else { index }];
            set_state(
                vm,
                Iter::Deque {
                    items,
                    index: index + 1,
                    len_at_start,
                    reverse,
                },
            );
            Ok(Some(item))
        }
        Step::Enumerate(iter, count) => match wrapped_next(vm, iter)? {
            Some(item) => {
                vm.push_root(item);
                let next_count = vm.binary_op(
                    crate::compile::opcode::binary::ADD,
                    count,
                    Value::small_int(1),
                );
                vm.pop_root();
                set_state(
                    vm,
                    Iter::Enumerate {
                        iter,
                        count: next_count?,
                    },
                );
                vm.new_tuple(alloc::vec![count, item]).map(Some)
            }
            None => Ok(None),
        },
        Step::Zip(iters, strict) => {
            if iters.is_empty() {
                return Ok(None);
            }
            let holder = vm.new_list(Vec::new())?;
            vm.push_root(holder);
            let result = (|| {
                for (i, &iter) in iters.iter().enumerate() {
                    match wrapped_next(vm, iter)? {
                        Some(item) => vm.list_append(holder, item)?,
                        None => {
                            if strict {
                                if i > 0 {
                                    return Err(vm.value_error(alloc::format!(
                                        "zip() argument {} is shorter than argument{} 1{}",
                                        i + 1,
                                        if i > 1 { "s" } else { "" },
                                        if i > 1 {
                                            alloc::format!("-{i}")
                                        } else {
                                            alloc::string::String::new()
                                        }
                                    )));
                                }
                                for (j, &other) in iters.iter().enumerate().skip(1) {
                                    if wrapped_next(vm, other)?.is_some() {
                                        return Err(vm.value_error(alloc::format!(
                                            "zip() argument {} is longer than argument{} 1{}",
                                            j + 1,
                                            if j > 1 { "s" } else { "" },
                                            if j > 1 {
                                                alloc::format!("-{j}")
                                            } else {
                                                alloc::string::String::new()
                                            }
                                        )));
                                    }
                                }
                            }
                            return Ok(None);
                        }
                    }
                }
                let items = match vm.heap.get_mut(holder) {
                    Obj::List(items) => core::mem::take(items),
                    _ => Vec::new(),
                };
                vm.new_tuple(items).map(Some)
            })();
            vm.pop_root();
            result
        }
        Step::Map(func, iters) => {
            let mut args = Vec::with_capacity(iters.len());
            let holder = vm.new_list(Vec::new())?;
            vm.push_root(holder);
            let result = (|| {
                for &iter in iters.iter() {
                    match wrapped_next(vm, iter)? {
                        Some(item) => {
                            args.push(item);
                            vm.list_append(holder, item)?;
                        }
                        None => return Ok(None),
                    }
                }
                vm.call(func, &args, &[]).map(Some)
            })();
            vm.pop_root();
            result
        }
        Step::Filter(func, iter) => loop {
            let Some(item) = wrapped_next(vm, iter)? else {
                return Ok(None);
            };
            let keep = if func.is_none() {
                vm.is_true(item)?
            } else {
                vm.push_root(item);
                let result = vm.call(func, &[item], &[]);
                vm.pop_root();
                let result = result?;
                vm.is_true(result)?
            };
            if keep {
                return Ok(Some(item));
            }
        },
        Step::Reversed(seq, index, kind) => {
            if index == 0 {
                return Ok(None);
            }
            let position = Value::small_int(index as isize - 1);
            set_state(
                vm,
                Iter::Reversed {
                    seq,
                    index: index - 1,
                    kind,
                },
            );
            match vm.get_item(seq, position) {
                Ok(item) => Ok(Some(item)),
                // The sequence shrank under the iterator: it ends, as CPython's does.
                Err(e)
                    if vm.isinstance(e, vm.types.index_error)
                        || vm.isinstance(e, vm.types.stop_iteration) =>
                {
                    set_state(vm, Iter::Exhausted(kind));
                    Ok(None)
                }
                Err(e) => Err(e),
            }
        }
        Step::Callable(func, sentinel) => {
            let v = match wrapped_call(vm, func) {
                Ok(v) => v,
                // The callable's StopIteration ends the iteration too, as in CPython.
                Err(e) if vm.isinstance(e, vm.types.stop_iteration) => {
                    set_state(vm, Iter::Exhausted(Some(IteratorKind::Callable)));
                    return Ok(None);
                }
                Err(e) => return Err(e),
            };
            if vm.eq(v, sentinel)? {
                set_state(vm, Iter::Exhausted(Some(IteratorKind::Callable)));
                Ok(None)
            } else {
                Ok(Some(v))
            }
        }
        Step::GetItem(obj, index) => match vm.get_item(obj, Value::small_int(index as isize)) {
            Ok(v) => {
                set_state(
                    vm,
                    Iter::GetItem {
                        obj,
                        index: index + 1,
                    },
                );
                Ok(Some(v))
            }
            Err(e)
                if vm.isinstance(e, vm.types.index_error)
                    || vm.isinstance(e, vm.types.stop_iteration) =>
            {
                set_state(vm, Iter::Exhausted(None));
                Ok(None)
            }
            Err(e) => Err(e),
        },
    }
}

fn iter(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "__iter__", args, 1, 1)?;
    Ok(args[0])
}

fn next(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "__next__", args, 1, 1)?;
    match vm.iter_next(args[0])? {
        Some(v) => Ok(v),
        None => Err(vm.stop_iteration(Value::NONE)),
    }
}

/// `__length_hint__`: how many items are left, for the iterators CPython gives one (over
/// sequences, str, ranges, dicts and sets, and `reversed`); NotImplemented for the others.
fn length_hint(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "__length_hint__", args, 1, 1)?;
    let Some(Obj::Iterator(iter)) = vm.heap_obj(args[0]) else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    // A count, or what to measure (`source`, unless `watched` changed size from `size`) and
    // how many of its items are behind.
    let (source, done, watched, size) = match &**iter {
        Iter::Sequence { seq, index } => (*seq, *index, Value::NULL, 0),
        Iter::StrChars { text, offset } => {
            let left = vm
                .str_text(*text)
                .map_or(0, |t| t[*offset..].chars().count());
            return vm.new_int(left as i64);
        }
        Iter::Range { remaining, .. } => return vm.new_int(*remaining as i64),
        Iter::WideRange(range) => return vm.new_int(range.remaining as i64),
        Iter::SetInOrder {
            set,
            keys,
            index,
            len_at_start,
        } => (*keys, *index, *set, *len_at_start),
        Iter::Dict {
            dict,
            len_at_start,
            yielded,
            ..
        } => (*dict, *yielded, *dict, *len_at_start),
        Iter::Reversed { index, .. } => return vm.new_int(*index as i64),
        Iter::Exhausted(_) => return Ok(Value::small_int(0)),
        _ => return Ok(Value::NOT_IMPLEMENTED),
    };
    if !watched.is_null() && vm.len_of(watched)? != size {
        return Ok(Value::small_int(0));
    }
    let total = vm.len_of(source)?;
    vm.new_int(total.saturating_sub(done) as i64)
}

pub static METHODS: &[Builtin] = &[
    Builtin::new("__iter__", iter),
    Builtin::new("__next__", next),
    Builtin::new("__length_hint__", length_hint),
];

/// How a size-changed error names what an `Iter::Dict` walks.
fn what_changed(vm: &Vm, dict: Value) -> &'static str {
    if matches!(vm.heap_obj(vm.builtin_part(dict)), Some(Obj::Dict(_))) {
        "dictionary"
    } else {
        "Set"
    }
}
