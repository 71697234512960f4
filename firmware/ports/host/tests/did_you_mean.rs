//! An uncaught AttributeError or NameError ends with CPython 3.11's hint (`. Did you mean:
//! 'append'?`): the last line of the traceback is compared with what `python3` prints for
//! the same program (skipped, with the reason, where there is no CPython 3.11).

mod common;

use std::process::Command;

/// The last line CPython 3.11 writes to stderr for `code`, or None without a `python3` 3.11.
fn cpython_last_line(code: &str) -> Option<String> {
    let version = Command::new("python3").arg("--version").output().ok()?;
    if !String::from_utf8_lossy(&version.stdout).starts_with("Python 3.11") {
        return None;
    }
    let output = Command::new("python3").args(["-c", code]).output().ok()?;
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    stderr.lines().last().map(String::from)
}

#[test]
fn hints_match_cpython() {
    let programs = [
        "[].apend",
        "pritn('x')",
        "x = 1\ny = xx",
        "Nonee",
        "import sys\nsys.stdrr",
        "class A:\n    def __init__(self):\n        self.value = 1\nA().vaule",
        "class A:\n    pass\nA().__init_subclas__",
        "FOO = 1\nfoo",
        "aaaaaaaaaa = 1\nbbbbbbbbbb",
        "{}.iteems()",
        "import math\nmath.sqr(2)",
        "'x'.UPPER()",
        "def f():\n    return lenn\nf()",
        "raise AttributeError('made by hand')",
    ];
    let mut checked = 0;
    for code in programs {
        let Some(expected) = cpython_last_line(code) else {
            eprintln!("skipped: no CPython 3.11 (`python3`) to compare with");
            return;
        };
        let (_, stderr, ok) = common::pyrite_in(&std::env::temp_dir(), code);
        assert!(!ok, "{code:?} should fail");
        assert_eq!(stderr.lines().last(), Some(expected.as_str()), "{code:?}");
        checked += 1;
    }
    assert_eq!(checked, programs.len());
}
