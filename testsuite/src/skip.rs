//! The skip list (`testsuite/skip.yaml`): which test is skipped on which target, and why.
//!
//! ```yaml
//! - test: "floats/repr_shortest.py"
//!   targets: [qemu-mps2, stm32f405]     # or: all
//!   reason: "soft-float libm rounds the last digit differently"
//! ```

use serde::Deserialize;
use std::path::Path;

/// The targets a skip entry may name. A board backend adds its name here.
pub const KNOWN_TARGETS: &[&str] = &[
    "host",
    "host-gc-stress",
    "qemu-mps2",
    "qemu-mps2-an386",
    "stm32f405",
];

/// Which targets an entry applies to: the word `all` or a list of target names.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(untagged)]
pub enum Targets {
    /// `targets: all`
    Word(String),
    /// `targets: [host, qemu-mps2]`
    List(Vec<String>),
}

/// One skip entry.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SkipEntry {
    /// `area/name.py`
    pub test: String,
    /// Where it is skipped.
    pub targets: Targets,
    /// Why (shown on the ignored trial and in COMPATIBILITY.md).
    pub reason: String,
}

impl SkipEntry {
    /// `qemu-mps2` names the family: its entries hold for `qemu-mps2-an386` too (the same
    /// firmware and heap on a Cortex-M4F), which may also be named alone.
    fn applies_to(&self, target: &str) -> bool {
        match &self.targets {
            Targets::Word(word) => word == "all",
            Targets::List(list) => list.iter().any(|name| {
                name == target
                    || name == "all"
                    || (name == "qemu-mps2" && target.starts_with("qemu-mps2-"))
            }),
        }
    }
}

/// The loaded skip list.
#[derive(Debug, Clone, Default)]
pub struct SkipList {
    /// Entries in file order.
    pub entries: Vec<SkipEntry>,
}

impl SkipList {
    /// Loads and validates `path`; errors name the file and line.
    pub fn load(path: &Path) -> Result<SkipList, crate::Error> {
        let text = std::fs::read_to_string(path)
            .map_err(|error| format!("{}: cannot read: {error}", path.display()))?;
        Self::parse(&text, &path.display().to_string())
    }

    /// Parses skip-list text; `origin` names the file in error messages.
    pub fn parse(text: &str, origin: &str) -> Result<SkipList, crate::Error> {
        let entries: Option<Vec<SkipEntry>> =
            serde_norway::from_str(text).map_err(|error| match error.location() {
                Some(location) => format!(
                    "{origin}:{}:{}: {error}",
                    location.line(),
                    location.column()
                ),
                None => format!("{origin}: {error}"),
            })?;
        let entries = entries.unwrap_or_default();
        for entry in &entries {
            let line = line_of(text, &entry.test);
            let at = |message: String| format!("{origin}:{line}: {message}");
            if !entry.test.ends_with(".py") || entry.test.matches('/').count() != 1 {
                return Err(at(format!(
                    "test `{}` must be written `area/name.py`",
                    entry.test
                )));
            }
            if entry.reason.trim().is_empty() {
                return Err(at(format!("test `{}` has an empty reason", entry.test)));
            }
            match &entry.targets {
                Targets::Word(word) if word != "all" => {
                    return Err(at(format!(
                        "targets must be `all` or a list of {}, not `{word}`",
                        KNOWN_TARGETS.join(", ")
                    )))
                }
                Targets::List(list) => {
                    if let Some(unknown) = list
                        .iter()
                        .find(|name| *name != "all" && !KNOWN_TARGETS.contains(&name.as_str()))
                    {
                        return Err(at(format!(
                            "unknown target `{unknown}` (known: all, {})",
                            KNOWN_TARGETS.join(", ")
                        )));
                    }
                }
                Targets::Word(_) => {}
            }
        }
        Ok(SkipList { entries })
    }

    /// Why `test_id` (`area/name.py`) is skipped on `target`, if it is.
    pub fn reason(&self, test_id: &str, target: &str) -> Option<&str> {
        self.entries
            .iter()
            .find(|entry| entry.test == test_id && entry.applies_to(target))
            .map(|entry| entry.reason.as_str())
    }

    /// Entries naming a test that does not exist (a stale skip list is an error).
    pub fn unknown_tests<'a>(&'a self, known: &[String]) -> Vec<&'a str> {
        self.entries
            .iter()
            .map(|entry| entry.test.as_str())
            .filter(|test| !known.iter().any(|id| id == test))
            .collect()
    }
}

/// The 1-based line where `needle` first appears (for validation errors after parsing).
fn line_of(text: &str, needle: &str) -> usize {
    text.lines()
        .position(|line| line.contains(needle))
        .map_or(0, |index| index + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_and_comment_only_files_are_empty_lists() {
        assert!(SkipList::parse("", "s.yaml").unwrap().entries.is_empty());
        assert!(SkipList::parse("# nothing\n", "s.yaml")
            .unwrap()
            .entries
            .is_empty());
        assert!(SkipList::parse("[]\n", "s.yaml")
            .unwrap()
            .entries
            .is_empty());
    }

    #[test]
    fn entries_apply_to_their_targets() {
        let list = SkipList::parse(
            "- test: a/b.py\n  targets: [qemu-mps2]\n  reason: slow\n\
             - test: c/d.py\n  targets: all\n  reason: no fs\n",
            "s.yaml",
        )
        .unwrap();
        assert_eq!(list.reason("a/b.py", "qemu-mps2"), Some("slow"));
        assert_eq!(list.reason("a/b.py", "qemu-mps2-an386"), Some("slow"));
        assert_eq!(list.reason("a/b.py", "host"), None);
        assert_eq!(list.reason("a/b.py", "stm32f405"), None);
        assert_eq!(list.reason("c/d.py", "stm32f405"), Some("no fs"));
        assert_eq!(list.unknown_tests(&["a/b.py".into()]), vec!["c/d.py"]);
    }

    #[test]
    fn malformed_files_name_file_and_line() {
        let error = SkipList::parse(
            "- test: a/b.py\n  targets: [host]\n  reason: ok\n- test: [oops\n",
            "testsuite/skip.yaml",
        )
        .unwrap_err();
        assert!(error.starts_with("testsuite/skip.yaml:4:"), "{error}");
        let error = SkipList::parse(
            "- test: a/b.py\n  targets: [host]\n  reason: ok\n  colour: red\n",
            "testsuite/skip.yaml",
        )
        .unwrap_err();
        assert!(error.starts_with("testsuite/skip.yaml:"), "{error}");
        assert!(error.contains("colour"), "{error}");
        let error = SkipList::parse(
            "- test: a/b.py\n  targets: [host]\n  reason: ok\n- test: x/y.py\n  targets: [pc]\n  reason: r\n",
            "testsuite/skip.yaml",
        )
        .unwrap_err();
        assert!(error.starts_with("testsuite/skip.yaml:4:"), "{error}");
        assert!(error.contains("unknown target `pc`"), "{error}");
    }
}
