//! The CMSDK APB watchdog of the MPS2 FPGA images (0x4000_8000): a 32-bit down-counter on
//! the 25 MHz peripheral clock. Reaching zero raises its interrupt (wired to NMI) and
//! reloads; reaching zero again with the interrupt still raised resets the system. So
//! `machine.WDT(timeout=t)` loads half of `t`: the NMI warns at `t/2`, the reset comes at
//! `t`, and `feed()` (clearing the interrupt, which reloads the counter) restarts both.

const BASE: usize = 0x4000_8000;
const LOAD: usize = 0x000;
const CONTROL: usize = 0x008;
const INTERRUPT_CLEAR: usize = 0x00c;
/// Writes to the other registers are ignored unless this holds `UNLOCK`.
const LOCK: usize = 0xc00;
const UNLOCK: u32 = 0x1acc_e551;

const CONTROL_INTERRUPT_ENABLE: u32 = 1 << 0;
const CONTROL_RESET_ENABLE: u32 = 1 << 1;

/// Counter ticks per millisecond.
const TICKS_PER_MS: u64 = 25_000;

fn write(offset: usize, value: u32) {
    // SAFETY: BASE + offset is a 32-bit register of this machine's watchdog; the values are
    // the documented key, control bits and counts.
    unsafe { core::ptr::write_volatile((BASE + offset) as *mut u32, value) }
}

/// Runs the watchdog with a reset `timeout_ms` after the last `feed` (1 ms to ~343 s).
pub fn start(timeout_ms: u32) {
    let half = (u64::from(timeout_ms) * TICKS_PER_MS / 2).clamp(1, u64::from(u32::MAX));
    write(LOCK, UNLOCK);
    write(LOAD, half as u32);
    write(INTERRUPT_CLEAR, 1);
    write(CONTROL, CONTROL_INTERRUPT_ENABLE | CONTROL_RESET_ENABLE);
    write(LOCK, 0);
}

/// Clears the warning and reloads the counter.
pub fn feed() {
    write(LOCK, UNLOCK);
    write(INTERRUPT_CLEAR, 1);
    write(LOCK, 0);
}
