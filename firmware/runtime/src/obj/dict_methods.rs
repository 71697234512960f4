//! `dict`: lookups with Python equality, the methods, views, and namespace helpers.

use alloc::boxed::Box;
use alloc::vec::Vec;

use crate::obj::dict::Dict;
use crate::obj::{Builtin, Iter, Obj};
use crate::qstr::{q, Qstr};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

impl Vm {
    /// The `Dict` storage behind a dict, set, frozenset (or a subclass instance).
    pub fn dict_storage(&self, v: Value) -> Option<&Dict> {
        match self.heap_obj(v)? {
            Obj::Dict(d) | Obj::Set(d) | Obj::FrozenSet(d) => Some(d),
            Obj::Instance(instance) if !instance.base.is_null() => self.dict_storage(instance.base),
            _ => None,
        }
    }

    fn dict_storage_mut(&mut self, v: Value) -> Option<&mut Dict> {
        let target = match self.heap_obj(v)? {
            Obj::Instance(instance) if !instance.base.is_null() => instance.base,
            _ => v,
        };
        match self.heap.get_mut(target) {
            Obj::Dict(d) | Obj::Set(d) | Obj::FrozenSet(d) => Some(d),
            _ => None,
        }
    }

    /// Position of `key` in the dict or set `dict`.
    #[cfg_attr(target_os = "none", link_section = ".text.hot")]
    pub fn dict_lookup(&mut self, dict: Value, key: Value) -> PyResult<Option<usize>> {
        let hash = self.key_hash(key)?;
        self.dict_lookup_hashed(dict, key, hash, Value::NONE)
    }

    /// The lookup under `dict_lookup` and `dict_store`. When an `__eq__` must run (a key
    /// with the same hash that is not `key` itself), it runs with the dict, `key` and `held`
    /// (the value a store is about to put in) kept alive: a plain key can meet a user-defined
    /// one whose `__eq__` collects.
    #[cfg_attr(target_os = "none", link_section = ".text.hot")]
    pub(crate) fn dict_lookup_hashed(
        &mut self,
        dict: Value,
        key: Value,
        hash: u32,
        held: Value,
    ) -> PyResult<Option<usize>> {
        let mut skip = 0;
        let mut restarts = 0u32;
        loop {
            let found = {
                let Some(storage) = self.dict_storage(dict) else {
                    return Ok(None);
                };
                storage.find_from(hash, skip, |k| self.key_match(k, key))
            };
            match found {
                Ok(position) => return Ok(position),
                Err(pending) => {
                    let (candidate, version) = match self.dict_storage(dict) {
                        Some(storage) => (storage.entry(pending.position).key, storage.version()),
                        None => return Ok(None),
                    };
                    let depth = self.roots.len();
                    self.roots.extend_from_slice(&[dict, key, held]);
                    let equal = self.eq(candidate, key);
                    self.roots.truncate(depth);
                    let equal = equal?;
                    // An `__eq__` that added or removed keys moved the entries: start again,
                    // as CPython's lookup does.
                    if self.dict_storage(dict).map(Dict::version) != Some(version) {
                        // (An `__eq__` that changes the dict every time would restart for
                        // ever; CPython's does too, unless a reused address hides the change.)
                        restarts += 1;
                        if restarts > 100 {
                            return Err(self.runtime_error("dictionary keys changed during lookup"));
                        }
                        skip = 0;
                        continue;
                    }
                    if equal {
                        return Ok(Some(pending.position));
                    }
                    skip = pending.resume;
                }
            }
        }
    }

    /// `dict.get(key)` without a default.
    #[cfg_attr(target_os = "none", link_section = ".text.hot")]
    pub fn dict_get_item(&mut self, dict: Value, key: Value) -> PyResult<Option<Value>> {
        if let Some(q) = key.as_qstr() {
            if let Some(Obj::Dict(_)) = self.heap_obj(dict) {
                if let Some(v) = self.dict_get_name(dict, q) {
                    return Ok(Some(v));
                }
            }
        }
        match self.dict_lookup(dict, key)? {
            Some(position) => Ok(self.dict_storage(dict).map(|d| d.entry(position).value)),
            None => Ok(None),
        }
    }

    /// `dict[key] = value`.
    #[cfg_attr(target_os = "none", link_section = ".text.hot")]
    pub fn dict_set_item(&mut self, dict: Value, key: Value, value: Value) -> PyResult<()> {
        self.dict_store(dict, key, value, false)
    }

    /// [`dict_set_item`](Self::dict_set_item) for callers holding no values but those on the
    /// VM stack, `dict`, `key` and `value`: a dict that must grow in a full heap collects the
    /// garbage first (see `reserve_collecting`), as MicroPython's allocator does. For
    /// `STORE_SUBSCR` and the dict comprehensions' `MAP_ADD`.
    pub fn dict_set_item_collecting(
        &mut self,
        dict: Value,
        key: Value,
        value: Value,
    ) -> PyResult<()> {
        self.dict_store(dict, key, value, true)
    }

    pub(crate) fn dict_store(
        &mut self,
        dict: Value,
        key: Value,
        value: Value,
        collect: bool,
    ) -> PyResult<()> {
        // A key that is no plain value runs Python code (`__hash__`, `__eq__`) that may
        // collect: the dict and the value are held too.
        let depth = self.roots.len();
        if !self.is_plain(key) {
            self.roots.extend_from_slice(&[dict, key, value]);
        }
        let result = self
            .key_hash(key)
            .and_then(|hash| self.dict_store_hashed(dict, key, value, hash, collect));
        self.roots.truncate(depth);
        result
    }

    /// A number (not complex), str or bytes, or None/bool: operating on it never runs Python
    /// code, so native code holding such values needs no roots for them.
    #[inline]
    pub fn is_plain(&self, v: Value) -> bool {
        !v.is_heap()
            || matches!(
                self.heap.get(v),
                Obj::Str(_) | Obj::Float(_) | Obj::Int64(_) | Obj::BigInt(_) | Obj::Bytes(_)
            )
    }

    fn dict_store_hashed(
        &mut self,
        dict: Value,
        key: Value,
        value: Value,
        hash: u32,
        collect: bool,
    ) -> PyResult<()> {
        match self.dict_lookup_hashed(dict, key, hash, value)? {
            Some(position) => {
                if let Some(storage) = self.dict_storage_mut(dict) {
                    storage.set_value_at(position, value);
                }
            }
            None => {
                if self.dict_storage_mut(dict).is_none() {
                    return Err(self.type_error("expected a dict"));
                }
                if self.dict_insert_new(dict, hash, key, value).is_err() {
                    if !collect {
                        return Err(self.memory_error());
                    }
                    self.collect_to_reserve(0, &[dict, key, value])?;
                    if self.dict_insert_new(dict, hash, key, value).is_err() {
                        return Err(self.memory_error());
                    }
                }
            }
        }
        Ok(())
    }

    /// Adds `key` (absent, hashing to `hash`) if the heap has room for the dict's growth.
    fn dict_insert_new(
        &mut self,
        dict: Value,
        hash: u32,
        key: Value,
        value: Value,
    ) -> Result<(), crate::gc::OutOfMemory> {
        let room = self.heap.room();
        if room < 32 {
            self.heap.collect_soon();
            return Err(crate::gc::OutOfMemory);
        }
        match self.dict_storage_mut(dict) {
            Some(storage) => storage.try_insert_new(hash, key, value, room),
            None => Ok(()),
        }
    }

    /// `del dict[key]`: true if it was there.
    pub fn dict_del_item(&mut self, dict: Value, key: Value) -> PyResult<bool> {
        match self.dict_lookup(dict, key)? {
            Some(position) => {
                if let Some(storage) = self.dict_storage_mut(dict) {
                    storage.remove_at(position);
                }
                Ok(true)
            }
            None => Ok(false),
        }
    }

    /// `dict.update(other)` (`merge`: TypeError on a repeated key, for `f(**a, **b)`).
    pub fn dict_update(&mut self, dict: Value, other: Value, merge: bool) -> PyResult<()> {
        let pairs = self.mapping_items(other)?;
        // A key's `__hash__` or `__eq__` may collect: the pairs not stored yet are held.
        let depth = self.roots.len();
        // (Only a key that is no plain value runs Python code while the others wait.)
        if pairs.iter().any(|&(key, _)| !self.is_plain(key)) {
            for &(key, value) in &pairs {
                self.roots.extend_from_slice(&[key, value]);
            }
        }
        let result = pairs.iter().try_for_each(|&(key, value)| {
            if merge && self.dict_lookup(dict, key)?.is_some() {
                let text = self.str(key)?;
                return Err(self.type_error(alloc::format!(
                    "got multiple values for keyword argument '{text}'"
                )));
            }
            self.dict_set_item(dict, key, value)
        });
        self.release_roots(depth);
        result
    }

    /// `{**other}`: `other` must be a mapping (a dict, or anything with `keys()`), not any
    /// iterable of pairs as `dict.update` takes.
    #[inline(never)]
    pub fn dict_display_update(&mut self, dict: Value, other: Value) -> PyResult<()> {
        if !matches!(self.heap_obj(self.builtin_part(other)), Some(Obj::Dict(_))) {
            let keys = self.qstrs.intern("keys");
            if self.load_attr_optional(other, keys)?.is_none() {
                let name = self.type_name(other);
                return Err(self.type_error(alloc::format!("'{name}' object is not a mapping")));
            }
        }
        self.dict_update(dict, other, false)
    }

    /// The (key, value) pairs of a mapping: a dict, or anything with `keys()` and `[]`.
    pub fn mapping_items(&mut self, mapping: Value) -> PyResult<Vec<(Value, Value)>> {
        if let Some(Obj::Dict(d)) = self.heap_obj(mapping) {
            return Ok(d.iter().map(|e| (e.key, e.value)).collect());
        }
        if let Some(Obj::Instance(instance)) = self.heap_obj(mapping) {
            let base = instance.base;
            let class = self.type_of(mapping);
            let has_keys = self
                .class_lookup(class, self.qstrs.lookup("keys").unwrap_or(q::empty))
                .is_some_and(|m| !matches!(self.heap_obj(m), Some(Obj::Builtin(_))));
            if !has_keys && matches!(self.heap_obj(base), Some(Obj::Dict(_))) {
                return self.mapping_items(base);
            }
        }
        // The keys, items and values gathered are held while `[]` or an item's iteration
        // runs Python code.
        let depth = self.roots.len();
        let result = self.mapping_items_rooted(mapping);
        self.release_roots(depth);
        result
    }

    fn mapping_items_rooted(&mut self, mapping: Value) -> PyResult<Vec<(Value, Value)>> {
        let keys_name = self.qstrs.intern("keys");
        match self.load_attr_optional(mapping, keys_name)? {
            Some(keys) => {
                let keys = self.call(keys, &[], &[])?;
                let keys = self.collect_iterable(keys)?;
                self.roots.extend_from_slice(&keys);
                let mut out = Vec::with_capacity(keys.len());
                for key in keys {
                    let value = self.get_item(mapping, key)?;
                    self.roots.push(value);
                    out.push((key, value));
                }
                Ok(out)
            }
            None => {
                // An iterable of pairs.
                let items = self.collect_iterable(mapping)?;
                self.roots.extend_from_slice(&items);
                let mut out = Vec::with_capacity(items.len());
                for (i, item) in items.into_iter().enumerate() {
                    let pair = self.collect_iterable_or(item, &|_| {
                        alloc::format!(
                            "cannot convert dictionary update sequence element #{i} to a sequence"
                        )
                    })?;
                    if pair.len() != 2 {
                        return Err(self.value_error(alloc::format!(
                            "dictionary update sequence element #{i} has length {}; 2 is required",
                            pair.len()
                        )));
                    }
                    self.roots.extend_from_slice(&pair);
                    out.push((pair[0], pair[1]));
                }
                Ok(out)
            }
        }
    }

    /// Looks up a name in a namespace (a dict, or any mapping for class bodies).
    pub fn mapping_get_name(&mut self, mapping: Value, name: Qstr) -> PyResult<Option<Value>> {
        if let Some(Obj::Dict(_)) = self.heap_obj(mapping) {
            return Ok(self.dict_get_name(mapping, name));
        }
        let key = Value::qstr(name);
        match self.get_item(mapping, key) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.isinstance(e, self.types.key_error) => Ok(None),
            Err(e) => Err(e),
        }
    }

    pub fn mapping_set_name(&mut self, mapping: Value, name: Qstr, value: Value) -> PyResult<()> {
        if let Some(Obj::Dict(_)) = self.heap_obj(mapping) {
            return self.dict_set_name_collecting(mapping, name, value);
        }
        self.set_item(mapping, Value::qstr(name), value)
    }

    pub fn mapping_del_name(&mut self, mapping: Value, name: Qstr) -> PyResult<()> {
        let key = Value::qstr(name);
        let removed = if let Some(Obj::Dict(_)) = self.heap_obj(mapping) {
            self.dict_del_item(mapping, key)?
        } else {
            self.del_item(mapping, key).is_ok()
        };
        if removed {
            Ok(())
        } else {
            let text = alloc::format!("name '{}' is not defined", self.qstr_text(name));
            let class = self.types.name_error;
            Err(self.new_exception_msg(class, &text))
        }
    }
}

/// A shallow copy of a dict.
pub fn copy_dict(vm: &mut Vm, dict: Value) -> PyResult<Value> {
    // (Checked first: a big copy may not fit a board's fragmented heap.)
    vm.reserve(vm.dict_storage(dict).map_or(0, |d| d.storage_bytes()))?;
    let storage = vm.dict_storage(dict).cloned().unwrap_or_default();
    vm.alloc(Obj::Dict(Box::new(storage)))
}

/// Equality of two dicts (same keys, equal values).
pub fn dicts_equal(vm: &mut Vm, a: Value, b: Value) -> PyResult<bool> {
    let (Some(x), Some(y)) = (vm.dict_storage(a), vm.dict_storage(b)) else {
        return Ok(false);
    };
    if x.len() != y.len() {
        return Ok(false);
    }
    let pairs: Vec<(Value, Value)> = x.iter().map(|e| (e.key, e.value)).collect();
    for (key, value) in pairs {
        match vm.dict_get_item(b, key)? {
            Some(other) => {
                if !vm.eq(value, other)? {
                    return Ok(false);
                }
            }
            None => return Ok(false),
        }
    }
    Ok(true)
}

/// `x in d.keys()` / `.values()` / `.items()`.
pub fn view_contains(vm: &mut Vm, dict: Value, kind: u8, item: Value) -> PyResult<bool> {
    match kind {
        0 => Ok(vm.dict_lookup(dict, item)?.is_some()),
        1 => {
            let values: Vec<Value> = vm
                .dict_storage(dict)
                .map(|d| d.iter().map(|e| e.value).collect())
                .unwrap_or_default();
            for v in values {
                if vm.eq(v, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => {
            let pair = match vm.heap_obj(item) {
                Some(Obj::Tuple(p)) if p.len() == 2 => (p[0], p[1]),
                _ => return Ok(false),
            };
            match vm.dict_get_item(dict, pair.0)? {
                Some(v) => vm.eq(v, pair.1),
                None => Ok(false),
            }
        }
    }
}

fn self_dict(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<Value> {
    match args.first() {
        Some(&v)
            if vm.dict_storage(v).is_some()
                && matches!(vm.heap_obj(vm.builtin_part(v)), Some(Obj::Dict(_))) =>
        {
            Ok(vm.builtin_part(v))
        }
        _ => Err(crate::modules::builtins::descriptor_mismatch(
            vm, args, name, "dict",
        )),
    }
}

fn view(vm: &mut Vm, args: &[Value], kind: u8) -> PyResult<Value> {
    let dict = self_dict(vm, args, "keys")?;
    vm.new_iterator(Iter::DictView { dict, kind })
}

fn dict_keys(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    view(vm, args, 0)
}

fn dict_values(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    view(vm, args, 1)
}

fn dict_items(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    view(vm, args, 2)
}

fn dict_get(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let dict = self_dict(vm, args, "get")?;
    crate::modules::builtins::check_args(vm, "get", &args[1..], 1, 2)?;
    Ok(vm
        .dict_get_item(dict, args[1])?
        .unwrap_or(args.get(2).copied().unwrap_or(Value::NONE)))
}

fn dict_setdefault(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let dict = self_dict(vm, args, "setdefault")?;
    crate::modules::builtins::check_args(vm, "setdefault", &args[1..], 1, 2)?;
    // One `__hash__` for the lookup and the store, as in CPython.
    let hash = vm.key_hash(args[1])?;
    if let Some(position) = vm.dict_lookup_hashed(dict, args[1], hash, Value::NONE)? {
        if let Some(storage) = vm.dict_storage(dict) {
            return Ok(storage.entry(position).value);
        }
    }
    let default = args.get(2).copied().unwrap_or(Value::NONE);
    vm.dict_store_hashed(dict, args[1], default, hash, false)?;
    Ok(default)
}

fn dict_pop(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let dict = self_dict(vm, args, "pop")?;
    crate::modules::builtins::check_args(vm, "pop", &args[1..], 1, 2)?;
    match vm.dict_lookup(dict, args[1])? {
        Some(position) => {
            let entry = vm.dict_storage_mut(dict).map(|d| d.remove_at(position));
            Ok(entry.map(|e| e.value).unwrap_or(Value::NONE))
        }
        None => match args.get(2) {
            Some(&default) => Ok(default),
            None => Err(vm.key_error(args[1])),
        },
    }
}

fn dict_popitem(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let dict = self_dict(vm, args, "popitem")?;
    match vm.dict_storage_mut(dict).and_then(|d| d.pop_last()) {
        Some(entry) => vm.new_tuple(alloc::vec![entry.key, entry.value]),
        None => {
            let class = vm.types.key_error;
            Err(vm.new_exception_msg(class, "popitem(): dictionary is empty"))
        }
    }
}

fn dict_clear(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let dict = self_dict(vm, args, "clear")?;
    if let Some(d) = vm.dict_storage_mut(dict) {
        d.clear();
    }
    Ok(Value::NONE)
}

fn dict_copy(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let dict = self_dict(vm, args, "copy")?;
    copy_dict(vm, dict)
}

fn dict_update_method(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    let dict = self_dict(vm, args, "update")?;
    if args.len() > 2 {
        return Err(vm.type_error(alloc::format!(
            "update expected at most 1 argument, got {}",
            args.len() - 1
        )));
    }
    if let Some(&other) = args.get(1) {
        vm.dict_update(dict, other, false)?;
    }
    for &(key, value) in kwargs {
        vm.dict_set_item(dict, key, value)?;
    }
    Ok(Value::NONE)
}

fn dict_fromkeys(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    crate::modules::builtins::check_args(vm, "fromkeys", &args[1.min(args.len())..], 1, 2)?;
    let keys = vm.collect_iterable(args[1])?;
    let value = args.get(2).copied().unwrap_or(Value::NONE);
    // A subclass's `fromkeys` makes an instance of it, filled through its `__setitem__`.
    let subclass = args[0] != vm.types.dict;
    let dict = if subclass {
        vm.with_roots(&keys, |vm| vm.call(args[0], &[], &[]))?
    } else {
        vm.new_dict()?
    };
    vm.push_root(dict);
    // A key's `__hash__` may collect: the keys not stored yet are held too.
    let result = vm.with_roots(&keys, |vm| {
        keys.iter().try_for_each(|&key| {
            if subclass {
                vm.set_item(dict, key, value)
            } else {
                vm.dict_set_item(dict, key, value)
            }
        })
    });
    vm.pop_root();
    result.map(|()| dict)
}

fn dict_init(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    let dict = self_dict(vm, args, "__init__")?;
    if let Some(&other) = args.get(1) {
        vm.dict_update(dict, other, false)?;
    }
    for &(key, value) in kwargs {
        vm.dict_set_item(dict, key, value)?;
    }
    Ok(Value::NONE)
}

fn dict_getitem(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    crate::modules::builtins::check_args(vm, "__getitem__", args, 2, 2)?;
    let dict = self_dict(vm, args, "__getitem__")?;
    if let Some(v) = vm.dict_get_item(dict, args[1])? {
        return Ok(v);
    }
    // A subclass's `__missing__` answers for a missing key, as in CPython.
    if dict != args[0] {
        if let Some(result) = vm.call_special(args[0], crate::qstr::q::__missing__, &[args[1]])? {
            return Ok(result);
        }
    }
    Err(vm.key_error(args[1]))
}

fn dict_setitem(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    crate::modules::builtins::check_args(vm, "__setitem__", args, 3, 3)?;
    let dict = self_dict(vm, args, "__setitem__")?;
    vm.dict_set_item(dict, args[1], args[2])?;
    Ok(Value::NONE)
}

fn dict_delitem(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    crate::modules::builtins::check_args(vm, "__delitem__", args, 2, 2)?;
    let dict = self_dict(vm, args, "__delitem__")?;
    if vm.dict_del_item(dict, args[1])? {
        Ok(Value::NONE)
    } else {
        Err(vm.key_error(args[1]))
    }
}

fn dict_contains(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    crate::modules::builtins::check_args(vm, "__contains__", args, 2, 2)?;
    let dict = self_dict(vm, args, "__contains__")?;
    Ok(Value::bool(vm.dict_lookup(dict, args[1])?.is_some()))
}

fn dict_len(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let dict = self_dict(vm, args, "__len__")?;
    let n = vm.dict_storage(dict).map_or(0, |d| d.len());
    Ok(Value::small_int(n as isize))
}

/// `dict(...)`.
pub fn construct(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    if args.len() > 2 {
        return Err(vm.type_error(alloc::format!(
            "dict expected at most 1 argument, got {}",
            args.len() - 1
        )));
    }
    let dict = vm.new_dict()?;
    vm.push_root(dict);
    let mut result = Ok(());
    if let Some(&source) = args.get(1) {
        result = vm.dict_update(dict, source, false);
    }
    if result.is_ok() {
        for &(key, value) in kwargs {
            if let Err(e) = vm.dict_set_item(dict, key, value) {
                result = Err(e);
                break;
            }
        }
    }
    vm.pop_root();
    result.map(|_| dict)
}

pub static METHODS: &[Builtin] = &[
    Builtin::self_only("keys", dict_keys),
    Builtin::self_only("values", dict_values),
    Builtin::self_only("items", dict_items),
    Builtin::new("get", dict_get),
    Builtin::new("setdefault", dict_setdefault),
    Builtin::new("pop", dict_pop),
    Builtin::self_only("popitem", dict_popitem),
    Builtin::self_only("clear", dict_clear),
    Builtin::self_only("copy", dict_copy),
    Builtin::with_keywords("update", dict_update_method),
    Builtin::new("fromkeys", dict_fromkeys),
    Builtin::with_keywords("__init__", dict_init),
    Builtin::new("__getitem__", dict_getitem),
    Builtin::new("__setitem__", dict_setitem),
    Builtin::new("__delitem__", dict_delitem),
    Builtin::new("__contains__", dict_contains),
    Builtin::new("__len__", dict_len),
];

fn view_len(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    crate::modules::builtins::check_args(vm, "__len__", args, 1, 1)?;
    let n = vm.len_of(args[0])?;
    Ok(Value::small_int(n as isize))
}

/// `keys().isdisjoint(other)`, `items().isdisjoint(other)`: no element of `other` is in the
/// view.
fn view_isdisjoint(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    crate::modules::builtins::check_method_args(vm, "isdisjoint", args, 1, 1)?;
    let Some((dict, kind)) = set_like_view(vm, args[0]) else {
        return Err(vm.type_error("descriptor 'isdisjoint' requires a dict view"));
    };
    for item in vm.collect_iterable(args[1])? {
        if view_contains(vm, dict, kind, item)? {
            return Ok(Value::FALSE);
        }
    }
    Ok(Value::TRUE)
}

/// The values view's methods.
pub static VIEW_METHODS: &[Builtin] = &[Builtin::new("__len__", view_len)];

/// The methods of the views that act as sets (keys and items).
pub static SET_VIEW_METHODS: &[Builtin] = &[
    Builtin::new("__len__", view_len),
    Builtin::new("isdisjoint", view_isdisjoint),
];

/// The dict and kind of a keys (0) or items (2) view: the views that act as sets.
pub fn set_like_view(vm: &Vm, v: Value) -> Option<(Value, u8)> {
    match vm.heap_obj(v) {
        Some(Obj::Iterator(iter)) => match **iter {
            crate::obj::Iter::DictView { dict, kind } if kind != 1 => Some((dict, kind)),
            _ => None,
        },
        _ => None,
    }
}

/// A new set of the elements of `v` (a view, a set or any iterable).
fn to_set(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let items = vm.collect_iterable(v)?;
    let set = vm.new_set_value(false)?;
    vm.push_root(set);
    let mut result = Ok(set);
    for item in items {
        if let Err(e) = vm.set_add(set, item) {
            result = Err(e);
            break;
        }
    }
    vm.pop_root();
    result
}

/// `view op other` and `other op view` for `& | - ^`: a new set (None: no view involved).
pub fn view_set_operator(vm: &mut Vm, op: u8, a: Value, b: Value) -> PyResult<Option<Value>> {
    if set_like_view(vm, a).is_none() && set_like_view(vm, b).is_none() {
        return Ok(None);
    }
    let x = to_set(vm, a)?;
    vm.push_root(x);
    let result = match to_set(vm, b) {
        Ok(y) => {
            vm.push_root(y);
            let r = crate::obj::set::set_operator(vm, op, x, y, false);
            vm.pop_root();
            r
        }
        Err(e) => Err(e),
    };
    vm.pop_root();
    result.map(Some)
}

/// Comparisons where a keys/items view meets a set or another view (as sets); None when
/// no set-like view is involved.
pub fn view_compare(vm: &mut Vm, op: u8, a: Value, b: Value) -> PyResult<Option<Option<bool>>> {
    let (view_a, view_b) = (
        set_like_view(vm, a).is_some(),
        set_like_view(vm, b).is_some(),
    );
    if !view_a && !view_b {
        return Ok(None);
    }
    let set_like = |vm: &Vm, v: Value| {
        set_like_view(vm, v).is_some()
            || matches!(vm.heap_obj(v), Some(Obj::Set(_) | Obj::FrozenSet(_)))
    };
    if !(set_like(vm, a) && set_like(vm, b)) {
        use crate::compile::opcode::compare;
        return Ok(Some(match op {
            compare::EQ => Some(false),
            compare::NE => Some(true),
            _ => None,
        }));
    }
    let x = to_set(vm, a)?;
    vm.push_root(x);
    let result = match to_set(vm, b) {
        Ok(y) => {
            vm.push_root(y);
            let r = crate::obj::set::compare_sets(vm, op, x, y);
            vm.pop_root();
            r
        }
        Err(e) => Err(e),
    };
    vm.pop_root();
    result.map(Some)
}
