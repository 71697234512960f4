//! Device interrupt vector tables without a PAC: a board lists the interrupts it handles and
//! every other entry points at cortex-m-rt's `DefaultHandler`.

/// One entry of the device part of the vector table.
#[derive(Clone, Copy)]
pub struct Vector {
    /// The handler; `DefaultHandler` for interrupts the board does not use.
    pub handler: unsafe extern "C" fn(),
}

extern "C" {
    /// cortex-m-rt's catch-all handler (an infinite loop unless the board overrides it).
    fn DefaultHandler();
}

/// A table of `N` device interrupts with `handlers` (interrupt number, handler) filled in.
pub const fn table<const N: usize>(handlers: &[(usize, unsafe extern "C" fn())]) -> [Vector; N] {
    let mut vectors = [Vector {
        handler: DefaultHandler,
    }; N];
    let mut index = 0;
    while index < handlers.len() {
        let (number, handler) = handlers[index];
        vectors[number] = Vector { handler };
        index += 1;
    }
    vectors
}
