//! `BoardPort`: the runtime's `Port` for any `Board` (UART console, SysTick time, reset,
//! files).

use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;
use core::marker::PhantomData;

use pyrite::port::{FileStat, FsError, Port};

use crate::board::Board;
use crate::console::write_cooked;
use crate::files::Files;
use crate::ticks;

/// The `Port` of board `B`.
pub struct BoardPort<B: Board> {
    board: PhantomData<B>,
    files: Files,
}

impl<B: Board> Default for BoardPort<B> {
    fn default() -> Self {
        Self::new()
    }
}

impl<B: Board> BoardPort<B> {
    /// The port; the board must have started its UART and `ticks::start` already.
    pub fn new() -> Self {
        Self::with_files(Files::mount(None).0)
    }

    /// The port over a mounted filesystem (`Files::mount`).
    pub fn with_files(files: Files) -> Self {
        BoardPort {
            board: PhantomData,
            files,
        }
    }
}

impl<B: Board> Port for BoardPort<B> {
    fn console_write(&mut self, bytes: &[u8]) {
        write_cooked(B::write_byte, bytes);
    }

    fn console_write_raw(&mut self, bytes: &[u8]) {
        for &byte in bytes {
            B::write_byte(byte);
        }
    }

    fn console_read(&mut self) -> Option<u8> {
        loop {
            if let Some(byte) = B::receive_ring().pop() {
                return Some(byte);
            }
            // The UART interrupt (or SysTick, every millisecond) wakes us; a byte that lands
            // between `pop` and `wfi` waits at most one tick.
            cortex_m::asm::wfi();
        }
    }

    fn ticks_ms(&self) -> u64 {
        ticks::millis()
    }

    fn ticks_us(&self) -> u64 {
        ticks::micros()
    }

    fn sleep_us(&mut self, us: u64) {
        let end = ticks::micros().saturating_add(us);
        loop {
            let now = ticks::micros();
            if now >= end || pyrite::port::interrupt_pending() {
                return;
            }
            if end - now > 1000 {
                cortex_m::asm::wfi();
            }
        }
    }

    fn reset(&mut self) -> ! {
        cortex_m::peripheral::SCB::sys_reset()
    }

    fn board_name(&self) -> &str {
        B::NAME
    }

    fn read_file(&mut self, path: &str) -> Option<Vec<u8>> {
        self.files.read_file(path)
    }

    fn module_path(&self) -> Vec<Box<str>> {
        alloc::vec![Box::from(""), Box::from("/lib")]
    }

    fn fs_list_dir(&mut self, path: &str) -> Result<Vec<String>, FsError> {
        self.files.list_dir(path)
    }

    fn fs_mkdir(&mut self, path: &str) -> Result<(), FsError> {
        self.files.mkdir(path)
    }

    fn fs_rmdir(&mut self, path: &str) -> Result<(), FsError> {
        self.files.rmdir(path)
    }

    fn fs_remove(&mut self, path: &str) -> Result<(), FsError> {
        self.files.remove(path)
    }

    fn fs_rename(&mut self, from: &str, to: &str) -> Result<(), FsError> {
        self.files.rename(from, to)
    }

    fn fs_stat(&mut self, path: &str) -> Result<FileStat, FsError> {
        self.files.stat(path)
    }

    fn fs_getcwd(&mut self) -> Result<String, FsError> {
        self.files.getcwd()
    }

    fn fs_chdir(&mut self, path: &str) -> Result<(), FsError> {
        self.files.chdir(path)
    }

    fn fs_read(&mut self, path: &str) -> Result<Vec<u8>, FsError> {
        self.files.read(path)
    }

    fn fs_write(&mut self, path: &str, data: &[u8], append: bool) -> Result<(), FsError> {
        self.files.write(path, data, append)
    }
}
