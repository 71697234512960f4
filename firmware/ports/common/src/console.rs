//! The console's receive side: a ring the UART interrupt fills and the REPL drains.

use core::sync::atomic::{AtomicU8, AtomicUsize, Ordering};

/// Bytes the receive ring holds: at least two raw-paste windows (the REPL grants two at once),
/// so a host that obeys flow control never overruns it.
pub const RECEIVE_BUFFER: usize = 512;

const _: () = assert!(RECEIVE_BUFFER.is_power_of_two());
const _: () = assert!(RECEIVE_BUFFER >= 2 * pyrite::repl::RAW_PASTE_WINDOW as usize);

/// A single-producer (the UART interrupt), single-consumer (the REPL) byte ring of `N`
/// bytes (a power of two). Built from atomics only, so neither side needs a critical section
/// or `unsafe`.
pub struct RxRing<const N: usize = RECEIVE_BUFFER> {
    bytes: [AtomicU8; N],
    /// Count of bytes ever pushed (wraps; the slot is `head % N`).
    head: AtomicUsize,
    /// Count of bytes ever popped.
    tail: AtomicUsize,
    /// Bytes lost because the ring was full.
    dropped: AtomicUsize,
}

impl<const N: usize> Default for RxRing<N> {
    fn default() -> Self {
        Self::new()
    }
}

impl<const N: usize> RxRing<N> {
    /// An empty ring (usable in a `static`).
    pub const fn new() -> Self {
        assert!(N.is_power_of_two());
        RxRing {
            bytes: [const { AtomicU8::new(0) }; N],
            head: AtomicUsize::new(0),
            tail: AtomicUsize::new(0),
            dropped: AtomicUsize::new(0),
        }
    }

    /// Adds a byte (interrupt side). Returns false, counting the loss, when full.
    pub fn push(&self, byte: u8) -> bool {
        let head = self.head.load(Ordering::Relaxed);
        let tail = self.tail.load(Ordering::Acquire);
        if head.wrapping_sub(tail) >= N {
            self.dropped.fetch_add(1, Ordering::Relaxed);
            return false;
        }
        self.bytes[head % N].store(byte, Ordering::Relaxed);
        self.head.store(head.wrapping_add(1), Ordering::Release);
        true
    }

    /// Takes the oldest byte (REPL side).
    pub fn pop(&self) -> Option<u8> {
        let tail = self.tail.load(Ordering::Relaxed);
        let head = self.head.load(Ordering::Acquire);
        if head == tail {
            return None;
        }
        let byte = self.bytes[tail % N].load(Ordering::Relaxed);
        self.tail.store(tail.wrapping_add(1), Ordering::Release);
        Some(byte)
    }

    /// How many bytes wait (REPL side).
    pub fn len(&self) -> usize {
        self.head
            .load(Ordering::Acquire)
            .wrapping_sub(self.tail.load(Ordering::Relaxed))
    }

    /// Whether no byte waits (REPL side).
    pub fn is_empty(&self) -> bool {
        self.head.load(Ordering::Acquire) == self.tail.load(Ordering::Relaxed)
    }

    /// Bytes lost to a full ring since boot.
    pub fn dropped(&self) -> usize {
        self.dropped.load(Ordering::Relaxed)
    }
}

/// What a UART receive interrupt does with each byte: the armed interrupt byte (Ctrl-C while
/// Python runs) becomes `KeyboardInterrupt`; everything else is queued for the REPL.
pub fn on_received(ring: &RxRing, byte: u8) {
    if pyrite::port::interrupt_char() == Some(byte) {
        pyrite::port::request_interrupt();
    } else {
        ring.push(byte);
    }
}

/// Writes bytes with `\n` sent as `\r\n` (what a serial terminal expects).
pub fn write_cooked(write_byte: fn(u8), bytes: &[u8]) {
    for &byte in bytes {
        if byte == b'\n' {
            write_byte(b'\r');
        }
        write_byte(byte);
    }
}

/// `core::fmt` output to the console, cooked (for fault reports).
pub struct FmtConsole(pub fn(u8));

impl core::fmt::Write for FmtConsole {
    fn write_str(&mut self, text: &str) -> core::fmt::Result {
        write_cooked(self.0, text.as_bytes());
        Ok(())
    }
}
