//! Property tests of pyrite-fs: random operation sequences checked against a model (a map of
//! paths to contents), remounts, random power cuts at every possible program/erase step, and
//! damaged images.

use std::collections::BTreeMap;

use pyrite_fs::{Error, Filesystem, MountReport, RamStorage, Storage};

/// xorshift64*: deterministic randomness without a dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, bound: u64) -> u64 {
        self.next() % bound
    }
}

/// RAM flash that checks the filesystem's promises (program only erased bytes, aligned) and
/// can lose power after a number of program/erase steps: the step in progress is left half
/// done and every later step fails.
struct TestStorage {
    ram: RamStorage,
    steps_left: Option<u32>,
    dead: bool,
    tear: u64,
}

impl TestStorage {
    fn new(size: u32) -> Self {
        TestStorage {
            ram: RamStorage::new(size),
            steps_left: None,
            dead: false,
            tear: 1,
        }
    }

    /// Counts a step: `Some(torn)` if power fails during it (`torn`: this is the step that
    /// was in progress, so it lands partly), `None` if it happens.
    fn step(&mut self) -> Option<bool> {
        if self.dead {
            return Some(false);
        }
        match &mut self.steps_left {
            Some(0) => {
                self.dead = true;
                Some(true)
            }
            Some(left) => {
                *left -= 1;
                None
            }
            None => None,
        }
    }
}

impl Storage for TestStorage {
    fn size(&self) -> u32 {
        self.ram.size()
    }

    fn read(&mut self, offset: u32, buffer: &mut [u8]) -> Result<(), Error> {
        self.ram.read(offset, buffer)
    }

    fn program(&mut self, offset: u32, data: &[u8]) -> Result<(), Error> {
        assert_eq!(offset % 4, 0, "unaligned program at {offset}");
        assert_eq!(data.len() % 4, 0, "program of {} bytes", data.len());
        let start = offset as usize;
        for (index, &byte) in data.iter().enumerate() {
            let old = self.ram.bytes[start + index];
            assert!(
                old == 0xff || byte == 0xff,
                "program over programmed byte at {}",
                start + index
            );
        }
        if let Some(torn) = self.step() {
            if torn {
                // A prefix lands, the next byte is torn.
                let keep = (self.tear as usize) % (data.len() + 1);
                self.ram.program(offset, &data[..keep])?;
                if keep < data.len() {
                    let torn = data[keep] | (self.tear as u8 & 0x5a);
                    self.ram.program(offset + keep as u32, &[torn])?;
                }
            }
            return Err(Error::Io);
        }
        self.ram.program(offset, data)
    }

    fn erase(&mut self, offset: u32, length: u32) -> Result<(), Error> {
        if let Some(torn) = self.step() {
            if torn {
                let part = (self.tear as u32) % (length + 1);
                self.ram.erase(offset, part)?;
            }
            return Err(Error::Io);
        }
        self.ram.erase(offset, length)
    }
}

/// The model: path → contents (`None` for a directory).
type Model = BTreeMap<String, Option<Vec<u8>>>;

fn snapshot<S: Storage>(fs: &mut Filesystem<S>) -> Model {
    let mut model = Model::new();
    let mut pending = vec![String::new()];
    while let Some(dir) = pending.pop() {
        for name in fs.list(&dir).expect("list a directory") {
            let path = if dir.is_empty() {
                name
            } else {
                format!("{dir}/{name}")
            };
            if fs.stat(&path).expect("stat a listed path").directory {
                model.insert(path.clone(), None);
                pending.push(path);
            } else {
                let data = fs.read(&path).expect("read a listed file");
                assert_eq!(fs.stat(&path).unwrap().size as usize, data.len());
                model.insert(path, Some(data));
            }
        }
    }
    model
}

#[derive(Debug, Clone)]
enum Op {
    Write(String, Vec<u8>, bool),
    Mkdir(String),
    Remove(String),
    Rmdir(String),
    Rename(String, String),
}

const PATHS: [&str; 9] = ["a", "b", "c", "d", "d/a", "d/b", "d/e", "d/e/a", "e"];

fn random_op(rng: &mut Rng, max_file: u64) -> Op {
    let path = PATHS[rng.below(PATHS.len() as u64) as usize].to_string();
    match rng.below(10) {
        0..=3 => {
            let length = rng.below(max_file) as usize;
            let fill = rng.next() as u8;
            let data = (0..length).map(|i| fill.wrapping_add(i as u8)).collect();
            Op::Write(path, data, rng.below(3) == 0)
        }
        4 | 5 => Op::Mkdir(path),
        6 => Op::Remove(path),
        7 => Op::Rmdir(path),
        _ => Op::Rename(
            path,
            PATHS[rng.below(PATHS.len() as u64) as usize].to_string(),
        ),
    }
}

fn parent(path: &str) -> &str {
    path.rsplit_once('/').map_or("", |(p, _)| p)
}

fn is_dir(model: &Model, path: &str) -> bool {
    path.is_empty() || matches!(model.get(path), Some(None))
}

fn has_children(model: &Model, path: &str) -> bool {
    model.keys().any(|key| parent(key) == path)
}

/// Applies `op` to the model if it is valid there; returns whether it was.
fn model_apply(model: &mut Model, op: &Op) -> bool {
    match op {
        Op::Write(path, data, append) => match model.get(path) {
            Some(None) => false,
            Some(Some(old)) => {
                let mut new = if *append { old.clone() } else { Vec::new() };
                new.extend_from_slice(data);
                model.insert(path.clone(), Some(new));
                true
            }
            None if is_dir(model, parent(path)) => {
                model.insert(path.clone(), Some(data.clone()));
                true
            }
            None => false,
        },
        Op::Mkdir(path) => {
            if model.contains_key(path) || !is_dir(model, parent(path)) {
                return false;
            }
            model.insert(path.clone(), None);
            true
        }
        Op::Remove(path) => {
            if matches!(model.get(path), Some(Some(_))) {
                model.remove(path);
                true
            } else {
                false
            }
        }
        Op::Rmdir(path) => {
            if matches!(model.get(path), Some(None)) && !has_children(model, path) {
                model.remove(path);
                true
            } else {
                false
            }
        }
        Op::Rename(from, to) => {
            let Some(source) = model.get(from).cloned() else {
                return false;
            };
            if from == to {
                return true;
            }
            if to.starts_with(&format!("{from}/")) || !is_dir(model, parent(to)) {
                return false;
            }
            match (source.is_none(), model.get(to)) {
                (false, Some(None)) | (true, Some(Some(_))) => return false,
                (true, Some(None)) if has_children(model, to) => return false,
                _ => {}
            }
            model.remove(to);
            let moved: Vec<(String, Option<Vec<u8>>)> = model
                .iter()
                .filter(|(key, _)| *key == from || key.starts_with(&format!("{from}/")))
                .map(|(key, value)| (key.clone(), value.clone()))
                .collect();
            for (key, value) in moved {
                model.remove(&key);
                model.insert(format!("{to}{}", &key[from.len()..]), value);
            }
            true
        }
    }
}

fn fs_apply<S: Storage>(fs: &mut Filesystem<S>, op: &Op) -> Result<(), Error> {
    match op {
        Op::Write(path, data, append) => fs.write(path, data, *append),
        Op::Mkdir(path) => fs.mkdir(path),
        Op::Remove(path) => fs.remove(path),
        Op::Rmdir(path) => fs.rmdir(path),
        Op::Rename(from, to) => fs.rename(from, to),
    }
}

fn remount(fs: Filesystem<TestStorage>) -> Filesystem<TestStorage> {
    let mut storage = fs.into_storage();
    storage.steps_left = None;
    storage.dead = false;
    let (fs, report) = Filesystem::mount(storage).expect("mount");
    assert_eq!(report, MountReport::Clean);
    fs
}

#[test]
fn random_operations_match_the_model() {
    for seed in 1..=40u64 {
        let mut rng = Rng(seed.wrapping_mul(0x9e37_79b9_7f4a_7c15));
        let (mut fs, report) = Filesystem::mount(TestStorage::new(4096)).unwrap();
        assert_eq!(report, MountReport::Formatted);
        let mut model = Model::new();
        for step in 0..300 {
            let op = random_op(&mut rng, 400);
            let mut next = model.clone();
            let valid = model_apply(&mut next, &op);
            match fs_apply(&mut fs, &op) {
                Ok(()) => {
                    assert!(valid, "seed {seed} step {step}: {op:?} succeeded");
                    model = next;
                }
                Err(Error::NoSpace) => {}
                Err(error) => assert!(!valid, "seed {seed} step {step}: {op:?} failed: {error:?}"),
            }
            assert_eq!(
                snapshot(&mut fs),
                model,
                "seed {seed} step {step} after {op:?}"
            );
            if step % 37 == 0 {
                fs = remount(fs);
                assert_eq!(snapshot(&mut fs), model, "seed {seed} step {step}: remount");
            }
        }
    }
}

#[test]
fn power_cut_leaves_the_old_or_the_new_state() {
    let mut cuts = 0;
    for seed in 1..=60u64 {
        let mut rng = Rng(seed.wrapping_mul(0x2545_f491_4f6c_dd1d) + 7);
        let (mut fs, _) = Filesystem::mount(TestStorage::new(2048)).unwrap();
        let mut model = Model::new();
        for step in 0..120 {
            let op = random_op(&mut rng, 300);
            let mut next = model.clone();
            let valid = model_apply(&mut next, &op);
            let mut storage = fs.into_storage();
            storage.steps_left = Some(rng.below(12) as u32);
            storage.tear = rng.next();
            let (mut mounted, _) = Filesystem::mount(storage).unwrap();
            let result = fs_apply(&mut mounted, &op);
            let cut = mounted.into_storage();
            let was_cut = cut.dead;
            let mut storage = cut;
            storage.steps_left = None;
            storage.dead = false;
            let (mut again, report) = Filesystem::mount(storage).expect("mount after a cut");
            let state = snapshot(&mut again);
            if was_cut {
                cuts += 1;
                assert!(
                    state == model || (valid && state == next),
                    "seed {seed} step {step}: {op:?} cut ({result:?}, {report:?}) left {state:?}\nold {model:?}\nnew {next:?}"
                );
            } else {
                match result {
                    Ok(()) => assert!(valid),
                    Err(Error::NoSpace) => assert_eq!(state, model),
                    Err(_) => assert!(!valid),
                }
            }
            model = state;
            fs = again;
        }
    }
    assert!(cuts > 500, "only {cuts} power cuts happened");
}

#[test]
fn full_filesystem_still_removes() {
    let (mut fs, _) = Filesystem::mount(TestStorage::new(4096)).unwrap();
    let mut written = 0;
    while fs.write(&format!("f{written}"), &[7; 100], false).is_ok() {
        written += 1;
    }
    assert!(written >= 15, "{written}");
    assert_eq!(fs.write("big", &[1; 3000], false), Err(Error::NoSpace));
    for index in 0..written {
        fs.remove(&format!("f{index}")).unwrap();
    }
    assert!(fs.list("").unwrap().is_empty());
    fs.write("big", &[1; 1500], false).unwrap();
    let mut fs = remount(fs);
    assert_eq!(fs.read("big").unwrap(), vec![1; 1500]);
}

#[test]
fn errors_are_posix() {
    let (mut fs, _) = Filesystem::mount(RamStorage::new(8192)).unwrap();
    fs.mkdir("lib").unwrap();
    fs.write("lib/m.py", b"x = 1\n", false).unwrap();
    assert_eq!(fs.mkdir("lib"), Err(Error::Exists));
    assert_eq!(fs.rmdir("lib"), Err(Error::NotEmpty));
    assert_eq!(fs.remove("lib"), Err(Error::IsDirectory));
    assert_eq!(fs.read("nope"), Err(Error::NotFound));
    assert_eq!(fs.write("nope/x", b"", false), Err(Error::NotFound));
    assert_eq!(fs.write("lib/m.py/x", b"", false), Err(Error::NotDirectory));
    assert_eq!(fs.rmdir("lib/m.py"), Err(Error::NotDirectory));
    assert_eq!(fs.rename("lib", "lib/sub"), Err(Error::Invalid));
    assert_eq!(
        fs.write(&"n".repeat(300), b"", false),
        Err(Error::NameTooLong)
    );
    fs.rename("lib", "pkg").unwrap();
    assert_eq!(fs.read("pkg/m.py").unwrap(), b"x = 1\n");
    fs.rename("pkg/m.py", "pkg/n.py").unwrap();
    fs.mkdir("empty").unwrap();
    fs.rename("pkg", "empty").unwrap();
    let mut fs = remount_ram(fs);
    assert_eq!(fs.list("").unwrap(), vec!["empty".to_string()]);
    assert_eq!(fs.read("empty/n.py").unwrap(), b"x = 1\n");
    assert_eq!(Error::NotFound.errno(), 2);
}

#[test]
fn blank_zeroed_and_damaged_images() {
    // Zero-filled RAM (what QEMU gives a region before anything is written) is formatted.
    let mut zero = RamStorage::new(4096);
    zero.bytes.fill(0);
    let (_, report) = Filesystem::mount(zero).unwrap();
    assert_eq!(report, MountReport::Formatted);

    // Build an image, then damage one half's header: the files are recovered.
    let (mut fs, _) = Filesystem::mount(RamStorage::new(4096)).unwrap();
    fs.write("main.py", b"print('hi')\n", false).unwrap();
    fs.mkdir("lib").unwrap();
    fs.write("lib/m.py", b"X = 2\n", false).unwrap();
    let mut storage = fs.into_storage();
    storage.bytes[5] ^= 0xff;
    let (mut fs, report) = Filesystem::mount(storage).unwrap();
    assert_eq!(
        report,
        MountReport::Recovered {
            files: 2,
            damaged: 0
        }
    );
    assert_eq!(fs.read("lib/m.py").unwrap(), b"X = 2\n");
    let fs = remount_ram(fs);

    // Damage a record in the middle (in both halves: one is the stale copy): the others
    // survive, the damaged one is dropped.
    let mut storage = fs.into_storage();
    let positions: Vec<usize> = (0..storage.bytes.len() - 6)
        .filter(|&at| &storage.bytes[at..at + 6] == b"print(")
        .collect();
    assert!(!positions.is_empty());
    for position in positions {
        storage.bytes[position] ^= 0x01;
    }
    let (mut fs, report) = Filesystem::mount(storage).unwrap();
    assert!(
        matches!(
            report,
            MountReport::Repaired {
                damaged: 1,
                repaired: true
            }
        ),
        "{report:?}"
    );
    assert_eq!(fs.read("lib/m.py").unwrap(), b"X = 2\n");
    assert_eq!(fs.read("main.py"), Err(Error::NotFound));

    // Garbage everywhere: formatted, never a panic.
    let mut rng = Rng(99);
    let mut noise = RamStorage::new(4096);
    for byte in noise.bytes.iter_mut() {
        *byte = rng.next() as u8;
    }
    let (fs, report) = Filesystem::mount(noise).unwrap();
    assert_eq!(report, MountReport::Formatted);
    assert_eq!(fs.used(), 0);
}

fn remount_ram(fs: Filesystem<RamStorage>) -> Filesystem<RamStorage> {
    let (fs, report) = Filesystem::mount(fs.into_storage()).unwrap();
    assert_eq!(report, MountReport::Clean);
    fs
}
