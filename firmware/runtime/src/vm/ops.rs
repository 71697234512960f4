//! Operators: arithmetic, comparison, truth, hashing and equality, with the data-model
//! dunders for Python classes (`__add__`/`__radd__`/`__iadd__`, `__eq__`, `__hash__`, …).

use alloc::boxed::Box;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::{PyResult, Vm};
use crate::compile::opcode::{binary, compare, Op};
use crate::num::bigint::{self, BigInt};
use crate::num::{ErrorKind, NumError};
use crate::obj::dict::{scramble, unscramble, KeyMatch};
use crate::obj::{class_flags, Obj};
use crate::qstr::{q, Qstr};
use crate::value::Value;

/// A number extracted from a value.
#[derive(Clone)]
pub enum Number {
    Int(i64),
    Big(BigInt),
    Float(f64),
    Complex(f64, f64),
}

const OPERATOR_NAMES: [(Qstr, Qstr, Qstr, &str); 13] = [
    (q::__add__, q::__radd__, q::__iadd__, "+"),
    (q::__sub__, q::__rsub__, q::__isub__, "-"),
    (q::__mul__, q::__rmul__, q::__imul__, "*"),
    (q::__matmul__, q::__rmatmul__, q::__imatmul__, "@"),
    (q::__truediv__, q::__rtruediv__, q::__itruediv__, "/"),
    (q::__floordiv__, q::__rfloordiv__, q::__ifloordiv__, "//"),
    (q::__mod__, q::__rmod__, q::__imod__, "%"),
    (q::__pow__, q::__rpow__, q::__ipow__, "** or pow()"),
    (q::__lshift__, q::__rlshift__, q::__ilshift__, "<<"),
    (q::__rshift__, q::__rrshift__, q::__irshift__, ">>"),
    (q::__and__, q::__rand__, q::__iand__, "&"),
    (q::__or__, q::__ror__, q::__ior__, "|"),
    (q::__xor__, q::__rxor__, q::__ixor__, "^"),
];

impl Vm {
    /// Turns a numeric-library error into the Python exception it names.
    pub fn num_error(&mut self, error: NumError) -> Value {
        let class = match error.kind {
            ErrorKind::Value | ErrorKind::Complex => self.types.value_error,
            ErrorKind::Overflow => self.types.overflow_error,
            ErrorKind::ZeroDivision => self.types.zero_division_error,
            ErrorKind::Type => self.types.type_error,
        };
        self.new_exception_msg(class, &error.message)
    }

    /// The number in `v`, if it is an int, bool, float or complex (or a subclass instance).
    #[cfg_attr(target_os = "none", link_section = ".text.hot")]
    pub fn as_number(&self, v: Value) -> Option<Number> {
        if let Some(n) = v.as_small_int() {
            return Some(Number::Int(n as i64));
        }
        match v {
            Value::TRUE => return Some(Number::Int(1)),
            Value::FALSE => return Some(Number::Int(0)),
            _ => {}
        }
        match self.heap_obj(v)? {
            Obj::Float(x) => Some(Number::Float(*x)),
            Obj::Int64(n) => Some(Number::Int(*n)),
            Obj::BigInt(n) => Some(match n.to_i64() {
                Some(small) => Number::Int(small),
                None => Number::Big((**n).clone()),
            }),
            Obj::Complex(c) => Some(Number::Complex(c.0, c.1)),
            Obj::Instance(instance) if !instance.base.is_null() => self.as_number(instance.base),
            _ => None,
        }
    }

    /// The value of an int (small, big, bool or int subclass).
    pub fn as_bigint(&self, v: Value) -> Option<BigInt> {
        match self.as_number(v)? {
            Number::Int(n) => Some(BigInt::from_i64(n)),
            Number::Big(b) => Some(b),
            _ => None,
        }
    }

    /// An int as i64 if it fits.
    pub fn as_i64(&self, v: Value) -> Option<i64> {
        match self.as_number(v)? {
            Number::Int(n) => Some(n),
            _ => None,
        }
    }

    pub fn is_int(&self, v: Value) -> bool {
        matches!(
            self.as_number(v),
            Some(Number::Int(_)) | Some(Number::Big(_))
        )
    }

    pub fn number_value(&mut self, n: Number) -> PyResult<Value> {
        match n {
            Number::Int(i) => self.new_int(i),
            Number::Big(b) => self.new_bigint(b),
            Number::Float(x) => self.new_float(x),
            Number::Complex(re, im) => self.alloc(Obj::Complex(Box::new((re, im)))),
        }
    }

    /// `a op b` for `BINARY_OP` (op may carry `binary::INPLACE`).
    #[cfg_attr(target_os = "none", link_section = ".text.hot")]
    pub fn binary_op(&mut self, op: u8, a: Value, b: Value) -> PyResult<Value> {
        let base_op = op & !binary::INPLACE;
        // Arithmetic on two floats (numeric code's): straight to the float operation, without
        // the number tower (+35% on nbody). Other operators take the path below, whose errors
        // name the in-place form.
        if base_op <= binary::POWER && base_op != binary::MATRIX_MULTIPLY {
            if let Some(&Obj::Float(x)) = self.heap_obj(a) {
                if let Some(&Obj::Float(y)) = self.heap_obj(b) {
                    return self.float_binary(base_op, x, y);
                }
            }
            if base_op <= binary::MULTIPLY {
                if let Some(result) = self.big_arith(base_op, a, b) {
                    return result;
                }
            }
        }
        // Past the numbers: a dunder, a count's `__index__` or a formatted item's `__str__`
        // may run Python code while the operands are held here.
        let depth = self.roots.len();
        if !self.is_plain(a) || !self.is_plain(b) {
            self.roots.extend_from_slice(&[a, b]);
        }
        let result = self.binary_op_general(op, a, b);
        self.roots.truncate(depth);
        result
    }

    #[inline(always)]
    fn binary_op_general(&mut self, op: u8, a: Value, b: Value) -> PyResult<Value> {
        let base_op = op & !binary::INPLACE;
        let inplace = op & binary::INPLACE != 0;
        let a_user = self.has_python_class(a);
        let b_user = self.has_python_class(b);
        if !a_user && !b_user {
            if let Some(result) = self.builtin_binary(base_op, a, b, inplace)? {
                return Ok(result);
            }
            return self.binary_fallback(base_op, inplace, a, b);
        }
        let (forward, reflected, inplace_name, _) = OPERATOR_NAMES[base_op as usize];
        if inplace {
            if let Some(result) = self.call_user_special(a, inplace_name, &[b])? {
                if result != Value::NOT_IMPLEMENTED {
                    return Ok(result);
                }
            }
        }
        // The reflected method of a subclass of a's type goes first, when the subclass
        // overrides it (CPython's `method_is_overloaded`).
        let (a_type, b_type) = (self.type_of(a), self.type_of(b));
        let b_first = b_user
            && a_type != b_type
            && self.is_subclass(b_type, a_type)
            && self.class_lookup(b_type, reflected) != self.class_lookup(a_type, reflected);
        if b_first {
            if let Some(result) = self.call_user_special(b, reflected, &[a])? {
                if result != Value::NOT_IMPLEMENTED {
                    return Ok(result);
                }
            }
        }
        if a_user {
            if let Some(result) = self.call_user_special(a, forward, &[b])? {
                if result != Value::NOT_IMPLEMENTED {
                    return Ok(result);
                }
            }
        } else if !b_first {
            // A built-in left operand's own operator goes before the right one's reflected
            // method: `1.5 + A(2)` with `A(int)` is float's addition, `'%s' % obj` formats.
            let b_base = if self.formats_with(base_op, a) {
                b
            } else {
                self.builtin_part(b)
            };
            // (An int's operators leave a float or complex to it, a float's a complex.)
            let rank = |vm: &Vm, v: Value| match vm.as_number(v) {
                Some(Number::Int(_) | Number::Big(_)) => 0,
                Some(Number::Float(_)) => 1,
                _ => 2,
            };
            if rank(self, a) >= rank(self, b_base) {
                if let Some(result) = self.builtin_binary(base_op, a, b_base, inplace)? {
                    return Ok(result);
                }
            }
        }
        if b_user && !b_first && a_type != b_type {
            if let Some(result) = self.call_user_special(b, reflected, &[a])? {
                if result != Value::NOT_IMPLEMENTED {
                    return Ok(result);
                }
            }
        }
        // Subclasses of built-in types fall back to the built-in part, and a built-in left
        // operand may take any right one (`"%s" % obj`).
        let a_base = self.builtin_part(a);
        // `%`-formatting takes the argument itself: a subclass's `__str__`/`__repr__` count.
        let b_base = if self.formats_with(base_op, a_base) {
            b
        } else {
            self.builtin_part(b)
        };
        if a_base != a || b_base != b || !a_user {
            if let Some(result) = self.builtin_binary(base_op, a_base, b_base, inplace)? {
                // A list, set, dict or bytearray subclass changed in place stays itself.
                return Ok(if inplace && result == a_base {
                    a
                } else {
                    result
                });
            }
        }
        self.binary_fallback(base_op, inplace, a, b)
    }

    /// Whether `a op …` is `%`-formatting (of a str or bytes `a`).
    fn formats_with(&self, op: u8, a: Value) -> bool {
        op == binary::REMAINDER
            && (matches!(self.heap_obj(a), Some(Obj::Bytes(_) | Obj::ByteArray(_)))
                || self.str_text(a).is_some())
    }

    /// What no operand's method gave: `int | None`, a union of types (PEP 604), else the
    /// TypeError.
    #[inline(never)]
    #[cold]
    fn binary_fallback(&mut self, op: u8, inplace: bool, a: Value, b: Value) -> PyResult<Value> {
        if op == binary::OR {
            if let Some(union) = crate::obj::generic_alias::union(self, a, b)? {
                return Ok(union);
            }
        }
        // A sequence repeated by an object with `__index__` (`'ab' * Count()`).
        if op == binary::MULTIPLY {
            let is_sequence = |vm: &Vm, v: Value| {
                vm.str_text(v).is_some()
                    || matches!(
                        vm.heap_obj(v),
                        Some(Obj::List(_) | Obj::Tuple(_) | Obj::Bytes(_) | Obj::ByteArray(_))
                    )
            };
            let (sequence, count) = match (is_sequence(self, a), is_sequence(self, b)) {
                (true, false) => (a, b),
                (false, true) => (b, a),
                _ => return Err(self.unsupported_operands(op, inplace, a, b)),
            };
            if self.is_user_object(count) {
                if let Some(index) = self.call_user_special(count, q::__index__, &[])? {
                    if self.is_int(index) {
                        return self.binary_op(op, sequence, index);
                    }
                }
            }
        }
        Err(self.unsupported_operands(op, inplace, a, b))
    }

    /// For an instance of a subclass of a built-in type: the built-in value inside.
    pub fn builtin_part(&self, v: Value) -> Value {
        match self.heap_obj(v) {
            Some(Obj::Instance(instance)) if !instance.base.is_null() => instance.base,
            _ => v,
        }
    }

    /// True for objects whose class is a Python class, whose dunders must be honoured:
    /// instances, and classes made by a metaclass other than `type` (`C + 1` runs the
    /// metaclass's `__add__`, `[…][C]` its `__index__`). Out of line: some fifty callers
    /// ask it on their slow paths; the operators' own paths inline [`Vm::has_python_class`].
    #[inline(never)]
    pub fn is_user_object(&self, v: Value) -> bool {
        self.has_python_class(v)
    }

    /// [`Vm::is_user_object`], inlined.
    #[inline(always)]
    pub fn has_python_class(&self, v: Value) -> bool {
        match self.heap_obj(v) {
            Some(Obj::Instance(_) | Obj::Exception(_)) => true,
            Some(Obj::Class(class)) => !class.metaclass.is_null(),
            _ => false,
        }
    }

    fn unsupported_operands(&mut self, op: u8, inplace: bool, a: Value, b: Value) -> Value {
        let symbol = OPERATOR_NAMES[op as usize].3;
        let symbol = if inplace {
            format!("{}=", symbol.trim_end_matches(" or pow()"))
        } else {
            String::from(symbol)
        };
        let (a_name, b_name) = (self.type_name(a), self.type_name(b));
        let is_sequence =
            |name: &str| matches!(name, "str" | "list" | "tuple" | "bytes" | "bytearray");
        if op == binary::MULTIPLY && (is_sequence(&a_name) || is_sequence(&b_name)) {
            let other = if is_sequence(&a_name) {
                &b_name
            } else {
                &a_name
            };
            return self.type_error(format!(
                "can't multiply sequence by non-int of type '{other}'"
            ));
        }
        // `+=` of an immutable sequence falls back to `+`, whose message CPython gives; a
        // list's `+=` extends it by any iterable.
        if op == binary::ADD && inplace && a_name == "list" {
            return self.type_error(format!("'{b_name}' object is not iterable"));
        }
        if op == binary::ADD && a_name == "str" {
            return self.type_error(format!(
                "can only concatenate str (not \"{b_name}\") to str"
            ));
        }
        if op == binary::ADD && (a_name == "list" || a_name == "tuple") && a_name != b_name {
            return self.type_error(format!(
                "can only concatenate {a_name} (not \"{b_name}\") to {a_name}"
            ));
        }
        self.type_error(format!(
            "unsupported operand type(s) for {symbol}: '{a_name}' and '{b_name}'"
        ))
    }

    /// Operators on built-in types. Ok(None): not supported for these operands.
    #[cfg_attr(target_os = "none", link_section = ".text.hot")]
    fn builtin_binary(
        &mut self,
        op: u8,
        a: Value,
        b: Value,
        inplace: bool,
    ) -> PyResult<Option<Value>> {
        if a.is_bool() && b.is_bool() && matches!(op, binary::AND | binary::OR | binary::XOR) {
            let (x, y) = (a == Value::TRUE, b == Value::TRUE);
            return Ok(Some(Value::bool(match op {
                binary::AND => x & y,
                binary::OR => x | y,
                _ => x ^ y,
            })));
        }
        if let (Some(x), Some(y)) = (self.as_number(a), self.as_number(b)) {
            // No number has `@`: the TypeError names `@=` for the in-place form.
            if op == binary::MATRIX_MULTIPLY {
                return Ok(None);
            }
            let real_only = matches!(x, Number::Float(_) | Number::Complex(..))
                || matches!(y, Number::Float(_) | Number::Complex(..));
            if real_only
                && matches!(
                    op,
                    binary::LSHIFT
                        | binary::RSHIFT
                        | binary::AND
                        | binary::OR
                        | binary::XOR
                        | binary::MATRIX_MULTIPLY
                )
            {
                return Ok(None);
            }
            return self.numeric_binary(op, x, y).map(Some);
        }
        crate::obj::sequence::sequence_binary(self, op, a, b, inplace)
    }

    /// `f` of two ints at least one of which is big, reading the big ones where they are
    /// (`as_number` would copy them first). None when that is not the case.
    fn with_big_ints<R>(
        &self,
        a: Value,
        b: Value,
        f: impl FnOnce(&BigInt, &BigInt) -> R,
    ) -> Option<R> {
        let big = |v: Value| match self.heap_obj(v) {
            Some(Obj::BigInt(n)) => Some(&**n),
            _ => None,
        };
        let (x, y) = (big(a), big(b));
        if x.is_none() && y.is_none() {
            return None;
        }
        let small = |v: Value| Some(BigInt::from_i64(v.as_small_int()? as i64));
        let (small_x, small_y);
        let x = match x {
            Some(x) => x,
            None => {
                small_x = small(a)?;
                &small_x
            }
        };
        let y = match y {
            Some(y) => y,
            None => {
                small_y = small(b)?;
                &small_y
            }
        };
        Some(f(x, y))
    }

    /// `+`, `-` or `*` (`op`) of two ints at least one of which is big; None otherwise.
    fn big_arith(&mut self, op: u8, a: Value, b: Value) -> Option<PyResult<Value>> {
        let result = self.with_big_ints(a, b, |x, y| match op {
            binary::ADD => x + y,
            binary::SUBTRACT => x - y,
            _ => x * y,
        })?;
        Some(self.new_bigint(result))
    }

    /// Arithmetic on two numbers.
    pub fn numeric_binary(&mut self, op: u8, x: Number, y: Number) -> PyResult<Value> {
        match (x, y) {
            (Number::Int(x), Number::Int(y)) => self.int_binary(op, x, y),
            (Number::Complex(a, b), y) => {
                let (c, d) = self.complex_parts(y);
                self.complex_binary(op, (a, b), (c, d))
            }
            (x, Number::Complex(c, d)) => {
                let (a, b) = self.complex_parts(x);
                self.complex_binary(op, (a, b), (c, d))
            }
            (Number::Float(x), y) => {
                let y = self.number_to_f64(y)?;
                self.float_binary(op, x, y)
            }
            (x, Number::Float(y)) => {
                let x = self.number_to_f64(x)?;
                self.float_binary(op, x, y)
            }
            (x, y) => {
                let x = to_big(x);
                let y = to_big(y);
                self.big_binary(op, &x, &y)
            }
        }
    }

    fn complex_parts(&mut self, n: Number) -> (f64, f64) {
        match n {
            Number::Int(i) => (i as f64, 0.0),
            Number::Big(b) => (b.to_f64().unwrap_or(f64::INFINITY), 0.0),
            Number::Float(x) => (x, 0.0),
            Number::Complex(a, b) => (a, b),
        }
    }

    pub fn number_to_f64(&mut self, n: Number) -> PyResult<f64> {
        match n {
            Number::Int(i) => Ok(i as f64),
            Number::Big(b) => match b.to_f64() {
                Some(x) => Ok(x),
                None => Err(self.new_exception_msg(
                    self.types.overflow_error,
                    "int too large to convert to float",
                )),
            },
            Number::Float(x) => Ok(x),
            Number::Complex(..) => Err(self.type_error("can't convert complex to float")),
        }
    }

    fn int_binary(&mut self, op: u8, x: i64, y: i64) -> PyResult<Value> {
        let quick = match op {
            binary::ADD => x.checked_add(y),
            binary::SUBTRACT => x.checked_sub(y),
            binary::MULTIPLY => x.checked_mul(y),
            binary::AND => Some(x & y),
            binary::OR => Some(x | y),
            binary::XOR => Some(x ^ y),
            binary::FLOOR_DIVIDE | binary::REMAINDER if y == 0 => {
                return Err(self.new_exception_msg(
                    self.types.zero_division_error,
                    if op == binary::REMAINDER {
                        "integer modulo by zero"
                    } else {
                        "integer division or modulo by zero"
                    },
                ))
            }
            binary::FLOOR_DIVIDE => bigint::i64_floor_div(x, y),
            binary::REMAINDER => bigint::i64_floor_mod(x, y),
            binary::TRUE_DIVIDE => {
                if y == 0 {
                    return Err(
                        self.new_exception_msg(self.types.zero_division_error, "division by zero")
                    );
                }
                if x.unsigned_abs() < (1 << 53) && y.unsigned_abs() < (1 << 53) {
                    return self.new_float(x as f64 / y as f64);
                }
                None
            }
            binary::POWER => {
                if y < 0 {
                    return self.float_binary(binary::POWER, x as f64, y as f64);
                }
                bigint::i64_pow_checked(x, y as u64)
            }
            binary::LSHIFT => {
                if y < 0 {
                    return Err(
                        self.new_exception_msg(self.types.value_error, "negative shift count")
                    );
                }
                if y < 63 && x.unsigned_abs().leading_zeros() as i64 > y + 1 {
                    Some(x << y)
                } else {
                    None
                }
            }
            binary::RSHIFT => {
                if y < 0 {
                    return Err(
                        self.new_exception_msg(self.types.value_error, "negative shift count")
                    );
                }
                Some(if y >= 64 {
                    if x < 0 {
                        -1
                    } else {
                        0
                    }
                } else {
                    x >> y
                })
            }
            _ => None,
        };
        match quick {
            Some(n) => self.new_int(n),
            None => self.big_binary(op, &BigInt::from_i64(x), &BigInt::from_i64(y)),
        }
    }

    fn big_binary(&mut self, op: u8, x: &BigInt, y: &BigInt) -> PyResult<Value> {
        let result = match op {
            binary::ADD => x + y,
            binary::SUBTRACT => x - y,
            binary::MULTIPLY => x * y,
            binary::AND => x & y,
            binary::OR => x | y,
            binary::XOR => x ^ y,
            binary::FLOOR_DIVIDE | binary::REMAINDER => match BigInt::divmod_floor(x, y) {
                Some((quotient, remainder)) => {
                    if op == binary::FLOOR_DIVIDE {
                        quotient
                    } else {
                        remainder
                    }
                }
                None => {
                    return Err(self.new_exception_msg(
                        self.types.zero_division_error,
                        if op == binary::REMAINDER {
                            "integer modulo by zero"
                        } else {
                            "integer division or modulo by zero"
                        },
                    ))
                }
            },
            binary::TRUE_DIVIDE => {
                return match BigInt::true_div(x, y) {
                    Ok(f) => self.new_float(f),
                    Err(e) => Err(self.num_error(e)),
                }
            }
            binary::POWER => {
                if y.is_negative() {
                    let (xf, yf) = (x.to_f64(), y.to_f64());
                    return match (xf, yf) {
                        (Some(a), Some(b)) => self.float_binary(binary::POWER, a, b),
                        _ => Err(self.new_exception_msg(
                            self.types.overflow_error,
                            "int too large to convert to float",
                        )),
                    };
                }
                let Some(exponent) = y.to_u64() else {
                    // 0, 1 and -1 to any power are known without computing it.
                    return match x.to_i64() {
                        Some(0) => Ok(Value::small_int(0)),
                        Some(1) => Ok(Value::small_int(1)),
                        Some(-1) => Ok(Value::small_int(if y.is_odd() { -1 } else { 1 })),
                        _ => {
                            Err(self
                                .new_exception_msg(self.types.overflow_error, "exponent too large"))
                        }
                    };
                };
                match x.pow(exponent, self.int_bits_limit()) {
                    Some(r) => r,
                    None => return Err(self.memory_error()),
                }
            }
            binary::LSHIFT | binary::RSHIFT => {
                if y.is_negative() {
                    return Err(
                        self.new_exception_msg(self.types.value_error, "negative shift count")
                    );
                }
                let bits = y.to_u64().unwrap_or(u64::MAX);
                if op == binary::LSHIFT {
                    if x.is_zero() {
                        BigInt::zero()
                    } else if y.to_u64().is_none() {
                        return Err(self.new_exception_msg(
                            self.types.overflow_error,
                            "too many digits in integer",
                        ));
                    } else {
                        match x.shl_bits(bits, self.int_bits_limit()) {
                            Some(r) => r,
                            None => return Err(self.memory_error()),
                        }
                    }
                } else {
                    x.shr_bits(bits)
                }
            }
            _ => {
                return Err(self.type_error("unsupported operand type(s) for @: 'int' and 'int'"));
            }
        };
        self.new_bigint(result)
    }

    pub fn float_binary(&mut self, op: u8, x: f64, y: f64) -> PyResult<Value> {
        let result = match op {
            binary::ADD => x + y,
            binary::SUBTRACT => x - y,
            binary::MULTIPLY => x * y,
            binary::TRUE_DIVIDE => {
                if y == 0.0 {
                    return Err(self.new_exception_msg(
                        self.types.zero_division_error,
                        "float division by zero",
                    ));
                }
                x / y
            }
            binary::FLOOR_DIVIDE => match crate::num::float::floor_div(x, y) {
                Ok(r) => r,
                Err(e) => return Err(self.num_error(e)),
            },
            binary::REMAINDER => match crate::num::float::floor_mod(x, y) {
                Ok(r) => r,
                Err(e) => return Err(self.num_error(e)),
            },
            binary::POWER => match crate::num::float::pow(x, y) {
                Ok(r) => r,
                Err(e) if e.kind == ErrorKind::Complex => {
                    return self.complex_binary(binary::POWER, (x, 0.0), (y, 0.0));
                }
                Err(e) => return Err(self.num_error(e)),
            },
            _ => {
                let symbol = OPERATOR_NAMES[op as usize].3;
                return Err(self.type_error(format!(
                    "unsupported operand type(s) for {symbol}: 'float' and 'float'"
                )));
            }
        };
        self.new_float(result)
    }

    fn complex_binary(
        &mut self,
        op: u8,
        (a, b): (f64, f64),
        (c, d): (f64, f64),
    ) -> PyResult<Value> {
        use crate::num::complex;
        let result = match op {
            binary::ADD => Ok((a + c, b + d)),
            binary::SUBTRACT => Ok((a - c, b - d)),
            binary::MULTIPLY => Ok(complex::product((a, b), (c, d))),
            binary::TRUE_DIVIDE => complex::quotient((a, b), (c, d)),
            binary::POWER => complex::power((a, b), (c, d)),
            _ => {
                let symbol = OPERATOR_NAMES[op as usize].3;
                return Err(self.type_error(format!(
                    "unsupported operand type(s) for {symbol}: 'complex' and 'complex'"
                )));
            }
        };
        let (re, im) = result.map_err(|error| self.num_error(error))?;
        self.alloc(Obj::Complex(Box::new((re, im))))
    }

    /// `-a`, `+a`, `~a`.
    pub fn unary_op(&mut self, op: Op, v: Value) -> PyResult<Value> {
        if let Some(n) = self.as_number(v) {
            if !self.is_user_object(v) {
                return match (op, n) {
                    (Op::UNARY_NEGATIVE, Number::Int(i)) => match i.checked_neg() {
                        Some(r) => self.new_int(r),
                        None => self.new_bigint(-BigInt::from_i64(i)),
                    },
                    (Op::UNARY_NEGATIVE, Number::Big(b)) => self.new_bigint(-&b),
                    (Op::UNARY_NEGATIVE, Number::Float(x)) => self.new_float(-x),
                    (Op::UNARY_NEGATIVE, Number::Complex(a, b)) => {
                        self.alloc(Obj::Complex(Box::new((-a, -b))))
                    }
                    (Op::UNARY_POSITIVE, Number::Int(i)) => self.new_int(i),
                    (Op::UNARY_POSITIVE, n) => self.number_value(n),
                    (Op::UNARY_INVERT, Number::Int(i)) => self.new_int(!i),
                    (Op::UNARY_INVERT, Number::Big(b)) => self.new_bigint(!&b),
                    (_, _) => {
                        let name = self.type_name(v);
                        Err(self.type_error(format!("bad operand type for unary ~: '{name}'")))
                    }
                };
            }
        }
        let (name, symbol) = match op {
            Op::UNARY_NEGATIVE => (q::__neg__, "-"),
            Op::UNARY_POSITIVE => (q::__pos__, "+"),
            _ => (q::__invert__, "~"),
        };
        if let Some(result) = self.call_user_special(v, name, &[])? {
            return Ok(result);
        }
        let part = self.builtin_part(v);
        if part != v && self.as_number(part).is_some() {
            return self.unary_op(op, part);
        }
        let type_name = self.type_name(v);
        Err(self.type_error(format!(
            "bad operand type for unary {symbol}: '{type_name}'"
        )))
    }

    /// `bool(v)`.
    #[cfg_attr(target_os = "none", link_section = ".text.hot")]
    pub fn is_true(&mut self, v: Value) -> PyResult<bool> {
        if let Some(n) = v.as_small_int() {
            return Ok(n != 0);
        }
        match v {
            Value::TRUE => return Ok(true),
            Value::FALSE | Value::NONE => return Ok(false),
            _ => {}
        }
        if v.is_qstr() {
            return Ok(!self.str_text(v).unwrap_or("").is_empty());
        }
        if !v.is_heap() {
            return Ok(true);
        }
        let result = match self.heap.get(v) {
            Obj::Float(x) => *x != 0.0,
            Obj::Int64(_) => true,
            Obj::BigInt(b) => !b.is_zero(),
            Obj::Complex(c) => c.0 != 0.0 || c.1 != 0.0,
            Obj::Str(s) => !s.text.is_empty(),
            Obj::Bytes(b) => !b.is_empty(),
            Obj::ByteArray(b) => !b.is_empty(),
            Obj::Tuple(items) => !items.is_empty(),
            Obj::List(items) => !items.is_empty(),
            Obj::Dict(d) | Obj::Set(d) | Obj::FrozenSet(d) => !d.is_empty(),
            Obj::Range(r) => !r.is_empty(),
            Obj::BigRange(r) => !r.is_empty(),
            Obj::MemoryView(view) => view.len != 0,
            Obj::Instance(_) | Obj::Exception(_) | Obj::Class(_) => {
                if let Some(result) = self.call_special(v, q::__bool__, &[])? {
                    return match result {
                        Value::TRUE => Ok(true),
                        Value::FALSE => Ok(false),
                        _ => {
                            let name = self.type_name(result);
                            Err(self.type_error(format!(
                                "__bool__ should return bool, returned {name}"
                            )))
                        }
                    };
                }
                if let Some(length) = self.call_special(v, q::__len__, &[])? {
                    return self.length_result(length).map(|n| n != 0);
                }
                let part = self.builtin_part(v);
                if part != v {
                    return self.is_true(part);
                }
                true
            }
            Obj::Iterator(iter) => match &**iter {
                crate::obj::Iter::DictView { dict, .. } => {
                    let dict = *dict;
                    return Ok(self.len_of(dict)? != 0);
                }
                _ => true,
            },
            _ => true,
        };
        Ok(result)
    }

    /// `a == b` as a Rust bool (with `__eq__` for Python classes).
    #[cfg_attr(target_os = "none", link_section = ".text.hot")]
    pub fn eq(&mut self, a: Value, b: Value) -> PyResult<bool> {
        if a == b {
            // Identity implies equality (as in CPython's containers, even for NaN).
            return Ok(true);
        }
        match self.key_match(a, b) {
            KeyMatch::Equal => Ok(true),
            KeyMatch::Different
                if !self.is_user_object(a) && !self.is_user_object(b) && !self.is_container(a) =>
            {
                Ok(false)
            }
            _ => {
                let result = self.compare_op(compare::EQ, a, b)?;
                self.is_true(result)
            }
        }
    }

    fn is_container(&self, v: Value) -> bool {
        matches!(
            self.heap_obj(v),
            Some(Obj::List(_))
                | Some(Obj::Tuple(_))
                | Some(Obj::Dict(_))
                | Some(Obj::Set(_))
                | Some(Obj::FrozenSet(_))
                | Some(Obj::Iterator(_))
        )
    }

    /// Equality that needs no Python code, for dict and set keys.
    #[cfg_attr(target_os = "none", link_section = ".text.hot")]
    pub fn key_match(&self, a: Value, b: Value) -> KeyMatch {
        self.key_match_within(a, b, 0)
    }

    /// [`Vm::key_match`] of items `depth` tuples deep: past `KEY_MATCH_DEPTH` the match is
    /// left to `compare_op`, whose nesting count turns a tuple nested thousands deep into a
    /// RecursionError instead of overrunning the machine stack.
    #[cfg_attr(target_os = "none", link_section = ".text.hot")]
    fn key_match_within(&self, a: Value, b: Value, depth: u32) -> KeyMatch {
        const KEY_MATCH_DEPTH: u32 = 16;
        if a == b {
            return KeyMatch::Equal;
        }
        if a.is_small_int() && b.is_small_int() {
            return KeyMatch::Different;
        }
        if let (Some(x), Some(y)) = (self.str_text(a), self.str_text(b)) {
            if self.has_python_class(a) || self.has_python_class(b) {
                return KeyMatch::NeedsCall;
            }
            return if x == y {
                KeyMatch::Equal
            } else {
                KeyMatch::Different
            };
        }
        if self.has_python_class(a) || self.has_python_class(b) {
            return KeyMatch::NeedsCall;
        }
        if let (Some(x), Some(y)) = (self.as_number(a), self.as_number(b)) {
            return if numbers_equal(&x, &y) {
                KeyMatch::Equal
            } else {
                KeyMatch::Different
            };
        }
        match (self.heap_obj(a), self.heap_obj(b)) {
            (Some(Obj::Tuple(x)), Some(Obj::Tuple(y))) => {
                if x.len() != y.len() {
                    return KeyMatch::Different;
                }
                if depth >= KEY_MATCH_DEPTH {
                    return KeyMatch::NeedsCall;
                }
                for (&p, &r) in x.iter().zip(y.iter()) {
                    match self.key_match_within(p, r, depth + 1) {
                        KeyMatch::Equal => {}
                        other => return other,
                    }
                }
                KeyMatch::Equal
            }
            (Some(Obj::Bytes(x)), Some(Obj::Bytes(y))) => {
                if x == y {
                    KeyMatch::Equal
                } else {
                    KeyMatch::Different
                }
            }
            (Some(Obj::Range(x)), Some(Obj::Range(y))) => {
                let (x, y) = (**x, **y);
                let same = x.len() == y.len()
                    && (x.is_empty() || (x.start == y.start && (x.len() == 1 || x.step == y.step)));
                if same {
                    KeyMatch::Equal
                } else {
                    KeyMatch::Different
                }
            }
            (Some(Obj::BigRange(_)), Some(Obj::Range(_) | Obj::BigRange(_)))
            | (Some(Obj::Range(_)), Some(Obj::BigRange(_))) => {
                if self.big_range_eq(a, b) == Some(true) {
                    KeyMatch::Equal
                } else {
                    KeyMatch::Different
                }
            }
            (Some(Obj::FrozenSet(_)), Some(Obj::FrozenSet(_)))
            | (Some(Obj::FrozenSet(_)), Some(Obj::Set(_)))
            | (Some(Obj::Set(_)), Some(Obj::FrozenSet(_)))
            | (Some(Obj::Set(_)), Some(Obj::Set(_)))
            | (Some(Obj::List(_)), Some(Obj::List(_)))
            | (Some(Obj::Dict(_)), Some(Obj::Dict(_)))
            // Compared by value, with each other or with bytes (never dict keys: unhashable).
            | (Some(Obj::ByteArray(_) | Obj::MemoryView(_) | Obj::Slice(_)), _)
            | (_, Some(Obj::ByteArray(_) | Obj::MemoryView(_))) => KeyMatch::NeedsCall,
            (Some(Obj::BoundMethod(x)), Some(Obj::BoundMethod(y))) if x == y => KeyMatch::Equal,
            _ => KeyMatch::Different,
        }
    }

    /// `hash(v)` as Python returns it.
    #[cfg_attr(target_os = "none", link_section = ".text.hot")]
    pub fn py_hash(&mut self, v: Value) -> PyResult<i64> {
        if let Some(n) = v.as_small_int() {
            return Ok(bigint::hash_i64(n as i64));
        }
        if let Some(q) = v.as_qstr() {
            return Ok(unscramble(self.qstrs.hash(q)) as i64);
        }
        match v {
            Value::TRUE => return Ok(1),
            Value::FALSE => return Ok(0),
            Value::NONE => return Ok(0x5f3759df),
            Value::ELLIPSIS => return Ok(0x1e11),
            Value::NOT_IMPLEMENTED => return Ok(0x0e07),
            _ => {}
        }
        let unhashable = match self.heap.get(v) {
            Obj::Float(x) => return Ok(bigint::hash_f64(*x)),
            Obj::Int64(n) => return Ok(bigint::hash_i64(*n)),
            Obj::BigInt(b) => return Ok(b.hash()),
            Obj::Complex(c) => {
                let (re, im) = **c;
                return Ok(
                    bigint::hash_f64(re).wrapping_add(bigint::hash_f64(im).wrapping_mul(1_000_003))
                );
            }
            // (A str's key hash is its text hash: see `obj::dict::scramble`.)
            Obj::Str(s) => return Ok(unscramble(s.hash()) as i64),
            Obj::Bytes(b) => return Ok(unscramble(crate::qstr::hash_bytes(b)) as i64),
            Obj::MemoryView(_) => return crate::obj::memoryview::hash(self, v),
            // CPython's hashes, so that sets of tuples and frozensets iterate in its order.
            Obj::Tuple(items) => {
                let items: Vec<Value> = items.to_vec();
                return self.nested(|vm| {
                    let mut hashes = TupleHash::new();
                    for item in &items {
                        hashes.add(vm.py_hash(*item)?);
                    }
                    Ok(hashes.finish(items.len()))
                });
            }
            Obj::FrozenSet(d) => {
                let keys: Vec<Value> = d.iter().map(|e| e.key).collect();
                return self.nested(|vm| {
                    let mut mixed: u64 = 0;
                    for key in &keys {
                        mixed ^= shuffle_bits(vm.py_hash(*key)? as u64);
                    }
                    Ok(frozenset_hash(mixed, keys.len()))
                });
            }
            Obj::BigRange(r) => {
                // As a small range hashes (len, first, step), so equal ranges hash alike.
                let (len, first, step) = r.normalized();
                let len = len.to_i64().unwrap_or_else(|| len.hash());
                let hash = (0x345678i64 ^ len).wrapping_mul(1_000_003);
                let hash = (hash ^ first.hash()).wrapping_mul(1_000_003);
                return Ok((hash ^ step.hash()) ^ 0x7a6e);
            }
            Obj::Range(r) => {
                // Equal ranges hash alike: (len, first, step) with the irrelevant parts dropped.
                let r = **r;
                let len = r.len();
                let first = if len > 0 { r.start } else { 0 };
                let step = if len > 1 { r.step } else { 0 };
                let hash = (0x345678i64 ^ len as i64).wrapping_mul(1_000_003);
                let hash = (hash ^ bigint::hash_i64(first)).wrapping_mul(1_000_003);
                return Ok((hash ^ bigint::hash_i64(step)) ^ 0x7a6e);
            }
            // (Slices are unhashable in CPython 3.11.)
            Obj::List(_) | Obj::Dict(_) | Obj::Set(_) | Obj::ByteArray(_) | Obj::Slice(_) => true,
            // Keys and items views compare as sets; a values view hashes by identity.
            Obj::Iterator(view) => matches!(**view, crate::obj::Iter::DictView { kind: 0 | 2, .. }),
            // As equality: the object and the function (both by identity).
            Obj::BoundMethod(pair) => {
                return Ok(((pair[0].raw() >> 2) ^ (pair[1].raw() >> 2).rotate_left(16)) as i64)
            }
            Obj::Instance(instance) => {
                let (class, base) = (instance.class, instance.base);
                if self.class_flags(class) & class_flags::CUSTOM_EQ != 0 {
                    match self.class_hash(v, class)? {
                        Some(hash) => return Ok(hash),
                        None => true,
                    }
                } else {
                    match self.heap_obj(base) {
                        // Named after the subclass, not the built-in part.
                        Some(Obj::List(_) | Obj::Dict(_) | Obj::Set(_) | Obj::ByteArray(_)) => true,
                        _ if !base.is_null() => return self.py_hash(base),
                        _ => false,
                    }
                }
            }
            Obj::Class(c) if self.class_flags(c.metaclass) & class_flags::CUSTOM_EQ != 0 => {
                let metaclass = c.metaclass;
                match self.class_hash(v, metaclass)? {
                    Some(hash) => return Ok(hash),
                    None => true,
                }
            }
            _ => false,
        };
        if unhashable {
            let name = self.type_name(v);
            return Err(self.type_error(format!("unhashable type: '{name}'")));
        }
        Ok(identity_hash(v))
    }

    /// `hash(v)` for an instance of `class`, a Python class with `__eq__`: its `__hash__`, or
    /// the identity hash when that is `object`'s; None when `__hash__` is None (unhashable).
    fn class_hash(&mut self, v: Value, class: Value) -> PyResult<Option<i64>> {
        match self.class_lookup(class, q::__hash__) {
            Some(Value::NONE) => Ok(None),
            Some(method) if self.class_lookup_override(class, q::__hash__).is_some() => {
                let result = self.call(method, &[v], &[])?;
                // An int that fits is the hash itself (-1 is reserved for errors in CPython,
                // so it becomes -2); a bigger one is hashed.
                if let Some(n) = self.as_i64(result) {
                    return Ok(Some(if n == -1 { -2 } else { n }));
                }
                match self.as_bigint(result) {
                    Some(n) => Ok(Some(n.hash())),
                    None => Err(self.type_error("__hash__ method should return an integer")),
                }
            }
            // `object.__hash__`: a class body with `__eq__` and no `__hash__` got `__hash__ =
            // None` when it was made; an `__eq__` set later leaves the class hashable (as in
            // CPython).
            _ => Ok(Some(identity_hash(v))),
        }
    }

    /// The hash used inside dicts and sets.
    #[inline(always)]
    pub fn key_hash(&mut self, v: Value) -> PyResult<u32> {
        if let Some(q) = v.as_qstr() {
            return Ok(self.qstrs.hash(q));
        }
        if let Some(Obj::Str(s)) = self.heap_obj(v) {
            return Ok(s.hash());
        }
        let h = self.py_hash(v)?;
        Ok(scramble((h as u64 ^ ((h as u64) >> 32)) as u32))
    }

    /// `COMPARE_OP` on two exact `str` values (interned or on the heap, not subclasses; the VM
    /// loop already answered `==`/`!=` of two interned ones): the result, or None when either
    /// is something else. UTF-8 byte order is code-point order, so comparing bytes is
    /// comparing strings.
    #[inline(never)]
    pub(crate) fn compare_exact_strs(&self, op: u8, a: Value, b: Value) -> Option<bool> {
        let (x, y) = (self.exact_str_bytes(a)?, self.exact_str_bytes(b)?);
        Some(compare::holds(op, x, y))
    }

    /// The text of an exact `str` (interned or on the heap) as bytes.
    #[inline(always)]
    fn exact_str_bytes(&self, v: Value) -> Option<&[u8]> {
        if let Some(q) = v.as_qstr() {
            return Some(self.qstrs.text_hot(q).as_bytes());
        }
        match self.heap_obj(v) {
            Some(Obj::Str(s)) => Some(s.text.as_bytes()),
            _ => None,
        }
    }

    /// `a cmp b`, returning a Python value (usually a bool).
    #[cfg_attr(target_os = "none", link_section = ".text.hot")]
    pub fn compare_op(&mut self, op: u8, a: Value, b: Value) -> PyResult<Value> {
        // A dunder or a container's items' `__eq__`/`__lt__` may run Python code while the
        // operands are held here.
        // (One call below, inlined: nested containers recurse through here, and a board's
        // stack is small.)
        let depth = self.roots.len();
        if !self.is_plain(a) || !self.is_plain(b) {
            self.roots.extend_from_slice(&[a, b]);
        }
        let result = self.compare_op_held(op, a, b);
        self.roots.truncate(depth);
        result
    }

    #[inline(always)]
    fn compare_op_held(&mut self, op: u8, a: Value, b: Value) -> PyResult<Value> {
        let a_user = self.has_python_class(a);
        let b_user = self.has_python_class(b);
        if a_user || b_user {
            let (forward, reflected) = match op {
                compare::LT => (q::__lt__, q::__gt__),
                compare::LE => (q::__le__, q::__ge__),
                compare::EQ => (q::__eq__, q::__eq__),
                compare::NE => (q::__ne__, q::__ne__),
                compare::GT => (q::__gt__, q::__lt__),
                _ => (q::__ge__, q::__le__),
            };
            let (a_type, b_type) = (self.type_of(a), self.type_of(b));
            let b_first = b_user && a_type != b_type && self.is_subclass(b_type, a_type);
            if b_first {
                if let Some(result) = self.call_user_special_defined(b, reflected, a)? {
                    return Ok(result);
                }
            }
            if a_user {
                if let Some(result) = self.call_user_special_defined(a, forward, b)? {
                    return Ok(result);
                }
            }
            if b_user && !b_first {
                if let Some(result) = self.call_user_special_defined(b, reflected, a)? {
                    return Ok(result);
                }
            }
            if op == compare::NE {
                // Default __ne__ inverts __eq__.
                let eq = self.compare_op(compare::EQ, a, b)?;
                if eq != Value::NOT_IMPLEMENTED {
                    let truth = self.is_true(eq)?;
                    return Ok(Value::bool(!truth));
                }
            }
            let (a_part, b_part) = (self.builtin_part(a), self.builtin_part(b));
            if a_part != a || b_part != b {
                return self.compare_builtin_parts(op, a, b, a_part, b_part);
            }
            return match op {
                compare::EQ => Ok(Value::bool(a == b)),
                compare::NE => Ok(Value::bool(a != b)),
                _ => Err(self.unorderable(op, a, b)),
            };
        }
        match self.builtin_compare(op, a, b)? {
            Some(result) => Ok(Value::bool(result)),
            None => match op {
                compare::EQ => Ok(Value::bool(self.same_or_equal_methods(a, b))),
                compare::NE => Ok(Value::bool(!self.same_or_equal_methods(a, b))),
                _ => Err(self.unorderable(op, a, b)),
            },
        }
    }

    /// Identity, or two bound methods of the same function on the same object (`a.m == a.m`).
    fn same_or_equal_methods(&self, a: Value, b: Value) -> bool {
        match (self.heap_obj(a), self.heap_obj(b)) {
            (Some(Obj::BoundMethod(x)), Some(Obj::BoundMethod(y))) => x == y,
            _ => a == b,
        }
    }

    /// Calls a comparison dunder defined by a Python class (not inherited from `object`);
    /// None when absent or NotImplemented.
    fn call_user_special_defined(
        &mut self,
        obj: Value,
        name: Qstr,
        other: Value,
    ) -> PyResult<Option<Value>> {
        let class = self.type_of(obj);
        let Some(method) = self.class_lookup_override(class, name) else {
            return Ok(None);
        };
        let result = self.call(method, &[obj, other], &[])?;
        if result == Value::NOT_IMPLEMENTED {
            Ok(None)
        } else {
            Ok(Some(result))
        }
    }

    /// Instances of subclasses of built-in types compare by their built-in parts; an error
    /// names the operands' own classes. Out of line, so `builtin_compare` stays inlined in
    /// `compare_op` alone (a second call site cost the scheduler benchmark 1%).
    #[inline(never)]
    fn compare_builtin_parts(
        &mut self,
        op: u8,
        a: Value,
        b: Value,
        a_part: Value,
        b_part: Value,
    ) -> PyResult<Value> {
        match self.compare_op(op, a_part, b_part) {
            // The parts themselves do not order (not an error from inside them, such as list
            // items that do not compare): said of the operands.
            Err(e) if self.isinstance(e, self.types.type_error) => {
                let parts_message = self.unorderable_text(op, a_part, b_part);
                if self.exception_str(e).ok().as_deref() == Some(parts_message.as_str()) {
                    Err(self.unorderable(op, a, b))
                } else {
                    Err(e)
                }
            }
            other => other,
        }
    }

    fn unorderable_text(&self, op: u8, a: Value, b: Value) -> String {
        let symbol = match op {
            compare::LT => "<",
            compare::LE => "<=",
            compare::GT => ">",
            _ => ">=",
        };
        let (a_name, b_name) = (self.type_name(a), self.type_name(b));
        format!("'{symbol}' not supported between instances of '{a_name}' and '{b_name}'")
    }

    fn unorderable(&mut self, op: u8, a: Value, b: Value) -> Value {
        let text = self.unorderable_text(op, a, b);
        self.type_error(text)
    }

    /// Comparisons between built-in values: None when the types do not compare.
    fn builtin_compare(&mut self, op: u8, a: Value, b: Value) -> PyResult<Option<bool>> {
        use core::cmp::Ordering;
        let ordering_result = |ordering: Option<Ordering>| -> Option<bool> {
            Some(match ordering {
                None => op == compare::NE,
                Some(ordering) => compare::holds(op, &ordering, &Ordering::Equal),
            })
        };
        if let Some(ordering) = self.with_big_ints(a, b, |x, y| x.cmp(y)) {
            return Ok(ordering_result(Some(ordering)));
        }
        if let (Some(x), Some(y)) = (self.as_number(a), self.as_number(b)) {
            if matches!(x, Number::Complex(..)) || matches!(y, Number::Complex(..)) {
                if op == compare::EQ || op == compare::NE {
                    let equal = numbers_equal(&x, &y);
                    return Ok(Some(equal == (op == compare::EQ)));
                }
                return Ok(None);
            }
            return Ok(ordering_result(compare_numbers(&x, &y)));
        }
        if let (Some(x), Some(y)) = (self.str_text(a), self.str_text(b)) {
            return Ok(ordering_result(Some(x.cmp(y))));
        }
        if let (Some(x), Some(y)) = (
            crate::obj::bytes::byte_slice(self, a),
            crate::obj::bytes::byte_slice(self, b),
        ) {
            let views = matches!(self.heap_obj(a), Some(Obj::MemoryView(_)))
                || matches!(self.heap_obj(b), Some(Obj::MemoryView(_)));
            if views {
                if op != compare::EQ && op != compare::NE {
                    return Ok(None);
                }
                let equal = crate::obj::memoryview::equal(self, a, b)?;
                return Ok(Some(equal == (op == compare::EQ)));
            }
            return Ok(ordering_result(Some(x.cmp(y))));
        }
        if let Some(result) = crate::obj::dict_methods::view_compare(self, op, a, b)? {
            return Ok(result);
        }
        enum Kind {
            Seq,
            Bytes(core::cmp::Ordering),
            Sets,
            Dicts,
            Other,
        }
        let kind = match (self.heap_obj(a), self.heap_obj(b)) {
            (Some(Obj::List(_)), Some(Obj::List(_)))
            | (Some(Obj::Tuple(_)), Some(Obj::Tuple(_)))
            | (Some(Obj::Slice(_)), Some(Obj::Slice(_))) => Kind::Seq,
            (Some(Obj::Bytes(_) | Obj::ByteArray(_)), Some(Obj::Bytes(_) | Obj::ByteArray(_))) => {
                let byte_slice = crate::obj::bytes::byte_slice;
                Kind::Bytes(byte_slice(self, a).cmp(&byte_slice(self, b)))
            }
            (Some(Obj::Set(_) | Obj::FrozenSet(_)), Some(Obj::Set(_) | Obj::FrozenSet(_))) => {
                Kind::Sets
            }
            (Some(Obj::Dict(_)), Some(Obj::Dict(_))) => Kind::Dicts,
            (Some(Obj::BigRange(_)), Some(Obj::Range(_) | Obj::BigRange(_)))
            | (Some(Obj::Range(_)), Some(Obj::BigRange(_)))
                if op == compare::EQ || op == compare::NE =>
            {
                let same = self.big_range_eq(a, b) == Some(true);
                return Ok(Some(same == (op == compare::EQ)));
            }
            (Some(Obj::Range(x)), Some(Obj::Range(y)))
                if op == compare::EQ || op == compare::NE =>
            {
                let (x, y) = (**x, **y);
                let same = x.len() == y.len()
                    && (x.is_empty() || (x.start == y.start && (x.len() == 1 || x.step == y.step)));
                return Ok(Some(same == (op == compare::EQ)));
            }
            (Some(Obj::Iterator(x)), Some(Obj::Iterator(y))) => match (&**x, &**y) {
                (
                    crate::obj::Iter::DictView { dict: d1, kind: 0 },
                    crate::obj::Iter::DictView { dict: d2, kind: 0 },
                ) if op == compare::EQ || op == compare::NE => {
                    let (d1, d2) = (*d1, *d2);
                    let equal = crate::obj::set::keys_equal(self, d1, d2)?;
                    return Ok(Some(equal == (op == compare::EQ)));
                }
                _ => Kind::Other,
            },
            _ => Kind::Other,
        };
        match kind {
            Kind::Seq => {
                let depth = self.roots.len();
                self.roots
                    .extend_from_slice(&[a, b, Value::NONE, Value::NONE]);
                let result = self.nested(|vm| vm.compare_sequences(op, a, b, depth));
                self.roots.truncate(depth);
                result.map(Some)
            }
            Kind::Bytes(ordering) => Ok(ordering_result(Some(ordering))),
            Kind::Sets => self.nested(|vm| crate::obj::set::compare_sets(vm, op, a, b)),
            Kind::Dicts => {
                if op != compare::EQ && op != compare::NE {
                    return Ok(None);
                }
                let equal = self.nested(|vm| crate::obj::dict_methods::dicts_equal(vm, a, b))?;
                Ok(Some(equal == (op == compare::EQ)))
            }
            Kind::Other => Ok(None),
        }
    }

    /// Runs `f`, which compares or hashes the items of a container, one container deeper:
    /// past `MAX_FRAMES` containers (or near the stack's limit) it is a `RecursionError`, as
    /// a list nested thousands deep would otherwise overrun the machine stack.
    fn nested<T>(&mut self, f: impl FnOnce(&mut Vm) -> PyResult<T>) -> PyResult<T> {
        if self.container_depth >= super::MAX_FRAMES
            || crate::port::stack_remaining() < super::RUN_STACK_RESERVE
        {
            return Err(self.nested_too_deep());
        }
        self.container_depth += 1;
        let result = f(self);
        self.container_depth -= 1;
        result
    }

    #[cold]
    #[inline(never)]
    fn nested_too_deep(&mut self) -> Value {
        self.new_exception_msg(
            self.types.recursion_error,
            "maximum recursion depth exceeded in comparison",
        )
    }

    /// Compares two lists, tuples or slices item by item, by index and without a copy as
    /// CPython does: an item's `__eq__` may change either list meanwhile (so the lengths are
    /// read at every step), and the pair being compared is kept in `roots[depth + 2..]`.
    fn compare_sequences(&mut self, op: u8, x: Value, y: Value, depth: usize) -> PyResult<bool> {
        let mut i = 0;
        loop {
            let (Some(p), Some(r)) = (self.sequence_item(x, i), self.sequence_item(y, i)) else {
                let length = |v: Value| match self.heap_obj(v) {
                    Some(Obj::Slice(_)) => 3,
                    _ => self.current_len(v),
                };
                return Ok(compare::holds(op, &length(x), &length(y)));
            };
            i += 1;
            self.roots[depth + 2] = p;
            self.roots[depth + 3] = r;
            if self.eq(p, r)? {
                continue;
            }
            return match op {
                compare::EQ => Ok(false),
                compare::NE => Ok(true),
                _ => {
                    let result = self.compare_op(op, p, r)?;
                    self.is_true(result)
                }
            };
        }
    }

    /// `item in container`.
    #[cfg_attr(target_os = "none", link_section = ".text.hot")]
    pub fn contains(&mut self, container: Value, item: Value) -> PyResult<bool> {
        // A list's, tuple's or user container's items' `__eq__` (or the item's) may run Python
        // code while both are held here; a dict or set lookup holds its own.
        let held_by_lookup = matches!(
            self.heap_obj(container),
            None | Some(Obj::Dict(_) | Obj::Set(_) | Obj::FrozenSet(_) | Obj::Str(_))
        );
        // (One call below, inlined: nested containers recurse through here, and a board's
        // stack is small.)
        let depth = self.roots.len();
        if !held_by_lookup || !self.is_plain(item) {
            self.roots.extend_from_slice(&[container, item]);
        }
        let result = self.contains_held(container, item);
        self.roots.truncate(depth);
        result
    }

    #[inline(always)]
    fn contains_held(&mut self, container: Value, item: Value) -> PyResult<bool> {
        if let Some(text) = self.str_text(container) {
            if !self.is_user_object(container) {
                return match self.str_text(item) {
                    Some(needle) => Ok(text.contains(needle)),
                    None => {
                        let name = self.type_name(item);
                        Err(self.type_error(format!(
                            "'in <string>' requires string as left operand, not {name}"
                        )))
                    }
                };
            }
        }
        enum How {
            Items(usize),
            Keys,
            Bytes(Vec<u8>),
            Range(crate::obj::RangeObj),
            BigRange,
            User,
            Iterate,
        }
        let how = match self.heap_obj(container) {
            Some(Obj::List(items)) => How::Items(items.len()),
            Some(Obj::Tuple(items)) => How::Items(items.len()),
            Some(Obj::Dict(_)) | Some(Obj::Set(_)) | Some(Obj::FrozenSet(_)) => How::Keys,
            Some(Obj::Bytes(b)) => How::Bytes(b.to_vec()),
            Some(Obj::ByteArray(b)) => How::Bytes(b.clone()),
            Some(Obj::Range(r)) => How::Range(**r),
            Some(Obj::BigRange(_)) => How::BigRange,
            Some(Obj::Instance(_)) => How::User,
            Some(Obj::Class(c)) if !c.metaclass.is_null() => How::User,
            Some(Obj::Iterator(iter)) => match &**iter {
                crate::obj::Iter::DictView { dict, kind } => {
                    let (dict, kind) = (*dict, *kind);
                    return crate::obj::dict_methods::view_contains(self, dict, kind, item);
                }
                _ => How::Iterate,
            },
            _ => How::Iterate,
        };
        match how {
            How::Items(len) => {
                // By index, no copy: a user __eq__ may shrink a list meanwhile.
                let mut found = false;
                for i in 0..len {
                    let candidate = match self.heap.get(container) {
                        Obj::List(items) => items.get(i).copied(),
                        Obj::Tuple(items) => items.get(i).copied(),
                        _ => None,
                    };
                    let Some(candidate) = candidate else {
                        break;
                    };
                    if candidate == item || self.eq(candidate, item)? {
                        found = true;
                        break;
                    }
                }
                Ok(found)
            }
            How::Keys => {
                let item = match self.heap_obj(container) {
                    Some(Obj::Set(_) | Obj::FrozenSet(_)) => {
                        crate::obj::set::lookup_key(self, item)?
                    }
                    _ => item,
                };
                Ok(self.dict_lookup(container, item)?.is_some())
            }
            How::Bytes(bytes) => {
                if let Some(n) = self.as_i64(item) {
                    if !(0..=255).contains(&n) {
                        return Err(self.new_exception_msg(
                            self.types.value_error,
                            "byte must be in range(0, 256)",
                        ));
                    }
                    return Ok(bytes.contains(&(n as u8)));
                }
                match self.bytes_data(item) {
                    Some(needle) => Ok(needle.is_empty()
                        || bytes.windows(needle.len()).any(|w| w == needle.as_slice())),
                    None => {
                        let name = self.type_name(item);
                        Err(self
                            .type_error(format!("a bytes-like object is required, not '{name}'")))
                    }
                }
            }
            How::Range(range) => {
                if let Some(n) = self.as_i64(item) {
                    return Ok(range.position(n).is_some());
                }
                if self.is_int(item) {
                    // An int beyond 64 bits lies outside every range of 64-bit bounds.
                    return Ok(false);
                }
                self.contains_by_iteration(container, item)
            }
            How::BigRange => self.big_range_contains(container, item),
            How::User => {
                if let Some(result) = self.call_special(container, q::__contains__, &[item])? {
                    return self.is_true(result);
                }
                let part = self.builtin_part(container);
                if part != container {
                    return self.contains(part, item);
                }
                self.contains_by_iteration(container, item)
            }
            How::Iterate => self.contains_by_iteration(container, item),
        }
    }

    pub(crate) fn contains_by_iteration(
        &mut self,
        container: Value,
        item: Value,
    ) -> PyResult<bool> {
        let iterator = match self.get_iter(container) {
            Ok(iterator) => iterator,
            Err(error) => {
                // `x in 5`: CPython words it for `in`.
                let name = self.type_name(container);
                let plain = format!("'{name}' object is not iterable");
                let is_plain = self.isinstance(error, self.types.type_error)
                    && self.exception_str(error).ok().as_deref() == Some(plain.as_str());
                if is_plain {
                    return Err(
                        self.type_error(format!("argument of type '{name}' is not iterable"))
                    );
                }
                return Err(error);
            }
        };
        self.push_root(iterator);
        let result = loop {
            if let Err(e) = self.check_interrupt() {
                break Err(e);
            }
            match self.iter_next(iterator) {
                Ok(Some(v)) => match self.eq(v, item) {
                    Ok(true) => break Ok(true),
                    Ok(false) => {}
                    Err(e) => break Err(e),
                },
                Ok(None) => break Ok(false),
                Err(e) => break Err(e),
            }
        };
        self.pop_root();
        result
    }

    /// The bytes of a bytes-like value.
    pub fn bytes_data(&self, v: Value) -> Option<Vec<u8>> {
        crate::obj::bytes::byte_slice(self, v).map(<[u8]>::to_vec)
    }
}

fn to_big(n: Number) -> BigInt {
    match n {
        Number::Int(i) => BigInt::from_i64(i),
        Number::Big(b) => b,
        _ => BigInt::zero(),
    }
}

/// Exact numeric equality across int and float.
pub fn numbers_equal(x: &Number, y: &Number) -> bool {
    match (x, y) {
        (Number::Complex(a, b), Number::Complex(c, d)) => a == c && b == d,
        (Number::Complex(a, b), other) | (other, Number::Complex(a, b)) => {
            *b == 0.0
                && compare_numbers(&Number::Float(*a), other) == Some(core::cmp::Ordering::Equal)
        }
        _ => compare_numbers(x, y) == Some(core::cmp::Ordering::Equal),
    }
}

/// Exact ordering of two real numbers (None when a NaN is involved).
pub fn compare_numbers(x: &Number, y: &Number) -> Option<core::cmp::Ordering> {
    use core::cmp::Ordering;
    match (x, y) {
        (Number::Int(a), Number::Int(b)) => Some(a.cmp(b)),
        (Number::Float(a), Number::Float(b)) => a.partial_cmp(b),
        (Number::Big(a), Number::Big(b)) => Some(a.cmp(b)),
        (Number::Int(a), Number::Big(b)) => Some(BigInt::from_i64(*a).cmp(b)),
        (Number::Big(a), Number::Int(b)) => Some(a.cmp(&BigInt::from_i64(*b))),
        (Number::Float(a), Number::Int(b)) => {
            BigInt::from_i64(*b).cmp_f64(*a).map(Ordering::reverse)
        }
        (Number::Int(a), Number::Float(b)) => BigInt::from_i64(*a).cmp_f64(*b),
        (Number::Float(a), Number::Big(b)) => b.cmp_f64(*a).map(Ordering::reverse),
        (Number::Big(a), Number::Float(b)) => a.cmp_f64(*b),
        _ => None,
    }
}

/// The tuple hash CPython 3.11 uses (64-bit): one round of xxHash64 per item hash, then the
/// length mixed in.
struct TupleHash(u64);

impl TupleHash {
    /// xxHash64's primes.
    const PRIME_1: u64 = 0x9e37_79b1_85eb_ca87;
    const PRIME_2: u64 = 0xc2b2_ae3d_27d4_eb4f;
    const PRIME_5: u64 = 0x27d4_eb2f_1656_67c5;

    fn new() -> TupleHash {
        TupleHash(Self::PRIME_5)
    }

    fn add(&mut self, item_hash: i64) {
        let lane = item_hash as u64;
        let accumulated = self.0.wrapping_add(lane.wrapping_mul(Self::PRIME_2));
        self.0 = accumulated.rotate_left(31).wrapping_mul(Self::PRIME_1);
    }

    fn finish(self, len: usize) -> i64 {
        let hash = self
            .0
            .wrapping_add(len as u64 ^ (Self::PRIME_5 ^ 3_527_539)) as i64;
        // -1 means "error" to CPython's C API, so its hashes never take it.
        if hash == -1 {
            1_546_275_796
        } else {
            hash
        }
    }
}

/// A frozenset item's hash spread over the word before the items are xor-ed (CPython's).
fn shuffle_bits(hash: u64) -> u64 {
    ((hash ^ 89_869_747) ^ (hash << 16)).wrapping_mul(3_644_798_167)
}

/// A frozenset's hash from the xor of its items' shuffled hashes and their count (CPython's).
fn frozenset_hash(mixed: u64, len: usize) -> i64 {
    let mut hash = mixed ^ (len as u64 + 1).wrapping_mul(1_927_868_237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    let hash = hash.wrapping_mul(69_069).wrapping_add(907_133_923) as i64;
    if hash == -1 {
        590_923_713
    } else {
        hash
    }
}

/// The hash of an object that has no other: its identity.
fn identity_hash(v: Value) -> i64 {
    (v.raw() >> 2) as i64
}
