//! The flash interface: wait states and caches, set before the core clock goes up.

const ACR: usize = 0x4002_3c00;
const LATENCY_MASK: u32 = 0b111;
const PREFETCH: u32 = 1 << 8;
const INSTRUCTION_CACHE: u32 = 1 << 9;
const DATA_CACHE: u32 = 1 << 10;

/// Sets `wait_states` (5 for 168 MHz at 3.3 V) and turns on prefetch and both caches.
pub fn configure(wait_states: u32) {
    super::modify(
        ACR,
        LATENCY_MASK,
        (wait_states & LATENCY_MASK) | PREFETCH | INSTRUCTION_CACHE | DATA_CACHE,
    );
}
