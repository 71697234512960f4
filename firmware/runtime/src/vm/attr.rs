//! Attribute lookup: `obj.name`, method binding, descriptors, `type()` and `isinstance`.

use alloc::boxed::Box;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::{PyResult, Vm};
use crate::obj::{class_flags, IteratorKind, Obj};
use crate::qstr::{q, Qstr};
use crate::value::Value;

impl Vm {
    /// The class of any value.
    #[cfg_attr(target_os = "none", link_section = ".text.hot")]
    pub fn type_of(&self, v: Value) -> Value {
        if v.is_small_int() {
            return self.types.int;
        }
        if v.is_qstr() {
            return self.types.str;
        }
        if !v.is_heap() {
            return match v {
                Value::NONE => self.types.none_type,
                Value::TRUE | Value::FALSE => self.types.bool,
                Value::ELLIPSIS => self.types.ellipsis_type,
                Value::NOT_IMPLEMENTED => self.types.not_implemented_type,
                _ => self.types.none_type,
            };
        }
        let t = &self.types;
        match self.heap.get(v) {
            Obj::Free(_) => t.none_type,
            Obj::Float(_) => t.float,
            Obj::Int64(_) | Obj::BigInt(_) => t.int,
            Obj::Str(_) => t.str,
            Obj::Bytes(_) => t.bytes,
            Obj::ByteArray(_) => t.bytearray,
            Obj::Tuple(_) => t.tuple,
            Obj::List(_) => t.list,
            Obj::Dict(_) => t.dict,
            Obj::Set(_) => t.set,
            Obj::FrozenSet(_) => t.frozenset,
            Obj::Range(_) | Obj::BigRange(_) => t.range,
            Obj::Slice(_) => t.slice,
            Obj::Cell(_) => t.cell,
            Obj::Code(_) => t.code,
            Obj::Function(_) => t.function,
            Obj::BoundMethod(_) => t.method,
            Obj::Builtin(_) => t.builtin_function,
            Obj::Class(class) if class.metaclass.is_null() => t.type_,
            Obj::Class(class) => class.metaclass,
            Obj::Instance(instance) => instance.class,
            Obj::Exception(exception) => exception.class,
            Obj::Module(_) => t.module,
            Obj::Property(_) => t.property,
            Obj::ClassMethod(_) => t.classmethod,
            Obj::StaticMethod(_) => t.staticmethod,
            Obj::Super(_) => t.super_,
            Obj::Generator(g) if g.is_coroutine() && !t.coroutine.is_null() => t.coroutine,
            Obj::Generator(_) => t.generator,
            Obj::Iterator(iter) => match &**iter {
                crate::obj::Iter::Map { .. } => t.map,
                crate::obj::Iter::Zip { .. } => t.zip,
                crate::obj::Iter::Filter { .. } => t.filter,
                crate::obj::Iter::Enumerate { .. } => t.enumerate,
                crate::obj::Iter::Reversed { kind: None, .. } => t.reversed,
                crate::obj::Iter::DictView { kind: 0, .. } => t.dict_keys,
                crate::obj::Iter::DictView { kind: 1, .. } => t.dict_values,
                crate::obj::Iter::DictView { .. } => t.dict_items,
                iter => match self.iterator_kind(iter) {
                    Some(kind) if !t.iterator_kinds[kind as usize].is_null() => {
                        t.iterator_kinds[kind as usize]
                    }
                    _ => t.iterator,
                },
            },
            Obj::MemoryView(_) => t.memoryview,
            Obj::Complex(_) => t.complex,
        }
    }

    /// The class's `__name__`.
    pub fn class_name(&self, class: Value) -> String {
        match self.heap_obj(class) {
            Some(Obj::Class(c)) => String::from(self.qstr_text(c.name)),
            _ => String::from("?"),
        }
    }

    /// `type(v).__name__`.
    pub fn type_name(&self, v: Value) -> String {
        match self.heap_obj(v) {
            Some(Obj::Iterator(iter)) => {
                if let Some(name) = self.iterator_name(iter) {
                    return String::from(name);
                }
            }
            Some(Obj::Generator(g)) if g.is_coroutine() => return String::from("coroutine"),
            _ => {}
        }
        self.class_name(self.type_of(v))
    }

    /// CPython's name for the type of a built-in iterator (one class serves them all here).
    fn iterator_name(&self, iter: &crate::obj::Iter) -> Option<&'static str> {
        self.iterator_kind(iter).map(IteratorKind::name)
    }

    /// The class a built-in iterator has in CPython (`None`: the generic `iterator`).
    pub(crate) fn iterator_kind(&self, iter: &crate::obj::Iter) -> Option<IteratorKind> {
        use crate::obj::Iter;
        Some(match iter {
            Iter::Sequence { seq, .. } => match self.heap_obj(*seq) {
                Some(Obj::List(_)) => IteratorKind::List,
                Some(Obj::Tuple(_)) => IteratorKind::Tuple,
                Some(Obj::Bytes(_)) => IteratorKind::Bytes,
                Some(Obj::ByteArray(_)) => IteratorKind::ByteArray,
                _ => IteratorKind::StrAscii,
            },
            Iter::StrChars { .. } => IteratorKind::Str,
            Iter::Range { .. } | Iter::WideRange(_) => IteratorKind::Range,
            Iter::BigRange(_) => IteratorKind::LongRange,
            Iter::Dict { dict, kind, .. } => match (self.heap_obj(*dict), kind) {
                (Some(Obj::Set(_) | Obj::FrozenSet(_)), _) => IteratorKind::Set,
                (_, 0) => IteratorKind::DictKeys,
                (_, 1) => IteratorKind::DictValues,
                _ => IteratorKind::DictItems,
            },
            Iter::SetInOrder { .. } => IteratorKind::Set,
            Iter::Deque { reverse: false, .. } => IteratorKind::Deque,
            Iter::Deque { reverse: true, .. } => IteratorKind::DequeReverse,
            Iter::Callable { .. } => IteratorKind::Callable,
            Iter::Reversed { kind, .. } => return *kind,
            Iter::Exhausted(kind) => return *kind,
            _ => return None,
        })
    }

    /// `iterator_kind` of the iterator object `it`.
    pub(crate) fn iterator_kind_of(&self, it: Value) -> Option<IteratorKind> {
        match self.heap_obj(it) {
            Some(Obj::Iterator(iter)) => self.iterator_kind(iter),
            _ => None,
        }
    }

    /// The class of `v` as Python code sees it (`type(v)`, `v.__class__`): `type_of`, after
    /// making the class of a built-in iterator's kind if this is its first use.
    pub fn class_of(&mut self, v: Value) -> PyResult<Value> {
        if let Some(kind) = self.iterator_kind_of(v) {
            if self.types.iterator_kinds[kind as usize].is_null() {
                let class = crate::vm::types::make_iterator_class(self, kind)?;
                self.types.iterator_kinds[kind as usize] = class;
            }
        }
        if self.types.coroutine.is_null()
            && matches!(self.heap_obj(v), Some(Obj::Generator(g)) if g.is_coroutine())
        {
            self.types.coroutine = crate::vm::types::make_coroutine_class(self)?;
        }
        Ok(self.type_of(v))
    }

    /// Finds `name` along the class's MRO.
    #[cfg_attr(target_os = "none", link_section = ".text.hot")]
    pub fn class_lookup(&self, class: Value, name: Qstr) -> Option<Value> {
        let Some(Obj::Class(c)) = self.heap_obj(class) else {
            return None;
        };
        for &ancestor in &c.mro {
            if let Obj::Class(a) = self.heap.get(ancestor) {
                if let Some(v) = self.own_dict_get(&a.dict, name) {
                    return Some(v);
                }
            }
        }
        None
    }

    /// `class_lookup`, but None when the attribute comes from a built-in class (the default
    /// behaviour, not an override). Native methods of classes made at run time count as
    /// overrides.
    pub fn class_lookup_override(&self, class: Value, name: Qstr) -> Option<Value> {
        let Some(Obj::Class(c)) = self.heap_obj(class) else {
            return None;
        };
        for &ancestor in &c.mro {
            if let Obj::Class(a) = self.heap.get(ancestor) {
                if let Some(v) = self.class_dict_get(&a.dict, name) {
                    let default = a.flags & class_flags::BUILTIN != 0
                        && matches!(self.heap_obj(v), Some(Obj::Builtin(_)));
                    return (!default).then_some(v);
                }
            }
        }
        None
    }

    /// The value a class's own dict holds for `name` (no MRO walk).
    #[inline]
    #[cfg_attr(target_os = "none", link_section = ".text.hot")]
    pub fn class_dict_get(&self, dict: &crate::obj::Dict, name: Qstr) -> Option<Value> {
        self.own_dict_get(dict, name)
    }

    /// `class_dict_get` always inlined, for the lookups every attribute load makes
    /// (`class_lookup`, `instance_lookup`); elsewhere a call is cheaper in flash.
    #[inline(always)]
    fn own_dict_get(&self, dict: &crate::obj::Dict, name: Qstr) -> Option<Value> {
        self.name_entry(dict, name)
            .map(|position| dict.entry(position).value)
    }

    pub fn class_flags(&self, class: Value) -> u32 {
        match self.heap_obj(class) {
            Some(Obj::Class(c)) => c.flags,
            _ => 0,
        }
    }

    /// Is `v` a data descriptor (a property or an object whose class has `__set__`)?
    fn is_data_descriptor(&self, v: Value) -> bool {
        match self.heap_obj(v) {
            Some(Obj::Property(_)) => true,
            Some(Obj::Instance(instance)) => {
                let class = instance.class;
                self.class_lookup(class, q::__set__).is_some()
                    || self.class_lookup(class, q::__delete__).is_some()
            }
            _ => false,
        }
    }

    /// Applies the descriptor protocol to a class attribute found for `instance`.
    pub(crate) fn bind_class_attr(
        &mut self,
        attr: Value,
        instance: Value,
        class: Value,
    ) -> PyResult<Value> {
        match self.heap_obj(attr) {
            Some(Obj::Builtin(_)) if self.is_plain_function(attr) => Ok(attr),
            Some(Obj::Function(_)) | Some(Obj::Builtin(_)) => {
                self.alloc(Obj::BoundMethod(Box::new([instance, attr])))
            }
            Some(Obj::ClassMethod(f)) => {
                let f = *f;
                self.alloc(Obj::BoundMethod(Box::new([class, f])))
            }
            Some(Obj::StaticMethod(f)) => Ok(*f),
            Some(Obj::Property(parts)) => {
                let getter = parts[0];
                if getter.is_none() || getter.is_null() {
                    return Err(self.attribute_error_text("unreadable attribute"));
                }
                self.call(getter, &[instance], &[])
            }
            Some(Obj::Instance(descriptor)) => {
                let descriptor_class = descriptor.class;
                if let Some(get) = self.class_lookup(descriptor_class, q::__get__) {
                    self.call(get, &[attr, instance, class], &[])
                } else {
                    Ok(attr)
                }
            }
            _ => Ok(attr),
        }
    }

    /// Is `attr` a native function (a built-in or a module's), which a class holds without
    /// binding it, rather than a native method?
    pub(crate) fn is_plain_function(&self, attr: Value) -> bool {
        let Some(Obj::Builtin(builtin)) = self.heap_obj(attr) else {
            return false;
        };
        let address: *const crate::obj::Builtin = *builtin;
        self.function_tables
            .iter()
            .any(|table| table.as_ptr_range().contains(&address))
    }

    /// An instance attribute by name: in the instance's own dict, or, once `obj.__dict__`
    /// has been asked for, in the dict object that then holds them.
    #[cfg_attr(target_os = "none", link_section = ".text.hot")]
    pub fn instance_lookup(&self, instance: &crate::obj::Instance, name: Qstr) -> Option<Value> {
        if let Some(v) = self.own_dict_get(&instance.dict, name) {
            return Some(v);
        }
        let dict = self.class_dict_get(&instance.dict, q::__dict__)?;
        match self.heap_obj(dict) {
            Some(Obj::Dict(_)) => self.dict_get_name(dict, name),
            _ => None,
        }
    }

    /// The dict object holding an instance's attributes after `__dict__` was materialized.
    pub fn materialized_dict(&self, obj: Value) -> Option<Value> {
        let Some(Obj::Instance(instance)) = self.heap_obj(obj) else {
            return None;
        };
        let dict = self.class_dict_get(&instance.dict, q::__dict__)?;
        matches!(self.heap_obj(dict), Some(Obj::Dict(_))).then_some(dict)
    }

    /// `obj.__dict__` of an instance: its attributes move into a real dict object (so changes
    /// through it are the instance's attributes) and the instance keeps only a link to it.
    fn materialize_instance_dict(&mut self, obj: Value) -> PyResult<Value> {
        if let Some(dict) = self.materialized_dict(obj) {
            return Ok(dict);
        }
        let dict = self.alloc(Obj::Dict(Box::new(crate::obj::Dict::new())))?;
        // The instance's new own dict, holding only the link: made (fallibly) before the
        // attributes move, so a full heap changes nothing.
        let mut link = crate::obj::Dict::new();
        let hash = self.qstrs.hash(q::__dict__);
        if link
            .try_insert_new(hash, Value::qstr(q::__dict__), dict, self.heap.room())
            .is_err()
        {
            return Err(self.memory_error());
        }
        let entries = match self.heap.get_mut(obj) {
            Obj::Instance(instance) => core::mem::replace(&mut instance.dict, link),
            _ => crate::obj::Dict::new(),
        };
        if let Obj::Dict(d) = self.heap.get_mut(dict) {
            **d = entries;
        }
        Ok(dict)
    }

    /// `obj.name`.
    #[cfg_attr(target_os = "none", link_section = ".text.hot")]
    pub fn load_attr(&mut self, obj: Value, name: Qstr) -> PyResult<Value> {
        match self.load_attr_optional(obj, name)? {
            Some(v) => Ok(v),
            None => Err(self.no_attribute(obj, name)),
        }
    }

    /// `obj.name`, or None when there is no such attribute (AttributeError not raised).
    pub fn load_attr_optional(&mut self, obj: Value, name: Qstr) -> PyResult<Option<Value>> {
        if let Some(Obj::Instance(instance)) = self.heap_obj(obj) {
            let class = instance.class;
            if self.class_flags(class) & class_flags::HAS_GETATTRIBUTE != 0 {
                return self.load_attr_overridden(obj, class, name);
            }
        }
        self.generic_load_attr(obj, name)
    }

    /// A class that defines `__getattribute__`: call it, then `__getattr__` on AttributeError.
    fn load_attr_overridden(
        &mut self,
        obj: Value,
        class: Value,
        name: Qstr,
    ) -> PyResult<Option<Value>> {
        let Some(hook) = self.class_lookup(class, q::__getattribute__) else {
            return self.generic_load_attr(obj, name);
        };
        let key = Value::qstr(name);
        match self.call(hook, &[obj, key], &[]) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.isinstance(e, self.types.attribute_error) => {
                match self.class_lookup(class, q::__getattr__) {
                    Some(getattr) => self.call(getattr, &[obj, key], &[]).map(Some),
                    None => Err(e),
                }
            }
            Err(e) => Err(e),
        }
    }

    /// `object.__getattribute__(obj, name)`: the lookup without the class's
    /// `__getattribute__` and without its `__getattr__` either (which is usually what calls
    /// this: falling back to it would recurse).
    pub fn object_getattribute(&mut self, obj: Value, name: Qstr) -> PyResult<Option<Value>> {
        let Some(Obj::Instance(instance)) = self.heap_obj(obj) else {
            return self.generic_load_attr(obj, name);
        };
        let class = instance.class;
        let flags = self.class_flags(class) & !class_flags::HAS_GETATTR;
        if flags & class_flags::HAS_DESCRIPTORS == 0 {
            if let Some(v) = self.instance_lookup(instance, name) {
                return Ok(Some(v));
            }
        }
        self.load_instance_attr(obj, class, name, flags)
    }

    /// The lookup without a class's `__getattribute__` hook (its `__getattr__` answers last).
    #[cfg_attr(target_os = "none", link_section = ".text.hot")]
    pub fn generic_load_attr(&mut self, obj: Value, name: Qstr) -> PyResult<Option<Value>> {
        if obj.is_heap() {
            match self.heap.get(obj) {
                Obj::Instance(instance) => {
                    let class = instance.class;
                    let flags = self.class_flags(class);
                    if flags & class_flags::HAS_DESCRIPTORS == 0 {
                        if let Some(v) = self.instance_lookup(instance, name) {
                            return Ok(Some(v));
                        }
                    }
                    return self.load_instance_attr(obj, class, name, flags);
                }
                Obj::Exception(exception) => {
                    let class = exception.class;
                    if let Some(v) = self.class_dict_get(&exception.dict, name) {
                        return Ok(Some(v));
                    }
                    if let Some(v) = self.exception_attr(obj, name) {
                        return Ok(Some(v));
                    }
                    if name == q::__traceback__ {
                        return crate::obj::traceback::traceback_object(self, obj).map(Some);
                    }
                    let flags = self.class_flags(class);
                    return self.load_instance_attr(obj, class, name, flags);
                }
                Obj::Module(module) => {
                    let dict = module.dict;
                    if let Some(v) = self.dict_get_name(dict, name) {
                        return Ok(Some(v));
                    }
                    if dict == self.builtins {
                        if let Some(v) = self.builtin(name)? {
                            return Ok(Some(v));
                        }
                    }
                    if name == q::__dict__ {
                        return self.whole_module_dict(obj).map(Some);
                    }
                    if name == q::__doc__ {
                        return Ok(Some(Value::NONE)); // (no docstring stored)
                    }
                    if name == q::__annotations__ {
                        return self.new_annotations(obj).map(Some);
                    }
                    // A module-level __getattr__ (PEP 562).
                    if let Some(getattr) = self.dict_get_name(dict, q::__getattr__) {
                        let key = Value::qstr(name);
                        // AttributeError from it means "no such attribute" (so `from m
                        // import x` can raise ImportError).
                        return match self.call(getattr, &[key], &[]) {
                            Ok(v) => Ok(Some(v)),
                            Err(e) if self.isinstance(e, self.types.attribute_error) => Ok(None),
                            Err(e) => Err(e),
                        };
                    }
                    return Ok(None);
                }
                Obj::Class(_) => return self.load_class_attr(obj, name),
                Obj::Super(pair) => {
                    let (start_class, this) = (pair[0], pair[1]);
                    // The super object's own `__class__` (not its instance's), as CPython's.
                    if name == q::__class__ {
                        return Ok(Some(self.types.super_));
                    }
                    return self.super_lookup(start_class, this, name);
                }
                _ => {}
            }
        }
        if let Some(v) = self.special_attr(obj, name)? {
            return Ok(Some(v));
        }
        let class = self.type_of(obj);
        self.materialize_method(class, name);
        match self.class_lookup(class, name) {
            Some(attr) => self.bind_class_attr(attr, obj, class).map(Some),
            None => crate::obj::dunder::lookup(self, obj, name),
        }
    }

    #[cfg_attr(target_os = "none", link_section = ".text.hot")]
    fn load_instance_attr(
        &mut self,
        obj: Value,
        class: Value,
        name: Qstr,
        flags: u32,
    ) -> PyResult<Option<Value>> {
        self.materialize_method(class, name);
        let class_attr = self.class_lookup(class, name);
        if let Some(attr) = class_attr {
            if self.is_data_descriptor(attr) {
                return match self.bind_class_attr(attr, obj, class) {
                    Err(e) if flags & class_flags::HAS_GETATTR != 0 => {
                        self.getattr_after_descriptor_error(obj, class, name, e)
                    }
                    found => found.map(Some),
                };
            }
        }
        if flags & class_flags::HAS_DESCRIPTORS != 0 {
            let found = match self.heap.get(obj) {
                Obj::Instance(instance) => self.instance_lookup(instance, name),
                _ => None,
            };
            if let Some(v) = found {
                return Ok(Some(v));
            }
        }
        if let Some(attr) = class_attr {
            return self.bind_class_attr(attr, obj, class).map(Some);
        }
        if let Some(v) = self.special_attr(obj, name)? {
            return Ok(Some(v));
        }
        if flags & class_flags::HAS_GETATTR != 0 {
            if let Some(getattr) = self.class_lookup(class, q::__getattr__) {
                let key = Value::qstr(name);
                return self.call(getattr, &[obj, key], &[]).map(Some);
            }
        }
        crate::obj::dunder::lookup(self, obj, name)
    }

    /// `C.__annotations__`: the class's own (never a base's), made empty on first use as in
    /// CPython 3.10+.
    #[inline(never)]
    fn class_annotations(&mut self, class: Value) -> PyResult<Value> {
        if let Some(Obj::Class(c)) = self.heap_obj(class) {
            if let Some(v) = self.class_dict_get(&c.dict, q::__annotations__) {
                return Ok(v);
            }
            if c.flags & class_flags::BUILTIN != 0 {
                let name = self.class_name(class);
                return Err(self.attribute_error_text(&format!(
                    "type object '{name}' has no attribute '__annotations__'"
                )));
            }
        }
        self.new_annotations(class)
    }

    /// An empty `__annotations__` dict, stored on the function, class or module `owner`
    /// that had none: CPython (3.10+) makes it on first use.
    fn new_annotations(&mut self, owner: Value) -> PyResult<Value> {
        let empty = self.new_dict()?;
        self.push_root(empty);
        let stored = match self.heap_obj(owner) {
            Some(Obj::Class(_)) => self.set_class_attr(owner, q::__annotations__, empty),
            _ => self.store_attr(owner, q::__annotations__, empty),
        };
        self.pop_root();
        stored.map(|()| empty)
    }

    fn load_class_attr(&mut self, class: Value, name: Qstr) -> PyResult<Option<Value>> {
        // The class's class: `type`, or a metaclass whose data descriptors (properties)
        // come before the class's own attributes.
        let metaclass = self.type_of(class);
        let custom = metaclass != self.types.type_;
        let mut meta_attr = None;
        if custom {
            self.materialize_method(metaclass, name);
            meta_attr = self.class_lookup(metaclass, name);
            if let Some(attr) = meta_attr.filter(|&attr| self.is_data_descriptor(attr)) {
                return self.bind_class_attr(attr, class, metaclass).map(Some);
            }
        }
        // `type`'s own data descriptors come before the class's dict (a class may define a
        // `__name__` property for its instances).
        if matches!(name, q::__name__ | q::__qualname__ | q::__mro__) {
            if let Some(v) = self.special_attr(class, name)? {
                return Ok(Some(v));
            }
        }
        if name == q::__annotations__ {
            return self.class_annotations(class).map(Some);
        }
        self.materialize_method(class, name);
        if let Some(attr) = self.class_lookup(class, name) {
            return match self.heap_obj(attr) {
                Some(Obj::ClassMethod(f)) => {
                    let f = *f;
                    self.alloc(Obj::BoundMethod(Box::new([class, f]))).map(Some)
                }
                Some(Obj::StaticMethod(f)) => Ok(Some(*f)),
                Some(Obj::Instance(descriptor)) => {
                    let descriptor_class = descriptor.class;
                    if let Some(get) = self.class_lookup(descriptor_class, q::__get__) {
                        self.call(get, &[attr, Value::NONE, class], &[]).map(Some)
                    } else {
                        Ok(Some(attr))
                    }
                }
                _ => Ok(Some(attr)),
            };
        }
        if let Some(v) = self.special_attr(class, name)? {
            return Ok(Some(v));
        }
        // Attributes of the metaclass, bound to the class (`C.mro`, a metaclass's methods).
        if !custom {
            self.materialize_method(metaclass, name);
            meta_attr = self.class_lookup(metaclass, name);
        }
        if let Some(attr) = meta_attr {
            return self.bind_class_attr(attr, class, metaclass).map(Some);
        }
        if custom {
            if let Some(getattr) = self.class_lookup_override(metaclass, q::__getattr__) {
                let key = Value::qstr(name);
                return self.call(getattr, &[class, key], &[]).map(Some);
            }
        }
        crate::obj::dunder::lookup(self, class, name)
    }

    /// `super(cls, obj).name`: look after `cls` in `type(obj)`'s MRO.
    fn super_lookup(
        &mut self,
        start_class: Value,
        this: Value,
        name: Qstr,
    ) -> PyResult<Option<Value>> {
        // A class as `this` is looked up as a class (`super()` in a classmethod) when it
        // derives from `start_class`, else as an instance of its metaclass.
        let this_is_class = matches!(self.heap_obj(this), Some(Obj::Class(_)))
            && self.is_subclass(this, start_class);
        let object_class = if this_is_class {
            this
        } else {
            self.type_of(this)
        };
        self.materialize_method(object_class, name);
        let mro = match self.heap_obj(object_class) {
            Some(Obj::Class(c)) => c.mro.to_vec(),
            _ => Vec::new(),
        };
        let after = mro
            .iter()
            .position(|&c| c == start_class)
            .map_or(mro.len(), |i| i + 1);
        for &ancestor in &mro[after..] {
            let found = match self.heap.get(ancestor) {
                Obj::Class(a) => self.class_dict_get(&a.dict, name),
                _ => None,
            };
            if let Some(attr) = found {
                if this_is_class {
                    return match self.heap_obj(attr) {
                        Some(Obj::ClassMethod(f)) => {
                            let f = *f;
                            self.alloc(Obj::BoundMethod(Box::new([this, f]))).map(Some)
                        }
                        Some(Obj::StaticMethod(f)) => Ok(Some(*f)),
                        _ => Ok(Some(attr)),
                    };
                }
                return self.bind_class_attr(attr, this, object_class).map(Some);
            }
        }
        // A built-in base's operator dunders (`super().__add__(o)` in an int subclass).
        crate::obj::dunder::lookup(self, this, name)
    }

    /// `__isabstractmethod__` of a wrapper (property, classmethod, staticmethod): true when
    /// one of the wrapped functions has it true, as `abc` needs.
    fn any_abstract(&mut self, functions: &[Value]) -> PyResult<Value> {
        for &function in functions {
            if function.is_null() || function.is_none() {
                continue;
            }
            if let Some(flag) = self.load_attr_optional(function, q::__isabstractmethod__)? {
                if self.is_true(flag)? {
                    return Ok(Value::TRUE);
                }
            }
        }
        Ok(Value::FALSE)
    }

    /// Attributes every object of a kind has without a dict entry (`__class__`, `__name__`…).
    fn special_attr(&mut self, obj: Value, name: Qstr) -> PyResult<Option<Value>> {
        if name == q::__class__ {
            return self.class_of(obj).map(Some);
        }
        if !obj.is_heap() {
            return crate::obj::int::number_attr(self, obj, name);
        }
        let v = match self.heap.get(obj) {
            Obj::Class(class) => match name {
                q::__name__ => Value::qstr(class.name),
                q::__qualname__ => class.qualname,
                q::__module__ => class.module,
                q::__mro__ => {
                    let mro = class.mro.to_vec();
                    return self.new_tuple(mro).map(Some);
                }
                q::__bases__ => {
                    let bases = class.bases().to_vec();
                    return self.new_tuple(bases).map(Some);
                }
                q::__base__ => class.bases().first().copied().unwrap_or(Value::NONE),
                q::__dict__ => {
                    self.materialize_all_methods(obj);
                    let Obj::Class(class) = self.heap.get(obj) else {
                        return Ok(None);
                    };
                    let entries: Vec<(Value, Value)> =
                        class.dict.iter().map(|e| (e.key, e.value)).collect();
                    let dict = self.new_dict()?;
                    for (k, v) in entries {
                        self.dict_set_item(dict, k, v)?;
                    }
                    dict
                }
                q::__doc__ => Value::NONE,
                _ => return Ok(None),
            },
            Obj::Function(f) => match name {
                q::__name__ => f.name,
                q::__qualname__ => f.qualname,
                q::__module__ => f.module,
                q::__doc__ => f.doc,
                q::__defaults__ => {
                    if f.defaults.is_null() {
                        Value::NONE
                    } else {
                        f.defaults
                    }
                }
                q::__kwdefaults__ => {
                    if f.kwdefaults.is_null() {
                        Value::NONE
                    } else {
                        f.kwdefaults
                    }
                }
                q::__globals__ => f.globals,
                q::__code__ => f.code,
                // Calling it calls the function (CPython's is a method-wrapper around it).
                q::__call__ => obj,
                q::__closure__ => {
                    if f.closure.is_null() {
                        Value::NONE
                    } else {
                        f.closure
                    }
                }
                q::__dict__ => {
                    let attrs = f.attrs;
                    if attrs.is_null() {
                        let dict = self.new_dict()?;
                        if let Obj::Function(f) = self.heap.get_mut(obj) {
                            f.attrs = dict;
                        }
                        dict
                    } else {
                        attrs
                    }
                }
                _ => {
                    let attrs = f.attrs;
                    let found = if attrs.is_null() {
                        None
                    } else {
                        self.dict_get_name(attrs, name)
                    };
                    if found.is_none() && name == q::__annotations__ {
                        // A function without annotations (or under `from __future__ import
                        // annotations`) has `{}`.
                        return self.new_annotations(obj).map(Some);
                    }
                    return Ok(found);
                }
            },
            Obj::Builtin(builtin) => match name {
                q::__name__ | q::__qualname__ => {
                    let text = builtin.name();
                    self.intern(text)
                }
                q::__doc__ => Value::NONE,
                q::__module__ => Value::qstr(q::builtins),
                q::__call__ => obj,
                _ => return Ok(None),
            },
            Obj::BoundMethod(pair) => match name {
                q::__self__ => pair[0],
                q::__func__ => pair[1],
                q::__call__ => obj,
                // Any other attribute is the function's (`__isabstractmethod__`, its own).
                _ => {
                    let func = pair[1];
                    return self.load_attr_optional(func, name);
                }
            },
            Obj::Instance(instance) => match name {
                // Instances of a class with `__slots__` (and no `__dict__` slot) have none.
                // (Nor have instances of `object` itself.)
                q::__dict__
                    if self.class_flags(instance.class) & class_flags::SLOTS_ONLY == 0
                        && instance.class != self.types.object =>
                {
                    return self.materialize_instance_dict(obj).map(Some)
                }
                // A subclass of property: its accessors.
                q::fget | q::fset | q::fdel | q::__isabstractmethod__
                    if matches!(self.heap_obj(instance.base), Some(Obj::Property(_))) =>
                {
                    let base = instance.base;
                    return self.special_attr(base, name);
                }
                // A subclass of a number type: its value's `real`, `imag`, `numerator`…
                _ if !instance.base.is_null() && !instance.base.is_heap()
                    || matches!(
                        self.heap_obj(instance.base),
                        Some(Obj::Float(_) | Obj::Int64(_) | Obj::BigInt(_) | Obj::Complex(_))
                    ) =>
                {
                    let base = instance.base;
                    return crate::obj::int::number_attr(self, base, name);
                }
                _ => return Ok(None),
            },
            Obj::Module(module) => match name {
                q::__dict__ => module.dict,
                _ => return Ok(None),
            },
            Obj::Property(parts) => match name {
                q::fget => parts[0],
                q::fset => parts[1],
                q::fdel => parts[2],
                q::__doc__ => parts[3],
                q::__isabstractmethod__ => {
                    let accessors = [parts[0], parts[1], parts[2]];
                    return self.any_abstract(&accessors).map(Some);
                }
                _ => return Ok(None),
            },
            Obj::ClassMethod(f) | Obj::StaticMethod(f) if name == q::__isabstractmethod__ => {
                let function = *f;
                return self.any_abstract(&[function]).map(Some);
            }
            Obj::ClassMethod(f) | Obj::StaticMethod(f) => match name {
                q::__func__ | q::__wrapped__ => *f,
                // As in CPython 3.10+, the wrapper shows the function's own.
                q::__name__ | q::__qualname__ | q::__doc__ | q::__module__ | q::__annotations__ => {
                    let function = *f;
                    return self.load_attr_optional(function, name);
                }
                _ => return Ok(None),
            },
            Obj::Generator(generator) => {
                // A coroutine's are `cr_…`, a generator's `gi_…`.
                let (running, frame, code, suspended) = match generator.is_coroutine() {
                    true => (q::cr_running, q::cr_frame, q::cr_code, "cr_suspended"),
                    false => (q::gi_running, q::gi_frame, q::gi_code, "gi_suspended"),
                };
                match name {
                    q::__name__ => generator.name,
                    q::__qualname__ => generator.qualname,
                    _ if name == running => {
                        Value::bool(generator.state == crate::obj::GeneratorState::Running)
                    }
                    // (By text: a static qstr more shifts the ids the hot paths compare, which
                    // cost the scheduler benchmark 3%.)
                    _ if self.qstr_text(name) == suspended => {
                        Value::bool(generator.state == crate::obj::GeneratorState::Suspended)
                    }
                    // No frame objects: the generator stands in for its frame while it lives.
                    _ if name == frame => match generator.state {
                        crate::obj::GeneratorState::Finished => Value::NONE,
                        _ => obj,
                    },
                    _ if name == code => generator.function,
                    // Suspended in `yield from`/`await`: the delegate, on top of its stack.
                    q::gi_yieldfrom | q::cr_await => generator.delegate().unwrap_or(Value::NONE),
                    _ => return Ok(None),
                }
            }
            Obj::Slice(parts) => match name {
                q::start => parts[0],
                q::stop => parts[1],
                q::step => parts[2],
                _ => return Ok(None),
            },
            Obj::BigRange(range) => {
                let part = match name {
                    q::start => range.start.clone(),
                    q::stop => range.stop.clone(),
                    q::step => range.step.clone(),
                    _ => return Ok(None),
                };
                self.new_bigint(part)?
            }
            Obj::Range(range) => {
                let range = **range;
                match name {
                    q::start => self.new_int(range.start)?,
                    q::stop => self.new_int(range.stop)?,
                    q::step => self.new_int(range.step)?,
                    _ => return Ok(None),
                }
            }
            Obj::Float(_) | Obj::Int64(_) | Obj::BigInt(_) | Obj::Complex(_) => {
                return crate::obj::int::number_attr(self, obj, name)
            }
            Obj::Cell(v) if self.qstr_text(name) == "cell_contents" => *v,
            Obj::Code(code) => {
                let code = code.clone();
                let text = String::from(self.qstr_text(name));
                return crate::obj::function::code_attr(self, &code, &text);
            }
            Obj::MemoryView(_) => {
                let text = String::from(self.qstr_text(name));
                return crate::obj::memoryview::attr(self, obj, &text);
            }
            _ => return Ok(None),
        };
        Ok(Some(v))
    }

    /// An AttributeError from a data descriptor (a property's getter) falls back on the
    /// class's `__getattr__`, as in CPython; other errors pass. Out of line: off the hot path.
    #[cold]
    #[inline(never)]
    fn getattr_after_descriptor_error(
        &mut self,
        obj: Value,
        class: Value,
        name: Qstr,
        error: Value,
    ) -> PyResult<Option<Value>> {
        if !self.isinstance(error, self.types.attribute_error) {
            return Err(error);
        }
        match self.class_lookup(class, q::__getattr__) {
            Some(getattr) => {
                let key = Value::qstr(name);
                self.call(getattr, &[obj, key], &[]).map(Some)
            }
            None => Err(error),
        }
    }

    /// `obj.__class__ = C`: an instance of a Python class may become an instance of another
    /// Python class of the same layout (the same built-in base, `__slots__` or not).
    fn set_instance_class(&mut self, obj: Value, new_class: Value) -> PyResult<()> {
        let Some(Obj::Class(new)) = self.heap_obj(new_class) else {
            let name = self.type_name(new_class);
            return Err(self.type_error(format!(
                "__class__ must be set to a class, not '{name}' object"
            )));
        };
        let new_shape = (
            new.flags & class_flags::BUILTIN,
            new.builtin_base,
            new.layout,
        );
        let new_slots = new.flags & class_flags::SLOTS_ONLY;
        let old_class = self.type_of(obj);
        let old = match (self.heap_obj(obj), self.heap_obj(old_class)) {
            (Some(Obj::Instance(_)), Some(Obj::Class(old))) if new_shape.0 == 0 => old,
            _ => return Err(self.type_error(
                "__class__ assignment only supported for mutable types or ModuleType subclasses",
            )),
        };
        if (old.builtin_base, old.layout) != (new_shape.1, new_shape.2)
            || old.flags & class_flags::SLOTS_ONLY != new_slots
        {
            let (old_name, new_name) = (self.class_name(old_class), self.class_name(new_class));
            return Err(self.type_error(format!(
                "__class__ assignment: '{new_name}' object layout differs from '{old_name}'"
            )));
        }
        if let Obj::Instance(instance) = self.heap.get_mut(obj) {
            instance.class = new_class;
        }
        Ok(())
    }

    /// `f.__defaults__ = (…)` (a tuple or None) and `f.__kwdefaults__ = {…}` (a dict or None).
    fn set_function_defaults(&mut self, function: Value, name: Qstr, value: Value) -> PyResult<()> {
        let (wanted, fits) = if name == q::__defaults__ {
            ("tuple", matches!(self.heap_obj(value), Some(Obj::Tuple(_))))
        } else {
            ("dict", matches!(self.heap_obj(value), Some(Obj::Dict(_))))
        };
        if !fits && !value.is_none() {
            let text = self.qstr_text(name);
            return Err(self.type_error(format!("{text} must be set to a {wanted} object")));
        }
        // None is stored as "no defaults".
        let stored = if value.is_none() { Value::NULL } else { value };
        if let Obj::Function(f) = self.heap.get_mut(function) {
            if name == q::__defaults__ {
                f.defaults = stored;
            } else {
                f.kwdefaults = stored;
            }
        }
        Ok(())
    }

    /// `LOAD_METHOD`: `(function, self)` when a plain function is found on the type, else
    /// `(NULL, attribute)`.
    pub fn load_method(&mut self, obj: Value, name: Qstr) -> PyResult<(Value, Value)> {
        let class = self.type_of(obj);
        let is_plain_instance = match self.heap_obj(obj) {
            Some(Obj::Instance(_))
                if self.class_flags(class) & class_flags::HAS_GETATTRIBUTE != 0 =>
            {
                false
            }
            // An instance attribute shadows the method.
            Some(Obj::Instance(instance)) => self.instance_lookup(instance, name).is_none(),
            Some(Obj::Class(_))
            | Some(Obj::Module(_))
            | Some(Obj::Super(_))
            | Some(Obj::Exception(_)) => false,
            _ => true,
        };
        if is_plain_instance {
            self.materialize_method(class, name);
            if let Some(attr) = self.class_lookup(class, name) {
                // (What `bind_class_attr` would bind to `obj`.)
                if matches!(
                    self.heap_obj(attr),
                    Some(Obj::Function(_) | Obj::Builtin(_))
                ) && !self.is_plain_function(attr)
                {
                    return Ok((attr, obj));
                }
            }
        }
        let v = self.load_attr(obj, name)?;
        Ok((Value::NULL, v))
    }

    /// A special method looked up on the type and bound (for `with`, operators…).
    pub fn load_special_bound(&mut self, obj: Value, name: Qstr) -> PyResult<Value> {
        let class = self.type_of(obj);
        match self.class_lookup(class, name) {
            Some(attr) => self.bind_class_attr(attr, obj, class),
            None => {
                let type_name = self.type_name(obj);
                let text = self.qstr_text(name);
                let message = match name {
                    q::__enter__ | q::__exit__ => format!(
                        "'{type_name}' object does not support the context manager protocol"
                    ),
                    _ => format!("'{type_name}' object has no attribute '{text}'"),
                };
                Err(if matches!(name, q::__enter__ | q::__exit__) {
                    self.type_error(message)
                } else {
                    let class = self.types.attribute_error;
                    self.new_exception_msg(class, &message)
                })
            }
        }
    }

    /// Calls special method `name` of `obj`'s type if it exists: `Some(result)`.
    pub fn call_special(
        &mut self,
        obj: Value,
        name: Qstr,
        args: &[Value],
    ) -> PyResult<Option<Value>> {
        let class = self.type_of(obj);
        let Some(method) = self.class_lookup(class, name) else {
            return Ok(None);
        };
        let mut full: Vec<Value> = Vec::with_capacity(args.len() + 1);
        full.push(obj);
        full.extend_from_slice(args);
        match self.heap_obj(method) {
            Some(Obj::StaticMethod(f)) => {
                let f = *f;
                self.call(f, args, &[]).map(Some)
            }
            Some(Obj::ClassMethod(f)) => {
                let f = *f;
                full[0] = class;
                self.call(f, &full, &[]).map(Some)
            }
            _ => self.call(method, &full, &[]).map(Some),
        }
    }

    /// Calls a special method only if a *Python* class defines it (not a built-in type).
    pub fn call_user_special(
        &mut self,
        obj: Value,
        name: Qstr,
        args: &[Value],
    ) -> PyResult<Option<Value>> {
        if self.has_python_class(obj) {
            self.call_special(obj, name, args)
        } else {
            Ok(None)
        }
    }

    /// `obj.name = value`.
    #[cfg_attr(target_os = "none", link_section = ".text.hot")]
    pub fn store_attr(&mut self, obj: Value, name: Qstr, value: Value) -> PyResult<()> {
        let class = self.type_of(obj);
        let flags = self.class_flags(class);
        // (Also a native `__setattr__`: struct sequences' fields are read-only.)
        if flags & (class_flags::BUILTIN | class_flags::HAS_SETATTR) == class_flags::HAS_SETATTR {
            if let Some(setattr) = self.class_lookup(class, q::__setattr__) {
                let key = Value::qstr(name);
                self.call(setattr, &[obj, key, value], &[])?;
                return Ok(());
            }
        }
        self.object_setattr(obj, name, value)
    }

    /// `object.__setattr__(obj, name, value)`: `obj.name = value` without the class's own
    /// `__setattr__` — a data descriptor's `__set__` or a property's setter, else the dict.
    pub fn object_setattr(&mut self, obj: Value, name: Qstr, value: Value) -> PyResult<()> {
        let class = self.type_of(obj);
        let flags = self.class_flags(class);
        let descriptors = class_flags::BUILTIN | class_flags::HAS_DESCRIPTORS;
        if flags & descriptors == class_flags::HAS_DESCRIPTORS {
            if let Some(attr) = self.class_lookup(class, name) {
                match self.heap_obj(attr) {
                    Some(Obj::Property(parts)) => {
                        let setter = parts[1];
                        if setter.is_none() || setter.is_null() {
                            let type_name = self.class_name(class);
                            let text = format!(
                                "property '{}' of '{type_name}' object has no setter",
                                self.qstr_text(name)
                            );
                            return Err(self.attribute_error_text(&text));
                        }
                        self.call(setter, &[obj, value], &[])?;
                        return Ok(());
                    }
                    Some(Obj::Instance(descriptor)) => {
                        let descriptor_class = descriptor.class;
                        if let Some(set) = self.class_lookup(descriptor_class, q::__set__) {
                            self.call(set, &[attr, obj, value], &[])?;
                            return Ok(());
                        }
                        // A data descriptor by its `__delete__` alone: no setting.
                        if self.class_lookup(descriptor_class, q::__delete__).is_some() {
                            return Err(self.attribute_error_text("__set__"));
                        }
                    }
                    _ => {}
                }
            }
        }
        self.generic_setattr(obj, name, value)
    }

    /// The names a `__slots__` value lists (a str or an iterable of str).
    pub fn slot_names(&self, slots: Value) -> Vec<String> {
        if let Some(text) = self.str_text(slots) {
            return alloc::vec![String::from(text)];
        }
        let items: &[Value] = match self.heap_obj(slots) {
            Some(Obj::Tuple(items)) => items,
            Some(Obj::List(items)) => items,
            _ => &[],
        };
        items
            .iter()
            .filter_map(|&v| self.str_text(v).map(String::from))
            .collect()
    }

    /// For a class whose instances have only slots: is `name` one of them?
    fn slot_allowed(&self, class: Value, name: Qstr) -> bool {
        let Some(Obj::Class(c)) = self.heap_obj(class) else {
            return true;
        };
        if c.flags & class_flags::SLOTS_ONLY == 0 {
            return true;
        }
        let text = self.qstr_text(name);
        c.mro.iter().any(|&ancestor| match self.heap.get(ancestor) {
            // A private slot (`__x`) is the class's mangled name (`_C__x`), as the methods
            // that use it spell it.
            Obj::Class(a) => self
                .class_dict_get(&a.dict, q::__slots__)
                .is_some_and(|slots| {
                    let class_name = self.qstr_text(a.name);
                    self.slot_names(slots)
                        .iter()
                        .any(|n| crate::compile::mangle(Some(class_name), n) == text)
                }),
            _ => false,
        })
    }

    /// Adds the attribute `key` (absent) to an instance's, exception's or class's own dict.
    /// The dict grows fallibly: on a full or fragmented heap the collector runs once, then
    /// `MemoryError` (never an allocation failure that stops a board).
    pub(crate) fn add_own_attribute(
        &mut self,
        obj: Value,
        hash: u32,
        key: Value,
        value: Value,
    ) -> PyResult<()> {
        if self.try_add_own_attribute(obj, hash, key, value).is_err() {
            self.collect_to_reserve(0, &[obj, value])?;
            if self.try_add_own_attribute(obj, hash, key, value).is_err() {
                return Err(self.memory_error());
            }
        }
        if let Obj::Instance(instance) = self.heap.get(obj) {
            let size = instance.dict.len().min(u8::MAX as usize) as u8;
            let class = instance.class;
            if let Obj::Class(c) = self.heap.get_mut(class) {
                c.instance_size_hint = c.instance_size_hint.max(size);
            }
        }
        Ok(())
    }

    fn try_add_own_attribute(
        &mut self,
        obj: Value,
        hash: u32,
        key: Value,
        value: Value,
    ) -> Result<(), crate::gc::OutOfMemory> {
        let room = self.heap.room();
        match self.heap.get_mut(obj) {
            Obj::Instance(instance) => instance.dict.try_insert_new(hash, key, value, room),
            Obj::Exception(exception) => exception.dict.try_insert_new(hash, key, value, room),
            Obj::Class(class) => class.dict.try_insert_new(hash, key, value, room),
            _ => Ok(()),
        }
    }

    /// The TypeError of setting `__cause__`/`__context__` to something not an exception.
    #[cold]
    #[inline(never)]
    fn bad_exception_link(&mut self, name: Qstr) -> Value {
        let what = if name == q::__cause__ {
            "cause"
        } else {
            "context"
        };
        self.type_error(format!(
            "exception {what} must be None or derive from BaseException"
        ))
    }

    /// Stores in the object's own dict (after any descriptor has had its say).
    pub fn generic_setattr(&mut self, obj: Value, name: Qstr, value: Value) -> PyResult<()> {
        if name == q::__class__ {
            return self.set_instance_class(obj, value);
        }
        if let Some(Obj::Instance(instance)) = self.heap_obj(obj) {
            if !self.slot_allowed(instance.class, name) {
                return Err(self.no_attribute(obj, name));
            }
        }
        if matches!(name, q::__cause__ | q::__context__)
            && matches!(self.heap_obj(obj), Some(Obj::Exception(_)))
            && !value.is_none()
            && !self.is_exception(value)
        {
            return Err(self.bad_exception_link(name));
        }
        // `e.args = iterable` keeps a tuple of its items (CPython's conversion).
        if name == q::args
            && matches!(self.heap_obj(obj), Some(Obj::Exception(_)))
            && !matches!(self.heap_obj(value), Some(Obj::Tuple(_)))
        {
            let items = self.collect_iterable(value)?;
            let tuple = self.new_tuple(items)?;
            if let Obj::Exception(exception) = self.heap.get_mut(obj) {
                exception.args = tuple;
            }
            return Ok(());
        }
        let object_class = self.types.object;
        let key = Value::qstr(name);
        let hash = self.qstrs.hash(name);
        if let Some(dict) = self.materialized_dict(obj) {
            return self.dict_set_name_collecting(dict, name, value);
        }
        let position = match self.heap_obj(obj) {
            Some(Obj::Instance(instance)) => self.name_entry(&instance.dict, name),
            Some(Obj::Exception(exception)) => self.name_entry(&exception.dict, name),
            _ => None,
        };
        if obj.is_heap() {
            let dict = match self.heap.get_mut(obj) {
                Obj::Instance(instance) if instance.class != object_class => {
                    Some(&mut instance.dict)
                }
                Obj::Exception(exception) => {
                    match name {
                        q::__cause__ => {
                            exception.cause = value;
                            exception.suppress_context = true;
                            return Ok(());
                        }
                        q::__context__ => {
                            exception.context = value;
                            return Ok(());
                        }
                        q::__suppress_context__ => {
                            exception.suppress_context = value == Value::TRUE;
                            return Ok(());
                        }
                        q::args => {
                            exception.args = value;
                            return Ok(());
                        }
                        q::__traceback__ => return self.set_traceback(obj, value),
                        _ => {}
                    }
                    Some(&mut exception.dict)
                }
                Obj::Class(class) => {
                    if class.flags & class_flags::BUILTIN != 0 {
                        None
                    } else {
                        return self.set_class_attr(obj, name, value);
                    }
                }
                Obj::Module(module) => {
                    let dict = module.dict;
                    return self.dict_set_name_collecting(dict, name, value);
                }
                Obj::Function(f) => {
                    // Calls read the defaults each time: new ones take effect at once.
                    if matches!(name, q::__defaults__ | q::__kwdefaults__) {
                        return self.set_function_defaults(obj, name, value);
                    }
                    // The named fields are what reads see (`functools.wraps` sets them).
                    if matches!(
                        name,
                        q::__name__ | q::__qualname__ | q::__doc__ | q::__module__
                    ) {
                        if let Obj::Function(f) = self.heap.get_mut(obj) {
                            match name {
                                q::__name__ => f.name = value,
                                q::__qualname__ => f.qualname = value,
                                q::__doc__ => f.doc = value,
                                _ => f.module = value,
                            }
                        }
                        return Ok(());
                    }
                    let attrs = f.attrs;
                    let attrs = if attrs.is_null() {
                        let dict = self.new_dict()?;
                        if let Obj::Function(f) = self.heap.get_mut(obj) {
                            f.attrs = dict;
                        }
                        dict
                    } else {
                        attrs
                    };
                    return self.dict_set_name_collecting(attrs, name, value);
                }
                _ => None,
            };
            if let Some(dict) = dict {
                if let Some(position) = position {
                    dict.set_value_at(position, value);
                    return Ok(());
                }
                return self.add_own_attribute(obj, hash, key, value);
            }
        }
        let type_name = self.type_name(obj);
        let obj_class = self.type_of(obj);
        self.materialize_method(obj_class, name);
        let read_only = self.class_lookup(obj_class, name).is_some();
        let text = self.qstr_text(name);
        let message = if read_only && !matches!(self.heap_obj(obj), Some(Obj::Class(_))) {
            format!("'{type_name}' object attribute '{text}' is read-only")
        } else if matches!(self.heap_obj(obj), Some(Obj::Class(_))) {
            // A built-in type's attributes: CPython's TypeError.
            let message = format!(
                "cannot set '{text}' attribute of immutable type '{}'",
                self.class_name(obj)
            );
            return Err(self.type_error(message));
        } else {
            format!("'{type_name}' object has no attribute '{text}'")
        };
        Err(self.new_exception_msg(self.types.attribute_error, &message))
    }

    /// Sets an attribute on a Python class, keeping its cached flags right.
    pub fn set_class_attr(&mut self, class: Value, name: Qstr, value: Value) -> PyResult<()> {
        if matches!(name, q::__name__ | q::__qualname__) {
            return self.rename_class(class, name, value);
        }
        if name == q::__bases__ {
            return crate::obj::class::set_bases(self, class, value);
        }
        if name == q::__module__ {
            if let Obj::Class(c) = self.heap.get_mut(class) {
                c.module = value;
            }
        }
        crate::vm::types::class_dict_set(self, class, name, value)?;
        self.refresh_class_flags(class);
        Ok(())
    }

    /// `C.__name__ = text` or `C.__qualname__ = text`: the class's own fields.
    #[inline(never)]
    fn rename_class(&mut self, class: Value, name: Qstr, value: Value) -> PyResult<()> {
        let Some(text) = self.str_text(value).map(String::from) else {
            let class_name = self.class_name(class);
            let attribute = self.qstr_text(name);
            let kind = self.type_name(value);
            return Err(self.type_error(format!(
                "can only assign string to {class_name}.{attribute}, not '{kind}'"
            )));
        };
        let new_name = if name == q::__name__ {
            match self.qstrs.try_intern(&text) {
                Ok(interned) => Some(interned),
                Err(_) => return Err(self.memory_error()),
            }
        } else {
            None
        };
        if let Obj::Class(c) = self.heap.get_mut(class) {
            match new_name {
                Some(interned) => c.name = interned,
                None => c.qualname = value,
            }
        }
        Ok(())
    }

    /// Recomputes a class's cached flags (and those of nothing else: subclasses keep theirs).
    pub fn refresh_class_flags(&mut self, class: Value) {
        let mro = match self.heap.get(class) {
            Obj::Class(c) => c.mro.to_vec(),
            _ => return,
        };
        let mut flags = match self.heap.get(class) {
            Obj::Class(c) => c.flags & class_flags::BUILTIN,
            _ => 0,
        };
        for &ancestor in &mro {
            if let Obj::Class(a) = self.heap.get(ancestor) {
                flags |= a.flags & class_flags::BUFFER;
            }
        }
        let mut slots_only = true;
        for &ancestor in &mro {
            let Obj::Class(a) = self.heap.get(ancestor) else {
                continue;
            };
            if a.flags & class_flags::BUILTIN != 0 {
                flags |= a.flags & class_flags::LAZY_METHODS;
                continue;
            }
            match self.class_dict_get(&a.dict, q::__slots__) {
                Some(slots) => {
                    if self.slot_names(slots).iter().any(|n| n == "__dict__") {
                        slots_only = false;
                    }
                }
                None => slots_only = false,
            }
            for entry in a.dict.iter() {
                match entry.key.as_qstr() {
                    Some(q::__getattr__) => flags |= class_flags::HAS_GETATTR,
                    Some(q::__setattr__) => flags |= class_flags::HAS_SETATTR,
                    Some(q::__delattr__) => flags |= class_flags::HAS_DELATTR,
                    Some(q::__getattribute__) => flags |= class_flags::HAS_GETATTRIBUTE,
                    Some(q::__del__) => flags |= class_flags::HAS_DEL,
                    Some(q::__eq__) | Some(q::__hash__) => flags |= class_flags::CUSTOM_EQ,
                    _ => {}
                }
                let value = entry.value;
                if matches!(self.heap_obj(value), Some(Obj::Property(_)))
                    || (matches!(self.heap_obj(value), Some(Obj::Instance(_)))
                        && self.is_data_descriptor(value))
                {
                    flags |= class_flags::HAS_DESCRIPTORS;
                }
            }
        }
        if slots_only && flags & class_flags::BUILTIN == 0 {
            flags |= class_flags::SLOTS_ONLY;
        }
        if flags & class_flags::HAS_DEL != 0 {
            self.heap.note_finalizer_class();
        }
        if let Obj::Class(c) = self.heap.get_mut(class) {
            c.flags = flags;
        }
        self.class_epoch = self.class_epoch.wrapping_add(1);
    }

    /// `del obj.name`.
    pub fn delete_attr(&mut self, obj: Value, name: Qstr) -> PyResult<()> {
        let class = self.type_of(obj);
        let flags = self.class_flags(class);
        if flags & class_flags::HAS_DELATTR != 0 {
            if let Some(delattr) = self.class_lookup(class, q::__delattr__) {
                let key = Value::qstr(name);
                self.call(delattr, &[obj, key], &[])?;
                return Ok(());
            }
        }
        self.object_delattr(obj, name)
    }

    /// `object.__delattr__(obj, name)`: `del obj.name` without the class's own
    /// `__delattr__` — a data descriptor's `__delete__` or a property's deleter, else the dict.
    pub fn object_delattr(&mut self, obj: Value, name: Qstr) -> PyResult<()> {
        let class = self.type_of(obj);
        let flags = self.class_flags(class);
        if flags & class_flags::HAS_DESCRIPTORS != 0 {
            if let Some(attr) = self.class_lookup(class, name) {
                if let Some(Obj::Instance(descriptor)) = self.heap_obj(attr) {
                    let descriptor_class = descriptor.class;
                    if let Some(delete) = self.class_lookup(descriptor_class, q::__delete__) {
                        self.call(delete, &[attr, obj], &[])?;
                        return Ok(());
                    }
                    // A data descriptor by its `__set__` alone: no deleting.
                    if self.class_lookup(descriptor_class, q::__set__).is_some() {
                        return Err(self.attribute_error_text("__delete__"));
                    }
                }
                if let Some(Obj::Property(parts)) = self.heap_obj(attr) {
                    let deleter = parts[2];
                    if deleter.is_none() || deleter.is_null() {
                        let type_name = self.class_name(class);
                        let text = format!(
                            "property '{}' of '{type_name}' object has no deleter",
                            self.qstr_text(name)
                        );
                        return Err(self.attribute_error_text(&text));
                    }
                    self.call(deleter, &[obj], &[])?;
                    return Ok(());
                }
            }
        }
        self.generic_delattr(obj, name)
    }

    pub fn generic_delattr(&mut self, obj: Value, name: Qstr) -> PyResult<()> {
        if let Some(dict) = self.materialized_dict(obj) {
            return if self.dict_del_item(dict, Value::qstr(name))? {
                Ok(())
            } else {
                Err(self.no_attribute(obj, name))
            };
        }
        let mut module_dict = Value::NULL;
        let position = match self.heap_obj(obj) {
            Some(Obj::Instance(instance)) => self.name_entry(&instance.dict, name),
            Some(Obj::Exception(exception)) => self.name_entry(&exception.dict, name),
            Some(Obj::Class(class)) => self.name_entry(&class.dict, name),
            _ => None,
        };
        let removed = match self.heap_obj(obj).is_some() {
            true => match self.heap.get_mut(obj) {
                Obj::Instance(instance) => remove_at(&mut instance.dict, position),
                Obj::Exception(exception) => remove_at(&mut exception.dict, position),
                Obj::Class(class) if class.flags & class_flags::BUILTIN == 0 => {
                    let removed = remove_at(&mut class.dict, position);
                    if removed {
                        self.refresh_class_flags(obj);
                    }
                    removed
                }
                Obj::Module(module) => {
                    module_dict = module.dict;
                    false
                }
                _ => false,
            },
            false => false,
        };
        if !module_dict.is_null() {
            if module_dict == self.builtins {
                // A built-in function deleted stays deleted (never added again).
                self.builtin(name)?;
                self.mark_builtin_made(name);
            }
            return self.mapping_del_name(module_dict, name);
        }
        if removed {
            Ok(())
        } else {
            Err(self.no_attribute(obj, name))
        }
    }

    /// The AttributeError for a missing attribute, worded like CPython's.
    pub fn no_attribute(&mut self, obj: Value, name: Qstr) -> Value {
        let text = self.qstr_text(name);
        let message = match self.heap_obj(obj) {
            Some(Obj::Module(module)) => {
                let module_name = String::from(self.str_text(module.name).unwrap_or("?"));
                format!("module '{module_name}' has no attribute '{text}'")
            }
            Some(Obj::Class(class)) => {
                format!(
                    "type object '{}' has no attribute '{text}'",
                    self.qstr_text(class.name)
                )
            }
            _ => format!("'{}' object has no attribute '{text}'", self.type_name(obj)),
        };
        let class = self.types.attribute_error;
        let error = self.new_exception_msg(class, &message);
        // `name` and `obj`, as CPython 3.10+ sets them.
        self.set_exception_name(error, Value::qstr(name));
        self.set_exception_field(error, q::obj, obj);
        error
    }

    pub fn attribute_error_text(&mut self, text: &str) -> Value {
        let class = self.types.attribute_error;
        self.new_exception_msg(class, text)
    }

    /// `issubclass(class, base)` for classes.
    pub fn is_subclass(&self, class: Value, base: Value) -> bool {
        if class == base {
            return true;
        }
        match self.heap_obj(class) {
            Some(Obj::Class(c)) => c.mro.contains(&base),
            _ => false,
        }
    }

    /// `isinstance(v, class)` for one class.
    pub fn isinstance(&self, v: Value, class: Value) -> bool {
        let t = self.type_of(v);
        self.is_subclass(t, class)
    }
}

/// Removes the entry at `position` (found by `name_entry`), if any.
fn remove_at(dict: &mut crate::obj::Dict, position: Option<usize>) -> bool {
    match position {
        Some(position) => {
            dict.remove_at(position);
            true
        }
        _ => false,
    }
}
