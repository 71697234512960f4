//! A soft reset gives a program the heap a fresh boot gives it: the largest block it can
//! allocate is the same after programs that compiled library sections, filled the heap and
//! raised. (Ctrl-D used to leave the new VM's objects scattered over the arena — placed in
//! the gaps between blocks the allocator held for reuse and tables the old VM had kept —
//! which halved the largest block on mps2 after `from datetime import timedelta`, and
//! `mpremote` soft-resets before every run.) `micropython.mem_info()` reports that largest
//! block. Skips (with a printed reason) without QEMU.

mod common;

use pyrite_emulation::Board;

/// Prints the largest `bytearray` the heap can hold now (to 256 bytes), found by halving.
const LARGEST_BLOCK: &str = r#"
import gc
gc.collect()
low, high = 0, gc.mem_free() + 1
while high - low > 256:
    middle = (low + high) // 2
    try:
        block = bytearray(middle)
        block = None
        low = middle
    except MemoryError:
        high = middle
    gc.collect()
print(low)
"#;

/// Programs that leave the arena fragmented when they end: library sections compiled and
/// run, objects of many sizes kept, the heap filled to `MemoryError`.
const PROGRAMS: &[&str] = &[
    "from datetime import timedelta\nprint(timedelta(1))\n",
    "import json\nkeep = [json.dumps({'k': [i] * (i % 9)}) for i in range(400)]\n",
    "keep = []\ntry:\n    while True:\n        keep.append(bytearray(40 + len(keep) % 300))\nexcept MemoryError:\n    keep = keep[::3]\n",
];

fn largest_block(repl: &mut pyrite_emulation::RawRepl<'_>, board: Board) -> usize {
    let output = repl
        .exec(LARGEST_BLOCK.as_bytes())
        .unwrap_or_else(|error| panic!("{}: {error}", board.name()));
    output
        .stdout_text()
        .trim()
        .parse()
        .unwrap_or_else(|_| panic!("{}: not a size: {output:?}", board.name()))
}

fn largest_block_survives_soft_resets(board: Board) {
    let Some(mut emulator) = common::boot(board) else {
        return;
    };
    let mut repl = emulator
        .raw_repl()
        .unwrap_or_else(|error| panic!("{error}"));
    repl.soft_reset().unwrap_or_else(|error| panic!("{error}"));
    let fresh = largest_block(&mut repl, board);
    // `micropython.mem_info()` reports the same largest block, found by probing in Rust.
    let output = repl
        .exec(b"import micropython\nmicropython.mem_info()\n")
        .unwrap_or_else(|error| panic!("{}: {error}", board.name()));
    let text = output.stdout_text();
    let reported: usize = text
        .split("max free block: ")
        .nth(1)
        .and_then(|rest| rest.split(|c: char| !c.is_ascii_digit()).next())
        .and_then(|digits| digits.parse().ok())
        .unwrap_or_else(|| panic!("{}: no max free block in:\n{text}", board.name()));
    // (The two programs' own objects differ by a kilobyte or two.)
    assert!(
        reported.abs_diff(fresh) < 4096,
        "{}: mem_info says the largest free block is {reported} bytes, a bytearray of {fresh} fits",
        board.name()
    );
    for program in PROGRAMS {
        repl.soft_reset().unwrap_or_else(|error| panic!("{error}"));
        repl.exec(program.as_bytes())
            .unwrap_or_else(|error| panic!("{}: {error}", board.name()));
        repl.soft_reset().unwrap_or_else(|error| panic!("{error}"));
        let after = largest_block(&mut repl, board);
        // A few hundred bytes of difference is where the halving stops, not fragmentation.
        assert!(
            after + 1024 >= fresh,
            "{}: the largest block was {fresh} bytes after a soft reset, {after} after one \
             following:\n{program}",
            board.name()
        );
    }
}

#[test]
fn mps2_an385_soft_reset_restores_the_largest_block() {
    largest_block_survives_soft_resets(Board::Mps2An385);
}

#[test]
fn stm32f405_soft_reset_restores_the_largest_block() {
    largest_block_survives_soft_resets(Board::Stm32f405);
}
