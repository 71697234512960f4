//! `json`: JSON text to Python values and back.
//!
//! `dumps`/`dump` take CPython's options (`indent`, `separators`, `sort_keys`, `ensure_ascii`,
//! `allow_nan`, `skipkeys`, `check_circular`, `default`); `loads`/`load` take the hooks
//! (`object_hook`, `object_pairs_hook`, `parse_float`, `parse_int`, `parse_constant`).
//! Decode errors are `json.JSONDecodeError` (a `ValueError`) with CPython's messages and
//! `msg`, `doc`, `pos`, `lineno`, `colno`. Both directions recurse once per nesting level,
//! bounded by `MAX_DEPTH` (then `RecursionError`) to protect the machine stack.

use alloc::string::String;
use alloc::vec::Vec;
use core::fmt::Write;

use crate::modules::builtins::{check_args, check_kwargs, kwarg};
use crate::num::bigint::BigInt;
use crate::obj::int::{exceeds_digit_limit, too_many_digits_to_int, too_many_digits_to_str};
use crate::obj::{Builtin, Obj};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// Deepest nesting of arrays and objects either direction accepts.
#[cfg(target_pointer_width = "64")]
const MAX_DEPTH: usize = 500;
#[cfg(not(target_pointer_width = "64"))]
const MAX_DEPTH: usize = 60;

// ----- encoding ---------------------------------------------------------------------------

/// `indent=`: a number of spaces (kept as the number: a huge one costs nothing until a
/// container is written), or a text.
enum Indent {
    Spaces(usize),
    Text(String),
}

impl Indent {
    fn len(&self) -> usize {
        match self {
            Indent::Spaces(n) => *n,
            Indent::Text(text) => text.len(),
        }
    }
}

struct Encoder {
    indent: Option<Indent>,
    item_separator: String,
    key_separator: String,
    sort_keys: bool,
    skip_keys: bool,
    ensure_ascii: bool,
    allow_nan: bool,
    check_circular: bool,
    /// `default=` callable, or NULL.
    default: Value,
    out: String,
    /// Containers now being encoded, for cycle detection.
    active: Vec<Value>,
}

const DUMPS_OPTIONS: &[&str] = &[
    "skipkeys",
    "ensure_ascii",
    "check_circular",
    "allow_nan",
    "cls",
    "indent",
    "separators",
    "default",
    "sort_keys",
];

fn option_true(
    vm: &mut Vm,
    kwargs: &[(Value, Value)],
    name: &str,
    default: bool,
) -> PyResult<bool> {
    match kwarg(vm, kwargs, name) {
        Some(v) => vm.is_true(v),
        None => Ok(default),
    }
}

impl Encoder {
    fn new(vm: &mut Vm, function: &str, kwargs: &[(Value, Value)]) -> PyResult<Encoder> {
        check_kwargs(vm, function, kwargs, DUMPS_OPTIONS)?;
        let indent = match kwarg(vm, kwargs, "indent").filter(|v| !v.is_none()) {
            None => None,
            Some(v) => match vm.str_text(v) {
                Some(text) => Some(Indent::Text(String::from(text))),
                None => {
                    let n = vm.int_arg(v)?;
                    Some(Indent::Spaces(usize::try_from(n).unwrap_or(0)))
                }
            },
        };
        let (item_separator, key_separator) =
            match kwarg(vm, kwargs, "separators").filter(|v| !v.is_none()) {
                Some(pair) => {
                    let parts = vm.collect_iterable(pair)?;
                    let texts: Vec<Option<String>> = parts
                        .iter()
                        .map(|&p| vm.str_text(p).map(String::from))
                        .collect();
                    match texts.as_slice() {
                        [Some(item), Some(key)] => (item.clone(), key.clone()),
                        [_, _] => return Err(vm.type_error("separators must be strings")),
                        _ => {
                            return Err(vm.value_error(alloc::format!(
                                "too many values to unpack (expected 2, got {})",
                                parts.len()
                            )))
                        }
                    }
                }
                None if indent.is_some() => (String::from(","), String::from(": ")),
                None => (String::from(", "), String::from(": ")),
            };
        Ok(Encoder {
            indent,
            item_separator,
            key_separator,
            sort_keys: option_true(vm, kwargs, "sort_keys", false)?,
            skip_keys: option_true(vm, kwargs, "skipkeys", false)?,
            ensure_ascii: option_true(vm, kwargs, "ensure_ascii", true)?,
            allow_nan: option_true(vm, kwargs, "allow_nan", true)?,
            check_circular: option_true(vm, kwargs, "check_circular", true)?,
            default: kwarg(vm, kwargs, "default")
                .filter(|v| !v.is_none())
                .unwrap_or(Value::NULL),
            out: String::new(),
            active: Vec::new(),
        })
    }

    /// Room for `extra` more bytes of output, or MemoryError: the text grows by doubling, and
    /// a board's fragmented heap may not hold the next size.
    fn grow(&mut self, vm: &mut Vm, extra: usize) -> PyResult<()> {
        if self.out.capacity() - self.out.len() < extra {
            vm.reserve(self.out.len() + extra)?;
            vm.text_room(&mut self.out, extra)?;
        }
        Ok(())
    }

    fn string(&mut self, vm: &mut Vm, text: &str) -> PyResult<()> {
        self.grow(vm, text.len() + 2)?;
        let out = &mut self.out;
        out.push('"');
        for c in text.chars() {
            match c {
                '"' => out.push_str("\\\""),
                '\\' => out.push_str("\\\\"),
                '\n' => out.push_str("\\n"),
                '\r' => out.push_str("\\r"),
                '\t' => out.push_str("\\t"),
                '\u{8}' => out.push_str("\\b"),
                '\u{c}' => out.push_str("\\f"),
                c if (c as u32) < 0x20 => {
                    let _ = write!(out, "\\u{:04x}", c as u32);
                }
                c if self.ensure_ascii && !(' '..='~').contains(&c) => {
                    let mut units = [0u16; 2];
                    for unit in c.encode_utf16(&mut units) {
                        let _ = write!(out, "\\u{unit:04x}");
                    }
                }
                c => out.push(c),
            }
        }
        out.push('"');
        Ok(())
    }

    fn float_text(&self, vm: &mut Vm, x: f64) -> PyResult<String> {
        if x.is_finite() {
            return Ok(crate::num::float::repr(x));
        }
        if !self.allow_nan {
            let repr = crate::num::float::repr(x);
            let _ = repr;
            return Err(vm.value_error("Out of range float values are not JSON compliant"));
        }
        Ok(String::from(if x.is_nan() {
            "NaN"
        } else if x > 0.0 {
            "Infinity"
        } else {
            "-Infinity"
        }))
    }

    fn newline(&mut self, vm: &mut Vm, level: usize) -> PyResult<()> {
        if let Some(indent) = &self.indent {
            let size = indent.len().saturating_mul(level).saturating_add(1);
            if self.out.capacity() - self.out.len() < size {
                vm.reserve(self.out.len().saturating_add(size))?;
            }
            self.out.push('\n');
            for _ in 0..level {
                match indent {
                    Indent::Spaces(n) => self.out.extend(core::iter::repeat_n(' ', *n)),
                    Indent::Text(text) => self.out.push_str(text),
                }
            }
        }
        Ok(())
    }

    fn separator(&mut self, vm: &mut Vm, level: usize) -> PyResult<()> {
        self.grow(vm, self.item_separator.len())?;
        let separator = core::mem::take(&mut self.item_separator);
        self.out.push_str(&separator);
        self.item_separator = separator;
        self.newline(vm, level)
    }

    fn encode(&mut self, vm: &mut Vm, v: Value, level: usize) -> PyResult<()> {
        // (Room for a literal, a number or the punctuation around a value.)
        self.grow(vm, 32)?;
        if let Some(text) = vm.str_text(v) {
            let text = String::from(text);
            return self.string(vm, &text);
        }
        if v.is_none() {
            return self.literal(vm, "null");
        }
        if v == Value::TRUE {
            return self.literal(vm, "true");
        }
        if v == Value::FALSE {
            return self.literal(vm, "false");
        }
        let base = vm.builtin_part(v);
        if let Some(n) = base.as_small_int() {
            let text = alloc::format!("{n}");
            return self.literal(vm, &text);
        }
        enum Kind {
            Big(String),
            Float(f64),
            Array(Vec<Value>),
            Object,
            Other,
        }
        let limit = vm.int_max_str_digits;
        // (A list's copy is checked first: a board's fragmented heap may lack the block.)
        let item_bytes = |items: &[Value]| core::mem::size_of_val(items);
        let kind = match vm.heap_obj(base) {
            Some(Obj::BigInt(n)) if exceeds_digit_limit(n, limit) => {
                return Err(too_many_digits_to_str(vm))
            }
            Some(Obj::BigInt(n)) => Kind::Big(n.to_string_radix(10)),
            Some(Obj::Int64(n)) => Kind::Big(alloc::format!("{n}")),
            Some(Obj::Float(x)) => Kind::Float(*x),
            Some(Obj::List(items)) => {
                vm.reserve(item_bytes(items))?;
                Kind::Array(items.clone())
            }
            Some(Obj::Tuple(items)) => {
                vm.reserve(item_bytes(items))?;
                Kind::Array(items.to_vec())
            }
            Some(Obj::Dict(_)) => Kind::Object,
            _ => Kind::Other,
        };
        match kind {
            Kind::Big(text) => self.literal(vm, &text),
            Kind::Float(x) => {
                let text = self.float_text(vm, x)?;
                self.literal(vm, &text)
            }
            Kind::Array(items) => {
                let mut items = Some(items);
                self.container(vm, v, level, &mut |encoder, vm| {
                    encoder.array(vm, items.take().unwrap_or_default(), level)
                })
            }
            Kind::Object => self.container(vm, v, level, &mut |encoder, vm| {
                encoder.object(vm, base, level)
            }),
            Kind::Other => {
                if self.default.is_null() {
                    let name = vm.type_name(v);
                    return Err(vm.type_error(alloc::format!(
                        "Object of type {name} is not JSON serializable"
                    )));
                }
                self.container(vm, v, level, &mut |encoder, vm| {
                    let replacement = vm.call(encoder.default, &[v], &[])?;
                    vm.push_root(replacement);
                    let result = encoder.encode(vm, replacement, level);
                    vm.pop_root();
                    result
                })
            }
        }
    }

    fn literal(&mut self, vm: &mut Vm, text: &str) -> PyResult<()> {
        self.grow(vm, text.len())?;
        self.out.push_str(text);
        Ok(())
    }

    /// Runs `body` with `v` marked as being encoded (cycle and depth checks).
    fn container(
        &mut self,
        vm: &mut Vm,
        v: Value,
        level: usize,
        // `dyn`: one copy of this function instead of one per container kind.
        body: &mut dyn FnMut(&mut Encoder, &mut Vm) -> PyResult<()>,
    ) -> PyResult<()> {
        if level >= MAX_DEPTH {
            return Err(vm.new_exception_msg(
                vm.types.recursion_error,
                "maximum recursion depth exceeded while encoding a JSON object",
            ));
        }
        if self.check_circular {
            if self.active.contains(&v) {
                return Err(vm.value_error("Circular reference detected"));
            }
            self.active.push(v);
        }
        let result = body(self, vm);
        if self.check_circular {
            self.active.pop();
        }
        result
    }

    fn array(&mut self, vm: &mut Vm, items: Vec<Value>, level: usize) -> PyResult<()> {
        if items.is_empty() {
            return self.literal(vm, "[]");
        }
        // A `default=` callback may change the container: keep the items alive meanwhile.
        let snapshot = if self.default.is_null() {
            Value::NULL
        } else {
            vm.new_tuple(items.clone())?
        };
        vm.push_root(snapshot);
        let result = (|| {
            self.literal(vm, "[")?;
            self.newline(vm, level + 1)?;
            for (i, &item) in items.iter().enumerate() {
                if i > 0 {
                    self.separator(vm, level + 1)?;
                }
                self.encode(vm, item, level + 1)?;
            }
            self.newline(vm, level)?;
            self.literal(vm, "]")
        })();
        vm.pop_root();
        result
    }

    fn object(&mut self, vm: &mut Vm, dict: Value, level: usize) -> PyResult<()> {
        let entries: Vec<Value> = match vm.dict_storage(dict) {
            Some(d) => d.iter().flat_map(|e| [e.key, e.value]).collect(),
            None => Vec::new(),
        };
        if entries.is_empty() {
            return self.literal(vm, "{}");
        }
        // The flat key, value list lives on the heap: sorting and callbacks run Python.
        let holder = vm.new_list(entries)?;
        vm.push_root(holder);
        let result = (|| {
            if self.sort_keys {
                sort_pairs(vm, holder)?;
            }
            self.literal(vm, "{")?;
            self.newline(vm, level + 1)?;
            let mut first = true;
            let mut index = 0;
            loop {
                let pair = match vm.heap.get(holder) {
                    Obj::List(items) if index + 1 < items.len() => (items[index], items[index + 1]),
                    _ => break,
                };
                index += 2;
                let Some(key) = self.key_text(vm, pair.0)? else {
                    continue;
                };
                if !first {
                    self.separator(vm, level + 1)?;
                }
                first = false;
                self.string(vm, &key)?;
                let separator = core::mem::take(&mut self.key_separator);
                let pushed = self.literal(vm, &separator);
                self.key_separator = separator;
                pushed?;
                self.encode(vm, pair.1, level + 1)?;
            }
            self.newline(vm, level)?;
            self.literal(vm, "}")
        })();
        vm.pop_root();
        result
    }

    /// A key as JSON object-key text, None to skip it (`skipkeys`).
    fn key_text(&mut self, vm: &mut Vm, key: Value) -> PyResult<Option<String>> {
        if let Some(text) = vm.str_text(key) {
            return Ok(Some(String::from(text)));
        }
        if key.is_none() {
            return Ok(Some(String::from("null")));
        }
        if key == Value::TRUE {
            return Ok(Some(String::from("true")));
        }
        if key == Value::FALSE {
            return Ok(Some(String::from("false")));
        }
        let base = vm.builtin_part(key);
        if let Some(n) = base.as_small_int() {
            return Ok(Some(alloc::format!("{n}")));
        }
        let limit = vm.int_max_str_digits;
        match vm.heap_obj(base) {
            Some(Obj::BigInt(n)) if exceeds_digit_limit(n, limit) => {
                return Err(too_many_digits_to_str(vm))
            }
            Some(Obj::BigInt(n)) => return Ok(Some(n.to_string_radix(10))),
            Some(Obj::Int64(n)) => return Ok(Some(alloc::format!("{n}"))),
            Some(Obj::Float(x)) => {
                let x = *x;
                return self.float_text(vm, x).map(Some);
            }
            _ => {}
        }
        if self.skip_keys {
            return Ok(None);
        }
        let name = vm.type_name(key);
        Err(vm.type_error(alloc::format!(
            "keys must be str, int, float, bool or None, not {name}"
        )))
    }
}

/// Sorts a flat [k0, v0, k1, v1, …] list by key (stable insertion sort with Python `<`).
fn sort_pairs(vm: &mut Vm, holder: Value) -> PyResult<()> {
    let count = match vm.heap.get(holder) {
        Obj::List(items) => items.len() / 2,
        _ => 0,
    };
    // Keys are sorted as a list of their own, then pairs are rebuilt in that order.
    let keys: Vec<Value> = match vm.heap.get(holder) {
        Obj::List(items) => items.iter().step_by(2).copied().collect(),
        _ => Vec::new(),
    };
    let keys_list = vm.new_list(keys)?;
    vm.push_root(keys_list);
    let sorted = crate::obj::list::sort_list(vm, keys_list, &[]);
    vm.pop_root();
    sorted?;
    let (Obj::List(sorted_keys), Obj::List(pairs)) = (vm.heap.get(keys_list), vm.heap.get(holder))
    else {
        return Ok(());
    };
    let mut rebuilt = Vec::with_capacity(count * 2);
    for &key in sorted_keys {
        // Keys are distinct objects from one dict: find each by identity.
        if let Some(i) = (0..count).find(|&i| pairs[2 * i] == key) {
            rebuilt.push(key);
            rebuilt.push(pairs[2 * i + 1]);
        }
    }
    if let Obj::List(items) = vm.heap.get_mut(holder) {
        *items = rebuilt;
    }
    Ok(())
}

/// `cls(**kwargs)` for `dumps`/`loads` given `cls=` (a JSONEncoder or JSONDecoder
/// subclass, `_json_classes.py`), the other keywords passed on as they are; None without.
fn custom_coder(vm: &mut Vm, kwargs: &[(Value, Value)]) -> PyResult<Option<Value>> {
    let Some(cls) = kwarg(vm, kwargs, "cls").filter(|v| !v.is_none()) else {
        return Ok(None);
    };
    let rest: Vec<(Value, Value)> = kwargs
        .iter()
        .copied()
        .filter(|&(key, _)| vm.str_text(key) != Some("cls"))
        .collect();
    vm.call(cls, &[], &rest).map(Some)
}

/// `coder.method(argument)`, `coder` held meanwhile.
fn call_coder(vm: &mut Vm, coder: Value, method: &str, argument: Value) -> PyResult<Value> {
    vm.push_root(coder);
    let name = vm.qstrs.intern(method);
    let result = vm.call_method(coder, name, &[argument]);
    vm.pop_root();
    result
}

fn dumps(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "dumps", args, 1, 1)?;
    if let Some(encoder) = custom_coder(vm, kwargs)? {
        return call_coder(vm, encoder, "encode", args[0]);
    }
    let mut encoder = Encoder::new(vm, "dumps", kwargs)?;
    encoder.encode(vm, args[0], 0)?;
    vm.new_string(encoder.out)
}

fn dump(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "dump", args, 2, 2)?;
    let write = vm.qstrs.intern("write");
    if let Some(encoder) = custom_coder(vm, kwargs)? {
        // The chunks of `iterencode`, each written as it comes.
        let chunks = call_coder(vm, encoder, "iterencode", args[0])?;
        let chunks = vm.get_iter(chunks)?;
        vm.push_root(chunks);
        let result = (|| {
            while let Some(chunk) = vm.iter_next(chunks)? {
                vm.push_root(chunk);
                let written = vm.call_method(args[1], write, &[chunk]);
                vm.pop_root();
                written?;
            }
            Ok(Value::NONE)
        })();
        vm.pop_root();
        return result;
    }
    let mut encoder = Encoder::new(vm, "dump", kwargs)?;
    encoder.encode(vm, args[0], 0)?;
    let text = vm.new_string(encoder.out)?;
    vm.push_root(text);
    let result = vm.call_method(args[1], write, &[text]);
    vm.pop_root();
    result.map(|_| Value::NONE)
}

// ----- decoding ---------------------------------------------------------------------------

/// Where a decode failed: the message and the byte offset.
struct DecodeError {
    message: &'static str,
    offset: usize,
}

/// A decode step's result: a Python exception, or a JSON syntax error to report.
enum Failure {
    Python(Value),
    Syntax(DecodeError),
}

impl From<Value> for Failure {
    fn from(v: Value) -> Failure {
        Failure::Python(v)
    }
}

type Decoded<T> = Result<T, Failure>;

fn syntax<T>(message: &'static str, offset: usize) -> Decoded<T> {
    Err(Failure::Syntax(DecodeError { message, offset }))
}

struct Decoder<'a> {
    text: &'a str,
    bytes: &'a [u8],
    object_hook: Value,
    object_pairs_hook: Value,
    parse_float: Value,
    parse_int: Value,
    parse_constant: Value,
    /// `strict=False`: control characters may stand in strings.
    lenient: bool,
    /// Object keys made so far (equal keys share one str), when no hook can drop them.
    keys: Vec<Value>,
}

impl Decoder<'_> {
    fn has_hooks(&self) -> bool {
        !(self.object_hook.is_null()
            && self.object_pairs_hook.is_null()
            && self.parse_float.is_null()
            && self.parse_int.is_null()
            && self.parse_constant.is_null())
    }

    fn skip_whitespace(&self, mut i: usize) -> usize {
        while i < self.bytes.len() && matches!(self.bytes[i], b' ' | b'\t' | b'\n' | b'\r') {
            i += 1;
        }
        i
    }

    fn value(&mut self, vm: &mut Vm, i: usize, depth: usize) -> Decoded<(Value, usize)> {
        let Some(&c) = self.bytes.get(i) else {
            return syntax("Expecting value", i);
        };
        match c {
            b'"' => {
                let (text, end) = self.string(i + 1)?;
                Ok((vm.new_string(text)?, end))
            }
            b'{' => self.object(vm, i + 1, depth + 1),
            b'[' => self.array(vm, i + 1, depth + 1),
            b'n' if self.bytes[i..].starts_with(b"null") => Ok((Value::NONE, i + 4)),
            b't' if self.bytes[i..].starts_with(b"true") => Ok((Value::TRUE, i + 4)),
            b'f' if self.bytes[i..].starts_with(b"false") => Ok((Value::FALSE, i + 5)),
            b'N' if self.bytes[i..].starts_with(b"NaN") => {
                Ok((self.constant(vm, "NaN", f64::NAN)?, i + 3))
            }
            b'I' if self.bytes[i..].starts_with(b"Infinity") => {
                Ok((self.constant(vm, "Infinity", f64::INFINITY)?, i + 8))
            }
            b'-' if self.bytes[i..].starts_with(b"-Infinity") => {
                Ok((self.constant(vm, "-Infinity", f64::NEG_INFINITY)?, i + 9))
            }
            b'-' | b'0'..=b'9' => self.number(vm, i),
            _ => syntax("Expecting value", i),
        }
    }

    fn constant(&mut self, vm: &mut Vm, name: &str, x: f64) -> PyResult<Value> {
        if self.parse_constant.is_null() {
            return vm.new_float(x);
        }
        let text = vm.new_str(name)?;
        vm.call(self.parse_constant, &[text], &[])
    }

    fn number(&mut self, vm: &mut Vm, start: usize) -> Decoded<(Value, usize)> {
        let b = self.bytes;
        let digits = |mut i: usize| {
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
            }
            i
        };
        let mut i = start;
        if b[i] == b'-' {
            i += 1;
        }
        match b.get(i) {
            Some(b'0') => i += 1,
            Some(b'1'..=b'9') => i = digits(i),
            _ => return syntax("Expecting value", start),
        }
        let mut is_float = false;
        if b.get(i) == Some(&b'.') && b.get(i + 1).is_some_and(u8::is_ascii_digit) {
            i = digits(i + 1);
            is_float = true;
        }
        if matches!(b.get(i), Some(b'e' | b'E')) {
            let mut j = i + 1;
            if matches!(b.get(j), Some(b'+' | b'-')) {
                j += 1;
            }
            if b.get(j).is_some_and(u8::is_ascii_digit) {
                i = digits(j);
                is_float = true;
            }
        }
        let text = &self.text[start..i];
        let hook = if is_float {
            self.parse_float
        } else {
            self.parse_int
        };
        let value = if !hook.is_null() {
            let text = vm.new_str(text)?;
            vm.call(hook, &[text], &[])?
        } else if is_float {
            match crate::num::float::parse(text) {
                Some(x) => vm.new_float(x)?,
                None => return syntax("Expecting value", start),
            }
        } else if let Ok(n) = text.parse::<i64>() {
            vm.new_int(n)?
        } else {
            let (negative, magnitude) = match text.strip_prefix('-') {
                Some(rest) => (true, rest),
                None => (false, text),
            };
            let limit = vm.int_max_str_digits as usize;
            if limit > 0 && magnitude.len() > limit {
                return Err(too_many_digits_to_int(vm, magnitude.len()).into());
            }
            vm.reserve(magnitude.len() / 2)?;
            match BigInt::parse(magnitude, 10) {
                Some(n) => {
                    let n = if negative { -n } else { n };
                    vm.new_bigint(n)?
                }
                None => return syntax("Expecting value", start),
            }
        };
        Ok((value, i))
    }

    /// A string body from just after its opening quote: (text, offset after the close).
    fn string(&self, start: usize) -> Decoded<(String, usize)> {
        let b = self.bytes;
        let mut out = String::new();
        let mut i = start;
        let mut chunk = start;
        loop {
            let Some(&c) = b.get(i) else {
                return syntax("Unterminated string starting at", start - 1);
            };
            match c {
                b'"' => {
                    out.push_str(&self.text[chunk..i]);
                    return Ok((out, i + 1));
                }
                b'\\' => {
                    out.push_str(&self.text[chunk..i]);
                    let Some(&escape) = b.get(i + 1) else {
                        return syntax("Unterminated string starting at", start - 1);
                    };
                    i += 2;
                    match escape {
                        b'"' => out.push('"'),
                        b'\\' => out.push('\\'),
                        b'/' => out.push('/'),
                        b'b' => out.push('\u{8}'),
                        b'f' => out.push('\u{c}'),
                        b'n' => out.push('\n'),
                        b'r' => out.push('\r'),
                        b't' => out.push('\t'),
                        b'u' => {
                            let unit = self.hex4(i)?;
                            i += 4;
                            let mut code = unit;
                            if (0xd800..0xdc00).contains(&unit)
                                && b.get(i) == Some(&b'\\')
                                && b.get(i + 1) == Some(&b'u')
                            {
                                let low = self.hex4(i + 2)?;
                                if (0xdc00..0xe000).contains(&low) {
                                    code = 0x10000 + ((unit - 0xd800) << 10) + (low - 0xdc00);
                                    i += 6;
                                }
                            }
                            // A lone surrogate cannot be held in a str here: U+FFFD stands in.
                            out.push(char::from_u32(code).unwrap_or('\u{fffd}'));
                        }
                        _ => return syntax("Invalid \\escape", i - 2),
                    }
                    chunk = i;
                }
                0..=0x1f if !self.lenient => return syntax("Invalid control character at", i),
                _ => i += 1,
            }
        }
    }

    fn hex4(&self, i: usize) -> Decoded<u32> {
        let digits = self.bytes.get(i..i + 4);
        let value = digits.and_then(|d| {
            let text = core::str::from_utf8(d).ok()?;
            if text.bytes().all(|c| c.is_ascii_hexdigit()) {
                u32::from_str_radix(text, 16).ok()
            } else {
                None
            }
        });
        match value {
            Some(v) => Ok(v),
            None => syntax("Invalid \\uXXXX escape", i - 1),
        }
    }

    fn too_deep(&self, vm: &mut Vm, what: &str) -> Failure {
        let message =
            alloc::format!("maximum recursion depth exceeded while decoding a JSON {what}");
        Failure::Python(vm.new_exception_msg(vm.types.recursion_error, &message))
    }

    fn array(&mut self, vm: &mut Vm, start: usize, depth: usize) -> Decoded<(Value, usize)> {
        if depth > MAX_DEPTH {
            return Err(self.too_deep(vm, "array from a unicode string"));
        }
        let list = vm.new_list(Vec::new())?;
        vm.push_root(list);
        let result = self.array_items(vm, list, start, depth);
        vm.pop_root();
        result.map(|end| (list, end))
    }

    fn array_items(
        &mut self,
        vm: &mut Vm,
        list: Value,
        start: usize,
        depth: usize,
    ) -> Decoded<usize> {
        let mut i = self.skip_whitespace(start);
        if self.bytes.get(i) == Some(&b']') {
            return Ok(i + 1);
        }
        loop {
            let (item, end) = self.value(vm, i, depth)?;
            vm.list_append(list, item)?;
            i = self.skip_whitespace(end);
            match self.bytes.get(i) {
                Some(b']') => return Ok(i + 1),
                Some(b',') => i = self.skip_whitespace(i + 1),
                _ => return syntax("Expecting ',' delimiter", i),
            }
        }
    }

    fn object(&mut self, vm: &mut Vm, start: usize, depth: usize) -> Decoded<(Value, usize)> {
        if depth > MAX_DEPTH {
            return Err(self.too_deep(vm, "object from a unicode string"));
        }
        // Pairs are collected in a list: [k0, v0, k1, v1, …].
        let pairs = vm.new_list(Vec::new())?;
        vm.push_root(pairs);
        let result = self.object_pairs(vm, pairs, start, depth).and_then(|end| {
            let value = self.finish_object(vm, pairs)?;
            Ok((value, end))
        });
        vm.pop_root();
        result
    }

    fn object_pairs(
        &mut self,
        vm: &mut Vm,
        pairs: Value,
        start: usize,
        depth: usize,
    ) -> Decoded<usize> {
        let mut i = self.skip_whitespace(start);
        if self.bytes.get(i) == Some(&b'}') {
            return Ok(i + 1);
        }
        loop {
            if self.bytes.get(i) != Some(&b'"') {
                return syntax("Expecting property name enclosed in double quotes", i);
            }
            let (key_text, end) = self.string(i + 1)?;
            let key = self.key(vm, &key_text)?;
            vm.list_append(pairs, key)?;
            i = self.skip_whitespace(end);
            if self.bytes.get(i) != Some(&b':') {
                return syntax("Expecting ':' delimiter", i);
            }
            i = self.skip_whitespace(i + 1);
            let (value, end) = self.value(vm, i, depth)?;
            vm.list_append(pairs, value)?;
            i = self.skip_whitespace(end);
            match self.bytes.get(i) {
                Some(b'}') => return Ok(i + 1),
                Some(b',') => i = self.skip_whitespace(i + 1),
                _ => return syntax("Expecting ',' delimiter", i),
            }
        }
    }

    fn key(&mut self, vm: &mut Vm, text: &str) -> PyResult<Value> {
        let memo = !self.has_hooks();
        if memo {
            for &key in &self.keys {
                if vm.str_text(key) == Some(text) {
                    return Ok(key);
                }
            }
        }
        let key = vm.new_str(text)?;
        if memo && self.keys.len() < 64 {
            self.keys.push(key);
        }
        Ok(key)
    }

    fn finish_object(&mut self, vm: &mut Vm, pairs: Value) -> PyResult<Value> {
        let flat = match vm.heap.get(pairs) {
            Obj::List(items) => items.clone(),
            _ => Vec::new(),
        };
        if !self.object_pairs_hook.is_null() {
            let mut tuples = Vec::with_capacity(flat.len() / 2);
            let holder = vm.new_list(Vec::new())?;
            vm.push_root(holder);
            let result = (|| {
                for pair in flat.chunks(2) {
                    let tuple = vm.new_tuple(pair.to_vec())?;
                    vm.list_append(holder, tuple)?;
                    tuples.push(tuple);
                }
                let list = vm.new_list(tuples)?;
                vm.push_root(list);
                let result = vm.call(self.object_pairs_hook, &[list], &[]);
                vm.pop_root();
                result
            })();
            vm.pop_root();
            return result;
        }
        let dict = vm.new_dict()?;
        vm.push_root(dict);
        let mut result = Ok(dict);
        for pair in flat.chunks(2) {
            if let Err(e) = vm.dict_set_item(dict, pair[0], pair[1]) {
                result = Err(e);
                break;
            }
        }
        if result.is_ok() && !self.object_hook.is_null() {
            result = vm.call(self.object_hook, &[dict], &[]);
        }
        vm.pop_root();
        result
    }
}

const LOADS_OPTIONS: &[&str] = &[
    "cls",
    "object_hook",
    "parse_float",
    "parse_int",
    "parse_constant",
    "object_pairs_hook",
    "strict",
];

fn loads(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "loads", args, 1, 1)?;
    let custom = kwarg(vm, kwargs, "cls").is_some_and(|cls| !cls.is_none());
    if !custom {
        check_kwargs(vm, "loads", kwargs, LOADS_OPTIONS)?;
    }
    let source = args[0];
    let text: String = match vm.str_text(source) {
        Some(text) => String::from(text),
        None => match vm.bytes_data(source) {
            Some(data) => bytes_text(vm, &data)?,
            None => {
                let name = vm.type_name(source);
                return Err(vm.type_error(alloc::format!(
                    "the JSON object must be str, bytes or bytearray, not {name}"
                )));
            }
        },
    };
    if text.starts_with('\u{feff}') {
        return Err(decode_error(
            vm,
            "Unexpected UTF-8 BOM (decode using utf-8-sig)",
            source,
            &text,
            0,
        ));
    }
    if custom {
        let text = match vm.str_text(source) {
            Some(_) => source,
            None => vm.new_string(text)?,
        };
        vm.push_root(text);
        let decoded = custom_coder(vm, kwargs).and_then(|decoder| match decoder {
            Some(decoder) => call_coder(vm, decoder, "decode", text),
            None => Ok(Value::NONE),
        });
        vm.pop_root();
        return decoded;
    }
    let lenient = match kwarg(vm, kwargs, "strict") {
        Some(strict) => !vm.is_true(strict)?,
        None => false,
    };
    let hook = |name| {
        kwarg(vm, kwargs, name)
            .filter(|v| !v.is_none())
            .unwrap_or(Value::NULL)
    };
    let mut decoder = Decoder {
        text: &text,
        bytes: text.as_bytes(),
        object_hook: hook("object_hook"),
        object_pairs_hook: hook("object_pairs_hook"),
        parse_float: hook("parse_float"),
        parse_int: hook("parse_int"),
        parse_constant: hook("parse_constant"),
        lenient,
        keys: Vec::new(),
    };
    let start = decoder.skip_whitespace(0);
    let result = decoder.value(vm, start, 0).and_then(|(value, end)| {
        let end = decoder.skip_whitespace(end);
        if end != text.len() {
            return syntax("Extra data", end);
        }
        Ok(value)
    });
    match result {
        Ok(value) => Ok(value),
        Err(Failure::Python(e)) => Err(e),
        Err(Failure::Syntax(error)) => {
            Err(decode_error(vm, error.message, source, &text, error.offset))
        }
    }
}

/// The text of JSON bytes, in the encoding CPython's `json.detect_encoding` finds: a
/// byte-order mark (UTF-8, UTF-16, UTF-32), else the zero bytes of a UTF-16 or UTF-32 start,
/// else UTF-8 (a UnicodeDecodeError when the bytes are not that).
fn bytes_text(vm: &mut Vm, data: &[u8]) -> PyResult<String> {
    use crate::obj::codec::{decode, ByteOrder, Codec, Errors};
    let wide = |unit, order| Codec::Wide { unit, order };
    let (codec, skip) = match *data {
        [0, 0, 0xfe, 0xff, ..] | [0xff, 0xfe, 0, 0, ..] => (wide(4, ByteOrder::Marked), 0),
        [0xfe, 0xff, ..] | [0xff, 0xfe, ..] => (wide(2, ByteOrder::Marked), 0),
        [0xef, 0xbb, 0xbf, ..] => (Codec::Utf8, 3),
        [0, b1, ..] if data.len() >= 4 && b1 != 0 => (wide(2, ByteOrder::Big), 0),
        [0, ..] if data.len() >= 4 => (wide(4, ByteOrder::Big), 0),
        [_, 0, b2, b3, ..] if b2 != 0 || b3 != 0 => (wide(2, ByteOrder::Little), 0),
        [_, 0, ..] if data.len() >= 4 => (wide(4, ByteOrder::Little), 0),
        [0, _] => (wide(2, ByteOrder::Big), 0),
        [_, 0] => (wide(2, ByteOrder::Little), 0),
        _ => (Codec::Utf8, 0),
    };
    decode(vm, &data[skip..], codec, Errors::Strict)
}

/// Makes `json.JSONDecodeError(msg, doc, pos)` at byte `offset` of `text` (its class's
/// `__init__` counts the line and column).
fn decode_error(vm: &mut Vm, message: &str, doc: Value, text: &str, offset: usize) -> Value {
    let pos = text[..offset.min(text.len())].chars().count();
    let class = decode_error_class(vm);
    let doc = if vm.is_str(doc) {
        Ok(doc)
    } else {
        vm.new_str(text)
    };
    let result = doc.and_then(|doc| {
        vm.push_root(doc);
        let made = vm.new_str(message).and_then(|msg| {
            vm.push_root(msg);
            let made = vm
                .new_int(pos as i64)
                .and_then(|pos| vm.call(class, &[msg, doc, pos], &[]));
            vm.pop_root();
            made
        });
        vm.pop_root();
        made
    });
    match result {
        Ok(exception) | Err(exception) => exception,
    }
}

/// `JSONDecodeError.__init__(self, msg, doc, pos)`: the message with the line, column and
/// character of `pos` (characters of `doc`), and those as attributes.
fn decode_error_init(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "JSONDecodeError", &args[1..], 3, 3)?;
    let (this, msg, doc, pos) = (args[0], args[1], args[2], args[3]);
    let Some(message) = vm.str_text(msg).map(String::from) else {
        return Err(vm.type_error("JSONDecodeError() argument 'msg' must be str"));
    };
    let Some(text) = vm.str_text(doc).map(String::from) else {
        return Err(vm.type_error("JSONDecodeError() argument 'doc' must be str"));
    };
    let position = vm.int_arg(pos)?.max(0) as usize;
    let before: String = text.chars().take(position).collect();
    let lineno = before.matches('\n').count() + 1;
    let colno = match before.rfind('\n') {
        Some(newline) => before[newline + 1..].chars().count() + 1,
        None => position + 1,
    };
    let full = alloc::format!("{message}: line {lineno} column {colno} (char {position})");
    let full = vm.new_str(&full)?;
    let args_tuple = vm.new_tuple(alloc::vec![full])?;
    vm.store_attr(this, crate::qstr::q::args, args_tuple)?;
    let fields = [
        ("msg", msg),
        ("doc", doc),
        ("pos", pos),
        ("lineno", vm.new_int(lineno as i64)?),
        ("colno", vm.new_int(colno as i64)?),
    ];
    for (name, value) in fields {
        let name = vm.qstrs.intern(name);
        vm.store_attr(this, name, value)?;
    }
    Ok(Value::NONE)
}

static DECODE_ERROR_INIT: Builtin = Builtin::new("JSONDecodeError.__init__", decode_error_init);

/// `json.JSONDecodeError`, found through `sys.modules` (ValueError if it is gone).
fn decode_error_class(vm: &mut Vm) -> Value {
    let name = vm.intern("json");
    let module = vm.dict_get_item(vm.modules, name).ok().flatten();
    let class_name = vm.qstrs.intern("JSONDecodeError");
    module
        .map(|m| vm.module_dict(m))
        .filter(|d| !d.is_null())
        .and_then(|d| vm.dict_get_name(d, class_name))
        .filter(|&c| matches!(vm.heap_obj(c), Some(Obj::Class(_))))
        .unwrap_or(vm.types.value_error)
}

fn load(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "load", args, 1, 1)?;
    let read = vm.qstrs.intern("read");
    let text = vm.call_method(args[0], read, &[])?;
    vm.push_root(text);
    let result = loads(vm, &[text], kwargs);
    vm.pop_root();
    result
}

/// The module's `__getattr__` (PEP 562): `JSONEncoder` and `JSONDecoder` come from the frozen
/// `_json_classes` on first use, costing no heap before.
fn module_getattr(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "__getattr__", args, 1, 1)?;
    let name = vm.str_text(args[0]).map(String::from).unwrap_or_default();
    if name == "JSONEncoder" || name == "JSONDecoder" {
        let module = vm.import_module("_json_classes")?;
        let name = vm.qstrs.intern(&name);
        return vm.load_attr(module, name);
    }
    Err(vm.attribute_error_text(&alloc::format!("module 'json' has no attribute '{name}'")))
}

static FUNCTIONS: &[Builtin] = &[
    Builtin::new("__getattr__", module_getattr),
    Builtin::with_keywords("dumps", dumps),
    Builtin::with_keywords("dump", dump),
    Builtin::with_keywords("loads", loads),
    Builtin::with_keywords("load", load),
];

/// Makes `_json_classes`, the frozen module of `JSONEncoder` and `JSONDecoder`.
pub fn make_classes(vm: &mut Vm) -> PyResult<Value> {
    super::frozen::make(vm, "_json_classes")
}

pub fn make(vm: &mut Vm) -> PyResult<Value> {
    vm.make_module("json", |vm, module| {
        crate::modules::gc::add_functions(vm, module, FUNCTIONS)?;
        // class JSONDecodeError(ValueError), made as `type(name, bases, namespace)` would.
        let name = vm.new_str("JSONDecodeError")?;
        let bases = vm.new_tuple(alloc::vec![vm.types.value_error])?;
        vm.push_root(bases);
        let namespace = vm.new_dict();
        let class = namespace.and_then(|namespace| {
            vm.push_root(namespace);
            let module_name = vm.intern("json");
            vm.dict_set_name(namespace, crate::qstr::q::__module__, module_name)?;
            let init = vm.alloc(Obj::Builtin(&DECODE_ERROR_INIT))?;
            vm.dict_set_name(namespace, crate::qstr::q::__init__, init)?;
            let type_ = vm.types.type_;
            let class = vm.call(type_, &[name, bases, namespace], &[]);
            vm.pop_root();
            class
        });
        vm.pop_root();
        let class = class?;
        let dict = vm.module_dict(module);
        let class_name = vm.qstrs.intern("JSONDecodeError");
        vm.dict_set_name(dict, class_name, class)?;
        Ok(())
    })
}
