//! The CMSDK APB timer (TIMER0/TIMER1 of the MPS2 FPGA images): a 32-bit down-counter on
//! the peripheral clock that interrupts and reloads when it reaches zero.

const CONTROL: usize = 0x00;
const VALUE: usize = 0x04;
const RELOAD: usize = 0x08;
const INTERRUPT_CLEAR: usize = 0x0c;

const CONTROL_ENABLE: u32 = 1 << 0;
const CONTROL_INTERRUPT_ENABLE: u32 = 1 << 3;

/// One timer at its base address.
#[derive(Clone, Copy)]
pub struct Timer(pub usize);

/// TIMER0 and TIMER1 on mps2-an385/an386, with their interrupt numbers.
pub const TIMERS: [(Timer, u16); 2] = [(Timer(0x4000_0000), 8), (Timer(0x4000_1000), 9)];

impl Timer {
    fn write(self, offset: usize, value: u32) {
        // SAFETY: self.0 + offset is a 32-bit-aligned register of a CMSDK timer on this
        // machine; the values are the documented control bits and counts.
        unsafe { core::ptr::write_volatile((self.0 + offset) as *mut u32, value) }
    }

    /// Interrupts every `ticks` peripheral clock cycles (at least 1).
    pub fn start(self, ticks: u32) {
        let reload = ticks.max(1) - 1;
        self.write(CONTROL, 0);
        self.write(RELOAD, reload);
        self.write(VALUE, reload);
        self.write(INTERRUPT_CLEAR, 1);
        self.write(CONTROL, CONTROL_ENABLE | CONTROL_INTERRUPT_ENABLE);
    }

    pub fn stop(self) {
        self.write(CONTROL, 0);
        self.write(INTERRUPT_CLEAR, 1);
    }

    /// Clears the pending interrupt (in the handler).
    pub fn acknowledge(self) {
        self.write(INTERRUPT_CLEAR, 1);
    }
}
