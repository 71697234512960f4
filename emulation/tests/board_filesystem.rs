//! The boards' filesystem in QEMU: `boot.py` and `main.py` run at boot and import from
//! `/lib`, files written from Python survive a soft reset (one left open is written back
//! then), Ctrl-C stops a looping `main.py`,
//! damaged or foreign images are reported and salvaged, and on `netduinoplus2` (flash mapped
//! as ROM, no flash controller) a preloaded filesystem reads while writes fail with EIO.
//! Skips (with a printed reason) without QEMU.

mod common;

use std::path::PathBuf;
use std::time::Duration;

use pyrite_emulation::{launch, Board, Emulator, FsImage, LaunchOptions, RunOutput};

const REPLY: Duration = Duration::from_secs(20);

/// Writes `image` to a file of its own and boots `board` with it preloaded.
fn boot_with(board: Board, name: &str, image: Option<Vec<u8>>) -> Option<Emulator> {
    let firmware = common::image(board)?;
    let fs_image = image.map(|bytes| {
        let path = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
            .join(format!("board-filesystem-{}-{name}.img", board.name()));
        std::fs::write(&path, bytes).expect("write the filesystem image");
        path
    });
    let options = LaunchOptions {
        fs_image,
        ..LaunchOptions::default()
    };
    Some(launch(board, &firmware, &options).unwrap_or_else(|error| panic!("{error}")))
}

/// An image with `boot.py`, a `main.py` that imports `/lib/greet.py`, and `data/notes.txt`.
fn demo_image(board: Board) -> FsImage {
    let mut image = FsImage::new(board).unwrap();
    image
        .add_file("/boot.py", b"print('boot.py ran')\n")
        .unwrap();
    image
        .add_file(
            "/main.py",
            b"import greet\nprint('main.py:', greet.hello('board'), greet.__name__)\n",
        )
        .unwrap();
    image
        .add_file(
            "/lib/greet.py",
            b"def hello(name):\n    return 'hello ' + name\n",
        )
        .unwrap();
    image.add_file("/data/notes.txt", b"line one\n").unwrap();
    image
}

fn run(emulator: &mut Emulator, code: &str) -> RunOutput {
    let mut repl = emulator
        .raw_repl()
        .unwrap_or_else(|error| panic!("{error}"));
    repl.exec(code.as_bytes())
        .unwrap_or_else(|error| panic!("{error}"))
}

fn check_boot_scripts(board: Board) {
    let Some(emulator) = boot_with(board, "demo", Some(demo_image(board).finish())) else {
        return;
    };
    let boot = emulator.boot_output().replace("\r\n", "\n");
    let banner = boot.find(" on ").expect("banner");
    let boot_py = boot
        .find("boot.py ran\n")
        .unwrap_or_else(|| panic!("{boot}"));
    let main_py = boot
        .find("main.py: hello board greet\n")
        .unwrap_or_else(|| panic!("{boot}"));
    assert!(banner < boot_py && boot_py < main_py, "{boot}");
    assert!(
        !boot.contains("fs: "),
        "a good image mounts silently: {boot}"
    );
}

#[test]
fn mps2_runs_boot_py_then_main_py_importing_from_lib() {
    check_boot_scripts(Board::Mps2An385);
}

#[test]
fn stm32f405_runs_boot_py_then_main_py_importing_from_lib() {
    check_boot_scripts(Board::Stm32f405);
}

#[test]
fn a_failing_main_py_prints_its_traceback_and_the_repl_starts() {
    let mut image = FsImage::new(Board::Mps2An385).unwrap();
    image
        .add_file("/main.py", b"print('before')\n1 / 0\nprint('after')\n")
        .unwrap();
    let Some(mut emulator) = boot_with(Board::Mps2An385, "failing", Some(image.finish())) else {
        return;
    };
    let boot = emulator.boot_output().replace("\r\n", "\n");
    assert!(boot.contains("before\n"), "{boot}");
    assert!(
        boot.contains("File \"main.py\", line 2") && boot.contains("ZeroDivisionError"),
        "{boot}"
    );
    assert!(!boot.contains("after"), "{boot}");
    assert_eq!(run(&mut emulator, "print(6 * 7)").stdout_text(), "42\n");
}

#[test]
fn files_written_from_python_survive_a_soft_reset() {
    let Some(mut emulator) = boot_with(Board::Mps2An385, "blank", None) else {
        return;
    };
    // QEMU's RAM starts zeroed: no filesystem there, so the board makes one.
    let boot = emulator.boot_output().to_string();
    assert!(
        boot.contains("fs: no filesystem found: formatted 511 KiB"),
        "{boot}"
    );
    let write = "import os\n\
        os.mkdir('lib')\n\
        with open('lib/counter.py', 'w') as f:\n    f.write('COUNT = 3\\n')\n\
        with open('log.txt', 'w') as f:\n    f.write('one\\n')\n\
        with open('log.txt', 'a') as f:\n    f.write('two\\n')\n\
        os.rename('log.txt', 'kept.txt')\n\
        os.mkdir('tmp')\n\
        os.chdir('tmp')\n\
        print(os.getcwd(), sorted(os.listdir('/')))\n\
        unclosed = open('/unclosed.txt', 'w')\n\
        unclosed.write('written back at the soft reset')\n";
    let output = run(&mut emulator, write);
    assert!(!output.raised(), "{}", output.exception_text());
    assert_eq!(output.stdout_text(), "/tmp ['kept.txt', 'lib', 'tmp']\n");
    // `unclosed` is never closed: the soft reset finalizes it, as CPython closes files at exit.
    let mut repl = emulator.raw_repl().unwrap();
    repl.soft_reset().unwrap();
    let output = repl
        .exec(
            b"import os, counter\n\
              print(os.getcwd(), open('kept.txt').read().split(), counter.COUNT)\n\
              print(os.stat('kept.txt')[6], os.stat('lib')[0] & 0o170000 == 0o040000)\n\
              os.remove('kept.txt')\n\
              os.rmdir('tmp')\n\
              print(open('unclosed.txt').read())\n\
              os.remove('unclosed.txt')\n\
              try:\n    open('kept.txt')\nexcept OSError as e:\n    print(type(e).__name__, e.errno)\n\
              print(sorted(os.listdir()))\n",
        )
        .unwrap();
    assert!(!output.raised(), "{}", output.exception_text());
    assert_eq!(
        output.stdout_text(),
        "/ ['one', 'two'] 3\n8 True\nwritten back at the soft reset\nFileNotFoundError 2\n['lib']\n"
    );
}

#[test]
fn ctrl_c_stops_a_looping_main_py() {
    let Some(mut emulator) = boot_with(Board::Mps2An385, "loop", None) else {
        return;
    };
    let output = run(
        &mut emulator,
        "with open('main.py', 'w') as f:\n    f.write('print(\"looping\")\\nwhile True:\\n    pass\\n')\n",
    );
    assert!(!output.raised(), "{}", output.exception_text());
    let console = emulator.console();
    // Back to the friendly REPL (Ctrl-B), then soft reset (Ctrl-D): main.py runs.
    console.write_all(b"\x02").unwrap();
    console.read_until(b">>> ", REPLY, "the prompt").unwrap();
    console.write_all(b"\x04").unwrap();
    console
        .read_until(b"looping", REPLY, "main.py's output")
        .unwrap();
    std::thread::sleep(Duration::from_millis(300));
    console.write_all(b"\x03").unwrap();
    let text = console
        .read_until(b">>> ", REPLY, "the prompt after Ctrl-C")
        .unwrap();
    let text = String::from_utf8_lossy(&text);
    assert!(text.contains("KeyboardInterrupt"), "{text}");
    // The banner comes after main.py ended, then the REPL works.
    assert!(text.contains("Pyrite "), "{text}");
    console.write_all(b"print(2 ** 10)\r").unwrap();
    let text = console.read_until(b">>> ", REPLY, "the result").unwrap();
    assert!(String::from_utf8_lossy(&text).contains("1024"));
}

#[test]
fn a_damaged_image_is_reported_and_its_files_recovered() {
    let board = Board::Mps2An385;
    let mut bytes = demo_image(board).finish();
    // Spoil the header of the only half that has one: the records are still good.
    bytes[4] ^= 0xff;
    let Some(mut emulator) = boot_with(board, "damaged", Some(bytes)) else {
        return;
    };
    let boot = emulator.boot_output().replace("\r\n", "\n");
    assert!(
        boot.contains("fs: damaged filesystem: recovered 4 file(s), dropped 0 record(s)"),
        "{boot}"
    );
    assert!(boot.contains("main.py: hello board"), "{boot}");
    let output = run(
        &mut emulator,
        "print(open('/data/notes.txt').read(), end='')",
    );
    assert_eq!(output.stdout_text(), "line one\n");
}

#[test]
fn a_record_damaged_mid_file_drops_only_that_file() {
    let board = Board::Mps2An385;
    let mut bytes = demo_image(board).finish();
    let at = bytes
        .windows(8)
        .position(|window| window == b"line one")
        .expect("notes.txt's record");
    bytes[at] ^= 0x20;
    let Some(mut emulator) = boot_with(board, "record", Some(bytes)) else {
        return;
    };
    let boot = emulator.boot_output().replace("\r\n", "\n");
    assert!(
        boot.contains("fs: repaired the log: dropped 1 damaged record(s)\n"),
        "{boot}"
    );
    let output = run(
        &mut emulator,
        "import os\nprint(sorted(os.listdir('/')), os.listdir('/data'))",
    );
    assert_eq!(
        output.stdout_text(),
        "['boot.py', 'data', 'lib', 'main.py'] []\n"
    );
}

#[test]
fn random_bytes_are_replaced_by_a_fresh_filesystem() {
    let board = Board::Mps2An385;
    let (_, size) = board.filesystem_region();
    let mut state = 0x9e37_79b9_7f4a_7c15u64;
    let noise: Vec<u8> = (0..size)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state as u8
        })
        .collect();
    let Some(mut emulator) = boot_with(board, "noise", Some(noise)) else {
        return;
    };
    assert!(
        emulator
            .boot_output()
            .contains("fs: no filesystem found: formatted"),
        "{}",
        emulator.boot_output()
    );
    let output = run(&mut emulator, "import os\nprint(os.listdir())");
    assert_eq!(output.stdout_text(), "[]\n");
}

/// What is tested on the STM32 in QEMU: reading a preloaded filesystem (and imports from it);
/// writes reach the flash controller code, which QEMU does not model, and the read-back check
/// turns them into EIO. Erasing and programming real flash is not tested here.
#[test]
fn stm32f405_in_qemu_reads_a_preloaded_filesystem_and_reports_writes_as_eio() {
    let board = Board::Stm32f405;
    let Some(mut emulator) = boot_with(board, "readonly", Some(demo_image(board).finish())) else {
        return;
    };
    let output = run(
        &mut emulator,
        "import os, greet\n\
         print(sorted(os.listdir('/')), open('/data/notes.txt').read().strip(), greet.hello('f4'))\n\
         try:\n    open('new.txt', 'w').close()\nexcept OSError as e:\n    print('write:', e.errno)\n\
         print(os.listdir('/data'))\n",
    );
    assert!(!output.raised(), "{}", output.exception_text());
    assert_eq!(
        output.stdout_text(),
        "['boot.py', 'data', 'lib', 'main.py'] line one hello f4\nwrite: 5\n['notes.txt']\n"
    );
}

#[test]
fn stm32f405_in_qemu_without_an_image_says_it_has_no_files() {
    let Some(mut emulator) = boot_with(Board::Stm32f405, "none", None) else {
        return;
    };
    assert!(
        emulator
            .boot_output()
            .contains("fs: cannot mount or format the filesystem (errno 5)"),
        "{}",
        emulator.boot_output()
    );
    let output = run(
        &mut emulator,
        "import os\ntry:\n    os.listdir()\nexcept OSError as e:\n    print(e.errno)",
    );
    assert_eq!(output.stdout_text(), "19\n");
}
