//! Reset and clock control: HSE → PLL → 168 MHz with timeouts, falling back to the 16 MHz
//! HSI when a clock never becomes ready (no crystal, or QEMU, which has no RCC model).

use super::{flash, modify, read, write};

const BASE: usize = 0x4002_3800;
const CR: usize = BASE;
const PLLCFGR: usize = BASE + 0x04;
const CFGR: usize = BASE + 0x08;
const AHB1ENR: usize = BASE + 0x30;
const AHB2ENR: usize = BASE + 0x34;
const APB1ENR: usize = BASE + 0x40;
const APB2ENR: usize = BASE + 0x44;
/// Control/status: the reset flags (RM0090 7.3.21).
const CSR: usize = BASE + 0x74;

const CSR_RMVF: u32 = 1 << 24;
pub const CSR_BORRSTF: u32 = 1 << 25;
pub const CSR_PINRSTF: u32 = 1 << 26;
pub const CSR_PORRSTF: u32 = 1 << 27;
pub const CSR_SFTRSTF: u32 = 1 << 28;
pub const CSR_IWDGRSTF: u32 = 1 << 29;
pub const CSR_WWDGRSTF: u32 = 1 << 30;
pub const CSR_LPWRRSTF: u32 = 1 << 31;

const CR_HSION: u32 = 1 << 0;
const CR_HSIRDY: u32 = 1 << 1;
const CR_HSEON: u32 = 1 << 16;
const CR_HSERDY: u32 = 1 << 17;
const CR_PLLON: u32 = 1 << 24;
const CR_PLLRDY: u32 = 1 << 25;

const CFGR_SW_MASK: u32 = 0b11;
const CFGR_SW_PLL: u32 = 0b10;
const CFGR_SWS_MASK: u32 = 0b11 << 2;
const CFGR_SWS_PLL: u32 = 0b10 << 2;
/// AHB /1, APB1 /4 (42 MHz), APB2 /2 (84 MHz).
const CFGR_PRESCALERS_MASK: u32 = (0b1111 << 4) | (0b111 << 10) | (0b111 << 13);
const CFGR_PRESCALERS_168: u32 = (0b101 << 10) | (0b100 << 13);

/// 12 MHz HSE / M=12 × N=336 / P=2 (field value 0) = 168 MHz; Q=7 gives USB's 48 MHz.
const PLL_CONFIG: u32 = 12 | (336 << 6) | (1 << 22) | (7 << 24);

/// Polls per clock before giving up (a few milliseconds at 16 MHz; a crystal starts in ~2 ms).
const READY_POLLS: u32 = 200_000;

/// AHB1ENR's CCMDATARAMEN: the CCM's clock (on at reset; a bootloader may have stopped it).
pub const AHB1_CCM_DATA_RAM: u32 = 1 << 20;

/// HSI frequency, the reset clock.
pub const HSI_HZ: u32 = 16_000_000;

/// The clock tree after `configure`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Clocks {
    /// Core (and SysTick) clock.
    pub core_hz: u32,
    /// APB1 clock (USART2, USART3, UART4, UART5).
    pub apb1_hz: u32,
    /// APB2 clock (USART1, USART6).
    pub apb2_hz: u32,
    /// The clock of the APB1 timers (TIM2..=TIM5): twice APB1 when APB1 is divided.
    pub timer_hz: u32,
    /// What happened.
    pub source: ClockSource,
}

/// Where the core clock comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClockSource {
    /// HSE through the PLL at 168 MHz.
    Pll,
    /// HSE or PLL never became ready: still on HSI.
    HsiFallback,
    /// The RCC reads back all zeroes, which real silicon never does (HSI is on and ready
    /// at reset): an emulator without an RCC model, QEMU's `netduinoplus2`, whose core clock
    /// is a fixed 168 MHz.
    Unmodelled,
}

fn wait_for(register: usize, mask: u32, value: u32) -> bool {
    (0..READY_POLLS).any(|_| read(register) & mask == value)
}

/// Brings the core to 168 MHz from the 12 MHz crystal, or stays on HSI if it cannot.
pub fn configure() -> Clocks {
    if read(CR) & (CR_HSION | CR_HSIRDY) == 0 {
        return Clocks {
            core_hz: 168_000_000,
            apb1_hz: 42_000_000,
            apb2_hz: 84_000_000,
            // QEMU's stm32f2xx timer counts at its `clock-frequency` default, 1 GHz.
            timer_hz: 1_000_000_000,
            source: ClockSource::Unmodelled,
        };
    }
    let fallback = Clocks {
        core_hz: HSI_HZ,
        apb1_hz: HSI_HZ,
        apb2_hz: HSI_HZ,
        timer_hz: HSI_HZ,
        source: ClockSource::HsiFallback,
    };
    modify(CR, 0, CR_HSEON);
    if !wait_for(CR, CR_HSERDY, CR_HSERDY) {
        modify(CR, CR_HSEON, 0);
        return fallback;
    }
    write(PLLCFGR, PLL_CONFIG);
    modify(CR, 0, CR_PLLON);
    if !wait_for(CR, CR_PLLRDY, CR_PLLRDY) {
        modify(CR, CR_PLLON | CR_HSEON, 0);
        return fallback;
    }
    // Wait states before the clock goes up.
    flash::configure(5);
    modify(CFGR, CFGR_PRESCALERS_MASK, CFGR_PRESCALERS_168);
    modify(CFGR, CFGR_SW_MASK, CFGR_SW_PLL);
    if !wait_for(CFGR, CFGR_SWS_MASK, CFGR_SWS_PLL) {
        modify(CFGR, CFGR_SW_MASK | CFGR_PRESCALERS_MASK, 0);
        modify(CR, CR_PLLON | CR_HSEON, 0);
        return fallback;
    }
    Clocks {
        core_hz: 168_000_000,
        apb1_hz: 42_000_000,
        apb2_hz: 84_000_000,
        timer_hz: 84_000_000,
        source: ClockSource::Pll,
    }
}

/// AHB1 peripherals (GPIO ports are bits 0..=8).
pub fn enable_ahb1(bits: u32) {
    modify(AHB1ENR, 0, bits);
}

/// The RNG's clock enable in AHB2ENR.
pub const AHB2_RNG: u32 = 1 << 6;

/// AHB2 peripherals (the RNG is bit 6).
pub fn enable_ahb2(bits: u32) {
    modify(AHB2ENR, 0, bits);
}

/// APB1 peripherals (TIM2..=TIM5 are bits 0..=3).
pub fn enable_apb1(bits: u32) {
    modify(APB1ENR, 0, bits);
}

/// APB2 peripherals (USART1 is bit 4).
pub fn enable_apb2(bits: u32) {
    modify(APB2ENR, 0, bits);
}

/// The reset flags (`CSR_*RSTF`), then cleared, so that the next reset sets only its own.
pub fn take_reset_flags() -> u32 {
    let flags = read(CSR);
    modify(CSR, 0, CSR_RMVF);
    flags
}
