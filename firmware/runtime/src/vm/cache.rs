//! Inline caches: remembered answers for global and attribute lookups, one per name a code
//! object looks up that way (the technique that made CPython 3.11 fast, in a small form).
//! Loading a code object numbers its slots and rewrites the instructions' arguments to them
//! (`vm/load.rs`); a slot knows its name.
//!
//! A cache entry is only ever a hint: every hit is checked against the live dict (the key at
//! the remembered position must still be the name) or against version numbers that change
//! whenever a dict's keys or any class change. A stale entry just misses and is refilled.

use core::cell::Cell;

use super::{PyResult, Vm};
use crate::obj::{class_flags, Code, Obj};
use crate::qstr::Qstr;
use crate::value::Value;

/// Where `LOAD_GLOBAL` found a name last time.
#[derive(Clone, Copy)]
pub struct GlobalCache {
    globals: Value,
    /// For a builtin: the globals' version when the name was seen absent from them.
    globals_version: u32,
    /// Entry position in the dict, with `IN_BUILTINS` set for the builtins dict.
    position: u32,
    /// The name, as the dict key the entry must still have.
    key: Value,
}

/// `GlobalCache::position` flag: the entry is in the builtins dict.
const IN_BUILTINS: u32 = 1 << 31;

impl GlobalCache {
    /// An empty slot for `name` (no globals dict is NULL, so it misses).
    fn empty(name: Qstr) -> Self {
        GlobalCache {
            globals: Value::NULL,
            globals_version: 0,
            position: 0,
            key: Value::qstr(name),
        }
    }

    fn name(&self) -> Qstr {
        self.key.as_qstr().unwrap_or(Qstr(0))
    }
}

/// What an attribute name resolved to for instances of one class. Five words on a board
/// (a sixth would turn every copy of a slot into a `memcpy` call there).
#[derive(Clone, Copy)]
pub struct AttrCache {
    class: Value,
    epoch: u32,
    /// The position in the instance dict (`InstanceDict`, `Append`) times four, plus the
    /// `AttrKind`.
    position_kind: u32,
    /// The function found on the class (`Method`).
    value: Value,
    name: Qstr,
}

#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
enum AttrKind {
    Empty,
    /// A plain attribute in the instance's dict.
    InstanceDict,
    /// A function (or built-in) on the class, for `LOAD_METHOD`.
    Method,
    /// `STORE_ATTR` that adds the name as the instance dict's entry number `position` (the
    /// attribute assignments of `__init__`).
    Append,
}

impl AttrCache {
    fn empty(name: Qstr) -> Self {
        AttrCache {
            class: Value::NULL,
            epoch: 0,
            position_kind: AttrKind::Empty as u32,
            value: Value::NULL,
            name,
        }
    }

    /// A filled slot; None when `position` does not fit (then nothing is cached).
    fn new(
        class: Value,
        epoch: u32,
        kind: AttrKind,
        position: usize,
        value: Value,
        name: Qstr,
    ) -> Option<Self> {
        let position = u32::try_from(position).ok().filter(|&p| p < 1 << 30)?;
        Some(AttrCache {
            class,
            epoch,
            position_kind: position << 2 | kind as u32,
            value,
            name,
        })
    }

    #[inline(always)]
    fn is(&self, kind: AttrKind) -> bool {
        self.position_kind & 3 == kind as u32
    }

    #[inline(always)]
    fn position(&self) -> usize {
        (self.position_kind >> 2) as usize
    }
}

/// The cache slots of one code object: global lookups, attribute lookups.
pub type CodeCaches = (Box<[Cell<GlobalCache>]>, Box<[Cell<AttrCache>]>);

/// Empty slots for the names that a code object's global instructions (`globals`) and
/// attribute instructions (`attributes`) look up, in slot order; None when the heap has no
/// room for them.
pub fn new_caches(globals: &[Qstr], attributes: &[Qstr]) -> Option<CodeCaches> {
    let mut global_slots = alloc::vec::Vec::new();
    let mut attr_slots = alloc::vec::Vec::new();
    global_slots.try_reserve_exact(globals.len()).ok()?;
    attr_slots.try_reserve_exact(attributes.len()).ok()?;
    global_slots.extend(
        globals
            .iter()
            .map(|&name| Cell::new(GlobalCache::empty(name))),
    );
    attr_slots.extend(
        attributes
            .iter()
            .map(|&name| Cell::new(AttrCache::empty(name))),
    );
    Some((
        global_slots.into_boxed_slice(),
        attr_slots.into_boxed_slice(),
    ))
}

use alloc::boxed::Box;

impl Vm {
    /// Makes `code`'s cache slots if no frame has run it yet. Without room for them (a full
    /// or locked heap) the code runs uncached: every cached instruction has a plain path.
    #[inline]
    pub(crate) fn ensure_caches(&mut self, code: &Code) {
        if code.caches.get().is_none() && (code.global_slots | code.attr_slots) != 0 {
            self.make_caches(code);
        }
    }

    #[inline(never)]
    fn make_caches(&mut self, code: &Code) {
        let (globals, attributes) = code.slot_names();
        let bytes = globals.len() * core::mem::size_of::<GlobalCache>()
            + attributes.len() * core::mem::size_of::<AttrCache>();
        if self.heap.reserve(bytes).is_ok() {
            if let Some(caches) = new_caches(globals, attributes) {
                let _ = code.caches.set(caches);
            }
        }
    }

    /// The name of global cache slot `index` (for code running without its caches).
    #[cold]
    #[inline(never)]
    fn global_slot_name(code: &Code, index: usize) -> Qstr {
        code.slot_names().0.get(index).copied().unwrap_or(Qstr(0))
    }

    /// The name of attribute cache slot `index` (for code running without its caches).
    #[cold]
    #[inline(never)]
    fn attr_slot_name(code: &Code, index: usize) -> Qstr {
        code.slot_names().1.get(index).copied().unwrap_or(Qstr(0))
    }

    /// `LOAD_GLOBAL`'s hit path: the value where the cache says the name is, if it still is.
    #[inline(always)]
    pub fn cached_global(&self, code: &Code, index: usize, globals: Value) -> Option<Value> {
        let cached = code.global_cache().get(index)?.get();
        if cached.globals != globals {
            return None;
        }
        let Obj::Dict(g) = self.heap.get(globals) else {
            return None;
        };
        let entry = if cached.position & IN_BUILTINS == 0 {
            g.entry_at(cached.position as usize)?
        } else {
            // Still absent from the globals (same version) and still in the builtins.
            if g.version() != cached.globals_version {
                return None;
            }
            let Obj::Dict(b) = self.heap.get(self.builtins) else {
                return None;
            };
            b.entry_at((cached.position & !IN_BUILTINS) as usize)?
        };
        (entry.key == cached.key).then_some(entry.value)
    }

    /// `LOAD_GLOBAL` after a cache miss: look up, remember where, and return the value.
    #[inline(never)]
    pub fn load_global_uncached(
        &mut self,
        code: &Code,
        index: usize,
        globals: Value,
    ) -> PyResult<Value> {
        let Some(slot) = code.global_cache().get(index) else {
            let name = Self::global_slot_name(code, index);
            return self.load_global(globals, name);
        };
        let name = slot.get().name();
        let key = Value::qstr(name);
        if let Some(position) = self.name_position(globals, name) {
            slot.set(GlobalCache {
                globals,
                globals_version: 0,
                position: position as u32,
                key,
            });
        } else if let Some(position) = {
            self.collect_before_lazy_builtin(name);
            self.builtin(name)?
        }
        .and_then(|_| self.name_position(self.builtins, name))
        {
            let globals_version = match self.heap.get(globals) {
                Obj::Dict(g) => g.version(),
                _ => 0,
            };
            slot.set(GlobalCache {
                globals,
                globals_version,
                position: position as u32 | IN_BUILTINS,
                key,
            });
        }
        self.load_global(globals, name)
    }

    /// `STORE_GLOBAL` through the cache: an existing global is overwritten in place.
    #[inline]
    pub fn store_global_cached(
        &mut self,
        code: &Code,
        index: usize,
        globals: Value,
        value: Value,
    ) -> PyResult<()> {
        let Some(slot) = code.global_cache().get(index) else {
            let name = Self::global_slot_name(code, index);
            return self.dict_set_name_collecting(globals, name, value);
        };
        let cached = slot.get();
        let name = cached.name();
        if cached.globals == globals && cached.position & IN_BUILTINS == 0 {
            if let Obj::Dict(g) = self.heap.get_mut(globals) {
                if g.replace_at(cached.position as usize, cached.key, value) {
                    return Ok(());
                }
            }
        }
        self.store_global_uncached(slot, name, globals, value)
    }

    /// `STORE_GLOBAL` of a name not cached (or not there yet): kept out of the dispatch loop.
    #[inline(never)]
    fn store_global_uncached(
        &mut self,
        slot: &Cell<GlobalCache>,
        name: Qstr,
        globals: Value,
        value: Value,
    ) -> PyResult<()> {
        self.dict_set_name_collecting(globals, name, value)?;
        if let Some(position) = self.name_position(globals, name) {
            slot.set(GlobalCache {
                globals,
                globals_version: 0,
                position: position as u32,
                key: Value::qstr(name),
            });
        }
        Ok(())
    }

    /// `LOAD_ATTR` through the cache.
    #[inline]
    pub fn load_attr_cached(&mut self, code: &Code, index: usize, obj: Value) -> PyResult<Value> {
        let Some(slot) = code.attr_cache().get(index) else {
            return self.load_attr(obj, Self::attr_slot_name(code, index));
        };
        let cached = slot.get();
        let name = cached.name;
        if obj.is_heap() {
            if let Obj::Instance(instance) = self.heap.get(obj) {
                // Another class is fine too when nothing on it can outrank the instance dict
                // (subclasses sharing a method: `self.x` in a base class's method).
                if cached.is(AttrKind::InstanceDict)
                    && (cached.class == instance.class && cached.epoch == self.class_epoch
                        || self.instance_dict_first(instance.class))
                {
                    if let Some(entry) = instance.dict.entry_at(cached.position()) {
                        if entry.key == Value::qstr(name) {
                            return Ok(entry.value);
                        }
                    }
                }
                let class = instance.class;
                let value = self.load_attr(obj, name)?;
                self.remember_instance_attr(slot, obj, class, name, usize::MAX);
                return Ok(value);
            }
        }
        self.load_attr(obj, name)
    }

    /// Whether a plain lookup on `class`'s instances finds a name in the instance dict before
    /// anything on the class (no data descriptors, no `__getattribute__`).
    #[inline(never)]
    #[cfg_attr(target_os = "none", link_section = ".text.hot")]
    fn instance_dict_first(&self, class: Value) -> bool {
        self.class_flags(class) & (class_flags::HAS_DESCRIPTORS | class_flags::HAS_GETATTRIBUTE)
            == 0
    }

    /// `STORE_ATTR` of an instance of another class than the cached one: the value replaces
    /// the entry at `position` if the name is there and nothing on `class` intercepts stores
    /// (no data descriptors, `__setattr__` or slots). False when the store must go the long way.
    #[inline(never)]
    #[cfg_attr(target_os = "none", link_section = ".text.hot")]
    fn store_for_other_class(
        &mut self,
        obj: Value,
        class: Value,
        position: usize,
        key: Value,
        value: Value,
    ) -> bool {
        let intercepting =
            class_flags::HAS_DESCRIPTORS | class_flags::HAS_SETATTR | class_flags::SLOTS_ONLY;
        if self.class_flags(class) & intercepting != 0 {
            return false;
        }
        match self.heap.get_mut(obj) {
            Obj::Instance(instance) => instance.dict.replace_at(position, key, value),
            _ => false,
        }
    }

    /// After a lookup on an instance: cache the attribute's position in the instance dict if
    /// that is where plain lookups find it. `appended_at`: the dict's length before a store
    /// (usize::MAX for loads); a store that appended the name there is cached as `Append`.
    #[inline(never)]
    fn remember_instance_attr(
        &self,
        slot: &Cell<AttrCache>,
        obj: Value,
        class: Value,
        name: Qstr,
        appended_at: usize,
    ) {
        let flags = match self.heap.get(class) {
            Obj::Class(c) => c.flags,
            _ => return,
        };
        if flags
            & (class_flags::HAS_DESCRIPTORS
                | class_flags::HAS_GETATTRIBUTE
                | class_flags::HAS_SETATTR)
            != 0
        {
            return;
        }
        let Obj::Instance(instance) = self.heap.get(obj) else {
            return;
        };
        if let Some(position) = self.name_entry(&instance.dict, name) {
            let appended = position == appended_at && instance.dict.len() == appended_at + 1;
            let kind = if appended {
                AttrKind::Append
            } else {
                AttrKind::InstanceDict
            };
            if let Some(cached) =
                AttrCache::new(class, self.class_epoch, kind, position, Value::NULL, name)
            {
                slot.set(cached);
            }
        }
    }

    /// `STORE_ATTR` through the cache: an existing plain attribute is overwritten in place, and
    /// a name that `__init__` adds at the same position for every instance is appended.
    #[inline]
    pub fn store_attr_cached(
        &mut self,
        code: &Code,
        index: usize,
        obj: Value,
        value: Value,
    ) -> PyResult<()> {
        let Some(slot) = code.attr_cache().get(index) else {
            return self.store_attr(obj, Self::attr_slot_name(code, index), value);
        };
        let cached = slot.get();
        let name = cached.name;
        if obj.is_heap() {
            let epoch = self.class_epoch;
            let key = Value::qstr(name);
            if let Obj::Instance(instance) = self.heap.get_mut(obj) {
                if cached.class == instance.class && cached.epoch == epoch {
                    let position = cached.position();
                    let dict = &mut instance.dict;
                    if cached.is(AttrKind::InstanceDict) && dict.replace_at(position, key, value) {
                        return Ok(());
                    }
                    // Appending is right when the dict holds exactly `position` live entries
                    // (no removed ones) and neither this name nor a materialized `__dict__`.
                    if cached.is(AttrKind::Append)
                        && dict.len() == position
                        && dict.entry_at(position).is_none()
                        && (0..position).all(|i| {
                            dict.entry_at(i).is_some_and(|e| {
                                e.key != key && e.key != Value::qstr(crate::qstr::q::__dict__)
                            })
                        })
                        // A dict that must grow takes the slow path (fallible: MemoryError).
                        && !dict.insert_grows()
                    {
                        dict.insert_new(self.qstrs.hash(name), key, value);
                        return Ok(());
                    }
                }
                let class = instance.class;
                let before = instance.dict.len();
                if cached.is(AttrKind::InstanceDict)
                    && self.store_for_other_class(obj, class, cached.position(), key, value)
                {
                    return Ok(());
                }
                self.store_attr(obj, name, value)?;
                self.remember_instance_attr(slot, obj, class, name, before);
                return Ok(());
            }
        }
        self.store_attr(obj, name, value)
    }

    /// `LOAD_METHOD` through the cache.
    #[inline]
    pub fn load_method_cached(
        &mut self,
        code: &Code,
        index: usize,
        obj: Value,
    ) -> PyResult<(Value, Value)> {
        let Some(slot) = code.attr_cache().get(index) else {
            return self.load_method_shared(obj, Self::attr_slot_name(code, index));
        };
        let cached = slot.get();
        let name = cached.name;
        if cached.is(AttrKind::Method) && cached.epoch == self.class_epoch {
            let class = self.type_of(obj);
            if cached.class == class {
                let shadowed = match self.heap_obj(obj) {
                    Some(Obj::Instance(instance)) => self.instance_lookup(instance, name).is_some(),
                    _ => false,
                };
                if !shadowed {
                    return Ok((cached.value, obj));
                }
            }
        }
        let (method, this) = self.load_method_shared(obj, name)?;
        if !method.is_null()
            && !matches!(
                self.heap_obj(obj),
                Some(Obj::Class(_) | Obj::Module(_) | Obj::Super(_))
            )
        {
            let class = self.type_of(obj);
            let flags = match self.heap.get(class) {
                Obj::Class(c) => c.flags,
                _ => 0,
            };
            if flags & class_flags::HAS_GETATTRIBUTE == 0 {
                if let Some(cached) =
                    AttrCache::new(class, self.class_epoch, AttrKind::Method, 0, method, name)
                {
                    slot.set(cached);
                }
            }
        }
        Ok((method, this))
    }

    /// `load_method` for a site whose own entry missed, through the VM-wide method cache: a
    /// site that sees several classes in turn (`task.step()` over task kinds) finds each
    /// class's method there without walking the MRO.
    #[inline]
    fn load_method_shared(&mut self, obj: Value, name: Qstr) -> PyResult<(Value, Value)> {
        // Instances of Python classes only: the polymorphic sites; the rest (module
        // functions, built-in values) go straight to the lookup.
        let Some(Obj::Instance(instance)) = self.heap_obj(obj) else {
            return self.load_method(obj, name);
        };
        let class = instance.class;
        let slot = method_cache_slot(class, name);
        let entry = self.method_cache[slot];
        if entry.class == class
            && entry.name == name
            && entry.epoch == self.class_epoch
            && self.instance_lookup(instance, name).is_none()
        {
            return Ok((entry.value, obj));
        }
        let (method, this) = self.load_method(obj, name)?;
        // As the site cache: a method found on the class, no `__getattribute__`.
        if !method.is_null() && self.class_flags(class) & class_flags::HAS_GETATTRIBUTE == 0 {
            self.method_cache[slot] = MethodCache {
                class,
                name,
                epoch: self.class_epoch,
                value: method,
            };
        }
        Ok((method, this))
    }
}

/// Slots of `Vm::method_cache`: a power of two.
pub const METHOD_CACHE_SLOTS: usize = 1 << METHOD_CACHE_BITS;
const METHOD_CACHE_BITS: u32 = 5;

/// A method `LOAD_METHOD` found on `class` for `name` while `epoch` was the class epoch
/// (unless an instance attribute shadows it: checked on every use). The value stays
/// reachable through the class dicts until the epoch moves on.
#[derive(Clone, Copy)]
pub struct MethodCache {
    class: Value,
    name: Qstr,
    epoch: u32,
    value: Value,
}

impl Default for MethodCache {
    fn default() -> Self {
        MethodCache {
            class: Value::NULL,
            name: Qstr(0),
            epoch: 0,
            value: Value::NULL,
        }
    }
}

fn method_cache_slot(class: Value, name: Qstr) -> usize {
    // Fibonacci hashing of both parts: a few classes sharing method names (polymorphic
    // calls) spread over the slots whatever numbers the heap and the name table gave them.
    let key = (class.raw() as u32 >> 2) ^ name.0.rotate_left(16);
    (key.wrapping_mul(0x9E37_79B1) >> (32 - METHOD_CACHE_BITS)) as usize
}
