//! The conformance suite on a board: each script runs through the raw REPL of an emulated
//! board, with a soft reset before it, on a pool of booted boards shared by the test threads.
//! With a preloaded filesystem (`with_filesystem`, usually [`suite_filesystem`]'s image), the
//! scripts named run in `/<area>` there, as they run in their directory on the host.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::{Condvar, Mutex};
use std::time::Duration;

use pyrite_testsuite::{ExitKind, RunOutcome, Script, ScriptRunner};

use crate::board::Board;
use crate::error::{EmulationError, Result};
use crate::fs_image::FsImage;
use crate::qemu::{launch, Emulator, LaunchOptions};
use crate::raw_repl::{RawRepl, RunOutput};

/// Whether `script` uses files (and so runs in `/<area>` on the board).
fn uses_files(script: &Script) -> bool {
    script.area == "imports"
        || (script.area == "modules"
            && (script.name.starts_with("os_") || script.name.starts_with("io_files")))
}

/// Scripts that look for their own file in their directory.
const SCRIPTS_ON_BOARD: [&str; 2] = ["modules/os_cwd.py", "modules/os_path.py"];

/// Writes to `path` the filesystem image the suite's `scripts` need on `board`: `imports/lib/`
/// (the package the `imports/` scripts import), the `os` scripts that look for their own
/// file, and a directory per area of the scripts that use files. Returns the ids of those
/// scripts, which run in their directory (for [`BoardRunner::with_filesystem`]). The image
/// holds no more than that: its index takes board heap (16 bytes a file).
pub fn suite_filesystem(board: Board, scripts: &[Script], path: &Path) -> Result<HashSet<String>> {
    let mut image = FsImage::new(board)?;
    let mut on_board = HashSet::new();
    for script in scripts.iter().filter(|script| uses_files(script)) {
        if SCRIPTS_ON_BOARD.contains(&script.id().as_str()) {
            let contents = std::fs::read(&script.path)?;
            image.add_file(&format!("/{}/{}", script.area, script.name), &contents)?;
        }
        image.make_dirs(&format!("/{}", script.area))?;
        on_board.insert(script.id());
    }
    let is_python = |path: &Path| path.extension().is_some_and(|ext| ext == "py");
    let lib = pyrite_testsuite::suite_dir().join("imports/lib");
    image.add_dir(&lib, "/imports/lib", &is_python)?;
    std::fs::write(path, image.finish())?;
    Ok(on_board)
}

/// A booted board waiting in the pool, already at the raw REPL prompt.
struct Idle {
    emulator: Emulator,
    raw_paste: Option<bool>,
}

#[derive(Default)]
struct Pool {
    idle: Vec<Idle>,
    /// Boards booted and not discarded (idle or in use).
    live: usize,
}

/// Runs scripts on up to `capacity` instances of one board.
pub struct BoardRunner {
    board: Board,
    image: PathBuf,
    options: LaunchOptions,
    capacity: usize,
    /// How long one script may run.
    pub run_timeout: Duration,
    pool: Mutex<Pool>,
    returned: Condvar,
    /// Ids (`area/name.py`) of the scripts that run in `/<area>` on the board's filesystem.
    scripts_on_board: HashSet<String>,
}

impl BoardRunner {
    /// A runner for `board` booting `image`, at most `capacity` emulators at once.
    pub fn new(board: Board, image: PathBuf, capacity: usize) -> BoardRunner {
        BoardRunner {
            board,
            image,
            options: LaunchOptions::default(),
            capacity: capacity.max(1),
            run_timeout: Duration::from_secs(60),
            pool: Mutex::new(Pool::default()),
            returned: Condvar::new(),
            scripts_on_board: HashSet::new(),
        }
    }

    /// Boots the boards with `fs_image` (an `FsImage`) preloaded; the scripts `on_board`
    /// (ids, `area/name.py`) run with `/<area>` (which the image must have) as the working
    /// directory.
    pub fn with_filesystem(mut self, fs_image: PathBuf, on_board: HashSet<String>) -> Self {
        self.options.fs_image = Some(fs_image);
        self.scripts_on_board = on_board;
        self
    }

    /// The board.
    pub fn board(&self) -> Board {
        self.board
    }

    /// Runs `code` on a pooled board after a soft reset.
    pub fn run_code(&self, code: &[u8]) -> Result<RunOutput> {
        self.run_code_in(None, code)
    }

    /// Runs `code` on a pooled board after a soft reset, in directory `dir` of its filesystem.
    pub fn run_code_in(&self, dir: Option<&str>, code: &[u8]) -> Result<RunOutput> {
        let mut idle = self.checkout()?;
        let timeout = self.run_timeout;
        let result = (|| {
            let mut repl = RawRepl::resume(idle.emulator.console(), idle.raw_paste);
            repl.run_timeout = timeout;
            repl.soft_reset()?;
            if let Some(dir) = dir {
                // In a dict of its own, and `os` dropped again unless something had imported
                // it: the script starts with the globals and modules of a fresh board.
                let change = format!(
                    "exec('m = __import__(\"sys\").modules\\nhad = \"os\" in m\\n\
                     __import__(\"os\").chdir({dir:?})\\nif not had: del m[\"os\"]', {{}})"
                );
                let output = repl.exec(change.as_bytes())?;
                if output.raised() {
                    return Err(EmulationError::Setup(format!(
                        "cannot change to {dir} on the board: {}",
                        String::from_utf8_lossy(&output.exception)
                    )));
                }
            }
            let output = repl.exec(code)?;
            Ok((output, repl.uses_raw_paste()))
        })();
        match result {
            Ok((output, raw_paste)) => {
                idle.raw_paste = raw_paste;
                self.checkin(Some(idle));
                Ok(output)
            }
            Err(error) => {
                // A board that timed out or misbehaved is not trusted again.
                self.checkin(None);
                Err(error)
            }
        }
    }

    /// A board from the pool, booting one if there is room, else waiting for one.
    fn checkout(&self) -> Result<Idle> {
        let mut pool = self.lock();
        loop {
            if let Some(idle) = pool.idle.pop() {
                return Ok(idle);
            }
            if pool.live < self.capacity {
                pool.live += 1;
                drop(pool);
                return self.boot().inspect_err(|_| {
                    self.lock().live -= 1;
                    self.returned.notify_one();
                });
            }
            pool = self
                .returned
                .wait(pool)
                .unwrap_or_else(|poisoned| poisoned.into_inner());
        }
    }

    fn boot(&self) -> Result<Idle> {
        let mut emulator = launch(self.board, &self.image, &self.options)?;
        // Enter the raw REPL once; every run then starts at its `>` prompt.
        emulator.raw_repl()?;
        Ok(Idle {
            emulator,
            raw_paste: None,
        })
    }

    fn checkin(&self, idle: Option<Idle>) {
        let mut pool = self.lock();
        match idle {
            Some(idle) => pool.idle.push(idle),
            None => pool.live -= 1,
        }
        drop(pool);
        self.returned.notify_one();
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Pool> {
        self.pool
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

impl ScriptRunner for BoardRunner {
    fn target(&self) -> &str {
        self.board.suite_target()
    }

    fn check_ready(&self) -> std::result::Result<(), String> {
        if let Some(reason) = crate::qemu_missing() {
            return Err(reason);
        }
        if !self.image.is_file() {
            return Err(format!(
                "{}: no firmware image at {}",
                self.board.name(),
                self.image.display()
            ));
        }
        Ok(())
    }

    fn run(&self, script: &Script) -> std::result::Result<RunOutcome, String> {
        let code = std::fs::read(&script.path)
            .map_err(|error| format!("{}: {error}", script.path.display()))?;
        let dir = format!("/{}", script.area);
        let on_board = self.scripts_on_board.contains(&script.id());
        match self.run_code_in(on_board.then_some(dir.as_str()), &code) {
            Ok(output) => Ok(RunOutcome {
                exit: ExitKind::Code(if output.raised() { 1 } else { 0 }),
                stdout: output.stdout,
                stderr: output.exception,
            }),
            Err(EmulationError::Timeout { .. }) => Ok(RunOutcome {
                stdout: Vec::new(),
                stderr: Vec::new(),
                exit: ExitKind::TimedOut(self.run_timeout),
            }),
            Err(error @ (EmulationError::Fault { .. } | EmulationError::Exited { .. })) => {
                Ok(RunOutcome {
                    stdout: Vec::new(),
                    stderr: Vec::new(),
                    exit: ExitKind::Crashed(error.to_string()),
                })
            }
            Err(error) => Err(error.to_string()),
        }
    }
}
