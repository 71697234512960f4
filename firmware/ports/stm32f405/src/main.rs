//! Pyrite on the STM32F405 (pyboard v1.1 wiring): REPL on USART1 (PB6 TX, PB7 RX, 115200
//! baud), the four LEDs, 168 MHz from the 12 MHz crystal when there is one. The same image
//! boots in QEMU's `netduinoplus2`, whose first serial port is USART1. Files live in flash
//! sectors 1–4 (`files.rs`).
#![no_std]
#![no_main]

extern crate alloc;

mod chip;
mod files;
mod leds;
mod machine;

use alloc::boxed::Box;

use cortex_m::interrupt::InterruptNumber;
use cortex_m_rt::{entry, exception, ExceptionFrame};
use pyrite_port_common::console::{self, RxRing};
use pyrite_port_common::vectors::{self, Vector};
use pyrite_port_common::{boot, fault, heap, ticks, Board};

use chip::exti;
use chip::gpio::Pin;
use chip::usart::{self, USART1};

const CONSOLE_TX: Pin = Pin::new(1, 6);
const CONSOLE_RX: Pin = Pin::new(1, 7);
/// USART1's alternate function number on PB6/PB7.
const AF_USART1: u32 = 7;
const USART1_CLOCK: u32 = 1 << 4;

static RECEIVED: RxRing = RxRing::new();
/// The core clock chosen at boot (SysTick counts it).
static CORE_CLOCK_HZ: core::sync::atomic::AtomicU32 =
    core::sync::atomic::AtomicU32::new(chip::rcc::HSI_HZ);

pub(crate) struct Pyboard;

impl Board for Pyboard {
    const NAME: &'static str = "stm32f405";

    fn write_byte(byte: u8) {
        USART1.write_byte(byte);
    }

    fn receive_ring() -> &'static RxRing {
        &RECEIVED
    }

    fn core_clock_hz() -> u32 {
        CORE_CLOCK_HZ.load(core::sync::atomic::Ordering::Relaxed)
    }

    fn storage() -> Option<Box<dyn pyrite_fs::Storage>> {
        Some(Box::new(files::FlashFiles))
    }
}

/// What the core reads at reset from sector 0: the initial stack pointer and the reset
/// handler, which sets VTOR to the image's vector table (cortex-m-rt `set-vtor`).
#[repr(C)]
struct BootVectors {
    stack: *const u8,
    reset: unsafe extern "C" fn() -> !,
}

// SAFETY: read only by the core at reset; never written.
unsafe impl Sync for BootVectors {}

extern "C" {
    /// cortex-m-rt's reset handler.
    fn Reset() -> !;
    /// The initial stack pointer (memory.x).
    static _stack_start: u8;
}

#[link_section = ".boot_vectors"]
#[used]
static BOOT_VECTORS: BootVectors = BootVectors {
    stack: &raw const _stack_start,
    reset: Reset,
};

#[derive(Clone, Copy)]
pub(crate) struct Irq(pub(crate) u16);

// SAFETY: only built from this chip's real interrupt numbers (below the table's 82).
unsafe impl InterruptNumber for Irq {
    fn number(self) -> u16 {
        self.0
    }
}

unsafe extern "C" fn usart1_interrupt() {
    while let Some(byte) = USART1.read_byte() {
        console::on_received(&RECEIVED, byte);
    }
}

/// STM32F405 device interrupts (82).
#[link_section = ".vector_table.interrupts"]
#[no_mangle]
#[used]
static __INTERRUPTS: [Vector; 82] = vectors::table(&[
    (usart::USART1_INTERRUPT as usize, usart1_interrupt),
    (usart::USART2_INTERRUPT as usize, machine::usart2_interrupt),
    (
        chip::timer::TIM2.interrupt as usize,
        machine::tim2_interrupt,
    ),
    (
        chip::timer::TIM3.interrupt as usize,
        machine::tim3_interrupt,
    ),
    (
        chip::timer::TIM4.interrupt as usize,
        machine::tim4_interrupt,
    ),
    (
        chip::timer::TIM5.interrupt as usize,
        machine::tim5_interrupt,
    ),
    (exti::interrupt(0) as usize, machine::exti0_interrupt),
    (exti::interrupt(1) as usize, machine::exti1_interrupt),
    (exti::interrupt(2) as usize, machine::exti2_interrupt),
    (exti::interrupt(3) as usize, machine::exti3_interrupt),
    (exti::interrupt(4) as usize, machine::exti4_interrupt),
    (exti::interrupt(5) as usize, machine::exti9_5_interrupt),
    (exti::interrupt(10) as usize, machine::exti15_10_interrupt),
]);

extern "C" {
    /// Start of free RAM after .data/.bss/.uninit (cortex-m-rt's linker script).
    static mut __sheap: u8;
    /// Where the stack begins (memory.x): the heap ends here.
    static mut _pyrite_heap_end: u8;
    /// The CCM (memory.x), the heap's second region on silicon.
    static mut _pyrite_ccm_start: u8;
    /// The end of the chip's 128 KiB of SRAM: QEMU's model maps 64 KiB more above it, the
    /// second region's stand-in there.
    static mut _pyrite_qemu_sram_above: u8;
    /// The second region's size (memory.x; an absolute symbol, its address is the value).
    static _pyrite_heap2_bytes: u8;
}

#[entry]
fn main() -> ! {
    let Some(peripherals) = cortex_m::Peripherals::take() else {
        panic!("core peripherals taken twice");
    };
    let clocks = chip::rcc::configure();
    CORE_CLOCK_HZ.store(clocks.core_hz, core::sync::atomic::Ordering::Relaxed);
    machine::TIMER_CLOCK_HZ.store(clocks.timer_hz, core::sync::atomic::Ordering::Relaxed);
    machine::APB1_HZ.store(clocks.apb1_hz, core::sync::atomic::Ordering::Relaxed);
    machine::APB2_HZ.store(clocks.apb2_hz, core::sync::atomic::Ordering::Relaxed);
    machine::ON_SILICON.store(
        clocks.source != chip::rcc::ClockSource::Unmodelled,
        core::sync::atomic::Ordering::Relaxed,
    );
    // The RNG's clock comes from the PLL: without it, random seeds come from the clock.
    machine::HAS_RNG.store(
        clocks.source == chip::rcc::ClockSource::Pll && chip::rng::start(),
        core::sync::atomic::Ordering::Relaxed,
    );
    chip::rcc::enable_ahb1(
        CONSOLE_TX.clock_bit() | leds::clock_bits() | chip::rcc::AHB1_CCM_DATA_RAM,
    );
    chip::rcc::enable_apb2(USART1_CLOCK);
    leds::init();
    CONSOLE_TX.make_alternate(AF_USART1);
    CONSOLE_RX.make_alternate(AF_USART1);
    USART1.enable(clocks.apb2_hz, 115_200);
    // SAFETY: the USART1 handler is in the table and touches only the atomic ring.
    unsafe { cortex_m::peripheral::NVIC::unmask(Irq(usart::USART1_INTERRUPT)) };
    if clocks.source == chip::rcc::ClockSource::HsiFallback {
        console::write_cooked(
            Pyboard::write_byte,
            b"no HSE crystal: running on HSI 16 MHz\n",
        );
    }
    let heap_start = (&raw mut __sheap) as usize;
    let heap_end = (&raw mut _pyrite_heap_end) as usize;
    // An RCC that reads all zeroes is QEMU's model, which has SRAM where the chip has none
    // and no CCM (memory.x).
    let second_start = if clocks.source == chip::rcc::ClockSource::Unmodelled {
        (&raw mut _pyrite_qemu_sram_above) as usize
    } else {
        (&raw mut _pyrite_ccm_start) as usize
    };
    let regions = [
        heap::Region {
            start: heap_start,
            bytes: heap_end - heap_start,
        },
        heap::Region {
            start: second_start,
            bytes: (&raw const _pyrite_heap2_bytes) as usize,
        },
    ];
    leds::set(leds::Led::Green, true);
    // The 16 KiB stack sits right above the heap: deep native recursion must stop short of it.
    pyrite::port::set_stack_limit(heap_end);
    // SAFETY: __sheap.._pyrite_heap_end is the SRAM between the statics and the stack; the
    // second region is the CCM (silicon, clocked above) or the SRAM QEMU's model maps above
    // the chip's, which nothing else uses.
    unsafe { boot::run::<Pyboard>(peripherals.SYST, &regions) }
}

#[exception]
fn SysTick() {
    ticks::on_systick();
}

#[exception]
unsafe fn HardFault(frame: &ExceptionFrame) -> ! {
    leds::set(leds::Led::Red, true);
    fault::hard_fault::<Pyboard>(frame)
}

#[panic_handler]
fn panic(info: &core::panic::PanicInfo) -> ! {
    leds::set(leds::Led::Red, true);
    fault::panic::<Pyboard>(info)
}
