//! Judging one run: stdout must equal the CPython-blessed `.exp` byte for byte, and the run
//! must end normally.

use crate::diff::line_diff;
use crate::{ExitKind, RunOutcome, Script};

/// Lines of stderr shown in a failure message (its end: that is where the traceback is).
const STDERR_TAIL_LINES: usize = 30;
/// Lines of diff shown in a failure message.
const DIFF_LINES: usize = 60;

/// The script's expected stdout, from its `.exp` file.
pub fn expected_output(script: &Script) -> Result<Vec<u8>, crate::Error> {
    let exp = script
        .exp_path
        .strip_prefix(crate::repo_root())
        .unwrap_or(&script.exp_path)
        .display();
    std::fs::read(&script.exp_path).map_err(|error| match &script.differs {
        // A deliberate difference keeps a hand-reviewed .exp that bless never writes.
        Some(reason) => format!(
            "{exp}: cannot read the expected output ({error}); this test differs from CPython \
             on purpose ({reason}), so its .exp is written by hand and reviewed"
        ),
        None => format!(
            "{exp}: cannot read the expected output ({error}); write it with `cargo xtask bless {}`",
            script.path.display()
        ),
    })
}

/// `Ok` when `outcome` matches `expected`; otherwise a message for a person: what differs
/// (a line diff), how the run ended, and the end of stderr.
pub fn check_outcome(
    script: &Script,
    target: &str,
    outcome: &RunOutcome,
    expected: &[u8],
) -> Result<(), String> {
    let clean_exit = outcome.exit == ExitKind::Code(0);
    if clean_exit && outcome.stdout == expected {
        return Ok(());
    }
    let mut message = String::new();
    match &outcome.exit {
        ExitKind::Code(0) => {}
        ExitKind::Code(code) => message.push_str(&format!("exited with status {code}\n")),
        ExitKind::Crashed(how) => message.push_str(&format!("crashed: {how}\n")),
        ExitKind::TimedOut(after) => message.push_str(&format!(
            "timed out after {:.1} s and was killed\n",
            after.as_secs_f64()
        )),
    }
    if outcome.stdout == expected {
        message.push_str("stdout matches the expected output\n");
    } else {
        let expected_text = String::from_utf8_lossy(expected);
        let actual_text = String::from_utf8_lossy(&outcome.stdout);
        message.push_str(&format!(
            "stdout differs from CPython's ({} expected lines, {} actual)\n\
             --- expected: {}\n+++ actual: {target}\n",
            expected_text.lines().count(),
            actual_text.lines().count(),
            script
                .exp_path
                .strip_prefix(crate::repo_root())
                .unwrap_or(&script.exp_path)
                .display(),
        ));
        if expected_text == actual_text {
            message.push_str("(outputs differ only in invalid UTF-8 bytes)\n");
        } else {
            message.push_str(&line_diff(&expected_text, &actual_text, DIFF_LINES));
        }
    }
    let stderr = String::from_utf8_lossy(&outcome.stderr);
    if let Some(panic) = rust_panic(&stderr) {
        message.push_str(&format!(
            "the runtime panicked (it must raise a Python exception instead): {panic}\n"
        ));
    }
    if !stderr.trim().is_empty() {
        let lines: Vec<&str> = stderr.lines().collect();
        let start = lines.len().saturating_sub(STDERR_TAIL_LINES);
        message.push_str("stderr");
        if start > 0 {
            message.push_str(&format!(" (last {STDERR_TAIL_LINES} lines)"));
        }
        message.push_str(":\n");
        for line in &lines[start..] {
            message.push_str("  ");
            message.push_str(line);
            message.push('\n');
        }
    }
    Err(message)
}

/// `location: message` of a Rust panic reported in `stderr`, if there is one.
pub fn rust_panic(stderr: &str) -> Option<String> {
    let mut lines = stderr.lines();
    let location = lines.find_map(|line| line.split_once(" panicked at ").map(|(_, at)| at))?;
    let what = lines.next().unwrap_or("").trim();
    Some(format!("{} {what}", location.trim()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    fn script() -> Script {
        Script {
            area: "ints".into(),
            name: "t.py".into(),
            path: PathBuf::from("/s/ints/t.py"),
            exp_path: PathBuf::from("/s/ints/t.py.exp"),
            differs: None,
        }
    }

    fn outcome(stdout: &str, stderr: &str, exit: ExitKind) -> RunOutcome {
        RunOutcome {
            stdout: stdout.into(),
            stderr: stderr.into(),
            exit,
        }
    }

    #[test]
    fn equal_output_and_clean_exit_pass() {
        assert!(check_outcome(
            &script(),
            "host",
            &outcome("1\n", "", ExitKind::Code(0)),
            b"1\n"
        )
        .is_ok());
    }

    #[test]
    fn mismatch_shows_diff_and_stderr() {
        let error = check_outcome(
            &script(),
            "host",
            &outcome("1\n3\n", "Traceback\nValueError: x\n", ExitKind::Code(1)),
            b"1\n2\n",
        )
        .unwrap_err();
        assert!(error.contains("exited with status 1"), "{error}");
        assert!(error.contains("- 2\n"), "{error}");
        assert!(error.contains("+ 3\n"), "{error}");
        assert!(error.contains("ValueError: x"), "{error}");
    }

    #[test]
    fn panics_are_called_out() {
        let error = check_outcome(
            &script(),
            "host",
            &outcome(
                "",
                "\nthread 'main' (7) panicked at src/vm/run.rs:210:36:\nattempt to subtract with overflow\nstack backtrace:\n",
                ExitKind::Code(101),
            ),
            b"1\n",
        )
        .unwrap_err();
        assert!(
            error.contains("panicked (it must raise a Python exception instead): src/vm/run.rs:210:36: attempt to subtract with overflow"),
            "{error}"
        );
    }

    #[test]
    fn right_output_but_crash_fails() {
        let error = check_outcome(
            &script(),
            "host",
            &outcome("1\n", "", ExitKind::Crashed("signal 11".into())),
            b"1\n",
        )
        .unwrap_err();
        assert!(error.contains("crashed"), "{error}");
    }
}
