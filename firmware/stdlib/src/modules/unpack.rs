//! Decoder for the frozen modules' compressed source (the format is described in the build
//! script's `build/pack.rs`, which writes it): LZ77 matches and literals under two static
//! canonical Huffman codes, bits most significant first; matches may reach back past the
//! text's start into a dictionary shared by every module, or copy from it by offset.

/// A canonical Huffman code as the decoder reads it: how many symbols have each code length
/// (index 0 unused), then the symbols ordered by (length, value).
pub struct Code {
    pub counts: &'static [u8],
    pub symbols: &'static [u16],
}

/// Reads a byte slice bit by bit, most significant bit first; past the end it reads zeros.
struct Bits<'a> {
    bytes: core::slice::Iter<'a, u8>,
    /// The current byte, shifted left as its bits are read, with a marker bit behind them:
    /// when only the marker is left (`0x80`), the byte is used up.
    current: u8,
}

impl Bits<'_> {
    fn bit(&mut self) -> usize {
        if self.current == 0x80 {
            let byte = self.bytes.next().copied().unwrap_or(0);
            let bit = byte >> 7;
            self.current = byte << 1 | 1;
            return bit as usize;
        }
        let bit = self.current >> 7;
        self.current <<= 1;
        bit as usize
    }

    /// `count` bits as a number, first bit highest.
    fn bits(&mut self, count: usize) -> usize {
        (0..count).fold(0, |value, _| value << 1 | self.bit())
    }

    /// The next symbol of `code` (`None` if the bits match no code: corrupt data).
    fn symbol(&mut self, code: &Code) -> Option<usize> {
        // `value` is the code read so far; `first` the first code of the current length and
        // `index` its symbol's place in `symbols`.
        let (mut value, mut first, mut index) = (0, 0, 0);
        for &count in code.counts.iter().skip(1) {
            value |= self.bit();
            let count = count as usize;
            let offset = value.wrapping_sub(first);
            if offset < count {
                return code.symbols.get(index + offset).map(|&s| s as usize);
            }
            index += count;
            first = (first + count) << 1;
            value <<= 1;
        }
        None
    }

    /// A bucketed number: `bucket` significant bits, the top one implied.
    fn bucketed(&mut self, bucket: usize) -> usize {
        (1 << bucket.saturating_sub(1)) | self.bits(bucket.saturating_sub(1))
    }
}

/// How far back a match may reach (the build script's `MAX_DISTANCE` is below it): the
/// decoder keeps only this much of the text behind it, so unpacking a module takes this
/// much memory whatever the module's length, plus what the caller keeps.
pub const WINDOW: usize = 4096;

/// Where unpacked bytes go, and where matches copy from.
trait Text {
    /// The byte `back` bytes behind the end (`back >= 1`), if still held.
    fn behind(&self, back: usize) -> Option<u8>;
    /// Appends `byte`; false to stop.
    fn push(&mut self, byte: u8) -> bool;
}

/// Bits of a dictionary offset (the build script's `dictionary_offset_bits`).
fn offset_bits(size: usize) -> usize {
    (usize::BITS - (size.max(2) - 1).leading_zeros()) as usize
}

/// What every module is packed with: the two Huffman codes and the dictionary that stands
/// before each text.
pub struct Packing {
    pub literal_length: Code,
    pub distance: Code,
    pub dictionary: &'static [u8],
}

/// The decoding loop: `length` bytes from `bytes` into `text`; false if the bytes are corrupt
/// or `text` said stop.
fn unpack(bytes: &[u8], length: usize, packing: &Packing, text: &mut impl Text) -> bool {
    let mut bits = Bits {
        bytes: bytes.iter(),
        current: 0x80,
    };
    let mut done = 0usize;
    while done < length {
        let Some(symbol) = bits.symbol(&packing.literal_length) else {
            return false;
        };
        let (count, back) = if symbol < 256 {
            (1, 0)
        } else {
            let count = bits.bucketed(symbol - 256) + 2;
            let Some(bucket) = bits.symbol(&packing.distance) else {
                return false;
            };
            if bucket == 0 {
                // A copy from the dictionary, by offset.
                let dictionary = packing.dictionary;
                let offset = bits.bits(offset_bits(dictionary.len()));
                let Some(copied) = dictionary.get(offset..offset.saturating_add(count)) else {
                    return false;
                };
                if done + count > length || !copied.iter().all(|&byte| text.push(byte)) {
                    return false;
                }
                done += count;
                continue;
            }
            (count, bits.bucketed(bucket))
        };
        if done + count > length {
            return false;
        }
        for _ in 0..count {
            let byte = match back {
                0 => symbol as u8,
                // Before the text: the dictionary's end.
                _ if back > done => {
                    let dictionary = packing.dictionary;
                    match dictionary.get(dictionary.len().wrapping_sub(back - done)) {
                        Some(&byte) => byte,
                        None => return false,
                    }
                }
                _ => match text.behind(back) {
                    Some(byte) => byte,
                    None => return false,
                },
            };
            if !text.push(byte) {
                return false;
            }
            done += 1;
        }
    }
    true
}

/// A ring of the last `WINDOW` bytes, each also handed to a sink.
struct Ring<'a, F> {
    window: &'a mut [u8; WINDOW],
    done: usize,
    sink: &'a mut F,
}

impl<F: FnMut(u8) -> bool> Text for Ring<'_, F> {
    fn behind(&self, back: usize) -> Option<u8> {
        if back > self.done || back > WINDOW {
            return None;
        }
        // `back <= WINDOW`: not overwritten yet.
        Some(self.window[(self.done - back) % WINDOW])
    }

    fn push(&mut self, byte: u8) -> bool {
        self.window[self.done % WINDOW] = byte;
        self.done += 1;
        (self.sink)(byte)
    }
}

/// The whole text so far, in a vector with room made for all of it.
impl Text for alloc::vec::Vec<u8> {
    fn behind(&self, back: usize) -> Option<u8> {
        self.get(self.len().checked_sub(back)?).copied()
    }

    fn push(&mut self, byte: u8) -> bool {
        // Never past the room the caller made: a corrupt length cannot make it allocate.
        if self.len() == self.capacity() {
            return false;
        }
        alloc::vec::Vec::push(self, byte);
        true
    }
}

/// Unpacks `bytes` (`length` bytes once unpacked), handing the text to `sink` byte by byte,
/// through `window`; false if the bytes are corrupt or `sink` says stop (returns false).
pub fn unpack_into(
    bytes: &[u8],
    length: usize,
    packing: &Packing,
    window: &mut [u8; WINDOW],
    sink: &mut impl FnMut(u8) -> bool,
) -> bool {
    let mut ring = Ring {
        window,
        done: 0,
        sink,
    };
    unpack(bytes, length, packing, &mut ring)
}

/// Unpacks `bytes` into `out` (empty, with room for `length` bytes), which serves as the
/// window: for a text kept whole. False if the bytes are corrupt.
pub fn unpack_whole(
    bytes: &[u8],
    length: usize,
    packing: &Packing,
    out: &mut alloc::vec::Vec<u8>,
) -> bool {
    unpack(bytes, length, packing, out) && out.len() == length
}
