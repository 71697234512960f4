//! `re`: regular expressions with a backtracking engine of our own.
//!
//! `re` itself is frozen Python (`frozen/re.py`: `Pattern`, templates, the module
//! functions); the work is done by the native `_re` module here (and `Match`, in
//! `match_object.rs`):
//!
//! * `_re.info(pattern, flags)` → `(flags, groups, groupindex)` or raises `re.error`;
//! * `_re.match(pattern, flags, string, pos, endpos, mode)` → the match's spans or None
//!   (mode 0: match, 1: search, 2: fullmatch);
//! * `_re.scan(pattern, flags, string, pos, endpos, limit)` → the spans of successive
//!   matches (CPython's rules for empty matches), at most `limit` of them (0: all), as
//!   one flat list of ints: `2 * groups + 3` per match (the last is lastindex, -1: none).
//!
//! Spans are a tuple `(start0, end0, start1, end1, …, lastindex)` in characters, -1 for
//! a group that did not take part, `lastindex` None when no group closed. The pattern is
//! parsed and compiled on each call (patterns are short; a scan compiles once).

pub mod engine;
pub mod match_object;
pub mod parse;

use alloc::string::String;
use alloc::vec::Vec;

use crate::modules::builtins::check_args;
use crate::obj::{Builtin, Obj};
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use engine::{Matcher, Program, UNSET};

/// Makes the `re` module (frozen Python on top of `_re`).
pub fn make(vm: &mut Vm) -> PyResult<Value> {
    super::frozen::make(vm, "re")
}

/// Makes the native `_re` module.
pub fn make_native(vm: &mut Vm) -> PyResult<Value> {
    vm.make_module("_re", |vm, module| {
        crate::modules::gc::add_functions(vm, module, FUNCTIONS).and_then(|_| {
            let class = match_object::make_class(vm)?;
            let dict = vm.module_dict(module);
            let name = vm.qstrs.intern("Match");
            vm.dict_set_name(dict, name, class)?;
            Ok(())
        })
    })
}

static FUNCTIONS: &[Builtin] = &[
    Builtin::new("info", info),
    Builtin::new("match", match_),
    Builtin::new("scan", scan),
];

/// `re.error(msg, pattern, pos)` (ValueError when `re` is not importable).
fn re_error(vm: &mut Vm, message: &str, pattern: Value, pos: Option<usize>) -> Value {
    let name = vm.intern("re");
    let module = vm.dict_get_item(vm.modules, name).ok().flatten();
    let error_name = vm.qstrs.intern("error");
    // Through the module's __getattr__: `error` is in a section compiled on first use.
    let class = match module {
        Some(m) => match vm.load_attr_optional(m, error_name) {
            Ok(found) => found,
            Err(e) => return e,
        },
        None => None,
    }
    .filter(|&c| matches!(vm.heap_obj(c), Some(Obj::Class(_))));
    let Some(class) = class else {
        return vm.value_error(message);
    };
    let args = (|| {
        let text = vm.new_str(message)?;
        let pos = match pos {
            Some(p) => vm.new_int(p as i64)?,
            None => Value::NONE,
        };
        Ok::<_, Value>([text, pattern, pos])
    })();
    match args {
        Ok(args) => {
            vm.push_root(args[0]);
            let result = vm.call(class, &args, &[]);
            vm.pop_root();
            match result {
                Ok(e) | Err(e) => e,
            }
        }
        Err(e) => e,
    }
}

/// The pattern's characters and whether it is a bytes pattern.
fn pattern_chars(vm: &mut Vm, pattern: Value) -> PyResult<(Vec<char>, bool)> {
    if let Some(text) = vm.str_text(pattern) {
        return Ok((text.chars().collect(), false));
    }
    if let Some(data) = vm.bytes_data(pattern) {
        return Ok((data.into_iter().map(char::from).collect(), true));
    }
    let name = vm.type_name(pattern);
    Err(vm.type_error(alloc::format!(
        "first argument must be string or compiled pattern, not {name}"
    )))
}

fn flags_arg(vm: &mut Vm, v: Value) -> PyResult<u32> {
    let n = vm.int_arg(v)?;
    Ok(n as u32)
}

struct Compiled {
    program: Program,
    flags: u32,
    names: Vec<(String, usize)>,
    is_bytes: bool,
}

fn compile(vm: &mut Vm, pattern: Value, flags: u32) -> PyResult<Compiled> {
    let (chars, is_bytes) = pattern_chars(vm, pattern)?;
    if is_bytes && flags & parse::flag::UNICODE != 0 {
        return Err(vm.value_error("cannot use UNICODE flag with a bytes pattern"));
    }
    if !is_bytes && flags & parse::flag::LOCALE != 0 {
        return Err(vm.value_error("cannot use LOCALE flag with a str pattern"));
    }
    if flags & parse::flag::ASCII != 0 && flags & parse::flag::UNICODE != 0 {
        return Err(vm.value_error("ASCII and UNICODE flags are incompatible"));
    }
    vm.reserve(chars.len() * 64)?;
    let parsed = match parse::parse(&chars, flags, is_bytes) {
        Ok(parsed) => parsed,
        Err(error) => return Err(re_error(vm, &error.message, pattern, error.pos)),
    };
    let program = match engine::compile(&parsed.node, parsed.groups, parsed.flags, is_bytes) {
        Ok(program) => program,
        Err(engine::TooLarge) => return Err(re_error(vm, "pattern too large", pattern, None)),
    };
    Ok(Compiled {
        program,
        flags: parsed.flags,
        names: parsed.names,
        is_bytes,
    })
}

fn info(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "info", args, 2, 2)?;
    let flags = flags_arg(vm, args[1])?;
    let compiled = compile(vm, args[0], flags)?;
    let index = vm.new_dict()?;
    vm.push_root(index);
    let result = (|| {
        for (name, group) in &compiled.names {
            let key = vm.new_str(name)?;
            let value = vm.new_int(*group as i64)?;
            vm.dict_set_item(index, key, value)?;
        }
        let flags = vm.new_int(compiled.flags as i64)?;
        let groups = vm.new_int(compiled.program.groups as i64)?;
        vm.new_tuple(alloc::vec![flags, groups, index])
    })();
    vm.pop_root();
    result
}

/// Runs `body` on the subject's bytes (UTF-8 for a str), whether it is bytes, and its length
/// in chars (known without a scan); checks the pattern/subject kinds.
fn with_subject<R>(
    vm: &mut Vm,
    subject: Value,
    pattern_is_bytes: bool,
    body: impl FnOnce(&[u8], bool, usize) -> R,
) -> PyResult<R> {
    let is_str = vm.is_str(subject);
    if is_str && pattern_is_bytes {
        return Err(vm.type_error("cannot use a bytes pattern on a string-like object"));
    }
    if !is_str {
        let bytes_like = matches!(
            vm.heap_obj(vm.builtin_part(subject)),
            Some(Obj::Bytes(_) | Obj::ByteArray(_) | Obj::MemoryView(_))
        );
        if !bytes_like {
            let name = vm.type_name(subject);
            return Err(vm.type_error(alloc::format!(
                "expected string or bytes-like object, got '{name}'"
            )));
        }
        if !pattern_is_bytes {
            return Err(vm.type_error("cannot use a string pattern on a bytes-like object"));
        }
    }
    if let Some(text) = vm.str_text(subject) {
        let chars = vm.str_char_count(subject).unwrap_or(0);
        return Ok(body(text.as_bytes(), false, chars));
    }
    match vm.heap_obj(vm.builtin_part(subject)) {
        Some(Obj::Bytes(data)) => Ok(body(data, true, data.len())),
        Some(Obj::ByteArray(data)) => Ok(body(data, true, data.len())),
        _ => {
            let data = vm.bytes_data(subject).unwrap_or_default();
            Ok(body(&data, true, data.len()))
        }
    }
}

/// Converts between character and byte offsets of one subject, walking forward.
struct Offsets<'a> {
    text: &'a [u8],
    ascii: bool,
    byte: usize,
    char: usize,
}

impl<'a> Offsets<'a> {
    /// Offsets in `text`, which has `chars` chars (bytes: one per byte).
    fn new(text: &'a [u8], chars: usize) -> Offsets<'a> {
        Offsets {
            text,
            ascii: chars == text.len(),
            byte: 0,
            char: 0,
        }
    }

    fn char_offset(&mut self, byte: usize) -> usize {
        if self.ascii {
            return byte;
        }
        if byte < self.byte {
            self.byte = 0;
            self.char = 0;
        }
        while self.byte < byte && self.byte < self.text.len() {
            if self.text[self.byte] & 0xc0 != 0x80 {
                self.char += 1;
            }
            self.byte += 1;
        }
        // Skip the rest of a character (byte is always a boundary here).
        self.char
    }

    fn byte_offset(&self, char: usize) -> usize {
        if self.ascii {
            return char.min(self.text.len());
        }
        let mut count = 0;
        for (i, &b) in self.text.iter().enumerate() {
            if b & 0xc0 != 0x80 {
                if count == char {
                    return i;
                }
                count += 1;
            }
        }
        self.text.len()
    }
}

/// Clamps `pos`/`endpos` as CPython does (negative: 0; beyond the end: the end).
fn clamp(value: i64, len: usize) -> usize {
    if value < 0 {
        0
    } else {
        (value as u64).min(len as u64) as usize
    }
}

/// A match result before it becomes Python values: slot values in chars, lastindex.
type Spans = (Vec<usize>, Option<usize>);

fn collect_spans(matcher: &Matcher, offsets: &mut Offsets, groups: usize) -> Spans {
    let mut spans = Vec::with_capacity(2 * (groups + 1));
    for slot in 0..2 * (groups + 1) {
        let value = matcher.slots[slot];
        spans.push(if value == UNSET {
            UNSET
        } else {
            offsets.char_offset(value)
        });
    }
    // Group starts may lie before the previous group's end: convert in slot order but
    // restart the walk when needed (Offsets handles going back).
    let lastindex = matcher.slots[matcher.lastindex_slot()];
    (spans, (lastindex != UNSET).then_some(lastindex))
}

fn spans_value(vm: &mut Vm, spans: &Spans) -> PyResult<Value> {
    let mut items = Vec::with_capacity(spans.0.len() + 1);
    for &value in &spans.0 {
        items.push(if value == UNSET {
            Value::small_int(-1)
        } else {
            vm.new_int(value as i64)?
        });
    }
    items.push(match spans.1 {
        Some(n) => vm.new_int(n as i64)?,
        None => Value::NONE,
    });
    vm.new_tuple(items)
}

/// Backtracking-stack entries the heap can spare (each a few words).
fn stack_limit(vm: &Vm) -> usize {
    let free = vm.heap.limit().saturating_sub(vm.heap.used());
    (free / 2 / 32).max(64)
}

fn out_of_memory(vm: &mut Vm) -> Value {
    vm.memory_error()
}

fn match_(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "match", args, 6, 6)?;
    let flags = flags_arg(vm, args[1])?;
    let compiled = compile(vm, args[0], flags)?;
    let pos = vm.int_arg(args[3])?;
    let endpos = vm.int_arg(args[4])?;
    let mode = vm.int_arg(args[5])?;
    let limit = stack_limit(vm);
    let program = &compiled.program;
    let outcome = with_subject(vm, args[2], compiled.is_bytes, |text, is_bytes, length| {
        let mut offsets = Offsets::new(text, length);
        let end = offsets.byte_offset(clamp(endpos, length));
        let start = offsets.byte_offset(clamp(pos, length));
        if start > end {
            return Ok(None);
        }
        let mut matcher = Matcher::new(program, text, is_bytes, end, limit);
        let found = match mode {
            1 => matcher.search(start)?,
            _ => {
                if mode == 2 {
                    matcher.require_end = Some(end);
                }
                matcher.match_at(start)?.map(|e| (start, e))
            }
        };
        Ok(found.map(|_| collect_spans(&matcher, &mut offsets, program.groups)))
    })?;
    match outcome {
        Ok(Some(spans)) => spans_value(vm, &spans),
        Ok(None) => Ok(Value::NONE),
        Err(engine::OutOfMemory) => Err(out_of_memory(vm)),
    }
}

fn scan(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "scan", args, 6, 6)?;
    let flags = flags_arg(vm, args[1])?;
    let compiled = compile(vm, args[0], flags)?;
    let pos = vm.int_arg(args[3])?;
    let endpos = vm.int_arg(args[4])?;
    let count = vm.int_arg(args[5])?.max(0) as usize;
    let limit = stack_limit(vm);
    // The spans of every match, flat: bounded by what the heap could hold as ints.
    let max_values = limit * 4;
    let program = &compiled.program;
    let outcome = with_subject(vm, args[2], compiled.is_bytes, |text, is_bytes, length| {
        let mut offsets = Offsets::new(text, length);
        let end = offsets.byte_offset(clamp(endpos, length));
        let mut at = offsets.byte_offset(clamp(pos, length));
        let mut flat: Vec<usize> = Vec::new();
        let mut found = 0;
        if at > end {
            return Ok(flat);
        }
        let mut matcher = Matcher::new(program, text, is_bytes, end, limit);
        while count == 0 || found < count {
            let Some((s, e)) = matcher.search(at)? else {
                break;
            };
            let (spans, lastindex) = collect_spans(&matcher, &mut offsets, program.groups);
            if flat.len() + spans.len() + 1 > max_values {
                return Err(engine::OutOfMemory);
            }
            flat.extend_from_slice(&spans);
            flat.push(lastindex.unwrap_or(UNSET));
            found += 1;
            // After an empty match the next one must not be empty at the same place.
            matcher.must_advance = (s == e).then_some(e);
            at = e;
            if at > end {
                break;
            }
        }
        Ok(flat)
    })?;
    let flat = match outcome {
        Ok(flat) => flat,
        Err(engine::OutOfMemory) => return Err(out_of_memory(vm)),
    };
    vm.reserve(flat.len() * core::mem::size_of::<Value>())?;
    let mut values = Vec::with_capacity(flat.len());
    for value in flat {
        values.push(if value == UNSET {
            Value::small_int(-1)
        } else {
            vm.new_int(value as i64)?
        });
    }
    vm.new_list(values)
}
