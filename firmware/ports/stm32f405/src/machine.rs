//! What Python's `machine` module reaches on the pyboard (board wiring): GPIO pins by CPU
//! name (`A0`..`I15`, id = port × 16 + pin), by the pyboard's header names (`X1`..`X22`,
//! `Y1`..`Y12`), the LEDs (`LED1`..`LED4` = red, green, yellow, blue, also `LED_RED`…) and
//! the USR switch (`SW`); `machine.Timer(2..=5)` on TIM2..=TIM5; `machine.UART(2)` on
//! USART2 (X3 = PA2 TX, X4 = PA3 RX; QEMU's second `-serial`); `machine.SPI(1)` on X6–X8 and
//! `SPI(2)` on Y6–Y8;
//! `machine.I2C(1)` on X9/X10 and `I2C(2)` on Y9/Y10 (bit-banged); `Pin.irq` on the EXTI
//! lines; `machine.ADC` on ADC1; `machine.PWM` on TIM2–TIM4's channels; the chip's 96-bit
//! unique id.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;
use core::sync::atomic::{AtomicBool, AtomicU32, AtomicU8, Ordering};

use pyrite::port::{
    HwError, PinEdges, PinMode, PinPull, PwmTiming, BUSY, INVALID, NO_DEVICE, PIN_SOURCES,
    TIMED_OUT,
};
use pyrite_port_common::lazy_ring::LazyRing;
use pyrite_port_common::soft_i2c::{I2cLines, SoftI2c};
use pyrite_port_common::Machine;

use crate::chip::gpio::{self, Pin, Pull};
use crate::chip::spi::{self, Spi};
use crate::chip::timer::{self, Timer};
use crate::chip::usart::{self, USART2};
use crate::chip::{adc, exti};
use crate::{leds, Irq, Pyboard};

/// Pyboard v1.1 header, LED and switch names, space-separated (one string, not a table of
/// string references: 8 bytes of flash less per name), each pin's id in `BOARD_PIN_IDS`.
const BOARD_PIN_NAMES: &str = concat!(
    "X1 X2 X3 X4 X5 X6 X7 X8 X9 X10 X11 X12 X17 X18 X19 X20 X21 X22 ",
    "Y1 Y2 Y3 Y4 Y5 Y6 Y7 Y8 Y9 Y10 Y11 Y12 ",
    "LED1 LED2 LED3 LED4 LED_RED LED_GREEN LED_YELLOW LED_BLUE SW",
);

/// The pins `BOARD_PIN_NAMES` names, as port × 16 + pin (rows as the names' rows).
#[rustfmt::skip]
static BOARD_PIN_IDS: [u8; 39] = [
    0, 1, 2, 3, 4, 5, 6, 7, 16 + 6, 16 + 7, 32 + 4, 32 + 5, 16 + 3, 32 + 13, 32, 32 + 1, 32 + 2,
        32 + 3,
    32 + 6, 32 + 7, 16 + 8, 16 + 9, 16 + 12, 16 + 13, 16 + 14, 16 + 15, 16 + 10, 16 + 11, 16,
        16 + 1,
    leds::PIN_IDS[0], leds::PIN_IDS[1], leds::PIN_IDS[2], leds::PIN_IDS[3],
        leds::PIN_IDS[0], leds::PIN_IDS[1], leds::PIN_IDS[2], leds::PIN_IDS[3],
    16 + 3, // SW: the USR switch (B3, = X17), to ground when pressed
];

// One id per name.
const _: () = assert!(word_count(BOARD_PIN_NAMES) == BOARD_PIN_IDS.len());

/// How many space-separated words `text` has.
const fn word_count(text: &str) -> usize {
    let bytes = text.as_bytes();
    let (mut index, mut words) = (0, 1);
    while index < bytes.len() {
        words += (bytes[index] == b' ') as usize;
        index += 1;
    }
    words
}

/// `machine.Timer(n)` for n in 2..=5.
const TIMERS: [Timer; 4] = [timer::TIM2, timer::TIM3, timer::TIM4, timer::TIM5];
const FIRST_TIMER: u32 = 2;

/// Which timer channel drives which pin as PWM: (pin id, timer index × 4 + channel) for
/// TIM2 (alternate function 1), TIM3 and TIM4 (2), from the datasheet's alternate-function
/// table. TIM5 (also on A0–A3) is left to `machine.Timer`. The blue and yellow LEDs (B4, A15)
/// are on TIM3's and TIM2's first channels.
#[rustfmt::skip]
static PWM_PINS: [(u8, u8); 27] = [
    (0, 0), (1, 1), (2, 2), (3, 3), (5, 0), (15, 0), (16 + 3, 1), (16 + 10, 2), (16 + 11, 3),
    (6, 4), (7, 5), (16, 6), (16 + 1, 7), (16 + 4, 4), (16 + 5, 5),
        (32 + 6, 4), (32 + 7, 5), (32 + 8, 6), (32 + 9, 7),
    (16 + 6, 8), (16 + 7, 9), (16 + 8, 10), (16 + 9, 11), (48 + 12, 8), (48 + 13, 9),
        (48 + 14, 10), (48 + 15, 11),
];

/// The pin each PWM channel (timer index × 4 + channel) drives, plus one (0: free); TIM5's
/// four stay free.
static PWM_OWNERS: [AtomicU8; 16] = [const { AtomicU8::new(0) }; 16];
/// The timers (bit = index) running a `machine.Timer`: their channels cannot do PWM.
static CALLBACK_TIMERS: AtomicU8 = AtomicU8::new(0);
/// What a timer's first PWM channel starts it at.
const DEFAULT_PWM_HZ: u32 = 1000;

/// The timer and channel of PWM channel `channel` if a pin holds it.
fn pwm_channel(channel: u32) -> Option<(Timer, u32)> {
    let owner = PWM_OWNERS.get(channel as usize)?;
    (owner.load(Ordering::Relaxed) != 0).then(|| (TIMERS[channel as usize / 4], channel % 4))
}

/// Whether any channel of timer `index` drives a pin.
fn timer_drives_pwm(index: usize) -> bool {
    PWM_OWNERS[4 * index..4 * index + 4]
        .iter()
        .any(|owner| owner.load(Ordering::Relaxed) != 0)
}

/// The APB1 clock (USART2's, SPI2's), set at boot.
pub static APB1_HZ: AtomicU32 = AtomicU32::new(crate::chip::rcc::HSI_HZ);
/// The APB2 clock (SPI1's), set at boot.
pub static APB2_HZ: AtomicU32 = AtomicU32::new(crate::chip::rcc::HSI_HZ);
/// What USART2's receive interrupt has taken in.
static USART2_RECEIVED: LazyRing = LazyRing::new();
/// USART2's pins and their alternate function.
const USART2_TX: Pin = Pin::new(0, 2);
const USART2_RX: Pin = Pin::new(0, 3);
const AF_USART2: u32 = 7;
const USART2_CLOCK: u32 = 1 << 17;

/// `machine.SPI(1)` and `SPI(2)` with their SCK pin, MISO and MOSI the next two (X6–X8 =
/// PA5–PA7, Y6–Y8 = PB13–PB15). Chip select is software: NSS (X5 = PA4, Y5 = PB12) stays a
/// GPIO for the caller to drive.
const SPI_BUSES: [(Spi, Pin); 2] = [(spi::SPI1, Pin::new(0, 5)), (spi::SPI2, Pin::new(1, 13))];
const AF_SPI1_SPI2: u32 = 5;

fn spi_bus(id: u32) -> Result<(Spi, Pin), HwError> {
    let index = id.checked_sub(1).ok_or(NO_DEVICE)?;
    SPI_BUSES.get(index as usize).copied().ok_or(NO_DEVICE)
}

/// `machine.I2C(1)` and `I2C(2)`: (SCL, SDA) = X9/X10 (PB6/PB7, the accelerometer's bus)
/// and Y9/Y10 (PB10/PB11), open-drain with the internal pull-ups on, clocked in software
/// (the pins of the chip's I2C1 and I2C2, so a hardware driver can take them over).
const I2C_BUSES: [I2cPins; 2] = [
    I2cPins {
        scl: Pin::new(1, 6),
        sda: Pin::new(1, 7),
    },
    I2cPins {
        scl: Pin::new(1, 10),
        sda: Pin::new(1, 11),
    },
];

/// Core cycles per half I2C clock period (set by `i2c_init`).
static I2C_HALF_PERIOD: AtomicU32 = AtomicU32::new(840);

#[derive(Clone, Copy)]
struct I2cPins {
    scl: Pin,
    sda: Pin,
}

impl I2cLines for I2cPins {
    fn set_scl(&self, high: bool) {
        self.scl.set(high);
    }

    fn set_sda(&self, high: bool) {
        self.sda.set(high);
    }

    fn sda(&self) -> bool {
        self.sda.input_level()
    }
}

fn i2c_bus(id: u32) -> Result<SoftI2c<I2cPins>, HwError> {
    let index = id.checked_sub(1).ok_or(NO_DEVICE)?;
    Ok(SoftI2c {
        lines: *I2C_BUSES.get(index as usize).ok_or(NO_DEVICE)?,
        half_period: I2C_HALF_PERIOD.load(Ordering::Relaxed),
    })
}

/// The APB1 timer clock (set at boot from the clock tree).
pub static TIMER_CLOCK_HZ: AtomicU32 = AtomicU32::new(crate::chip::rcc::HSI_HZ);
/// Whether this is the chip, not QEMU's model of it (whose RCC reads as zeroes): only the
/// chip has the unique-id area, and only its ADC flags the end of a conversion.
pub static ON_SILICON: AtomicBool = AtomicBool::new(false);

/// Whether the hardware RNG runs (the PLL is up and it gave its first word).
pub static HAS_RNG: AtomicBool = AtomicBool::new(false);

/// Where the 96-bit unique id lives (RM0090 §39.1).
const UNIQUE_ID: usize = 0x1fff_7a10;

/// One-shot timers stop in their first interrupt.
static ONE_SHOT: [AtomicBool; 4] = [const { AtomicBool::new(false) }; 4];

fn pin(id: u32) -> Option<Pin> {
    (id < u32::from(gpio::PORTS) * 16).then(|| Pin::new((id / 16) as u8, (id % 16) as u8))
}

/// The pin of ADC channel `channel`: PA0–PA7 (0–7), PB0–PB1 (8, 9), PC0–PC5 (10–15).
fn adc_pin(channel: u32) -> Option<Pin> {
    let (port, first) = match channel {
        0..=7 => (0, 0),
        8..=9 => (1, 8),
        10..=15 => (2, 10),
        _ => return None,
    };
    Some(Pin::new(port, (channel - first) as u8))
}

fn timer(id: u32) -> Option<(usize, Timer)> {
    let index = id.checked_sub(FIRST_TIMER)? as usize;
    Some((index, *TIMERS.get(index)?))
}

impl Machine for Pyboard {
    fn reset_cause_from_chip() -> Option<u32> {
        use crate::chip::rcc::*;
        use pyrite_port_common::reset_cause;
        let flags = take_reset_flags();
        // Power-on sets the pin flag too, and a watchdog reset drives the pin as well: the
        // most specific flag wins. No flag at all: QEMU, which has no RCC model.
        if flags & (CSR_IWDGRSTF | CSR_WWDGRSTF) != 0 {
            Some(reset_cause::WATCHDOG)
        } else if flags & (CSR_PORRSTF | CSR_BORRSTF) != 0 {
            Some(reset_cause::POWER_ON)
        } else if flags & CSR_LPWRRSTF != 0 {
            Some(reset_cause::DEEP_SLEEP)
        } else if flags & (CSR_SFTRSTF | CSR_PINRSTF) != 0 {
            Some(reset_cause::HARD)
        } else {
            None
        }
    }

    fn watchdog_start(timeout_ms: u32) -> Result<(), HwError> {
        crate::chip::iwdg::start(timeout_ms)
    }

    fn watchdog_feed() {
        crate::chip::iwdg::feed();
    }

    fn hardware_random() -> Option<u32> {
        if !HAS_RNG.load(Ordering::Relaxed) {
            return None;
        }
        crate::chip::rng::word()
    }

    fn unique_id() -> Option<Vec<u8>> {
        if !ON_SILICON.load(Ordering::Relaxed) {
            return None;
        }
        let bytes = (0..12)
            // SAFETY: the unique-id area is 12 readable bytes of system memory on this chip
            // (checked at boot that we run on the chip, not an emulator without it).
            .map(|offset| unsafe { core::ptr::read_volatile((UNIQUE_ID + offset) as *const u8) })
            .collect();
        Some(bytes)
    }

    fn pin_lookup(name: &str) -> Option<u32> {
        let board_pin = BOARD_PIN_NAMES.split(' ').position(|pin| pin == name);
        if let Some(&id) = board_pin.and_then(|index| BOARD_PIN_IDS.get(index)) {
            return Some(u32::from(id));
        }
        let mut chars = name.chars();
        let port = u32::from(chars.next()?).checked_sub(u32::from('A'))?;
        let digits = chars.as_str();
        let number: u32 = digits.parse().ok()?;
        // Exactly the canonical spelling: `A5`, not `A05` or `A+5`.
        let canonical = digits.len() == 1 + usize::from(number >= 10);
        (port < u32::from(gpio::PORTS) && number < 16 && canonical).then_some(port * 16 + number)
    }

    fn pin_name(id: u32) -> Option<String> {
        let pin = pin(id)?;
        Some(format!("{}{}", char::from(b'A' + pin.port.0), pin.number))
    }

    fn pin_configure(id: u32, mode: PinMode, pull: PinPull) -> Result<(), HwError> {
        let pin = pin(id).ok_or(NO_DEVICE)?;
        crate::chip::rcc::enable_ahb1(pin.clock_bit());
        pin.set_pull(match pull {
            PinPull::None => Pull::None,
            PinPull::Up => Pull::Up,
            PinPull::Down => Pull::Down,
        });
        match mode {
            PinMode::Input => pin.make_input(),
            PinMode::Output => pin.make_output(),
            PinMode::OpenDrain => pin.make_open_drain(),
        }
        Ok(())
    }

    fn pin_write(id: u32, high: bool) {
        if let Some(pin) = pin(id) {
            pin.set(high);
        }
    }

    fn pin_read(id: u32) -> bool {
        pin(id).is_some_and(|pin| pin.level())
    }

    fn pin_irq(id: u32, edges: PinEdges) -> Result<u32, HwError> {
        let pin = pin(id).ok_or(NO_DEVICE)?;
        let line = pin.number;
        // One port per line: another port's pin keeps it until its own `irq(None)`.
        if exti::armed_port(line).is_some_and(|port| port != pin.port.0) {
            return Err(BUSY);
        }
        crate::chip::rcc::enable_apb2(exti::SYSCFG_CLOCK);
        exti::configure(line, pin.port.0, edges.rising, edges.falling);
        // SAFETY: the EXTI handlers are in the vector table and only clear pending lines and
        // set the runtime's atomic pending bits. A shared interrupt stays unmasked.
        unsafe { cortex_m::peripheral::NVIC::unmask(Irq(exti::interrupt(line))) };
        Ok(PIN_SOURCES.start + u32::from(line))
    }

    fn stop_program_hardware() {
        exti::disarm_all();
        for channel in 0..PWM_OWNERS.len() as u32 {
            Self::pwm_deinit(channel);
        }
    }

    fn adc_channel(id: u32) -> Option<u32> {
        (0..16).find(|&channel| adc_pin(channel).is_some_and(|pin| Some(pin) == self::pin(id)))
    }

    fn adc_init(channel: u32) -> Result<(), HwError> {
        if channel > adc::LAST_CHANNEL {
            return Err(INVALID);
        }
        if let Some(pin) = adc_pin(channel) {
            crate::chip::rcc::enable_ahb1(pin.clock_bit());
            pin.make_analog();
        }
        crate::chip::rcc::enable_apb2(adc::CLOCK);
        adc::enable(channel);
        Ok(())
    }

    fn adc_read(channel: u32) -> Result<u16, HwError> {
        let wait = ON_SILICON.load(Ordering::Relaxed);
        let raw = adc::convert(channel, wait).ok_or(TIMED_OUT)?;
        // 12 bits to 16, the top bits repeated below (MicroPython's scaling).
        Ok((raw << 4) | (raw >> 8))
    }

    fn pwm_init(pin_id: u32, invert: bool) -> Result<u32, HwError> {
        let pin = pin(pin_id).ok_or(NO_DEVICE)?;
        let &(_, channel) = PWM_PINS
            .iter()
            .find(|&&(id, _)| u32::from(id) == pin_id)
            .ok_or(NO_DEVICE)?;
        let index = usize::from(channel / 4);
        let owner = &PWM_OWNERS[usize::from(channel)];
        let held = owner.load(Ordering::Relaxed);
        if CALLBACK_TIMERS.load(Ordering::Relaxed) & (1 << index) != 0
            || (held != 0 && u32::from(held) != pin_id + 1)
        {
            return Err(BUSY);
        }
        let timer = TIMERS[index];
        crate::chip::rcc::enable_apb1(timer.clock_bit);
        if !timer_drives_pwm(index) {
            let clock = TIMER_CLOCK_HZ.load(Ordering::Relaxed);
            timer.pwm_period(u64::from(clock / DEFAULT_PWM_HZ));
        }
        if held == 0 {
            timer.set_compare(u32::from(channel % 4), 0);
        }
        timer.pwm_enable(u32::from(channel % 4), invert);
        owner.store(pin_id as u8 + 1, Ordering::Relaxed);
        crate::chip::rcc::enable_ahb1(pin.clock_bit());
        pin.make_alternate(if index == 0 { 1 } else { 2 });
        Ok(u32::from(channel))
    }

    fn pwm_channel_of(pin_id: u32) -> Option<u32> {
        let held = PWM_OWNERS
            .iter()
            .position(|owner| u32::from(owner.load(Ordering::Relaxed)) == pin_id + 1)?;
        Some(held as u32)
    }

    fn pwm_set_period(channel: u32, ticks: u64) -> Result<(), HwError> {
        let (timer, _) = pwm_channel(channel).ok_or(NO_DEVICE)?;
        timer.pwm_period(ticks).then_some(()).ok_or(INVALID)
    }

    fn pwm_timing(channel: u32) -> PwmTiming {
        let Some((timer, number)) = pwm_channel(channel) else {
            return PwmTiming::default();
        };
        let (prescale, period) = timer.pwm_timing();
        PwmTiming {
            clock_hz: TIMER_CLOCK_HZ.load(Ordering::Relaxed),
            prescale,
            period,
            active: timer.compare(number),
        }
    }

    fn pwm_set_active(channel: u32, counts: u32) {
        if let Some((timer, number)) = pwm_channel(channel) {
            timer.set_compare(number, counts.min(timer.pwm_timing().1));
        }
    }

    fn pwm_deinit(channel: u32) {
        if let Some((timer, number)) = pwm_channel(channel) {
            timer.pwm_disable(number);
            let owner = PWM_OWNERS[channel as usize].swap(0, Ordering::Relaxed);
            // Not driven any more: the pin floats as an input, as after reset.
            if let Some(pin) = pin(u32::from(owner) - 1) {
                pin.make_input();
            }
        }
    }

    fn timer_start(id: u32, period_us: u64, periodic: bool) -> Result<(), HwError> {
        let (index, timer) = timer(id).ok_or(NO_DEVICE)?;
        if timer_drives_pwm(index) {
            return Err(BUSY);
        }
        CALLBACK_TIMERS.fetch_or(1 << index, Ordering::Relaxed);
        crate::chip::rcc::enable_apb1(timer.clock_bit);
        ONE_SHOT[index].store(!periodic, Ordering::Relaxed);
        if !timer.start(TIMER_CLOCK_HZ.load(Ordering::Relaxed), period_us) {
            return Err(INVALID);
        }
        // SAFETY: the timer handlers are in the vector table and only touch their timer and
        // the runtime's atomic pending bits.
        unsafe { cortex_m::peripheral::NVIC::unmask(Irq(timer.interrupt)) };
        Ok(())
    }

    fn timer_stop(id: u32) {
        // A timer doing PWM instead is not `machine.Timer`'s to stop.
        let Some((index, timer)) = timer(id) else {
            return;
        };
        if CALLBACK_TIMERS.fetch_and(!(1 << index), Ordering::Relaxed) & (1 << index) != 0 {
            cortex_m::peripheral::NVIC::mask(Irq(timer.interrupt));
            timer.stop();
        }
    }

    fn uart_init(id: u32, baudrate: u32) -> Result<(), HwError> {
        if id != 2 {
            return Err(NO_DEVICE);
        }
        USART2_RECEIVED.create()?;
        crate::chip::rcc::enable_ahb1(USART2_TX.clock_bit());
        crate::chip::rcc::enable_apb1(USART2_CLOCK);
        USART2_TX.make_alternate(AF_USART2);
        USART2_RX.make_alternate(AF_USART2);
        USART2.enable(APB1_HZ.load(Ordering::Relaxed), baudrate.max(1));
        // SAFETY: the USART2 handler is in the vector table and only touches USART2 and its
        // atomic ring.
        unsafe { cortex_m::peripheral::NVIC::unmask(Irq(usart::USART2_INTERRUPT)) };
        Ok(())
    }

    fn uart_write(id: u32, data: &[u8]) {
        if id == 2 {
            data.iter().for_each(|&byte| USART2.write_byte(byte));
        }
    }

    fn uart_read(id: u32, buffer: &mut [u8]) -> usize {
        if id == 2 {
            USART2_RECEIVED.read(buffer)
        } else {
            0
        }
    }

    fn uart_any(id: u32) -> usize {
        if id == 2 {
            USART2_RECEIVED.len()
        } else {
            0
        }
    }
    fn i2c_init(id: u32, frequency: u32) -> Result<(), HwError> {
        let bus = i2c_bus(id)?;
        for pin in [bus.lines.scl, bus.lines.sda] {
            pin.set(true); // released before it drives
            let id = u32::from(pin.port.0) * 16 + u32::from(pin.number);
            Self::pin_configure(id, PinMode::OpenDrain, PinPull::Up)?;
        }
        let core_hz = <Pyboard as pyrite_port_common::Board>::core_clock_hz();
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
        let (bus, clock) = spi_bus(id)?;
        crate::chip::rcc::enable_ahb1(clock.clock_bit());
        for offset in 0..3 {
            Pin::new(clock.port.0, clock.number + offset).make_alternate(AF_SPI1_SPI2);
        }
        let bus_clock = if bus.on_apb2() { &APB2_HZ } else { &APB1_HZ };
        bus.enable(bus_clock.load(Ordering::Relaxed), baudrate, polarity, phase);
        Ok(())
    }

    fn spi_deinit(id: u32) {
        if let Ok((bus, _)) = spi_bus(id) {
            bus.disable();
        }
    }

    fn spi_transfer(id: u32, data: &mut [u8]) -> Result<(), HwError> {
        spi_bus(id)?.0.transfer(data).map_err(|_| TIMED_OUT)
    }
}

pub unsafe extern "C" fn usart2_interrupt() {
    while let Some(byte) = USART2.read_byte() {
        USART2_RECEIVED.push(byte);
    }
}

/// The body of TIM(2 + index)'s interrupt handler.
fn timer_fired(index: usize) {
    let timer = TIMERS[index];
    timer.acknowledge();
    if ONE_SHOT[index].load(Ordering::Relaxed) {
        timer.stop();
    }
    pyrite::port::signal_irq(FIRST_TIMER + index as u32);
}

pub unsafe extern "C" fn tim2_interrupt() {
    timer_fired(0);
}

pub unsafe extern "C" fn tim3_interrupt() {
    timer_fired(1);
}

pub unsafe extern "C" fn tim4_interrupt() {
    timer_fired(2);
}

pub unsafe extern "C" fn tim5_interrupt() {
    timer_fired(3);
}

/// The body of an EXTI interrupt handler: each pending line among `lines` signals its
/// `Pin.irq` callback.
fn lines_fired(lines: u32) {
    let mut pending = exti::take_pending(lines);
    while pending != 0 {
        pyrite::port::signal_pin_irq(pending.trailing_zeros());
        pending &= pending - 1;
    }
}

/// EXTI0..=EXTI4: one line each, so the interrupt itself says which line fired (also when
/// it was made pending in the NVIC rather than by an edge).
fn line_fired(line: u32) {
    exti::take_pending(1 << line);
    pyrite::port::signal_pin_irq(line);
}

pub unsafe extern "C" fn exti0_interrupt() {
    line_fired(0);
}

pub unsafe extern "C" fn exti1_interrupt() {
    line_fired(1);
}

pub unsafe extern "C" fn exti2_interrupt() {
    line_fired(2);
}

pub unsafe extern "C" fn exti3_interrupt() {
    line_fired(3);
}

pub unsafe extern "C" fn exti4_interrupt() {
    line_fired(4);
}

pub unsafe extern "C" fn exti9_5_interrupt() {
    lines_fired(0x03e0);
}

pub unsafe extern "C" fn exti15_10_interrupt() {
    lines_fired(0xfc00);
}
