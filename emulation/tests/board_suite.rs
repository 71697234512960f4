//! The conformance suite through the UART: one trial per script and board,
//! `<board>::<area>/<name>.py`, each run through the raw REPL after a soft reset, on a pool of
//! two booted QEMU instances per board. Skips live in testsuite/skip.yaml under the board's
//! target name (`qemu-mps2`, `stm32f405`).
//!
//! Each board boots with a filesystem image holding what the scripts that need files use:
//! `imports/lib/` (the package the `imports/` scripts import) and the `os` scripts that look
//! for their own file. The scripts that use files run in `/<area>` on the board, as they run
//! in their directory on the host. The image holds no more than that: its index takes board
//! heap (16 bytes a file).
//!
//! Until the VM runs code (the stub answers every run with `NotImplementedError`), the trials
//! are listed as ignored with that reason; QEMU missing also ignores them, with its reason.

use std::collections::HashSet;
use std::path::PathBuf;
use std::sync::Arc;

use libtest_mimic::{Arguments, Trial};
use pyrite_emulation::{qemu_missing, suite_filesystem, Board, BoardRunner, BuildProfile};
use pyrite_testsuite::{
    discover, report_unexpected_passes, skip_file, suite_dir, trials, Script, SkipList,
    TrialOptions, UnexpectedPasses,
};

/// The boards the suite runs on.
const BOARDS: [Board; 2] = [Board::Mps2An385, Board::Stm32f405];
/// Booted instances per board.
const POOL: usize = 2;

/// Writes `board`'s filesystem image and returns its path and the ids of the scripts that
/// run in their directory.
fn filesystem_image(board: Board, scripts: &[Script]) -> (PathBuf, HashSet<String>) {
    let path = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("board-suite-{}.img", board.name()));
    match suite_filesystem(board, scripts, &path) {
        Ok(on_board) => (path, on_board),
        Err(error) => fail(&format!("{}: {error}", board.name())),
    }
}

fn fail(message: &str) -> ! {
    eprintln!("board_suite: {message}");
    std::process::exit(1);
}

/// Every trial of `board`, ignored with `reason`.
fn ignored(names: &[String], board: Board, reason: &str) -> Vec<Trial> {
    names
        .iter()
        .map(|id| {
            let reason = reason.to_string();
            Trial::test(format!("{}::{id}", board.suite_target()), || Ok(()))
                .with_ignored_flag(true)
                .with_kind(reason)
        })
        .collect()
}

fn main() {
    let arguments = Arguments::from_args();
    let scripts = discover(&suite_dir()).unwrap_or_else(|error| fail(&error));
    let skips = SkipList::load(&skip_file()).unwrap_or_else(|error| fail(&error));
    let ids: Vec<String> = scripts.iter().map(|script| script.id()).collect();
    let options = TrialOptions::from_env();
    let unexpected = UnexpectedPasses::default();
    let mut all = Vec::new();
    for board in BOARDS {
        if arguments.list {
            all.extend(ignored(&ids, board, "board"));
            continue;
        }
        if let Some(reason) = qemu_missing() {
            eprintln!("board_suite: {}: skipped: {reason}", board.name());
            all.extend(ignored(&ids, board, "no qemu"));
            continue;
        }
        let image = board
            .build(BuildProfile::Release, None)
            .unwrap_or_else(|error| fail(&error.to_string()));
        let (fs_image, on_board) = filesystem_image(board, &scripts);
        let runner = BoardRunner::new(board, image, POOL).with_filesystem(fs_image, on_board);
        // Probe: does this firmware's interpreter run code yet?
        match runner.run_code(b"print(1)\n") {
            Ok(output) if output.exception_text().contains("the VM is not built yet") => {
                eprintln!(
                    "board_suite: {}: skipped: the firmware's interpreter is the stub \
                     (the VM is not built yet)",
                    board.name()
                );
                all.extend(ignored(&ids, board, "stub VM"));
                continue;
            }
            Ok(_) => {}
            Err(error) => fail(&error.to_string()),
        }
        all.extend(trials(
            &scripts,
            &skips,
            Arc::new(runner),
            &options,
            &unexpected,
        ));
    }
    let conclusion = libtest_mimic::run(&arguments, all);
    let unexpected_passes = report_unexpected_passes(&unexpected);
    if conclusion.has_failed() || unexpected_passes {
        std::process::exit(101);
    }
}
