//! Operator dunders of built-in types (`(5).__add__(3)`, `[1].__len__()`, `int.__lt__`),
//! made on demand when attribute lookup finds nothing: no heap is spent on them in every
//! built-in class's dict. Each works on the built-in part of its `self`, so subclasses of
//! built-in types reach the built-in behaviour through them (`int.__add__(self, other)`).

use alloc::boxed::Box;

use crate::compile::opcode::{binary, compare, Op};
use crate::obj::{Builtin, Iter, Obj};
use crate::qstr::Qstr;
use crate::value::Value;
use crate::vm::ops::Number;
use crate::vm::{PyResult, Vm};

type Args<'a> = &'a [Value];
type Kwargs<'a> = &'a [(Value, Value)];

// Kinds of built-in values, as bits.
const INT: u16 = 1 << 0;
const FLOAT: u16 = 1 << 1;
const COMPLEX: u16 = 1 << 2;
const STR: u16 = 1 << 3;
const BYTES: u16 = 1 << 4;
const BYTEARRAY: u16 = 1 << 5;
const LIST: u16 = 1 << 6;
const TUPLE: u16 = 1 << 7;
const DICT: u16 = 1 << 8;
const SET: u16 = 1 << 9;
const RANGE: u16 = 1 << 10;
const ITERATOR: u16 = 1 << 11;
const VIEW: u16 = 1 << 12;
const MEMORYVIEW: u16 = 1 << 13;

const REAL: u16 = INT | FLOAT;
const NUMBER: u16 = INT | FLOAT | COMPLEX;
const SEQUENCE: u16 = STR | BYTES | BYTEARRAY | LIST | TUPLE;
const SIZED: u16 = SEQUENCE | DICT | SET | RANGE | VIEW | MEMORYVIEW;
const ORDERED: u16 = REAL | SEQUENCE | SET | VIEW;

/// The kind bit of a built-in value (0 for anything else).
fn kind(vm: &Vm, v: Value) -> u16 {
    if v.as_small_int().is_some() || v == Value::TRUE || v == Value::FALSE {
        return INT;
    }
    if v.as_qstr().is_some() {
        return STR;
    }
    match vm.heap_obj(v) {
        Some(Obj::Int64(_) | Obj::BigInt(_)) => INT,
        Some(Obj::Float(_)) => FLOAT,
        Some(Obj::Complex(_)) => COMPLEX,
        Some(Obj::Str(_)) => STR,
        Some(Obj::Bytes(_)) => BYTES,
        Some(Obj::ByteArray(_)) => BYTEARRAY,
        Some(Obj::List(_)) => LIST,
        Some(Obj::Tuple(_)) => TUPLE,
        Some(Obj::Dict(_)) => DICT,
        Some(Obj::Set(_) | Obj::FrozenSet(_)) => SET,
        Some(Obj::Range(_) | Obj::BigRange(_)) => RANGE,
        Some(Obj::MemoryView(_)) => MEMORYVIEW,
        Some(Obj::Iterator(iter)) => match &**iter {
            Iter::DictView { .. } => VIEW,
            _ => ITERATOR,
        },
        // A coroutine is a generator underneath, but not an iterator.
        Some(Obj::Generator(g)) if !g.is_coroutine() => ITERATOR,
        _ => 0,
    }
}

/// Whether `v` is a built-in value with operator dunders of its own (a number, str, bytes,
/// container, view or iterator; not a function, class or module).
pub fn has_dunders(vm: &Vm, v: Value) -> bool {
    kind(vm, v) != 0
}

/// The kind a built-in class's instances have.
fn class_kind(vm: &Vm, class: Value) -> u16 {
    let t = &vm.types;
    let table = [
        (t.int, INT),
        (t.bool, INT),
        (t.float, FLOAT),
        (t.complex, COMPLEX),
        (t.str, STR),
        (t.bytes, BYTES),
        (t.bytearray, BYTEARRAY),
        (t.list, LIST),
        (t.tuple, TUPLE),
        (t.dict, DICT),
        (t.set, SET),
        (t.frozenset, SET),
        (t.range, RANGE),
        (t.memoryview, MEMORYVIEW),
        (t.dict_keys, VIEW),
        (t.dict_items, VIEW),
    ];
    table
        .iter()
        .find(|(c, _)| *c == class)
        .map_or(0, |&(_, k)| k)
}

/// `obj.name` for an operator dunder of a built-in type, when the class dicts have none:
/// a bound method for values, the plain function for built-in classes.
pub fn lookup(vm: &mut Vm, obj: Value, name: Qstr) -> PyResult<Option<Value>> {
    let text = vm.qstr_text(name);
    if !text.starts_with("__") {
        return Ok(None);
    }
    if name == crate::qstr::q::__doc__ {
        // No class on the way had one: built-in types carry no docstrings in flash.
        return Ok(Some(Value::NONE));
    }
    let Some((_, builtin, kinds)) = DUNDERS.iter().find(|(n, _, _)| *n == text) else {
        return Ok(None);
    };
    if let Some(Obj::Class(_)) = vm.heap_obj(obj) {
        // The nearest built-in ancestor decides (`class MyInt(int)` has int's dunders).
        let mro = match vm.heap_obj(obj) {
            Some(Obj::Class(c)) => c.mro.to_vec(),
            _ => alloc::vec::Vec::new(),
        };
        let k = mro.iter().map(|&c| class_kind(vm, c)).find(|&k| k != 0);
        if k.is_some_and(|k| k & kinds != 0) {
            return vm.alloc(Obj::Builtin(builtin)).map(Some);
        }
        return Ok(None);
    }
    let part = vm.builtin_part(obj);
    if kind(vm, part) & kinds == 0 {
        return Ok(None);
    }
    let function = vm.alloc(Obj::Builtin(builtin))?;
    vm.alloc(Obj::BoundMethod(Box::new([obj, function])))
        .map(Some)
}

/// `class M(int, Mixin)`: in CPython, int's own dict comes before the mixin's in the MRO, so
/// int's `__hash__`, `__eq__`, `__add__`, `__repr__`… win over the mixin's (an `IntEnum`
/// member hashes as its int). Here a built-in class's operator dunders are found after the
/// whole MRO (`lookup`), so a Python class after the built-in one would hide them: the new
/// class gets the built-in ones in its own dict instead, for each name a later Python class
/// defines and no class before the built-in one does.
pub fn keep_builtin_dunders(vm: &mut Vm, class: Value) -> PyResult<()> {
    let Some(Obj::Class(c)) = vm.heap_obj(class) else {
        return Ok(());
    };
    let Some(base) = c.mro.iter().skip(1).position(|&a| class_kind(vm, a) != 0) else {
        return Ok(());
    };
    let base = base + 1;
    let mro = c.mro.to_vec();
    let kind = class_kind(vm, mro[base]);
    let object = vm.types.object;
    let mut names: alloc::vec::Vec<Qstr> = alloc::vec::Vec::new();
    for &later in &mro[base + 1..] {
        let Obj::Class(l) = vm.heap.get(later) else {
            continue;
        };
        if later == object || l.flags & crate::obj::class_flags::BUILTIN != 0 {
            continue;
        }
        for name in l.dict.iter().filter_map(|entry| entry.key.as_qstr()) {
            if !names.contains(&name) {
                names.push(name);
            }
        }
    }
    for name in names {
        if mro[..base]
            .iter()
            .any(|&earlier| vm.class_lookup_own(earlier, name).is_some())
        {
            continue;
        }
        let text = vm.qstr_text(name);
        let value = if let Some((_, builtin, _)) = DUNDERS
            .iter()
            .find(|(n, _, kinds)| *n == text && kinds & kind != 0)
        {
            vm.alloc(Obj::Builtin(builtin))?
        } else if text == "__hash__" && kind & (LIST | DICT | BYTEARRAY) != 0 {
            Value::NONE
        } else if object_method_of(text, kind) {
            match vm.class_lookup_own(object, name) {
                Some(value) => value,
                None => continue,
            }
        } else {
            continue;
        };
        crate::vm::types::class_dict_set(vm, class, name, value)?;
    }
    Ok(())
}

/// Whether the built-in type of `kind` has `name` in its own dict in CPython, where Pyrite's
/// `object` method serves the built-in part (`obj/object.rs`).
fn object_method_of(name: &str, kind: u16) -> bool {
    match name {
        "__repr__" | "__eq__" | "__ne__" => true,
        "__format__" => kind & (NUMBER | STR) != 0,
        "__str__" => kind & (STR | BYTES | BYTEARRAY) != 0,
        _ => false,
    }
}

/// The operator dunders `lookup` finds on `obj` (a value or a class), for `dir()`.
pub fn names(vm: &Vm, obj: Value) -> impl Iterator<Item = &'static str> {
    let k = match vm.heap_obj(obj) {
        Some(Obj::Class(c)) => c
            .mro
            .iter()
            .map(|&c| class_kind(vm, c))
            .find(|&k| k != 0)
            .unwrap_or(0),
        _ => kind(vm, vm.builtin_part(obj)),
    };
    DUNDERS
        .iter()
        .filter(move |(_, _, kinds)| kinds & k != 0)
        .map(|(name, _, _)| *name)
}

fn self_part(vm: &mut Vm, args: Args, name: &str, expected: u16) -> PyResult<Value> {
    let this = crate::modules::builtins::receiver(vm, args, name)?;
    let part = vm.builtin_part(this);
    if kind(vm, part) & expected == 0 {
        let type_name = vm.type_name(this);
        return Err(vm.type_error(alloc::format!(
            "descriptor '{name}' does not apply to a '{type_name}' object"
        )));
    }
    Ok(part)
}

fn one_arg(vm: &mut Vm, args: Args, name: &str) -> PyResult<Value> {
    crate::modules::builtins::check_method_args(vm, name, args, 1, 1)?;
    Ok(args[1])
}

/// Whether a number of kind `this` combines with one of kind `other` in its own dunders
/// (`int.__add__(1.5)` is NotImplemented; `float.__add__(1)` is not).
fn numbers_combine(this: u16, other: u16) -> bool {
    match this {
        INT => other == INT,
        FLOAT => other & REAL != 0,
        _ => other & NUMBER != 0,
    }
}

/// True when `e` is a TypeError (the operands did not fit: NotImplemented).
fn is_type_error(vm: &Vm, e: Value) -> bool {
    vm.isinstance(e, vm.types.type_error)
}

/// `self op other` on built-in parts; NotImplemented when the types do not combine.
fn binary_dunder(vm: &mut Vm, args: Args, name: &str, op: u8, reflected: bool) -> PyResult<Value> {
    let this = self_part(vm, args, name, u16::MAX)?;
    let other = one_arg(vm, args, name)?;
    let other_part = vm.builtin_part(other);
    let (k1, k2) = (kind(vm, this), kind(vm, other_part));
    if k2 == 0 || (k1 & NUMBER != 0 && k2 & NUMBER != 0 && !numbers_combine(k1, k2)) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    let (a, b) = if reflected {
        (other_part, this)
    } else if op == binary::REMAINDER && k1 & (STR | BYTES | BYTEARRAY) != 0 {
        // `%`-formatting takes the argument itself: a subclass's `__str__`/`__repr__` count.
        (this, other)
    } else {
        (this, other_part)
    };
    // A sequence's concatenation and repetition raise their TypeError (`'a'.__add__(1)`), as
    // CPython's sequence slots do; other operators give NotImplemented.
    let sequence = k1 & (STR | LIST | TUPLE | BYTES | BYTEARRAY) != 0
        && matches!(op, binary::ADD | binary::MULTIPLY);
    if sequence && op == binary::MULTIPLY && !vm.is_int(if reflected { a } else { b }) {
        let count = if reflected { a } else { b };
        let name = vm.type_name(count);
        return Err(vm.type_error(alloc::format!(
            "'{name}' object cannot be interpreted as an integer"
        )));
    }
    match vm.binary_op(op, a, b) {
        Ok(v) => Ok(v),
        Err(e) if is_type_error(vm, e) && !sequence => Ok(Value::NOT_IMPLEMENTED),
        Err(e) => Err(e),
    }
}

fn compare_dunder(vm: &mut Vm, args: Args, name: &str, op: u8) -> PyResult<Value> {
    let this = self_part(vm, args, name, u16::MAX)?;
    let other = one_arg(vm, args, name)?;
    let other_part = vm.builtin_part(other);
    let (k1, k2) = (kind(vm, this), kind(vm, other_part));
    const BYTES_LIKE: u16 = BYTES | BYTEARRAY | MEMORYVIEW;
    let comparable = if k1 & NUMBER != 0 {
        numbers_combine(k1, k2)
    } else {
        k1 == k2 || (k1 | k2) & !(SET | VIEW) == 0 || (k1 | k2) & !BYTES_LIKE == 0
    };
    if !comparable {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    match vm.compare_op(op, this, other_part) {
        Ok(v) => Ok(v),
        Err(e) if is_type_error(vm, e) => Ok(Value::NOT_IMPLEMENTED),
        Err(e) => Err(e),
    }
}

/// `object.__eq__` / `__ne__` of built-in values (called from `obj/object.rs`).
pub fn builtin_equality(vm: &mut Vm, args: Args, equal: bool) -> PyResult<Value> {
    compare_dunder(
        vm,
        args,
        if equal { "__eq__" } else { "__ne__" },
        if equal { compare::EQ } else { compare::NE },
    )
}

/// `object.__lt__`/`__le__`/`__gt__`/`__ge__` of built-in values (called from
/// `obj/object.rs`): `op` is the comparison.
pub fn builtin_order(vm: &mut Vm, args: Args, op: u8) -> PyResult<Value> {
    let name = match op {
        compare::LT => "__lt__",
        compare::LE => "__le__",
        compare::GT => "__gt__",
        _ => "__ge__",
    };
    compare_dunder(vm, args, name, op)
}

macro_rules! binary_dunders {
    ($($forward:ident, $reflected:ident, $op:expr;)*) => {
        $(
            fn $forward(vm: &mut Vm, args: Args, _: Kwargs) -> PyResult<Value> {
                binary_dunder(vm, args, stringify!($forward), $op, false)
            }
            fn $reflected(vm: &mut Vm, args: Args, _: Kwargs) -> PyResult<Value> {
                binary_dunder(vm, args, stringify!($reflected), $op, true)
            }
        )*
    };
}

binary_dunders! {
    __add__, __radd__, binary::ADD;
    __sub__, __rsub__, binary::SUBTRACT;
    __mul__, __rmul__, binary::MULTIPLY;
    __truediv__, __rtruediv__, binary::TRUE_DIVIDE;
    __floordiv__, __rfloordiv__, binary::FLOOR_DIVIDE;
    __mod__, __rmod__, binary::REMAINDER;
    __pow__, __rpow__, binary::POWER;
    __lshift__, __rlshift__, binary::LSHIFT;
    __rshift__, __rrshift__, binary::RSHIFT;
    __and__, __rand__, binary::AND;
    __or__, __ror__, binary::OR;
    __xor__, __rxor__, binary::XOR;
}

fn __imul__(vm: &mut Vm, args: Args, _: Kwargs) -> PyResult<Value> {
    let this = self_part(vm, args, "__imul__", LIST | BYTEARRAY)?;
    let count = one_arg(vm, args, "__imul__")?;
    vm.binary_op(binary::MULTIPLY | binary::INPLACE, this, count)
}

macro_rules! compare_dunders {
    ($($name:ident, $op:expr;)*) => {
        $(
            fn $name(vm: &mut Vm, args: Args, _: Kwargs) -> PyResult<Value> {
                compare_dunder(vm, args, stringify!($name), $op)
            }
        )*
    };
}

compare_dunders! {
    __lt__, compare::LT;
    __le__, compare::LE;
    __gt__, compare::GT;
    __ge__, compare::GE;
}

fn __divmod__(vm: &mut Vm, args: Args, _: Kwargs) -> PyResult<Value> {
    let this = self_part(vm, args, "__divmod__", REAL)?;
    let other = one_arg(vm, args, "__divmod__")?;
    let other = vm.builtin_part(other);
    if kind(vm, other) & REAL == 0 {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    crate::modules::builtins::divmod_values(vm, this, other)
}

fn __rdivmod__(vm: &mut Vm, args: Args, _: Kwargs) -> PyResult<Value> {
    let this = self_part(vm, args, "__rdivmod__", REAL)?;
    let other = one_arg(vm, args, "__rdivmod__")?;
    let other = vm.builtin_part(other);
    if kind(vm, other) & REAL == 0 {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    crate::modules::builtins::divmod_values(vm, other, this)
}

fn unary(vm: &mut Vm, args: Args, name: &str, op: Op) -> PyResult<Value> {
    crate::modules::builtins::check_method_args(vm, name, args, 0, 0)?;
    let this = self_part(vm, args, name, NUMBER)?;
    vm.unary_op(op, this)
}

fn __neg__(vm: &mut Vm, args: Args, _: Kwargs) -> PyResult<Value> {
    unary(vm, args, "__neg__", Op::UNARY_NEGATIVE)
}

fn __pos__(vm: &mut Vm, args: Args, _: Kwargs) -> PyResult<Value> {
    unary(vm, args, "__pos__", Op::UNARY_POSITIVE)
}

fn __invert__(vm: &mut Vm, args: Args, _: Kwargs) -> PyResult<Value> {
    unary(vm, args, "__invert__", Op::UNARY_INVERT)
}

/// Calls the builtin function `name` (abs, float, round, …) on self's built-in part.
fn via_builtin(
    vm: &mut Vm,
    args: Args,
    method: &str,
    function: &str,
    kinds: u16,
) -> PyResult<Value> {
    let this = self_part(vm, args, method, kinds)?;
    let name = vm.qstrs.intern(function);
    let Some(f) = vm.builtin(name)? else {
        return Err(vm.type_error("missing builtin"));
    };
    let mut call_args = alloc::vec![this];
    call_args.extend_from_slice(&args[1..]);
    vm.call(f, &call_args, &[])
}

fn __abs__(vm: &mut Vm, args: Args, _: Kwargs) -> PyResult<Value> {
    via_builtin(vm, args, "__abs__", "abs", NUMBER)
}

fn __float__(vm: &mut Vm, args: Args, _: Kwargs) -> PyResult<Value> {
    via_builtin(vm, args, "__float__", "float", REAL)
}

fn __round__(vm: &mut Vm, args: Args, _: Kwargs) -> PyResult<Value> {
    via_builtin(vm, args, "__round__", "round", REAL)
}

fn __trunc__(vm: &mut Vm, args: Args, _: Kwargs) -> PyResult<Value> {
    via_builtin(vm, args, "__trunc__", "int", REAL)
}

fn __floor__(vm: &mut Vm, args: Args, _: Kwargs) -> PyResult<Value> {
    rounded_to_int(vm, args, "__floor__", libm::floor)
}

fn __ceil__(vm: &mut Vm, args: Args, _: Kwargs) -> PyResult<Value> {
    rounded_to_int(vm, args, "__ceil__", libm::ceil)
}

/// `__floor__`/`__ceil__`: an int's value; a float rounded by `round` into an int.
fn rounded_to_int(vm: &mut Vm, args: Args, method: &str, round: fn(f64) -> f64) -> PyResult<Value> {
    let this = self_part(vm, args, method, REAL)?;
    crate::modules::builtins::check_method_args(vm, method, args, 0, 0)?;
    match vm.as_number(this) {
        Some(Number::Float(x)) => {
            let n = crate::num::float::to_int(round(x)).map_err(|e| vm.num_error(e))?;
            vm.new_bigint(n)
        }
        Some(Number::Int(n)) => vm.new_int(n),
        Some(Number::Big(n)) => vm.new_bigint(n),
        _ => Ok(this),
    }
}

fn __bool__(vm: &mut Vm, args: Args, _: Kwargs) -> PyResult<Value> {
    let this = self_part(vm, args, "__bool__", NUMBER)?;
    vm.is_true(this).map(Value::bool)
}

fn __len__(vm: &mut Vm, args: Args, _: Kwargs) -> PyResult<Value> {
    let this = self_part(vm, args, "__len__", SIZED)?;
    let n = vm.len_of(this)?;
    vm.new_int(n as i64)
}

fn __getitem__(vm: &mut Vm, args: Args, _: Kwargs) -> PyResult<Value> {
    let this = self_part(vm, args, "__getitem__", u16::MAX)?;
    let index = one_arg(vm, args, "__getitem__")?;
    vm.get_item(this, index)
}

fn __setitem__(vm: &mut Vm, args: Args, _: Kwargs) -> PyResult<Value> {
    crate::modules::builtins::check_method_args(vm, "__setitem__", args, 2, 2)?;
    let this = self_part(vm, args, "__setitem__", u16::MAX)?;
    vm.set_item(this, args[1], args[2])?;
    Ok(Value::NONE)
}

fn __delitem__(vm: &mut Vm, args: Args, _: Kwargs) -> PyResult<Value> {
    let this = self_part(vm, args, "__delitem__", u16::MAX)?;
    let index = one_arg(vm, args, "__delitem__")?;
    vm.del_item(this, index)?;
    Ok(Value::NONE)
}

fn __contains__(vm: &mut Vm, args: Args, _: Kwargs) -> PyResult<Value> {
    let this = self_part(vm, args, "__contains__", u16::MAX)?;
    let item = one_arg(vm, args, "__contains__")?;
    vm.contains(this, item).map(Value::bool)
}

fn __iter__(vm: &mut Vm, args: Args, _: Kwargs) -> PyResult<Value> {
    crate::modules::builtins::check_method_args(vm, "__iter__", args, 0, 0)?;
    let this = self_part(vm, args, "__iter__", u16::MAX)?;
    vm.get_iter(this)
}

fn __reversed__(vm: &mut Vm, args: Args, _: Kwargs) -> PyResult<Value> {
    let this = self_part(vm, args, "__reversed__", LIST | RANGE | DICT | VIEW)?;
    let reversed = vm.types.reversed;
    vm.call(reversed, &[this], &[])
}

fn __hash__(vm: &mut Vm, args: Args, _: Kwargs) -> PyResult<Value> {
    let this = self_part(vm, args, "__hash__", u16::MAX)?;
    let h = vm.py_hash(this)?;
    vm.new_int(h)
}

type Entry = (&'static str, &'static Builtin, u16);

macro_rules! dunder_table {
    ($($name:ident: $kinds:expr,)*) => {
        static DUNDERS: &[Entry] = &[
            $((stringify!($name), &Builtin::new(stringify!($name), $name), $kinds),)*
        ];
    };
}

dunder_table! {
    __add__: NUMBER | SEQUENCE,
    __radd__: NUMBER,
    __sub__: NUMBER | SET | VIEW,
    __rsub__: NUMBER | SET | VIEW,
    __mul__: NUMBER | SEQUENCE,
    __rmul__: NUMBER | SEQUENCE,
    __imul__: LIST | BYTEARRAY,
    __truediv__: NUMBER,
    __rtruediv__: NUMBER,
    __floordiv__: REAL,
    __rfloordiv__: REAL,
    __mod__: REAL | STR | BYTES | BYTEARRAY,
    __rmod__: REAL,
    __divmod__: REAL,
    __rdivmod__: REAL,
    __pow__: NUMBER,
    __rpow__: NUMBER,
    __lshift__: INT,
    __rlshift__: INT,
    __rshift__: INT,
    __rrshift__: INT,
    __and__: INT | SET | VIEW,
    __rand__: INT | SET | VIEW,
    __or__: INT | SET | VIEW | DICT,
    __ror__: INT | SET | VIEW | DICT,
    __xor__: INT | SET | VIEW,
    __rxor__: INT | SET | VIEW,
    __lt__: ORDERED,
    __le__: ORDERED,
    __gt__: ORDERED,
    __ge__: ORDERED,
    __neg__: NUMBER,
    __pos__: NUMBER,
    __invert__: INT,
    __abs__: NUMBER,
    __float__: REAL,
    __round__: REAL,
    __trunc__: REAL,
    __floor__: REAL,
    __ceil__: REAL,
    __bool__: NUMBER,
    __len__: SIZED,
    __getitem__: SEQUENCE | DICT | RANGE | MEMORYVIEW,
    __setitem__: LIST | DICT | BYTEARRAY | MEMORYVIEW,
    __delitem__: LIST | DICT | BYTEARRAY,
    __contains__: SIZED & !MEMORYVIEW,
    __iter__: SIZED | ITERATOR,
    __reversed__: LIST | RANGE | DICT | VIEW,
    __hash__: NUMBER | STR | BYTES | TUPLE | RANGE | SET,
}
