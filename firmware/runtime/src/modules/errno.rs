//! `errno`: POSIX error numbers (Linux values, as MicroPython's ports use) and `errorcode`.

use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// Every constant; where numbers repeat, the first name is the one `errorcode` gives.
pub static CODES: &[(&str, i32)] = &[
    ("EPERM", 1),
    ("ENOENT", 2),
    ("ESRCH", 3),
    ("EINTR", 4),
    ("EIO", 5),
    ("ENXIO", 6),
    ("E2BIG", 7),
    ("ENOEXEC", 8),
    ("EBADF", 9),
    ("ECHILD", 10),
    ("EAGAIN", 11),
    ("ENOMEM", 12),
    ("EACCES", 13),
    ("EFAULT", 14),
    ("EBUSY", 16),
    ("EEXIST", 17),
    ("EXDEV", 18),
    ("ENODEV", 19),
    ("ENOTDIR", 20),
    ("EISDIR", 21),
    ("EINVAL", 22),
    ("ENFILE", 23),
    ("EMFILE", 24),
    ("ENOTTY", 25),
    ("EFBIG", 27),
    ("ENOSPC", 28),
    ("ESPIPE", 29),
    ("EROFS", 30),
    ("EMLINK", 31),
    ("EPIPE", 32),
    ("EDOM", 33),
    ("ERANGE", 34),
    ("EDEADLOCK", 35),
    ("EDEADLK", 35),
    ("ENAMETOOLONG", 36),
    ("ENOSYS", 38),
    ("ENOTEMPTY", 39),
    ("ELOOP", 40),
    ("EWOULDBLOCK", 11),
    ("ENOTSOCK", 88),
    ("EMSGSIZE", 90),
    ("ENOTSUP", 95),
    ("EOPNOTSUPP", 95),
    ("EAFNOSUPPORT", 97),
    ("EADDRINUSE", 98),
    ("EADDRNOTAVAIL", 99),
    ("ENETDOWN", 100),
    ("ENETUNREACH", 101),
    ("ECONNABORTED", 103),
    ("ECONNRESET", 104),
    ("ENOBUFS", 105),
    ("EISCONN", 106),
    ("ENOTCONN", 107),
    ("ETIMEDOUT", 110),
    ("ECONNREFUSED", 111),
    ("EHOSTUNREACH", 113),
    ("EALREADY", 114),
    ("EINPROGRESS", 115),
    ("ECANCELED", 125),
];

pub const ENOENT: i32 = 2;
pub const EEXIST: i32 = 17;
pub const ENODEV: i32 = 19;
pub const ENOTDIR: i32 = 20;
pub const EISDIR: i32 = 21;
pub const EACCES: i32 = 13;
pub const EPERM: i32 = 1;
pub const EINVAL: i32 = 22;

/// The name of error number `code`, if it has one.
pub fn name_of(code: i32) -> Option<&'static str> {
    CODES
        .iter()
        .find(|(_, c)| *c == code)
        .map(|(name, _)| *name)
}

/// The message `strerror` gives for the common codes (glibc's wording).
pub fn message_of(code: i32) -> &'static str {
    match code {
        1 => "Operation not permitted",
        2 => "No such file or directory",
        5 => "Input/output error",
        9 => "Bad file descriptor",
        12 => "Cannot allocate memory",
        13 => "Permission denied",
        16 => "Device or resource busy",
        17 => "File exists",
        18 => "Invalid cross-device link",
        19 => "No such device",
        20 => "Not a directory",
        21 => "Is a directory",
        22 => "Invalid argument",
        28 => "No space left on device",
        30 => "Read-only file system",
        36 => "File name too long",
        39 => "Directory not empty",
        95 => "Operation not supported",
        _ => "Unknown error",
    }
}

pub fn make(vm: &mut Vm) -> PyResult<Value> {
    vm.make_module("errno", |vm, module| {
        let dict = vm.module_dict(module);
        let errorcode = vm.new_dict()?;
        let name = vm.qstrs.intern("errorcode");
        vm.dict_set_name(dict, name, errorcode)?;
        for &(text, code) in CODES {
            let name = vm.qstrs.intern(text);
            let number = Value::small_int(code as isize);
            vm.dict_set_name(dict, name, number)?;
            if vm.dict_get_item(errorcode, number)?.is_none() {
                let value = Value::qstr(name);
                vm.dict_set_item(errorcode, number, value)?;
            }
        }
        Ok(())
    })
}
