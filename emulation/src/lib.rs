//! Boot Pyrite firmware in an emulator and talk to it through its UART.
//!
//! * [`Board`]: the firmware boards, how to build their images and which machine runs them.
//! * [`Emulator`] / [`launch`]: a running QEMU (or Renode) whose UART is a byte stream
//!   ([`Console`]) with timeouts; dropping it kills the emulator.
//! * [`RawRepl`]: the host side of MicroPython's raw REPL and raw-paste protocol.
//! * [`elf_size`]: flash / static RAM / heap of an image (also used by the benchmarks).
//! * [`BoardRunner`]: the conformance suite's runner for boards (a pool of booted boards).
//! * [`FsImage`]: board filesystem images to preload (`LaunchOptions::fs_image`).

mod board;
mod console;
pub mod elf_size;
mod error;
mod fs_image;
mod qemu;
mod raw_repl;
mod renode;
mod suite_runner;

pub use board::{Board, BuildProfile, Modules};
pub use console::Console;
pub use error::{EmulationError, Result};
pub use fs_image::FsImage;
pub use qemu::{launch, Backend, Emulator, LaunchOptions};
pub use raw_repl::{RawRepl, RunOutput};
pub use renode::renode_available;
pub use suite_runner::{suite_filesystem, BoardRunner};

use std::path::PathBuf;

/// The repository root (this crate lives one level below it).
pub fn repo_root() -> PathBuf {
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    manifest.parent().map(PathBuf::from).unwrap_or(manifest)
}

/// Whether `program` is on PATH.
pub fn on_path(program: &str) -> bool {
    std::env::var_os("PATH")
        .is_some_and(|paths| std::env::split_paths(&paths).any(|dir| dir.join(program).is_file()))
}

/// Why QEMU-based tests must skip here, if they must.
pub fn qemu_missing() -> Option<String> {
    if on_path("qemu-system-arm") {
        None
    } else {
        Some("qemu-system-arm is not on PATH (apt-get install qemu-system-arm)".into())
    }
}
