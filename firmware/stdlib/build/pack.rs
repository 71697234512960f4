//! Build-time compressor for the frozen modules' source (the runtime's `modules/unpack.rs`
//! is the matching decoder).
//!
//! Format: LZ77 matches over the module's own text, then one static canonical Huffman code
//! for literals and match-length buckets and one for distance buckets, both shared by every
//! module (their tables are emitted once). Bits are written most significant first.
//!
//! * literal/length symbol `0..=255`: that byte;
//!   `256 + b`: a match whose `length - 2` has `b` bits; the `b - 1` bits under its top bit
//!   follow.
//! * then a distance symbol `b`: the distance has `b` bits; the `b - 1` bits under its top
//!   bit follow. Symbol `0`: the match copies from the shared dictionary instead (below), at
//!   the offset in the next `dictionary_offset_bits` bits.
//!
//! The stream has no end marker: the decoder knows the unpacked length.
//!
//! Every module's text is packed as if a shared dictionary stood before it: a match may reach
//! back past the text's start into the dictionary's last bytes, and from anywhere in the
//! text it may copy from the dictionary by offset (distance symbol 0). The dictionary
//! (`dictionary` below: the lines most repeated across the modules) sits in flash beside the
//! packed bytes, so it needs no window.

/// Shortest match worth a code.
const MIN_MATCH: usize = 3;
/// Longest match (`length - 2` fits in 9 bits).
const MAX_MATCH: usize = 258;
/// How far back a match may reach: below the decoder's window (`modules/unpack.rs`,
/// `WINDOW`), which is all of the text it keeps behind it. A window instead of the whole
/// module lets a section be unpacked without the rest of its module on the heap; 8 KB cost
/// ~1% more flash than the whole module (deflate: 70,103 against 69,259 bytes), 4 KB another
/// 2,320 bytes of the image, for 4 KB less heap at every import and section (datetime's
/// parsing section then fits beside its classes on qemu-mps2).
const MAX_DISTANCE: usize = 4095;
/// Longest Huffman code; the decoder's tables hold one count per length up to this.
pub const MAX_CODE_BITS: usize = 15;
/// Candidates tried per position (the inputs are small: search hard).
const CHAIN_LIMIT: usize = 4096;

/// One step of the LZ77 parse.
#[derive(Clone, Copy)]
enum Token {
    Literal(u8),
    Match {
        length: usize,
        distance: usize,
    },
    /// A copy of the dictionary's bytes from `offset`.
    Dictionary {
        length: usize,
        offset: usize,
    },
}

/// Bits of a dictionary offset for a dictionary of `size` bytes (the decoder works it out
/// the same way).
pub fn dictionary_offset_bits(size: usize) -> usize {
    bit_length(size.max(2) - 1)
}

/// Number of significant bits of `value` (> 0).
fn bit_length(value: usize) -> usize {
    (usize::BITS - value.leading_zeros()) as usize
}

/// How many bytes of repeated lines the shared dictionary holds at most: 2 KB made the
/// images the smallest of the sizes tried (against 1 KB: 32 B less on stm32f405, 348 B less
/// on an385; 1.5 KB and 4 KB did worse), with the lines counted once per module that has
/// them (counting every occurrence did no better).
const DICTIONARY_SIZE: usize = 2048;

/// The shared dictionary for `texts`: whole lines (6 bytes or longer) that occur in two
/// modules or more, those that would save the most (length × extra modules) last, nearest
/// the text that follows. Deterministic: ties go by the lines' bytes.
pub fn dictionary(texts: &[&[u8]]) -> Vec<u8> {
    let mut modules_with: std::collections::BTreeMap<&[u8], usize> = Default::default();
    for text in texts {
        let lines: std::collections::BTreeSet<&[u8]> = text
            .split(|&byte| byte == b'\n')
            .filter(|line| line.len() >= 6)
            .collect();
        for line in lines {
            *modules_with.entry(line).or_default() += 1;
        }
    }
    let mut shared: Vec<(&[u8], usize)> = modules_with
        .into_iter()
        .filter(|&(_, count)| count >= 2)
        .collect();
    shared.sort_by(|a, b| {
        ((b.1 - 1) * b.0.len())
            .cmp(&((a.1 - 1) * a.0.len()))
            .then(a.0.cmp(b.0))
    });
    let mut chosen: Vec<&[u8]> = Vec::new();
    let mut size = 0;
    for (line, _) in shared {
        if size + line.len() < DICTIONARY_SIZE {
            size += line.len() + 1;
            chosen.push(line);
        }
    }
    let mut out = Vec::with_capacity(size);
    for line in chosen.iter().rev() {
        out.extend_from_slice(line);
        out.push(b'\n');
    }
    out
}

/// How many bytes from `start` equal those from `at`, at most `limit`.
fn common_length(data: &[u8], start: usize, at: usize, limit: usize) -> usize {
    (0..limit)
        .take_while(|&k| data[start + k] == data[at + k])
        .count()
}

/// Greedy parse with one step of lazy matching, over hash chains of 3-byte prefixes, of
/// `data[text_start..]` (what is before `text_start` can only be matched).
fn parse(data: &[u8], text_start: usize) -> Vec<Token> {
    let mut chains: std::collections::HashMap<[u8; 3], Vec<usize>> = Default::default();
    let longest = |chains: &std::collections::HashMap<[u8; 3], Vec<usize>>, at: usize| {
        let mut best = (0, 0);
        if at + MIN_MATCH > data.len() {
            return best;
        }
        let key = [data[at], data[at + 1], data[at + 2]];
        for &start in chains
            .get(&key)
            .into_iter()
            .flatten()
            .rev()
            .take(CHAIN_LIMIT)
        {
            if at - start > MAX_DISTANCE {
                break;
            }
            let length = common_length(data, start, at, MAX_MATCH.min(data.len() - at));
            if length > best.0 {
                best = (length, at - start);
            }
        }
        best
    };
    let insert = |chains: &mut std::collections::HashMap<[u8; 3], Vec<usize>>, at: usize| {
        if at + MIN_MATCH <= data.len() {
            let key = [data[at], data[at + 1], data[at + 2]];
            chains.entry(key).or_default().push(at);
        }
    };
    for at in 0..text_start {
        insert(&mut chains, at);
    }
    let mut tokens = Vec::new();
    let mut at = text_start;
    while at < data.len() {
        let (length, distance) = longest(&chains, at);
        let deferred = length >= MIN_MATCH && longest(&chains, at + 1).0 > length + 1;
        if length >= MIN_MATCH && !deferred {
            tokens.push(Token::Match { length, distance });
            for k in at..at + length {
                insert(&mut chains, k);
            }
            at += length;
        } else {
            tokens.push(Token::Literal(data[at]));
            insert(&mut chains, at);
            at += 1;
        }
    }
    tokens
}

/// The parse with the fewest bits under the given code lengths (a shortest path over the
/// positions: from each, a literal or any match length the earlier text offers, each at its
/// nearest distance), of `data[text_start..]` as `parse`.
fn optimal_parse(
    data: &[u8],
    text_start: usize,
    literal_lengths: &[usize],
    distance_lengths: &[usize],
) -> Vec<Token> {
    // A symbol the previous codes never used still needs a price.
    let price = |lengths: &[usize], symbol: usize| match lengths[symbol] {
        0 => 20,
        bits => bits,
    };
    let length_price = |length: usize| {
        let bucket = bit_length(length - 2);
        price(literal_lengths, 256 + bucket) + bucket - 1
    };
    let match_price = |length: usize, distance: usize| {
        let distance_bucket = bit_length(distance);
        length_price(length) + price(distance_lengths, distance_bucket) + distance_bucket - 1
    };
    let dictionary_price = price(distance_lengths, 0) + dictionary_offset_bits(text_start);
    let mut positions: std::collections::HashMap<[u8; 3], Vec<usize>> = Default::default();
    for at in 0..data.len().saturating_sub(MIN_MATCH - 1) {
        let key = [data[at], data[at + 1], data[at + 2]];
        positions.entry(key).or_default().push(at);
    }
    let n = data.len();
    // cost[at]: fewest bits for data[at..]; step[at]: the token that achieves it.
    let mut cost = vec![0usize; n + 1];
    let mut step = vec![Token::Literal(0); n];
    for at in (text_start..n).rev() {
        cost[at] = price(literal_lengths, data[at] as usize) + cost[at + 1];
        step[at] = Token::Literal(data[at]);
        if at + MIN_MATCH > n {
            continue;
        }
        let key = [data[at], data[at + 1], data[at + 2]];
        let earlier = &positions[&key];
        let before = earlier.partition_point(|&p| p < at);
        let mut longest = MIN_MATCH - 1;
        // The dictionary by offset: its price does not depend on where, so only the longest
        // match for each length counts.
        let in_dictionary = earlier.partition_point(|&p| p < text_start);
        let mut longest_in_dictionary = MIN_MATCH - 1;
        for &start in &earlier[..in_dictionary] {
            let limit = MAX_MATCH.min(n - at).min(text_start - start);
            let length = common_length(data, start, at, limit);
            for candidate in longest_in_dictionary + 1..=length {
                let total = length_price(candidate) + dictionary_price + cost[at + candidate];
                if total < cost[at] {
                    cost[at] = total;
                    step[at] = Token::Dictionary {
                        length: candidate,
                        offset: start,
                    };
                }
            }
            longest_in_dictionary = longest_in_dictionary.max(length);
        }
        for &start in earlier[..before].iter().rev().take(CHAIN_LIMIT) {
            let distance = at - start;
            if distance > MAX_DISTANCE {
                break;
            }
            let length = common_length(data, start, at, MAX_MATCH.min(n - at));
            // Lengths first reached by this (nearest so far) candidate.
            for candidate in longest + 1..=length {
                let total = match_price(candidate, distance) + cost[at + candidate];
                if total < cost[at] {
                    cost[at] = total;
                    step[at] = Token::Match {
                        length: candidate,
                        distance,
                    };
                }
            }
            longest = longest.max(length);
        }
    }
    let mut tokens = Vec::new();
    let mut at = text_start;
    while at < n {
        tokens.push(step[at]);
        at += match step[at] {
            Token::Literal(_) => 1,
            Token::Match { length, .. } | Token::Dictionary { length, .. } => length,
        };
    }
    tokens
}

/// Code lengths (0 = unused) of a Huffman code for `counts`, none longer than `MAX_CODE_BITS`.
fn code_lengths(counts: &[u64]) -> Vec<usize> {
    let mut weights: Vec<u64> = counts.to_vec();
    loop {
        let lengths = huffman_lengths(&weights);
        if lengths.iter().all(|&l| l <= MAX_CODE_BITS) {
            return lengths;
        }
        // Flatten the distribution and try again.
        for weight in weights.iter_mut().filter(|w| **w > 0) {
            *weight = weight.div_ceil(2);
        }
    }
}

fn huffman_lengths(weights: &[u64]) -> Vec<usize> {
    let mut lengths = vec![0; weights.len()];
    // Nodes: (weight, symbols under it); merge the two lightest until one is left.
    let mut nodes: Vec<(u64, Vec<usize>)> = weights
        .iter()
        .enumerate()
        .filter(|(_, &w)| w > 0)
        .map(|(symbol, &w)| (w, vec![symbol]))
        .collect();
    if nodes.len() == 1 {
        lengths[nodes[0].1[0]] = 1;
        return lengths;
    }
    while nodes.len() > 1 {
        nodes.sort_by(|a, b| b.0.cmp(&a.0).then(b.1[0].cmp(&a.1[0])));
        let (light_weight, light) = nodes.pop().expect("two nodes");
        let (next_weight, mut next) = nodes.pop().expect("two nodes");
        for &symbol in light.iter().chain(&next) {
            lengths[symbol] += 1;
        }
        next.extend(light);
        nodes.push((light_weight + next_weight, next));
    }
    lengths
}

/// A canonical code: per symbol (code, length); codes ordered by (length, symbol).
fn canonical_codes(lengths: &[usize]) -> Vec<(u32, usize)> {
    let mut codes = vec![(0, 0); lengths.len()];
    let mut code = 0u32;
    for length in 1..=MAX_CODE_BITS {
        for (symbol, _) in lengths.iter().enumerate().filter(|(_, &l)| l == length) {
            codes[symbol] = (code, length);
            code += 1;
        }
        code <<= 1;
    }
    codes
}

/// What the decoder needs of a code: how many symbols have each length `0..=MAX_CODE_BITS`,
/// and the symbols in canonical order.
pub struct DecodeTable {
    pub counts: Vec<u8>,
    pub symbols: Vec<u16>,
}

fn decode_table(lengths: &[usize]) -> DecodeTable {
    let mut counts = vec![0u8; MAX_CODE_BITS + 1];
    let mut symbols = Vec::new();
    for (length, count) in counts.iter_mut().enumerate().skip(1) {
        for (symbol, _) in lengths.iter().enumerate().filter(|(_, &l)| l == length) {
            *count += 1;
            symbols.push(symbol as u16);
        }
    }
    DecodeTable { counts, symbols }
}

/// Writes bits most significant first.
#[derive(Default)]
struct BitWriter {
    bytes: Vec<u8>,
    used: usize,
}

impl BitWriter {
    fn put(&mut self, value: u32, bits: usize) {
        for shift in (0..bits).rev() {
            if self.used.is_multiple_of(8) {
                self.bytes.push(0);
            }
            let bit = ((value >> shift) & 1) as u8;
            *self.bytes.last_mut().expect("pushed above") |= bit << (7 - self.used % 8);
            self.used += 1;
        }
    }
}

/// The packed modules (in input order), the shared dictionary and the two shared decode
/// tables.
pub struct Packed {
    pub modules: Vec<Vec<u8>>,
    pub dictionary: Vec<u8>,
    pub literal_length: DecodeTable,
    pub distance: DecodeTable,
}

/// Huffman code lengths for the literal/length and distance symbols of `parses`.
fn fitted_codes(parses: &[Vec<Token>]) -> (Vec<usize>, Vec<usize>) {
    let mut literal_counts = vec![0u64; 256 + 10];
    let mut distance_counts = vec![0u64; 16];
    for token in parses.iter().flatten() {
        match *token {
            Token::Literal(byte) => literal_counts[byte as usize] += 1,
            Token::Match { length, distance } => {
                literal_counts[256 + bit_length(length - 2)] += 1;
                distance_counts[bit_length(distance)] += 1;
            }
            Token::Dictionary { length, .. } => {
                literal_counts[256 + bit_length(length - 2)] += 1;
                distance_counts[0] += 1;
            }
        }
    }
    (
        code_lengths(&literal_counts),
        code_lengths(&distance_counts),
    )
}

/// Compresses every text with codes fitted to all of them together.
pub fn pack(texts: &[&[u8]]) -> Packed {
    // A greedy parse prices the symbols; each optimal parse under those prices gives better
    // ones for the next round.
    let dictionary = dictionary(texts);
    let inputs: Vec<Vec<u8>> = texts
        .iter()
        .map(|text| [&dictionary, *text].concat())
        .collect();
    let start = dictionary.len();
    let mut parses: Vec<Vec<Token>> = inputs.iter().map(|input| parse(input, start)).collect();
    let (mut literal_lengths, mut distance_lengths) = fitted_codes(&parses);
    for _ in 0..3 {
        parses = inputs
            .iter()
            .map(|input| optimal_parse(input, start, &literal_lengths, &distance_lengths))
            .collect();
        (literal_lengths, distance_lengths) = fitted_codes(&parses);
    }
    let literal_codes = canonical_codes(&literal_lengths);
    let distance_codes = canonical_codes(&distance_lengths);
    let modules = parses
        .iter()
        .map(|tokens| {
            let mut out = BitWriter::default();
            for token in tokens {
                match *token {
                    Token::Literal(byte) => {
                        let (code, bits) = literal_codes[byte as usize];
                        out.put(code, bits);
                    }
                    Token::Match { length, distance } => {
                        for (value, codes, base) in [
                            (length - 2, &literal_codes, 256),
                            (distance, &distance_codes, 0),
                        ] {
                            let bucket = bit_length(value);
                            let (code, bits) = codes[base + bucket];
                            out.put(code, bits);
                            out.put(value as u32, bucket - 1);
                        }
                    }
                    Token::Dictionary { length, offset } => {
                        let bucket = bit_length(length - 2);
                        let (code, bits) = literal_codes[256 + bucket];
                        out.put(code, bits);
                        out.put((length - 2) as u32, bucket - 1);
                        let (code, bits) = distance_codes[0];
                        out.put(code, bits);
                        out.put(offset as u32, dictionary_offset_bits(dictionary.len()));
                    }
                }
            }
            out.bytes
        })
        .collect();
    Packed {
        modules,
        dictionary,
        literal_length: decode_table(&literal_lengths),
        distance: decode_table(&distance_lengths),
    }
}
