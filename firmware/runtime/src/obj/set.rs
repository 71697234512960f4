//! `set` and `frozenset`: construction, operators and methods.

use alloc::boxed::Box;
use alloc::vec::Vec;

use crate::compile::opcode::{binary, compare};
use crate::modules::builtins::check_method_args;
use crate::obj::{Builtin, Dict, Obj};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

impl Vm {
    /// An empty set (or frozenset).
    pub fn new_set_value(&mut self, frozen: bool) -> PyResult<Value> {
        let storage = Box::new(Dict::new());
        self.alloc(if frozen {
            Obj::FrozenSet(storage)
        } else {
            Obj::Set(storage)
        })
    }

    /// `set.add(item)`.
    #[cfg_attr(target_os = "none", link_section = ".text.hot")]
    pub fn set_add(&mut self, set: Value, item: Value) -> PyResult<()> {
        let hash = self.key_hash(item)?;
        self.set_add_hashed(set, item, hash)
    }

    /// [`set_add`](Self::set_add) of an item whose hash is known (another set's entry:
    /// its `__hash__` does not run again, as CPython's set operations reuse theirs).
    fn set_add_hashed(&mut self, set: Value, item: Value, hash: u32) -> PyResult<()> {
        if self
            .dict_lookup_hashed(set, item, hash, Value::NONE)?
            .is_some()
        {
            return Ok(());
        }
        let room = self.heap.room();
        if room < 32 {
            return Err(self.memory_error());
        }
        let target = self.builtin_part(set);
        match self.heap.get_mut(target) {
            Obj::Set(d) | Obj::FrozenSet(d) => {
                if d.try_insert_new(hash, item, Value::NONE, room).is_err() {
                    return Err(self.memory_error());
                }
                Ok(())
            }
            _ => Err(self.type_error("expected a set")),
        }
    }

    /// Removes `item` (hashed `hash`) from `set` if it is there.
    fn set_discard_hashed(&mut self, set: Value, item: Value, hash: u32) -> PyResult<()> {
        if let Some(position) = self.dict_lookup_hashed(set, item, hash, Value::NONE)? {
            let target = self.builtin_part(set);
            if let Obj::Set(d) = self.heap.get_mut(target) {
                d.remove_at(position);
            }
        }
        Ok(())
    }

    /// `set.update(iterable)`.
    pub fn set_update(&mut self, set: Value, iterable: Value) -> PyResult<()> {
        if self.is_set(iterable) {
            let entries = self.set_entries(iterable);
            return self.with_roots(&[iterable], |vm| {
                entries
                    .into_iter()
                    .try_for_each(|(hash, item)| vm.set_add_hashed(set, item, hash))
            });
        }
        let items = self.collect_iterable(iterable)?;
        // An item's `__hash__` or `__eq__` may collect: the others are held meanwhile.
        self.with_roots(&items, |vm| {
            items.iter().try_for_each(|&item| vm.set_add(set, item))
        })
    }

    /// `SET_UPDATE` of a set display (`{*it}`, or `{1, 2, 3}` of constants, which is a
    /// tuple constant's items added to an empty set: CPython orders that as its frozenset
    /// constant).
    #[inline(never)]
    pub fn set_display_update(&mut self, set: Value, iterable: Value) -> PyResult<()> {
        let was_empty = self.dict_storage(set).is_some_and(|d| d.is_empty());
        self.set_update(set, iterable)?;
        if was_empty && matches!(self.heap_obj(iterable), Some(Obj::Tuple(_))) {
            canonicalize(self, set)?;
        }
        Ok(())
    }

    /// What a new or updated set takes from `iterable`, in order: another set's items in
    /// the order they went into it (CPython copies or merges its table), else the items.
    fn items_to_add(&mut self, iterable: Value) -> PyResult<Vec<Value>> {
        if self.is_set(iterable) {
            Ok(self.set_items(iterable))
        } else {
            self.collect_iterable(iterable)
        }
    }

    fn set_items(&self, set: Value) -> Vec<Value> {
        self.dict_storage(set)
            .map(|d| d.iter().map(|e| e.key).collect())
            .unwrap_or_default()
    }

    /// A set's items with the hashes they were stored with, in insertion order.
    fn set_entries(&self, set: Value) -> Vec<(u32, Value)> {
        self.dict_storage(set)
            .map(|d| d.iter().map(|e| (e.hash, e.key)).collect())
            .unwrap_or_default()
    }

    /// Is `item` (hashed `hash`) in `set`?
    fn set_holds(&mut self, set: Value, item: Value, hash: u32) -> PyResult<bool> {
        Ok(self
            .dict_lookup_hashed(set, item, hash, Value::NONE)?
            .is_some())
    }

    fn is_set(&self, v: Value) -> bool {
        matches!(
            self.heap_obj(self.builtin_part(v)),
            Some(Obj::Set(_) | Obj::FrozenSet(_))
        )
    }
}

/// A new set filled by `fill`, then put in CPython's order when `reordered` (for what
/// CPython makes by walking another table: `&`, `-`, `^`; see `canonicalize`).
fn new_set_with(
    vm: &mut Vm,
    frozen: bool,
    reordered: bool,
    fill: impl FnOnce(&mut Vm, Value) -> PyResult<()>,
) -> PyResult<Value> {
    let set = vm.new_set_value(frozen)?;
    vm.push_root(set);
    let mut result = fill(vm, set);
    if result.is_ok() && reordered {
        result = canonicalize(vm, set);
    }
    vm.pop_root();
    result.map(|_| set)
}

/// A new set of `items` added one by one (iterated as CPython's table would be after that).
fn build(vm: &mut Vm, frozen: bool, items: &[Value]) -> PyResult<Value> {
    // An item's `__hash__` or `__eq__` may collect: the others are held meanwhile.
    vm.with_roots(items, |vm| {
        new_set_with(vm, frozen, false, |vm, set| {
            items.iter().try_for_each(|&item| vm.set_add(set, item))
        })
    })
}

/// A new set of another set's `entries` (their hashes reused), in this order.
fn build_from_entries(
    vm: &mut Vm,
    frozen: bool,
    entries: &[(u32, Value)],
    reordered: bool,
) -> PyResult<Value> {
    let items: Vec<Value> = entries.iter().map(|&(_, item)| item).collect();
    vm.with_roots(&items, |vm| {
        new_set_with(vm, frozen, reordered, |vm, set| {
            entries
                .iter()
                .try_for_each(|&(hash, item)| vm.set_add_hashed(set, item, hash))
        })
    })
}

/// Puts a set's entries in the order CPython would iterate them: for what CPython builds
/// from another table (a constant display, `&`, `-`, `^`, `pop`). Not while an iterator can
/// be walking the set; a set holding objects of Python classes stays as it is.
pub fn canonicalize(vm: &mut Vm, set: Value) -> PyResult<()> {
    let entries: Vec<(u32, Value)> = match vm.dict_storage(set) {
        Some(d) if d.len() > 1 => d.iter().map(|e| (e.hash, e.key)).collect(),
        _ => return Ok(()),
    };
    if entries.iter().any(|&(_, key)| vm.is_user_object(key)) {
        return Ok(());
    }
    let keys: Vec<Value> = entries.iter().map(|&(_, key)| key).collect();
    let order = cpython_permutation(vm, &keys)?;
    if order.iter().enumerate().all(|(i, &p)| i == p) {
        return Ok(());
    }
    if let Obj::Set(d) | Obj::FrozenSet(d) = vm.heap.get_mut(set) {
        d.clear();
        for p in order {
            let (hash, key) = entries[p];
            d.insert_new(hash, key, Value::NONE);
        }
    }
    Ok(())
}

/// `a | b`, `a & b`, `a - b`, `a ^ b` (in place when `inplace`). As CPython's, each walks
/// the fewest items it can: `a |= b` and `a -= b` only `b`'s, `a & b` the smaller set's.
pub fn set_operator(vm: &mut Vm, op: u8, a: Value, b: Value, inplace: bool) -> PyResult<Value> {
    let frozen = matches!(vm.heap_obj(vm.builtin_part(a)), Some(Obj::FrozenSet(_)));
    if inplace && matches!(op, binary::OR | binary::SUBTRACT) {
        for (hash, item) in vm.set_entries(b) {
            if op == binary::OR {
                vm.set_add_hashed(a, item, hash)?;
            } else {
                vm.set_discard_hashed(a, item, hash)?;
            }
        }
        return Ok(a);
    }
    let mut out = Vec::new();
    match op {
        binary::OR => {
            out = vm.set_entries(a);
            out.extend(vm.set_entries(b));
        }
        binary::AND => {
            let (walked, other) = smaller_first(vm, a, b);
            for (hash, item) in vm.set_entries(walked) {
                if vm.set_holds(other, item, hash)? {
                    out.push((hash, item));
                }
            }
        }
        binary::SUBTRACT => {
            for (hash, item) in vm.set_entries(a) {
                if !vm.set_holds(b, item, hash)? {
                    out.push((hash, item));
                }
            }
        }
        _ => {
            for (hash, item) in vm.set_entries(a) {
                if !vm.set_holds(b, item, hash)? {
                    out.push((hash, item));
                }
            }
            for (hash, item) in vm.set_entries(b) {
                if !vm.set_holds(a, item, hash)? {
                    out.push((hash, item));
                }
            }
        }
    }
    if inplace {
        let target = vm.builtin_part(a);
        if let Obj::Set(d) = vm.heap.get_mut(target) {
            d.clear();
        }
        for (hash, item) in out {
            vm.set_add_hashed(a, item, hash)?;
        }
        return Ok(a);
    }
    // A union is a copy of `a` (its table as it is) then `b`'s items added.
    build_from_entries(vm, frozen, &out, op != binary::OR)
}

/// Two sets as (the one to walk, the one to look its items up in): the smaller first, `b`
/// on a tie (as CPython's intersection).
fn smaller_first(vm: &Vm, a: Value, b: Value) -> (Value, Value) {
    let size = |set: Value| vm.dict_storage(set).map_or(0, |d| d.len());
    if size(b) <= size(a) {
        (b, a)
    } else {
        (a, b)
    }
}

/// Subset/superset comparisons and equality of sets.
pub fn compare_sets(vm: &mut Vm, op: u8, a: Value, b: Value) -> PyResult<Option<bool>> {
    let subset = |vm: &mut Vm, x: Value, y: Value| -> PyResult<bool> {
        for (hash, item) in vm.set_entries(x) {
            if !vm.set_holds(y, item, hash)? {
                return Ok(false);
            }
        }
        Ok(true)
    };
    let (la, lb) = (vm.len_of(a)?, vm.len_of(b)?);
    Ok(Some(match op {
        compare::EQ => la == lb && subset(vm, a, b)?,
        compare::NE => !(la == lb && subset(vm, a, b)?),
        compare::LE => subset(vm, a, b)?,
        compare::LT => la < lb && subset(vm, a, b)?,
        compare::GE => subset(vm, b, a)?,
        _ => lb < la && subset(vm, b, a)?,
    }))
}

/// Do two dicts have the same keys (for `d1.keys() == d2.keys()`)?
pub fn keys_equal(vm: &mut Vm, a: Value, b: Value) -> PyResult<bool> {
    Ok(compare_sets(vm, compare::EQ, a, b)? == Some(true))
}

pub fn construct_set(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    crate::modules::builtins::check_args(vm, "set", &args[1..], 0, 1)?;
    let items = match args.get(1) {
        Some(&v) => vm.items_to_add(v)?,
        None => Vec::new(),
    };
    let set = build(vm, false, &items)?;
    if args[0] != vm.types.set {
        return crate::obj::class::wrap_builtin(vm, args[0], set);
    }
    Ok(set)
}

pub fn construct_frozenset(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    crate::modules::builtins::check_args(vm, "frozenset", &args[1..], 0, 1)?;
    let items = match args.get(1) {
        Some(&v) => vm.items_to_add(v)?,
        None => Vec::new(),
    };
    let set = build(vm, true, &items)?;
    // `super().__new__(cls, …)` in a subclass passes the subclass.
    crate::obj::class::wrap_builtin(vm, args[0], set)
}

#[cfg_attr(target_os = "none", link_section = ".text.hot")]
fn this(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<Value> {
    match args.first() {
        Some(&v) if vm.is_set(v) => Ok(vm.builtin_part(v)),
        _ => Err(crate::modules::builtins::descriptor_mismatch(
            vm, args, name, "set",
        )),
    }
}

/// Self for a method that changes the set: a frozenset is refused (`set.add(frozenset(), 1)`).
#[cfg_attr(target_os = "none", link_section = ".text.hot")]
fn this_mut(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<Value> {
    if let Some(&v) = args.first() {
        let set = vm.builtin_part(v);
        if let Some(Obj::Set(_)) = vm.heap_obj(set) {
            return Ok(set);
        }
    }
    Err(crate::modules::builtins::descriptor_mismatch(
        vm, args, name, "set",
    ))
}

fn add(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let set = this_mut(vm, args, "add")?;
    check_method_args(vm, "add", args, 1, 1)?;
    vm.set_add(set, args[1])?;
    Ok(Value::NONE)
}

/// A set looked up in a set is looked up as a frozenset of its items (sets are
/// unhashable; CPython converts them the same way for `in`, `remove` and `discard`).
pub fn lookup_key(vm: &mut Vm, key: Value) -> PyResult<Value> {
    match vm.heap_obj(vm.builtin_part(key)) {
        Some(Obj::Set(items)) => {
            let items = items.clone();
            vm.alloc(Obj::FrozenSet(items))
        }
        _ => Ok(key),
    }
}

fn remove_impl(vm: &mut Vm, args: &[Value], name: &str, must_exist: bool) -> PyResult<Value> {
    let set = this_mut(vm, args, name)?;
    check_method_args(vm, name, args, 1, 1)?;
    let key = lookup_key(vm, args[1])?;
    match vm.dict_lookup(set, key)? {
        Some(position) => {
            if let Obj::Set(d) = vm.heap.get_mut(set) {
                d.remove_at(position);
            }
            Ok(Value::NONE)
        }
        None if must_exist => Err(vm.key_error(args[1])),
        None => Ok(Value::NONE),
    }
}

fn remove(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    remove_impl(vm, args, "remove", true)
}

fn discard(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    remove_impl(vm, args, "discard", false)
}

fn pop(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let set = this_mut(vm, args, "pop")?;
    // CPython pops the first entry of its table: order the entries so once, then keep
    // popping from the front while nothing else changes the set.
    let version = vm.dict_storage(set).map_or(0, |d| d.version());
    if vm.set_in_pop_order != (set, version) {
        canonicalize(vm, set)?;
    }
    let entry = match vm.heap.get_mut(set) {
        Obj::Set(d) => d.pop_first().map(|e| (e, d.version())),
        _ => None,
    };
    match entry {
        Some((e, version)) => {
            vm.set_in_pop_order = (set, version);
            Ok(e.key)
        }
        None => {
            let class = vm.types.key_error;
            Err(vm.new_exception_msg(class, "pop from an empty set"))
        }
    }
}

fn clear(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let set = this_mut(vm, args, "clear")?;
    if let Obj::Set(d) = vm.heap.get_mut(set) {
        d.clear();
    }
    Ok(Value::NONE)
}

fn copy(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let set = this(vm, args, "copy")?;
    let frozen = matches!(vm.heap_obj(set), Some(Obj::FrozenSet(_)));
    let entries = vm.set_entries(set);
    build_from_entries(vm, frozen, &entries, false)
}

fn update(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let set = this_mut(vm, args, "update")?;
    for &other in &args[1..] {
        vm.set_update(set, other)?;
    }
    Ok(Value::NONE)
}

/// union/intersection/difference/symmetric_difference with any iterables.
fn combine(vm: &mut Vm, args: &[Value], name: &str, op: u8, inplace: bool) -> PyResult<Value> {
    let set = if inplace {
        this_mut(vm, args, name)?
    } else {
        this(vm, args, name)?
    };
    // (The first operation makes the new set: `big.intersection(small)` copies nothing big.)
    let mut result = if inplace || args.len() > 1 {
        set
    } else {
        copy(vm, &[set], &[])?
    };
    vm.push_root(result);
    let outcome = (|| {
        for &other in &args[1..] {
            let other_set = if vm.is_set(other) {
                other
            } else {
                let items = vm.collect_iterable(other)?;
                build(vm, false, &items)?
            };
            vm.push_root(other_set);
            let combined = set_operator(vm, op, result, other_set, inplace);
            vm.pop_root();
            result = combined?;
        }
        Ok(result)
    })();
    vm.pop_root();
    let result = outcome?;
    Ok(if inplace { Value::NONE } else { result })
}

fn union(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    combine(vm, args, "union", binary::OR, false)
}

fn intersection(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    combine(vm, args, "intersection", binary::AND, false)
}

fn difference(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    combine(vm, args, "difference", binary::SUBTRACT, false)
}

fn symmetric_difference(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    combine(vm, args, "symmetric_difference", binary::XOR, false)
}

fn intersection_update(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    combine(vm, args, "intersection_update", binary::AND, true)
}

fn difference_update(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    combine(vm, args, "difference_update", binary::SUBTRACT, true)
}

fn symmetric_difference_update(
    vm: &mut Vm,
    args: &[Value],
    _: &[(Value, Value)],
) -> PyResult<Value> {
    combine(vm, args, "symmetric_difference_update", binary::XOR, true)
}

fn relation(vm: &mut Vm, args: &[Value], name: &str, op: u8) -> PyResult<Value> {
    check_method_args(vm, name, args, 1, 1)?;
    let set = this(vm, args, name)?;
    let other = if vm.is_set(args[1]) {
        args[1]
    } else {
        let items = vm.collect_iterable(args[1])?;
        build(vm, false, &items)?
    };
    vm.push_root(other);
    let result = compare_sets(vm, op, set, other);
    vm.pop_root();
    Ok(Value::bool(result? == Some(true)))
}

fn issubset(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    relation(vm, args, "issubset", compare::LE)
}

fn issuperset(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    relation(vm, args, "issuperset", compare::GE)
}

fn isdisjoint(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_method_args(vm, "isdisjoint", args, 1, 1)?;
    let set = this(vm, args, "isdisjoint")?;
    // Two sets: the smaller one's items looked up in the other, stored hashes reused.
    if vm.is_set(args[1]) {
        let (walked, other) = smaller_first(vm, set, args[1]);
        for (hash, item) in vm.set_entries(walked) {
            if vm.set_holds(other, item, hash)? {
                return Ok(Value::FALSE);
            }
        }
        return Ok(Value::TRUE);
    }
    let others = vm.collect_iterable(args[1])?;
    for item in others {
        if vm.dict_lookup(set, item)?.is_some() {
            return Ok(Value::FALSE);
        }
    }
    Ok(Value::TRUE)
}

pub static SET_METHODS: &[Builtin] = &[
    Builtin::new("add", add),
    Builtin::new("remove", remove),
    Builtin::new("discard", discard),
    Builtin::self_only("pop", pop),
    Builtin::self_only("clear", clear),
    Builtin::self_only("copy", copy),
    Builtin::new("update", update),
    Builtin::new("union", union),
    Builtin::new("intersection", intersection),
    Builtin::new("difference", difference),
    Builtin::new("symmetric_difference", symmetric_difference),
    Builtin::new("intersection_update", intersection_update),
    Builtin::new("difference_update", difference_update),
    Builtin::new("symmetric_difference_update", symmetric_difference_update),
    Builtin::new("issubset", issubset),
    Builtin::new("issuperset", issuperset),
    Builtin::new("isdisjoint", isdisjoint),
];

pub static FROZENSET_METHODS: &[Builtin] = &[
    Builtin::self_only("copy", copy),
    Builtin::new("union", union),
    Builtin::new("intersection", intersection),
    Builtin::new("difference", difference),
    Builtin::new("symmetric_difference", symmetric_difference),
    Builtin::new("issubset", issubset),
    Builtin::new("issuperset", issuperset),
    Builtin::new("isdisjoint", isdisjoint),
];

/// The order CPython 3.11 would list a set made by adding `keys` in this order: its hash
/// table is simulated (8 slots to start, linear probes of 9 then perturbed jumps, resized
/// to 4 × the size when 3/5 full). Sets of ints then print as in CPython.
pub fn cpython_order(vm: &mut Vm, keys: &[Value]) -> PyResult<Vec<Value>> {
    Ok(cpython_permutation(vm, keys)?
        .into_iter()
        .map(|i| keys[i])
        .collect())
}

/// The positions of `keys` in CPython's iteration order (see `cpython_order`).
fn cpython_permutation(vm: &mut Vm, keys: &[Value]) -> PyResult<Vec<usize>> {
    const LINEAR_PROBES: usize = 9;
    const PERTURB_SHIFT: u32 = 5;
    if keys.len() < 2 {
        return Ok((0..keys.len()).collect());
    }
    let mut hashes = Vec::with_capacity(keys.len());
    for &key in keys {
        hashes.push(vm.py_hash(key)? as u64);
    }
    // Slots hold indexes into `keys`.
    let insert = |table: &mut [u32], index: u32, hash: u64| {
        // 64-bit arithmetic as on CPython's usual hosts, whatever usize is here.
        let mask = table.len() - 1;
        let mut perturb = hash;
        let mut i = (hash & mask as u64) as usize;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for slot in table.iter_mut().skip(i).take(probes + 1) {
                if *slot == u32::MAX {
                    *slot = index;
                    return;
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = ((i as u64)
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb)
                & mask as u64) as usize;
        }
    };
    vm.reserve(keys.len() * 16)?;
    let mut table = alloc::vec![u32::MAX; 8];
    let mut used = 0usize;
    for (index, &hash) in hashes.iter().enumerate() {
        insert(&mut table, index as u32, hash);
        used += 1;
        let mask = table.len() - 1;
        if used * 5 >= mask * 3 {
            let minimum = if used > 50000 { used * 2 } else { used * 4 };
            let mut size = 8;
            while size <= minimum {
                size <<= 1;
            }
            let old = core::mem::replace(&mut table, alloc::vec![u32::MAX; size]);
            for slot in old.into_iter().filter(|&s| s != u32::MAX) {
                insert(&mut table, slot, hashes[slot as usize]);
            }
        }
    }
    Ok(table
        .into_iter()
        .filter(|&s| s != u32::MAX)
        .map(|s| s as usize)
        .collect())
}
