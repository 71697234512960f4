//! A UART receive ring that costs no static RAM until the UART is used: `create` (from
//! `machine.UART(...)`) allocates it once on the heap and never frees it; the receive interrupt finds it
//! through an atomic pointer (and drops bytes before it exists).

use core::alloc::Layout;
use core::sync::atomic::{AtomicPtr, Ordering};

use pyrite::port::HwError;

use crate::console::RxRing;

/// `ENOMEM`: no heap left for the ring.
const OUT_OF_MEMORY: HwError = 12;

/// Bytes a UART buffers before Python reads them (MicroPython's default is 64).
pub const UART_BUFFER: usize = 128;

/// The ring of one UART, once created.
pub struct LazyRing(AtomicPtr<RxRing<UART_BUFFER>>);

impl Default for LazyRing {
    fn default() -> Self {
        Self::new()
    }
}

impl LazyRing {
    pub const fn new() -> Self {
        LazyRing(AtomicPtr::new(core::ptr::null_mut()))
    }

    /// The ring, if created (interrupt side).
    pub fn get(&self) -> Option<&'static RxRing<UART_BUFFER>> {
        let ring = self.0.load(Ordering::Acquire);
        // SAFETY: a non-null pointer comes from `create`, which initialised it, and it is
        // never freed.
        unsafe { ring.as_ref() }
    }

    /// Creates the ring (once; later calls keep it). Not from an interrupt handler.
    /// `ENOMEM` when the heap has no room.
    pub fn create(&self) -> Result<(), HwError> {
        if self.get().is_some() {
            return Ok(());
        }
        let layout = Layout::new::<RxRing<UART_BUFFER>>();
        // SAFETY: the layout has a non-zero size; a null result is handled below.
        let ring = unsafe { alloc::alloc::alloc(layout) }.cast::<RxRing<UART_BUFFER>>();
        if ring.is_null() {
            return Err(OUT_OF_MEMORY);
        }
        // SAFETY: `ring` is freshly allocated for this type, aligned, and never freed.
        unsafe { ring.write(RxRing::new()) };
        self.0.store(ring, Ordering::Release);
        Ok(())
    }

    /// Moves waiting bytes into `buffer`; how many.
    pub fn read(&self, buffer: &mut [u8]) -> usize {
        let Some(ring) = self.get() else {
            return 0;
        };
        let mut count = 0;
        while let Some(slot) = buffer.get_mut(count) {
            let Some(byte) = ring.pop() else {
                break;
            };
            *slot = byte;
            count += 1;
        }
        count
    }

    /// How many bytes wait.
    pub fn len(&self) -> usize {
        self.get().map_or(0, RxRing::len)
    }

    /// Whether no byte waits.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Queues a received byte (interrupt side).
    pub fn push(&self, byte: u8) {
        if let Some(ring) = self.get() {
            ring.push(byte);
        }
    }
}
