//! `select`: wait until a stream has input — `poll()` objects (`register`, `unregister`,
//! `modify`, `poll`, MicroPython's `ipoll`) and `select.select`, after MicroPython's module
//! (whose `uselect` name imports it too).
//!
//! What can be polled: the console streams (`sys.stdin` is readable when the console has a
//! byte waiting; `sys.stdout`/`stderr` are always writable), objects with MicroPython's
//! stream `ioctl(3, events)` (it answers the ready events), and objects with `any()` such
//! as `machine.UART` (readable when it counts a byte, always writable). A wait runs timer
//! callbacks and raises `KeyboardInterrupt` on Ctrl-C, as `time.sleep` does.

use alloc::vec;
use alloc::vec::Vec;

use crate::modules::builtins::{check_args, check_method_args};
use crate::obj::{Builtin, Obj};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

const POLLIN: u32 = 0x001;
const POLLOUT: u32 = 0x004;
const POLLERR: u32 = 0x008;
const POLLHUP: u32 = 0x010;
/// `ipoll`'s flag: an object that reported an event is polled no more until `modify`.
const ONE_SHOT: i64 = 1;
/// `modify` of a stream not registered: `OSError(ENOENT)`, as CPython and MicroPython.
const ENOENT: i32 = 2;
/// MicroPython's stream `ioctl` request for the ready events.
const STREAM_POLL: isize = 3;

/// The events of `mask` that `stream` has ready now.
fn ready_events(vm: &mut Vm, stream: Value, mask: u32) -> PyResult<u32> {
    match vm.console_stream_index(stream) {
        Some(0) => {
            let ready = if vm.port.console_ready() { POLLIN } else { 0 };
            return Ok(mask & ready);
        }
        Some(_) => return Ok(mask & POLLOUT),
        None => {}
    }
    let ioctl = vm.qstrs.intern("ioctl");
    if let Some(method) = vm.load_attr_optional(stream, ioctl)? {
        let arguments = [
            Value::small_int(STREAM_POLL),
            Value::small_int(mask as isize),
        ];
        let events = vm.call(method, &arguments, &[])?;
        return Ok(mask & vm.int_arg(events)? as u32);
    }
    let any = vm.qstrs.intern("any");
    if let Some(method) = vm.load_attr_optional(stream, any)? {
        let count = vm.call(method, &[], &[])?;
        let readable = if vm.is_true(count)? { POLLIN } else { 0 };
        return Ok(mask & (readable | POLLOUT));
    }
    let name = vm.type_name(stream);
    Err(vm.type_error(alloc::format!(
        "'{name}' object cannot be polled (no ioctl or any method)"
    )))
}

/// Waits until `scan` finds something or `timeout_ms` (None: forever) passes; returns what
/// the last scan found.
fn wait_for<T>(
    vm: &mut Vm,
    timeout_ms: Option<f64>,
    mut scan: impl FnMut(&mut Vm) -> PyResult<Vec<T>>,
) -> PyResult<Vec<T>> {
    let start = vm.port.ticks_us();
    loop {
        let found = scan(vm)?;
        let waited_ms = vm.port.ticks_us().saturating_sub(start) as f64 / 1000.0;
        if !found.is_empty() || timeout_ms.is_some_and(|limit| waited_ms >= limit) {
            return Ok(found);
        }
        // Short slices: a board wakes at every interrupt anyway, and a byte that arrives
        // is seen within a millisecond.
        vm.port.sleep_us(1000);
        if crate::port::attention_pending() {
            vm.handle_attention()?;
        }
    }
}

/// A timeout argument in `unit`s per millisecond: None or negative waits forever.
fn timeout_arg(vm: &mut Vm, v: Option<Value>, per_ms: f64) -> PyResult<Option<f64>> {
    let Some(v) = v.filter(|&v| v != Value::NONE) else {
        return Ok(None);
    };
    let Some(number) = vm.as_number(v) else {
        let name = vm.type_name(v);
        return Err(vm.type_error(alloc::format!("timeout must be a number, not '{name}'")));
    };
    let amount = vm.number_to_f64(number)?;
    if amount.is_nan() {
        return Err(vm.value_error("timeout must be a number, not NaN"));
    }
    Ok((amount >= 0.0).then_some(amount / per_ms))
}

/// The poll object's registrations: a list of `[stream, mask]` lists.
fn registrations(vm: &mut Vm, this: Value) -> PyResult<Value> {
    let name = vm.qstrs.intern("_registered");
    vm.load_attr(this, name)
}

/// The index in `list` of `stream`'s registration.
/// The index in `list` of `stream`'s registration, and the registration (a `[stream, mask]`
/// list).
fn find(vm: &Vm, list: Value, stream: Value) -> Option<(usize, Value)> {
    let Some(Obj::List(items)) = vm.heap_obj(list) else {
        return None;
    };
    items
        .iter()
        .position(|&entry| match vm.heap_obj(entry) {
            Some(Obj::List(pair)) => pair.first() == Some(&stream),
            _ => false,
        })
        .map(|index| (index, items[index]))
}

/// Stores `mask` in the registration `entry` (a list `find` or `poll` found).
fn set_mask(vm: &mut Vm, entry: Value, mask: Value) {
    if let Obj::List(pair) = vm.heap.get_mut(entry) {
        if let Some(slot) = pair.get_mut(1) {
            *slot = mask;
        }
    }
}

fn mask_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<Value> {
    match v {
        Some(&v) => {
            let mask = vm.int_arg(v)?;
            Ok(Value::small_int(mask as u16 as isize))
        }
        None => Ok(Value::small_int((POLLIN | POLLOUT) as isize)),
    }
}

fn poll_new(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "poll", args, 0, 0)?;
    let list = vm.new_list(Vec::new())?;
    let name = vm.qstrs.intern("_registered");
    vm.store_attr(args[0], name, list)?;
    Ok(Value::NONE)
}

/// `register(stream, eventmask=POLLIN|POLLOUT)`: registering again changes the mask.
fn register(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "register", args, 1, 2)?;
    let mask = mask_arg(vm, args.get(2))?;
    let list = registrations(vm, args[0])?;
    let stream = args[1];
    if let Some((_, entry)) = find(vm, list, stream) {
        set_mask(vm, entry, mask);
        return Ok(Value::NONE);
    }
    let entry = vm.new_list(vec![stream, mask])?;
    vm.push_root(entry);
    let appended = vm.list_append(list, entry);
    vm.pop_root();
    appended.map(|()| Value::NONE)
}

fn unregister(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "unregister", args, 1, 1)?;
    let list = registrations(vm, args[0])?;
    let Some((index, _)) = find(vm, list, args[1]) else {
        let class = vm.types.key_error;
        return Err(vm.new_exception(class, vec![args[1]]));
    };
    if let Obj::List(items) = vm.heap.get_mut(list) {
        items.remove(index);
    }
    Ok(Value::NONE)
}

fn modify(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "modify", args, 2, 2)?;
    let mask = mask_arg(vm, args.get(2))?;
    let list = registrations(vm, args[0])?;
    let Some((_, entry)) = find(vm, list, args[1]) else {
        return Err(crate::modules::io::os_error(vm, ENOENT, None));
    };
    set_mask(vm, entry, mask);
    Ok(Value::NONE)
}

/// `poll(timeout=-1, flags=0)`: `[(stream, events), …]` once something is ready or after
/// `timeout` ms (an empty list).
fn poll(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "poll", args, 0, 2)?;
    let timeout = timeout_arg(vm, args.get(1).copied(), 1.0)?;
    let flags = match args.get(2) {
        Some(&v) => vm.int_arg(v)?,
        None => 0,
    };
    let list = registrations(vm, args[0])?;
    let found = wait_for(vm, timeout, |vm| {
        let entries = match vm.heap_obj(list) {
            Some(Obj::List(items)) => items.clone(),
            _ => Vec::new(),
        };
        let mut found = Vec::new();
        for entry in entries {
            let (stream, mask) = match vm.heap_obj(entry) {
                Some(Obj::List(pair)) if pair.len() == 2 => (pair[0], pair[1]),
                _ => continue,
            };
            let mask = mask.as_small_int().unwrap_or(0) as u32;
            // Errors and hang-ups are reported whatever the mask, as by POSIX poll.
            let events = ready_events(vm, stream, mask | POLLERR | POLLHUP)?;
            if events != 0 {
                found.push((entry, stream, events));
            }
        }
        Ok(found)
    })?;
    let results = vm.new_list(Vec::with_capacity(found.len()))?;
    vm.push_root(results);
    let built = (|| {
        for (entry, stream, events) in found {
            if flags & ONE_SHOT != 0 {
                set_mask(vm, entry, Value::small_int(0));
            }
            let result = vm.new_tuple(vec![stream, Value::small_int(events as isize)])?;
            vm.list_append(results, result)?;
        }
        Ok(())
    })();
    vm.pop_root();
    built.map(|()| results)
}

/// MicroPython's `ipoll(timeout=-1, flags=0)`: `poll`'s results as an iterator.
fn ipoll(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    let list = poll(vm, args, kwargs)?;
    vm.get_iter(list)
}

/// `select(rlist, wlist, xlist[, timeout])`: the ready streams of each list (the third is
/// always empty), once one is ready or after `timeout` seconds.
fn select(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "select", args, 3, 4)?;
    let timeout = timeout_arg(vm, args.get(3).copied(), 0.001)?;
    let mut wanted = Vec::new();
    for (list, mask) in [(args[0], POLLIN), (args[1], POLLOUT)] {
        for stream in vm.collect_iterable(list)? {
            wanted.push((stream, mask));
        }
    }
    let _ = vm.collect_iterable(args[2])?;
    let holder = vm.new_list(wanted.iter().map(|&(stream, _)| stream).collect())?;
    vm.push_root(holder);
    let found = wait_for(vm, timeout, |vm| {
        let mut found = Vec::new();
        for &(stream, mask) in &wanted {
            if ready_events(vm, stream, mask)? != 0 {
                found.push((stream, mask));
            }
        }
        Ok(found)
    });
    vm.pop_root();
    let found = found?;
    let pick = |mask| {
        found
            .iter()
            .filter(|&&(_, m)| m == mask)
            .map(|&(stream, _)| stream)
            .collect::<Vec<_>>()
    };
    let (readable, writable) = (pick(POLLIN), pick(POLLOUT));
    let readable = vm.new_list(readable)?;
    vm.push_root(readable);
    let lists = vm.new_list(writable).and_then(|writable| {
        vm.push_root(writable);
        let exceptional = vm.new_list(Vec::new());
        vm.pop_root();
        let exceptional = exceptional?;
        vm.new_tuple(vec![readable, writable, exceptional])
    });
    vm.pop_root();
    lists
}

static METHODS: &[Builtin] = &[
    Builtin::new("poll.register", register),
    Builtin::new("poll.unregister", unregister),
    Builtin::new("poll.modify", modify),
    Builtin::new("poll.poll", poll),
    Builtin::with_keywords("poll.ipoll", ipoll),
];

static CONSTRUCTOR: Builtin = Builtin::new("poll", poll_new);

static FUNCTIONS: &[Builtin] = &[Builtin::new("select", select)];

pub fn make(vm: &mut Vm) -> PyResult<Value> {
    vm.make_module("select", |vm, module| {
        crate::modules::gc::add_functions(vm, module, FUNCTIONS)?;
        let object = vm.types.object;
        let class = crate::modules::sys::new_class(
            vm,
            "poll",
            "select",
            object,
            METHODS,
            Some(&CONSTRUCTOR),
        )?;
        let dict = vm.module_dict(module);
        let name = vm.qstrs.intern("poll");
        vm.dict_set_name(dict, name, class)?;
        for (name, value) in [
            ("POLLIN", POLLIN),
            ("POLLOUT", POLLOUT),
            ("POLLERR", POLLERR),
            ("POLLHUP", POLLHUP),
        ] {
            let name = vm.qstrs.intern(name);
            vm.dict_set_name(dict, name, Value::small_int(value as isize))?;
        }
        Ok(())
    })
}
