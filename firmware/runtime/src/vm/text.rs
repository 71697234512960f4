//! Text of values: `repr()`, `str()`, `format()` and f-string fields.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::{PyResult, Vm};
use crate::num::bigint::BigInt;
use crate::obj::{Iter, Obj};
use crate::qstr::q;
use crate::value::Value;

/// Containers nested deeper than this raise RecursionError (each level is a native call; the
/// same bounds as `json`'s).
#[cfg(target_pointer_width = "64")]
const REPR_DEPTH_MAX: usize = 500;
#[cfg(not(target_pointer_width = "64"))]
const REPR_DEPTH_MAX: usize = 60;

impl Vm {
    /// `repr(v)`.
    pub fn repr(&mut self, v: Value) -> PyResult<String> {
        let mut out = String::new();
        self.repr_into(v, &mut out, 0)?;
        Ok(out)
    }

    /// `str(v)`.
    pub fn str(&mut self, v: Value) -> PyResult<String> {
        if let Some(text) = self.str_text(v) {
            if !self.is_user_object(v) {
                // (Checked first: a big copy may not fit a board's fragmented heap.)
                self.reserve_copy(text.len())?;
                return Ok(String::from(text));
            }
        }
        match self.heap_obj(v) {
            Some(Obj::Instance(_) | Obj::Exception(_) | Obj::Class(_)) => {
                let class = self.type_of(v);
                if let Some(method) = self.class_lookup_override(class, q::__str__) {
                    {
                        let result = self.call(method, &[v], &[])?;
                        return match self.str_text(result) {
                            Some(text) => Ok(String::from(text)),
                            None => {
                                let name = self.type_name(result);
                                Err(self.type_error(format!(
                                    "__str__ returned non-string (type {name})"
                                )))
                            }
                        };
                    }
                }
                if self.is_exception(v) {
                    return self.exception_str(v);
                }
                // No __str__: __repr__ (Python's or the built-in part's).
                if self.class_lookup_override(class, q::__repr__).is_some() {
                    return self.repr(v);
                }
                let part = self.builtin_part(v);
                if part != v {
                    if let Some(Obj::Set(_) | Obj::FrozenSet(_) | Obj::ByteArray(_)) =
                        self.heap_obj(part)
                    {
                        return self.repr(v);
                    }
                    return self.str(part);
                }
                self.repr(v)
            }
            _ => self.repr(v),
        }
    }

    /// A new str value holding `str(v)` (no copy when v already is a str).
    #[cfg_attr(target_os = "none", link_section = ".text.hot")]
    pub fn str_value(&mut self, v: Value) -> PyResult<Value> {
        if self.str_text(v).is_some() && !self.is_user_object(v) {
            return Ok(v);
        }
        let text = self.str(v)?;
        self.new_string(text)
    }

    #[cfg_attr(target_os = "none", link_section = ".text.hot")]
    /// Appends what a Python `__repr__` method returns for `v`.
    fn repr_by_method(&mut self, method: Value, v: Value, out: &mut String) -> PyResult<()> {
        let result = self.call(method, &[v], &[])?;
        match self.str_text(result) {
            Some(text) => {
                out.push_str(text);
                Ok(())
            }
            None => {
                let name = self.type_name(result);
                Err(self.type_error(format!("__repr__ returned non-string (type {name})")))
            }
        }
    }

    fn repr_into(&mut self, v: Value, out: &mut String, depth: usize) -> PyResult<()> {
        if depth > REPR_DEPTH_MAX {
            return Err(self.new_exception_msg(
                self.types.recursion_error,
                "maximum recursion depth exceeded while getting the repr of an object",
            ));
        }
        if let Some(n) = v.as_small_int() {
            out.push_str(&format!("{n}"));
            return Ok(());
        }
        if let Some(q) = v.as_qstr() {
            let text = String::from(self.qstrs.text(q));
            quote_str(&text, out);
            return Ok(());
        }
        if !v.is_heap() {
            out.push_str(match v {
                Value::NONE => "None",
                Value::TRUE => "True",
                Value::FALSE => "False",
                Value::ELLIPSIS => "Ellipsis",
                Value::NOT_IMPLEMENTED => "NotImplemented",
                _ => "<NULL>",
            });
            return Ok(());
        }
        // Lists, tuples and dicts are walked by index, not copied (a copy could take as much
        // heap as the container): an item's `__repr__` may change them meanwhile.
        enum Container {
            List,
            Tuple,
            Dict,
            Set(bool),
            View(Value, u8),
        }
        let container = match self.heap.get(v) {
            Obj::Float(x) => {
                out.push_str(&crate::num::float::repr(*x));
                return Ok(());
            }
            Obj::Int64(n) => {
                out.push_str(&alloc::format!("{n}"));
                return Ok(());
            }
            Obj::BigInt(n) => {
                if crate::obj::int::exceeds_digit_limit(n, self.int_max_str_digits) {
                    return Err(crate::obj::int::too_many_digits_to_str(self));
                }
                out.push_str(&n.to_string_radix(10));
                return Ok(());
            }
            Obj::Complex(c) => {
                let (re, im) = **c;
                out.push_str(&complex_repr(re, im));
                return Ok(());
            }
            // (Room for the text made first: a big one may not fit a board's fragmented heap.)
            Obj::Str(s) => {
                self.text_room(out, s.text.len() + 2)?;
                quote_str(&s.text, out);
                return Ok(());
            }
            Obj::Bytes(b) => {
                self.text_room(out, b.len() + 3)?;
                quote_bytes(b, out);
                return Ok(());
            }
            Obj::ByteArray(b) => {
                self.text_room(out, b.len() + 14)?;
                out.push_str("bytearray(");
                bytearray_quoted(b, out);
                out.push(')');
                return Ok(());
            }
            Obj::List(_) => Container::List,
            Obj::Tuple(_) => Container::Tuple,
            Obj::Dict(_) => Container::Dict,
            Obj::Set(_) => Container::Set(false),
            Obj::FrozenSet(_) => Container::Set(true),
            Obj::BigRange(r) => {
                if r.step == crate::num::bigint::BigInt::from_i64(1) {
                    out.push_str(&format!("range({}, {})", r.start, r.stop));
                } else {
                    out.push_str(&format!("range({}, {}, {})", r.start, r.stop, r.step));
                }
                return Ok(());
            }
            Obj::Range(r) => {
                if r.step == 1 {
                    out.push_str(&format!("range({}, {})", r.start, r.stop));
                } else {
                    out.push_str(&format!("range({}, {}, {})", r.start, r.stop, r.step));
                }
                return Ok(());
            }
            Obj::Slice(parts) => {
                let parts = **parts;
                out.push_str("slice(");
                for (i, part) in parts.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    self.repr_into(*part, out, depth + 1)?;
                }
                out.push(')');
                return Ok(());
            }
            Obj::Class(c) => {
                // A metaclass's own __repr__.
                if let Some(method) = self.class_lookup_override(c.metaclass, q::__repr__) {
                    return self.repr_by_method(method, v, out);
                }
                let Obj::Class(c) = self.heap.get(v) else {
                    return Ok(());
                };
                let module = c.module;
                let qualname = c.qualname;
                let module_text = self.str_text(module).unwrap_or("builtins");
                let name = String::from(self.str_text(qualname).unwrap_or("?"));
                if module_text == "builtins" {
                    out.push_str(&format!("<class '{name}'>"));
                } else {
                    out.push_str(&format!("<class '{module_text}.{name}'>"));
                }
                return Ok(());
            }
            Obj::Function(f) => {
                let name = String::from(self.str_text(f.qualname).unwrap_or("?"));
                out.push_str(&format!("<function {name} at 0x{:08x}>", v.raw()));
                return Ok(());
            }
            Obj::Builtin(b) => {
                out.push_str(&format!("<built-in function {}>", b.name()));
                return Ok(());
            }
            Obj::BoundMethod(pair) => {
                let (this, func) = (pair[0], pair[1]);
                let func_name = match self.heap_obj(func) {
                    Some(Obj::Function(f)) => {
                        String::from(self.str_text(f.qualname).unwrap_or("?"))
                    }
                    Some(Obj::Builtin(b)) => String::from(b.name()),
                    _ => String::from("?"),
                };
                out.push_str(&format!("<bound method {func_name} of "));
                self.repr_into(this, out, depth + 1)?;
                out.push('>');
                return Ok(());
            }
            Obj::Module(m) => {
                let name = String::from(self.str_text(m.name).unwrap_or("?"));
                let dict = m.dict;
                match self
                    .dict_get_name(dict, q::__file__)
                    .and_then(|f| self.str_text(f).map(String::from))
                {
                    Some(file) => out.push_str(&format!("<module '{name}' from '{file}'>")),
                    None => out.push_str(&format!("<module '{name}' (built-in)>")),
                }
                return Ok(());
            }
            Obj::Generator(g) => {
                let name = String::from(self.str_text(g.qualname).unwrap_or("?"));
                let kind = if g.is_coroutine() {
                    "coroutine"
                } else {
                    "generator"
                };
                out.push_str(&format!("<{kind} object {name} at 0x{:08x}>", v.raw()));
                return Ok(());
            }
            Obj::Cell(_) => {
                out.push_str(&format!("<cell at 0x{:08x}>", v.raw()));
                return Ok(());
            }
            Obj::Code(c) => {
                out.push_str(&format!(
                    "<code object {} at 0x{:08x}>",
                    self.qstrs.text(c.name),
                    v.raw()
                ));
                return Ok(());
            }
            Obj::Property(_) => {
                out.push_str(&format!("<property object at 0x{:08x}>", v.raw()));
                return Ok(());
            }
            Obj::MemoryView(view) => {
                let released = if view.released { "released " } else { "" };
                out.push_str(&format!("<{released}memory at 0x{:08x}>", v.raw()));
                return Ok(());
            }
            Obj::ClassMethod(_) | Obj::StaticMethod(_) | Obj::Super(_) => {
                let name = self.type_name(v);
                out.push_str(&format!("<{name} object at 0x{:08x}>", v.raw()));
                return Ok(());
            }
            Obj::Iterator(iter) => match &**iter {
                Iter::DictView { dict, kind } => Container::View(*dict, *kind),
                _ => {
                    let name = self.type_name(v);
                    out.push_str(&format!("<{name} object at 0x{:08x}>", v.raw()));
                    return Ok(());
                }
            },
            Obj::Exception(_) | Obj::Instance(_) => {
                let class = self.type_of(v);
                if let Some(method) = self.class_lookup_override(class, q::__repr__) {
                    return self.repr_by_method(method, v, out);
                }
                if self.is_exception(v) {
                    let name = self.type_name(v);
                    let args = match self.heap.get(v) {
                        Obj::Exception(e) => e.args,
                        _ => Value::NONE,
                    };
                    let items: Vec<Value> = match self.heap_obj(args) {
                        Some(Obj::Tuple(items)) => items.to_vec(),
                        _ => Vec::new(),
                    };
                    out.push_str(&name);
                    if items.len() == 1 {
                        out.push('(');
                        self.repr_into(items[0], out, depth + 1)?;
                        out.push(')');
                    } else {
                        self.repr_into(args, out, depth + 1)?;
                    }
                    return Ok(());
                }
                let part = self.builtin_part(v);
                if part != v {
                    // A set's subclass shows its name, `S({1})` (lists and dicts do not).
                    if let Some(Obj::Set(items) | Obj::FrozenSet(items)) = self.heap_obj(part) {
                        let empty = items.is_empty();
                        out.push_str(&self.type_name(v));
                        out.push('(');
                        if !empty {
                            let mut inner = String::new();
                            self.repr_into(part, &mut inner, depth + 1)?;
                            let braces = inner
                                .strip_prefix("frozenset(")
                                .and_then(|rest| rest.strip_suffix(')'))
                                .unwrap_or(&inner);
                            out.push_str(braces);
                        }
                        out.push(')');
                        return Ok(());
                    }
                    // So does a bytearray's, `B(b'x')`.
                    if let Some(Obj::ByteArray(bytes)) = self.heap_obj(part) {
                        let bytes = bytes.clone();
                        out.push_str(&self.type_name(v));
                        out.push('(');
                        bytearray_quoted(&bytes, out);
                        out.push(')');
                        return Ok(());
                    }
                    return self.repr_into(part, out, depth + 1);
                }
                let module = match self.heap_obj(class) {
                    Some(Obj::Class(c)) => {
                        String::from(self.str_text(c.module).unwrap_or("__main__"))
                    }
                    _ => String::from("__main__"),
                };
                let qualname = match self.heap_obj(class) {
                    Some(Obj::Class(c)) => String::from(self.str_text(c.qualname).unwrap_or("?")),
                    _ => String::from("?"),
                };
                // `builtins` goes unsaid (`<object object at …>`).
                if module == "builtins" {
                    out.push_str(&format!("<{qualname} object at 0x{:08x}>", v.raw()));
                } else {
                    out.push_str(&format!(
                        "<{module}.{qualname} object at 0x{:08x}>",
                        v.raw()
                    ));
                }
                return Ok(());
            }
            Obj::Free(_) => {
                out.push_str("<freed>");
                return Ok(());
            }
        };
        // Containers may hold themselves: print `[...]` for a cycle.
        if self.repr_running.contains(&v) {
            out.push_str(match container {
                Container::List => "[...]",
                Container::Tuple => "(...)",
                Container::Dict => "{...}",
                _ => "...",
            });
            return Ok(());
        }
        // Held: the container, and the item (or key and value) being shown (what a
        // `__repr__` removes meanwhile is not collected under them).
        let held = self.roots.len();
        self.roots.extend_from_slice(&[v, Value::NONE, Value::NONE]);
        self.repr_running.push(v);
        let result = (|| -> PyResult<()> {
            match container {
                Container::List | Container::Tuple => {
                    let is_list = matches!(container, Container::List);
                    out.push(if is_list { '[' } else { '(' });
                    let mut i = 0;
                    while let Some(item) = self.sequence_item(v, i) {
                        if i > 0 {
                            out.push_str(", ");
                        }
                        self.roots[held + 1] = item;
                        self.text_room(out, 16)?;
                        self.repr_into(item, out, depth + 1)?;
                        i += 1;
                    }
                    if !is_list && i == 1 {
                        out.push(',');
                    }
                    out.push(if is_list { ']' } else { ')' });
                }
                Container::Dict => {
                    out.push('{');
                    self.repr_entries(v, out, depth, held)?;
                    out.push('}');
                }
                Container::Set(frozen) => {
                    let items: Vec<Value> = match self.heap.get(v) {
                        Obj::Set(d) | Obj::FrozenSet(d) => {
                            self.reserve(d.len() * core::mem::size_of::<Value>())?;
                            d.iter().map(|e| e.key).collect()
                        }
                        _ => Vec::new(),
                    };
                    let items = crate::obj::set::cpython_order(self, &items)?;
                    if items.is_empty() {
                        out.push_str(if frozen { "frozenset()" } else { "set()" });
                        return Ok(());
                    }
                    if frozen {
                        out.push_str("frozenset(");
                    }
                    out.push('{');
                    for (i, item) in items.iter().enumerate() {
                        if i > 0 {
                            out.push_str(", ");
                        }
                        self.text_room(out, 16)?;
                        self.repr_into(*item, out, depth + 1)?;
                    }
                    out.push('}');
                    if frozen {
                        out.push(')');
                    }
                }
                Container::View(dict, kind) => {
                    let name = ["dict_keys", "dict_values", "dict_items"][kind.min(2) as usize];
                    out.push_str(name);
                    out.push_str("([");
                    // CPython shows a list made of the view first: what a `__repr__` changes
                    // in the dict meanwhile is not shown. Its keys and values, held.
                    let pairs: Vec<Value> = match self.heap_obj(dict) {
                        Some(Obj::Dict(d)) => {
                            self.reserve(d.len() * 2 * core::mem::size_of::<Value>())?;
                            d.iter().flat_map(|e| [e.key, e.value]).collect()
                        }
                        _ => Vec::new(),
                    };
                    let pairs = self.new_list(pairs)?;
                    self.roots[held + 1] = pairs;
                    let mut i = 0;
                    while let (Some(key), Some(value)) = (
                        self.sequence_item(pairs, i),
                        self.sequence_item(pairs, i + 1),
                    ) {
                        if i > 0 {
                            out.push_str(", ");
                        }
                        self.repr_entry(kind, key, value, out, depth)?;
                        i += 2;
                    }
                    out.push_str("])");
                }
            }
            Ok(())
        })();
        self.repr_running.pop();
        self.roots.truncate(held);
        result
    }

    /// The entries of dict `dict` into `out`, `key: value` comma-separated, by slot and
    /// without a copy; `roots[held + 1..]` hold the entry being shown.
    fn repr_entries(
        &mut self,
        dict: Value,
        out: &mut String,
        depth: usize,
        held: usize,
    ) -> PyResult<()> {
        let mut slot = 0;
        loop {
            let entry = match self.heap_obj(dict) {
                Some(Obj::Dict(d)) => d.next_live(slot).map(|(at, e)| (at, e.key, e.value)),
                _ => None,
            };
            let Some((at, key, value)) = entry else {
                return Ok(());
            };
            if slot > 0 {
                out.push_str(", ");
            }
            slot = at + 1;
            self.roots[held + 1] = key;
            self.roots[held + 2] = value;
            self.repr_entry(3, key, value, out, depth)?;
        }
    }

    /// One dict entry as a view of `kind` shows it (0 the key, 1 the value, 2 `(key, value)`),
    /// or as the dict does (`key: value`).
    fn repr_entry(
        &mut self,
        kind: u8,
        key: Value,
        value: Value,
        out: &mut String,
        depth: usize,
    ) -> PyResult<()> {
        self.text_room(out, 16)?;
        match kind {
            0 => self.repr_into(key, out, depth + 1),
            1 => self.repr_into(value, out, depth + 1),
            2 => {
                out.push('(');
                self.repr_into(key, out, depth + 1)?;
                out.push_str(", ");
                self.repr_into(value, out, depth + 1)?;
                out.push(')');
                Ok(())
            }
            _ => {
                self.repr_into(key, out, depth + 1)?;
                out.push_str(": ");
                self.repr_into(value, out, depth + 1)
            }
        }
    }

    /// Room in `out` for `more` bytes, or MemoryError: a text built piece by piece (a repr, a
    /// formatted or replaced string, JSON) grows to sizes a board's fragmented heap may not
    /// hold in one block, and a failed growth would stop it.
    pub fn text_room(&self, out: &mut String, more: usize) -> PyResult<()> {
        out.try_reserve(more).map_err(|_| self.memory_error())
    }

    /// `format(v, spec)`.
    #[cfg_attr(target_os = "none", link_section = ".text.hot")]
    pub fn format(&mut self, v: Value, spec: &str) -> PyResult<String> {
        if self.is_user_object(v) {
            let class = self.type_of(v);
            if let Some(method) = self.class_lookup_override(class, q::__format__) {
                {
                    let spec_value = self.new_str(spec)?;
                    let result = self.call(method, &[v, spec_value], &[])?;
                    return match self.str_text(result) {
                        Some(text) => Ok(String::from(text)),
                        None => Err(self.type_error("__format__ must return a str")),
                    };
                }
            }
            // An empty spec is `str(v)` (a subclass's `__str__` included), as in CPython.
            if spec.is_empty() {
                return self.str(v);
            }
            let part = self.builtin_part(v);
            if part != v {
                return self.format(part, spec);
            }
            let name = self.type_name(v);
            return Err(self.type_error(format!(
                "unsupported format string passed to {name}.__format__"
            )));
        }
        // The spec's width and precision are the caller's: the text must fit the heap (an
        // allocation the allocator cannot serve would stop a board).
        // (Passing UNCHECKED_SIZE takes at least three digits.)
        if spec.len() > 2 {
            let asked = crate::num::format::requested_size(spec);
            if asked > crate::num::format::UNCHECKED_SIZE {
                self.reserve(asked)?;
            }
        }
        let type_name = self.type_name(v);
        let result = if v.is_bool() && spec.is_empty() {
            return self.str(v);
        } else if let Some(n) = self.as_number(v) {
            match n {
                crate::vm::ops::Number::Int(i) => {
                    crate::num::format::format_int_spec(&BigInt::from_i64(i), spec, &type_name)
                }
                crate::vm::ops::Number::Big(b) => {
                    // The type is the spec's last character if a letter or `%`; only `d`,
                    // `n` and none write decimal digits.
                    let other_type =
                        |c: char| c == '%' || c.is_ascii_alphabetic() && !"dn".contains(c);
                    if !spec.ends_with(other_type) {
                        crate::obj::int::check_decimal_digits(self, &b)?;
                    }
                    crate::num::format::format_int_spec(&b, spec, &type_name)
                }
                crate::vm::ops::Number::Float(x) => {
                    crate::num::format::format_float_spec(x, spec, &type_name)
                }
                crate::vm::ops::Number::Complex(..) if spec.is_empty() => return self.str(v),
                crate::vm::ops::Number::Complex(re, im) => {
                    crate::num::format::format_complex_spec(re, im, spec, &type_name)
                }
            }
        } else if let Some(text) = self.str_text(v) {
            // (Checked first: a big copy may not fit a board's fragmented heap.)
            self.reserve_copy(text.len())?;
            let text = String::from(text);
            if spec.is_empty() {
                return Ok(text);
            }
            crate::num::format::format_str_spec(&text, spec, &type_name)
        } else {
            if spec.is_empty() {
                return self.str(v);
            }
            return Err(self.type_error(format!(
                "unsupported format string passed to {type_name}.__format__"
            )));
        };
        result.map_err(|e| self.num_error(e))
    }

    /// `FORMAT_VALUE`: conversion (0 none, 1 str, 2 repr, 3 ascii) then format spec.
    pub fn format_value(&mut self, v: Value, conversion: u8, spec: Value) -> PyResult<Value> {
        let converted = match conversion {
            1 => {
                let text = self.str(v)?;
                self.new_string(text)?
            }
            2 => {
                let text = self.repr(v)?;
                self.new_string(text)?
            }
            3 => {
                let text = self.repr(v)?;
                self.new_string(ascii_escape(&text))?
            }
            _ => v,
        };
        let spec_text = if spec.is_null() {
            String::new()
        } else {
            String::from(self.str_text(spec).unwrap_or(""))
        };
        if spec_text.is_empty()
            && self.str_text(converted).is_some()
            && !self.is_user_object(converted)
        {
            return Ok(converted);
        }
        self.push_root(converted);
        let text = self.format(converted, &spec_text);
        self.pop_root();
        let text = text?;
        self.new_string(text)
    }
}

/// `repr` of a str: CPython's quote choice and escapes.
pub fn quote_str(text: &str, out: &mut String) {
    let quote = if text.contains('\'') && !text.contains('"') {
        '"'
    } else {
        '\''
    };
    out.push(quote);
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if is_printable(c) => out.push(c),
            c => {
                let code = c as u32;
                if code < 0x100 {
                    out.push_str(&format!("\\x{code:02x}"));
                } else if code < 0x10000 {
                    out.push_str(&format!("\\u{code:04x}"));
                } else {
                    out.push_str(&format!("\\U{code:08x}"));
                }
            }
        }
    }
    out.push(quote);
}

pub use crate::obj::unicode::is_printable;

/// `repr` of bytes.
pub fn quote_bytes(bytes: &[u8], out: &mut String) {
    quote_bytes_escaping(bytes, out, false)
}

/// A bytearray's bytes literal in its repr: CPython's escapes `'` even between double quotes
/// (`bytearray(b"it\'s")`).
fn bytearray_quoted(bytes: &[u8], out: &mut String) {
    quote_bytes_escaping(bytes, out, true)
}

/// [`quote_bytes`], escaping `'` too when `single` (whatever the quote).
fn quote_bytes_escaping(bytes: &[u8], out: &mut String, single: bool) {
    let quote = if bytes.contains(&b'\'') && !bytes.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    out.push('b');
    out.push(quote as char);
    for &b in bytes {
        match b {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            b if b == quote || (single && b == b'\'') => {
                out.push('\\');
                out.push(b as char);
            }
            0x20..=0x7e => out.push(b as char),
            b => out.push_str(&format!("\\x{b:02x}")),
        }
    }
    out.push(quote as char);
}

/// `ascii()`: escapes every non-ASCII character of a repr.
pub fn ascii_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let code = c as u32;
        if code < 0x80 {
            out.push(c);
        } else if code < 0x100 {
            out.push_str(&format!("\\x{code:02x}"));
        } else if code < 0x10000 {
            out.push_str(&format!("\\u{code:04x}"));
        } else {
            out.push_str(&format!("\\U{code:08x}"));
        }
    }
    out
}

/// `repr(complex)`.
pub fn complex_repr(re: f64, im: f64) -> String {
    let part = |x: f64| -> String {
        let text = crate::num::float::repr(x);
        match text.strip_suffix(".0") {
            Some(whole) if !text.contains('e') => String::from(whole),
            _ => text,
        }
    };
    if re == 0.0 && !re.is_sign_negative() {
        return format!("{}j", part(im));
    }
    // A NaN shows no sign, whatever its sign bit.
    let sign = if im.is_sign_negative() && !im.is_nan() {
        "-"
    } else {
        "+"
    };
    let im_text = part(im.abs());
    format!("({}{sign}{im_text}j)", part(re))
}
