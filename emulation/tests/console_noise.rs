//! Pours noise into each board's UART: random bytes weighted towards what the console
//! interprets (control keys, escape sequences, the raw and raw-paste mode requests, line
//! ends, bytes that are not UTF-8, Python-ish text that gets run). After every round the board
//! must still answer the raw REPL as on a fresh boot: no fault report, no hang, no exit.
//! Deterministic: a failure names the round and shows the bytes sent, to replay them.

mod common;

use std::time::Duration;

use pyrite_emulation::Board;

/// Rounds per board, and bytes of noise per round.
const ROUNDS: u64 = 8;
const ROUND_BYTES: usize = 768;

/// xorshift64*: small, deterministic, good enough to spread the choices.
struct Noise(u64);

impl Noise {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, bound: usize) -> usize {
        (self.next() % bound as u64) as usize
    }

    /// One round's bytes.
    fn round(&mut self) -> Vec<u8> {
        const TEXT: &[u8] = b"abcdefxyz_ ()[]{}:;'\"=+-*/%<>,.0123456789#\\\tprintdefwhileimport";
        const KEYS: &[&[u8]] = &[
            b"\x01",      // raw REPL
            b"\x02",      // friendly REPL
            b"\x03",      // interrupt
            b"\x04",      // end of input / soft reset
            b"\x05",      // paste mode
            b"\x05A\x01", // raw-paste request (in raw mode)
            b"\x1b[A",    // history up
            b"\x1b[D",    // left
            b"\x1b[3~",   // delete
            b"\x1b[1;5C", // an escape sequence with parameters
            b"\x1b",      // a lone escape
            b"\x7f",      // backspace
            b"\x08",
        ];
        let mut bytes = Vec::with_capacity(ROUND_BYTES + 8);
        while bytes.len() < ROUND_BYTES {
            match self.below(100) {
                0..=54 => bytes.push(TEXT[self.below(TEXT.len())]),
                55..=69 => bytes.push(if self.below(2) == 0 { b'\r' } else { b'\n' }),
                70..=84 => bytes.extend_from_slice(KEYS[self.below(KEYS.len())]),
                85..=92 => bytes.push(0x80 | self.below(0x80) as u8),
                _ => bytes.push(self.below(0x20) as u8),
            }
        }
        bytes
    }
}

/// Shows `bytes` as a Rust byte string, to paste into a replay.
fn escaped(bytes: &[u8]) -> String {
    bytes
        .iter()
        .flat_map(|&b| std::ascii::escape_default(b))
        .map(char::from)
        .collect()
}

fn survives_noise(board: Board) {
    let Some(mut emulator) = common::boot(board) else {
        return;
    };
    let mut noise = Noise(0x5eed_0000 ^ board.name().len() as u64);
    for round in 0..ROUNDS {
        let bytes = noise.round();
        let console = emulator.console();
        console.write_all(&bytes).unwrap();
        console.drain(Duration::from_millis(200));
        // Leave whatever mode the noise left: end a raw-paste or raw input (Ctrl-D; on an
        // empty friendly line it soft-resets), interrupt what runs, back to the friendly REPL.
        console.write_all(b"\x04").unwrap();
        console.drain(Duration::from_millis(300));
        console.write_all(b"\x03\x03\x02").unwrap();
        console.drain(Duration::from_millis(200));
        let answer = emulator.raw_repl().and_then(|mut repl| {
            let output = repl.exec(b"print(6 * 7)\n")?;
            repl.exit()?;
            Ok(output)
        });
        match answer {
            Ok(output) if output.stdout == b"42\n" && output.exception.is_empty() => {}
            other => panic!(
                "{}: round {round}: the board no longer answers as it should ({}) after \
                 the noise b\"{}\"",
                board.name(),
                match other {
                    Ok(output) => format!(
                        "stdout {:?}, exception {:?}",
                        String::from_utf8_lossy(&output.stdout),
                        output.exception_text()
                    ),
                    Err(error) => error.to_string(),
                },
                escaped(&bytes)
            ),
        }
    }
}

#[test]
fn mps2_an385_survives_console_noise() {
    survives_noise(Board::Mps2An385);
}

#[test]
fn stm32f405_survives_console_noise() {
    survives_noise(Board::Stm32f405);
}
