//! The collector's slot table: fixed-size chunks of object slots that never move.
//!
//! A chunk a collection left empty goes back to the allocator wherever it sits, not only at
//! the end: after a burst of garbage the survivors, being the newest objects, sit in the top
//! chunks, and the empty ones below them would otherwise stay allocated for good. In its
//! place the table points at one shared chunk of free slots (the tombstone), so a slot index
//! always leads to a slot and the hot `slot()` path needs no check.

use alloc::boxed::Box;
use alloc::vec::Vec;
use core::ptr::NonNull;

use super::{OutOfMemory, NO_FREE};
use crate::obj::Obj;

const CHUNK_BITS: usize = 6;
pub const CHUNK: usize = 1 << CHUNK_BITS;

/// One chunk of slots.
pub type Chunk = [Obj; CHUNK];

pub struct ChunkTable {
    /// Each entry is a chunk the table owns (made by `Box::into_raw`) or the tombstone.
    chunks: Vec<NonNull<Chunk>>,
    /// All slots free (`Obj::Free(NO_FREE)`); made at the first release, owned by the table.
    tombstone: Option<NonNull<Chunk>>,
    /// Entries that are owned chunks.
    present: usize,
}

impl ChunkTable {
    pub const fn new() -> Self {
        ChunkTable {
            chunks: Vec::new(),
            tombstone: None,
            present: 0,
        }
    }

    /// Entries, owned chunks and released ones alike.
    #[inline]
    pub fn len(&self) -> usize {
        self.chunks.len()
    }

    /// Owned chunks.
    #[inline]
    pub fn present(&self) -> usize {
        self.present
    }

    #[inline]
    pub fn is_present(&self, number: usize) -> bool {
        Some(self.chunks[number]) != self.tombstone
    }

    /// The slot at `index` (below `len() * CHUNK`).
    #[inline(always)]
    pub fn slot(&self, index: usize) -> &Obj {
        let chunk = self.chunks[index >> CHUNK_BITS];
        // SAFETY: every entry points at a live chunk (owned until released or dropped) or at
        // the tombstone (alive until the table drops); `&self` keeps the table borrowed, so no
        // `&mut` into that chunk exists meanwhile.
        unsafe { &(*chunk.as_ptr())[index & (CHUNK - 1)] }
    }

    /// The slot at `index`, to write. In a released chunk that is the tombstone's: only a
    /// reference the collector should not have left can lead there.
    #[inline(always)]
    pub fn slot_mut(&mut self, index: usize) -> &mut Obj {
        let chunk = self.chunks[index >> CHUNK_BITS];
        // SAFETY: as in `slot`; `&mut self` makes this the only reference into the table.
        unsafe { &mut (*chunk.as_ptr())[index & (CHUNK - 1)] }
    }

    /// Chunk `number`, if the table owns it.
    pub fn chunk_mut(&mut self, number: usize) -> Option<&mut Chunk> {
        if !self.is_present(number) {
            return None;
        }
        // SAFETY: an owned chunk, distinct from every other entry; `&mut self` is exclusive.
        Some(unsafe { &mut *self.chunks[number].as_ptr() })
    }

    /// Chunk `number`, if the table owns it.
    pub fn chunk(&self, number: usize) -> Option<&Chunk> {
        if !self.is_present(number) {
            return None;
        }
        // SAFETY: an owned chunk; `&self` keeps the table borrowed.
        Some(unsafe { &*self.chunks[number].as_ptr() })
    }

    /// Every owned chunk's slots, mutably.
    pub fn slots_mut(&mut self) -> impl Iterator<Item = &mut Obj> + '_ {
        let tombstone = self.tombstone;
        self.chunks
            .iter()
            .filter(move |&&chunk| Some(chunk) != tombstone)
            // SAFETY: owned chunks are distinct allocations (the tombstone, which may appear
            // many times, is filtered out); the iterator borrows the table mutably.
            .flat_map(|chunk| unsafe { (*chunk.as_ptr()).iter_mut() })
    }

    /// Where the next chunk goes: the lowest released entry, else a new one at the end.
    pub fn next_number(&self) -> usize {
        match self.tombstone {
            Some(tombstone) => self
                .chunks
                .iter()
                .position(|&chunk| chunk == tombstone)
                .unwrap_or(self.chunks.len()),
            None => self.chunks.len(),
        }
    }

    /// Puts `chunk` at `number` (from `next_number`). The caller reserved room to push.
    pub fn insert(&mut self, number: usize, chunk: Box<Chunk>) {
        let chunk = NonNull::from(Box::leak(chunk));
        if number == self.chunks.len() {
            self.chunks.push(chunk);
        } else {
            self.chunks[number] = chunk;
        }
        self.present += 1;
    }

    /// Reserves room for one more entry.
    pub fn try_reserve(&mut self) -> Result<(), OutOfMemory> {
        self.chunks.try_reserve(1).map_err(|_| OutOfMemory)
    }

    /// Gives owned chunk `number` back to the allocator. False if the tombstone could not be
    /// made (the chunk then stays).
    pub fn release(&mut self, number: usize) -> bool {
        let tombstone = match self.tombstone {
            Some(tombstone) => tombstone,
            None => {
                let mut slots: Vec<Obj> = Vec::new();
                if slots.try_reserve_exact(CHUNK).is_err() {
                    return false;
                }
                slots.extend((0..CHUNK).map(|_| Obj::Free(NO_FREE)));
                let Ok(chunk): Result<Box<Chunk>, _> = slots.into_boxed_slice().try_into() else {
                    return false;
                };
                let tombstone = NonNull::from(Box::leak(chunk));
                self.tombstone = Some(tombstone);
                tombstone
            }
        };
        let chunk = core::mem::replace(&mut self.chunks[number], tombstone);
        // SAFETY: `chunk` was owned (the caller checked `is_present`) and made by
        // `Box::leak`; no reference into it outlives this `&mut self` call.
        drop(unsafe { Box::from_raw(chunk.as_ptr()) });
        self.present -= 1;
        true
    }

    /// Drops the entries from `len` on (owned chunks go back to the allocator).
    pub fn truncate(&mut self, len: usize) {
        while self.chunks.len() > len {
            let Some(chunk) = self.chunks.pop() else {
                break;
            };
            if Some(chunk) != self.tombstone {
                // SAFETY: an owned chunk, made by `Box::leak`, now out of the table.
                drop(unsafe { Box::from_raw(chunk.as_ptr()) });
                self.present -= 1;
            }
        }
    }

    /// Gives every chunk, the tombstone and the table itself back.
    pub fn clear(&mut self) {
        self.truncate(0);
        self.chunks = Vec::new();
        if let Some(tombstone) = self.tombstone.take() {
            // SAFETY: made by `Box::leak`; no entry points at it any more.
            drop(unsafe { Box::from_raw(tombstone.as_ptr()) });
        }
    }
}

impl Drop for ChunkTable {
    fn drop(&mut self) {
        self.clear();
    }
}
