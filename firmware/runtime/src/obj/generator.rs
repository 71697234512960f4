//! Generator objects' methods: `send`, `throw`, `close`.

use crate::modules::builtins::check_method_args;
use crate::obj::{Builtin, Obj};
use crate::value::Value;
use crate::vm::generator::{GeneratorStep, Resume};
use crate::vm::{PyResult, Vm};

fn this(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    match args.first() {
        Some(&v) if matches!(vm.heap_obj(v), Some(Obj::Generator(_))) => Ok(v),
        _ => Err(vm.type_error("descriptor requires a 'generator' object")),
    }
}

fn finish(vm: &mut Vm, step: GeneratorStep) -> PyResult<Value> {
    match step {
        GeneratorStep::Yielded(v) => Ok(v),
        GeneratorStep::Returned(r) => Err(vm.stop_iteration(r)),
    }
}

fn send(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "send", args, 1, 1)?;
    let generator = this(vm, args)?;
    let step = vm.resume_generator(generator, Resume::Send(args[1]))?;
    finish(vm, step)
}

fn throw(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "throw", args, 1, 3)?;
    let generator = this(vm, args)?;
    let mut exception = args[1];
    if let Some(&value) = args.get(2) {
        if !value.is_none() && matches!(vm.heap_obj(exception), Some(Obj::Class(_))) {
            exception = if vm.is_exception(value) {
                value
            } else {
                vm.call(exception, &[value], &[])?
            };
        }
    }
    let exception = vm.make_raisable(exception, Value::NULL)?;
    let step = vm.resume_generator(generator, Resume::Throw(exception))?;
    finish(vm, step)
}

fn close(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let generator = this(vm, args)?;
    vm.close_generator(generator)?;
    Ok(Value::NONE)
}

fn iter(_: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    Ok(args[0])
}

fn next(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let generator = this(vm, args)?;
    let step = vm.resume_generator(generator, Resume::Send(Value::NONE))?;
    finish(vm, step)
}

pub static METHODS: &[Builtin] = &[
    Builtin {
        name: "send",
        func: send,
    },
    Builtin {
        name: "throw",
        func: throw,
    },
    Builtin {
        name: "close",
        func: close,
    },
    Builtin {
        name: "__iter__",
        func: iter,
    },
    Builtin {
        name: "__next__",
        func: next,
    },
];

/// A coroutine's: a generator's but for iteration (`iter(coroutine)` is a TypeError).
pub static COROUTINE_METHODS: &[Builtin] = METHODS.split_at(3).0;
