//! Indexing the interpreter's own state (the value stack, a call's argument slots, a code
//! object's tables) where its invariants keep the index in bounds.
//!
//! Plain `v[i]` panics with the caller's location: a 16-byte record and a call at each site,
//! flash that a board is short of. `at`/`at_mut` keep the same check but share one
//! out-of-line panic without a location (`interpreter_bug`, also what "cannot happen" paths
//! call): reaching it is a bug in Pyrite, never in the program it runs. Used on the call
//! path (`vm/call.rs`: 0.9 KB less flash, no benchmark slower). Not in the dispatch loop:
//! there the same change saved 5.9 KB but moved its register allocation and cost up to 4%
//! of nqueens's instructions (session 27, icount).

/// Bounds-checked indexing with one shared, location-less panic.
pub(crate) trait InBounds<T> {
    /// `&self[index]`.
    fn at(&self, index: usize) -> &T;
    /// `&mut self[index]`.
    fn at_mut(&mut self, index: usize) -> &mut T;
}

impl<T> InBounds<T> for [T] {
    #[inline(always)]
    fn at(&self, index: usize) -> &T {
        match self.get(index) {
            Some(item) => item,
            None => interpreter_bug(),
        }
    }

    #[inline(always)]
    fn at_mut(&mut self, index: usize) -> &mut T {
        match self.get_mut(index) {
            Some(item) => item,
            None => interpreter_bug(),
        }
    }
}

/// The interpreter's state broke one of its invariants (indexed out of its bounds, a frame
/// missing): a bug in Pyrite.
#[cold]
#[inline(never)]
pub(crate) fn interpreter_bug() -> ! {
    panic!("interpreter state broken")
}
