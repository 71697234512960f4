//! What Python's `machine` module reaches on the MPS2 boards (board wiring): the FPGA's two
//! user LEDs as output pins `LED1`/`LED2` (pin ids 0/1; also `pyb.LED(1)`/`pyb.LED(2)`), and
//! `machine.Timer(0)`/`Timer(1)` on CMSDK TIMER0/TIMER1 at the 25 MHz peripheral clock,
//! `machine.UART(1)` on UART1 (QEMU's second `-serial`), `machine.I2C(0..=3)` on the four
//! SBCon buses, bit-banged (QEMU attaches `-device …,bus=i2c` devices to I2C(3)), and
//! `machine.SPI(0..=4)` on the five PL022 ports (QEMU attaches `-device …,bus=ssi` devices
//! to SPI(4)).
//! The CMSDK GPIO blocks are not wired up: QEMU does not model them.

use alloc::format;
use alloc::string::String;
use core::sync::atomic::{AtomicBool, AtomicU32, Ordering};

use pyrite::port::{HwError, PinMode, PinPull, INVALID, NO_DEVICE};
use pyrite_port_common::lazy_ring::LazyRing;
use pyrite_port_common::soft_i2c::SoftI2c;
use pyrite_port_common::Machine;

use crate::cmsdk_timer::TIMERS;
use crate::pl022::Pl022;
use crate::uart::UART1;
use crate::{fpgaio, Irq, Mps2};

/// The peripheral clock (the timers' and the PL022s' SSPCLK).
const PERIPHERAL_CLOCK_HZ: u32 = 25_000_000;

/// Core cycles per half I2C clock period (set by `i2c_init`).
static I2C_HALF_PERIOD: AtomicU32 = AtomicU32::new(32);

fn i2c_bus(id: u32) -> Result<SoftI2c<crate::sbcon::Sbcon>, HwError> {
    let lines = *crate::sbcon::BUSES.get(id as usize).ok_or(NO_DEVICE)?;
    Ok(SoftI2c {
        lines,
        half_period: I2C_HALF_PERIOD.load(Ordering::Relaxed),
    })
}

/// The PL022 ports in address order (`machine.SPI(0..=4)`); QEMU's board code names them
/// APB, CLCD, external ADC, shield 0 and shield 1.
const SPI_BUSES: [Pl022; 5] = [
    Pl022(0x4002_0000),
    Pl022(0x4002_1000),
    Pl022(0x4002_5000),
    Pl022(0x4002_6000),
    Pl022(0x4002_7000),
];

fn spi_bus(id: u32) -> Result<Pl022, HwError> {
    SPI_BUSES.get(id as usize).copied().ok_or(NO_DEVICE)
}

/// What UART1's receive interrupt has taken in.
static UART1_RECEIVED: LazyRing = LazyRing::new();

/// Timers started with `periodic = false` stop in their first interrupt.
static ONE_SHOT: [AtomicBool; TIMERS.len()] = [const { AtomicBool::new(false) }; TIMERS.len()];

impl Machine for Mps2 {
    fn watchdog_start(timeout_ms: u32) -> Result<(), HwError> {
        crate::cmsdk_watchdog::start(timeout_ms);
        Ok(())
    }

    fn watchdog_feed() {
        crate::cmsdk_watchdog::feed();
    }

    fn pin_lookup(name: &str) -> Option<u32> {
        let number: u32 = name.strip_prefix("LED")?.parse().ok()?;
        (1..=fpgaio::LED_COUNT)
            .contains(&number)
            .then_some(number - 1)
    }

    fn pin_name(id: u32) -> Option<String> {
        (id < fpgaio::LED_COUNT).then(|| format!("LED{}", id + 1))
    }

    fn pin_configure(id: u32, mode: PinMode, _pull: PinPull) -> Result<(), HwError> {
        match (id < fpgaio::LED_COUNT, mode) {
            (false, _) => Err(NO_DEVICE),
            (true, PinMode::Output) => Ok(()),
            // The LEDs are outputs only.
            (true, _) => Err(INVALID),
        }
    }

    fn pin_write(id: u32, high: bool) {
        if id < fpgaio::LED_COUNT {
            fpgaio::set_led(id, high);
        }
    }

    fn pin_read(id: u32) -> bool {
        id < fpgaio::LED_COUNT && fpgaio::led(id)
    }

    fn timer_start(id: u32, period_us: u64, periodic: bool) -> Result<(), HwError> {
        let Some(&(timer, interrupt)) = TIMERS.get(id as usize) else {
            return Err(NO_DEVICE);
        };
        let ticks = period_us.saturating_mul(u64::from(PERIPHERAL_CLOCK_HZ / 1_000_000));
        let ticks = u32::try_from(ticks).map_err(|_| INVALID)?;
        ONE_SHOT[id as usize].store(!periodic, Ordering::Relaxed);
        timer.start(ticks);
        // SAFETY: the timer handlers are in the vector table and only touch the timer and
        // the runtime's atomic pending bits.
        unsafe { cortex_m::peripheral::NVIC::unmask(Irq(interrupt)) };
        Ok(())
    }

    fn timer_stop(id: u32) {
        if let Some(&(timer, interrupt)) = TIMERS.get(id as usize) {
            cortex_m::peripheral::NVIC::mask(Irq(interrupt));
            timer.stop();
        }
    }

    fn uart_init(id: u32, baudrate: u32) -> Result<(), HwError> {
        if id != 1 {
            return Err(NO_DEVICE);
        }
        UART1_RECEIVED.create()?;
        UART1.init(baudrate);
        // SAFETY: the UART1 receive handler is in the vector table and only touches UART1
        // and its atomic ring.
        unsafe { cortex_m::peripheral::NVIC::unmask(Irq(UART1.receive_interrupt)) };
        Ok(())
    }

    fn uart_write(id: u32, data: &[u8]) {
        if id == 1 {
            data.iter().for_each(|&byte| UART1.write_byte(byte));
        }
    }

    fn uart_read(id: u32, buffer: &mut [u8]) -> usize {
        if id == 1 {
            UART1_RECEIVED.read(buffer)
        } else {
            0
        }
    }

    fn uart_any(id: u32) -> usize {
        if id == 1 {
            UART1_RECEIVED.len()
        } else {
            0
        }
    }

    fn i2c_init(id: u32, frequency: u32) -> Result<(), HwError> {
        i2c_bus(id)?;
        let core_hz = <Mps2 as pyrite_port_common::Board>::core_clock_hz();
        I2C_HALF_PERIOD.store(core_hz / 2 / frequency.max(1), Ordering::Relaxed);
        Ok(())
    }

    fn i2c_write(id: u32, address: u8, data: &[u8], stop: bool) -> Result<usize, HwError> {
        i2c_bus(id)?.write(address, data, stop)
    }

    fn i2c_read(id: u32, address: u8, buffer: &mut [u8], stop: bool) -> Result<(), HwError> {
        i2c_bus(id)?.read(address, buffer, stop)
    }

    fn spi_init(id: u32, baudrate: u32, polarity: bool, phase: bool) -> Result<(), HwError> {
        // SSPCLK is the 25 MHz peripheral clock.
        spi_bus(id)?.enable(PERIPHERAL_CLOCK_HZ, baudrate, polarity, phase);
        Ok(())
    }

    fn spi_deinit(id: u32) {
        if let Ok(bus) = spi_bus(id) {
            bus.disable();
        }
    }

    fn spi_transfer(id: u32, data: &mut [u8]) -> Result<(), HwError> {
        spi_bus(id)?.transfer(data)
    }
}

pub unsafe extern "C" fn uart1_receive() {
    // Acknowledge first: a byte landing after the drain raises the interrupt again.
    UART1.clear_receive_interrupt();
    while let Some(byte) = UART1.read_byte() {
        UART1_RECEIVED.push(byte);
    }
}

/// The body of timer `index`'s interrupt handler.
fn timer_fired(index: usize) {
    let (timer, _) = TIMERS[index];
    timer.acknowledge();
    if ONE_SHOT[index].load(Ordering::Relaxed) {
        timer.stop();
    }
    pyrite::port::signal_irq(index as u32);
}

pub unsafe extern "C" fn timer0_interrupt() {
    timer_fired(0);
}

pub unsafe extern "C" fn timer1_interrupt() {
    timer_fired(1);
}
