//! `errno`: POSIX error numbers (Linux values, as MicroPython's ports use) and `errorcode`.

use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// Every constant's name, space-separated, in the order of `CODES` (one string, not a table
/// of string references: 8 bytes of flash less per name). Where numbers repeat, the first
/// name is the one `errorcode` gives.
static NAMES: &str = concat!(
    "EPERM ENOENT ESRCH EINTR EIO ENXIO E2BIG ENOEXEC EBADF ECHILD EAGAIN ENOMEM EACCES EFAULT ",
    "EBUSY EEXIST EXDEV ENODEV ENOTDIR EISDIR EINVAL ENFILE EMFILE ENOTTY EFBIG ENOSPC ESPIPE ",
    "EROFS EMLINK EPIPE EDOM ERANGE EDEADLOCK EDEADLK ENAMETOOLONG ENOSYS ENOTEMPTY ELOOP ",
    "EWOULDBLOCK ENOTSOCK EMSGSIZE ENOTSUP EOPNOTSUPP EAFNOSUPPORT EADDRINUSE EADDRNOTAVAIL ",
    "ENETDOWN ENETUNREACH ECONNABORTED ECONNRESET ENOBUFS EISCONN ENOTCONN ETIMEDOUT ",
    "ECONNREFUSED EHOSTUNREACH EALREADY EINPROGRESS ECANCELED",
);

/// The number of each name in `NAMES`.
static CODES: [u8; 59] = [
    1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 27, 28,
    29, 30, 31, 32, 33, 34, 35, 35, 36, 38, 39, 40, 11, 88, 90, 95, 95, 97, 98, 99, 100, 101, 103,
    104, 105, 106, 107, 110, 111, 113, 114, 115, 125,
];

/// Every constant as (name, number).
fn codes() -> impl Iterator<Item = (&'static str, i32)> {
    NAMES
        .split(' ')
        .zip(CODES.iter().map(|&code| i32::from(code)))
}

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
    codes().find(|&(_, c)| c == code).map(|(name, _)| name)
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
        for (text, code) in codes() {
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

#[cfg(test)]
mod tests {
    #[test]
    fn every_name_has_a_number() {
        assert_eq!(super::NAMES.split(' ').count(), super::CODES.len());
        assert_eq!(super::name_of(110), Some("ETIMEDOUT"));
        assert_eq!(super::name_of(11), Some("EAGAIN"));
    }
}
