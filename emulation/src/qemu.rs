//! Launching a board image in an emulator: QEMU here, Renode through `renode.rs`.
//!
//! QEMU gets the UART on an explicit `-serial stdio` (our pipes) and `-monitor none`, so no
//! monitor multiplexer eats Ctrl-A; semihosting is on so a fault ends QEMU with status 1.

use std::io::Read;
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use crate::board::Board;
use crate::console::{Console, ExitProbe};
use crate::error::{EmulationError, Result};
use crate::raw_repl::RawRepl;

/// Which emulator runs the board.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Qemu,
    Renode,
}

impl Backend {
    /// `qemu` or `renode` (the `--emulator` option).
    pub fn parse(name: &str) -> std::result::Result<Backend, String> {
        match name {
            "qemu" => Ok(Backend::Qemu),
            "renode" => Ok(Backend::Renode),
            other => Err(format!("unknown emulator `{other}` (qemu or renode)")),
        }
    }
}

/// How to launch.
#[derive(Debug, Clone)]
pub struct LaunchOptions {
    pub backend: Backend,
    /// `-icount shift=0,align=off,sleep=off`: one virtual nanosecond per instruction, so
    /// guest time (and benchmark results) are deterministic.
    pub icount: bool,
    /// How long the banner and first prompt may take.
    pub boot_timeout: Duration,
    /// A filesystem image (`FsImage`) to preload into the board's filesystem region (QEMU).
    pub fs_image: Option<std::path::PathBuf>,
    /// More QEMU arguments, such as `-trace led_change_intensity` or `-d unimp`, whose
    /// reports `Emulator::emulator_log` returns.
    pub extra_args: Vec<String>,
}

impl Default for LaunchOptions {
    fn default() -> Self {
        LaunchOptions {
            backend: Backend::Qemu,
            icount: false,
            boot_timeout: Duration::from_secs(20),
            fs_image: None,
            extra_args: Vec::new(),
        }
    }
}

/// A running emulated board. Dropping it kills the emulator.
pub struct Emulator {
    board: Board,
    console: Console,
    banner: String,
    /// Everything the board printed from the banner up to its first prompt.
    boot_output: String,
    process: Arc<duct::Handle>,
    /// The emulator's stderr so far (QEMU's `-d`/`-trace` reports).
    stderr: Arc<Mutex<Vec<u8>>>,
}

impl Emulator {
    /// The board.
    pub fn board(&self) -> Board {
        self.board
    }

    /// The boot banner (`Pyrite 0.1.0 on qemu-mps2-an385; heap 143360 bytes`).
    pub fn banner(&self) -> &str {
        &self.banner
    }

    /// What the board printed from the banner to the first prompt (filesystem notes,
    /// `boot.py` and `main.py` output), without the prompt.
    pub fn boot_output(&self) -> &str {
        &self.boot_output
    }

    /// The UART.
    pub fn console(&mut self) -> &mut Console {
        &mut self.console
    }

    /// Enters the raw REPL.
    pub fn raw_repl(&mut self) -> Result<RawRepl<'_>> {
        RawRepl::enter(&mut self.console)
    }

    /// What the emulator wrote on stderr so far: QEMU's `-d` and `-trace` reports, which
    /// show what the hardware models saw.
    pub fn emulator_log(&self) -> String {
        let bytes = self
            .stderr
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        String::from_utf8_lossy(&bytes).into_owned()
    }

    /// The emulator's process ids (for diagnostics).
    pub fn pids(&self) -> Vec<u32> {
        self.process.pids()
    }
}

impl Drop for Emulator {
    fn drop(&mut self) {
        // Kills and reaps QEMU; nothing to do if it already ended.
        let _ = self.process.kill();
    }
}

/// Boots `image` on `board` and waits for the banner and the first `>>> ` prompt (the
/// emulated UART drops bytes sent before the firmware enables its receiver).
pub fn launch(board: Board, image: &Path, options: &LaunchOptions) -> Result<Emulator> {
    if !image.is_file() {
        return Err(EmulationError::Setup(format!(
            "{}: no firmware image at {} (run `cargo xtask build-fw --board {}`)",
            board.name(),
            image.display(),
            board.name()
        )));
    }
    let (expression, program, uart_port) = match options.backend {
        Backend::Qemu => (qemu_command(board, image, options), "qemu-system-arm", 0),
        Backend::Renode => {
            if options.fs_image.is_some() {
                return Err(EmulationError::Setup(
                    "preloading a filesystem image needs QEMU (--emulator qemu)".into(),
                ));
            }
            let (expression, port) = crate::renode::command(board, image)?;
            (expression, "renode", port)
        }
    };
    let (stdin_reader, stdin_writer) = os_pipe::pipe()?;
    let (stdout_reader, stdout_writer) = os_pipe::pipe()?;
    let (stderr_reader, stderr_writer) = os_pipe::pipe()?;
    let expression = expression
        .stdin_file(stdin_reader)
        .stdout_file(stdout_writer)
        .stderr_file(stderr_writer)
        .unchecked();
    let handle = start_from_launcher(expression).map_err(|error| {
        EmulationError::Setup(format!("{}: cannot start {program}: {error}", board.name()))
    })?;
    // The expression (and with it our copies of the child's pipe ends) is gone now, so the
    // readers see end-of-file when the emulator exits.
    let process = Arc::new(handle);
    let stderr = Arc::new(Mutex::new(Vec::new()));
    spawn_collector(stderr_reader, Arc::clone(&stderr));
    let probe_process = Arc::clone(&process);
    let probe: ExitProbe = Box::new(move || match probe_process.try_wait() {
        Ok(Some(output)) => Some(output.status.code()),
        Ok(None) => None,
        Err(_) => Some(None),
    });
    let (reader, writer): (Box<dyn Read + Send>, Box<dyn std::io::Write + Send>) =
        match options.backend {
            Backend::Qemu => (Box::new(stdout_reader), Box::new(stdin_writer)),
            Backend::Renode => {
                // Renode's UART is a TCP socket; its stdout is only the log.
                spawn_collector(stdout_reader, Arc::clone(&stderr));
                crate::renode::connect_uart(board, uart_port, options.boot_timeout)?
            }
        };
    let mut console = Console::new(board.name(), reader, writer, Some(probe));
    console.set_diagnostics(Arc::clone(&stderr));
    let mut emulator = Emulator {
        board,
        console,
        banner: String::new(),
        boot_output: String::new(),
        process,
        stderr,
    };
    let boot =
        emulator
            .console
            .read_until(b"Pyrite ", options.boot_timeout, "the banner `Pyrite …`")?;
    drop(boot);
    let rest =
        emulator
            .console
            .read_until(b">>> ", options.boot_timeout, "the first `>>> ` prompt")?;
    let text = String::from_utf8_lossy(&rest);
    emulator.banner = format!("Pyrite {}", text.lines().next().unwrap_or("").trim_end());
    let text = text.strip_suffix(">>> ").unwrap_or(&text);
    emulator.boot_output = format!("Pyrite {text}");
    Ok(emulator)
}

fn qemu_command(board: Board, image: &Path, options: &LaunchOptions) -> duct::Expression {
    let mut arguments: Vec<std::ffi::OsString> = vec![
        "-M".into(),
        board.qemu_machine().into(),
        "-nographic".into(),
        "-monitor".into(),
        "none".into(),
        "-serial".into(),
        "stdio".into(),
        "-semihosting-config".into(),
        "enable=on,target=native".into(),
        "-kernel".into(),
        image.into(),
    ];
    if let Some(fs_image) = &options.fs_image {
        let (address, _) = board.filesystem_region();
        let mut device = std::ffi::OsString::from("loader,file=");
        device.push(fs_image);
        device.push(format!(",addr={address:#x},force-raw=on"));
        arguments.push("-device".into());
        arguments.push(device);
    }
    if options.icount {
        arguments.push("-icount".into());
        arguments.push("shift=0,align=off,sleep=off".into());
    }
    arguments.extend(options.extra_args.iter().map(Into::into));
    if crate::on_path("setpriv") {
        // QEMU dies with the thread that launched it, even if we exit without dropping the
        // guard (process::exit, a crash): no orphaned emulators.
        let mut wrapped: Vec<std::ffi::OsString> = vec![
            "--pdeathsig".into(),
            "KILL".into(),
            "qemu-system-arm".into(),
        ];
        wrapped.extend(arguments);
        return duct::cmd("setpriv", wrapped);
    }
    duct::cmd("qemu-system-arm", arguments)
}

/// A command to start and where to send the started process.
type LaunchJob = (
    duct::Expression,
    std::sync::mpsc::Sender<std::io::Result<duct::Handle>>,
);

/// Starts `expression` from one thread that lives as long as the process. `setpriv
/// --pdeathsig` kills an emulator when the *thread* that started it ends, and a test thread
/// may end while a pooled board it booted is still serving other threads (that killed boards
/// at the end of the board suite, now and then).
fn start_from_launcher(expression: duct::Expression) -> std::io::Result<duct::Handle> {
    static LAUNCHER: std::sync::OnceLock<Mutex<std::sync::mpsc::Sender<LaunchJob>>> =
        std::sync::OnceLock::new();
    let launcher = LAUNCHER.get_or_init(|| {
        let (sender, jobs) = std::sync::mpsc::channel::<LaunchJob>();
        std::thread::spawn(move || {
            for (expression, reply) in jobs {
                let _ = reply.send(expression.start());
            }
        });
        Mutex::new(sender)
    });
    let gone = || std::io::Error::other("the emulator launcher thread ended");
    let (reply, answer) = std::sync::mpsc::channel();
    launcher
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
        .send((expression, reply))
        .map_err(|_| gone())?;
    answer.recv().map_err(|_| gone())?
}

fn spawn_collector(mut reader: os_pipe::PipeReader, into: Arc<Mutex<Vec<u8>>>) {
    std::thread::spawn(move || {
        let mut buffer = [0u8; 1024];
        while let Ok(count) = reader.read(&mut buffer) {
            if count == 0 {
                return;
            }
            let mut bytes = into.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
            bytes.extend_from_slice(&buffer[..count]);
        }
    });
}
