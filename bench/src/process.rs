//! Running one child process with a time limit, and measuring its wall time and peak RSS.
//!
//! Peak RSS comes from `wait4(2)`: its `rusage` belongs to exactly the child reaped, unlike
//! `getrusage(RUSAGE_CHILDREN)`, which is the maximum over every child so far. Output goes to
//! files (no pipes to drain, so no deadlock on a chatty child).

use crate::error::{io_error, Error, Result};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// How a child process ended, with what it printed.
#[derive(Debug, Clone)]
pub struct Finished {
    /// Exit code, or `None` when a signal ended it.
    pub exit_code: Option<i32>,
    pub signal: Option<i32>,
    pub timed_out: bool,
    pub wall_seconds: f64,
    /// Peak resident set size in KiB (Linux `ru_maxrss`).
    pub peak_rss_kib: u64,
    pub stdout: String,
    pub stderr: String,
}

impl Finished {
    pub fn success(&self) -> bool {
        self.exit_code == Some(0) && !self.timed_out
    }

    /// A one-line description of a failure plus the last lines of stderr (or stdout).
    pub fn failure_summary(&self) -> String {
        let how = if self.timed_out {
            format!("timed out after {:.1} s", self.wall_seconds)
        } else if let Some(signal) = self.signal {
            format!("killed by signal {signal}")
        } else {
            format!("exit code {}", self.exit_code.unwrap_or(-1))
        };
        let text = if self.stderr.trim().is_empty() {
            &self.stdout
        } else {
            &self.stderr
        };
        let tail = tail_lines(text, 3);
        if tail.is_empty() {
            how
        } else {
            format!("{how}: {tail}")
        }
    }
}

/// The last `count` non-empty lines of `text` (a traceback's header line left out), joined with " | ", at most 400 characters.
pub fn tail_lines(text: &str, count: usize) -> String {
    let lines: Vec<&str> = text
        .lines()
        .filter(|line| !line.trim().is_empty())
        .collect();
    let start = lines.len().saturating_sub(count);
    let joined = lines[start..]
        .iter()
        .map(|line| line.trim())
        .collect::<Vec<_>>()
        .join(" | ");
    if joined.chars().count() > 400 {
        let skip = joined.chars().count() - 400;
        format!("…{}", joined.chars().skip(skip).collect::<String>())
    } else {
        joined
    }
}

/// Runs `command` (program and arguments) to completion or until `limit`, capturing its output
/// in `scratch_directory`. An error means it could not be started at all.
pub fn run(command: &[String], scratch_directory: &Path, limit: Duration) -> Result<Finished> {
    let (program, arguments) = command
        .split_first()
        .ok_or_else(|| Error::new("empty command line"))?;
    std::fs::create_dir_all(scratch_directory)
        .map_err(|error| io_error(scratch_directory, error))?;
    let stdout_path = scratch_directory.join("stdout.txt");
    let stderr_path = scratch_directory.join("stderr.txt");
    let stdout_file =
        std::fs::File::create(&stdout_path).map_err(|error| io_error(&stdout_path, error))?;
    let stderr_file =
        std::fs::File::create(&stderr_path).map_err(|error| io_error(&stderr_path, error))?;

    let started = Instant::now();
    let child = Command::new(program)
        .args(arguments)
        .stdin(Stdio::null())
        .stdout(stdout_file)
        .stderr(stderr_file)
        .spawn()
        .map_err(|error| Error::new(format!("cannot start `{program}`: {error}")))?;
    let pid = child.id() as libc::pid_t;

    // A watchdog kills the child at the limit. The child cannot be reaped (so its pid cannot be
    // reused) before wait4 below returns, and the watchdog is told to stop right after that.
    let (stop_watchdog, stopped) = mpsc::channel::<()>();
    let watchdog = std::thread::spawn(move || {
        if let Err(mpsc::RecvTimeoutError::Timeout) = stopped.recv_timeout(limit) {
            // SAFETY: kill(2) has no memory effects; `pid` is our unreaped child (see above).
            // (Same process group as us on purpose: Ctrl-C still reaches the child.)
            unsafe {
                libc::kill(pid, libc::SIGKILL);
            }
            return true;
        }
        false
    });

    let (status, usage) = wait_for(pid)?;
    let wall_seconds = started.elapsed().as_secs_f64();
    let _ = stop_watchdog.send(());
    let timed_out = watchdog.join().unwrap_or(false);
    drop(child); // Already reaped by wait4; dropping a std Child never waits or kills.

    let read = |path: &Path| {
        std::fs::read(path)
            .map(|bytes| String::from_utf8_lossy(&bytes).into_owned())
            .map_err(|error| io_error(path, error))
    };
    Ok(Finished {
        exit_code: libc::WIFEXITED(status).then(|| libc::WEXITSTATUS(status)),
        signal: libc::WIFSIGNALED(status).then(|| libc::WTERMSIG(status)),
        timed_out,
        wall_seconds,
        peak_rss_kib: u64::try_from(usage.ru_maxrss).unwrap_or(0),
        stdout: read(&stdout_path)?,
        stderr: read(&stderr_path)?,
    })
}

/// Blocks until child `pid` ends; returns its wait status and resource usage.
fn wait_for(pid: libc::pid_t) -> Result<(libc::c_int, libc::rusage)> {
    loop {
        let mut status: libc::c_int = 0;
        // SAFETY: an all-zero rusage is a valid value of this plain C struct.
        let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
        // SAFETY: both pointers are to live, writable locals of the right types.
        let result = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
        if result == pid {
            return Ok((status, usage));
        }
        let error = std::io::Error::last_os_error();
        if error.kind() != std::io::ErrorKind::Interrupted {
            return Err(Error::new(format!("wait4 on child {pid}: {error}")));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scratch(name: &str) -> std::path::PathBuf {
        std::env::temp_dir().join(format!(
            "pyrite-bench-process-{name}-{}",
            std::process::id()
        ))
    }

    fn shell(script: &str) -> Vec<String> {
        vec!["sh".into(), "-c".into(), script.into()]
    }

    #[test]
    fn captures_output_exit_code_and_rss() {
        let finished = run(
            &shell("echo out; echo err >&2; exit 3"),
            &scratch("exit"),
            Duration::from_secs(10),
        )
        .unwrap();
        assert_eq!(finished.exit_code, Some(3));
        assert_eq!(finished.stdout, "out\n");
        assert!(finished.failure_summary().contains("exit code 3: err"));
        assert!(finished.peak_rss_kib > 0);
    }

    #[test]
    fn kills_at_the_time_limit() {
        let finished = run(
            &shell("sleep 5"),
            &scratch("limit"),
            Duration::from_millis(200),
        )
        .unwrap();
        assert!(finished.timed_out);
        assert!(!finished.success());
        assert!(finished.wall_seconds < 4.0);
    }

    #[test]
    fn a_missing_program_is_an_error_not_a_panic() {
        let error = run(
            &["/nonexistent/pyrite".into()],
            &scratch("missing"),
            Duration::from_secs(1),
        )
        .unwrap_err();
        assert!(error.message().contains("cannot start"));
    }
}
