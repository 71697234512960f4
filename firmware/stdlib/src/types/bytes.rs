//! `bytes` and `bytearray`'s ordinary methods (mirroring str's, ASCII-only).
//!
//! The runtime keeps the classes, their constructors, their special methods and `bytes %
//! args` (`pyrite::obj::bytes`); these reach it through `LIBRARY` (see `pyrite::library`).

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use crate::modules::builtins::{bind_args, check_args, check_method_args};
use crate::obj::bytes::{byte_slice, copy_of, extension_bytes, same_kind};
use crate::obj::codec;
use crate::obj::{Builtin, Obj};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

type Args<'a> = &'a [Value];
type Kwargs<'a> = &'a [(Value, Value)];

/// A copy of self's bytes (self may be a subclass instance).
fn data(vm: &mut Vm, args: Args, name: &str) -> PyResult<Vec<u8>> {
    match args.first().and_then(|&v| byte_slice(vm, v)) {
        Some(d) => copy_of(vm, d),
        None => Err(vm.type_error(format!("descriptor '{name}' requires a 'bytes' object"))),
    }
}

/// The length of self's bytes (checking that self is bytes-like).
fn data_len(vm: &mut Vm, args: Args, name: &str) -> PyResult<usize> {
    match args.first().and_then(|&v| byte_slice(vm, v)) {
        Some(d) => Ok(d.len()),
        None => Err(vm.type_error(format!("descriptor '{name}' requires a 'bytes' object"))),
    }
}

/// A bytes-like argument.
fn arg_bytes(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    match byte_slice(vm, v) {
        Some(d) => copy_of(vm, d),
        None => {
            let name = vm.type_name(v);
            Err(vm.type_error(format!("a bytes-like object is required, not '{name}'")))
        }
    }
}

fn optional_bytes(vm: &mut Vm, v: Option<Value>) -> PyResult<Option<Vec<u8>>> {
    match v {
        None | Some(Value::NONE) => Ok(None),
        Some(v) => arg_bytes(vm, v).map(Some),
    }
}

fn decode(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult<Value> {
    let bytes = data(vm, args, "decode")?;
    let [encoding, errors] =
        bind_args(vm, "decode", &args[1..], kwargs, ["encoding", "errors"], 0)?;
    let codec = codec::lookup(vm, encoding)?;
    let errors = codec::error_handler(vm, errors)?;
    let text = codec::decode(vm, &bytes, codec, errors)?;
    vm.new_string(text)
}

/// `hex(sep=…, bytes_per_sep=1)`, shared with `memoryview.hex`.
pub(crate) fn hex(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult<Value> {
    let bytes = data(vm, args, "hex")?;
    let [sep, per] = bind_args(vm, "hex", &args[1..], kwargs, ["sep", "bytes_per_sep"], 0)?;
    let separator = match sep {
        None => None,
        Some(v) => {
            let text: Vec<u8> = if let Some(t) = vm.str_text(v) {
                t.as_bytes().to_vec()
            } else if let Some(b) = byte_slice(vm, v) {
                b.to_vec()
            } else {
                let name = vm.type_name(v);
                return Err(vm.type_error(format!("object of type '{name}' has no len()")));
            };
            if text.len() != 1 {
                return Err(vm.value_error("sep must be length 1."));
            }
            if !text[0].is_ascii() {
                return Err(vm.value_error("sep must be ASCII."));
            }
            Some(text[0] as char)
        }
    };
    // (CPython's bytes_per_sep is a C int.)
    let per = match per {
        Some(v) => vm.c_int_arg(v)?,
        None => 1,
    };
    vm.reserve(bytes.len() * 3)?;
    let mut text = String::with_capacity(bytes.len() * 3);
    let group = per.unsigned_abs() as usize;
    for (i, b) in bytes.iter().enumerate() {
        if let Some(sep) = separator {
            if i > 0 && group > 0 {
                // Positive: groups counted from the right; negative: from the left.
                let boundary = if per > 0 {
                    (bytes.len() - i) % group == 0
                } else {
                    i % group == 0
                };
                if boundary {
                    text.push(sep);
                }
            }
        }
        const DIGITS: &[u8; 16] = b"0123456789abcdef";
        text.push(DIGITS[(b >> 4) as usize] as char);
        text.push(DIGITS[(b & 15) as usize] as char);
    }
    vm.new_string(text)
}

/// `bytes.fromhex(string)` / `bytearray.fromhex(string)` (a class method).
fn fromhex(vm: &mut Vm, args: Args, _: Kwargs) -> PyResult<Value> {
    check_method_args(vm, "fromhex", args, 1, 1)?;
    let text: Vec<u8> = match vm.str_text(args[1]) {
        Some(t) => t.as_bytes().to_vec(),
        None => {
            let name = vm.type_name(args[1]);
            return Err(vm.type_error(format!("fromhex() argument must be str, not {name}")));
        }
    };
    let digit = |b: Option<&u8>| b.and_then(|&b| (b as char).to_digit(16));
    let mut out = Vec::with_capacity(text.len() / 2);
    let mut i = 0;
    let error = |vm: &mut Vm, position: usize| {
        vm.value_error(format!(
            "non-hexadecimal number found in fromhex() arg at position {position}"
        ))
    };
    while i < text.len() {
        if matches!(text[i], b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c) {
            i += 1;
            continue;
        }
        let Some(high) = digit(text.get(i)) else {
            return Err(error(vm, i));
        };
        let Some(low) = digit(text.get(i + 1)) else {
            return Err(error(vm, i + 1));
        };
        out.push((high * 16 + low) as u8);
        i += 2;
    }
    let class = args[0];
    if class == vm.types.bytearray || vm.is_subclass(class, vm.types.bytearray) {
        let value = vm.alloc(Obj::ByteArray(out))?;
        if class != vm.types.bytearray {
            return vm.call(class, &[value], &[]);
        }
        Ok(value)
    } else {
        let value = vm.alloc(Obj::Bytes(out.into_boxed_slice()))?;
        if class != vm.types.bytes && vm.heap_obj(class).is_some() {
            return vm.call(class, &[value], &[]);
        }
        Ok(value)
    }
}

/// `bytes.maketrans(from, to)` (a static method).
fn maketrans(vm: &mut Vm, args: Args, _: Kwargs) -> PyResult<Value> {
    check_args(vm, "maketrans", args, 2, 2)?;
    let from = arg_bytes(vm, args[0])?;
    let to = arg_bytes(vm, args[1])?;
    if from.len() != to.len() {
        return Err(vm.value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255u8).collect();
    for (&f, &t) in from.iter().zip(&to) {
        table[f as usize] = t;
    }
    vm.alloc(Obj::Bytes(table.into_boxed_slice()))
}

fn translate(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult<Value> {
    let bytes = data(vm, args, "translate")?;
    let [table, delete] = bind_args(vm, "translate", &args[1..], kwargs, ["table", "delete"], 1)?;
    let table = optional_bytes(vm, table)?;
    if table.as_ref().is_some_and(|t| t.len() != 256) {
        return Err(vm.value_error("translation table must be 256 characters long"));
    }
    let delete = optional_bytes(vm, delete)?.unwrap_or_default();
    let out: Vec<u8> = bytes
        .iter()
        .filter(|b| !delete.contains(b))
        .map(|&b| table.as_ref().map_or(b, |t| t[b as usize]))
        .collect();
    same_kind(vm, args[0], out)
}

pub fn find_in(haystack: &[u8], needle: &[u8], from_right: bool) -> Option<usize> {
    if needle.is_empty() {
        return Some(if from_right { haystack.len() } else { 0 });
    }
    if needle.len() > haystack.len() {
        return None;
    }
    let positions = 0..=haystack.len() - needle.len();
    let first = needle[0];
    if from_right {
        positions
            .rev()
            .find(|&i| haystack[i] == first && &haystack[i..i + needle.len()] == needle)
    } else if needle.len() == 1 {
        haystack.iter().position(|&b| b == first)
    } else {
        positions
            .into_iter()
            .find(|&i| haystack[i] == first && &haystack[i..i + needle.len()] == needle)
    }
}

/// A search argument: an int (one byte) or a bytes-like object.
fn needle(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    if vm.is_int(v) {
        return Ok(alloc::vec![vm.byte_value(v)?]);
    }
    match byte_slice(vm, v) {
        Some(d) => Ok(d.to_vec()),
        None => {
            let name = vm.type_name(v);
            Err(vm.type_error(format!(
                "argument should be integer or bytes-like object, not '{name}'"
            )))
        }
    }
}

/// Resolves optional `start`/`end` arguments against a length (slice semantics).
fn span(
    vm: &mut Vm,
    start: Option<Value>,
    end: Option<Value>,
    len: usize,
) -> PyResult<(usize, usize)> {
    // A start past the end stays past it (len + 1): nothing is found there, not even b"".
    let resolve = |vm: &mut Vm, v: Option<Value>, default: i64, past: i64| -> PyResult<i64> {
        match v {
            None | Some(Value::NONE) => Ok(default),
            Some(v) => {
                let n = match vm.as_bigint(v) {
                    // Huge ints clamp like slice bounds.
                    Some(big) if vm.as_i64(v).is_none() => {
                        if big.is_negative() {
                            i64::MIN / 2
                        } else {
                            i64::MAX / 2
                        }
                    }
                    _ => vm.int_arg(v).map_err(|_| {
                        vm.type_error(
                            "slice indices must be integers or None or have an __index__ method",
                        )
                    })?,
                };
                let len = len as i64;
                Ok(if n < 0 {
                    (n + len).max(0)
                } else {
                    n.min(len + past)
                })
            }
        }
    };
    let s = resolve(vm, start, 0, 1)?;
    let e = resolve(vm, end, len as i64, 0)?;
    Ok((s as usize, e as usize))
}

fn search(vm: &mut Vm, args: Args, name: &str) -> PyResult<Value> {
    check_method_args(vm, name, args, 1, 3)?;
    let len = data_len(vm, args, name)?;
    let needle = needle(vm, args[1])?;
    let (start, end) = span(vm, args.get(2).copied(), args.get(3).copied(), len)?;
    // Searched in place (a parser's `data.find(b"\n", pos)` must not copy `data` each time);
    // the bounds are clamped again, as `__index__` in `span` may have resized a bytearray.
    let haystack = byte_slice(vm, args[0]).unwrap_or(&[]);
    let found = if start > end || start > haystack.len() {
        None
    } else {
        let window = &haystack[start..end.min(haystack.len())];
        if name == "count" {
            let count = if needle.is_empty() {
                window.len() + 1
            } else {
                let (mut count, mut i) = (0, 0);
                while let Some(p) = find_in(&window[i..], &needle, false) {
                    count += 1;
                    i += p + needle.len();
                }
                count
            };
            return vm.new_int(count as i64);
        }
        find_in(window, &needle, name.starts_with('r'))
    };
    match found {
        Some(i) => vm.new_int((start + i) as i64),
        None if name == "count" => Ok(Value::small_int(0)),
        None if name.contains("index") => Err(vm.value_error("subsection not found")),
        None => Ok(Value::small_int(-1)),
    }
}

fn find(vm: &mut Vm, args: Args, _: Kwargs) -> PyResult<Value> {
    search(vm, args, "find")
}

fn rfind(vm: &mut Vm, args: Args, _: Kwargs) -> PyResult<Value> {
    search(vm, args, "rfind")
}

fn index(vm: &mut Vm, args: Args, _: Kwargs) -> PyResult<Value> {
    search(vm, args, "index")
}

fn rindex(vm: &mut Vm, args: Args, _: Kwargs) -> PyResult<Value> {
    search(vm, args, "rindex")
}

fn count(vm: &mut Vm, args: Args, _: Kwargs) -> PyResult<Value> {
    search(vm, args, "count")
}

fn affix(vm: &mut Vm, args: Args, name: &str, at_start: bool) -> PyResult<Value> {
    check_method_args(vm, name, args, 1, 3)?;
    let len = data_len(vm, args, name)?;
    let (start, end) = span(vm, args.get(2).copied(), args.get(3).copied(), len)?;
    let candidates: Vec<Value> = match vm.heap_obj(args[1]) {
        Some(Obj::Tuple(items)) => items.to_vec(),
        _ => alloc::vec![args[1]],
    };
    for candidate in candidates {
        let Some(affix) = byte_slice(vm, candidate) else {
            let type_name = vm.type_name(candidate);
            return Err(vm.type_error(format!(
                "{name} first arg must be bytes or a tuple of bytes, not {type_name}"
            )));
        };
        // In place, not a copy of the whole object per call.
        let bytes = byte_slice(vm, args[0]).unwrap_or(&[]);
        if start > end || start > bytes.len() {
            continue;
        }
        let window = &bytes[start..end.min(bytes.len())];
        if (at_start && window.starts_with(affix)) || (!at_start && window.ends_with(affix)) {
            return Ok(Value::TRUE);
        }
    }
    Ok(Value::FALSE)
}

fn startswith(vm: &mut Vm, args: Args, _: Kwargs) -> PyResult<Value> {
    affix(vm, args, "startswith", true)
}

fn endswith(vm: &mut Vm, args: Args, _: Kwargs) -> PyResult<Value> {
    affix(vm, args, "endswith", false)
}

fn join(vm: &mut Vm, args: Args, _: Kwargs) -> PyResult<Value> {
    check_method_args(vm, "join", args, 1, 1)?;
    let separator = data(vm, args, "join")?;
    let items = vm.collect_iterable_or(args[1], &|_| String::from("can only join an iterable"))?;
    // Sized and checked first: a board's fragmented heap may not hold a growing result.
    let mut size = separator.len() * items.len().saturating_sub(1);
    for (i, &item) in items.iter().enumerate() {
        let Some(part) = byte_slice(vm, item) else {
            let name = vm.type_name(item);
            return Err(vm.type_error(format!(
                "sequence item {i}: expected a bytes-like object, {name} found"
            )));
        };
        size += part.len();
    }
    vm.reserve(size)?;
    let mut out = Vec::with_capacity(size);
    for (i, &item) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&separator);
        }
        out.extend_from_slice(byte_slice(vm, item).unwrap_or_default());
    }
    same_kind(vm, args[0], out)
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// The pieces of `split`/`rsplit` as byte ranges.
fn split_ranges(
    bytes: &[u8],
    separator: Option<&[u8]>,
    limit: usize,
    from_right: bool,
) -> Vec<(usize, usize)> {
    let mut parts = Vec::new();
    match separator {
        Some(sep) => {
            if from_right {
                let mut end = bytes.len();
                while parts.len() < limit {
                    match find_in(&bytes[..end], sep, true) {
                        Some(i) => {
                            parts.push((i + sep.len(), end));
                            end = i;
                        }
                        None => break,
                    }
                }
                parts.push((0, end));
                parts.reverse();
            } else {
                let mut start = 0;
                while parts.len() < limit {
                    match find_in(&bytes[start..], sep, false) {
                        Some(i) => {
                            parts.push((start, start + i));
                            start += i + sep.len();
                        }
                        None => break,
                    }
                }
                parts.push((start, bytes.len()));
            }
        }
        None => {
            if from_right {
                let mut end = bytes.len();
                loop {
                    while end > 0 && is_space(bytes[end - 1]) {
                        end -= 1;
                    }
                    if end == 0 {
                        break;
                    }
                    if parts.len() == limit {
                        parts.push((0, end));
                        break;
                    }
                    let mut start = end;
                    while start > 0 && !is_space(bytes[start - 1]) {
                        start -= 1;
                    }
                    parts.push((start, end));
                    end = start;
                }
                parts.reverse();
            } else {
                let mut start = 0;
                loop {
                    while start < bytes.len() && is_space(bytes[start]) {
                        start += 1;
                    }
                    if start == bytes.len() {
                        break;
                    }
                    if parts.len() == limit {
                        parts.push((start, bytes.len()));
                        break;
                    }
                    let mut end = start;
                    while end < bytes.len() && !is_space(bytes[end]) {
                        end += 1;
                    }
                    parts.push((start, end));
                    start = end;
                }
            }
        }
    }
    parts
}

fn split_impl(vm: &mut Vm, args: Args, kwargs: Kwargs, from_right: bool) -> PyResult<Value> {
    let name = if from_right { "rsplit" } else { "split" };
    let bytes = data(vm, args, name)?;
    let [sep, maxsplit] = bind_args(vm, name, &args[1..], kwargs, ["sep", "maxsplit"], 0)?;
    let maxsplit = match maxsplit {
        Some(v) => vm.int_arg(v)?,
        None => -1,
    };
    let limit = if maxsplit < 0 {
        usize::MAX
    } else {
        crate::obj::sequence::count_to_usize(maxsplit)
    };
    let separator = optional_bytes(vm, sep)?;
    if separator.as_ref().is_some_and(|s| s.is_empty()) {
        return Err(vm.value_error("empty separator"));
    }
    let ranges = split_ranges(&bytes, separator.as_deref(), limit, from_right);
    parts_list(vm, args[0], &bytes, &ranges)
}

/// A list of pieces of `bytes`, each the same kind as `like`.
fn parts_list(
    vm: &mut Vm,
    like: Value,
    bytes: &[u8],
    ranges: &[(usize, usize)],
) -> PyResult<Value> {
    let list = vm.new_list(Vec::with_capacity(ranges.len()))?;
    vm.push_root(list);
    let result = (|| {
        for &(start, end) in ranges {
            let part = same_kind(vm, like, bytes[start..end].to_vec())?;
            vm.list_append(list, part)?;
        }
        Ok(list)
    })();
    vm.pop_root();
    result
}

fn split(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult<Value> {
    split_impl(vm, args, kwargs, false)
}

fn rsplit(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult<Value> {
    split_impl(vm, args, kwargs, true)
}

fn splitlines(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult<Value> {
    let bytes = data(vm, args, "splitlines")?;
    let [keepends] = bind_args(vm, "splitlines", &args[1..], kwargs, ["keepends"], 0)?;
    let keepends = match keepends {
        Some(v) => vm.is_true(v)?,
        None => false,
    };
    let mut ranges = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        let eol = match bytes[i] {
            b'\r' if bytes.get(i + 1) == Some(&b'\n') => 2,
            b'\r' | b'\n' => 1,
            _ => {
                i += 1;
                continue;
            }
        };
        ranges.push((start, if keepends { i + eol } else { i }));
        i += eol;
        start = i;
    }
    if start < bytes.len() {
        ranges.push((start, bytes.len()));
    }
    parts_list(vm, args[0], &bytes, &ranges)
}

fn partition_impl(vm: &mut Vm, args: Args, from_right: bool) -> PyResult<Value> {
    let name = if from_right {
        "rpartition"
    } else {
        "partition"
    };
    check_method_args(vm, name, args, 1, 1)?;
    let bytes = data(vm, args, name)?;
    let sep = arg_bytes(vm, args[1])?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let (a, b, c) = match find_in(&bytes, &sep, from_right) {
        Some(i) => (&bytes[..i], &sep[..], &bytes[i + sep.len()..]),
        None if from_right => (&[][..], &[][..], &bytes[..]),
        None => (&bytes[..], &[][..], &[][..]),
    };
    let mut items = Vec::with_capacity(3);
    for part in [a, b, c] {
        let v = same_kind(vm, args[0], part.to_vec())?;
        vm.push_root(v);
        items.push(v);
    }
    let tuple = vm.new_tuple(items);
    for _ in 0..3 {
        vm.pop_root();
    }
    tuple
}

fn partition(vm: &mut Vm, args: Args, _: Kwargs) -> PyResult<Value> {
    partition_impl(vm, args, false)
}

fn rpartition(vm: &mut Vm, args: Args, _: Kwargs) -> PyResult<Value> {
    partition_impl(vm, args, true)
}

fn strip_impl(vm: &mut Vm, args: Args, which: u8) -> PyResult<Value> {
    let name = ["strip", "lstrip", "rstrip"][which as usize];
    check_method_args(vm, name, args, 0, 1)?;
    let bytes = data(vm, args, name)?;
    let set = optional_bytes(vm, args.get(1).copied())?;
    let strip_byte = |b: &u8| match &set {
        Some(set) => set.contains(b),
        None => is_space(*b),
    };
    let start = if which != 2 {
        bytes
            .iter()
            .position(|b| !strip_byte(b))
            .unwrap_or(bytes.len())
    } else {
        0
    };
    let end = if which != 1 {
        bytes
            .iter()
            .rposition(|b| !strip_byte(b))
            .map_or(start, |i| i + 1)
    } else {
        bytes.len()
    };
    let end = end.max(start);
    same_kind(vm, args[0], bytes[start..end].to_vec())
}

fn strip(vm: &mut Vm, args: Args, _: Kwargs) -> PyResult<Value> {
    strip_impl(vm, args, 0)
}

fn lstrip(vm: &mut Vm, args: Args, _: Kwargs) -> PyResult<Value> {
    strip_impl(vm, args, 1)
}

fn rstrip(vm: &mut Vm, args: Args, _: Kwargs) -> PyResult<Value> {
    strip_impl(vm, args, 2)
}

fn replace(vm: &mut Vm, args: Args, _: Kwargs) -> PyResult<Value> {
    check_method_args(vm, "replace", args, 2, 3)?;
    let bytes = data(vm, args, "replace")?;
    let old = arg_bytes(vm, args[1])?;
    let new = arg_bytes(vm, args[2])?;
    let limit = match args.get(3) {
        Some(&v) => vm.int_arg(v)?,
        None => -1,
    };
    let mut out = Vec::new();
    if old.is_empty() {
        for (i, &b) in bytes.iter().enumerate() {
            if limit < 0 || (i as i64) < limit {
                out.extend_from_slice(&new);
            }
            out.push(b);
        }
        if limit < 0 || (bytes.len() as i64) < limit {
            out.extend_from_slice(&new);
        }
        vm.reserve(out.len())?;
        return same_kind(vm, args[0], out);
    }
    let mut rest: &[u8] = &bytes;
    let mut done = 0i64;
    while limit < 0 || done < limit {
        match find_in(rest, &old, false) {
            Some(i) => {
                out.extend_from_slice(&rest[..i]);
                out.extend_from_slice(&new);
                rest = &rest[i + old.len()..];
                done += 1;
            }
            None => break,
        }
    }
    out.extend_from_slice(rest);
    vm.reserve(out.len())?;
    same_kind(vm, args[0], out)
}

fn map_bytes(vm: &mut Vm, args: Args, name: &str, f: fn(&mut [u8])) -> PyResult<Value> {
    check_method_args(vm, name, args, 0, 0)?;
    let mut bytes = data(vm, args, name)?;
    f(&mut bytes);
    same_kind(vm, args[0], bytes)
}

fn upper(vm: &mut Vm, args: Args, _: Kwargs) -> PyResult<Value> {
    map_bytes(vm, args, "upper", |b| b.make_ascii_uppercase())
}

fn lower(vm: &mut Vm, args: Args, _: Kwargs) -> PyResult<Value> {
    map_bytes(vm, args, "lower", |b| b.make_ascii_lowercase())
}

fn swapcase(vm: &mut Vm, args: Args, _: Kwargs) -> PyResult<Value> {
    map_bytes(vm, args, "swapcase", |bytes| {
        for b in bytes {
            *b = if b.is_ascii_lowercase() {
                b.to_ascii_uppercase()
            } else {
                b.to_ascii_lowercase()
            };
        }
    })
}

fn capitalize(vm: &mut Vm, args: Args, _: Kwargs) -> PyResult<Value> {
    map_bytes(vm, args, "capitalize", |bytes| {
        for (i, b) in bytes.iter_mut().enumerate() {
            *b = if i == 0 {
                b.to_ascii_uppercase()
            } else {
                b.to_ascii_lowercase()
            };
        }
    })
}

fn title(vm: &mut Vm, args: Args, _: Kwargs) -> PyResult<Value> {
    map_bytes(vm, args, "title", |bytes| {
        let mut previous_cased = false;
        for b in bytes {
            *b = if previous_cased {
                b.to_ascii_lowercase()
            } else {
                b.to_ascii_uppercase()
            };
            previous_cased = b.is_ascii_alphabetic();
        }
    })
}

fn predicate(vm: &mut Vm, args: Args, name: &str, test: fn(&[u8]) -> bool) -> PyResult<Value> {
    check_method_args(vm, name, args, 0, 0)?;
    let bytes = data(vm, args, name)?;
    Ok(Value::bool(test(&bytes)))
}

fn all_of(bytes: &[u8], f: fn(&u8) -> bool) -> bool {
    !bytes.is_empty() && bytes.iter().all(f)
}

fn isdigit(vm: &mut Vm, args: Args, _: Kwargs) -> PyResult<Value> {
    predicate(vm, args, "isdigit", |b| all_of(b, u8::is_ascii_digit))
}

fn isalpha(vm: &mut Vm, args: Args, _: Kwargs) -> PyResult<Value> {
    predicate(vm, args, "isalpha", |b| all_of(b, u8::is_ascii_alphabetic))
}

fn isalnum(vm: &mut Vm, args: Args, _: Kwargs) -> PyResult<Value> {
    predicate(vm, args, "isalnum", |b| {
        all_of(b, u8::is_ascii_alphanumeric)
    })
}

fn isspace(vm: &mut Vm, args: Args, _: Kwargs) -> PyResult<Value> {
    predicate(vm, args, "isspace", |b| all_of(b, |&b| is_space(b)))
}

fn isascii(vm: &mut Vm, args: Args, _: Kwargs) -> PyResult<Value> {
    predicate(vm, args, "isascii", |b| b.is_ascii())
}

fn islower(vm: &mut Vm, args: Args, _: Kwargs) -> PyResult<Value> {
    predicate(vm, args, "islower", |b| {
        b.iter().any(u8::is_ascii_lowercase) && !b.iter().any(u8::is_ascii_uppercase)
    })
}

fn isupper(vm: &mut Vm, args: Args, _: Kwargs) -> PyResult<Value> {
    predicate(vm, args, "isupper", |b| {
        b.iter().any(u8::is_ascii_uppercase) && !b.iter().any(u8::is_ascii_lowercase)
    })
}

fn istitle(vm: &mut Vm, args: Args, _: Kwargs) -> PyResult<Value> {
    predicate(vm, args, "istitle", |bytes| {
        let mut previous_cased = false;
        let mut any_cased = false;
        for b in bytes {
            if b.is_ascii_uppercase() {
                if previous_cased {
                    return false;
                }
                previous_cased = true;
                any_cased = true;
            } else if b.is_ascii_lowercase() {
                if !previous_cased {
                    return false;
                }
                previous_cased = true;
            } else {
                previous_cased = false;
            }
        }
        any_cased
    })
}

fn pad(vm: &mut Vm, args: Args, name: &str, align: u8) -> PyResult<Value> {
    crate::modules::builtins::check_args(vm, name, &args[1.min(args.len())..], 1, 2)?;
    let bytes = data(vm, args, name)?;
    let width = vm.int_arg(args[1])?;
    let fill = match args.get(2) {
        None => b' ',
        Some(&v) => match byte_slice(vm, v) {
            Some(&[b]) => b,
            _ => {
                let type_name = vm.type_name(v);
                return Err(vm.type_error(format!(
                    "{name}() argument 2 must be a byte string of length 1, not {type_name}"
                )));
            }
        },
    };
    let width = crate::obj::sequence::count_to_usize(width);
    if width <= bytes.len() {
        return same_kind(vm, args[0], bytes);
    }
    vm.reserve(width)?;
    let total = width - bytes.len();
    let left = match align {
        b'<' => 0,
        b'>' => total,
        // CPython's centring puts the odd byte on the left when the length is odd.
        _ => total / 2 + (total & width & 1),
    };
    let mut out = Vec::with_capacity(width);
    out.resize(left, fill);
    out.extend_from_slice(&bytes);
    out.resize(width, fill);
    same_kind(vm, args[0], out)
}

fn center(vm: &mut Vm, args: Args, _: Kwargs) -> PyResult<Value> {
    pad(vm, args, "center", b'^')
}

fn ljust(vm: &mut Vm, args: Args, _: Kwargs) -> PyResult<Value> {
    pad(vm, args, "ljust", b'<')
}

fn rjust(vm: &mut Vm, args: Args, _: Kwargs) -> PyResult<Value> {
    pad(vm, args, "rjust", b'>')
}

fn zfill(vm: &mut Vm, args: Args, _: Kwargs) -> PyResult<Value> {
    check_method_args(vm, "zfill", args, 1, 1)?;
    let bytes = data(vm, args, "zfill")?;
    let width = crate::obj::sequence::count_to_usize(vm.int_arg(args[1])?);
    if width <= bytes.len() {
        return same_kind(vm, args[0], bytes);
    }
    vm.reserve(width)?;
    let sign = matches!(bytes.first(), Some(b'+' | b'-')) as usize;
    let mut out = Vec::with_capacity(width);
    out.extend_from_slice(&bytes[..sign]);
    out.resize(width - bytes.len() + sign, b'0');
    out.extend_from_slice(&bytes[sign..]);
    same_kind(vm, args[0], out)
}

fn expandtabs(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult<Value> {
    let bytes = data(vm, args, "expandtabs")?;
    let [tabsize] = bind_args(vm, "expandtabs", &args[1..], kwargs, ["tabsize"], 0)?;
    let tabsize = match tabsize {
        Some(v) => vm.int_arg(v)?,
        None => 8,
    };
    let mut out = Vec::with_capacity(bytes.len());
    let mut column = 0i64;
    for &b in &bytes {
        match b {
            b'\t' => {
                if tabsize > 0 {
                    let spaces = tabsize - column % tabsize;
                    let fill = crate::obj::sequence::count_to_usize(spaces);
                    vm.reserve(fill)?;
                    out.resize(out.len() + fill, b' ');
                    column += spaces;
                }
            }
            b'\n' | b'\r' => {
                out.push(b);
                column = 0;
            }
            _ => {
                out.push(b);
                column += 1;
            }
        }
    }
    same_kind(vm, args[0], out)
}

fn remove_affix(vm: &mut Vm, args: Args, name: &str, prefix: bool) -> PyResult<Value> {
    check_method_args(vm, name, args, 1, 1)?;
    let bytes = data(vm, args, name)?;
    let affix = arg_bytes(vm, args[1])?;
    let out = if prefix && bytes.starts_with(&affix) {
        bytes[affix.len()..].to_vec()
    } else if !prefix && bytes.ends_with(&affix) {
        bytes[..bytes.len() - affix.len()].to_vec()
    } else {
        bytes
    };
    same_kind(vm, args[0], out)
}

fn removeprefix(vm: &mut Vm, args: Args, _: Kwargs) -> PyResult<Value> {
    remove_affix(vm, args, "removeprefix", true)
}

fn removesuffix(vm: &mut Vm, args: Args, _: Kwargs) -> PyResult<Value> {
    remove_affix(vm, args, "removesuffix", false)
}

// bytearray's in-place methods.

fn bytearray_target(vm: &mut Vm, args: Args, name: &str) -> PyResult<Value> {
    let v = args
        .first()
        .map(|&v| vm.builtin_part(v))
        .unwrap_or(Value::NONE);
    match vm.heap_obj(v) {
        Some(Obj::ByteArray(_)) => Ok(v),
        _ => Err(vm.type_error(format!("descriptor '{name}' requires a 'bytearray' object"))),
    }
}

fn with_bytearray<R>(vm: &mut Vm, target: Value, f: impl FnOnce(&mut Vec<u8>) -> R) -> Option<R> {
    match vm.heap.get_mut(target) {
        Obj::ByteArray(b) => Some(f(b)),
        _ => None,
    }
}

fn append(vm: &mut Vm, args: Args, _: Kwargs) -> PyResult<Value> {
    check_method_args(vm, "append", args, 1, 1)?;
    let target = bytearray_target(vm, args, "append")?;
    let byte = vm.byte_value(args[1])?;
    vm.reserve(8)?;
    with_bytearray(vm, target, |b| b.push(byte));
    Ok(Value::NONE)
}

fn extend(vm: &mut Vm, args: Args, _: Kwargs) -> PyResult<Value> {
    check_method_args(vm, "extend", args, 1, 1)?;
    let target = bytearray_target(vm, args, "extend")?;
    let more = extension_bytes(vm, args[1])?;
    vm.reserve(more.len())?;
    with_bytearray(vm, target, |b| b.extend_from_slice(&more));
    Ok(Value::NONE)
}

fn insert(vm: &mut Vm, args: Args, _: Kwargs) -> PyResult<Value> {
    check_method_args(vm, "insert", args, 2, 2)?;
    let target = bytearray_target(vm, args, "insert")?;
    let index = vm.int_arg(args[1])?;
    let byte = vm.byte_value(args[2])?;
    vm.reserve(8)?;
    with_bytearray(vm, target, |b| {
        let len = b.len() as i64;
        let position = if index < 0 {
            (index + len).max(0)
        } else {
            index.min(len)
        };
        b.insert(position as usize, byte);
    });
    Ok(Value::NONE)
}

fn pop(vm: &mut Vm, args: Args, _: Kwargs) -> PyResult<Value> {
    check_method_args(vm, "pop", args, 0, 1)?;
    let target = bytearray_target(vm, args, "pop")?;
    let index = match args.get(1) {
        Some(&v) => vm.int_arg(v)?,
        None => -1,
    };
    let len = with_bytearray(vm, target, |b| b.len()).unwrap_or(0) as i64;
    if len == 0 {
        return Err(vm.index_error("pop from empty bytearray"));
    }
    let position = if index < 0 { index + len } else { index };
    if position < 0 || position >= len {
        return Err(vm.index_error("pop index out of range"));
    }
    let byte = with_bytearray(vm, target, |b| b.remove(position as usize)).unwrap_or(0);
    Ok(Value::small_int(byte as isize))
}

fn remove(vm: &mut Vm, args: Args, _: Kwargs) -> PyResult<Value> {
    check_method_args(vm, "remove", args, 1, 1)?;
    let target = bytearray_target(vm, args, "remove")?;
    let byte = vm.byte_value(args[1])?;
    let removed = with_bytearray(vm, target, |b| match b.iter().position(|&x| x == byte) {
        Some(p) => {
            b.remove(p);
            true
        }
        None => false,
    });
    if removed != Some(true) {
        return Err(vm.value_error("value not found in bytearray"));
    }
    Ok(Value::NONE)
}

fn reverse(vm: &mut Vm, args: Args, _: Kwargs) -> PyResult<Value> {
    check_method_args(vm, "reverse", args, 0, 0)?;
    let target = bytearray_target(vm, args, "reverse")?;
    with_bytearray(vm, target, |b| b.reverse());
    Ok(Value::NONE)
}

fn copy(vm: &mut Vm, args: Args, _: Kwargs) -> PyResult<Value> {
    check_method_args(vm, "copy", args, 0, 0)?;
    let target = bytearray_target(vm, args, "copy")?;
    let bytes = data(vm, &[target], "copy")?;
    vm.alloc(Obj::ByteArray(bytes))
}

fn clear(vm: &mut Vm, args: Args, _: Kwargs) -> PyResult<Value> {
    check_method_args(vm, "clear", args, 0, 0)?;
    let target = bytearray_target(vm, args, "clear")?;
    with_bytearray(vm, target, |b| b.clear());
    Ok(Value::NONE)
}

/// `bytes` and `bytearray` share these methods (then the dunders; `bytearray` adds mutation).
macro_rules! with_shared_methods {
    ($($entry:expr,)*) => {
        &[
            Builtin::with_keywords("decode", decode),
            Builtin::with_keywords("hex", hex),
            Builtin::new("fromhex", fromhex),
            Builtin::new("maketrans", maketrans),
            Builtin::with_keywords("translate", translate),
            Builtin::new("find", find),
            Builtin::new("rfind", rfind),
            Builtin::new("index", index),
            Builtin::new("rindex", rindex),
            Builtin::new("count", count),
            Builtin::new("startswith", startswith),
            Builtin::new("endswith", endswith),
            Builtin::new("join", join),
            Builtin::with_keywords("split", split),
            Builtin::with_keywords("rsplit", rsplit),
            Builtin::with_keywords("splitlines", splitlines),
            Builtin::new("partition", partition),
            Builtin::new("rpartition", rpartition),
            Builtin::new("strip", strip),
            Builtin::new("lstrip", lstrip),
            Builtin::new("rstrip", rstrip),
            Builtin::new("replace", replace),
            Builtin::new("upper", upper),
            Builtin::new("lower", lower),
            Builtin::new("swapcase", swapcase),
            Builtin::new("capitalize", capitalize),
            Builtin::new("title", title),
            Builtin::new("isdigit", isdigit),
            Builtin::new("isalpha", isalpha),
            Builtin::new("isalnum", isalnum),
            Builtin::new("isspace", isspace),
            Builtin::new("isascii", isascii),
            Builtin::new("islower", islower),
            Builtin::new("isupper", isupper),
            Builtin::new("istitle", istitle),
            Builtin::new("center", center),
            Builtin::new("ljust", ljust),
            Builtin::new("rjust", rjust),
            Builtin::new("zfill", zfill),
            Builtin::with_keywords("expandtabs", expandtabs),
            Builtin::new("removeprefix", removeprefix),
            Builtin::new("removesuffix", removesuffix),
            $($entry,)*
        ]
    };
}

pub static BYTES_METHODS: &[Builtin] = with_shared_methods! {};

pub static BYTEARRAY_METHODS: &[Builtin] = with_shared_methods! {
    Builtin::new("append", append),
    Builtin::new("extend", extend),
    Builtin::new("insert", insert),
    Builtin::new("pop", pop),
    Builtin::new("remove", remove),
    Builtin::new("reverse", reverse),
    Builtin::new("copy", copy),
    Builtin::new("clear", clear),
};
