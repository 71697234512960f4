//! How a script runs: the [`ScriptRunner`] extension point and the host binary's runner.

use crate::Script;
use std::io::Read;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// How a run ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExitKind {
    /// Exited with this status code (0 = success; Python's uncaught exception gives 1).
    Code(i32),
    /// Killed by a signal, or (on a board) a fault/reset — the text says which.
    Crashed(String),
    /// Still running after this long, and killed.
    TimedOut(Duration),
}

/// What one run of a script produced.
#[derive(Debug, Clone)]
pub struct RunOutcome {
    /// Everything the script printed to stdout (on a board: the UART output of the run).
    pub stdout: Vec<u8>,
    /// Error output (tracebacks); on a board, the raw REPL's exception text.
    pub stderr: Vec<u8>,
    /// How it ended.
    pub exit: ExitKind,
}

/// One way of running scripts: the host binary, or a board through its UART.
///
/// `run` returns `Err` only when the *harness* failed (could not start the binary, the
/// emulator died): a script that raises or prints the wrong thing is an `Ok` outcome.
/// Implementations are shared across test threads, so a board runner keeps its emulator
/// instances behind a lock or in a pool.
pub trait ScriptRunner: Send + Sync {
    /// The target name used in trial names and the skip list (`host`, `qemu-mps2`, …).
    fn target(&self) -> &str;

    /// Checked once before any trial runs; an error aborts the suite with its message.
    fn check_ready(&self) -> Result<(), crate::Error> {
        Ok(())
    }

    /// Runs one script (cwd / module path = the script's directory) and collects its output.
    fn run(&self, script: &Script) -> Result<RunOutcome, crate::Error>;
}

/// Runs each script as `<binary> <name>.py` in the script's directory, with a timeout.
#[derive(Debug, Clone)]
pub struct HostRunner {
    /// The `pyrite` binary (or anything that takes a script path).
    pub binary: PathBuf,
    /// Killed after this long.
    pub timeout: Duration,
    /// Target name (normally `host`).
    pub target: String,
    /// Options given before the script (`-X gc_stress`).
    pub options: Vec<String>,
}

/// Outputs larger than this are cut (a runaway print loop must not eat the machine's memory).
const MAX_CAPTURE: usize = 8 << 20;

impl HostRunner {
    /// The runner for `binary` with the default 10 s timeout (`$PYRITE_TEST_TIMEOUT` seconds
    /// overrides it).
    pub fn new(binary: PathBuf) -> HostRunner {
        let seconds = std::env::var("PYRITE_TEST_TIMEOUT")
            .ok()
            .and_then(|text| text.parse::<f64>().ok())
            .filter(|seconds| *seconds > 0.0)
            .unwrap_or(10.0);
        HostRunner {
            binary,
            timeout: Duration::from_secs_f64(seconds),
            target: "host".to_string(),
            options: Vec::new(),
        }
    }

    /// The same binary collecting the garbage at every safe point (`-X gc_stress`), as target
    /// `host-gc-stress`: a value the runtime holds across a call into Python without keeping
    /// it alive is freed at once and the script's output shows it. Six times the timeout:
    /// stressed runs are slow.
    pub fn gc_stress(binary: PathBuf) -> HostRunner {
        let plain = HostRunner::new(binary);
        HostRunner {
            timeout: plain.timeout * 6,
            target: "host-gc-stress".to_string(),
            options: vec!["-X".to_string(), "gc_stress".to_string()],
            ..plain
        }
    }
}

impl ScriptRunner for HostRunner {
    fn target(&self) -> &str {
        &self.target
    }

    fn check_ready(&self) -> Result<(), crate::Error> {
        if self.binary.is_file() {
            Ok(())
        } else {
            Err(format!(
                "the pyrite binary `{}` does not exist.\n\
                 Build it with `cargo build --release --bin pyrite` (or run everything with \
                 `cargo xtask test`), or point PYRITE_BIN at a pyrite binary.",
                self.binary.display()
            ))
        }
    }

    fn run(&self, script: &Script) -> Result<RunOutcome, crate::Error> {
        let mut command = Command::new(&self.binary);
        command
            .args(&self.options)
            .arg(&script.name)
            .current_dir(script.dir())
            .env("PYTHONHASHSEED", "0")
            .env("PYTHONIOENCODING", "utf-8")
            .env("PYTHONDONTWRITEBYTECODE", "1");
        run_with_timeout(command, self.timeout)
            .map_err(|error| format!("cannot run `{}`: {error}", self.binary.display()))
    }
}

/// Runs `command` with stdin closed, capturing stdout/stderr; kills it (and, on Unix, its
/// process group) after `timeout`.
pub fn run_with_timeout(mut command: Command, timeout: Duration) -> std::io::Result<RunOutcome> {
    command
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    #[cfg(unix)]
    {
        use std::os::unix::process::CommandExt;
        // Own process group, so a timeout also kills whatever a wrapper script started.
        command.process_group(0);
    }
    let mut child = command.spawn()?;
    let stdout = child.stdout.take().map(spawn_reader);
    let stderr = child.stderr.take().map(spawn_reader);
    let started = Instant::now();
    let exit = loop {
        if let Some(status) = child.try_wait()? {
            break match status.code() {
                Some(code) => ExitKind::Code(code),
                None => ExitKind::Crashed(format!("killed: {status}")),
            };
        }
        if started.elapsed() >= timeout {
            kill_tree(&mut child);
            let _ = child.wait();
            break ExitKind::TimedOut(timeout);
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let join = |reader: Option<std::thread::JoinHandle<Vec<u8>>>| {
        reader
            .map(|handle| handle.join().unwrap_or_default())
            .unwrap_or_default()
    };
    Ok(RunOutcome {
        stdout: join(stdout),
        stderr: join(stderr),
        exit,
    })
}

/// Reads a pipe to its end on a thread, keeping at most [`MAX_CAPTURE`] bytes.
fn spawn_reader(mut pipe: impl Read + Send + 'static) -> std::thread::JoinHandle<Vec<u8>> {
    std::thread::spawn(move || {
        let mut kept = Vec::new();
        let mut buffer = [0u8; 8192];
        loop {
            match pipe.read(&mut buffer) {
                Ok(0) | Err(_) => break,
                Ok(count) => {
                    let room = MAX_CAPTURE.saturating_sub(kept.len());
                    kept.extend_from_slice(&buffer[..count.min(room)]);
                }
            }
        }
        kept
    })
}

fn kill_tree(child: &mut std::process::Child) {
    #[cfg(unix)]
    {
        // The child leads its own process group (see `process_group(0)` above).
        let _ = Command::new("kill")
            .args(["-KILL", "--", &format!("-{}", child.id())])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status();
    }
    let _ = child.kill();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timeout_kills_the_process() {
        let mut command = Command::new("sh");
        command.args(["-c", "echo before; sleep 30; echo after"]);
        let started = Instant::now();
        let outcome = run_with_timeout(command, Duration::from_millis(300)).unwrap();
        assert!(started.elapsed() < Duration::from_secs(10));
        assert_eq!(outcome.exit, ExitKind::TimedOut(Duration::from_millis(300)));
        assert_eq!(outcome.stdout, b"before\n");
    }

    #[test]
    fn exit_code_and_streams_are_captured() {
        let mut command = Command::new("sh");
        command.args(["-c", "echo out; echo err >&2; exit 3"]);
        let outcome = run_with_timeout(command, Duration::from_secs(10)).unwrap();
        assert_eq!(outcome.exit, ExitKind::Code(3));
        assert_eq!(outcome.stdout, b"out\n");
        assert_eq!(outcome.stderr, b"err\n");
    }
}
