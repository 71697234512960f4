//! Shared by the QEMU integration tests: skip when QEMU is missing, build each image once.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Mutex, OnceLock};

use pyrite_emulation::{qemu_missing, Board, BuildProfile};

/// The image of `board`, built (release) at most once per test binary; `None` (with the
/// reason printed) when QEMU is not installed.
pub fn image(board: Board) -> Option<PathBuf> {
    if let Some(reason) = qemu_missing() {
        eprintln!("skipped: {reason}");
        return None;
    }
    static BUILT: OnceLock<Mutex<HashMap<Board, PathBuf>>> = OnceLock::new();
    let built = BUILT.get_or_init(Default::default);
    let mut built = built
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    if let Some(path) = built.get(&board) {
        return Some(path.clone());
    }
    let path = board
        .build(BuildProfile::Release, None)
        .unwrap_or_else(|error| panic!("{error}"));
    built.insert(board, path.clone());
    Some(path)
}

/// `board` booted in QEMU from its release image (`None`, with the reason printed, when QEMU
/// is not installed); a failed boot fails the test.
#[allow(dead_code)] // not every test binary boots a board
pub fn boot(board: Board) -> Option<pyrite_emulation::Emulator> {
    let image = image(board)?;
    Some(
        pyrite_emulation::launch(board, &image, &pyrite_emulation::LaunchOptions::default())
            .unwrap_or_else(|error| panic!("{error}")),
    )
}

/// Boots `board` and runs `session` on its raw REPL, then leaves the raw REPL (nothing, with
/// the reason printed, when QEMU is not installed).
#[allow(dead_code)] // not every test binary needs a raw REPL
pub fn with_raw_repl(board: Board, session: impl FnOnce(&mut pyrite_emulation::RawRepl<'_>)) {
    let Some(mut emulator) = boot(board) else {
        return;
    };
    let mut repl = emulator
        .raw_repl()
        .unwrap_or_else(|error| panic!("{error}"));
    session(&mut repl);
    repl.exit().unwrap_or_else(|error| panic!("{error}"));
}

/// Runs `code` through `repl`; the board must answer (the exception `code` raised, if any, is
/// in the output).
#[allow(dead_code)]
pub fn exec_on(
    repl: &mut pyrite_emulation::RawRepl<'_>,
    board: Board,
    code: &[u8],
) -> pyrite_emulation::RunOutput {
    repl.exec(code)
        .unwrap_or_else(|error| panic!("{}: the board did not survive: {error}", board.name()))
}
