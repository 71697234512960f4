//! The board's files: the flash filesystem behind `open()`, `os` and `import`, and the
//! working directory that relative paths start from (`/` after every soft reset).

use alloc::boxed::Box;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use pyrite::port::{FileStat, FsError, FsUsage, NO_FILESYSTEM};
use pyrite_fs::path::{key, resolve};
use pyrite_fs::{Filesystem, MountReport, Storage};

/// POSIX mode bits `os.stat` reports for directories and files.
const DIRECTORY_MODE: u32 = 0o040_755;
const FILE_MODE: u32 = 0o100_644;
/// The longest working directory.
const MAX_CWD: usize = 255;
/// The working directory's buffer, allocated at boot and reused, so a `chdir` usually leaves
/// no allocation behind in the middle of the heap (it outlives soft resets); deeper paths
/// grow it. Small: the heap it takes is Python's.
const CWD_BUFFER: usize = 32;

/// The filesystem (if the board has a usable one) and the working directory.
pub struct Files {
    filesystem: Option<Filesystem<Box<dyn Storage>>>,
    cwd: String,
}

impl Files {
    /// Mounts `storage` (formatting a blank one, salvaging a damaged one) and returns the
    /// files with a one-line note for the console when mounting had something to say.
    pub fn mount(storage: Option<Box<dyn Storage>>) -> (Files, Option<String>) {
        let mut cwd = String::with_capacity(CWD_BUFFER);
        cwd.push('/');
        let mut files = Files {
            filesystem: None,
            cwd,
        };
        let Some(storage) = storage else {
            return (files, None);
        };
        let note = match Filesystem::mount(storage) {
            Ok((filesystem, report)) => {
                let kib = filesystem.capacity() / 1024;
                files.filesystem = Some(filesystem);
                match report {
                    MountReport::Clean => None,
                    MountReport::Formatted => {
                        Some(format!("fs: no filesystem found: formatted {kib} KiB\n"))
                    }
                    MountReport::Repaired { damaged, repaired } => Some(format!(
                        "fs: repaired the log: dropped {damaged} damaged record(s){}\n",
                        if repaired { "" } else { " (could not rewrite the log)" }
                    )),
                    MountReport::Recovered { files, damaged } => Some(format!(
                        "fs: damaged filesystem: recovered {files} file(s), dropped {damaged} record(s)\n"
                    )),
                }
            }
            Err(error) => Some(format!(
                "fs: cannot mount or format the filesystem (errno {}): running without files\n",
                error.errno()
            )),
        };
        (files, note)
    }

    fn filesystem(&mut self) -> Result<&mut Filesystem<Box<dyn Storage>>, FsError> {
        self.filesystem.as_mut().ok_or(NO_FILESYSTEM)
    }

    /// The canonical absolute form of `path`.
    fn absolute(&self, path: &str) -> String {
        resolve(&self.cwd, path)
    }

    pub fn read_file(&mut self, path: &str) -> Option<Vec<u8>> {
        self.read(path).ok()
    }

    pub fn list_dir(&mut self, path: &str) -> Result<Vec<String>, FsError> {
        let path = self.absolute(path);
        errno(self.filesystem()?.list(key(&path)))
    }

    pub fn mkdir(&mut self, path: &str) -> Result<(), FsError> {
        let path = self.absolute(path);
        errno(self.filesystem()?.mkdir(key(&path)))
    }

    pub fn rmdir(&mut self, path: &str) -> Result<(), FsError> {
        let path = self.absolute(path);
        errno(self.filesystem()?.rmdir(key(&path)))
    }

    pub fn remove(&mut self, path: &str) -> Result<(), FsError> {
        let path = self.absolute(path);
        errno(self.filesystem()?.remove(key(&path)))
    }

    pub fn rename(&mut self, from: &str, to: &str) -> Result<(), FsError> {
        let from = self.absolute(from);
        let to = self.absolute(to);
        errno(self.filesystem()?.rename(key(&from), key(&to)))
    }

    pub fn stat(&mut self, path: &str) -> Result<FileStat, FsError> {
        let path = self.absolute(path);
        let stat = errno(self.filesystem()?.stat(key(&path)))?;
        Ok(FileStat {
            mode: if stat.directory {
                DIRECTORY_MODE
            } else {
                FILE_MODE
            },
            size: u64::from(stat.size),
            mtime: 0.0,
        })
    }

    /// The filesystem's room in 512-byte blocks (records and their headers count as used).
    pub fn usage(&mut self, path: &str) -> Result<FsUsage, FsError> {
        const BLOCK: u64 = 512;
        self.stat(path)?;
        let filesystem = self.filesystem()?;
        let (capacity, used) = (u64::from(filesystem.capacity()), u64::from(filesystem.used()));
        let free = capacity.saturating_sub(used) / BLOCK;
        Ok(FsUsage {
            block_size: BLOCK,
            fragment_size: BLOCK,
            blocks: capacity / BLOCK,
            free_blocks: free,
            available_blocks: free,
            name_max: pyrite_fs::MAX_NAME as u64,
            ..FsUsage::default()
        })
    }

    pub fn getcwd(&mut self) -> Result<String, FsError> {
        self.filesystem()?;
        Ok(self.cwd.clone())
    }

    pub fn chdir(&mut self, path: &str) -> Result<(), FsError> {
        let path = self.absolute(path);
        if !errno(self.filesystem()?.stat(key(&path)))?.directory {
            return Err(pyrite_fs::Error::NotDirectory.errno());
        }
        if path.len() > MAX_CWD {
            return Err(pyrite_fs::Error::NameTooLong.errno());
        }
        self.cwd.clear();
        self.cwd.push_str(&path);
        Ok(())
    }

    pub fn read(&mut self, path: &str) -> Result<Vec<u8>, FsError> {
        let path = self.absolute(path);
        errno(self.filesystem()?.read(key(&path)))
    }

    pub fn write(&mut self, path: &str, data: &[u8], append: bool) -> Result<(), FsError> {
        let path = self.absolute(path);
        errno(self.filesystem()?.write(key(&path), data, append))
    }
}

fn errno<T>(result: Result<T, pyrite_fs::Error>) -> Result<T, FsError> {
    result.map_err(pyrite_fs::Error::errno)
}
