//! `collections`: `deque` in Rust; `namedtuple`, `OrderedDict`, `defaultdict` and
//! `Counter` as frozen Python (`frozen/collections.py`, compiled when first used), and
//! `ChainMap`, `UserDict`, `UserList` and `UserString` in the frozen `_collections_more`
//! (`frozen/_collections_more.py`), which collections imports them from when first used.
//!
//! A deque keeps its items in a list held in the instance (`_items`, plus `_maxlen`):
//! boards hold short queues, and removing at the front is one `memmove`.

use alloc::boxed::Box;
use alloc::vec::Vec;

use crate::compile::opcode::compare;
use crate::modules::builtins::{check_kwargs, kwarg};
use crate::obj::{Builtin, Iter, Obj};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let module = super::frozen::make(vm, "collections")?;
    vm.push_root(module);
    let result = make_deque_class(vm).and_then(|class| {
        let dict = vm.module_dict(module);
        let name = vm.qstrs.intern("deque");
        vm.dict_set_name(dict, name, class)?;
        let all = vm.qstrs.intern("__all__");
        match vm.dict_get_name(dict, all) {
            Some(list) => vm.list_append(list, Value::qstr(name)),
            None => Ok(()),
        }
    });
    vm.pop_root();
    result.map(|_| module)
}

/// `_collections_more`: the frozen module behind `collections.ChainMap` and the User classes.
pub fn make_more(vm: &mut Vm) -> PyResult<Value> {
    super::frozen::make(vm, "_collections_more")
}

/// `class deque` with native methods, made as `type("deque", (object,), namespace)`.
fn make_deque_class(vm: &mut Vm) -> PyResult<Value> {
    let namespace = vm.new_dict()?;
    vm.push_root(namespace);
    let result = (|| {
        for method in DEQUE_METHODS {
            // `__init__` is stored under its Python name; its Builtin carries another so
            // the VM does not take it for `object.__init__`.
            let key = method
                .name()
                .strip_prefix("deque_")
                .unwrap_or(method.name());
            let name = vm.qstrs.intern(key);
            let function = vm.alloc(Obj::Builtin(method))?;
            vm.dict_set_name(namespace, name, function)?;
        }
        let getter = vm.alloc(Obj::Builtin(&MAXLEN))?;
        let property = vm.alloc(Obj::Property(Box::new([
            getter,
            Value::NONE,
            Value::NONE,
            Value::NONE,
        ])))?;
        let maxlen = vm.qstrs.intern("maxlen");
        vm.dict_set_name(namespace, maxlen, property)?;
        vm.dict_set_name(namespace, crate::qstr::q::__hash__, Value::NONE)?;
        let module_name = vm.intern("collections");
        vm.dict_set_name(namespace, crate::qstr::q::__module__, module_name)?;
        let name = vm.intern("deque");
        let bases = vm.new_tuple(alloc::vec![vm.types.object])?;
        vm.push_root(bases);
        let type_ = vm.types.type_;
        let class = vm.call(type_, &[name, bases, namespace], &[]);
        vm.pop_root();
        class
    })();
    vm.pop_root();
    result
}

fn items_name(vm: &mut Vm) -> crate::qstr::Qstr {
    vm.qstrs.intern("_items")
}

/// The deque's item list.
fn items(vm: &mut Vm, this: Value) -> PyResult<Value> {
    let name = items_name(vm);
    match vm.load_attr_optional(this, name)? {
        Some(list) if matches!(vm.heap_obj(list), Some(Obj::List(_))) => Ok(list),
        _ => Err(vm.type_error("descriptor requires a 'collections.deque' object")),
    }
}

fn maxlen_of(vm: &mut Vm, this: Value) -> PyResult<Option<usize>> {
    let name = vm.qstrs.intern("_maxlen");
    match vm.load_attr_optional(this, name)? {
        Some(v) if !v.is_none() => Ok(Some(vm.int_arg(v)?.max(0) as usize)),
        _ => Ok(None),
    }
}

fn list_mut(vm: &mut Vm, list: Value) -> &mut Vec<Value> {
    match vm.heap.get_mut(list) {
        Obj::List(items) => items,
        _ => unreachable!("checked by `items`"),
    }
}

fn list_len(vm: &Vm, list: Value) -> usize {
    match vm.heap.get(list) {
        Obj::List(items) => items.len(),
        _ => 0,
    }
}

fn arg(vm: &mut Vm, args: &[Value], index: usize, name: &str) -> PyResult<Value> {
    match args.get(index) {
        Some(&v) => Ok(v),
        None => Err(vm.type_error(alloc::format!(
            "{name}() takes exactly one argument (0 given)"
        ))),
    }
}

fn reserve_one(vm: &mut Vm, list: Value) -> PyResult<()> {
    if let Obj::List(items) = vm.heap.get(list) {
        if items.len() == items.capacity() {
            vm.reserve((items.capacity().max(4)) * core::mem::size_of::<Value>())?;
        }
    }
    Ok(())
}

fn push_back(vm: &mut Vm, this: Value, list: Value, x: Value) -> PyResult<()> {
    let maxlen = maxlen_of(vm, this)?;
    if maxlen == Some(0) {
        return Ok(());
    }
    reserve_one(vm, list)?;
    let items = list_mut(vm, list);
    if maxlen.is_some_and(|m| items.len() >= m) {
        items.remove(0);
    }
    items.push(x);
    Ok(())
}

fn push_front(vm: &mut Vm, this: Value, list: Value, x: Value) -> PyResult<()> {
    let maxlen = maxlen_of(vm, this)?;
    if maxlen == Some(0) {
        return Ok(());
    }
    reserve_one(vm, list)?;
    let items = list_mut(vm, list);
    if maxlen.is_some_and(|m| items.len() >= m) {
        items.pop();
    }
    items.insert(0, x);
    Ok(())
}

fn init(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    check_kwargs(vm, "deque", kwargs, &["iterable", "maxlen"])?;
    if args.len() > 3 {
        return Err(vm.type_error(alloc::format!(
            "deque() takes at most 2 arguments ({} given)",
            args.len() - 1
        )));
    }
    let this = crate::modules::builtins::receiver(vm, args, "__init__")?;
    let iterable = args
        .get(1)
        .copied()
        .or_else(|| kwarg(vm, kwargs, "iterable"));
    let maxlen = args
        .get(2)
        .copied()
        .or_else(|| kwarg(vm, kwargs, "maxlen"))
        .unwrap_or(Value::NONE);
    if !maxlen.is_none() {
        if !vm.is_int(maxlen) {
            return Err(vm.type_error("an integer is required"));
        }
        let n = vm.int_arg(maxlen)?;
        if n < 0 {
            return Err(vm.value_error("maxlen must be non-negative"));
        }
    }
    let list = vm.new_list(Vec::new())?;
    vm.push_root(list);
    let result = (|| {
        let name = items_name(vm);
        vm.store_attr(this, name, list)?;
        let maxlen_name = vm.qstrs.intern("_maxlen");
        vm.store_attr(this, maxlen_name, maxlen)?;
        if let Some(iterable) = iterable {
            extend_with(vm, this, list, iterable, false)?;
        }
        Ok(Value::NONE)
    })();
    vm.pop_root();
    result
}

fn extend_with(vm: &mut Vm, this: Value, list: Value, iterable: Value, left: bool) -> PyResult<()> {
    let values = if iterable == this {
        let items = match vm.heap.get(list) {
            Obj::List(items) => items.clone(),
            _ => Vec::new(),
        };
        items
    } else {
        vm.collect_iterable(iterable)?
    };
    for v in values {
        if left {
            push_front(vm, this, list, v)?;
        } else {
            push_back(vm, this, list, v)?;
        }
    }
    Ok(())
}

fn append(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let this = crate::modules::builtins::receiver(vm, args, "append")?;
    let x = arg(vm, args, 1, "append")?;
    let list = items(vm, this)?;
    push_back(vm, this, list, x)?;
    Ok(Value::NONE)
}

fn appendleft(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let this = crate::modules::builtins::receiver(vm, args, "appendleft")?;
    let x = arg(vm, args, 1, "appendleft")?;
    let list = items(vm, this)?;
    push_front(vm, this, list, x)?;
    Ok(Value::NONE)
}

fn pop(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let this = crate::modules::builtins::receiver(vm, args, "pop")?;
    let list = items(vm, this)?;
    let last = list_mut(vm, list).pop();
    match last {
        Some(v) => Ok(v),
        None => Err(vm.index_error("pop from an empty deque")),
    }
}

fn popleft(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let this = crate::modules::builtins::receiver(vm, args, "popleft")?;
    let list = items(vm, this)?;
    let items = list_mut(vm, list);
    if items.is_empty() {
        return Err(vm.index_error("pop from an empty deque"));
    }
    Ok(items.remove(0))
}

fn extend(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let this = crate::modules::builtins::receiver(vm, args, "extend")?;
    let iterable = arg(vm, args, 1, "extend")?;
    let list = items(vm, this)?;
    extend_with(vm, this, list, iterable, false)?;
    Ok(Value::NONE)
}

fn extendleft(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let this = crate::modules::builtins::receiver(vm, args, "extendleft")?;
    let iterable = arg(vm, args, 1, "extendleft")?;
    let list = items(vm, this)?;
    extend_with(vm, this, list, iterable, true)?;
    Ok(Value::NONE)
}

fn rotate(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let this = crate::modules::builtins::receiver(vm, args, "rotate")?;
    let n = match args.get(1) {
        Some(&v) => vm.int_arg(v)?,
        None => 1,
    };
    let list = items(vm, this)?;
    let items = list_mut(vm, list);
    let len = items.len() as i64;
    if len > 1 {
        let shift = n.rem_euclid(len) as usize;
        items.rotate_right(shift);
    }
    Ok(Value::NONE)
}

fn clear(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let this = crate::modules::builtins::receiver(vm, args, "clear")?;
    let list = items(vm, this)?;
    list_mut(vm, list).clear();
    Ok(Value::NONE)
}

fn copy(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let this = crate::modules::builtins::receiver(vm, args, "copy")?;
    let list = items(vm, this)?;
    new_like(vm, this, list)
}

/// A new deque of `this`'s class and `maxlen` holding the items of `list` (the last `maxlen`
/// of them, as extending keeps).
fn new_like(vm: &mut Vm, this: Value, list: Value) -> PyResult<Value> {
    vm.push_root(list);
    let maxlen_name = vm.qstrs.intern("_maxlen");
    let result = vm.load_attr_optional(this, maxlen_name).and_then(|maxlen| {
        let class = vm.type_of(this);
        vm.call(class, &[list, maxlen.unwrap_or(Value::NONE)], &[])
    });
    vm.pop_root();
    result
}

/// Whether `count` can repeat a deque (an int or an `__index__` object; else NotImplemented).
fn is_repeat_count(vm: &Vm, count: Value) -> bool {
    vm.is_int(count)
        || vm
            .class_lookup(vm.type_of(count), crate::qstr::q::__index__)
            .is_some()
}

/// Calls the list method `name` on the deque's items.
fn delegate(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<Value> {
    let this = crate::modules::builtins::receiver(vm, args, "delegate")?;
    let list = items(vm, this)?;
    let name = vm.qstrs.intern(name);
    let method = vm.load_attr(list, name)?;
    vm.push_root(method);
    let result = vm.call(method, &args[1..], &[]);
    vm.pop_root();
    result
}

fn count(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let this = crate::modules::builtins::receiver(vm, args, "count")?;
    let x = arg(vm, args, 1, "count")?;
    let list = items(vm, this)?;
    let (count, _) = scan(vm, list, x, (0, usize::MAX), Scan::All)?;
    vm.new_int(count as i64)
}

fn reverse(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let this = crate::modules::builtins::receiver(vm, args, "reverse")?;
    let list = items(vm, this)?;
    list_mut(vm, list).reverse();
    Ok(Value::NONE)
}

fn not_in_deque(vm: &mut Vm, x: Value) -> Value {
    match vm.repr(x) {
        Ok(text) => vm.value_error(alloc::format!("{text} is not in deque")),
        Err(e) => e,
    }
}

/// `index(x[, start[, stop]])`: the bounds clamp as a slice's do.
fn index(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let this = crate::modules::builtins::receiver(vm, args, "index")?;
    crate::modules::builtins::check_args(vm, "index", &args[1..], 1, 3)?;
    let x = args[1];
    let list = items(vm, this)?;
    let mut bounds = [0, usize::MAX];
    for (bound, &value) in bounds.iter_mut().zip(&args[2..]) {
        let value = vm.int_arg(value)?;
        let len = list_len(vm, list) as i64;
        let clamped = if value < 0 { value + len } else { value };
        *bound = clamped.clamp(0, len) as usize;
    }
    match scan(vm, list, x, (bounds[0], bounds[1]), Scan::First)? {
        (_, Some(i)) => vm.new_int(i as i64),
        (_, None) => Err(not_in_deque(vm, x)),
    }
}

fn remove(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let this = crate::modules::builtins::receiver(vm, args, "remove")?;
    let x = arg(vm, args, 1, "remove")?;
    let list = items(vm, this)?;
    match scan(vm, list, x, (0, usize::MAX), Scan::FirstUnchanged)? {
        (_, Some(i)) => {
            list_mut(vm, list).remove(i);
            Ok(Value::NONE)
        }
        (_, None) => Err(not_in_deque(vm, x)),
    }
}

fn insert(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let this = crate::modules::builtins::receiver(vm, args, "insert")?;
    let list = items(vm, this)?;
    if let Some(maxlen) = maxlen_of(vm, this)? {
        if list_len(vm, list) >= maxlen {
            return Err(vm.index_error("deque already at its maximum size"));
        }
    }
    delegate(vm, args, "insert")
}

fn len(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let this = crate::modules::builtins::receiver(vm, args, "__len__")?;
    let list = items(vm, this)?;
    let n = list_len(vm, list);
    vm.new_int(n as i64)
}

fn bool_(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let this = crate::modules::builtins::receiver(vm, args, "__bool__")?;
    let list = items(vm, this)?;
    Ok(Value::bool(list_len(vm, list) > 0))
}

fn iter(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    new_iterator(vm, args, false)
}

fn reversed(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    new_iterator(vm, args, true)
}

fn new_iterator(vm: &mut Vm, args: &[Value], reverse: bool) -> PyResult<Value> {
    let this = crate::modules::builtins::receiver(vm, args, "__iter__")?;
    let list = items(vm, this)?;
    let len_at_start = list_len(vm, list);
    vm.new_iterator(Iter::Deque {
        items: list,
        index: 0,
        len_at_start,
        reverse,
    })
}

/// What a scan for items equal to `x` stops at.
#[derive(PartialEq)]
enum Scan {
    /// Counts every match.
    All,
    /// Stops at the first match, which wins even if its `__eq__` changed the deque.
    First,
    /// Stops at the first match, but a change to the deque is an error first (`remove`).
    FirstUnchanged,
}

/// The matches for `x` among the deque's items from `start` to `stop`: their number and the
/// first one's index. As CPython's, an `__eq__` that changes the deque's length is an error
/// (`RuntimeError`, or `IndexError` for `remove`), not a scan over moving items.
fn scan(
    vm: &mut Vm,
    list: Value,
    x: Value,
    (start, stop): (usize, usize),
    until: Scan,
) -> PyResult<(usize, Option<usize>)> {
    let len_at_start = list_len(vm, list);
    let mut count = 0;
    let mut first = None;
    for i in start..stop.min(len_at_start) {
        let item = match vm.heap.get(list) {
            Obj::List(items) => items.get(i).copied(),
            _ => None,
        };
        let Some(item) = item else { break };
        let equal = vm.with_roots(&[list, x, item], |vm| vm.eq(item, x))?;
        if equal && until == Scan::First {
            return Ok((1, Some(i)));
        }
        if list_len(vm, list) != len_at_start {
            let message = "deque mutated during iteration";
            return Err(if until == Scan::FirstUnchanged {
                vm.index_error(message)
            } else {
                vm.runtime_error(message)
            });
        }
        if equal {
            count += 1;
            first = first.or(Some(i));
            if until != Scan::All {
                break;
            }
        }
    }
    Ok((count, first))
}

fn contains(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let this = crate::modules::builtins::receiver(vm, args, "__contains__")?;
    let x = arg(vm, args, 1, "__contains__")?;
    let list = items(vm, this)?;
    let (found, _) = scan(vm, list, x, (0, usize::MAX), Scan::First)?;
    Ok(Value::bool(found > 0))
}

/// A checked integer index into the deque.
fn position(vm: &mut Vm, this: Value, index: Value) -> PyResult<(Value, usize)> {
    let list = items(vm, this)?;
    let i = if vm.is_int(index) {
        vm.int_arg(index)?
    } else if vm.is_user_object(index) {
        // An object with `__index__`; the length is read after it ran (it may change it).
        vm.index_value(index, "deque")? as i64
    } else {
        let name = vm.type_name(index);
        return Err(vm.type_error(alloc::format!(
            "sequence index must be integer, not '{name}'"
        )));
    };
    let len = list_len(vm, list) as i64;
    let i = if i < 0 { i + len } else { i };
    if !(0..len).contains(&i) {
        return Err(vm.index_error("deque index out of range"));
    }
    Ok((list, i as usize))
}

fn getitem(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let this = crate::modules::builtins::receiver(vm, args, "__getitem__")?;
    let index = arg(vm, args, 1, "__getitem__")?;
    let (list, i) = position(vm, this, index)?;
    Ok(list_mut(vm, list)[i])
}

fn setitem(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let this = crate::modules::builtins::receiver(vm, args, "__setitem__")?;
    let index = arg(vm, args, 1, "__setitem__")?;
    let value = arg(vm, args, 2, "__setitem__")?;
    let (list, i) = position(vm, this, index)?;
    list_mut(vm, list)[i] = value;
    Ok(Value::NONE)
}

fn delitem(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let this = crate::modules::builtins::receiver(vm, args, "__delitem__")?;
    let index = arg(vm, args, 1, "__delitem__")?;
    let (list, i) = position(vm, this, index)?;
    list_mut(vm, list).remove(i);
    Ok(Value::NONE)
}

fn repr(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let this = crate::modules::builtins::receiver(vm, args, "__repr__")?;
    // A deque met again inside its own repr shows as `[...]`, as CPython's does.
    if vm.repr_running.contains(&this) {
        return vm.new_str("[...]");
    }
    let list = items(vm, this)?;
    let class = vm.type_of(this);
    let name = vm.class_name(class);
    vm.repr_running.push(this);
    let inner = vm.repr(list);
    vm.repr_running.pop();
    let inner = inner?;
    let text = match maxlen_of(vm, this)? {
        Some(m) => alloc::format!("{name}({inner}, maxlen={m})"),
        None => alloc::format!("{name}({inner})"),
    };
    vm.new_string(text)
}

fn maxlen(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let this = crate::modules::builtins::receiver(vm, args, "maxlen")?;
    match maxlen_of(vm, this)? {
        Some(m) => vm.new_int(m as i64),
        None => Ok(Value::NONE),
    }
}

/// The other operand's items if it is a deque too.
fn other_items(vm: &mut Vm, this: Value, other: Value) -> PyResult<Option<Value>> {
    let class = vm.type_of(this);
    if vm.isinstance(other, class) {
        items(vm, other).map(Some)
    } else {
        Ok(None)
    }
}

fn add(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let this = crate::modules::builtins::receiver(vm, args, "__add__")?;
    let other = arg(vm, args, 1, "__add__")?;
    let Some(right) = other_items(vm, this, other)? else {
        let name = vm.type_name(other);
        return Err(vm.type_error(alloc::format!(
            "can only concatenate deque (not \"{name}\") to deque"
        )));
    };
    let left = items(vm, this)?;
    let mut joined = match vm.heap.get(left) {
        Obj::List(items) => items.clone(),
        _ => Vec::new(),
    };
    if let Obj::List(items) = vm.heap.get(right) {
        joined.extend_from_slice(items);
    }
    let list = vm.new_list(joined)?;
    new_like(vm, this, list)
}

/// `deque * n` (and `n * deque`): a new deque of the items repeated, keeping the last
/// `maxlen` as extending would.
fn mul(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let this = crate::modules::builtins::receiver(vm, args, "__mul__")?;
    let count = arg(vm, args, 1, "__mul__")?;
    if !is_repeat_count(vm, count) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    let left = items(vm, this)?;
    let repeated = vm.binary_op(crate::compile::opcode::binary::MULTIPLY, left, count)?;
    new_like(vm, this, repeated)
}

/// `deque *= n`, in place.
fn imul(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let this = crate::modules::builtins::receiver(vm, args, "__imul__")?;
    let count = arg(vm, args, 1, "__imul__")?;
    if !is_repeat_count(vm, count) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    let list = items(vm, this)?;
    let repeated = vm.binary_op(crate::compile::opcode::binary::MULTIPLY, list, count)?;
    vm.push_root(repeated);
    list_mut(vm, list).clear();
    let result = extend_with(vm, this, list, repeated, false);
    vm.pop_root();
    result.map(|()| this)
}

fn iadd(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    let this = crate::modules::builtins::receiver(vm, args, "__iadd__")?;
    extend(vm, args, kwargs)?;
    Ok(this)
}

fn compare_with(vm: &mut Vm, args: &[Value], op: u8) -> PyResult<Value> {
    let this = crate::modules::builtins::receiver(vm, args, "compare_with")?;
    let other = arg(vm, args, 1, "comparison")?;
    let Some(right) = other_items(vm, this, other)? else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    let left = items(vm, this)?;
    vm.compare_op(op, left, right)
}

fn eq(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    compare_with(vm, args, compare::EQ)
}

fn ne(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    compare_with(vm, args, compare::NE)
}

fn lt(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    compare_with(vm, args, compare::LT)
}

fn le(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    compare_with(vm, args, compare::LE)
}

fn gt(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    compare_with(vm, args, compare::GT)
}

fn ge(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    compare_with(vm, args, compare::GE)
}

static MAXLEN: Builtin = Builtin::new("maxlen", maxlen);

static DEQUE_METHODS: &[Builtin] = &[
    Builtin::with_keywords("deque___init__", init),
    Builtin::new("append", append),
    Builtin::new("appendleft", appendleft),
    Builtin::self_only("pop", pop),
    Builtin::self_only("popleft", popleft),
    Builtin::new("extend", extend),
    Builtin::new("extendleft", extendleft),
    Builtin::new("rotate", rotate),
    Builtin::self_only("clear", clear),
    Builtin::self_only("copy", copy),
    Builtin::new("__copy__", copy),
    Builtin::new("count", count),
    Builtin::new("index", index),
    Builtin::new("insert", insert),
    Builtin::new("remove", remove),
    Builtin::self_only("reverse", reverse),
    Builtin::new("__len__", len),
    Builtin::new("__bool__", bool_),
    Builtin::new("__iter__", iter),
    Builtin::self_only("__reversed__", reversed),
    Builtin::new("__contains__", contains),
    Builtin::new("__getitem__", getitem),
    Builtin::new("__setitem__", setitem),
    Builtin::new("__delitem__", delitem),
    Builtin::new("__repr__", repr),
    Builtin::new("__add__", add),
    Builtin::with_keywords("__iadd__", iadd),
    Builtin::new("__mul__", mul),
    Builtin::new("__rmul__", mul),
    Builtin::new("__imul__", imul),
    Builtin::new("__eq__", eq),
    Builtin::new("__ne__", ne),
    Builtin::new("__lt__", lt),
    Builtin::new("__le__", le),
    Builtin::new("__gt__", gt),
    Builtin::new("__ge__", ge),
];
