//! `re.Match` in Rust: a class made at run time whose instances hold `re`, `string`,
//! `pos`, `endpos` and `_spans` (the span tuple `_re.match` returns) as attributes.
//!
//! Native methods cost a few words each where the same class in frozen Python cost about
//! a kilobyte of compiled code per method.

use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;

use crate::obj::{Builtin, Obj};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// Makes the `Match` class (`type("Match", (object,), namespace)`).
pub fn make_class(vm: &mut Vm) -> PyResult<Value> {
    let namespace = vm.new_dict()?;
    vm.push_root(namespace);
    let result = (|| {
        for method in METHODS {
            let key = method
                .name()
                .strip_prefix("match_")
                .unwrap_or(method.name());
            let name = vm.qstrs.intern(key);
            let function = vm.alloc(Obj::Builtin(method))?;
            vm.dict_set_name(namespace, name, function)?;
        }
        for getter in PROPERTIES {
            let function = vm.alloc(Obj::Builtin(getter))?;
            let property = vm.alloc(Obj::Property(Box::new([
                function,
                Value::NONE,
                Value::NONE,
                Value::NONE,
            ])))?;
            let name = vm.qstrs.intern(getter.name());
            vm.dict_set_name(namespace, name, property)?;
        }
        let module_name = vm.intern("re");
        vm.dict_set_name(namespace, crate::qstr::q::__module__, module_name)?;
        let name = vm.intern("Match");
        let bases = vm.new_tuple(alloc::vec![vm.types.object])?;
        vm.push_root(bases);
        let type_ = vm.types.type_;
        let class = vm.call(type_, &[name, bases, namespace], &[]);
        vm.pop_root();
        class
    })();
    vm.pop_root();
    result
}

fn attr(vm: &mut Vm, this: Value, name: &str) -> PyResult<Value> {
    let name = vm.qstrs.intern(name);
    vm.load_attr(this, name)
}

fn set(vm: &mut Vm, this: Value, name: &str, value: Value) -> PyResult<()> {
    let name = vm.qstrs.intern(name);
    vm.store_attr(this, name, value)
}

/// The span tuple's items.
fn spans(vm: &mut Vm, this: Value) -> PyResult<Vec<Value>> {
    let spans = attr(vm, this, "_spans")?;
    match vm.heap_obj(spans) {
        Some(Obj::Tuple(items)) => Ok(items.to_vec()),
        _ => Err(vm.type_error("invalid match object")),
    }
}

fn small(v: Value) -> isize {
    v.as_small_int().unwrap_or(-1)
}

/// `__init__(self, pattern, string, pos, endpos, spans)`.
fn init(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    crate::modules::builtins::check_args(vm, "Match", args, 6, 6)?;
    let this = args[0];
    let length = vm.len_of(args[2])? as i64;
    let clamp = |vm: &mut Vm, v: Value| -> PyResult<Value> {
        let n = vm.int_arg(v)?.clamp(0, length);
        vm.new_int(n)
    };
    let pos = clamp(vm, args[3])?;
    let endpos = clamp(vm, args[4])?;
    set(vm, this, "re", args[1])?;
    set(vm, this, "string", args[2])?;
    set(vm, this, "pos", pos)?;
    set(vm, this, "endpos", endpos)?;
    set(vm, this, "_spans", args[5])?;
    Ok(Value::NONE)
}

/// A group reference (number or name) to its number.
fn group_index(vm: &mut Vm, this: Value, group: Value) -> PyResult<usize> {
    let pattern = attr(vm, this, "re")?;
    let groups = attr(vm, pattern, "groups")?;
    let groups = vm.int_arg(groups)?;
    if vm.is_int(group) {
        if let Ok(n) = vm.int_arg(group) {
            if (0..=groups).contains(&n) {
                return Ok(n as usize);
            }
        }
    } else if vm.is_str(group) {
        let index = attr(vm, pattern, "groupindex")?;
        if let Some(n) = vm.dict_get_item(index, group)? {
            return Ok(vm.int_arg(n)? as usize);
        }
    }
    Err(vm.index_error("no such group"))
}

/// Group `index`'s text, or `default` when it did not take part.
fn group_text(
    vm: &mut Vm,
    this: Value,
    spans: &[Value],
    index: usize,
    default: Value,
) -> PyResult<Value> {
    let (start, end) = (spans[2 * index], spans[2 * index + 1]);
    if small(start) < 0 {
        return Ok(default);
    }
    let string = attr(vm, this, "string")?;
    let slice = vm.alloc(Obj::Slice(Box::new([start, end, Value::NONE])))?;
    vm.push_root(slice);
    let result = vm.get_item(string, slice);
    vm.pop_root();
    result
}

fn group(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let this = crate::modules::builtins::receiver(vm, args, "group")?;
    let spans = spans(vm, this)?;
    match args.len() {
        1 => group_text(vm, this, &spans, 0, Value::NONE),
        2 => {
            let index = group_index(vm, this, args[1])?;
            group_text(vm, this, &spans, index, Value::NONE)
        }
        _ => {
            let holder = vm.new_list(Vec::new())?;
            vm.push_root(holder);
            let result = (|| {
                for &g in &args[1..] {
                    let index = group_index(vm, this, g)?;
                    let text = group_text(vm, this, &spans, index, Value::NONE)?;
                    vm.list_append(holder, text)?;
                }
                let items = match vm.heap.get(holder) {
                    Obj::List(items) => items.clone(),
                    _ => Vec::new(),
                };
                vm.new_tuple(items)
            })();
            vm.pop_root();
            result
        }
    }
}

fn getitem(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    crate::modules::builtins::check_args(vm, "__getitem__", args, 2, 2)?;
    group(vm, args, kwargs)
}

fn default_arg(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> Value {
    args.get(1)
        .copied()
        .or_else(|| crate::modules::builtins::kwarg(vm, kwargs, "default"))
        .unwrap_or(Value::NONE)
}

fn group_count(vm: &mut Vm, this: Value) -> PyResult<usize> {
    let pattern = attr(vm, this, "re")?;
    let groups = attr(vm, pattern, "groups")?;
    Ok(vm.int_arg(groups)?.max(0) as usize)
}

fn groups(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    let this = crate::modules::builtins::receiver(vm, args, "groups")?;
    let default = default_arg(vm, args, kwargs);
    let spans = spans(vm, this)?;
    let count = group_count(vm, this)?;
    let holder = vm.new_list(Vec::new())?;
    vm.push_root(holder);
    let result = (|| {
        for index in 1..=count {
            let text = group_text(vm, this, &spans, index, default)?;
            vm.list_append(holder, text)?;
        }
        let items = match vm.heap.get(holder) {
            Obj::List(items) => items.clone(),
            _ => Vec::new(),
        };
        vm.new_tuple(items)
    })();
    vm.pop_root();
    result
}

fn groupdict(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    let this = crate::modules::builtins::receiver(vm, args, "groupdict")?;
    let default = default_arg(vm, args, kwargs);
    let spans = spans(vm, this)?;
    let pattern = attr(vm, this, "re")?;
    let index = attr(vm, pattern, "groupindex")?;
    let entries: Vec<(Value, Value)> = match vm.dict_storage(index) {
        Some(d) => d.iter().map(|e| (e.key, e.value)).collect(),
        None => Vec::new(),
    };
    let dict = vm.new_dict()?;
    vm.push_root(dict);
    let result = (|| {
        for (name, number) in entries {
            let n = vm.int_arg(number)? as usize;
            let text = group_text(vm, this, &spans, n, default)?;
            vm.dict_set_item(dict, name, text)?;
        }
        Ok(dict)
    })();
    vm.pop_root();
    result
}

/// The (start, end) of the group named by `args[1]` (group 0 by default).
fn bounds(vm: &mut Vm, args: &[Value]) -> PyResult<(Value, Value)> {
    let this = crate::modules::builtins::receiver(vm, args, "span")?;
    let index = match args.get(1) {
        Some(&g) => group_index(vm, this, g)?,
        None => 0,
    };
    let spans = spans(vm, this)?;
    Ok((spans[2 * index], spans[2 * index + 1]))
}

fn start(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    bounds(vm, args).map(|(s, _)| s)
}

fn end(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    bounds(vm, args).map(|(_, e)| e)
}

fn span(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let (s, e) = bounds(vm, args)?;
    vm.new_tuple(alloc::vec![s, e])
}

/// `expand(template)`: `re._template` and `re._expand` do the work.
fn expand(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    let args = &*crate::modules::builtins::keywords_to_positions(
        vm,
        "expand",
        args,
        kwargs,
        1,
        &["template"],
        &[],
    )?;
    crate::modules::builtins::check_args(vm, "expand", args, 2, 2)?;
    let this = args[0];
    let module_name = vm.intern("re");
    let module = vm
        .dict_get_item(vm.modules, module_name)?
        .ok_or_else(|| vm.runtime_error("re is not imported"))?;
    let pattern = attr(vm, this, "re")?;
    let make_template = attr(vm, module, "_template")?;
    let template = vm.call(make_template, &[pattern, args[1]], &[])?;
    vm.push_root(template);
    let result = (|| {
        let expand = attr(vm, module, "_expand")?;
        let string = attr(vm, this, "string")?;
        let spans = attr(vm, this, "_spans")?;
        vm.call(expand, &[string, spans, Value::small_int(0), template], &[])
    })();
    vm.pop_root();
    result
}

fn repr(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let this = crate::modules::builtins::receiver(vm, args, "__repr__")?;
    let spans = spans(vm, this)?;
    let text = group_text(vm, this, &spans, 0, Value::NONE)?;
    let shown = vm.repr(text)?;
    let out: String = alloc::format!(
        "<re.Match object; span=({}, {}), match={shown}>",
        small(spans[0]),
        small(spans[1])
    );
    vm.new_string(out)
}

fn lastindex(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let this = crate::modules::builtins::receiver(vm, args, "lastindex")?;
    let spans = spans(vm, this)?;
    Ok(spans.last().copied().unwrap_or(Value::NONE))
}

fn lastgroup(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let this = crate::modules::builtins::receiver(vm, args, "lastgroup")?;
    let spans = spans(vm, this)?;
    let last = spans.last().copied().unwrap_or(Value::NONE);
    if last.is_none() {
        return Ok(Value::NONE);
    }
    let pattern = attr(vm, this, "re")?;
    let index = attr(vm, pattern, "groupindex")?;
    let entries: Vec<(Value, Value)> = match vm.dict_storage(index) {
        Some(d) => d.iter().map(|e| (e.key, e.value)).collect(),
        None => Vec::new(),
    };
    Ok(entries
        .into_iter()
        .find(|&(_, number)| number == last)
        .map_or(Value::NONE, |(name, _)| name))
}

fn regs(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let this = crate::modules::builtins::receiver(vm, args, "regs")?;
    let spans = spans(vm, this)?;
    let count = group_count(vm, this)?;
    let mut pairs = Vec::with_capacity(count + 1);
    let holder = vm.new_list(Vec::new())?;
    vm.push_root(holder);
    let result = (|| {
        for index in 0..=count {
            let pair = vm.new_tuple(alloc::vec![spans[2 * index], spans[2 * index + 1]])?;
            vm.list_append(holder, pair)?;
            pairs.push(pair);
        }
        vm.new_tuple(pairs)
    })();
    vm.pop_root();
    result
}

static METHODS: &[Builtin] = &[
    Builtin::new("match___init__", init),
    Builtin::new("group", group),
    Builtin::with_keywords("__getitem__", getitem),
    Builtin::with_keywords("groups", groups),
    Builtin::with_keywords("groupdict", groupdict),
    Builtin::new("start", start),
    Builtin::new("end", end),
    Builtin::new("span", span),
    Builtin::with_keywords("expand", expand),
    Builtin::new("__repr__", repr),
];

static PROPERTIES: &[Builtin] = &[
    Builtin::new("lastindex", lastindex),
    Builtin::new("lastgroup", lastgroup),
    Builtin::new("regs", regs),
];
