//! Pyrite on QEMU's MPS2 boards: mps2-an385 (Cortex-M3) and mps2-an386 (Cortex-M4F).
//!
//! Boot: UART0 up, its receive interrupt unmasked, then the shared boot sequence over a
//! static heap: Python gets `PYRITE_HEAP_SIZE` bytes (build-time; default 140 KiB,
//! MicroPython's QEMU figure, counted as what its blocks cost the allocator), the arena adds
//! room for fragmentation and the compiler's scratch tree, and the console's reserve.
//! The filesystem lives in the top 1 MiB of SSRAM1 (see memory.x).
#![no_std]
#![no_main]

extern crate alloc;

mod cmsdk_timer;
mod cmsdk_watchdog;
mod fpgaio;
mod machine;
mod pl022;
mod sbcon;
mod uart;

use alloc::boxed::Box;

use core::mem::MaybeUninit;

use cortex_m::interrupt::InterruptNumber;
use cortex_m_rt::{entry, exception, ExceptionFrame};
use pyrite_port_common::console::{self, RxRing};
use pyrite_port_common::memory_storage::MemoryStorage;
use pyrite_port_common::vectors::{self, Vector};
use pyrite_port_common::{boot, fault, heap, ticks, Board};

/// Python's heap budget in bytes.
const PYTHON_HEAP: usize = heap::configured_size(option_env!("PYRITE_HEAP_SIZE"), 140 * 1024);
/// The allocator's arena: Python's heap plus room for fragmentation and compiling, and the
/// console's and allocator's reserves.
const ARENA: usize = heap::roomy_arena_for(PYTHON_HEAP);

/// The heap's RAM (not zeroed at boot: the allocator does not need it).
#[link_section = ".uninit.pyrite_heap"]
static mut HEAP_MEMORY: [MaybeUninit<u8>; ARENA] = [MaybeUninit::uninit(); ARENA];

static RECEIVED: RxRing = RxRing::new();

pub(crate) struct Mps2;

impl Board for Mps2 {
    #[cfg(board_an386)]
    const NAME: &'static str = "qemu-mps2-an386";
    #[cfg(not(board_an386))]
    const NAME: &'static str = "qemu-mps2-an385";
    const PYTHON_HEAP: Option<usize> = Some(PYTHON_HEAP);

    fn write_byte(byte: u8) {
        uart::UART0.write_byte(byte);
    }

    fn receive_ring() -> &'static RxRing {
        &RECEIVED
    }

    fn core_clock_hz() -> u32 {
        // The FPGA images' fixed system clock (QEMU models the same).
        25_000_000
    }

    fn storage() -> Option<Box<dyn pyrite_fs::Storage>> {
        let start = (&raw const _pyrite_files_start) as usize;
        let size = (&raw const _pyrite_files_size) as usize as u32;
        // SAFETY: memory.x reserves FILES for the filesystem: outside the image, the statics,
        // the heap and the stack; `storage` is called once.
        Some(Box::new(unsafe { MemoryStorage::new(start, size) }))
    }
}

extern "C" {
    /// The filesystem's region (memory.x): its address and, as an address, its size.
    static _pyrite_files_start: u8;
    static _pyrite_files_size: u8;
}

/// A device interrupt number for the NVIC.
#[derive(Clone, Copy)]
pub(crate) struct Irq(pub(crate) u16);

// SAFETY: only built from this board's real interrupt numbers (below the table's 32).
unsafe impl InterruptNumber for Irq {
    fn number(self) -> u16 {
        self.0
    }
}

unsafe extern "C" fn uart0_receive() {
    // Acknowledge first: a byte landing after the drain raises the interrupt again.
    uart::UART0.clear_receive_interrupt();
    while let Some(byte) = uart::UART0.read_byte() {
        console::on_received(&RECEIVED, byte);
    }
}

/// The device interrupts (the MPS2 images have 32).
#[link_section = ".vector_table.interrupts"]
#[no_mangle]
#[used]
static __INTERRUPTS: [Vector; 32] = vectors::table(&[
    (uart::UART0.receive_interrupt as usize, uart0_receive),
    (
        uart::UART1.receive_interrupt as usize,
        machine::uart1_receive,
    ),
    (cmsdk_timer::TIMERS[0].1 as usize, machine::timer0_interrupt),
    (cmsdk_timer::TIMERS[1].1 as usize, machine::timer1_interrupt),
]);

#[entry]
fn main() -> ! {
    let Some(peripherals) = cortex_m::Peripherals::take() else {
        panic!("core peripherals taken twice");
    };
    uart::UART0.init(115_200);
    // SAFETY: the UART0 receive handler is in the table and touches only the atomic ring.
    unsafe { cortex_m::peripheral::NVIC::unmask(Irq(uart::UART0.receive_interrupt)) };
    let heap_start = (&raw mut HEAP_MEMORY) as usize;
    let heap = heap::Region {
        start: heap_start,
        bytes: ARENA,
    };
    // SAFETY: HEAP_MEMORY is used by nothing else; `main` runs once.
    unsafe { boot::run::<Mps2>(peripherals.SYST, &[heap]) }
}

#[exception]
fn SysTick() {
    ticks::on_systick();
}

/// The watchdog's warning (its only source on these boards): the reset follows unless
/// Python feeds it in time, so the next boot should know why it came.
// SAFETY (cortex-m-rt asks, since an NMI breaks into critical sections): the handler only
// writes the reset-cause note, which nothing reads until the next boot.
#[exception]
unsafe fn NonMaskableInt() {
    pyrite_port_common::reset_cause::note(pyrite_port_common::reset_cause::WATCHDOG);
}

#[exception]
unsafe fn HardFault(frame: &ExceptionFrame) -> ! {
    fault::hard_fault::<Mps2>(frame)
}

#[panic_handler]
fn panic(info: &core::panic::PanicInfo) -> ! {
    fault::panic::<Mps2>(info)
}
