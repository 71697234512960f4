//! Generator objects' methods: `send`, `throw`, `close`; a coroutine's `__await__` and the
//! `coroutine_wrapper` iterator it returns.

use crate::modules::builtins::check_method_args;
use crate::obj::{Builtin, Obj};
use crate::value::Value;
use crate::vm::generator::{GeneratorStep, Resume};
use crate::vm::{PyResult, Vm};

/// The generator the method was called on; for a `coroutine_wrapper`, its coroutine.
fn this(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    match args.first().map(|&v| (v, vm.heap_obj(v))) {
        Some((v, Some(Obj::Generator(_)))) => Ok(v),
        // A wrapper is an instance of `coroutine_wrapper` around its coroutine (no other
        // instance has a generator for its built-in part: generators cannot be subclassed).
        Some((_, Some(Obj::Instance(wrapper))))
            if matches!(vm.heap_obj(wrapper.base), Some(Obj::Generator(_))) =>
        {
            Ok(wrapper.base)
        }
        _ => Err(vm.type_error("descriptor requires a 'generator' object")),
    }
}

/// `coroutine.__await__()`: an iterator over the coroutine's steps (send, throw and close
/// go to the coroutine), for `__await__` methods that hand over to a coroutine.
fn await_(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "__await__", args, 0, 0)?;
    let coroutine = this(vm, args)?;
    if vm.types.coroutine_wrapper.is_null() {
        vm.types.coroutine_wrapper = crate::vm::types::make_coroutine_wrapper_class(vm)?;
    }
    let wrapper = crate::obj::Instance {
        class: vm.types.coroutine_wrapper,
        dict: crate::obj::Dict::new(),
        base: coroutine,
    };
    vm.alloc(Obj::Instance(alloc::boxed::Box::new(wrapper)))
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

fn iter(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    crate::modules::builtins::receiver(vm, args, "__iter__")
}

fn next(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let generator = this(vm, args)?;
    let step = vm.resume_generator(generator, Resume::Send(Value::NONE))?;
    finish(vm, step)
}

const SEND: Builtin = Builtin::new("send", send);
const THROW: Builtin = Builtin::new("throw", throw);
const CLOSE: Builtin = Builtin::new("close", close);
const ITER: Builtin = Builtin::new("__iter__", iter);
const NEXT: Builtin = Builtin::new("__next__", next);

pub static METHODS: &[Builtin] = &[SEND, THROW, CLOSE, ITER, NEXT];

/// A coroutine's: a generator's but for iteration (`iter(coroutine)` is a TypeError), and
/// `__await__`.
pub static COROUTINE_METHODS: &[Builtin] = &[SEND, THROW, CLOSE, Builtin::new("__await__", await_)];
