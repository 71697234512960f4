//! General-purpose timers TIM2..=TIM5: an up-counter with prescaler that raises the update
//! interrupt each time it wraps at the auto-reload value, or drives its four output-compare
//! channels as PWM (mode 1: a channel's output is active while the counter is below its
//! compare value).

use super::{modify, read, write};

const CR1: usize = 0x00;
const DIER: usize = 0x0c;
const SR: usize = 0x10;
const EGR: usize = 0x14;
/// CCMR1 holds channels 1 and 2, CCMR2 channels 3 and 4, a byte each.
const CCMR1: usize = 0x18;
const CCER: usize = 0x20;
const PSC: usize = 0x28;
const ARR: usize = 0x2c;
/// CCR1..=CCR4 follow one another.
const CCR1: usize = 0x34;

const CR1_CEN: u32 = 1 << 0;
/// ARR is buffered: a new period starts at the next update, never mid-cycle.
const CR1_ARPE: u32 = 1 << 7;
/// A channel's CCMR byte: PWM mode 1 (OCxM = 110) with its compare value buffered (OCxPE).
const CCMR_PWM1: u32 = 0b110 << 4 | 1 << 3;
/// A channel's CCER nibble: output enabled (CCxE); CCxP inverts it.
const CCER_ENABLE: u32 = 1 << 0;
const CCER_INVERT: u32 = 1 << 1;
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

    /// Prescaler and auto-reload for an update every `ticks` timer clocks, if reachable
    /// with a period of at most `counter_span` counts.
    fn divide(ticks: u64, counter_span: u64) -> Option<(u32, u32)> {
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
        let Some((prescaler, reload)) = u64::try_from(ticks)
            .ok()
            .and_then(|t| Self::divide(t, 1 << self.bits))
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

    /// Runs the counter for PWM with a period of `ticks` timer clocks (at most one count
    /// short of the counter's span, so that a compare value of a whole period fits: always
    /// on). The enabled channels' compare values are scaled to keep their duty ratios.
    /// `false` if the period is out of range.
    pub fn pwm_period(self, ticks: u64) -> bool {
        let Some((prescaler, reload)) = Self::divide(ticks, (1 << self.bits) - 1) else {
            return false;
        };
        let old_period = u64::from(read(self.base + ARR)) + 1;
        let enabled = read(self.base + CCER);
        for channel in 0..4 {
            if enabled >> (4 * channel) & CCER_ENABLE != 0 {
                let compare = self.compare(channel);
                let scaled = u64::from(compare) * (u64::from(reload) + 1) / old_period;
                self.set_compare(channel, scaled as u32);
            }
        }
        write(self.base + DIER, 0);
        write(self.base + PSC, prescaler);
        write(self.base + ARR, reload);
        // Load the prescaler and the buffered values now.
        write(self.base + EGR, EGR_UG);
        write(self.base + CR1, CR1_ARPE | CR1_CEN);
        true
    }

    /// (prescaler + 1, auto-reload + 1): the timer clocks per count and the counts per period.
    pub fn pwm_timing(self) -> (u32, u32) {
        let prescale = read(self.base + PSC) + 1;
        (prescale, read(self.base + ARR).saturating_add(1))
    }

    /// Drives `channel` (0..=3) as PWM mode 1, its output inverted if `invert`.
    pub fn pwm_enable(self, channel: u32, invert: bool) {
        let (register, shift) = (CCMR1 + 4 * (channel as usize / 2), 8 * (channel % 2));
        modify(self.base + register, 0xff << shift, CCMR_PWM1 << shift);
        let bits = CCER_ENABLE | if invert { CCER_INVERT } else { 0 };
        modify(
            self.base + CCER,
            0xf << (4 * channel),
            bits << (4 * channel),
        );
    }

    /// Stops driving `channel`; `true` if no channel is left (the counter stops then too).
    pub fn pwm_disable(self, channel: u32) -> bool {
        modify(self.base + CCER, 0xf << (4 * channel), 0);
        let idle = read(self.base + CCER) & 0x1111 == 0;
        if idle {
            self.stop();
        }
        idle
    }

    pub fn compare(self, channel: u32) -> u32 {
        read(self.base + CCR1 + 4 * channel as usize)
    }

    pub fn set_compare(self, channel: u32, value: u32) {
        write(self.base + CCR1 + 4 * channel as usize, value);
    }
}
