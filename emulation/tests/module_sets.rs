//! An image built with fewer library modules (`cargo xtask build-fw --modules minimal`, the
//! `pyrite-stdlib` features) boots, imports what it carries (and what those import), raises
//! ImportError for the rest, keeps the language's own helpers (async generators, `except*`,
//! `open()`), and is smaller than the full image. Skips (with a printed reason) without QEMU.

use pyrite_emulation::{
    elf_size, launch, qemu_missing, Board, BuildProfile, LaunchOptions, Modules,
};

const PROGRAM: &str = r#"
import json, math, struct, re, collections.abc, machine, time, random, array, heapq
print(json.dumps([math.floor(2.5), struct.pack('<h', 5).hex(), re.sub('a+', '-', 'baac')]))
print(collections.OrderedDict(a=1), collections.abc.Mapping.__name__)
for name in ('datetime', 'hashlib', 'asyncio', 'typing', 'logging'):
    try:
        __import__(name)
        print(name, 'imported')
    except ImportError as error:
        print(name, error)

async def numbers():
    yield 1

print(type(numbers()).__name__)
try:
    raise ExceptionGroup('group', [ValueError(1)])
except* ValueError as group:
    print('except*', group.exceptions)
with open('module_sets.txt', 'w') as file:
    file.write('kept')
print(open('module_sets.txt').read())
"#;

const EXPECTED: &str = "[2, \"0500\", \"b-c\"]
OrderedDict([('a', 1)]) Mapping
datetime No module named 'datetime'
hashlib No module named 'hashlib'
asyncio No module named 'asyncio'
typing No module named 'typing'
logging No module named 'logging'
async_generator
except* (ValueError(1),)
kept
";

#[test]
fn minimal_image_carries_its_modules_and_no_others() {
    if let Some(reason) = qemu_missing() {
        eprintln!("skipped: {reason}");
        return;
    }
    let board = Board::Mps2An385;
    let minimal = board
        .build_with(BuildProfile::Release, None, &Modules::Minimal)
        .unwrap_or_else(|error| panic!("{error}"));
    let mut emulator = launch(board, &minimal, &LaunchOptions::default())
        .unwrap_or_else(|error| panic!("{error}"));
    let mut repl = emulator
        .raw_repl()
        .unwrap_or_else(|error| panic!("{error}"));
    let output = repl
        .exec(PROGRAM.as_bytes())
        .unwrap_or_else(|error| panic!("{error}"));
    assert_eq!(output.exception_text(), "", "{output:?}");
    assert_eq!(output.stdout_text().replace("\r\n", "\n"), EXPECTED);

    let full = board
        .build(BuildProfile::Release, None)
        .unwrap_or_else(|error| panic!("{error}"));
    let flash = |image| {
        elf_size::read(image)
            .unwrap_or_else(|error| panic!("{error}"))
            .flash()
    };
    let (minimal_flash, full_flash) = (flash(&minimal), flash(&full));
    eprintln!("flash: minimal {minimal_flash} B, all modules {full_flash} B");
    assert!(
        minimal_flash + 40_000 < full_flash,
        "the minimal image ({minimal_flash} B) should be well under the full one ({full_flash} B)"
    );
}

#[test]
fn module_lists_parse() {
    assert_eq!(Modules::parse("all"), Ok(Modules::All));
    assert_eq!(Modules::parse("minimal"), Ok(Modules::Minimal));
    assert_eq!(
        Modules::parse(" json,math , json"),
        Ok(Modules::List(vec!["json".into(), "math".into()]))
    );
    assert!(Modules::parse("json,../x").is_err());
}
