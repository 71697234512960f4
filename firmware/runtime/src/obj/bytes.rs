//! `bytes`, `bytearray` and `memoryview`.

use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;

use crate::modules::builtins::{check_args, check_method_args};
use crate::obj::{Builtin, MemoryViewObj, Obj};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// The bytes a constructor argument stands for: `bytes(3)`, `bytes([1, 2])`,
/// `bytes("text", "utf-8")`, `bytes(b"...")`.
fn source_bytes(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<Vec<u8>> {
    check_args(vm, name, args, 0, 3)?;
    let Some(&source) = args.first() else {
        return Ok(Vec::new());
    };
    if let Some(text) = vm.str_text(source) {
        if args.len() < 2 {
            return Err(vm.type_error("string argument without an encoding"));
        }
        return Ok(String::from(text).into_bytes());
    }
    if let Some(data) = vm.bytes_data(source) {
        return Ok(data);
    }
    if vm.is_int(source) {
        let n = vm.int_arg(source)?;
        if n < 0 {
            return Err(vm.value_error("negative count"));
        }
        vm.reserve(n as usize)?;
        return Ok(alloc::vec![0u8; n as usize]);
    }
    let items = vm.collect_iterable(source).map_err(|_| {
        let type_name = vm.type_name(source);
        vm.type_error(alloc::format!(
            "cannot convert '{type_name}' object to bytes"
        ))
    })?;
    let mut out = Vec::with_capacity(items.len());
    for item in items {
        out.push(vm.byte_value(item)?);
    }
    Ok(out)
}

pub fn construct_bytes(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let data = source_bytes(vm, &args[1..], "bytes")?;
    vm.alloc(Obj::Bytes(data.into_boxed_slice()))
}

pub fn construct_bytearray(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let data = source_bytes(vm, &args[1..], "bytearray")?;
    vm.alloc(Obj::ByteArray(data))
}

pub fn construct_memoryview(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "memoryview", &args[1..], 1, 1)?;
    let source = args[1];
    let (len, readonly) = match vm.heap_obj(source) {
        Some(Obj::Bytes(b)) => (b.len(), true),
        Some(Obj::ByteArray(b)) => (b.len(), false),
        Some(Obj::MemoryView(view)) => (view.len, view.readonly),
        _ => {
            let name = vm.type_name(source);
            return Err(vm.type_error(alloc::format!(
                "memoryview: a bytes-like object is required, not '{name}'"
            )));
        }
    };
    vm.alloc(Obj::MemoryView(Box::new(MemoryViewObj {
        source,
        start: 0,
        len,
        readonly,
    })))
}

fn data(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<Vec<u8>> {
    match args.first().and_then(|&v| vm.bytes_data(v)) {
        Some(d) => Ok(d),
        None => Err(vm.type_error(alloc::format!(
            "descriptor '{name}' requires a bytes object"
        ))),
    }
}

/// Builds a value of the same kind as `like` (bytes or bytearray).
fn same_kind(vm: &mut Vm, like: Value, bytes: Vec<u8>) -> PyResult<Value> {
    if matches!(vm.heap_obj(like), Some(Obj::ByteArray(_))) {
        vm.alloc(Obj::ByteArray(bytes))
    } else {
        vm.alloc(Obj::Bytes(bytes.into_boxed_slice()))
    }
}

fn arg_bytes(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    match vm.bytes_data(v) {
        Some(d) => Ok(d),
        None => {
            let name = vm.type_name(v);
            Err(vm.type_error(alloc::format!(
                "a bytes-like object is required, not '{name}'"
            )))
        }
    }
}

fn decode(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let bytes = data(vm, args, "decode")?;
    if let Some(&encoding) = args.get(1) {
        let name = String::from(vm.str_text(encoding).unwrap_or("utf-8")).to_ascii_lowercase();
        if name.starts_with("latin") || name == "iso-8859-1" {
            let text: String = bytes.iter().map(|&b| b as char).collect();
            return vm.new_string(text);
        }
    }
    crate::obj::str::decode(vm, &bytes)
}

fn hex(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let bytes = data(vm, args, "hex")?;
    let mut text = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        text.push_str(&alloc::format!("{b:02x}"));
    }
    vm.new_string(text)
}

fn fromhex(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "fromhex", args, 1, 1)?;
    let text = match vm.str_text(args[1]) {
        Some(t) => String::from(t),
        None => return Err(vm.type_error("fromhex() argument must be str")),
    };
    let digits: Vec<char> = text.chars().filter(|c| !c.is_whitespace()).collect();
    if digits.len() % 2 != 0 || !digits.iter().all(|c| c.is_ascii_hexdigit()) {
        return Err(vm.value_error("non-hexadecimal number found in fromhex() arg"));
    }
    let bytes: Vec<u8> = digits
        .chunks(2)
        .map(|pair| {
            (pair[0].to_digit(16).unwrap_or(0) * 16 + pair[1].to_digit(16).unwrap_or(0)) as u8
        })
        .collect();
    if args[0] == vm.types.bytearray {
        vm.alloc(Obj::ByteArray(bytes))
    } else {
        vm.alloc(Obj::Bytes(bytes.into_boxed_slice()))
    }
}

fn find_in(haystack: &[u8], needle: &[u8], from_right: bool) -> Option<usize> {
    if needle.is_empty() {
        return Some(if from_right { haystack.len() } else { 0 });
    }
    if needle.len() > haystack.len() {
        return None;
    }
    let mut positions = 0..=haystack.len() - needle.len();
    if from_right {
        positions
            .rev()
            .find(|&i| &haystack[i..i + needle.len()] == needle)
    } else {
        positions.find(|&i| &haystack[i..i + needle.len()] == needle)
    }
}

fn needle(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    if vm.is_int(v) {
        return Ok(alloc::vec![vm.byte_value(v)?]);
    }
    arg_bytes(vm, v)
}

fn search(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<Value> {
    check_method_args(vm, name, args, 1, 1)?;
    let haystack = data(vm, args, name)?;
    let needle = needle(vm, args[1])?;
    if name == "count" {
        if needle.is_empty() {
            return vm.new_int(haystack.len() as i64 + 1);
        }
        let mut count = 0;
        let mut i = 0;
        while let Some(p) = find_in(&haystack[i..], &needle, false) {
            count += 1;
            i += p + needle.len();
        }
        return vm.new_int(count);
    }
    match find_in(&haystack, &needle, name.starts_with('r')) {
        Some(i) => vm.new_int(i as i64),
        None if name.contains("index") => Err(vm.value_error("subsection not found")),
        None => Ok(Value::small_int(-1)),
    }
}

fn find(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    search(vm, args, "find")
}

fn rfind(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    search(vm, args, "rfind")
}

fn index(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    search(vm, args, "index")
}

fn count(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    search(vm, args, "count")
}

fn affix(vm: &mut Vm, args: &[Value], name: &str, start: bool) -> PyResult<Value> {
    check_method_args(vm, name, args, 1, 1)?;
    let bytes = data(vm, args, name)?;
    let candidates: Vec<Value> = match vm.heap_obj(args[1]) {
        Some(Obj::Tuple(items)) => items.to_vec(),
        _ => alloc::vec![args[1]],
    };
    for candidate in candidates {
        let a = arg_bytes(vm, candidate)?;
        if (start && bytes.starts_with(&a)) || (!start && bytes.ends_with(&a)) {
            return Ok(Value::TRUE);
        }
    }
    Ok(Value::FALSE)
}

fn startswith(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    affix(vm, args, "startswith", true)
}

fn endswith(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    affix(vm, args, "endswith", false)
}

fn join(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "join", args, 1, 1)?;
    let separator = data(vm, args, "join")?;
    let items = vm.collect_iterable(args[1])?;
    let mut out = Vec::new();
    for (i, item) in items.into_iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&separator);
        }
        let part = arg_bytes(vm, item)?;
        out.extend_from_slice(&part);
    }
    same_kind(vm, args[0], out)
}

fn split(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "split", args, 0, 2)?;
    let bytes = data(vm, args, "split")?;
    let maxsplit = match args.get(2) {
        Some(&v) => vm.int_arg(v)?,
        None => -1,
    };
    let limit = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    let mut parts: Vec<Vec<u8>> = Vec::new();
    match args.get(1).filter(|v| !v.is_none()) {
        Some(&sep) => {
            let sep = arg_bytes(vm, sep)?;
            if sep.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            let mut rest: &[u8] = &bytes;
            while parts.len() < limit {
                match find_in(rest, &sep, false) {
                    Some(i) => {
                        parts.push(rest[..i].to_vec());
                        rest = &rest[i + sep.len()..];
                    }
                    None => break,
                }
            }
            parts.push(rest.to_vec());
        }
        None => {
            let mut rest: &[u8] = &bytes;
            loop {
                let start = rest
                    .iter()
                    .position(|b| !b.is_ascii_whitespace())
                    .unwrap_or(rest.len());
                rest = &rest[start..];
                if rest.is_empty() {
                    break;
                }
                if parts.len() == limit {
                    let end = rest
                        .iter()
                        .rposition(|b| !b.is_ascii_whitespace())
                        .map_or(0, |i| i + 1);
                    parts.push(rest[..end].to_vec());
                    break;
                }
                let end = rest
                    .iter()
                    .position(|b| b.is_ascii_whitespace())
                    .unwrap_or(rest.len());
                parts.push(rest[..end].to_vec());
                rest = &rest[end..];
            }
        }
    }
    let mut values = Vec::with_capacity(parts.len());
    for part in parts {
        values.push(same_kind(vm, args[0], part)?);
    }
    vm.new_list(values)
}

fn strip_impl(vm: &mut Vm, args: &[Value], which: u8) -> PyResult<Value> {
    let bytes = data(vm, args, "strip")?;
    let set: Vec<u8> = match args.get(1).filter(|v| !v.is_none()) {
        Some(&v) => arg_bytes(vm, v)?,
        None => b" \t\n\r\x0b\x0c".to_vec(),
    };
    let start = if which != 2 {
        bytes
            .iter()
            .position(|b| !set.contains(b))
            .unwrap_or(bytes.len())
    } else {
        0
    };
    let end = if which != 1 {
        bytes
            .iter()
            .rposition(|b| !set.contains(b))
            .map_or(start, |i| i + 1)
    } else {
        bytes.len()
    };
    let end = end.max(start);
    same_kind(vm, args[0], bytes[start..end].to_vec())
}

fn strip(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    strip_impl(vm, args, 0)
}

fn lstrip(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    strip_impl(vm, args, 1)
}

fn rstrip(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    strip_impl(vm, args, 2)
}

fn replace(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "replace", args, 2, 3)?;
    let bytes = data(vm, args, "replace")?;
    let old = arg_bytes(vm, args[1])?;
    let new = arg_bytes(vm, args[2])?;
    let limit = match args.get(3) {
        Some(&v) => vm.int_arg(v)?,
        None => -1,
    };
    let mut out = Vec::new();
    let mut rest: &[u8] = &bytes;
    let mut done = 0i64;
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
        return same_kind(vm, args[0], out);
    }
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
    same_kind(vm, args[0], out)
}

fn upper(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let bytes = data(vm, args, "upper")?;
    same_kind(vm, args[0], bytes.to_ascii_uppercase())
}

fn lower(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let bytes = data(vm, args, "lower")?;
    same_kind(vm, args[0], bytes.to_ascii_lowercase())
}

fn isdigit(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let bytes = data(vm, args, "isdigit")?;
    Ok(Value::bool(
        !bytes.is_empty() && bytes.iter().all(u8::is_ascii_digit),
    ))
}

fn isalpha(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let bytes = data(vm, args, "isalpha")?;
    Ok(Value::bool(
        !bytes.is_empty() && bytes.iter().all(u8::is_ascii_alphabetic),
    ))
}

fn isspace(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let bytes = data(vm, args, "isspace")?;
    Ok(Value::bool(
        !bytes.is_empty() && bytes.iter().all(u8::is_ascii_whitespace),
    ))
}

fn bytearray_target(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let v = args
        .first()
        .map(|&v| vm.builtin_part(v))
        .unwrap_or(Value::NONE);
    match vm.heap_obj(v) {
        Some(Obj::ByteArray(_)) => Ok(v),
        _ => Err(vm.type_error("descriptor requires a 'bytearray' object")),
    }
}

fn append(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "append", args, 1, 1)?;
    let target = bytearray_target(vm, args)?;
    let byte = vm.byte_value(args[1])?;
    vm.reserve(8)?;
    if let Obj::ByteArray(b) = vm.heap.get_mut(target) {
        b.push(byte);
    }
    Ok(Value::NONE)
}

fn extend(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "extend", args, 1, 1)?;
    let target = bytearray_target(vm, args)?;
    let more = match vm.bytes_data(args[1]) {
        Some(d) => d,
        None => source_bytes(vm, &args[1..2], "extend")?,
    };
    vm.reserve(more.len())?;
    if let Obj::ByteArray(b) = vm.heap.get_mut(target) {
        b.extend_from_slice(&more);
    }
    Ok(Value::NONE)
}

fn pop(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let target = bytearray_target(vm, args)?;
    let index = match args.get(1) {
        Some(&v) => vm.int_arg(v)?,
        None => -1,
    };
    let len = match vm.heap.get(target) {
        Obj::ByteArray(b) => b.len() as i64,
        _ => 0,
    };
    if len == 0 {
        return Err(vm.index_error("pop from empty bytearray"));
    }
    let position = if index < 0 { index + len } else { index };
    if position < 0 || position >= len {
        return Err(vm.index_error("pop index out of range"));
    }
    let byte = match vm.heap.get_mut(target) {
        Obj::ByteArray(b) => b.remove(position as usize),
        _ => 0,
    };
    Ok(Value::small_int(byte as isize))
}

fn copy(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let bytes = data(vm, args, "copy")?;
    vm.alloc(Obj::ByteArray(bytes))
}

fn clear(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let target = bytearray_target(vm, args)?;
    if let Obj::ByteArray(b) = vm.heap.get_mut(target) {
        b.clear();
    }
    Ok(Value::NONE)
}

pub static BYTES_METHODS: &[Builtin] = &[
    Builtin {
        name: "decode",
        func: decode,
    },
    Builtin {
        name: "hex",
        func: hex,
    },
    Builtin {
        name: "fromhex",
        func: fromhex,
    },
    Builtin {
        name: "find",
        func: find,
    },
    Builtin {
        name: "rfind",
        func: rfind,
    },
    Builtin {
        name: "index",
        func: index,
    },
    Builtin {
        name: "count",
        func: count,
    },
    Builtin {
        name: "startswith",
        func: startswith,
    },
    Builtin {
        name: "endswith",
        func: endswith,
    },
    Builtin {
        name: "join",
        func: join,
    },
    Builtin {
        name: "split",
        func: split,
    },
    Builtin {
        name: "strip",
        func: strip,
    },
    Builtin {
        name: "lstrip",
        func: lstrip,
    },
    Builtin {
        name: "rstrip",
        func: rstrip,
    },
    Builtin {
        name: "replace",
        func: replace,
    },
    Builtin {
        name: "upper",
        func: upper,
    },
    Builtin {
        name: "lower",
        func: lower,
    },
    Builtin {
        name: "isdigit",
        func: isdigit,
    },
    Builtin {
        name: "isalpha",
        func: isalpha,
    },
    Builtin {
        name: "isspace",
        func: isspace,
    },
];

pub static BYTEARRAY_METHODS: &[Builtin] = &[
    Builtin {
        name: "decode",
        func: decode,
    },
    Builtin {
        name: "hex",
        func: hex,
    },
    Builtin {
        name: "fromhex",
        func: fromhex,
    },
    Builtin {
        name: "find",
        func: find,
    },
    Builtin {
        name: "rfind",
        func: rfind,
    },
    Builtin {
        name: "index",
        func: index,
    },
    Builtin {
        name: "count",
        func: count,
    },
    Builtin {
        name: "startswith",
        func: startswith,
    },
    Builtin {
        name: "endswith",
        func: endswith,
    },
    Builtin {
        name: "join",
        func: join,
    },
    Builtin {
        name: "split",
        func: split,
    },
    Builtin {
        name: "strip",
        func: strip,
    },
    Builtin {
        name: "lstrip",
        func: lstrip,
    },
    Builtin {
        name: "rstrip",
        func: rstrip,
    },
    Builtin {
        name: "replace",
        func: replace,
    },
    Builtin {
        name: "upper",
        func: upper,
    },
    Builtin {
        name: "lower",
        func: lower,
    },
    Builtin {
        name: "append",
        func: append,
    },
    Builtin {
        name: "extend",
        func: extend,
    },
    Builtin {
        name: "pop",
        func: pop,
    },
    Builtin {
        name: "copy",
        func: copy,
    },
    Builtin {
        name: "clear",
        func: clear,
    },
];

fn tobytes(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let bytes = data(vm, args, "tobytes")?;
    vm.alloc(Obj::Bytes(bytes.into_boxed_slice()))
}

fn tolist(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let bytes = data(vm, args, "tolist")?;
    let items = bytes
        .iter()
        .map(|&b| Value::small_int(b as isize))
        .collect();
    vm.new_list(items)
}

pub static MEMORYVIEW_METHODS: &[Builtin] = &[
    Builtin {
        name: "tobytes",
        func: tobytes,
    },
    Builtin {
        name: "tolist",
        func: tolist,
    },
    Builtin {
        name: "hex",
        func: hex,
    },
];

/// `bytes % args`.
pub fn percent_format_bytes(vm: &mut Vm, format_value: Value, args: Value) -> PyResult<Value> {
    let template: String = vm
        .bytes_data(format_value)
        .unwrap_or_default()
        .iter()
        .map(|&b| b as char)
        .collect();
    let text = crate::obj::str::percent_format_text(vm, &template, args, true)?;
    let bytes: Vec<u8> = text.chars().map(|c| c as u32 as u8).collect();
    same_kind(vm, format_value, bytes)
}
