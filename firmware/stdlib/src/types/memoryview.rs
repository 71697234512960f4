//! `memoryview`'s ordinary methods (the view itself is the runtime's: `pyrite::obj::memoryview`).

use alloc::boxed::Box;
use alloc::format;

use crate::modules::builtins::{bind_args, check_method_args, keywords_to_positions, receiver};
use crate::obj::memoryview::{item_size, items, release, view_of};
use crate::obj::{Builtin, MemoryViewObj, Obj};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

type Args<'a> = &'a [Value];
type Kwargs<'a> = &'a [(Value, Value)];

/// The view in `args[0]`, or the error of a released one.
fn this(vm: &mut Vm, args: Args, name: &str) -> PyResult<MemoryViewObj> {
    let this = receiver(vm, args, name)?;
    view_of(vm, this)
}

fn tobytes(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult<Value> {
    // `order` only matters for multi-dimensional views.
    let args = &*keywords_to_positions(vm, "tobytes", args, kwargs, 1, &["order"], &[])?;
    this(vm, args, "tobytes")?;
    let bytes = vm.bytes_data(args[0]).unwrap_or_default();
    vm.alloc(Obj::Bytes(bytes.into_boxed_slice()))
}

fn tolist(vm: &mut Vm, args: Args, _: Kwargs) -> PyResult<Value> {
    check_method_args(vm, "tolist", args, 0, 0)?;
    let view = this(vm, args, "tolist")?;
    let items = items(vm, &view)?;
    vm.new_list(items)
}

fn hex(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult<Value> {
    this(vm, args, "hex")?;
    super::bytes::hex(vm, args, kwargs)
}

/// `cast(format)`: the same memory read as items of another native format (one of them a
/// byte format, as in CPython); `shape` may only repeat the length (one dimension).
fn cast(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult<Value> {
    let view = this(vm, args, "cast")?;
    let [format, shape] = bind_args(vm, "cast", &args[1..], kwargs, ["format", "shape"], 1)?;
    let format = format.unwrap_or(Value::NONE);
    let Some(text) = vm.str_text(format) else {
        let name = vm.type_name(format);
        return Err(vm.type_error(format!("cast() argument 'format' must be str, not {name}")));
    };
    let code = match text.as_bytes() {
        [code] | [b'@', code] if item_size(*code).is_some() => *code,
        _ => {
            return Err(vm.value_error(
                "memoryview: destination format must be a native single character format prefixed with an optional '@'",
            ))
        }
    };
    let byte_format = |code: u8| b"Bbc".contains(&code);
    if !byte_format(view.format) && !byte_format(code) {
        return Err(vm.type_error("memoryview: cannot cast between two non-byte formats"));
    }
    let size = item_size(code).unwrap_or(1);
    if view.len % size != 0 {
        return Err(vm.type_error("memoryview: length is not a multiple of itemsize"));
    }
    if let Some(shape) = shape {
        let dimensions = vm.collect_iterable(shape)?;
        let one_dimension = match dimensions.as_slice() {
            [n] => vm.as_i64(*n) == Some((view.len / size) as i64),
            _ => false,
        };
        if !one_dimension {
            return Err(vm.value_error(
                "memoryview: cast to a shape other than the view's length is not supported (one dimension only)",
            ));
        }
    }
    vm.alloc(Obj::MemoryView(Box::new(MemoryViewObj {
        format: code,
        ..view
    })))
}

fn toreadonly(vm: &mut Vm, args: Args, _: Kwargs) -> PyResult<Value> {
    check_method_args(vm, "toreadonly", args, 0, 0)?;
    let view = this(vm, args, "toreadonly")?;
    vm.alloc(Obj::MemoryView(Box::new(MemoryViewObj {
        readonly: true,
        ..view
    })))
}

pub static METHODS: &[Builtin] = &[
    Builtin::with_keywords("tobytes", tobytes),
    Builtin::new("tolist", tolist),
    Builtin::with_keywords("hex", hex),
    Builtin::self_only("release", release),
    Builtin::with_keywords("cast", cast),
    Builtin::new("toreadonly", toreadonly),
];
