//! Traceback and frame objects: what `exc.__traceback__`, `sys.exc_info()[2]` and the third
//! argument of `__exit__` are.
//!
//! An exception keeps its traceback as entries, innermost first (`ExceptionObj::traceback`; a
//! frame repeated by recursion is one entry with a count). A `traceback` object is a tuple
//! subclass `(exception, depth)` naming one frame of it by its depth from the innermost (a
//! repeated frame counted as often as it came), so one made earlier stays right while the
//! exception unwinds further, as CPython's chain does. `tb_next` and `tb_frame` are made when
//! read; `__traceback__` is kept in the exception (`traceback_object`), so reading it again
//! gives the same object until the exception passes another frame.
//!
//! The `frame` a traceback names is a stand-in `(filename, name, line)` for a frame that has
//! returned: `f_lineno`, and `f_code` — the frame itself, answering `co_name` and
//! `co_filename` as its code would. No `f_locals`, `f_globals` or `f_back`: a board keeps no
//! frames after they return.
//!
//! Both classes are made on first use (`Types::traceback`, `Types::frame`).

use alloc::format;
use alloc::vec::Vec;

use crate::obj::{Builtin, Dict, Instance, Obj, TracebackEntry};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

static TRACEBACK_METHODS: &[Builtin] = &[
    Builtin::new("traceback.__getattr__", traceback_getattr),
    Builtin::new("traceback.__repr__", traceback_repr),
];

static FRAME_METHODS: &[Builtin] = &[
    Builtin::new("frame.__getattr__", frame_getattr),
    Builtin::new("frame.__repr__", frame_repr),
];

/// The class `field` of `vm.types` holds: a tuple subclass of `builtins` with `methods`,
/// made on first use.
fn made_class(
    vm: &mut Vm,
    field: fn(&mut crate::vm::types::Types) -> &mut Value,
    name: &str,
    methods: &'static [Builtin],
) -> PyResult<Value> {
    if field(&mut vm.types).is_null() {
        let tuple = vm.types.tuple;
        let class = crate::modules::sys::new_class(vm, name, "builtins", tuple, methods, None)?;
        *field(&mut vm.types) = class;
    }
    Ok(*field(&mut vm.types))
}

/// An instance of the tuple subclass `class` holding `items`.
fn new_tuple_instance(vm: &mut Vm, class: Value, items: Vec<Value>) -> PyResult<Value> {
    let tuple = vm.new_tuple(items)?;
    vm.alloc(Obj::Instance(alloc::boxed::Box::new(Instance {
        class,
        dict: Dict::new(),
        base: tuple,
    })))
}

/// The tuple under an instance of `class` (NULL class: not made yet, so no instance).
fn tuple_items(vm: &Vm, v: Value, class: Value) -> Option<&[Value]> {
    match vm.heap_obj(v) {
        Some(Obj::Instance(instance)) if !class.is_null() && instance.class == class => {
            match vm.heap_obj(instance.base) {
                Some(Obj::Tuple(items)) => Some(items),
                _ => None,
            }
        }
        _ => None,
    }
}

/// `exception.__traceback__`: its outermost frame's traceback object, or None. The same
/// object again while the exception has gained no frame.
pub fn traceback_object(vm: &mut Vm, exception: Value) -> PyResult<Value> {
    let Some(Obj::Exception(e)) = vm.heap_obj(exception) else {
        return Ok(Value::NONE);
    };
    let frames = e
        .traceback
        .iter()
        .map(|entry| entry.repeats as usize + 1)
        .sum::<usize>();
    let made = e.traceback_object;
    if frames == 0 {
        return Ok(Value::NONE);
    }
    if target(vm, made) == Some((exception, frames - 1)) {
        return Ok(made);
    }
    let tb = make_traceback(vm, exception, frames - 1)?;
    if let Obj::Exception(e) = vm.heap.get_mut(exception) {
        e.traceback_object = tb;
    }
    Ok(tb)
}

fn make_traceback(vm: &mut Vm, exception: Value, depth: usize) -> PyResult<Value> {
    let class = made_class(
        vm,
        |types| &mut types.traceback,
        "traceback",
        TRACEBACK_METHODS,
    )?;
    let depth = Value::small_int(depth as isize);
    new_tuple_instance(vm, class, alloc::vec![exception, depth])
}

fn entries(vm: &Vm, exception: Value) -> &[TracebackEntry] {
    match vm.heap_obj(exception) {
        Some(Obj::Exception(e)) => &e.traceback,
        _ => &[],
    }
}

/// The exception and depth a traceback object names (None: not a traceback object).
fn target(vm: &Vm, tb: Value) -> Option<(Value, usize)> {
    let items = tuple_items(vm, tb, vm.types.traceback)?;
    let depth = items.get(1)?.as_small_int()?;
    Some((*items.first()?, depth as usize))
}

/// The entries from the innermost frame out to the one traceback `tb` names, innermost first
/// (what `exc.with_traceback(tb)` gives `exc`, and what `format_tb(tb)` prints); None when
/// `tb` is no traceback object.
pub fn entries_through(vm: &Vm, tb: Value) -> Option<Vec<TracebackEntry>> {
    let (exception, depth) = target(vm, tb)?;
    let mut kept = Vec::new();
    let mut room = depth + 1;
    for entry in entries(vm, exception) {
        if room == 0 {
            break;
        }
        let frames = (entry.repeats as usize + 1).min(room);
        kept.push(TracebackEntry {
            repeats: frames as u32 - 1,
            ..*entry
        });
        room -= frames;
    }
    Some(kept)
}

/// The entry of the frame a traceback object names (None: that frame is gone, as after
/// `exc.with_traceback(None)`).
fn named_entry(vm: &Vm, tb: Value) -> Option<TracebackEntry> {
    entries_through(vm, tb)?.pop()
}

fn traceback_getattr(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let (this, name) = (args[0], args.get(1).copied().unwrap_or(Value::NONE));
    let text = alloc::string::String::from(vm.str_text(name).unwrap_or(""));
    let Some((exception, depth)) = target(vm, this) else {
        return Err(vm.type_error("expected a traceback object"));
    };
    let entry = named_entry(vm, this);
    match (text.as_str(), entry) {
        ("tb_lineno", Some(entry)) => Ok(Value::small_int(entry.line as isize)),
        ("tb_next", Some(_)) if depth > 0 => make_traceback(vm, exception, depth - 1),
        ("tb_next", _) => Ok(Value::NONE),
        ("tb_frame", Some(entry)) => {
            let class = made_class(vm, |types| &mut types.frame, "frame", FRAME_METHODS)?;
            let line = Value::small_int(entry.line as isize);
            new_tuple_instance(vm, class, alloc::vec![entry.filename, entry.name, line])
        }
        _ => Err(vm.attribute_error_text(&format!("'traceback' object has no attribute '{text}'"))),
    }
}

fn traceback_repr(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    vm.new_string(format!("<traceback object at 0x{:08x}>", args[0].raw()))
}

/// A frame stand-in's `(filename, name, line)`.
fn frame_parts(vm: &mut Vm, frame: Value) -> PyResult<[Value; 3]> {
    match tuple_items(vm, frame, vm.types.frame) {
        Some(&[filename, name, line]) => Ok([filename, name, line]),
        _ => Err(vm.type_error("expected a frame object")),
    }
}

fn frame_getattr(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let [filename, name, line] = frame_parts(vm, args[0])?;
    let wanted = args.get(1).copied().unwrap_or(Value::NONE);
    let text = alloc::string::String::from(vm.str_text(wanted).unwrap_or(""));
    match text.as_str() {
        "f_lineno" => Ok(line),
        "f_code" => Ok(args[0]),
        "co_name" | "co_qualname" => Ok(name),
        "co_filename" => Ok(filename),
        _ => Err(vm.attribute_error_text(&format!("'frame' object has no attribute '{text}'"))),
    }
}

fn frame_repr(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let [filename, name, line] = frame_parts(vm, args[0])?;
    let filename = vm.repr(filename)?;
    let name = alloc::string::String::from(vm.str_text(name).unwrap_or("?"));
    let line = line.as_small_int().unwrap_or(0);
    vm.new_string(format!(
        "<frame at 0x{:08x}, file {filename}, line {line}, code {name}>",
        args[0].raw()
    ))
}
