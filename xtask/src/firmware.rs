//! Firmware commands: build board images, report their size, REPL and scripts on emulated boards.
//!
//! * `build-fw [--board B] [--debug]` — all boards, or one (`qemu-mps2` = `qemu-mps2-an385`,
//!   `qemu-mps2-an386`, `stm32f405`); `PYRITE_HEAP_SIZE` sets the mps2 heap.
//! * `--modules all|minimal|NAME,NAME…` (`build-fw`, `size`, `repl`, `run-script`): the library
//!   modules the image carries (default all; the features of firmware/stdlib/Cargo.toml). An
//!   image with fewer is built in its own folder, `firmware/target/modules-…`.
//! * `size [--board B]` — flash (text+rodata+data), static RAM (data+bss), heap per board;
//!   `--by crate|module [--top N]` also splits each board's flash by where it comes from.
//! * `repl --board B [--emulator qemu|renode] [--icount]` — an interactive console on the
//!   emulated board's UART; every key goes to the board (Ctrl-A/C/D/E too); Ctrl-] or Ctrl-X
//!   quits.
//! * `run-script --board B [--emulator E] [--icount] [--timeout S] FILE.py` — runs a file
//!   through the raw REPL, prints its output; exits non-zero if it raised.
//! * `repl` and `run-script` take `--fs DIR`: DIR becomes the board's filesystem (its
//!   `boot.py`, `main.py` and modules run and import as on a real board).
//! * `fs-image DIR -o FILE --board B` — writes DIR as a filesystem image for board B.

use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::Command;
use std::sync::mpsc;
use std::time::Duration;

use pyrite_emulation::elf_size;
use pyrite_emulation::{launch, Backend, Board, BuildProfile, FsImage, LaunchOptions, Modules};

/// Keys that end `cargo xtask repl` (Ctrl-] and Ctrl-X); everything else goes to the board.
const QUIT_KEYS: [u8; 2] = [0x1d, 0x18];

/// Parsed command-line options shared by the firmware commands.
#[derive(Default)]
struct Options {
    board: Option<Board>,
    backend: Option<Backend>,
    icount: bool,
    debug: bool,
    timeout: Option<Duration>,
    files: Vec<PathBuf>,
    /// `--fs DIR`: preload DIR as the board's filesystem.
    fs_dir: Option<PathBuf>,
    /// `-o FILE` (fs-image).
    output: Option<PathBuf>,
    /// `size --by crate|module`.
    by: Option<elf_size::Grouping>,
    /// `size --top N`: rows of the breakdown (default 25).
    top: Option<usize>,
    /// `--modules all|minimal|LIST`: the library modules the image carries.
    modules: Modules,
}

fn parse(args: &[String]) -> crate::Result<Options> {
    let mut options = Options::default();
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        let mut value = |name: &str| {
            args.next()
                .cloned()
                .ok_or_else(|| format!("{name} needs a value"))
        };
        match arg.as_str() {
            "--board" => options.board = Some(Board::parse(&value("--board")?)?),
            "--emulator" => options.backend = Some(Backend::parse(&value("--emulator")?)?),
            "--icount" => options.icount = true,
            "--debug" => options.debug = true,
            "--timeout" => {
                let seconds: f64 = value("--timeout")?
                    .parse()
                    .map_err(|_| "--timeout takes seconds")?;
                options.timeout = Some(Duration::from_secs_f64(seconds));
            }
            "--fs" => options.fs_dir = Some(PathBuf::from(value("--fs")?)),
            "--modules" => options.modules = Modules::parse(&value("--modules")?)?,
            "-o" | "--output" => options.output = Some(PathBuf::from(value("-o")?)),
            "--by" => {
                options.by = Some(match value("--by")?.as_str() {
                    "crate" => elf_size::Grouping::Crate,
                    "module" => elf_size::Grouping::Module,
                    other => {
                        return Err(format!("--by takes crate or module, not `{other}`").into())
                    }
                })
            }
            "--top" => {
                let rows = value("--top")?;
                options.top = Some(
                    rows.parse()
                        .map_err(|_| format!("--top takes a count, not `{rows}`"))?,
                );
            }
            flag if flag.starts_with("--") => return Err(format!("unknown option {flag}").into()),
            file => options.files.push(PathBuf::from(file)),
        }
    }
    Ok(options)
}

fn profile(options: &Options) -> BuildProfile {
    if options.debug {
        BuildProfile::Debug
    } else {
        BuildProfile::Release
    }
}

fn boards(options: &Options) -> Vec<Board> {
    match options.board {
        Some(board) => vec![board],
        None => Board::ALL.to_vec(),
    }
}

pub fn build(args: &[String]) -> crate::Result {
    let options = parse(args)?;
    for board in boards(&options) {
        let image = board.build_with(profile(&options), None, &options.modules)?;
        println!("{:<16} {}", board.name(), image.display());
    }
    Ok(())
}

pub fn size(args: &[String]) -> crate::Result {
    let options = parse(args)?;
    println!(
        "{:<16} {:>8} {:>8} {:>6} {:>6} {:>9} {:>10} {:>10} {:>11}",
        "board",
        "text",
        "rodata",
        "data",
        "bss",
        "flash",
        "static RAM",
        "heap arena",
        "Python heap"
    );
    for board in boards(&options) {
        let image = board.build_with(profile(&options), None, &options.modules)?;
        let size = elf_size::read(&image)?;
        let python_heap = size.python_heap();
        println!(
            "{:<16} {:>8} {:>8} {:>6} {:>6} {:>9} {:>10} {:>10} {:>11}",
            board.name(),
            size.text,
            size.rodata,
            size.data,
            size.bss,
            size.flash(),
            size.static_ram(),
            size.heap_arena,
            python_heap
        );
    }
    println!("flash = text (with vector table) + rodata + data; static RAM = data + bss");
    if let Some(grouping) = options.by {
        for board in boards(&options) {
            let image = board.build_with(profile(&options), None, &options.modules)?;
            print_breakdown(board, &image, grouping, options.top.unwrap_or(25))?;
        }
    }
    Ok(())
}

/// `size --by`: the board's flash by crate or module, largest first.
fn print_breakdown(
    board: Board,
    image: &std::path::Path,
    grouping: elf_size::Grouping,
    top: usize,
) -> crate::Result {
    let shares = elf_size::breakdown(image, grouping)?;
    let flash: u64 = shares.iter().map(elf_size::Share::total).sum();
    let what = match grouping {
        elf_size::Grouping::Crate => "crate",
        elf_size::Grouping::Module => "module",
    };
    println!("\n{} flash by {what} ({flash} bytes)", board.name());
    println!(
        "{:>9} {:>9} {:>9} {:>6}  {what}",
        "code", "data", "total", "share"
    );
    let row = |share: &elf_size::Share| {
        let percent = share.total() as f64 * 100.0 / flash.max(1) as f64;
        println!(
            "{:>9} {:>9} {:>9} {:>5.1}%  {}",
            share.code,
            share.data,
            share.total(),
            percent,
            share.group
        );
    };
    shares.iter().take(top).for_each(row);
    if shares.len() > top {
        let rest = elf_size::Share {
            group: format!("({} more)", shares.len() - top),
            code: shares[top..].iter().map(|share| share.code).sum(),
            data: shares[top..].iter().map(|share| share.data).sum(),
        };
        row(&rest);
    }
    Ok(())
}

fn launch_options(options: &Options, board: Board) -> crate::Result<LaunchOptions> {
    let fs_image = match &options.fs_dir {
        Some(dir) => {
            let image = FsImage::from_dir(board, dir)?;
            let path = crate::root().join("target").join(format!(
                "fs-{}-{}.img",
                board.name(),
                std::process::id()
            ));
            std::fs::create_dir_all(path.parent().unwrap_or(&path))?;
            std::fs::write(&path, image)?;
            Some(path)
        }
        None => None,
    };
    Ok(LaunchOptions {
        backend: options.backend.unwrap_or(Backend::Qemu),
        icount: options.icount,
        fs_image,
        ..LaunchOptions::default()
    })
}

/// Removes a `--fs` image when the command ends.
struct TemporaryImage(Option<PathBuf>);

impl Drop for TemporaryImage {
    fn drop(&mut self) {
        if let Some(path) = &self.0 {
            let _ = std::fs::remove_file(path);
        }
    }
}

pub fn fs_image(args: &[String]) -> crate::Result {
    let options = parse(args)?;
    let board = required_board(&options)?;
    let ([dir], Some(output)) = (options.files.as_slice(), &options.output) else {
        return Err("usage: cargo xtask fs-image DIR -o FILE --board B".into());
    };
    let mut image = FsImage::new(board)?;
    image.add_dir(dir, "/", &|_| true)?;
    let (used, capacity) = image.usage();
    std::fs::write(output, image.finish())?;
    let (address, size) = board.filesystem_region();
    println!(
        "{}: filesystem image for {}: {used} of {capacity} bytes used; load its {size} bytes at {address:#x}",
        output.display(),
        board.name(),
    );
    Ok(())
}

fn required_board(options: &Options) -> crate::Result<Board> {
    options
        .board
        .ok_or_else(|| "--board B is required (qemu-mps2, qemu-mps2-an386, stm32f405)".into())
}

fn check_backend(options: &Options) -> crate::Result {
    match options.backend.unwrap_or(Backend::Qemu) {
        Backend::Qemu => match pyrite_emulation::qemu_missing() {
            Some(reason) => Err(reason.into()),
            None => Ok(()),
        },
        Backend::Renode => pyrite_emulation::renode_available().map_err(Into::into),
    }
}

pub fn run_script(args: &[String]) -> crate::Result {
    let options = parse(args)?;
    let board = required_board(&options)?;
    let [file] = options.files.as_slice() else {
        return Err("run-script takes exactly one FILE.py".into());
    };
    let code = std::fs::read(file).map_err(|error| format!("{}: {error}", file.display()))?;
    check_backend(&options)?;
    let image = board.build_with(profile(&options), None, &options.modules)?;
    let launch_options = launch_options(&options, board)?;
    let _image = TemporaryImage(launch_options.fs_image.clone());
    let mut emulator = launch(board, &image, &launch_options)?;
    let mut repl = emulator.raw_repl()?;
    if let Some(timeout) = options.timeout {
        repl.run_timeout = timeout;
    }
    let output = repl.exec(&code)?;
    std::io::stdout().write_all(&output.stdout)?;
    std::io::stdout().flush()?;
    if output.raised() {
        std::io::stderr().write_all(&output.exception)?;
        return Err(format!("{} raised an exception on {}", file.display(), board.name()).into());
    }
    Ok(())
}

/// Puts the terminal in raw mode and restores it when dropped.
struct RawTerminal {
    saved: Option<String>,
}

impl RawTerminal {
    fn enter() -> RawTerminal {
        let saved = Command::new("stty")
            .arg("-g")
            .stdin(std::process::Stdio::inherit())
            .output()
            .ok()
            .filter(|output| output.status.success())
            .map(|output| String::from_utf8_lossy(&output.stdout).trim().to_string());
        if saved.is_some() {
            let _ = Command::new("stty").args(["raw", "-echo"]).status();
        }
        RawTerminal { saved }
    }
}

impl Drop for RawTerminal {
    fn drop(&mut self) {
        if let Some(saved) = &self.saved {
            let _ = Command::new("stty").arg(saved).status();
        }
    }
}

pub fn repl(args: &[String]) -> crate::Result {
    let options = parse(args)?;
    let board = required_board(&options)?;
    check_backend(&options)?;
    let image = board.build_with(profile(&options), None, &options.modules)?;
    let launch_options = launch_options(&options, board)?;
    let _image = TemporaryImage(launch_options.fs_image.clone());
    let mut emulator = launch(board, &image, &launch_options)?;
    eprint!("{}", emulator.boot_output());
    eprintln!("(connected to {}; Ctrl-] or Ctrl-X quits)\r", board.name());
    let terminal = RawTerminal::enter();
    let (keys, key_source) = mpsc::channel::<u8>();
    std::thread::spawn(move || {
        let mut stdin = std::io::stdin().lock();
        let mut byte = [0u8; 1];
        while let Ok(1) = stdin.read(&mut byte) {
            if keys.send(byte[0]).is_err() {
                return;
            }
        }
    });
    let console = emulator.console();
    // A fresh prompt (launch consumed the first one).
    console.write_all(b"\r")?;
    let mut stdout = std::io::stdout();
    let result: crate::Result = loop {
        let mut typed = Vec::new();
        let mut quit = false;
        while let Ok(key) = key_source.try_recv() {
            if QUIT_KEYS.contains(&key) {
                quit = true;
                break;
            }
            typed.push(key);
        }
        if !typed.is_empty() {
            if let Err(error) = console.write_all(&typed) {
                break Err(error.into());
            }
        }
        if quit {
            break Ok(());
        }
        let output = console.take_available();
        if !output.is_empty() {
            stdout.write_all(&output)?;
            stdout.flush()?;
        }
        if console.ended() {
            break Err(format!("{}: the emulator ended", board.name()).into());
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    drop(terminal);
    eprintln!();
    result
}
