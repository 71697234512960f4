//! Board filesystem images: a host directory (or single files) laid out in pyrite-fs format
//! for a board's filesystem region, to preload into the emulator (`LaunchOptions::fs_image`)
//! or flash onto a board.

use std::path::{Path, PathBuf};

use pyrite_fs::{Filesystem, RamStorage};

use crate::board::Board;
use crate::error::{EmulationError, Result};

impl Board {
    /// Where the board keeps its filesystem: (address, bytes). mps2: the top 1 MiB of SSRAM1;
    /// stm32f405: flash sectors 1–3 and the first 48 KiB of sector 4 (96 KiB, two halves).
    pub fn filesystem_region(self) -> (u64, u32) {
        match self {
            Board::Mps2An385 | Board::Mps2An386 => (0x0030_0000, 1024 * 1024),
            Board::Stm32f405 => (0x0800_4000, 96 * 1024),
        }
    }
}

/// A filesystem image being filled.
pub struct FsImage {
    board: Board,
    filesystem: Filesystem<RamStorage>,
}

fn image_error(what: impl std::fmt::Display) -> EmulationError {
    EmulationError::Setup(format!("filesystem image: {what}"))
}

impl FsImage {
    /// An empty filesystem for `board`.
    pub fn new(board: Board) -> Result<FsImage> {
        let (_, size) = board.filesystem_region();
        let (filesystem, _) = Filesystem::mount(RamStorage::new(size))
            .map_err(|error| image_error(format!("{error:?}")))?;
        Ok(FsImage { board, filesystem })
    }

    /// Makes directory `path` (absolute, `/a/b`) and its parents.
    pub fn make_dirs(&mut self, path: &str) -> Result<()> {
        let mut key = String::new();
        for part in path.split('/').filter(|part| !part.is_empty()) {
            if !key.is_empty() {
                key.push('/');
            }
            key.push_str(part);
            match self.filesystem.stat(&key) {
                Ok(stat) if stat.directory => {}
                Ok(_) => return Err(image_error(format!("/{key} is a file"))),
                Err(_) => self
                    .filesystem
                    .mkdir(&key)
                    .map_err(|error| image_error(format!("mkdir /{key}: {error:?}")))?,
            }
        }
        Ok(())
    }

    /// Adds a file at `path` (absolute), making its directories.
    pub fn add_file(&mut self, path: &str, contents: &[u8]) -> Result<()> {
        let key = path.trim_start_matches('/');
        if let Some((parent, _)) = key.rsplit_once('/') {
            self.make_dirs(parent)?;
        }
        self.filesystem
            .write(key, contents, false)
            .map_err(|error| match error {
                pyrite_fs::Error::NoSpace => image_error(format!(
                    "{path}: does not fit in {}'s {} KiB filesystem",
                    self.board.name(),
                    self.filesystem.capacity() / 1024
                )),
                other => image_error(format!("{path}: {other:?}")),
            })
    }

    /// Adds the files under `host_dir` below `board_dir`, those for which `keep` (given the
    /// path relative to `host_dir`) is true; hidden entries and `__pycache__` are left out.
    pub fn add_dir(
        &mut self,
        host_dir: &Path,
        board_dir: &str,
        keep: &dyn Fn(&Path) -> bool,
    ) -> Result<()> {
        self.make_dirs(board_dir)?;
        let mut names: Vec<PathBuf> = std::fs::read_dir(host_dir)
            .map_err(|error| image_error(format!("{}: {error}", host_dir.display())))?
            .filter_map(|entry| entry.ok().map(|entry| entry.path()))
            .collect();
        names.sort();
        for path in names {
            let Some(name) = path.file_name().and_then(|name| name.to_str()) else {
                continue;
            };
            if name.starts_with('.') || name == "__pycache__" {
                continue;
            }
            let target = format!("{}/{name}", board_dir.trim_end_matches('/'));
            if path.is_dir() {
                let nested = |relative: &Path| keep(&Path::new(name).join(relative));
                self.add_dir(&path, &target, &nested)?;
            } else if keep(Path::new(name)) {
                let contents = std::fs::read(&path)
                    .map_err(|error| image_error(format!("{}: {error}", path.display())))?;
                self.add_file(&target, &contents)?;
            }
        }
        Ok(())
    }

    /// Bytes the files take and the most the board holds.
    pub fn usage(&self) -> (u32, u32) {
        (self.filesystem.used(), self.filesystem.capacity())
    }

    /// The image: the whole region's bytes.
    pub fn finish(self) -> Vec<u8> {
        self.filesystem.into_storage().bytes
    }

    /// An image of everything under `host_dir` at the board's root.
    pub fn from_dir(board: Board, host_dir: &Path) -> Result<Vec<u8>> {
        let mut image = FsImage::new(board)?;
        image.add_dir(host_dir, "/", &|_| true)?;
        Ok(image.finish())
    }
}
