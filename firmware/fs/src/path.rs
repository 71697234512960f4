//! Paths: joining a working directory and a user's path into the canonical absolute form.

use alloc::string::String;
use alloc::vec::Vec;

/// `path` (absolute, or relative to the absolute `cwd`) as a canonical absolute path: `/`,
/// or `/a/b` with no empty, `.` or `..` components (`..` of the root is the root, as POSIX).
pub fn resolve(cwd: &str, path: &str) -> String {
    let mut parts: Vec<&str> = Vec::new();
    let start = if path.starts_with('/') { "" } else { cwd };
    for part in start.split('/').chain(path.split('/')) {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            name => parts.push(name),
        }
    }
    let mut out = String::new();
    for part in &parts {
        out.push('/');
        out.push_str(part);
    }
    if out.is_empty() {
        out.push('/');
    }
    out
}

/// The filesystem's key for a canonical absolute path: without the leading `/` (the root is
/// the empty key).
pub fn key(absolute: &str) -> &str {
    absolute.trim_start_matches('/')
}

/// The parent key of `key` (the root's children have the root, `""`, as parent).
pub fn parent(key: &str) -> &str {
    key.rsplit_once('/').map_or("", |(parent, _)| parent)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolves() {
        assert_eq!(resolve("/", "a.txt"), "/a.txt");
        assert_eq!(resolve("/lib", "x/../y.py"), "/lib/y.py");
        assert_eq!(resolve("/lib", "/abs//b/"), "/abs/b");
        assert_eq!(resolve("/", ".."), "/");
        assert_eq!(resolve("/a/b", ".."), "/a");
        assert_eq!(resolve("/a", ""), "/a");
        assert_eq!(key("/a/b"), "a/b");
        assert_eq!(parent("a/b"), "a");
        assert_eq!(parent("a"), "");
    }
}
