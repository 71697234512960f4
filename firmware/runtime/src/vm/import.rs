//! `import`: built-in modules, `.py` files on `sys.path`, packages, relative imports.

use alloc::boxed::Box;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::{PyResult, Vm};
use crate::ast::Mode;
use crate::obj::{Module, Obj};
use crate::qstr::{q, Qstr};
use crate::value::Value;

impl Vm {
    /// A new module `name`, filled by `fill` while it is rooted (so filling may allocate and
    /// collect): how a native module is made.
    pub fn make_module<T>(
        &mut self,
        name: &str,
        fill: impl FnOnce(&mut Vm, Value) -> PyResult<T>,
    ) -> PyResult<Value> {
        let module = self.new_module(name)?;
        self.push_root(module);
        let result = fill(self, module);
        self.pop_root();
        result.map(|_| module)
    }

    /// Creates an empty module object named `name` with a fresh dict.
    pub fn new_module(&mut self, name: &str) -> PyResult<Value> {
        let dict = self.new_dict()?;
        self.push_root(dict);
        let name_value = self.new_str(name);
        let name_value = match name_value {
            Ok(v) => v,
            Err(e) => {
                self.pop_root();
                return Err(e);
            }
        };
        self.dict_set_name(dict, q::__name__, name_value)?;
        let module = self.alloc(Obj::Module(Box::new(Module {
            name: name_value,
            dict,
        })));
        self.pop_root();
        module
    }

    /// `module(name, doc=None)` (`types.ModuleType`): an empty module.
    pub fn construct_module(
        vm: &mut Vm,
        args: &[Value],
        kwargs: &[(Value, Value)],
    ) -> PyResult<Value> {
        crate::modules::builtins::check_args(vm, "module", &args[1..], 1, 2)?;
        let Some(name) = vm.str_text(args[1]).map(String::from) else {
            let kind = vm.type_name(args[1]);
            return Err(vm.type_error(format!("module() argument 'name' must be str, not {kind}")));
        };
        let doc = crate::modules::builtins::kwarg(vm, kwargs, "doc");
        let doc = args.get(2).copied().or(doc).unwrap_or(Value::NONE);
        let module = vm.new_module(&name)?;
        let dict = vm.module_dict(module);
        vm.dict_set_name(dict, q::__doc__, doc)?;
        Ok(module)
    }

    /// The dict of a module object.
    pub fn module_dict(&self, module: Value) -> Value {
        match self.heap_obj(module) {
            Some(Obj::Module(m)) => m.dict,
            _ => Value::NULL,
        }
    }

    /// `IMPORT_NAME`.
    pub fn import_name(
        &mut self,
        name: Qstr,
        fromlist: Value,
        level: Value,
        globals: Value,
    ) -> PyResult<Value> {
        let level = self.as_i64(level).unwrap_or(0).max(0) as usize;
        let name_text = String::from(self.qstr_text(name));
        let full = if level > 0 {
            let package = self.current_package(globals);
            let mut parts: Vec<&str> = if package.is_empty() {
                Vec::new()
            } else {
                package.split('.').collect()
            };
            if package.is_empty() {
                return Err(self.new_exception_msg(
                    self.types.import_error,
                    "attempted relative import with no known parent package",
                ));
            }
            if level > parts.len() {
                // `from ..x import y` in a top-level package: there is no parent to go to.
                return Err(self.new_exception_msg(
                    self.types.import_error,
                    "attempted relative import beyond top-level package",
                ));
            }
            parts.truncate(parts.len() - (level - 1));
            let mut base = parts.join(".");
            if !name_text.is_empty() {
                if !base.is_empty() {
                    base.push('.');
                }
                base.push_str(&name_text);
            }
            base
        } else {
            name_text
        };
        let mut module = Value::NONE;
        let mut top = Value::NONE;
        let mut prefix = String::new();
        for (i, part) in full.split('.').enumerate() {
            if i > 0 {
                prefix.push('.');
            }
            prefix.push_str(part);
            let parent = module;
            module = self.import_module(&prefix)?;
            if i == 0 {
                top = module;
            } else {
                let attr = self.qstrs.intern(part);
                let parent_dict = self.module_dict(parent);
                if !parent_dict.is_null() {
                    self.dict_set_name(parent_dict, attr, module)?;
                }
            }
        }
        // `import a.b` binds the top package; `from a.b import x` (and relative imports)
        // want the last module.
        let has_fromlist = !fromlist.is_none() && !fromlist.is_null();
        Ok(if has_fromlist || level > 0 {
            module
        } else {
            top
        })
    }

    fn current_package(&mut self, globals: Value) -> String {
        if let Some(package) = self.dict_get_name(globals, q::__package__) {
            if let Some(text) = self.str_text(package) {
                return String::from(text);
            }
        }
        let name = self
            .dict_get_name(globals, q::__name__)
            .and_then(|n| self.str_text(n).map(String::from))
            .unwrap_or_default();
        let is_package = self.dict_get_name(globals, q::__path__).is_some();
        if is_package {
            name
        } else {
            match name.rfind('.') {
                Some(i) => String::from(&name[..i]),
                None => String::new(),
            }
        }
    }

    /// Imports one module by its full dotted name (the parent must be imported).
    pub fn import_module(&mut self, full: &str) -> PyResult<Value> {
        // A module already imported is found by its interned name, allocating nothing (the
        // async generator machinery asks for `_asyncgen` at every yield).
        if let Some(name) = self.qstrs.lookup(full) {
            if let Some(module) = self.dict_get_name(self.modules, name) {
                return Ok(module);
            }
        }
        let key = self.new_str(full)?;
        if let Some(module) = self.dict_get_item(self.modules, key)? {
            return Ok(module);
        }
        // Making the module runs Python (a frozen part, a parent package), whose safe points
        // may collect: the key must live until it is stored in sys.modules.
        self.push_root(key);
        let result = self.import_new_module(full, key);
        self.pop_root();
        result
    }

    /// [`import_module`](Self::import_module) of a module not in `sys.modules` yet.
    fn import_new_module(&mut self, full: &str, key: Value) -> PyResult<Value> {
        if let Some(module) = crate::modules::make_builtin(self, full)? {
            self.dict_set_item(self.modules, key, module)?;
            return Ok(module);
        }
        // Search the module path for `a/b/c.py` or the package `a/b/c/__init__.py`.
        let relative = full.replace('.', "/");
        let mut paths = self.module_search_path();
        if let Some(parent_end) = full.rfind('.') {
            // Submodules are looked up in their parent package's directory only.
            let parent = self.import_module(&full[..parent_end])?;
            let parent_dict = self.module_dict(parent);
            match self.dict_get_name(parent_dict, q::__path__) {
                Some(path) => {
                    let dir = String::from(self.str_text(path).unwrap_or(""));
                    paths = alloc::vec![dir];
                }
                None => {
                    let parent_name = &full[..parent_end];
                    let class = self.exception_class(q::ModuleNotFoundError);
                    let message =
                        format!("No module named '{full}'; '{parent_name}' is not a package");
                    let error = self.new_exception_msg(class, &message);
                    if let Ok(name) = self.new_str(full) {
                        self.set_exception_name(error, name);
                    }
                    return Err(error);
                }
            }
            let leaf = &full[parent_end + 1..];
            return self.import_from_paths(full, &paths, leaf, key);
        }
        let _ = relative;
        let found = self.import_from_paths(full, &paths, full, key);
        // MicroPython's u-prefixed names of built-in modules (`utime`, `ujson`, …), when no
        // file of that name exists.
        match full.strip_prefix('u') {
            Some(plain)
                if found.is_err_and(|e| self.is_module_not_found(e, full))
                    && crate::modules::builtin_names(self).any(|n| n == plain) =>
            {
                let module = self.import_module(plain)?;
                self.dict_set_item(self.modules, key, module)?;
                Ok(module)
            }
            _ => found,
        }
    }

    fn import_from_paths(
        &mut self,
        full: &str,
        paths: &[String],
        leaf: &str,
        key: Value,
    ) -> PyResult<Value> {
        for dir in paths {
            let join = |name: &str| -> String {
                if dir.is_empty() || dir == "." {
                    String::from(name)
                } else {
                    format!("{}/{}", dir.trim_end_matches('/'), name)
                }
            };
            let file = join(&format!("{leaf}.py"));
            if let Some(source) = self.port.read_file(&file) {
                return self.exec_module_source(full, &file, None, source, key);
            }
            let package_dir = join(leaf);
            let init = format!("{package_dir}/__init__.py");
            if let Some(source) = self.port.read_file(&init) {
                return self.exec_module_source(full, &init, Some(package_dir), source, key);
            }
        }
        Err(self.module_not_found(full))
    }

    /// Whether `error` is the ModuleNotFoundError of module `full` itself (not of a module
    /// that `full` imports).
    fn is_module_not_found(&mut self, error: Value, full: &str) -> bool {
        let class = self.exception_class(q::ModuleNotFoundError);
        if !self.isinstance(error, class) {
            return false;
        }
        match self.load_attr_optional(error, q::name) {
            Ok(Some(name)) => self.str_text(name) == Some(full),
            _ => false,
        }
    }

    fn module_not_found(&mut self, full: &str) -> Value {
        let class = self.exception_class(q::ModuleNotFoundError);
        let message = format!("No module named '{full}'");
        let error = self.new_exception_msg(class, &message);
        if let Ok(name) = self.new_str(full) {
            self.set_exception_name(error, name);
        }
        error
    }

    fn module_search_path(&mut self) -> Vec<String> {
        let mut out = Vec::new();
        let path = self.dict_get_name(self.sys_dict, crate::qstr::q::__path__);
        let _ = path;
        let sys_path_name = self.qstrs.intern("path");
        if let Some(list) = self.dict_get_name(self.sys_dict, sys_path_name) {
            if let Some(Obj::List(items)) = self.heap_obj(list) {
                for item in items.clone() {
                    if let Some(text) = self.str_text(item) {
                        out.push(String::from(text));
                    }
                }
            }
        }
        out
    }

    fn exec_module_source(
        &mut self,
        full: &str,
        filename: &str,
        package_dir: Option<String>,
        source: Vec<u8>,
        key: Value,
    ) -> PyResult<Value> {
        let Ok(text) = String::from_utf8(source) else {
            let message = format!("(unicode error) file {filename} is not valid UTF-8");
            let class = self.types.syntax_error;
            return Err(self.new_exception_msg(class, &message));
        };
        let module = self.new_module(full)?;
        self.push_root(module);
        let dict = self.module_dict(module);
        let file_value = self.new_str(filename)?;
        self.dict_set_name(dict, q::__file__, file_value)?;
        // A package is its own `__package__`; a module's is its parent package ('' at the top).
        let package = match package_dir {
            Some(dir) => {
                let dir_value = self.new_str(&dir)?;
                self.dict_set_name(dict, q::__path__, dir_value)?;
                full
            }
            None => full.rfind('.').map_or("", |end| &full[..end]),
        };
        let package = self.new_str(package)?;
        self.dict_set_name(dict, q::__package__, package)?;
        // `__doc__` is None until the module's docstring, if it has one, runs.
        self.dict_set_name(dict, q::__doc__, Value::NONE)?;
        // Registered before running, so circular imports see the partial module.
        self.dict_set_item(self.modules, key, module)?;
        let result = self
            .compile_source(&text, filename, Mode::Exec)
            .and_then(|code| {
                drop(text);
                self.run_code(code, dict, Value::NULL)
            });
        self.pop_root();
        match result {
            Ok(_) => Ok(module),
            Err(e) => {
                let modules = self.modules;
                let _ = self.dict_del_item(modules, key);
                Err(e)
            }
        }
    }

    /// `IMPORT_FROM`.
    pub fn import_from(&mut self, module: Value, name: Qstr) -> PyResult<Value> {
        if let Some(v) = self.load_attr_optional(module, name)? {
            return Ok(v);
        }
        // A submodule not yet imported.
        let module_name = match self.heap_obj(module) {
            Some(Obj::Module(m)) => self.str_text(m.name).map(String::from),
            _ => None,
        };
        if let Some(module_name) = module_name {
            let full = format!("{module_name}.{}", self.qstr_text(name));
            match self.import_module(&full) {
                Ok(sub) => return Ok(sub),
                // Only "no such submodule" becomes "cannot import name"; an error raised
                // while running the submodule is its own (as CPython's `_handle_fromlist`).
                Err(error) if !self.is_module_not_found(error, &full) => return Err(error),
                Err(_) => {}
            }
            // CPython names where the module came from.
            let dict = self.module_dict(module);
            let file = self.dict_get_name(dict, q::__file__);
            let location = file
                .and_then(|f| self.str_text(f))
                .unwrap_or("unknown location");
            let message = format!(
                "cannot import name '{}' from '{module_name}' ({location})",
                self.qstr_text(name)
            );
            let class = self.types.import_error;
            let error = self.new_exception_msg(class, &message);
            if let Ok(module_name) = self.new_str(&module_name) {
                self.set_exception_name(error, module_name);
            }
            return Err(error);
        }
        let message = format!("cannot import name '{}'", self.qstr_text(name));
        let class = self.types.import_error;
        Err(self.new_exception_msg(class, &message))
    }

    /// `IMPORT_STAR`.
    pub fn import_star(&mut self, module: Value, target: Value) -> PyResult<()> {
        let dict = self.whole_module_dict(module)?;
        if dict.is_null() {
            return Err(self.type_error("import * needs a module"));
        }
        let names: Vec<Value> = match self.dict_get_name(dict, q::__all__) {
            Some(all) => self.collect_iterable(all)?,
            None => {
                let Some(Obj::Dict(d)) = self.heap_obj(dict) else {
                    return Ok(());
                };
                let keys: Vec<Value> = d.iter().map(|e| e.key).collect();
                keys.into_iter()
                    .filter(|&k| !self.str_text(k).unwrap_or("_").starts_with('_'))
                    .collect()
            }
        };
        for key in names {
            let Some(name) = self.as_name(key)? else {
                continue;
            };
            let value = self.load_attr(module, name)?;
            self.mapping_set_name(target, name, value)?;
        }
        Ok(())
    }
}
