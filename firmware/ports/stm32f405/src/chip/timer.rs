//! General-purpose timers TIM2..=TIM5: an up-counter with prescaler that raises the update
//! interrupt each time it wraps at the auto-reload value.

use super::write;

const CR1: usize = 0x00;
const DIER: usize = 0x0c;
const SR: usize = 0x10;
const EGR: usize = 0x14;
const PSC: usize = 0x28;
const ARR: usize = 0x2c;

const CR1_CEN: u32 = 1 << 0;
/// Only counter overflow raises the update interrupt (not the UG write below).
const CR1_URS: u32 = 1 << 2;
const DIER_UIE: u32 = 1 << 0;
const EGR_UG: u32 = 1 << 0;

/// One timer: base address, counter width in bits, interrupt number, RCC APB1 enable bit.
#[derive(Debug, Clone, Copy)]
pub struct Timer {
    base: usize,
    bits: u32,
    pub interrupt: u16,
    pub clock_bit: u32,
}

pub const TIM2: Timer = Timer::new(0x4000_0000, 32, 28, 1 << 0);
pub const TIM3: Timer = Timer::new(0x4000_0400, 16, 29, 1 << 1);
pub const TIM4: Timer = Timer::new(0x4000_0800, 16, 30, 1 << 2);
pub const TIM5: Timer = Timer::new(0x4000_0c00, 32, 50, 1 << 3);

impl Timer {
    const fn new(base: usize, bits: u32, interrupt: u16, clock_bit: u32) -> Timer {
        Timer {
            base,
            bits,
            interrupt,
            clock_bit,
        }
    }

    /// Prescaler and auto-reload for an update every `ticks` timer clocks, if reachable.
    fn divide(self, ticks: u64) -> Option<(u32, u32)> {
        let counter_span = 1u64 << self.bits;
        let prescale = ticks.max(1).div_ceil(counter_span);
        if prescale > 1 << 16 {
            return None;
        }
        let reload = (ticks / prescale).max(1) - 1;
        Some((prescale as u32 - 1, reload as u32))
    }

    /// Interrupts every `period_us` microseconds at a `clock_hz` timer clock; `false` if
    /// the period is out of this timer's range.
    pub fn start(self, clock_hz: u32, period_us: u64) -> bool {
        let ticks = u128::from(period_us) * u128::from(clock_hz) / 1_000_000;
        let Some((prescaler, reload)) = u64::try_from(ticks).ok().and_then(|t| self.divide(t))
        else {
            return false;
        };
        write(self.base + CR1, CR1_URS);
        write(self.base + PSC, prescaler);
        write(self.base + ARR, reload);
        // Load the prescaler now (it is buffered until the next update).
        write(self.base + EGR, EGR_UG);
        write(self.base + SR, 0);
        write(self.base + DIER, DIER_UIE);
        write(self.base + CR1, CR1_URS | CR1_CEN);
        true
    }

    pub fn stop(self) {
        write(self.base + CR1, 0);
        write(self.base + DIER, 0);
        write(self.base + SR, 0);
    }

    /// Clears the update interrupt (in the handler).
    pub fn acknowledge(self) {
        write(self.base + SR, 0);
    }
}
