//! `str`'s less used methods: case, predicates, padding, partition, translation, `format`, ….
//!
//! The runtime keeps the class, its constructor, its special methods, `%`-formatting and the
//! methods string parsing calls most (`split`, `join`, `strip`, `find`, `replace`, …:
//! `pyrite::obj::str`); these reach it through `LIBRARY` (see `pyrite::library`).

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use crate::modules::builtins::{check_method_args, kwarg};
use crate::num::template::{parse_template, split_field_name, FieldAccess, FieldFirst, ItemKey};
use crate::obj::str::{check_this, map_text, new_text, self_text, str_arg, this};
use crate::obj::{case, codec, unicode, Builtin, Obj};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

type Args<'a> = &'a [Value];
type Kwargs<'a> = &'a [(Value, Value)];

fn splitlines(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult<Value> {
    crate::modules::builtins::check_kwargs(vm, "splitlines", kwargs, &["keepends"])?;
    let text = this(vm, args, "splitlines")?;
    let keepends = match args
        .get(1)
        .copied()
        .or_else(|| kwarg(vm, kwargs, "keepends"))
    {
        // An int (bool included), as CPython reads it.
        Some(v) => vm.int_arg(v)? != 0,
        None => false,
    };
    let mut values = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let width = match c {
            '\r' if chars.peek().map(|&(_, n)| n) == Some('\n') => {
                chars.next();
                2
            }
            '\n' | '\r' | '\x0b' | '\x0c' | '\x1c' | '\x1d' | '\x1e' | '\u{85}' | '\u{2028}'
            | '\u{2029}' => c.len_utf8(),
            _ => continue,
        };
        let end = if keepends { i + width } else { i };
        values.push(vm.new_str(&text[start..end])?);
        start = i + width;
    }
    if start < text.len() {
        values.push(vm.new_str(&text[start..])?);
    }
    vm.new_list(values)
}

fn casefold(vm: &mut Vm, args: Args, _: Kwargs) -> PyResult<Value> {
    map_text(vm, args, "casefold", |t| {
        let mut out = String::with_capacity(t.len());
        for c in t.chars() {
            case::push_casefold(&mut out, c);
        }
        out
    })
}

fn swapcase(vm: &mut Vm, args: Args, _: Kwargs) -> PyResult<Value> {
    map_text(vm, args, "swapcase", |t| {
        let mut out = String::with_capacity(t.len());
        for (at, c) in t.char_indices() {
            if case::is_upper(c) {
                case::push_lower_in(&mut out, t, at, c);
            } else if case::is_lower(c) {
                case::push_upper(&mut out, c);
            } else {
                out.push(c);
            }
        }
        out
    })
}

fn capitalize(vm: &mut Vm, args: Args, _: Kwargs) -> PyResult<Value> {
    map_text(vm, args, "capitalize", |t| {
        let mut out = String::with_capacity(t.len());
        for (at, c) in t.char_indices() {
            if at == 0 {
                case::push_title(&mut out, c);
            } else {
                case::push_lower_in(&mut out, t, at, c);
            }
        }
        out
    })
}

fn title(vm: &mut Vm, args: Args, _: Kwargs) -> PyResult<Value> {
    map_text(vm, args, "title", |t| {
        let mut out = String::with_capacity(t.len());
        let mut previous_cased = false;
        for (at, c) in t.char_indices() {
            if previous_cased {
                case::push_lower_in(&mut out, t, at, c);
            } else {
                case::push_title(&mut out, c);
            }
            previous_cased = case::is_cased(c);
        }
        out
    })
}

fn predicate(vm: &mut Vm, args: Args, name: &str, test: fn(&str) -> bool) -> PyResult<Value> {
    check_method_args(vm, name, args, 0, 0)?;
    check_this(vm, args, name)?;
    Ok(Value::bool(test(self_text(vm, args))))
}

fn isdigit(vm: &mut Vm, args: Args, _: Kwargs) -> PyResult<Value> {
    predicate(vm, args, "isdigit", |t| {
        !t.is_empty() && t.chars().all(unicode::is_digit)
    })
}

fn isdecimal(vm: &mut Vm, args: Args, _: Kwargs) -> PyResult<Value> {
    predicate(vm, args, "isdecimal", |t| {
        !t.is_empty() && t.chars().all(unicode::is_decimal)
    })
}

fn isnumeric(vm: &mut Vm, args: Args, _: Kwargs) -> PyResult<Value> {
    predicate(vm, args, "isnumeric", |t| {
        !t.is_empty() && t.chars().all(unicode::is_numeric)
    })
}

fn isalpha(vm: &mut Vm, args: Args, _: Kwargs) -> PyResult<Value> {
    predicate(vm, args, "isalpha", |t| {
        !t.is_empty() && t.chars().all(unicode::is_alpha)
    })
}

fn isalnum(vm: &mut Vm, args: Args, _: Kwargs) -> PyResult<Value> {
    predicate(vm, args, "isalnum", |t| {
        !t.is_empty()
            && t.chars()
                .all(|c| unicode::is_alpha(c) || unicode::is_numeric(c))
    })
}

fn isspace(vm: &mut Vm, args: Args, _: Kwargs) -> PyResult<Value> {
    predicate(vm, args, "isspace", |t| {
        !t.is_empty() && t.chars().all(unicode::is_space)
    })
}

fn isupper(vm: &mut Vm, args: Args, _: Kwargs) -> PyResult<Value> {
    predicate(vm, args, "isupper", |t| {
        t.chars().any(case::is_upper) && !t.chars().any(|c| case::is_lower(c) || case::is_title(c))
    })
}

fn islower(vm: &mut Vm, args: Args, _: Kwargs) -> PyResult<Value> {
    predicate(vm, args, "islower", |t| {
        t.chars().any(case::is_lower) && !t.chars().any(|c| case::is_upper(c) || case::is_title(c))
    })
}

fn isidentifier(vm: &mut Vm, args: Args, _: Kwargs) -> PyResult<Value> {
    // The lexer's rules: what it reads as a name is an identifier.
    predicate(vm, args, "isidentifier", pyrite::lex::is_identifier)
}

fn isprintable(vm: &mut Vm, args: Args, _: Kwargs) -> PyResult<Value> {
    predicate(vm, args, "isprintable", |t| {
        t.chars().all(crate::vm::text::is_printable)
    })
}

fn isascii(vm: &mut Vm, args: Args, _: Kwargs) -> PyResult<Value> {
    predicate(vm, args, "isascii", |t| t.is_ascii())
}

fn istitle(vm: &mut Vm, args: Args, _: Kwargs) -> PyResult<Value> {
    predicate(vm, args, "istitle", |t| {
        let mut previous_cased = false;
        let mut any = false;
        for c in t.chars() {
            if case::is_upper(c) || case::is_title(c) {
                if previous_cased {
                    return false;
                }
                previous_cased = true;
                any = true;
            } else if case::is_lower(c) {
                if !previous_cased {
                    return false;
                }
                previous_cased = true;
                any = true;
            } else {
                previous_cased = false;
            }
        }
        any
    })
}

/// A width or size argument: negative counts as 0, past the address space saturates.
fn size_arg(vm: &mut Vm, v: Value) -> PyResult<usize> {
    let n = vm.int_arg(v)?.max(0);
    Ok(usize::try_from(n).unwrap_or(usize::MAX))
}

fn pad(vm: &mut Vm, args: Args, name: &str, align: char) -> PyResult<Value> {
    check_method_args(vm, name, args, 1, 2)?;
    let text = this(vm, args, name)?;
    let width = size_arg(vm, args[1])?;
    let fill = match args.get(2) {
        Some(&v) => {
            let f = str_arg(vm, v, "The fill character")?;
            let mut chars = f.chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) => c,
                _ => {
                    return Err(
                        vm.type_error("The fill character must be exactly one character long")
                    )
                }
            }
        }
        None => ' ',
    };
    let len = text.chars().count();
    if len >= width {
        return Ok(args[0]);
    }
    // The width is the caller's: the text must fit the heap before it is built.
    vm.reserve(width.saturating_mul(fill.len_utf8()))?;
    let total = width - len;
    let (left, right) = match align {
        '<' => (0, total),
        '>' => (total, 0),
        _ => {
            // CPython's centering: the extra space goes left when the width is odd.
            let left = total / 2 + (total & width & 1);
            (left, total - left)
        }
    };
    let mut out = String::with_capacity(width);
    out.extend(core::iter::repeat_n(fill, left));
    out.push_str(&text);
    out.extend(core::iter::repeat_n(fill, right));
    new_text(vm, out)
}

fn center(vm: &mut Vm, args: Args, _: Kwargs) -> PyResult<Value> {
    pad(vm, args, "center", '^')
}

fn ljust(vm: &mut Vm, args: Args, _: Kwargs) -> PyResult<Value> {
    pad(vm, args, "ljust", '<')
}

fn rjust(vm: &mut Vm, args: Args, _: Kwargs) -> PyResult<Value> {
    pad(vm, args, "rjust", '>')
}

fn zfill(vm: &mut Vm, args: Args, _: Kwargs) -> PyResult<Value> {
    check_method_args(vm, "zfill", args, 1, 1)?;
    let text = this(vm, args, "zfill")?;
    let width = size_arg(vm, args[1])?;
    let len = text.chars().count();
    if len >= width {
        return Ok(args[0]);
    }
    vm.reserve(width)?;
    let (sign, digits) = match text.chars().next() {
        Some(c @ ('+' | '-')) => (Some(c), &text[1..]),
        _ => (None, text.as_str()),
    };
    let mut out = String::with_capacity(width);
    if let Some(c) = sign {
        out.push(c);
    }
    out.extend(core::iter::repeat_n('0', width - len));
    out.push_str(digits);
    new_text(vm, out)
}

fn partition_impl(vm: &mut Vm, args: Args, from_right: bool) -> PyResult<Value> {
    let name = if from_right {
        "rpartition"
    } else {
        "partition"
    };
    check_method_args(vm, name, args, 1, 1)?;
    let text = this(vm, args, name)?;
    let Some(separator) = vm.str_text(args[1]).map(String::from) else {
        let type_name = vm.type_name(args[1]);
        return Err(vm.type_error(format!("must be str, not {type_name}")));
    };
    if separator.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let found = if from_right {
        text.rfind(separator.as_str())
    } else {
        text.find(separator.as_str())
    };
    let empty = vm.intern("");
    let parts = match found {
        Some(i) => {
            let head = vm.new_str(&text[..i])?;
            vm.push_root(head);
            let tail = vm.new_str(&text[i + separator.len()..]);
            vm.pop_root();
            alloc::vec![head, args[1], tail?]
        }
        None if from_right => alloc::vec![empty, empty, args[0]],
        None => alloc::vec![args[0], empty, empty],
    };
    vm.new_tuple(parts)
}

fn partition(vm: &mut Vm, args: Args, _: Kwargs) -> PyResult<Value> {
    partition_impl(vm, args, false)
}

fn rpartition(vm: &mut Vm, args: Args, _: Kwargs) -> PyResult<Value> {
    partition_impl(vm, args, true)
}

fn removeprefix(vm: &mut Vm, args: Args, _: Kwargs) -> PyResult<Value> {
    check_method_args(vm, "removeprefix", args, 1, 1)?;
    let text = this(vm, args, "removeprefix")?;
    let prefix = str_arg(vm, args[1], "removeprefix() argument")?;
    match text.strip_prefix(prefix.as_str()) {
        Some(rest) if !prefix.is_empty() => {
            let rest = String::from(rest);
            vm.new_string(rest)
        }
        _ => Ok(args[0]),
    }
}

fn removesuffix(vm: &mut Vm, args: Args, _: Kwargs) -> PyResult<Value> {
    check_method_args(vm, "removesuffix", args, 1, 1)?;
    let text = this(vm, args, "removesuffix")?;
    let suffix = str_arg(vm, args[1], "removesuffix() argument")?;
    match text.strip_suffix(suffix.as_str()) {
        Some(rest) if !suffix.is_empty() => {
            let rest = String::from(rest);
            vm.new_string(rest)
        }
        _ => Ok(args[0]),
    }
}

fn expandtabs(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult<Value> {
    crate::modules::builtins::check_kwargs(vm, "expandtabs", kwargs, &["tabsize"])?;
    let text = this(vm, args, "expandtabs")?;
    let size = match args
        .get(1)
        .copied()
        .or_else(|| kwarg(vm, kwargs, "tabsize"))
    {
        // (CPython's tab size is a C int.)
        Some(v) => usize::try_from(vm.c_int_arg(v)?.max(0)).unwrap_or(0),
        None => 8,
    };
    // Each tab may become `size` spaces: that much must fit the heap first.
    let tabs = text.bytes().filter(|&b| b == b'\t').count();
    vm.reserve(text.len().saturating_add(tabs.saturating_mul(size)))?;
    let mut out = String::new();
    let mut column = 0;
    for c in text.chars() {
        match c {
            '\t' => {
                if size > 0 {
                    let spaces = size - column % size;
                    out.extend(core::iter::repeat_n(' ', spaces));
                    column += spaces;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                column = 0;
            }
            c => {
                out.push(c);
                column += 1;
            }
        }
    }
    new_text(vm, out)
}

fn encode(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult<Value> {
    let text = this(vm, args, "encode")?;
    let [encoding, errors] = crate::modules::builtins::bind_args(
        vm,
        "encode",
        &args[1..],
        kwargs,
        ["encoding", "errors"],
        0,
    )?;
    let codec = codec::lookup(vm, encoding)?;
    let errors = codec::error_handler(vm, errors)?;
    let bytes = codec::encode(vm, &text, codec, errors)?;
    vm.alloc(Obj::Bytes(bytes.into_boxed_slice()))
}

/// `str.maketrans(x[, y[, z]])` (a static method): a dict from code points.
fn maketrans(vm: &mut Vm, args: Args, _: Kwargs) -> PyResult<Value> {
    crate::modules::builtins::check_args(vm, "maketrans", args, 1, 3)?;
    let table = vm.new_dict()?;
    vm.push_root(table);
    let result = fill_translation_table(vm, table, args);
    vm.pop_root();
    result.map(|()| table)
}

fn fill_translation_table(vm: &mut Vm, table: Value, args: Args) -> PyResult<()> {
    if args.len() == 1 {
        if !matches!(vm.heap_obj(vm.builtin_part(args[0])), Some(Obj::Dict(_))) {
            return Err(
                vm.type_error("if you give only one argument to maketrans it must be a dict")
            );
        }
        let items: Vec<(Value, Value)> = match vm.dict_storage(vm.builtin_part(args[0])) {
            Some(d) => d.iter().map(|e| (e.key, e.value)).collect(),
            None => Vec::new(),
        };
        for (key, value) in items {
            let key = if let Some(text) = vm.str_text(key) {
                let mut chars = text.chars();
                match (chars.next(), chars.next()) {
                    (Some(c), None) => Value::small_int(c as isize),
                    _ => {
                        return Err(
                            vm.value_error("string keys in translate table must be of length 1")
                        )
                    }
                }
            } else if vm.is_int(key) {
                key
            } else {
                return Err(vm.type_error("keys in translate table must be strings or integers"));
            };
            vm.dict_set_item(table, key, value)?;
        }
        return Ok(());
    }
    let from = str_arg(vm, args[0], "maketrans() argument 1")?;
    let to = str_arg(vm, args[1], "maketrans() argument 2")?;
    if from.chars().count() != to.chars().count() {
        return Err(vm.value_error("the first two maketrans arguments must have equal length"));
    }
    // Two strings map code points to code points (ints), as CPython's does.
    for (f, t) in from.chars().zip(to.chars()) {
        vm.dict_set_item(
            table,
            Value::small_int(f as isize),
            Value::small_int(t as isize),
        )?;
    }
    if let Some(&delete) = args.get(2) {
        let delete = str_arg(vm, delete, "maketrans() argument 3")?;
        for c in delete.chars() {
            vm.dict_set_item(table, Value::small_int(c as isize), Value::NONE)?;
        }
    }
    Ok(())
}

/// `str.translate(table)`: `table[ord(c)]` is a str, a code point or None (delete);
/// LookupError keeps the character.
fn translate(vm: &mut Vm, args: Args, _: Kwargs) -> PyResult<Value> {
    check_method_args(vm, "translate", args, 1, 1)?;
    let text = this(vm, args, "translate")?;
    let table = args[1];
    let is_dict = matches!(vm.heap_obj(table), Some(Obj::Dict(_)));
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let key = Value::small_int(c as isize);
        let mapped = if is_dict {
            vm.dict_get_item(table, key)?
        } else {
            match vm.get_item(table, key) {
                Ok(v) => Some(v),
                Err(e) if vm.isinstance(e, vm.types.lookup_error) => None,
                Err(e) => return Err(e),
            }
        };
        match mapped {
            None => out.push(c),
            Some(Value::NONE) => {}
            Some(v) => {
                if let Some(t) = vm.str_text(v) {
                    out.push_str(t);
                } else if vm.is_int(v) {
                    let n = vm.int_arg(v)?;
                    match u32::try_from(n).ok().and_then(char::from_u32) {
                        Some(c) => out.push(c),
                        None => {
                            return Err(
                                vm.value_error("character mapping must be in range(0x110000)")
                            )
                        }
                    }
                } else {
                    return Err(vm.type_error("character mapping must return integer, None or str"));
                }
            }
        }
    }
    new_text(vm, out)
}

fn format_method(vm: &mut Vm, args: Args, kwargs: Kwargs) -> PyResult<Value> {
    let template = this(vm, args, "format")?;
    let text = format_template(vm, &template, &args[1..], kwargs, None)?;
    new_text(vm, text)
}

fn format_map(vm: &mut Vm, args: Args, _: Kwargs) -> PyResult<Value> {
    check_method_args(vm, "format_map", args, 1, 1)?;
    let template = this(vm, args, "format_map")?;
    let text = format_template(vm, &template, &[], &[], Some(args[1]))?;
    new_text(vm, text)
}

/// `str.format`: replacement fields with field names, attributes, indexes, conversions and
/// (nested) format specs.
pub fn format_template(
    vm: &mut Vm,
    template: &str,
    args: &[Value],
    kwargs: &[(Value, Value)],
    mapping: Option<Value>,
) -> PyResult<String> {
    format_fields(vm, template, args, kwargs, mapping, 0, &mut (0, false))
}

/// `format_template`, numbering `{}` fields from `numbering` (the next automatic index, and
/// whether a field was numbered by hand): fields nested in a spec continue the count of the
/// template around them (`'{:>{}}'.format('x', 5)`). `depth` counts specs expanded around
/// this one: CPython expands one level.
fn format_fields(
    vm: &mut Vm,
    template: &str,
    args: &[Value],
    kwargs: &[(Value, Value)],
    mapping: Option<Value>,
    depth: usize,
    numbering: &mut (usize, bool),
) -> PyResult<String> {
    if depth > 1 {
        return Err(vm.value_error("Max string recursion exceeded"));
    }
    let mut out = String::with_capacity(template.len());
    for piece in parse_template(template) {
        let piece = piece.map_err(|e| vm.num_error(e))?;
        out.push_str(piece.literal);
        let Some(field) = piece.field else {
            continue;
        };
        let (first, accesses) = split_field_name(field.name).map_err(|e| vm.num_error(e))?;
        let index = match first {
            FieldFirst::Auto => {
                if numbering.1 {
                    return Err(vm.value_error(
                        "cannot switch from manual field specification to automatic field numbering",
                    ));
                }
                numbering.0 += 1;
                Some(numbering.0 - 1)
            }
            FieldFirst::Index(index) => {
                if numbering.0 > 0 {
                    return Err(vm.value_error(
                        "cannot switch from automatic field numbering to manual field specification",
                    ));
                }
                numbering.1 = true;
                Some(index)
            }
            FieldFirst::Name(_) => None,
        };
        let mut value = match (first, index) {
            (_, Some(index)) => match args.get(index) {
                Some(&v) => v,
                // `format_map` has no positional arguments at all.
                None if mapping.is_some() => {
                    return Err(vm.value_error("Format string contains positional fields"));
                }
                None => {
                    return Err(vm.index_error(format!(
                        "Replacement index {index} out of range for positional args tuple"
                    )))
                }
            },
            (FieldFirst::Name(name), _) => keyword_field(vm, name, kwargs, mapping)?,
            _ => unreachable!("automatic and numbered fields have an index"),
        };
        for access in accesses {
            value = match access.map_err(|e| vm.num_error(e))? {
                FieldAccess::Attribute(name) => {
                    let attr = vm.qstrs.intern(name);
                    vm.load_attr(value, attr)?
                }
                FieldAccess::Item(key) => {
                    vm.push_root(value);
                    let key = match key {
                        ItemKey::Index(index) => vm.new_int(index as i64),
                        ItemKey::Key(text) => vm.new_str(text),
                    };
                    vm.pop_root();
                    vm.get_item(value, key?)?
                }
            };
        }
        let converted = match field.conversion {
            None => value,
            Some('s') => vm.str_value(value)?,
            Some('r') => {
                let text = vm.repr(value)?;
                vm.new_string(text)?
            }
            Some('a') => {
                let text = vm.repr(value)?;
                vm.new_string(crate::vm::text::ascii_escape(&text))?
            }
            Some(other) if ('!'..='~').contains(&other) => {
                return Err(vm.value_error(format!("Unknown conversion specifier {other}")));
            }
            Some(other) => {
                let code = u32::from(other);
                return Err(vm.value_error(format!("Unknown conversion specifier \\x{code:x}")));
            }
        };
        vm.push_root(converted);
        let formatted = if field.spec.contains('{') {
            format_fields(vm, field.spec, args, kwargs, mapping, depth + 1, numbering)
                .and_then(|spec| vm.format(converted, &spec))
        } else {
            vm.format(converted, field.spec)
        };
        vm.pop_root();
        let formatted = formatted?;
        vm.text_room(&mut out, formatted.len())?;
        out.push_str(&formatted);
    }
    Ok(out)
}

/// The value of a `{name}` field: a keyword argument, else the mapping's item
/// (`format_map`), else KeyError.
fn keyword_field(
    vm: &mut Vm,
    name: &str,
    kwargs: &[(Value, Value)],
    mapping: Option<Value>,
) -> PyResult<Value> {
    if let Some(&(_, value)) = kwargs.iter().find(|(k, _)| vm.str_text(*k) == Some(name)) {
        return Ok(value);
    }
    let key = vm.new_str(name)?;
    match mapping {
        Some(map) => vm.get_item(map, key),
        None => Err(vm.key_error(key)),
    }
}

/// `str`'s ordinary methods.
pub static METHODS: &[Builtin] = &[
    Builtin::with_keywords("splitlines", splitlines),
    Builtin::new("casefold", casefold),
    Builtin::new("swapcase", swapcase),
    Builtin::new("capitalize", capitalize),
    Builtin::new("title", title),
    Builtin::new("isdigit", isdigit),
    Builtin::new("isdecimal", isdecimal),
    Builtin::new("isnumeric", isnumeric),
    Builtin::new("isalpha", isalpha),
    Builtin::new("isalnum", isalnum),
    Builtin::new("isspace", isspace),
    Builtin::new("isupper", isupper),
    Builtin::new("islower", islower),
    Builtin::new("isidentifier", isidentifier),
    Builtin::new("isprintable", isprintable),
    Builtin::new("isascii", isascii),
    Builtin::new("istitle", istitle),
    Builtin::new("center", center),
    Builtin::new("ljust", ljust),
    Builtin::new("rjust", rjust),
    Builtin::new("zfill", zfill),
    Builtin::new("partition", partition),
    Builtin::new("rpartition", rpartition),
    Builtin::new("removeprefix", removeprefix),
    Builtin::new("removesuffix", removesuffix),
    Builtin::with_keywords("expandtabs", expandtabs),
    Builtin::new("maketrans", maketrans),
    Builtin::new("translate", translate),
    Builtin::with_keywords("encode", encode),
    Builtin::with_keywords("format", format_method),
    Builtin::new("format_map", format_map),
];
