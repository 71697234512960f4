//! `list`: construction, the methods, and sorting.

use alloc::vec::Vec;

use crate::modules::builtins::{check_kwargs, check_method_args, kwarg};
use crate::obj::{Builtin, Obj};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// `list(iterable=())`.
pub fn construct(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    crate::modules::builtins::check_args(vm, "list", &args[1..], 0, 1)?;
    let items = match args.get(1) {
        None => Vec::new(),
        Some(&v) => vm.collect_sized(v)?,
    };
    let list = vm.new_list(items)?;
    if args[0] != vm.types.list {
        return crate::obj::class::wrap_builtin(vm, args[0], list);
    }
    Ok(list)
}

/// The list behind `args[0]` (a list or an instance of a list subclass).
fn this(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<Value> {
    let v = args
        .first()
        .map(|&v| vm.builtin_part(v))
        .unwrap_or(Value::NONE);
    match vm.heap_obj(v) {
        Some(Obj::List(_)) => Ok(v),
        _ => Err(crate::modules::builtins::descriptor_mismatch(
            vm, args, name, "list",
        )),
    }
}

fn items_mut(vm: &mut Vm, list: Value) -> &mut Vec<Value> {
    match vm.heap.get_mut(list) {
        Obj::List(items) => items,
        _ => unreachable!("checked by `this`"),
    }
}

fn append(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "append", args, 1, 1)?;
    let list = this(vm, args, "append")?;
    vm.list_append_collecting(list, args[1])?;
    Ok(Value::NONE)
}

fn extend(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "extend", args, 1, 1)?;
    let list = this(vm, args, "extend")?;
    vm.list_extend(list, args[1])?;
    Ok(Value::NONE)
}

fn insert(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    crate::modules::builtins::check_args(vm, "insert", &args[1.min(args.len())..], 2, 2)?;
    let list = this(vm, args, "insert")?;
    let index = vm.int_arg(args[1])?;
    vm.reserve(16)?;
    let items = items_mut(vm, list);
    let len = items.len() as i64;
    let position = if index < 0 {
        (index + len).max(0)
    } else {
        index.min(len)
    } as usize;
    items.insert(position, args[2]);
    Ok(Value::NONE)
}

fn pop(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "pop", args, 0, 1)?;
    let list = this(vm, args, "pop")?;
    let index = match args.get(1) {
        Some(&v) => vm.int_arg(v)?,
        None => -1,
    };
    let len = items_mut(vm, list).len() as i64;
    if len == 0 {
        return Err(vm.index_error("pop from empty list"));
    }
    let position = if index < 0 { index + len } else { index };
    if position < 0 || position >= len {
        return Err(vm.index_error("pop index out of range"));
    }
    Ok(items_mut(vm, list).remove(position as usize))
}

fn remove(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "remove", args, 1, 1)?;
    let list = this(vm, args, "remove")?;
    let items = items_mut(vm, list).clone();
    for (i, item) in items.into_iter().enumerate() {
        if vm.eq(item, args[1])? {
            let items = items_mut(vm, list);
            if i < items.len() {
                items.remove(i);
            }
            return Ok(Value::NONE);
        }
    }
    Err(vm.value_error("list.remove(x): x not in list"))
}

fn clear(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let list = this(vm, args, "clear")?;
    items_mut(vm, list).clear();
    Ok(Value::NONE)
}

fn copy(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let list = this(vm, args, "copy")?;
    // (Checked before the copy: a board's fragmented heap may lack the block.)
    let bytes = items_mut(vm, list).len() * core::mem::size_of::<Value>();
    vm.reserve(bytes)?;
    let items = items_mut(vm, list).clone();
    vm.new_list(items)
}

fn reverse(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let list = this(vm, args, "reverse")?;
    items_mut(vm, list).reverse();
    Ok(Value::NONE)
}

fn sort(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    if args.len() > 1 {
        return Err(vm.type_error("sort() takes no positional arguments"));
    }
    let list = this(vm, args, "sort")?;
    sort_list(vm, list, kwargs)?;
    Ok(Value::NONE)
}

/// Sorts a list in place (stable), with `key=` and `reverse=`.
pub fn sort_list(vm: &mut Vm, list: Value, kwargs: &[(Value, Value)]) -> PyResult<()> {
    check_kwargs(vm, "sort", kwargs, &["key", "reverse"])?;
    let key = kwarg(vm, kwargs, "key").filter(|k| !k.is_none());
    let reverse = match kwarg(vm, kwargs, "reverse") {
        Some(v) => vm.int_arg(v)? != 0,
        None => false,
    };
    // The sort's buffers (a copy of the items, the keys, the order, a merge run) are vectors
    // outside the collector: checked first, so a board whose heap cannot hold them raises
    // MemoryError instead of failing an allocation.
    let bytes = items_mut(vm, list).len() * core::mem::size_of::<Value>();
    vm.reserve(bytes.saturating_mul(4))?;
    // Take the items out: the list reads as empty while sorting (as in CPython).
    let items = core::mem::take(items_mut(vm, list));
    let keys_holder = vm.new_list(Vec::new())?;
    vm.push_root(keys_holder);
    let items_holder = vm.new_list(items.clone())?;
    vm.push_root(items_holder);
    let result = (|| -> PyResult<Vec<Value>> {
        let mut keys = Vec::with_capacity(items.len());
        if let Some(key) = key {
            for &item in &items {
                let k = vm.call(key, &[item], &[])?;
                keys.push(k);
                if let Obj::List(held) = vm.heap.get_mut(keys_holder) {
                    held.push(k);
                }
            }
        } else {
            keys = items.clone();
        }
        let mut order: Vec<usize> = (0..items.len()).collect();
        if reverse {
            order.reverse();
        }
        // Merge sort on indexes with Python comparisons (stable; errors stop it).
        let mut error = None;
        merge_sort(&mut order, &mut |a, b| {
            if error.is_some() {
                return false;
            }
            let (x, y) = (keys[b], keys[a]);
            if x.is_small_int() && y.is_small_int() {
                return x.small_int_unchecked() < y.small_int_unchecked();
            }
            match vm
                .compare_op(crate::compile::opcode::compare::LT, x, y)
                .and_then(|r| vm.is_true(r))
            {
                Ok(less) => less,
                Err(e) => {
                    error = Some(e);
                    false
                }
            }
        });
        if let Some(e) = error {
            return Err(e);
        }
        if reverse {
            order.reverse();
        }
        Ok(order.into_iter().map(|i| items[i]).collect())
    })();
    vm.pop_root();
    vm.pop_root();
    // Items added while sorting are dropped, as CPython drops them.
    let modified = !items_mut(vm, list).is_empty();
    let sorted = match result {
        Ok(sorted) => sorted,
        Err(e) => {
            *items_mut(vm, list) = items;
            return Err(e);
        }
    };
    *items_mut(vm, list) = sorted;
    if modified {
        return Err(vm.value_error("list modified during sort"));
    }
    Ok(())
}

/// Stable merge sort; `less(a, b)` says whether element `b` sorts before element `a`.
fn merge_sort(items: &mut [usize], before: &mut impl FnMut(usize, usize) -> bool) {
    let n = items.len();
    if n < 2 {
        return;
    }
    if n <= 12 {
        for i in 1..n {
            let mut j = i;
            while j > 0 && before(items[j - 1], items[j]) {
                items.swap(j - 1, j);
                j -= 1;
            }
        }
        return;
    }
    let middle = n / 2;
    merge_sort(&mut items[..middle], before);
    merge_sort(&mut items[middle..], before);
    let mut merged = Vec::with_capacity(n);
    let (mut i, mut j) = (0, middle);
    while i < middle && j < n {
        if before(items[i], items[j]) {
            merged.push(items[j]);
            j += 1;
        } else {
            merged.push(items[i]);
            i += 1;
        }
    }
    merged.extend_from_slice(&items[i..middle]);
    merged.extend_from_slice(&items[j..n]);
    items.copy_from_slice(&merged);
}

fn init(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let list = this(vm, args, "__init__")?;
    items_mut(vm, list).clear();
    if let Some(&iterable) = args.get(1) {
        vm.list_extend(list, iterable)?;
    }
    Ok(Value::NONE)
}

fn setitem(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "__setitem__", args, 2, 2)?;
    let list = this(vm, args, "__setitem__")?;
    vm.set_item(list, args[1], args[2])?;
    Ok(Value::NONE)
}

fn delitem(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "__delitem__", args, 1, 1)?;
    let list = this(vm, args, "__delitem__")?;
    vm.del_item(list, args[1])?;
    Ok(Value::NONE)
}

fn iadd(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "__iadd__", args, 1, 1)?;
    let list = this(vm, args, "__iadd__")?;
    vm.list_extend(list, args[1])?;
    Ok(args[0])
}

fn contains(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "__contains__", args, 1, 1)?;
    let list = this(vm, args, "__contains__")?;
    Ok(Value::bool(vm.contains(list, args[1])?))
}

fn iter(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let list = this(vm, args, "__iter__")?;
    vm.get_iter(list)
}

pub static METHODS: &[Builtin] = &[
    Builtin::new("append", append),
    Builtin::new("extend", extend),
    Builtin::new("insert", insert),
    Builtin::new("pop", pop),
    Builtin::new("remove", remove),
    Builtin::self_only("clear", clear),
    Builtin::self_only("copy", copy),
    Builtin::self_only("reverse", reverse),
    Builtin::with_keywords("sort", sort),
    Builtin::new("count", crate::obj::tuple::count),
    Builtin::new("index", crate::obj::tuple::index),
    Builtin::new("__init__", init),
    Builtin::new("__getitem__", crate::obj::tuple::METHODS[2].func),
    Builtin::new("__setitem__", setitem),
    Builtin::new("__delitem__", delitem),
    Builtin::new("__len__", crate::obj::tuple::METHODS[3].func),
    Builtin::new("__iadd__", iadd),
    Builtin::new("__contains__", contains),
    Builtin::new("__iter__", iter),
];
