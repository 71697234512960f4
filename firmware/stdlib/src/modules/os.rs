//! `os`: files and directories through the port, plus `uname`, `urandom` and a small
//! `os.path` (string operations and `exists`/`isdir`/`isfile`).
//!
//! Boards without a filesystem get `OSError(ENODEV)` from every file function.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use crate::modules::builtins::{check_args, kwarg};
use crate::modules::io::os_error;
use crate::obj::{Builtin, Obj};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

fn path_arg(vm: &mut Vm, v: Value, function: &str) -> PyResult<String> {
    match vm.str_text(v) {
        Some(text) => Ok(String::from(text)),
        None => match vm.heap_obj(v) {
            Some(Obj::Bytes(b)) => Ok(String::from_utf8_lossy(b).into_owned()),
            _ => {
                let name = vm.type_name(v);
                Err(vm.type_error(format!(
                    "{function}: path should be string, bytes or os.PathLike, not {name}"
                )))
            }
        },
    }
}

fn one_path(vm: &mut Vm, name: &str, args: &[Value]) -> PyResult<String> {
    check_args(vm, name, args, 1, 2)?;
    path_arg(vm, args[0], name)
}

/// The one path argument of `name(path)`, given by position or as `path=`.
fn path_keyword(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    kwargs: &[(Value, Value)],
) -> PyResult<String> {
    let args = &*crate::modules::builtins::keywords_to_positions(
        vm,
        name,
        args,
        kwargs,
        0,
        &["path"],
        &[],
    )?;
    one_path(vm, name, args)
}

/// A new `os.<class>` struct sequence (`stat_result`, `statvfs_result`) of the ints `fields`.
fn int_struct_sequence(vm: &mut Vm, class: &str, fields: &[i64]) -> PyResult<Value> {
    let Some(class_value) = crate::modules::sys::module_attr(vm, "os", class) else {
        return Err(vm.runtime_error(format!("os.{class} is gone")));
    };
    let mut values = Vec::with_capacity(fields.len());
    for &n in fields {
        values.push(vm.new_int(n)?);
    }
    crate::modules::sys::new_struct_sequence(vm, class_value, values)
}

fn done(vm: &mut Vm, result: Result<(), i32>, path: &str) -> PyResult<Value> {
    match result {
        Ok(()) => Ok(Value::NONE),
        Err(code) => Err(os_error(vm, code, Some(path))),
    }
}

fn getcwd(vm: &mut Vm, _: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    match vm.port.fs_getcwd() {
        Ok(path) => vm.new_string(path),
        Err(code) => Err(os_error(vm, code, None)),
    }
}

fn chdir(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    let path = path_keyword(vm, "chdir", args, kwargs)?;
    let result = vm.port.fs_chdir(&path);
    done(vm, result, &path)
}

fn listdir(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    let args = &*crate::modules::builtins::keywords_to_positions(
        vm,
        "listdir",
        args,
        kwargs,
        0,
        &["path"],
        &[],
    )?;
    check_args(vm, "listdir", args, 0, 1)?;
    let path = match args.first() {
        Some(&v) if v != Value::NONE => path_arg(vm, v, "listdir")?,
        _ => String::from("."),
    };
    let names = match vm.port.fs_list_dir(&path) {
        Ok(names) => names,
        Err(code) => return Err(os_error(vm, code, Some(&path))),
    };
    let list = vm.new_list(Vec::new())?;
    vm.push_root(list);
    let result = (|| {
        for name in names {
            let value = vm.new_string(name)?;
            vm.list_append(list, value)?;
        }
        Ok(list)
    })();
    vm.pop_root();
    result
}

/// MicroPython's `os.ilistdir(path='.')`: an iterator of `(name, type, inode, size)` with type
/// `0x4000` for directories and `0x8000` for files.
fn ilistdir(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "ilistdir", args, 0, 1)?;
    let path = match args.first() {
        Some(&v) if v != Value::NONE => path_arg(vm, v, "ilistdir")?,
        _ => String::from("."),
    };
    let names = match vm.port.fs_list_dir(&path) {
        Ok(names) => names,
        Err(code) => return Err(os_error(vm, code, Some(&path))),
    };
    let list = vm.new_list(Vec::new())?;
    vm.push_root(list);
    let result = (|| {
        for name in names {
            let full = if path.ends_with('/') {
                format!("{path}{name}")
            } else {
                format!("{path}/{name}")
            };
            let stat = vm.port.fs_stat(&full).unwrap_or_default();
            let kind = if stat.mode & 0o170000 == 0o040000 {
                0x4000
            } else {
                0x8000
            };
            let name = vm.new_string(name)?;
            vm.push_root(name);
            let size = vm.new_int(stat.size as i64);
            vm.pop_root();
            let entry = vm.new_tuple(alloc::vec![
                name,
                Value::small_int(kind),
                Value::small_int(0),
                size?,
            ])?;
            vm.list_append(list, entry)?;
        }
        vm.get_iter(list)
    })();
    vm.pop_root();
    result
}

/// `os.sync()`: files are written whole on `close`, so there is nothing to flush.
fn sync(_: &mut Vm, _: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    Ok(Value::NONE)
}

fn mkdir(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    let args = &*crate::modules::builtins::keywords_to_positions(
        vm,
        "mkdir",
        args,
        kwargs,
        0,
        &["path", "mode"],
        &[],
    )?;
    let path = one_path(vm, "mkdir", args)?;
    let result = vm.port.fs_mkdir(&path);
    done(vm, result, &path)
}

/// `makedirs(name, mode=0o777, exist_ok=False)`: the directory and any missing parents.
fn makedirs(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    let args = &*crate::modules::builtins::keywords_to_positions(
        vm,
        "makedirs",
        args,
        kwargs,
        0,
        &["name", "mode", "exist_ok"],
        &[Value::small_int(0o777), Value::FALSE],
    )?;
    check_args(vm, "makedirs", args, 1, 3)?;
    let path = path_arg(vm, args[0], "makedirs")?;
    let exist_ok = match args.get(2) {
        Some(&v) => vm.is_true(v)?,
        None => false,
    };
    let parts: Vec<&str> = path.split('/').filter(|p| !p.is_empty()).collect();
    let mut prefix = String::from(if path.starts_with('/') { "/" } else { "" });
    for (index, part) in parts.iter().enumerate() {
        if !prefix.is_empty() && !prefix.ends_with('/') {
            prefix.push('/');
        }
        prefix.push_str(part);
        let last = index + 1 == parts.len();
        match vm.port.fs_stat(&prefix) {
            Ok(stat) if last && (!exist_ok || stat.mode & 0o170000 != 0o040000) => {
                let code = crate::modules::errno::EEXIST;
                return Err(os_error(vm, code, Some(&path)));
            }
            Ok(_) => {}
            Err(_) => {
                if let Err(code) = vm.port.fs_mkdir(&prefix) {
                    return Err(os_error(vm, code, Some(&prefix)));
                }
            }
        }
    }
    Ok(Value::NONE)
}

/// `strerror(code)`: the message of an errno value.
fn strerror(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "strerror", args, 1, 1)?;
    let code = vm.int_arg(args[0])?;
    let message = i32::try_from(code).map_or("Unknown error", crate::modules::errno::message_of);
    if message == "Unknown error" {
        return vm.new_string(format!("Unknown error {code}"));
    }
    vm.new_str(message)
}

fn rmdir(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    let path = path_keyword(vm, "rmdir", args, kwargs)?;
    let result = vm.port.fs_rmdir(&path);
    done(vm, result, &path)
}

fn remove(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    let path = path_keyword(vm, "remove", args, kwargs)?;
    let result = vm.port.fs_remove(&path);
    done(vm, result, &path)
}

fn rename(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    let args = &*crate::modules::builtins::keywords_to_positions(
        vm,
        "rename",
        args,
        kwargs,
        0,
        &["src", "dst"],
        &[],
    )?;
    check_args(vm, "rename", args, 2, 2)?;
    let from = path_arg(vm, args[0], "rename")?;
    let to = path_arg(vm, args[1], "rename")?;
    match vm.port.fs_rename(&from, &to) {
        Ok(()) => Ok(Value::NONE),
        Err(code) => Err(crate::modules::io::os_error_paths(vm, code, &[&from, &to])),
    }
}

fn stat(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    let path = path_keyword(vm, "stat", args, kwargs)?;
    let stat = match vm.port.fs_stat(&path) {
        Ok(stat) => stat,
        Err(code) => return Err(os_error(vm, code, Some(&path))),
    };
    let mtime = libm::floor(stat.mtime) as i64;
    let fields = [
        stat.mode as i64,
        0,
        0,
        1,
        0,
        0,
        stat.size as i64,
        mtime,
        mtime,
        mtime,
    ];
    int_struct_sequence(vm, "stat_result", &fields)
}

/// `statvfs(path)`: the size and free room of the filesystem holding `path`
/// (`f_bsize * f_bavail` bytes are free).
fn statvfs(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    let path = path_keyword(vm, "statvfs", args, kwargs)?;
    let usage = match vm.port.fs_usage(&path) {
        Ok(usage) => usage,
        Err(code) => return Err(os_error(vm, code, Some(&path))),
    };
    let fields = [
        usage.block_size,
        usage.fragment_size,
        usage.blocks,
        usage.free_blocks,
        usage.available_blocks,
        usage.files,
        usage.free_files,
        usage.available_files,
        usage.flags,
        usage.name_max,
    ];
    int_struct_sequence(vm, "statvfs_result", &fields.map(|n| n as i64))
}

fn uname(vm: &mut Vm, _: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let Some(class) = crate::modules::sys::module_attr(vm, "os", "uname_result") else {
        return Err(vm.runtime_error("os.uname_result is gone"));
    };
    let board = String::from(vm.port.board_name());
    let version = format!("{} Pyrite", crate::VERSION);
    let mut values = Vec::with_capacity(5);
    for text in [
        "pyrite",
        board.as_str(),
        crate::VERSION,
        version.as_str(),
        board.as_str(),
    ] {
        values.push(vm.new_str(text)?);
    }
    crate::modules::sys::new_struct_sequence(vm, class, values)
}

fn urandom(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "urandom", args, 1, 1)?;
    let n = vm.int_arg(args[0])?;
    if n < 0 {
        return Err(vm.value_error("negative argument not allowed"));
    }
    vm.reserve(n as usize)?;
    let mut bytes = Vec::with_capacity(n as usize);
    while bytes.len() < n as usize {
        let word = vm.port.random_u64().to_le_bytes();
        let take = (n as usize - bytes.len()).min(8);
        bytes.extend_from_slice(&word[..take]);
    }
    vm.alloc(Obj::Bytes(bytes.into_boxed_slice()))
}

// ----- os.path ------------------------------------------------------------------------

fn path_join(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    if args.is_empty() {
        return Err(vm.type_error("join() missing 1 required positional argument: 'a'"));
    }
    let mut out = String::new();
    for &arg in args {
        let part = path_arg(vm, arg, "join")?;
        if part.starts_with('/') {
            out = part;
        } else if out.is_empty() || out.ends_with('/') {
            out.push_str(&part);
        } else {
            out.push('/');
            out.push_str(&part);
        }
    }
    vm.new_string(out)
}

/// (head, tail) as `os.path.split` gives them.
fn split_text(path: &str) -> (String, String) {
    let cut = path.rfind('/').map_or(0, |i| i + 1);
    let (head, tail) = path.split_at(cut);
    let trimmed = head.trim_end_matches('/');
    let head = if trimmed.is_empty() { head } else { trimmed };
    (String::from(head), String::from(tail))
}

fn path_split(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let path = one_path(vm, "split", args)?;
    let (head, tail) = split_text(&path);
    let head = vm.new_string(head)?;
    vm.push_root(head);
    let tail = vm.new_string(tail);
    vm.pop_root();
    let tail = tail?;
    vm.new_tuple(alloc::vec![head, tail])
}

fn basename(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let path = one_path(vm, "basename", args)?;
    vm.new_string(split_text(&path).1)
}

fn dirname(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let path = one_path(vm, "dirname", args)?;
    vm.new_string(split_text(&path).0)
}

fn splitext(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let path = one_path(vm, "splitext", args)?;
    let name_start = path.rfind('/').map_or(0, |i| i + 1);
    let name = &path[name_start..];
    let leading_dots = name.len() - name.trim_start_matches('.').len();
    let cut = match name.rfind('.') {
        Some(i) if i >= leading_dots => name_start + i,
        _ => path.len(),
    };
    let root = vm.new_str(&path[..cut])?;
    vm.push_root(root);
    let extension = vm.new_str(&path[cut..]);
    vm.pop_root();
    let extension = extension?;
    vm.new_tuple(alloc::vec![root, extension])
}

/// POSIX `normpath`: `.` and empty parts dropped, `..` taken back where it can be; one or
/// two leading slashes kept (three or more become one).
fn normalized(path: &str) -> String {
    if path.is_empty() {
        return String::from(".");
    }
    let leading = match path.len() - path.trim_start_matches('/').len() {
        0 => "",
        2 => "//",
        _ => "/",
    };
    let mut parts: Vec<&str> = Vec::new();
    for part in path.split('/') {
        match part {
            "" | "." => {}
            ".." if leading.is_empty() && parts.last().is_none_or(|&p| p == "..") => {
                parts.push(part)
            }
            ".." => {
                parts.pop();
            }
            _ => parts.push(part),
        }
    }
    let joined = format!("{leading}{}", parts.join("/"));
    if joined.is_empty() {
        String::from(".")
    } else {
        joined
    }
}

fn normpath(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "normpath", args, 1, 1)?;
    let path = path_arg(vm, args[0], "normpath")?;
    vm.new_string(normalized(&path))
}

/// The absolute, normalized form of `path` (relative ones from the working directory).
fn absolute(vm: &mut Vm, path: &str) -> PyResult<String> {
    if path.starts_with('/') {
        return Ok(normalized(path));
    }
    let cwd = match vm.port.fs_getcwd() {
        Ok(cwd) => cwd,
        Err(code) => return Err(os_error(vm, code, None)),
    };
    Ok(normalized(&format!("{cwd}/{path}")))
}

/// `abspath`, and `realpath` (a board's filesystem has no links).
fn abspath(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "abspath", args, 1, 1)?;
    let path = path_arg(vm, args[0], "abspath")?;
    let path = absolute(vm, &path)?;
    vm.new_string(path)
}

/// `relpath(path, start=os.curdir)`.
fn relpath(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    let args = &*crate::modules::builtins::keywords_to_positions(
        vm,
        "relpath",
        args,
        kwargs,
        0,
        &["path", "start"],
        &[Value::NONE],
    )?;
    check_args(vm, "relpath", args, 1, 2)?;
    let path = path_arg(vm, args[0], "relpath")?;
    if path.is_empty() {
        return Err(vm.value_error("no path specified"));
    }
    let start = match args.get(1) {
        Some(&v) if v != Value::NONE => path_arg(vm, v, "relpath")?,
        _ => String::from("."),
    };
    let (path, start) = (absolute(vm, &path)?, absolute(vm, &start)?);
    let path_parts: Vec<&str> = path.split('/').filter(|p| !p.is_empty()).collect();
    let start_parts: Vec<&str> = start.split('/').filter(|p| !p.is_empty()).collect();
    let common = path_parts
        .iter()
        .zip(&start_parts)
        .take_while(|(a, b)| a == b)
        .count();
    let mut parts = alloc::vec![".."; start_parts.len() - common];
    parts.extend_from_slice(&path_parts[common..]);
    if parts.is_empty() {
        return vm.new_str(".");
    }
    vm.new_string(parts.join("/"))
}

/// The paths in an iterable argument, as text.
fn path_list(vm: &mut Vm, v: Value, function: &str) -> PyResult<Vec<String>> {
    let items = vm.collect_iterable(v)?;
    items
        .into_iter()
        .map(|item| path_arg(vm, item, function))
        .collect()
}

/// `commonprefix(list)`: the longest common leading string, character by character.
fn commonprefix(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "commonprefix", args, 1, 1)?;
    let paths = path_list(vm, args[0], "commonprefix")?;
    let (Some(first), Some(last)) = (paths.iter().min(), paths.iter().max()) else {
        return vm.new_str("");
    };
    let end = first
        .char_indices()
        .zip(last.chars())
        .find(|((_, a), b)| a != b)
        .map_or(first.len(), |((i, _), _)| i);
    vm.new_str(&first[..end])
}

/// `commonpath(paths)`: the longest common sub-path, part by part.
fn commonpath(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "commonpath", args, 1, 1)?;
    let paths = path_list(vm, args[0], "commonpath")?;
    let Some(first) = paths.first() else {
        return Err(vm.value_error("commonpath() arg is an empty sequence"));
    };
    let absolute = first.starts_with('/');
    if paths.iter().any(|p| p.starts_with('/') != absolute) {
        return Err(vm.value_error("Can't mix absolute and relative paths"));
    }
    let parts = |path: &str| -> Vec<String> {
        path.split('/')
            .filter(|p| !p.is_empty() && *p != ".")
            .map(String::from)
            .collect()
    };
    let mut common = parts(first);
    for path in &paths[1..] {
        let other = parts(path);
        let same = common
            .iter()
            .zip(&other)
            .take_while(|(a, b)| a == b)
            .count();
        common.truncate(same);
    }
    let prefix = if absolute { "/" } else { "" };
    vm.new_string(format!("{prefix}{}", common.join("/")))
}

/// `expanduser`, `expandvars`, `normcase`: the path unchanged (a board has no users, no
/// environment and one case).
fn unchanged(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    check_args(vm, "expanduser", args, 1, 1)?;
    path_arg(vm, args[0], "expanduser")?;
    Ok(args[0])
}

fn isabs(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let path = one_path(vm, "isabs", args)?;
    Ok(Value::bool(path.starts_with('/')))
}

fn stat_mode(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<Option<u32>> {
    let path = one_path(vm, name, args)?;
    Ok(vm.port.fs_stat(&path).ok().map(|s| s.mode))
}

fn exists(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    Ok(Value::bool(stat_mode(vm, args, "exists")?.is_some()))
}

fn isdir(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let mode = stat_mode(vm, args, "isdir")?;
    Ok(Value::bool(mode.is_some_and(|m| m & 0o170000 == 0o040000)))
}

fn isfile(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let mode = stat_mode(vm, args, "isfile")?;
    Ok(Value::bool(mode.is_some_and(|m| m & 0o170000 == 0o100000)))
}

fn getsize(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    let path = one_path(vm, "getsize", args)?;
    match vm.port.fs_stat(&path) {
        Ok(stat) => vm.new_int(stat.size as i64),
        Err(code) => Err(os_error(vm, code, Some(&path))),
    }
}

/// `os.getenv(key, default=None)`: the port's environment (a board has none: the default).
fn getenv(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    crate::modules::builtins::check_python_kwargs(vm, "getenv", kwargs, &["key", "default"])?;
    check_args(vm, "getenv", args, 1, 2)?;
    let Some(key) = vm.str_text(args[0]).map(String::from) else {
        let name = vm.type_name(args[0]);
        return Err(vm.type_error(format!("str expected, not {name}")));
    };
    if let Some((_, value)) = vm.port.environment().into_iter().find(|(k, _)| *k == key) {
        return vm.new_string(value);
    }
    Ok(args
        .get(1)
        .copied()
        .or_else(|| kwarg(vm, kwargs, "default"))
        .unwrap_or(Value::NONE))
}

/// `os.walk(top, topdown=True, onerror=None, followlinks=False)`: written in Python
/// (`frozen/_os_more.py`); the first call puts that generator function in `os` in place of
/// this stub, then calls it.
fn walk(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> PyResult<Value> {
    let more = vm.import_module("_os_more")?;
    let name = vm.qstrs.intern("walk");
    let function = vm.load_attr(more, name)?;
    vm.push_root(function);
    let result = vm
        .import_module("os")
        .and_then(|os| vm.store_attr(os, name, function))
        .and_then(|_| vm.call(function, args, kwargs));
    vm.pop_root();
    result
}

/// Makes `_os_more`, the frozen module of `os`'s Python functions.
pub fn make_more(vm: &mut Vm) -> PyResult<Value> {
    super::frozen::make(vm, "_os_more")
}

static FUNCTIONS: &[Builtin] = &[
    Builtin::no_arguments("getcwd", getcwd),
    Builtin::with_keywords("chdir", chdir),
    Builtin::with_keywords("listdir", listdir),
    Builtin::new("ilistdir", ilistdir),
    Builtin::no_arguments("sync", sync),
    Builtin::with_keywords("mkdir", mkdir),
    Builtin::with_keywords("rmdir", rmdir),
    Builtin::with_keywords("remove", remove),
    Builtin::with_keywords("unlink", remove),
    Builtin::with_keywords("rename", rename),
    // POSIX rename replaces an existing file, as `replace` must.
    Builtin::with_keywords("replace", rename),
    Builtin::with_keywords("makedirs", makedirs),
    Builtin::new("strerror", strerror),
    Builtin::with_keywords("stat", stat),
    Builtin::with_keywords("statvfs", statvfs),
    Builtin::no_arguments("uname", uname),
    Builtin::new("urandom", urandom),
    Builtin::with_keywords("getenv", getenv),
    Builtin::with_keywords("walk", walk),
];

static PATH_FUNCTIONS: &[Builtin] = &[
    Builtin::new("join", path_join),
    Builtin::new("split", path_split),
    Builtin::new("basename", basename),
    Builtin::new("dirname", dirname),
    Builtin::new("splitext", splitext),
    Builtin::new("isabs", isabs),
    Builtin::new("normpath", normpath),
    Builtin::new("abspath", abspath),
    Builtin::new("realpath", abspath),
    Builtin::with_keywords("relpath", relpath),
    Builtin::new("commonprefix", commonprefix),
    Builtin::new("commonpath", commonpath),
    Builtin::new("expanduser", unchanged),
    Builtin::new("expandvars", unchanged),
    Builtin::new("normcase", unchanged),
    Builtin::new("exists", exists),
    Builtin::new("isdir", isdir),
    Builtin::new("isfile", isfile),
    Builtin::new("getsize", getsize),
];

pub fn make(vm: &mut Vm) -> PyResult<Value> {
    vm.make_module("os", fill)
}

fn fill(vm: &mut Vm, module: Value) -> PyResult<()> {
    crate::modules::gc::add_functions(vm, module, FUNCTIONS)?;
    let dict = vm.module_dict(module);
    for (name, text) in [
        ("sep", "/"),
        ("curdir", "."),
        ("pardir", ".."),
        ("linesep", "\n"),
        ("name", "posix"),
    ] {
        let value = vm.intern(text);
        let key = vm.qstrs.intern(name);
        vm.dict_set_name(dict, key, value)?;
    }
    for (name, whence) in [("SEEK_SET", 0), ("SEEK_CUR", 1), ("SEEK_END", 2)] {
        let key = vm.qstrs.intern(name);
        vm.dict_set_name(dict, key, Value::small_int(whence))?;
    }
    // `environ`: a dict of the environment when imported (empty on a board).
    let environ = vm.new_dict()?;
    let key = vm.qstrs.intern("environ");
    vm.dict_set_name(dict, key, environ)?;
    for (name, value) in vm.port.environment() {
        let name = vm.new_string(name)?;
        vm.push_root(name);
        let value = vm.new_string(value);
        let stored = value.and_then(|value| vm.dict_set_item(environ, name, value));
        vm.pop_root();
        stored?;
    }
    let stat_result = crate::modules::sys::struct_sequence_class(
        vm,
        "stat_result",
        "os",
        &[
            "st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "st_atime",
            "st_mtime", "st_ctime",
        ],
    )?;
    let key = vm.qstrs.intern("stat_result");
    vm.dict_set_name(dict, key, stat_result)?;
    let statvfs_result = crate::modules::sys::struct_sequence_class(
        vm,
        "statvfs_result",
        "os",
        &[
            "f_bsize",
            "f_frsize",
            "f_blocks",
            "f_bfree",
            "f_bavail",
            "f_files",
            "f_ffree",
            "f_favail",
            "f_flag",
            "f_namemax",
        ],
    )?;
    let key = vm.qstrs.intern("statvfs_result");
    vm.dict_set_name(dict, key, statvfs_result)?;
    let uname_result = crate::modules::sys::struct_sequence_class(
        vm,
        "uname_result",
        "posix",
        &["sysname", "nodename", "release", "version", "machine"],
    )?;
    let key = vm.qstrs.intern("uname_result");
    vm.dict_set_name(dict, key, uname_result)?;
    let path = vm.new_module("os.path")?;
    let key = vm.qstrs.intern("path");
    vm.dict_set_name(dict, key, path)?;
    crate::modules::gc::add_functions(vm, path, PATH_FUNCTIONS)?;
    let path_dict = vm.module_dict(path);
    let sep = vm.intern("/");
    let key = vm.qstrs.intern("sep");
    vm.dict_set_name(path_dict, key, sep)?;
    let modules = vm.modules;
    let key = vm.intern("os.path");
    vm.dict_set_item(modules, key, path)?;
    Ok(())
}
