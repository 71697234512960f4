//! The host's `Port`: stdout/stderr, stdin, the clock, files for `import`, Ctrl-C, and
//! `machine.Timer` on threads (`host_timers.rs`). There are no pins.

use std::io::Write;
use std::sync::Mutex;
use std::time::Instant;

use pyrite::port::{FileStat, FsError, FsUsage, HwError};

use crate::host_timers;
use pyrite::Port;

/// Buffered stdout shared with the REPL (flushed before reading input and at exit).
///
/// Every allocation of the process counts against `-X heapsize`, so the buffer is small
/// (a 64 KiB one left `-X heapsize=140k` 65 KiB short) and made at start, before the script
/// runs, rather than at its first `print`.
static STDOUT: Mutex<Option<std::io::BufWriter<std::io::Stdout>>> = Mutex::new(None);

fn with_stdout(f: impl FnOnce(&mut std::io::BufWriter<std::io::Stdout>)) {
    let mut guard = STDOUT
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    let writer =
        guard.get_or_insert_with(|| std::io::BufWriter::with_capacity(8 << 10, std::io::stdout()));
    f(writer);
}

pub fn flush_stdout() {
    with_stdout(|w| {
        let _ = w.flush();
    });
}

pub struct HostPort {
    start: Instant,
    script_dir: String,
}

impl HostPort {
    pub fn new(script_dir: String) -> HostPort {
        with_stdout(|_| {});
        HostPort {
            start: Instant::now(),
            script_dir,
        }
    }
}

impl Port for HostPort {
    fn console_write(&mut self, bytes: &[u8]) {
        with_stdout(|w| {
            let _ = w.write_all(bytes);
        });
    }

    fn console_is_terminal(&self, fd: u8) -> bool {
        use std::io::IsTerminal;
        match fd {
            0 => std::io::stdin().is_terminal(),
            1 => std::io::stdout().is_terminal(),
            _ => std::io::stderr().is_terminal(),
        }
    }

    fn console_flush(&mut self) {
        flush_stdout();
    }

    fn console_write_err(&mut self, bytes: &[u8]) {
        flush_stdout();
        let _ = std::io::stderr().write_all(bytes);
    }

    fn console_read(&mut self) -> Option<u8> {
        flush_stdout();
        // An error (a signal cut the read short) reads as the end, as before.
        input_byte().ok().flatten()
    }

    fn console_ready(&mut self) -> bool {
        input_ready()
    }

    fn ticks_ms(&self) -> u64 {
        self.start.elapsed().as_millis() as u64
    }

    fn ticks_us(&self) -> u64 {
        self.start.elapsed().as_micros() as u64
    }

    fn ticks_cpu(&self) -> u64 {
        self.start.elapsed().as_nanos() as u64
    }

    fn sleep_us(&mut self, us: u64) {
        // Sleep in slices so Ctrl-C ends the wait promptly.
        let deadline = Instant::now() + std::time::Duration::from_micros(us);
        while Instant::now() < deadline && !pyrite::port::attention_pending() {
            let left = deadline.saturating_duration_since(Instant::now());
            std::thread::sleep(left.min(std::time::Duration::from_millis(10)));
        }
    }

    fn time_s(&self) -> Option<f64> {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .ok()
            .map(|d| d.as_secs_f64())
    }

    fn reset(&mut self) -> ! {
        flush_stdout();
        std::process::exit(0)
    }

    fn random_u64(&mut self) -> u64 {
        let mut bytes = [0u8; 8];
        if let Ok(mut file) = std::fs::File::open("/dev/urandom") {
            let _ = std::io::Read::read_exact(&mut file, &mut bytes);
        }
        u64::from_le_bytes(bytes) ^ self.ticks_cpu()
    }

    fn board_name(&self) -> &str {
        "host"
    }

    fn read_file(&mut self, path: &str) -> Option<Vec<u8>> {
        std::fs::read(path).ok()
    }

    fn module_path(&self) -> Vec<Box<str>> {
        vec![Box::from(self.script_dir.as_str())]
    }

    fn fs_list_dir(&mut self, path: &str) -> Result<Vec<String>, FsError> {
        let mut names = Vec::new();
        for entry in std::fs::read_dir(path).map_err(errno_of)? {
            let entry = entry.map_err(errno_of)?;
            names.push(entry.file_name().to_string_lossy().into_owned());
        }
        Ok(names)
    }

    fn fs_mkdir(&mut self, path: &str) -> Result<(), FsError> {
        std::fs::create_dir(path).map_err(errno_of)
    }

    fn fs_rmdir(&mut self, path: &str) -> Result<(), FsError> {
        std::fs::remove_dir(path).map_err(errno_of)
    }

    fn fs_remove(&mut self, path: &str) -> Result<(), FsError> {
        std::fs::remove_file(path).map_err(errno_of)
    }

    fn fs_rename(&mut self, from: &str, to: &str) -> Result<(), FsError> {
        std::fs::rename(from, to).map_err(errno_of)
    }

    fn fs_stat(&mut self, path: &str) -> Result<FileStat, FsError> {
        use std::os::unix::fs::MetadataExt;
        let metadata = std::fs::metadata(path).map_err(errno_of)?;
        Ok(FileStat {
            mode: metadata.mode(),
            size: metadata.len(),
            mtime: metadata.mtime() as f64 + metadata.mtime_nsec() as f64 / 1e9,
        })
    }

    fn fs_usage(&mut self, path: &str) -> Result<FsUsage, FsError> {
        let path = std::ffi::CString::new(path).map_err(|_| libc::EINVAL)?;
        // SAFETY: `path` is NUL-terminated and outlives the call; `stat` is a plain C struct
        // that statvfs fills in whole when it returns 0 (all zeros is a valid value of it).
        let stat = unsafe {
            let mut stat: libc::statvfs = std::mem::zeroed();
            if libc::statvfs(path.as_ptr(), &mut stat) != 0 {
                return Err(std::io::Error::last_os_error()
                    .raw_os_error()
                    .unwrap_or(libc::EIO));
            }
            stat
        };
        Ok(FsUsage {
            block_size: stat.f_bsize as u64,
            fragment_size: stat.f_frsize as u64,
            blocks: stat.f_blocks as u64,
            free_blocks: stat.f_bfree as u64,
            available_blocks: stat.f_bavail as u64,
            files: stat.f_files as u64,
            free_files: stat.f_ffree as u64,
            available_files: stat.f_favail as u64,
            flags: stat.f_flag as u64,
            name_max: stat.f_namemax as u64,
        })
    }

    fn fs_getcwd(&mut self) -> Result<String, FsError> {
        let path = std::env::current_dir().map_err(errno_of)?;
        Ok(path.to_string_lossy().into_owned())
    }

    fn environment(&self) -> Vec<(String, String)> {
        std::env::vars_os()
            .map(|(k, v)| {
                (
                    k.to_string_lossy().into_owned(),
                    v.to_string_lossy().into_owned(),
                )
            })
            .collect()
    }

    fn fs_chdir(&mut self, path: &str) -> Result<(), FsError> {
        std::env::set_current_dir(path).map_err(errno_of)
    }

    fn fs_read(&mut self, path: &str) -> Result<Vec<u8>, FsError> {
        std::fs::read(path).map_err(errno_of)
    }

    fn idle(&mut self) {
        std::thread::sleep(std::time::Duration::from_millis(1));
    }

    fn timer_start(&mut self, id: u32, period_us: u64, periodic: bool) -> Result<(), HwError> {
        host_timers::start(id, period_us, periodic)
    }

    fn timer_stop(&mut self, id: u32) {
        host_timers::stop(id);
    }

    fn fs_write(&mut self, path: &str, data: &[u8], append: bool) -> Result<(), FsError> {
        let mut file = std::fs::OpenOptions::new()
            .write(true)
            .create(true)
            .append(append)
            .truncate(!append)
            .open(path)
            .map_err(errno_of)?;
        file.write_all(data).map_err(errno_of)
    }
}

/// The errno of an I/O error (EIO when the OS gave none).
fn errno_of(error: std::io::Error) -> FsError {
    error.raw_os_error().unwrap_or(5)
}

/// Sets `sys.argv`.
pub fn set_argv(interpreter: &mut pyrite::Interpreter, args: &[String]) {
    let vm = interpreter.vm();
    let mut values = Vec::new();
    for arg in args {
        if let Ok(v) = vm.new_str(arg) {
            values.push(v);
        }
    }
    if let Ok(list) = vm.new_list(values) {
        let name = vm.qstrs.intern("argv");
        let sys = vm.sys_dict;
        // `sys.argv` exists from boot: replacing it allocates nothing, so it cannot fail.
        let _ = vm.dict_set_name(sys, name, list);
    }
}

extern "C" fn on_sigint(_: libc::c_int) {
    pyrite::port::request_interrupt();
    INTERRUPTED.store(true, std::sync::atomic::Ordering::Relaxed);
}

static INTERRUPTED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Ctrl-C (SIGINT) becomes `KeyboardInterrupt` at the VM's next safe point.
pub fn install_interrupt_handler() {
    // SAFETY: `on_sigint` only stores to atomics, which is async-signal-safe; the handler
    // pointer stays valid for the life of the process.
    unsafe {
        libc::signal(libc::SIGINT, on_sigint as *const () as libc::sighandler_t);
    }
}

/// Ends the process by SIGINT with the default action, as CPython does after an uncaught
/// `KeyboardInterrupt`: whoever started it sees it killed by Ctrl-C (a shell: status 130).
pub fn exit_by_interrupt() {
    flush_stdout();
    // SAFETY: restoring the default disposition and raising the signal in this thread are
    // plain libc calls with no memory passed; if raise returns, the caller exits normally.
    unsafe {
        libc::signal(libc::SIGINT, libc::SIG_DFL);
        libc::raise(libc::SIGINT);
    }
}

pub enum Line {
    Text(String),
    Interrupted,
    End,
}

/// Reads one line for the REPL after printing `prompt`.
pub fn read_line(prompt: &str) -> Line {
    with_stdout(|w| {
        let _ = w.write_all(prompt.as_bytes());
        let _ = w.flush();
    });
    INTERRUPTED.store(false, std::sync::atomic::Ordering::Relaxed);
    let mut bytes = Vec::new();
    let result = loop {
        match input_byte() {
            Ok(Some(byte)) => {
                bytes.push(byte);
                if byte == b'\n' {
                    break Ok(bytes.len());
                }
            }
            Ok(None) => break Ok(bytes.len()),
            Err(error) => break Err(error),
        }
    };
    let mut line = String::from_utf8_lossy(&bytes).into_owned();
    if INTERRUPTED.swap(false, std::sync::atomic::Ordering::Relaxed) {
        pyrite::port::take_interrupt();
        return Line::Interrupted;
    }
    match result {
        Ok(0) => Line::End,
        Ok(_) => {
            while line.ends_with('\n') || line.ends_with('\r') {
                line.pop();
            }
            Line::Text(line)
        }
        Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {
            pyrite::port::take_interrupt();
            Line::Interrupted
        }
        Err(_) => Line::End,
    }
}

/// Console input, read from file descriptor 0 into a buffer of the port's own rather than
/// through `std::io::Stdin`, whose buffer cannot be asked whether it holds a byte: with this
/// one, `console_ready` (and so `select.poll` on `sys.stdin`) knows without waiting.
struct Input {
    bytes: [u8; 512],
    start: usize,
    end: usize,
    /// End of input was read.
    closed: bool,
}

static INPUT: Mutex<Input> = Mutex::new(Input {
    bytes: [0; 512],
    start: 0,
    end: 0,
    closed: false,
});

fn lock_input() -> std::sync::MutexGuard<'static, Input> {
    INPUT
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// The next input byte, waiting for it; `None` at end of input. `Err(Interrupted)` when a
/// signal (Ctrl-C) cut the wait short.
fn input_byte() -> std::io::Result<Option<u8>> {
    let mut input = lock_input();
    if input.start == input.end {
        if input.closed {
            return Ok(None);
        }
        let capacity = input.bytes.len();
        // SAFETY: reads at most `capacity` bytes into the buffer, which the guard holds.
        let count = unsafe { libc::read(0, input.bytes.as_mut_ptr().cast(), capacity) };
        match count {
            0 => {
                input.closed = true;
                return Ok(None);
            }
            count if count < 0 => return Err(std::io::Error::last_os_error()),
            count => {
                input.start = 0;
                input.end = count as usize;
            }
        }
    }
    let byte = input.bytes[input.start];
    input.start += 1;
    Ok(Some(byte))
}

/// Whether `input_byte` would return without waiting (a byte, end of input or an error).
fn input_ready() -> bool {
    let input = lock_input();
    if input.start < input.end || input.closed {
        return true;
    }
    let mut descriptor = libc::pollfd {
        fd: 0,
        events: libc::POLLIN,
        revents: 0,
    };
    // SAFETY: one valid `pollfd`, a zero timeout.
    let ready = unsafe { libc::poll(&mut descriptor, 1, 0) };
    ready != 0
}
