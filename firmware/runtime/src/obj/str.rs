//! `str`: construction, the special methods and `%`-formatting (the ordinary methods and
//! `str.format` are the library's: `pyrite_stdlib::types::str`).

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use crate::modules::builtins::check_method_args;
use crate::num::printf::{self, Count, Piece};
use crate::obj::{case, codec, unicode, Builtin, Obj};
use crate::value::Value;
use crate::vm::ops::Number;
use crate::vm::{PyResult, Vm};

type Args<'a> = &'a [Value];
type Kwargs<'a> = &'a [(Value, Value)];

/// `str(object='')` / `str(bytes, encoding)`.
pub fn construct(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult<Value> {
    let class = args[0];
    let [object, encoding, errors] = crate::modules::builtins::bind_args(
        vm,
        "str",
        &args[1..],
        kwargs,
        ["object", "encoding", "errors"],
        0,
    )?;
    let value = match object {
        None => vm.intern(""),
        Some(v) if encoding.is_none() && errors.is_none() => vm.str_value(v)?,
        Some(v) => {
            let Some(bytes) = crate::obj::bytes::byte_slice(vm, v).map(<[u8]>::to_vec) else {
                let name = vm.type_name(v);
                return Err(vm.type_error(if vm.str_text(v).is_some() {
                    String::from("decoding str is not supported")
                } else {
                    format!("decoding to str: need a bytes-like object, {name} found")
                }));
            };
            let codec = codec::lookup(vm, encoding)?;
            let errors = codec::error_handler(vm, errors)?;
            let text = codec::decode(vm, &bytes, codec, errors)?;
            vm.new_string(text)?
        }
    };
    if class != vm.types.str {
        return crate::obj::class::wrap_builtin(vm, class, value);
    }
    Ok(value)
}

/// UTF-8 decoding, strict.
pub fn decode(vm: &mut Vm, bytes: &[u8]) -> PyResult<Value> {
    let text = codec::decode(vm, bytes, codec::Codec::Utf8, codec::Errors::Strict)?;
    vm.new_string(text)
}

/// Checks that self is a str (the text is then borrowed with `self_text`).
pub fn check_this(vm: &mut Vm, args: Args, method: &str) -> PyResult<()> {
    match args.first().and_then(|&v| vm.str_text(v)) {
        Some(_) => Ok(()),
        None => Err(crate::modules::builtins::descriptor_mismatch(
            vm, args, method, "str",
        )),
    }
}

/// A new str of `text`, once the heap is known to have room for it.
pub fn new_text(vm: &mut Vm, text: String) -> PyResult<Value> {
    vm.reserve(text.len())?;
    vm.new_string(text)
}

/// The text of `args[0]` (self), owned so the VM can be used meanwhile.
pub fn this(vm: &mut Vm, args: Args, method: &str) -> PyResult<String> {
    match args.first().and_then(|&v| vm.str_text(v)) {
        // (Checked first: a big copy may not fit a board's fragmented heap.)
        Some(text) => {
            vm.reserve_copy(text.len())?;
            Ok(String::from(text))
        }
        None => Err(crate::modules::builtins::descriptor_mismatch(
            vm, args, method, "str",
        )),
    }
}

/// Self's text, borrowed (after `check_this`).
pub fn self_text<'a>(vm: &'a Vm, args: Args) -> &'a str {
    args.first().and_then(|&v| vm.str_text(v)).unwrap_or("")
}

/// An optional start/end argument as an int (None when absent or None).
fn optional_index(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<i64>> {
    match v {
        None | Some(&Value::NONE) => Ok(None),
        Some(&v) => {
            if let Some(big) = vm.as_bigint(v).filter(|_| vm.as_i64(v).is_none()) {
                // Huge bounds clamp like slice bounds.
                return Ok(Some(if big.is_negative() {
                    i64::MIN / 2
                } else {
                    i64::MAX / 2
                }));
            }
            vm.int_arg(v).map(Some).map_err(|_| {
                vm.type_error("slice indices must be integers or None or have an __index__ method")
            })
        }
    }
}

/// Byte offsets of the char range `start..end` (Python semantics) of `text`, which has
/// `chars` code points; None when empty-crossed.
fn byte_range(
    text: &str,
    chars: usize,
    start: Option<i64>,
    end: Option<i64>,
) -> Option<(usize, usize)> {
    if start.is_none() && end.is_none() {
        return Some((0, text.len()));
    }
    let ascii = chars == text.len();
    let len = chars as i64;
    let clamp = |n: i64| if n < 0 { (n + len).max(0) } else { n.min(len) };
    // A start past the end finds nothing, not even "".
    if start.is_some_and(|start| start > len) {
        return None;
    }
    let (start, end) = (clamp(start.unwrap_or(0)), clamp(end.unwrap_or(len)));
    if start > end {
        return None;
    }
    let to_byte = |index: i64| -> usize {
        if ascii {
            index as usize
        } else {
            text.char_indices()
                .nth(index as usize)
                .map_or(text.len(), |(b, _)| b)
        }
    };
    Some((to_byte(start), to_byte(end)))
}

/// A str argument.
pub fn str_arg(vm: &mut Vm, v: Value, what: &str) -> PyResult<String> {
    match vm.str_text(v) {
        Some(text) => {
            vm.reserve_copy(text.len())?;
            Ok(String::from(text))
        }
        None => {
            let name = vm.type_name(v);
            Err(vm.type_error(format!("{what} must be str, not {name}")))
        }
    }
}

fn byte_to_char(text: &str, ascii: bool, byte: usize) -> usize {
    if ascii {
        byte
    } else {
        text[..byte].chars().count()
    }
}

#[cfg_attr(target_os = "none", link_section = ".text.hot")]
fn join(vm: &mut Vm, args: Args, _: Kwargs) -> PyResult<Value> {
    check_method_args(vm, "join", args, 1, 1)?;
    check_this(vm, args, "join")?;
    let in_place = matches!(vm.heap_obj(args[1]), Some(Obj::List(_) | Obj::Tuple(_)));
    let owned = if in_place {
        Vec::new()
    } else {
        vm.collect_iterable_or(args[1], &|_| String::from("can only join an iterable"))?
    };
    // Lists and tuples are read in place (no copy of the items).
    let items: &[Value] = match vm.heap_obj(args[1]) {
        Some(Obj::List(items)) if in_place => items,
        Some(Obj::Tuple(items)) if in_place => items,
        _ => &owned,
    };
    let separator = self_text(vm, args);
    let mut total = 0usize;
    let mut bad = None;
    for (i, &item) in items.iter().enumerate() {
        match vm.str_text(item) {
            Some(text) => total += text.len() + separator.len(),
            None => {
                bad = Some((i, item));
                break;
            }
        }
    }
    if let Some((i, item)) = bad {
        let name = vm.type_name(item);
        return Err(vm.type_error(format!(
            "sequence item {i}: expected str instance, {name} found"
        )));
    }
    if items.len() == 1 && !vm.is_user_object(items[0]) {
        return Ok(items[0]);
    }
    vm.reserve(total)?;
    let mut out = String::with_capacity(total + crate::obj::STR_HEADER);
    for (i, &item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(separator);
        }
        out.push_str(vm.str_text(item).unwrap_or(""));
    }
    vm.new_string(out)
}

#[cfg_attr(target_os = "none", link_section = ".text.hot")]
fn split_impl(vm: &mut Vm, args: Args, kwargs: Kwargs, from_right: bool) -> PyResult<Value> {
    let name = if from_right { "rsplit" } else { "split" };
    check_this(vm, args, name)?;
    let [sep, maxsplit] =
        crate::modules::builtins::bind_args(vm, name, &args[1..], kwargs, ["sep", "maxsplit"], 0)?;
    let separator = match sep {
        None | Some(Value::NONE) => None,
        Some(v) => match vm.str_text(v) {
            Some(t) => Some(String::from(t)),
            None => {
                let type_name = vm.type_name(v);
                return Err(vm.type_error(format!("must be str or None, not {type_name}")));
            }
        },
    };
    let maxsplit = match maxsplit {
        Some(v) => vm.int_arg(v)?,
        None => -1,
    };
    let limit = if maxsplit < 0 {
        usize::MAX
    } else {
        crate::obj::sequence::count_to_usize(maxsplit)
    };
    if separator.as_ref().is_some_and(|s| s.is_empty()) {
        return Err(vm.value_error("empty separator"));
    }
    let text = self_text(vm, args);
    let mut parts = Vec::new();
    match &separator {
        // One ASCII byte: a char pattern searches with memchr, a str pattern with Two-Way.
        Some(sep) if sep.len() == 1 => {
            let byte = char::from(sep.as_bytes()[0]);
            if from_right {
                for part in text.rsplitn(limit.saturating_add(1), byte) {
                    push_part(vm, &mut parts, part)?;
                }
                parts.reverse();
            } else {
                for part in text.splitn(limit.saturating_add(1), byte) {
                    push_part(vm, &mut parts, part)?;
                }
            }
        }
        Some(sep) => {
            if from_right {
                for part in text.rsplitn(limit.saturating_add(1), sep.as_str()) {
                    push_part(vm, &mut parts, part)?;
                }
                parts.reverse();
            } else {
                for part in text.splitn(limit.saturating_add(1), sep.as_str()) {
                    push_part(vm, &mut parts, part)?;
                }
            }
        }
        None => split_whitespace(vm, text, limit, from_right, &mut parts)?,
    }
    vm.reserve(parts.len() * 2 * core::mem::size_of::<Value>())?;
    // One string object per piece, made while the text is borrowed.
    let mut pieces = Vec::with_capacity(parts.len());
    for part in parts {
        match crate::obj::StrObj::boxed(part) {
            Some(piece) => pieces.push(piece),
            None => return Err(vm.memory_error()),
        }
    }
    vm.reserve(
        pieces
            .iter()
            .map(|p| core::mem::size_of_val(&**p) + 16)
            .sum(),
    )?;
    let mut values = Vec::with_capacity(pieces.len());
    for piece in pieces {
        values.push(if piece.text.len() <= 1 {
            vm.intern(&piece.text)
        } else {
            vm.alloc(Obj::Str(piece))?
        });
    }
    vm.new_list(values)
}

/// Appends `part` to a split's `parts`, or MemoryError: a long split's parts grow past what a
/// board's fragmented heap may hold in one block, where a plain push would stop it.
fn push_part<'t>(vm: &Vm, parts: &mut Vec<&'t str>, part: &'t str) -> PyResult<()> {
    if parts.len() == parts.capacity() {
        let more = parts.len().max(4);
        vm.reserve(more * core::mem::size_of::<&str>())?;
        if parts.try_reserve(more).is_err() {
            return Err(vm.memory_error());
        }
    }
    parts.push(part);
    Ok(())
}

fn split_whitespace<'t>(
    vm: &Vm,
    text: &'t str,
    limit: usize,
    from_right: bool,
    parts: &mut Vec<&'t str>,
) -> PyResult<()> {
    if from_right {
        let mut rest = text.trim_end_matches(unicode::is_space);
        while !rest.is_empty() {
            if parts.len() == limit {
                push_part(vm, parts, rest.trim_end_matches(unicode::is_space))?;
                break;
            }
            match rest.rfind(unicode::is_space) {
                Some(i) => {
                    let word_start = i + rest[i..].chars().next().map_or(1, char::len_utf8);
                    push_part(vm, parts, &rest[word_start..])?;
                    rest = rest[..i].trim_end_matches(unicode::is_space);
                }
                None => {
                    push_part(vm, parts, rest)?;
                    break;
                }
            }
        }
        parts.reverse();
    } else {
        let mut rest = text.trim_start_matches(unicode::is_space);
        while !rest.is_empty() {
            if parts.len() == limit {
                push_part(vm, parts, rest)?;
                break;
            }
            match rest.find(unicode::is_space) {
                Some(i) => {
                    push_part(vm, parts, &rest[..i])?;
                    rest = rest[i..].trim_start_matches(unicode::is_space);
                }
                None => {
                    push_part(vm, parts, rest)?;
                    break;
                }
            }
        }
    }
    Ok(())
}

fn split(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult<Value> {
    split_impl(vm, args, kwargs, false)
}

fn rsplit(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult<Value> {
    split_impl(vm, args, kwargs, true)
}

#[cfg_attr(target_os = "none", link_section = ".text.hot")]
fn strip_impl(vm: &mut Vm, args: Args, which: u8) -> PyResult<Value> {
    let name = ["strip", "lstrip", "rstrip"][which as usize];
    check_method_args(vm, name, args, 0, 1)?;
    check_this(vm, args, name)?;
    let chars = match args.get(1) {
        Some(&v) if !v.is_none() && vm.str_text(v).is_none() => {
            return Err(vm.type_error("strip arg must be None or str"))
        }
        Some(&v) if !v.is_none() => Some(v),
        _ => None,
    };
    let text = self_text(vm, args);
    let result: &str = match chars.and_then(|v| vm.str_text(v)) {
        None => match which {
            0 => text.trim_matches(unicode::is_space),
            1 => text.trim_start_matches(unicode::is_space),
            _ => text.trim_end_matches(unicode::is_space),
        },
        Some(set) => {
            let matches = |c: char| set.contains(c);
            match which {
                0 => text.trim_matches(matches),
                1 => text.trim_start_matches(matches),
                _ => text.trim_end_matches(matches),
            }
        }
    };
    if result.len() == text.len() && !vm.is_user_object(args[0]) {
        return Ok(args[0]);
    }
    let result = String::from(result);
    vm.new_string(result)
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

#[cfg_attr(target_os = "none", link_section = ".text.hot")]
fn replace(vm: &mut Vm, args: Args, _: Kwargs) -> PyResult<Value> {
    check_method_args(vm, "replace", args, 2, 3)?;
    check_this(vm, args, "replace")?;
    let old = str_arg(vm, args[1], "replace() argument 1")?;
    let new = str_arg(vm, args[2], "replace() argument 2")?;
    let count = match args.get(3) {
        Some(&v) => vm.int_arg(v)?,
        None => -1,
    };
    let text = self_text(vm, args);
    // One ASCII byte: char patterns search with memchr, str patterns with Two-Way.
    let byte = match *old.as_bytes() {
        [byte] => Some(char::from(byte)),
        _ => None,
    };
    let found = match byte {
        Some(c) => text.contains(c),
        None => old.is_empty() || text.contains(old.as_str()),
    };
    if !vm.is_user_object(args[0]) && (count == 0 || !found) {
        return Ok(args[0]);
    }
    let limit = usize::try_from(count).unwrap_or(usize::MAX);
    let mut result = String::new();
    match byte {
        Some(c) => splice_in(
            vm,
            text,
            text.match_indices(c).take(limit),
            &new,
            &mut result,
        )?,
        None => splice_in(
            vm,
            text,
            text.match_indices(old.as_str()).take(limit),
            &new,
            &mut result,
        )?,
    }
    new_text(vm, result)
}

/// `text` with each of `matches` replaced by `new`, into `out`, which grows fallibly
/// (`Vm::text_room`).
fn splice_in<'t>(
    vm: &Vm,
    text: &'t str,
    matches: impl Iterator<Item = (usize, &'t str)>,
    new: &str,
    out: &mut String,
) -> PyResult<()> {
    let mut copied = 0;
    for (at, matched) in matches {
        let kept = text.get(copied..at).unwrap_or_default();
        vm.text_room(out, kept.len() + new.len())?;
        out.push_str(kept);
        out.push_str(new);
        copied = at + matched.len();
    }
    let rest = text.get(copied..).unwrap_or_default();
    vm.text_room(out, rest.len())?;
    out.push_str(rest);
    Ok(())
}

fn affix_check(vm: &mut Vm, args: Args, name: &str, at_start: bool) -> PyResult<Value> {
    check_method_args(vm, name, args, 1, 3)?;
    check_this(vm, args, name)?;
    let start = optional_index(vm, args.get(2))?;
    let end = optional_index(vm, args.get(3))?;
    let (candidates, is_tuple): (&[Value], bool) = match vm.heap_obj(args[1]) {
        Some(Obj::Tuple(items)) => (items, true),
        _ => (core::slice::from_ref(&args[1]), false),
    };
    if !is_tuple && vm.str_text(args[1]).is_none() {
        let type_name = vm.type_name(args[1]);
        return Err(vm.type_error(format!(
            "{name} first arg must be str or a tuple of str, not {type_name}"
        )));
    }
    let chars = vm.str_char_count(args[0]).unwrap_or(0);
    let text = self_text(vm, args);
    let window = byte_range(text, chars, start, end).map(|(start, end)| &text[start..end]);
    // A tuple's items are checked one by one, up to the first that matches (as CPython's).
    for &candidate in candidates {
        let Some(affix) = vm.str_text(candidate) else {
            let type_name = vm.type_name(candidate);
            return Err(vm.type_error(format!(
                "tuple for {name} must only contain str, not {type_name}"
            )));
        };
        let Some(window) = window else {
            continue;
        };
        let found = if at_start {
            window.starts_with(affix)
        } else {
            window.ends_with(affix)
        };
        if found {
            return Ok(Value::TRUE);
        }
    }
    Ok(Value::FALSE)
}

fn startswith(vm: &mut Vm, args: Args, _: Kwargs) -> PyResult<Value> {
    affix_check(vm, args, "startswith", true)
}

fn endswith(vm: &mut Vm, args: Args, _: Kwargs) -> PyResult<Value> {
    affix_check(vm, args, "endswith", false)
}

/// find/rfind/index/rindex/count.
fn search(vm: &mut Vm, args: Args, name: &str) -> PyResult<Value> {
    check_method_args(vm, name, args, 1, 3)?;
    check_this(vm, args, name)?;
    if vm.str_text(args[1]).is_none() {
        let type_name = vm.type_name(args[1]);
        return Err(vm.type_error(format!("must be str, not {type_name}")));
    }
    let start = optional_index(vm, args.get(2))?;
    let end = optional_index(vm, args.get(3))?;
    let chars = vm.str_char_count(args[0]).unwrap_or(0);
    let text = self_text(vm, args);
    let needle = vm.str_text(args[1]).unwrap_or("");
    let range = byte_range(text, chars, start, end);
    if name == "count" {
        let Some((start, end)) = range else {
            return Ok(Value::small_int(0));
        };
        let window = &text[start..end];
        let n = if needle.is_empty() {
            window.chars().count() + 1
        } else if let [byte] = *needle.as_bytes() {
            // ASCII bytes never occur inside a multi-byte char.
            window.bytes().filter(|&b| b == byte).count()
        } else {
            window.matches(needle).count()
        };
        return vm.new_int(n as i64);
    }
    let found = range.and_then(|(start, end)| {
        let window = &text[start..end];
        let bytes = window.as_bytes();
        let position = match (needle.as_bytes(), name.starts_with('r')) {
            // One ASCII byte: a byte scan, not Two-Way's set-up.
            (&[byte], true) => bytes.iter().rposition(|&b| b == byte),
            (&[byte], false) => bytes.iter().position(|&b| b == byte),
            (_, true) => window.rfind(needle),
            (_, false) => window.find(needle),
        };
        position.map(|p| byte_to_char(text, chars == text.len(), start + p))
    });
    match found {
        Some(i) => vm.new_int(i as i64),
        None if name.contains("index") => Err(vm.value_error("substring not found")),
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

pub fn map_text(vm: &mut Vm, args: Args, name: &str, f: fn(&str) -> String) -> PyResult<Value> {
    check_method_args(vm, name, args, 0, 0)?;
    check_this(vm, args, name)?;
    // (Checked first: a big text may not fit a board's fragmented heap.)
    vm.reserve_copy(self_text(vm, args).len())?;
    let result = f(self_text(vm, args));
    new_text(vm, result)
}

fn upper(vm: &mut Vm, args: Args, _: Kwargs) -> PyResult<Value> {
    map_text(vm, args, "upper", case::upper)
}

fn lower(vm: &mut Vm, args: Args, _: Kwargs) -> PyResult<Value> {
    map_text(vm, args, "lower", case::lower)
}

/// `format % args` for str.
pub fn percent_format(vm: &mut Vm, format_value: Value, args: Value) -> PyResult<Value> {
    let template = String::from(vm.str_text(format_value).unwrap_or(""));
    let text = percent_format_text(vm, &template, args, false)?;
    new_text(vm, text)
}

/// `%d`/`%x`/… of an object of a Python class: its `__index__` (any of them), else its
/// `__int__` (`%d`, `%i`, `%u`), as CPython converts it. Out of line: the formatting loop is
/// hot.
#[cold]
#[inline(never)]
fn user_int(
    vm: &mut Vm,
    value: Value,
    letter: char,
) -> PyResult<Option<crate::num::bigint::BigInt>> {
    if !vm.is_user_object(value) {
        return Ok(None);
    }
    let mut result = vm.call_user_special(value, crate::qstr::q::__index__, &[])?;
    if result.is_none() && matches!(letter, 'd' | 'i' | 'u') {
        result = vm.call_user_special(value, crate::qstr::q::__int__, &[])?;
    }
    Ok(result.and_then(|n| vm.as_bigint(n)))
}

/// `%f`/`%e`/`%g` of an object of a Python class: its `__float__`, else its `__index__`.
#[cold]
#[inline(never)]
fn user_float(vm: &mut Vm, value: Value) -> PyResult<Option<f64>> {
    if !vm.is_user_object(value) {
        return Ok(None);
    }
    let found = match vm.call_user_special(value, crate::qstr::q::__float__, &[])? {
        Some(x) => Some(x),
        None => vm.call_user_special(value, crate::qstr::q::__index__, &[])?,
    };
    match found.and_then(|n| vm.as_number(n)) {
        Some(n @ (Number::Int(_) | Number::Big(_) | Number::Float(_))) => {
            vm.number_to_f64(n).map(Some)
        }
        _ => Ok(None),
    }
}

/// An int, or what an object's `__index__` gives (`%c` takes both); None for anything else
/// (an `__index__` giving no int too: CPython then reports the `%c` error).
fn user_index(vm: &mut Vm, value: Value) -> PyResult<Option<crate::num::bigint::BigInt>> {
    if vm.is_int(value) {
        return Ok(vm.as_bigint(value));
    }
    if !vm.is_user_object(value) {
        return Ok(None);
    }
    match vm.call_special(value, crate::qstr::q::__index__, &[])? {
        Some(n) if vm.is_int(n) => Ok(vm.as_bigint(n)),
        _ => Ok(None),
    }
}

/// Shared by str and bytes `%`.
#[cfg_attr(target_os = "none", link_section = ".text.hot")]
pub fn percent_format_text(
    vm: &mut Vm,
    template: &str,
    args: Value,
    bytes_mode: bool,
) -> PyResult<String> {
    let pieces = printf::parse(template).map_err(|e| vm.num_error(e))?;
    // A tuple (or tuple subclass) holds the arguments; any other object with `__getitem__`
    // but a str is a mapping; anything else is the one argument.
    let tuple = vm.builtin_part(args);
    let is_tuple = matches!(vm.heap_obj(tuple), Some(Obj::Tuple(_)));
    // (CPython's test is "has `__getitem__`": a list, bytes or range argument counts too, so
    // `'abc' % []` is 'abc'.)
    let is_mapping = match vm.heap_obj(args) {
        Some(Obj::Dict(_) | Obj::List(_) | Obj::ByteArray(_) | Obj::Range(_)) => true,
        Some(Obj::BigRange(_) | Obj::MemoryView(_)) => true,
        Some(Obj::Bytes(_)) => !bytes_mode,
        _ => false,
    } || (vm.is_user_object(args)
        && vm
            .class_lookup(vm.type_of(args), crate::qstr::q::__getitem__)
            .is_some()
        && !is_tuple
        && vm.str_text(args).is_none());
    let items: Vec<Value> = match vm.heap_obj(tuple) {
        Some(Obj::Tuple(items)) => items.to_vec(),
        _ => alloc::vec![args],
    };
    let mut next = 0usize;
    let mut out = String::new();
    let take = |vm: &mut Vm, next: &mut usize| -> PyResult<Value> {
        match items.get(*next) {
            Some(&v) => {
                *next += 1;
                Ok(v)
            }
            None => Err(vm.type_error("not enough arguments for format string")),
        }
    };
    for piece in &pieces {
        let conversion = match piece {
            Piece::Literal(text) => {
                out.push_str(text);
                continue;
            }
            Piece::Conversion(c) => c,
        };
        let star_width = if conversion.width == Count::Star {
            let v = take(vm, &mut next)?;
            Some(vm.int_arg(v)?)
        } else {
            None
        };
        let star_precision = if conversion.precision == Count::Star {
            let v = take(vm, &mut next)?;
            Some(vm.int_arg(v)?)
        } else {
            None
        };
        let value = match &conversion.key {
            Some(key) => {
                if !is_mapping {
                    return Err(vm.type_error("format requires a mapping"));
                }
                // A bytes template's keys are bytes (its text holds one char per byte).
                let key_value = if bytes_mode {
                    let key: Vec<u8> = key.chars().map(|c| c as u32 as u8).collect();
                    vm.alloc(Obj::Bytes(key.into_boxed_slice()))?
                } else {
                    vm.new_str(key)?
                };
                // A value by key ends the positional ones (`'%(a)s %s' % {'a': 1}` has too
                // few arguments, as in CPython).
                next = items.len();
                vm.get_item(args, key_value)?
            }
            None => take(vm, &mut next)?,
        };
        let spec = conversion.resolve(star_width, star_precision);
        // The width and precision are the caller's: what they ask for must fit the heap (an
        // allocation the allocator cannot serve would stop a board).
        let asked = spec.width.saturating_add(spec.precision.unwrap_or(0));
        if asked > crate::num::format::UNCHECKED_SIZE {
            vm.reserve(asked.saturating_add(out.len()))?;
        }
        match conversion.conversion {
            's' | 'r' | 'a' | 'b' if bytes_mode || conversion.conversion != 'b' => {
                let text = if bytes_mode && matches!(conversion.conversion, 's' | 'b') {
                    let data = match vm.bytes_data(value) {
                        Some(b) => b,
                        None => match crate::obj::bytes::dunder_bytes(vm, value)? {
                            Some(b) => b,
                            None => {
                                let name = vm.type_name(value);
                                return Err(vm.type_error(format!("%b requires a bytes-like object, or an object that implements __bytes__, not '{name}'")));
                            }
                        },
                    };
                    data.iter().map(|&b| b as char).collect()
                } else if conversion.conversion == 's' {
                    vm.str(value)?
                } else {
                    let r = vm.repr(value)?;
                    // (`%r` of a bytes template is `%a`: its text must be ASCII.)
                    if conversion.conversion == 'a' || bytes_mode {
                        crate::vm::text::ascii_escape(&r)
                    } else {
                        r
                    }
                };
                // (Room made first: a big text may not fit a board's fragmented heap.)
                vm.text_room(&mut out, text.len().max(spec.width))?;
                if spec.width == 0 && spec.precision.is_none() {
                    out.push_str(&text);
                } else {
                    out.push_str(&printf::pad_str(&text, &spec));
                }
            }
            'c' if bytes_mode => {
                let byte = match crate::obj::bytes::byte_slice(vm, value) {
                    Some(&[b]) => b,
                    Some(_) => {
                        return Err(
                            vm.type_error("%c requires an integer in range(256) or a single byte")
                        )
                    }
                    None => match user_index(vm, value)?.and_then(|n| n.to_i64()) {
                        Some(n) if (0..256).contains(&n) => n as u8,
                        Some(_) => return Err(vm.overflow_error("%c arg not in range(256)")),
                        None => {
                            return Err(vm.type_error(
                                "%c requires an integer in range(256) or a single byte",
                            ))
                        }
                    },
                };
                out.push_str(&printf::format_char(byte as char, &spec));
            }
            'c' => {
                let c = if let Some(text) = vm.str_text(value) {
                    let mut chars = text.chars();
                    match (chars.next(), chars.next()) {
                        (Some(c), None) => c,
                        _ => return Err(vm.type_error("%c requires int or char")),
                    }
                } else if let Some(n) = user_index(vm, value)? {
                    printf::char_from_code(&n).map_err(|e| vm.num_error(e))?
                } else {
                    return Err(vm.type_error("%c requires int or char"));
                };
                out.push_str(&printf::format_char(c, &spec));
            }
            'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
                if let Some(Number::Int(i)) = vm.as_number(value) {
                    out.push_str(&printf::format_small_int(i, &spec));
                    continue;
                }
                let number = match vm.as_number(value) {
                    Some(Number::Float(f)) if matches!(conversion.conversion, 'd' | 'i' | 'u') => {
                        crate::num::float::to_int(f).map_err(|e| vm.num_error(e))?
                    }
                    Some(Number::Int(i)) => crate::num::bigint::BigInt::from_i64(i),
                    Some(Number::Big(b)) => b,
                    _ => match user_int(vm, value, conversion.conversion)? {
                        Some(n) => n,
                        None => {
                            let name = vm.type_name(value);
                            let kind = if matches!(conversion.conversion, 'o' | 'x' | 'X') {
                                "an integer"
                            } else {
                                "a real number"
                            };
                            return Err(vm.type_error(format!(
                                "%{} format: {kind} is required, not {name}",
                                conversion.conversion
                            )));
                        }
                    },
                };
                if matches!(conversion.conversion, 'd' | 'i' | 'u') {
                    crate::obj::int::check_decimal_digits(vm, &number)?;
                }
                out.push_str(&printf::format_int(&number, &spec));
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let x = match vm.as_number(value) {
                    Some(n @ (Number::Int(_) | Number::Big(_) | Number::Float(_))) => {
                        vm.number_to_f64(n)?
                    }
                    _ => match user_float(vm, value)? {
                        Some(x) => x,
                        None => {
                            let name = vm.type_name(value);
                            return Err(vm.type_error(format!("must be real number, not {name}")));
                        }
                    },
                };
                out.push_str(&printf::format_float(x, &spec));
            }
            _ => return Err(vm.num_error(conversion.unsupported_error())),
        }
    }
    if !is_mapping && next < items.len() {
        let what = if bytes_mode { "bytes" } else { "string" };
        return Err(vm.type_error(format!(
            "not all arguments converted during {what} formatting"
        )));
    }
    Ok(out)
}

fn str_getitem(vm: &mut Vm, args: Args, _: Kwargs) -> PyResult<Value> {
    check_method_args(vm, "__getitem__", args, 1, 1)?;
    let base = vm.builtin_part(args[0]);
    vm.get_item(base, args[1])
}

fn str_len(vm: &mut Vm, args: Args, _: Kwargs) -> PyResult<Value> {
    check_method_args(vm, "__len__", args, 0, 0)?;
    check_this(vm, args, "__len__")?;
    let base = vm.builtin_part(args[0]);
    let n = vm.len_of(base)?;
    vm.new_int(n as i64)
}

fn str_contains(vm: &mut Vm, args: Args, _: Kwargs) -> PyResult<Value> {
    check_method_args(vm, "__contains__", args, 1, 1)?;
    let base = vm.builtin_part(args[0]);
    Ok(Value::bool(vm.contains(base, args[1])?))
}

fn str_new(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult<Value> {
    crate::obj::class::check_new_subtype(vm, args, vm.types.str, "str")?;
    construct(vm, args, kwargs)
}

/// The methods string-parsing code calls most, then the special ones; the other ordinary
/// methods are the library's (`pyrite_stdlib::types::str`).
pub static METHODS: &[Builtin] = &[
    Builtin::new("join", join),
    Builtin::with_keywords("split", split),
    Builtin::with_keywords("rsplit", rsplit),
    Builtin::new("strip", strip),
    Builtin::new("lstrip", lstrip),
    Builtin::new("rstrip", rstrip),
    Builtin::new("replace", replace),
    Builtin::new("startswith", startswith),
    Builtin::new("endswith", endswith),
    Builtin::new("find", find),
    Builtin::new("rfind", rfind),
    Builtin::new("index", index),
    Builtin::new("rindex", rindex),
    Builtin::new("count", count),
    Builtin::new("upper", upper),
    Builtin::new("lower", lower),
    Builtin::new("__getitem__", str_getitem),
    Builtin::new("__len__", str_len),
    Builtin::new("__contains__", str_contains),
    Builtin::with_keywords("__new__", str_new),
];
