//! The pyboard's four LEDs: red A13, green A14, yellow A15, blue B4 (active high).
//!
//! A13/A14 are also the SWD pins: once they drive LEDs, attach a debugger under reset.

use crate::chip::gpio::Pin;

/// One of the four LEDs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Led {
    Red,
    Green,
    Yellow,
    Blue,
}

const ALL: [Led; 4] = [Led::Red, Led::Green, Led::Yellow, Led::Blue];

/// Each LED's pin as port × 16 + pin (`machine.Pin`'s numbering), in `ALL`'s order.
pub const PIN_IDS: [u8; 4] = [13, 14, 15, 16 + 4];

fn pin(led: Led) -> Pin {
    let id = PIN_IDS[led as usize];
    Pin::new(id / 16, id % 16)
}

/// RCC enable bits of the LEDs' GPIO ports.
pub fn clock_bits() -> u32 {
    ALL.iter().fold(0, |bits, &led| bits | pin(led).clock_bit())
}

/// Makes the LED pins outputs, all off.
pub fn init() {
    for led in ALL {
        pin(led).set(false);
        pin(led).make_output();
    }
}

/// Turns an LED on or off.
pub fn set(led: Led, on: bool) {
    pin(led).set(on);
}
