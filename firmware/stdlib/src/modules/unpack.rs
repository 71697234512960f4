//! Decoder for the frozen modules' compressed source (the format is described in the build
//! script's `build/pack.rs`, which writes it): LZ77 matches and literals under two static
//! canonical Huffman codes, bits most significant first.

use alloc::vec::Vec;

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

/// Unpacks `bytes` into `length` bytes (`None` if they are corrupt).
pub fn unpack(
    bytes: &[u8],
    length: usize,
    literal_length: &Code,
    distance: &Code,
) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(length);
    let mut bits = Bits {
        bytes: bytes.iter(),
        current: 0x80,
    };
    while out.len() < length {
        let symbol = bits.symbol(literal_length)?;
        if symbol < 256 {
            out.push(symbol as u8);
            continue;
        }
        let count = bits.bucketed(symbol - 256) + 2;
        let bucket = bits.symbol(distance)?;
        let back = bits.bucketed(bucket);
        let start = out.len().checked_sub(back)?;
        for at in start..start + count {
            let byte = *out.get(at)?;
            out.push(byte);
        }
    }
    (out.len() == length).then_some(out)
}
