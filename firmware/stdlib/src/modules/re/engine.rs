//! The regular-expression machine: a `Node` tree compiled to instructions, run by a
//! backtracking matcher with an explicit stack (no recursion per character, so a long
//! subject cannot overflow the machine stack; only look-arounds recurse, once per nesting
//! level of the pattern).
//!
//! Positions are byte offsets into the subject: UTF-8 text for a `str`, raw bytes for a
//! bytes-like subject (each byte one character).

use alloc::vec::Vec;

use super::parse::{flag, nullable, Assertion, ClassItem, ClassSet, Node, UNBOUNDED};

/// A matcher of exactly one character.
#[derive(Clone, Copy, Debug)]
pub enum Single {
    Char(char),
    /// Case-insensitive: holds the folded char.
    CharFold(char),
    /// Any character except `\n`.
    Any,
    /// Any character at all (DOTALL).
    AnyAll,
    /// Index into `Program::classes`; true: case-insensitive.
    Class(u16, bool),
}

#[derive(Clone, Copy, Debug)]
pub enum Inst {
    One(Single),
    /// A repeat of a one-character matcher: no stack entry per character.
    Repeat {
        single: Single,
        min: u32,
        max: u32,
        greedy: bool,
    },
    Assert(Assertion),
    /// Try `first`, on failure `second`.
    Split {
        first: u32,
        second: u32,
    },
    Jump(u32),
    /// Record the position in a capture slot (2g: start of group g, 2g+1: end).
    Save(u32),
    Backref {
        group: u32,
        fold: bool,
    },
    /// Remember where an iteration of a loop that could match empty began.
    LoopStart(u32),
    /// After such an iteration: go `again` if it consumed something, else fall through.
    LoopCheck {
        register: u32,
        again: u32,
    },
    /// A look-around whose program follows and ends in `Succeed`; continue at `end`.
    Look {
        behind: bool,
        negate: bool,
        width: u32,
        end: u32,
    },
    /// An atomic group whose program follows and ends in `Succeed`: its first match, then
    /// on at `end`.
    Atomic {
        end: u32,
    },
    /// `(?(g)...)`: fall through if group g matched, else go to `no`.
    GroupTest {
        group: u32,
        no: u32,
    },
    Succeed,
    Match,
}

pub struct Program {
    pub insts: Vec<Inst>,
    pub classes: Vec<ClassSet>,
    pub groups: usize,
    pub registers: usize,
    /// `\w`, `\d`, `\s` and case folding are ASCII-only.
    pub ascii: bool,
    /// Every match starts at the beginning of the subject (`\A`, `^` without MULTILINE).
    pub anchored: bool,
}

/// The program would be too large (counted repeats of long subpatterns).
pub struct TooLarge;

#[cfg(target_pointer_width = "64")]
const MAX_INSTRUCTIONS: usize = 100_000;
#[cfg(not(target_pointer_width = "64"))]
const MAX_INSTRUCTIONS: usize = 4_000;

struct Compiler {
    insts: Vec<Inst>,
    classes: Vec<ClassSet>,
    registers: usize,
}

pub fn compile(
    node: &Node,
    groups: usize,
    flags: u32,
    is_bytes: bool,
) -> Result<Program, TooLarge> {
    let mut compiler = Compiler {
        insts: Vec::new(),
        classes: Vec::new(),
        registers: 0,
    };
    compiler.node(node)?;
    compiler.push(Inst::Match)?;
    let anchored = starts_anchored(node);
    Ok(Program {
        insts: compiler.insts,
        classes: compiler.classes,
        groups,
        registers: compiler.registers,
        ascii: is_bytes || flags & flag::ASCII != 0,
        anchored,
    })
}

fn starts_anchored(node: &Node) -> bool {
    match node {
        Node::Assert(Assertion::StartText) => true,
        Node::Concat(items) => items.first().is_some_and(starts_anchored),
        Node::Group { node, .. } | Node::Atomic(node) => starts_anchored(node),
        Node::Alternate(branches) => branches.iter().all(starts_anchored),
        _ => false,
    }
}

impl Compiler {
    fn push(&mut self, inst: Inst) -> Result<u32, TooLarge> {
        if self.insts.len() >= MAX_INSTRUCTIONS {
            return Err(TooLarge);
        }
        self.insts.push(inst);
        Ok(self.insts.len() as u32 - 1)
    }

    fn here(&self) -> u32 {
        self.insts.len() as u32
    }

    fn patch(&mut self, at: u32, inst: Inst) {
        self.insts[at as usize] = inst;
    }

    fn single(&mut self, node: &Node) -> Option<Single> {
        Some(match node {
            Node::Char { c, fold: false } => Single::Char(*c),
            Node::Char { c, fold: true } => Single::CharFold(*c),
            Node::Any { dotall: false } => Single::Any,
            Node::Any { dotall: true } => Single::AnyAll,
            Node::Class { set, fold } => {
                let index = self.classes.len() as u16;
                self.classes.push((**set).clone());
                Single::Class(index, *fold)
            }
            _ => return None,
        })
    }

    fn node(&mut self, node: &Node) -> Result<(), TooLarge> {
        match node {
            Node::Empty => {}
            Node::Char { .. } | Node::Any { .. } | Node::Class { .. } => {
                if let Some(single) = self.single(node) {
                    self.push(Inst::One(single))?;
                }
            }
            Node::Assert(kind) => {
                self.push(Inst::Assert(*kind))?;
            }
            Node::Group { node, index } => match index {
                Some(g) => {
                    self.push(Inst::Save(2 * *g as u32))?;
                    self.node(node)?;
                    self.push(Inst::Save(2 * *g as u32 + 1))?;
                }
                None => self.node(node)?,
            },
            Node::Concat(items) => {
                for item in items {
                    self.node(item)?;
                }
            }
            Node::Alternate(branches) => {
                let mut jumps = Vec::new();
                for (i, branch) in branches.iter().enumerate() {
                    if i + 1 < branches.len() {
                        let split = self.push(Inst::Jump(0))?;
                        self.node(branch)?;
                        jumps.push(self.push(Inst::Jump(0))?);
                        let next = self.here();
                        self.patch(
                            split,
                            Inst::Split {
                                first: split + 1,
                                second: next,
                            },
                        );
                    } else {
                        self.node(branch)?;
                    }
                }
                let end = self.here();
                for jump in jumps {
                    self.patch(jump, Inst::Jump(end));
                }
            }
            Node::Repeat {
                node,
                min,
                max,
                greedy,
            } => self.repeat(node, *min, *max, *greedy)?,
            Node::Backref { group, fold } => {
                self.push(Inst::Backref {
                    group: *group as u32,
                    fold: *fold,
                })?;
            }
            Node::Look {
                node,
                behind,
                negate,
            } => {
                let width = if *behind {
                    super::parse::fixed_width(node).unwrap_or(0) as u32
                } else {
                    0
                };
                let look = self.push(Inst::Jump(0))?;
                self.node(node)?;
                self.push(Inst::Succeed)?;
                let end = self.here();
                self.patch(
                    look,
                    Inst::Look {
                        behind: *behind,
                        negate: *negate,
                        width,
                        end,
                    },
                );
            }
            Node::Atomic(node) => {
                let atomic = self.push(Inst::Jump(0))?;
                self.node(node)?;
                self.push(Inst::Succeed)?;
                let end = self.here();
                self.patch(atomic, Inst::Atomic { end });
            }
            Node::Conditional { group, yes, no } => {
                let test = self.push(Inst::Jump(0))?;
                self.node(yes)?;
                let jump = self.push(Inst::Jump(0))?;
                let no_start = self.here();
                self.node(no)?;
                let end = self.here();
                self.patch(
                    test,
                    Inst::GroupTest {
                        group: *group as u32,
                        no: no_start,
                    },
                );
                self.patch(jump, Inst::Jump(end));
            }
        }
        Ok(())
    }

    fn repeat(&mut self, node: &Node, min: u32, max: u32, greedy: bool) -> Result<(), TooLarge> {
        if let Some(single) = self.single(node) {
            self.push(Inst::Repeat {
                single,
                min,
                max,
                greedy,
            })?;
            return Ok(());
        }
        for _ in 0..min {
            self.node(node)?;
        }
        if max == UNBOUNDED {
            // loop: Split(body, exit); body; (empty-iteration check); Jump loop
            let can_be_empty = nullable(node);
            let split = self.push(Inst::Jump(0))?;
            let register = self.registers as u32;
            if can_be_empty {
                self.registers += 1;
                self.push(Inst::LoopStart(register))?;
            }
            self.node(node)?;
            if can_be_empty {
                self.push(Inst::LoopCheck {
                    register,
                    again: split,
                })?;
            } else {
                self.push(Inst::Jump(split))?;
            }
            let exit = self.here();
            self.patch(split, split_inst(split + 1, exit, greedy));
            return Ok(());
        }
        // Up to max - min optional copies, each entered only if the previous one was.
        let mut splits = Vec::new();
        for _ in min..max {
            splits.push(self.push(Inst::Jump(0))?);
            self.node(node)?;
        }
        let exit = self.here();
        for split in splits {
            self.patch(split, split_inst(split + 1, exit, greedy));
        }
        Ok(())
    }
}

fn split_inst(body: u32, exit: u32, greedy: bool) -> Inst {
    if greedy {
        Inst::Split {
            first: body,
            second: exit,
        }
    } else {
        Inst::Split {
            first: exit,
            second: body,
        }
    }
}

// ----- matching -----------------------------------------------------------------------------

/// A saved alternative, or an undo record.
#[derive(Clone, Copy)]
enum Backtrack {
    Branch {
        pc: u32,
        pos: usize,
    },
    Restore {
        slot: u32,
        value: usize,
    },
    /// A greedy repeat that may give back characters: `count` matched, ending at `pos`.
    Greedy {
        pc: u32,
        pos: usize,
        count: u32,
        min: u32,
    },
    /// A lazy repeat that may take one more character: the repeat is at `pc`.
    Lazy {
        pc: u32,
        pos: usize,
        count: u32,
    },
}

pub const UNSET: usize = usize::MAX;

/// The matcher ran out of memory for its backtracking stack.
pub struct OutOfMemory;

pub struct Matcher<'a> {
    program: &'a Program,
    text: &'a [u8],
    is_bytes: bool,
    /// The subject ends here (`endpos`).
    end: usize,
    /// Capture slots (2 per group incl. group 0), then `lastindex`, then loop registers.
    pub slots: Vec<usize>,
    stack: Vec<Backtrack>,
    stack_limit: usize,
    /// Reject an empty match at this position (after an empty match, when scanning).
    pub must_advance: Option<usize>,
    /// Accept only a match ending here (`fullmatch`).
    pub require_end: Option<usize>,
}

impl<'a> Matcher<'a> {
    pub fn new(
        program: &'a Program,
        text: &'a [u8],
        is_bytes: bool,
        end: usize,
        stack_limit: usize,
    ) -> Matcher<'a> {
        let slot_count = 2 * (program.groups + 1) + 1 + program.registers;
        Matcher {
            program,
            text,
            is_bytes,
            end,
            slots: alloc::vec![UNSET; slot_count],
            stack: Vec::new(),
            stack_limit,
            must_advance: None,
            require_end: None,
        }
    }

    pub fn lastindex_slot(&self) -> usize {
        2 * (self.program.groups + 1)
    }

    /// The character at `pos` and its length (None at the end).
    #[inline]
    fn char_at(&self, pos: usize) -> Option<(char, usize)> {
        if pos >= self.end {
            return None;
        }
        let b = self.text[pos];
        if self.is_bytes || b < 0x80 {
            return Some((b as char, 1));
        }
        let (len, initial) = if b >= 0xf0 {
            (4, (b & 0x07) as u32)
        } else if b >= 0xe0 {
            (3, (b & 0x0f) as u32)
        } else {
            (2, (b & 0x1f) as u32)
        };
        let mut code = initial;
        for i in 1..len {
            let next = *self.text.get(pos + i)?;
            code = (code << 6) | (next & 0x3f) as u32;
        }
        Some((char::from_u32(code).unwrap_or('\u{fffd}'), len))
    }

    /// The character before `pos` (the text before the search start is visible).
    fn char_before(&self, pos: usize) -> Option<char> {
        if pos == 0 {
            return None;
        }
        let start = self.prev_boundary(pos);
        let saved_end = self.end;
        let _ = saved_end;
        let b = self.text[start];
        if self.is_bytes || b < 0x80 {
            return Some(b as char);
        }
        core::str::from_utf8(&self.text[start..pos])
            .ok()
            .and_then(|s| s.chars().next())
    }

    fn prev_boundary(&self, pos: usize) -> usize {
        let mut p = pos - 1;
        if !self.is_bytes {
            while p > 0 && self.text[p] & 0xc0 == 0x80 {
                p -= 1;
            }
        }
        p
    }

    /// The next position where a match may start (a character boundary).
    pub fn next_start(&self, pos: usize) -> usize {
        match self.char_at(pos) {
            Some((_, len)) => pos + len,
            None => pos + 1,
        }
    }

    fn is_word(&self, c: char) -> bool {
        if self.program.ascii {
            c.is_ascii_alphanumeric() || c == '_'
        } else {
            c.is_alphanumeric() || c == '_'
        }
    }

    fn fold(&self, c: char) -> char {
        // Through the upper case: characters sharing one are the same letter (`ſ` and `s`,
        // `µ` and `μ`, `ς` and `σ`), as in CPython's equivalence table.
        self.lower(self.upper(c))
    }

    fn lower(&self, c: char) -> char {
        match c {
            _ if self.program.ascii => c.to_ascii_lowercase(),
            'İ' => 'i', // (its full lower case is two characters)
            _ => crate::obj::case::simple_lower(c),
        }
    }

    fn upper(&self, c: char) -> char {
        if self.program.ascii {
            c.to_ascii_uppercase()
        } else {
            crate::obj::case::simple_upper(c)
        }
    }

    fn class_has(&self, set: &ClassSet, c: char) -> bool {
        let ascii = self.program.ascii;
        let found = set.items.iter().any(|item| match *item {
            ClassItem::Range(low, high) => low <= c && c <= high,
            ClassItem::Digit(negated) => {
                let digit = if ascii {
                    c.is_ascii_digit()
                } else {
                    // Unicode decimal digits (category Nd), as `str.isdecimal`: not `²`.
                    crate::obj::unicode::is_decimal(c)
                };
                digit != negated
            }
            ClassItem::Word(negated) => self.is_word(c) != negated,
            ClassItem::Space(negated) => {
                let space = if ascii {
                    matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c')
                } else {
                    c.is_whitespace() || ('\x1c'..='\x1f').contains(&c)
                };
                space != negated
            }
        });
        found != set.negated
    }

    fn class_matches(&self, index: u16, fold: bool, c: char) -> bool {
        let set = &self.program.classes[index as usize];
        if !fold {
            return self.class_has(set, c);
        }
        // Case-insensitive: the char, its lower and its upper case.
        let negated = set.negated;
        let positive = |x: char| self.class_has(set, x) != negated;
        let hit = positive(c) || positive(self.fold(c)) || positive(self.upper(c));
        hit != negated
    }

    /// Matches one character at `pos`; the position after it.
    #[inline]
    fn single(&self, single: Single, pos: usize) -> Option<usize> {
        let (c, len) = self.char_at(pos)?;
        let ok = match single {
            Single::Char(x) => c == x,
            Single::CharFold(x) => c == x || self.fold(c) == self.fold(x),
            Single::Any => c != '\n',
            Single::AnyAll => true,
            Single::Class(index, fold) => self.class_matches(index, fold, c),
        };
        ok.then_some(pos + len)
    }

    fn assertion(&self, kind: Assertion, pos: usize) -> bool {
        match kind {
            Assertion::StartText => pos == 0,
            Assertion::StartLine => pos == 0 || self.text[pos - 1] == b'\n',
            Assertion::EndText => pos == self.end,
            Assertion::EndTextOrNewline => {
                pos == self.end || (pos + 1 == self.end && self.text[pos] == b'\n')
            }
            Assertion::EndLine => pos == self.end || self.text[pos] == b'\n',
            // (In an empty subject `\B` fails too, as in CPython 3.11.)
            Assertion::NotWordBoundary if self.end == 0 => false,
            Assertion::WordBoundary | Assertion::NotWordBoundary => {
                let before = self.char_before(pos).is_some_and(|c| self.is_word(c));
                let after = self.char_at(pos).is_some_and(|(c, _)| self.is_word(c));
                (before != after) == (kind == Assertion::WordBoundary)
            }
        }
    }

    fn push(&mut self, entry: Backtrack) -> Result<(), OutOfMemory> {
        if self.stack.len() >= self.stack_limit {
            return Err(OutOfMemory);
        }
        self.stack.push(entry);
        Ok(())
    }

    fn set_slot(&mut self, slot: usize, value: usize) -> Result<(), OutOfMemory> {
        let old = self.slots[slot];
        if old != value {
            self.push(Backtrack::Restore {
                slot: slot as u32,
                value: old,
            })?;
            self.slots[slot] = value;
        }
        Ok(())
    }

    /// Tries a match starting exactly at `start`; the end position if it matches.
    pub fn match_at(&mut self, start: usize) -> Result<Option<usize>, OutOfMemory> {
        for slot in self.slots.iter_mut() {
            *slot = UNSET;
        }
        self.stack.clear();
        let found = self.run(0, start, start)?;
        self.stack.clear();
        if let Some(end) = found {
            self.slots[0] = start;
            self.slots[1] = end;
        }
        Ok(found)
    }

    /// Searches from `start`; (match start, match end).
    pub fn search(&mut self, start: usize) -> Result<Option<(usize, usize)>, OutOfMemory> {
        let mut pos = start;
        let first = match self.program.insts.first() {
            Some(Inst::One(Single::Char(c))) if !self.is_bytes || (*c as u32) < 256 => Some(*c),
            _ => None,
        };
        loop {
            if self.program.anchored && pos != 0 {
                return Ok(None);
            }
            if let Some(c) = first {
                // Skip to the next occurrence of the first character.
                let mut buffer = [0u8; 4];
                let needle: &[u8] = if self.is_bytes {
                    buffer[0] = c as u8;
                    &buffer[..1]
                } else {
                    c.encode_utf8(&mut buffer).as_bytes()
                };
                let haystack = &self.text[pos.min(self.end)..self.end];
                match haystack.windows(needle.len()).position(|w| w == needle) {
                    Some(offset) => pos += offset,
                    None => return Ok(None),
                }
            }
            if let Some(end) = self.match_at(pos)? {
                return Ok(Some((pos, end)));
            }
            if pos >= self.end {
                return Ok(None);
            }
            pos = self.next_start(pos);
        }
    }

    /// The backtracking loop: runs from `pc` at `pos` until `Match`/`Succeed` (the end
    /// position) or until every alternative above the current stack depth failed.
    fn run(
        &mut self,
        mut pc: usize,
        mut pos: usize,
        start: usize,
    ) -> Result<Option<usize>, OutOfMemory> {
        let base = self.stack.len();
        loop {
            let ok = match self.program.insts[pc] {
                Inst::One(single) => match self.single(single, pos) {
                    Some(next) => {
                        pos = next;
                        pc += 1;
                        true
                    }
                    None => false,
                },
                Inst::Repeat {
                    single,
                    min,
                    max,
                    greedy,
                } => {
                    let mut count = 0;
                    let mut at = pos;
                    let wanted = if greedy { max } else { min };
                    while count < wanted {
                        match self.single(single, at) {
                            Some(next) => {
                                at = next;
                                count += 1;
                            }
                            None => break,
                        }
                    }
                    if count < min {
                        false
                    } else {
                        if greedy && count > min {
                            self.push(Backtrack::Greedy {
                                pc: pc as u32 + 1,
                                pos: at,
                                count,
                                min,
                            })?;
                        } else if !greedy && count < max {
                            self.push(Backtrack::Lazy {
                                pc: pc as u32,
                                pos: at,
                                count,
                            })?;
                        }
                        pos = at;
                        pc += 1;
                        true
                    }
                }
                Inst::Assert(kind) => {
                    pc += 1;
                    self.assertion(kind, pos)
                }
                Inst::Split { first, second } => {
                    self.push(Backtrack::Branch { pc: second, pos })?;
                    pc = first as usize;
                    true
                }
                Inst::Jump(target) => {
                    pc = target as usize;
                    true
                }
                Inst::Save(slot) => {
                    self.set_slot(slot as usize, pos)?;
                    if slot % 2 == 1 {
                        let lastindex = self.lastindex_slot();
                        self.set_slot(lastindex, slot as usize / 2)?;
                    }
                    pc += 1;
                    true
                }
                Inst::Backref { group, fold } => {
                    let (s, e) = (
                        self.slots[2 * group as usize],
                        self.slots[2 * group as usize + 1],
                    );
                    if s == UNSET || e == UNSET {
                        false
                    } else {
                        match self.backref(s, e, pos, fold) {
                            Some(next) => {
                                pos = next;
                                pc += 1;
                                true
                            }
                            None => false,
                        }
                    }
                }
                Inst::LoopStart(register) => {
                    let slot = self.lastindex_slot() + 1 + register as usize;
                    self.set_slot(slot, pos)?;
                    pc += 1;
                    true
                }
                Inst::LoopCheck { register, again } => {
                    let slot = self.lastindex_slot() + 1 + register as usize;
                    if self.slots[slot] == pos {
                        pc += 1;
                    } else {
                        pc = again as usize;
                    }
                    true
                }
                Inst::Look {
                    behind,
                    negate,
                    width,
                    end,
                } => {
                    let ok = self.look(pc + 1, pos, behind, negate, width)?;
                    pc = end as usize;
                    ok
                }
                Inst::Atomic { end } => match self.atomic(pc + 1, pos)? {
                    Some(after) => {
                        pos = after;
                        pc = end as usize;
                        true
                    }
                    None => false,
                },
                Inst::GroupTest { group, no } => {
                    let matched = self
                        .slots
                        .get(2 * group as usize + 1)
                        .is_some_and(|&e| e != UNSET);
                    pc = if matched { pc + 1 } else { no as usize };
                    true
                }
                Inst::Succeed => return Ok(Some(pos)),
                Inst::Match => {
                    if (self.must_advance == Some(start) && pos == start)
                        || self.require_end.is_some_and(|end| end != pos)
                    {
                        false
                    } else {
                        return Ok(Some(pos));
                    }
                }
            };
            if ok {
                continue;
            }
            // Backtrack to the latest alternative.
            loop {
                if self.stack.len() == base {
                    return Ok(None);
                }
                match self.stack.pop() {
                    Some(Backtrack::Restore { slot, value }) => self.slots[slot as usize] = value,
                    Some(Backtrack::Branch { pc: p, pos: at }) => {
                        pc = p as usize;
                        pos = at;
                        break;
                    }
                    Some(Backtrack::Greedy {
                        pc: p,
                        pos: at,
                        count,
                        min,
                    }) => {
                        let back = self.prev_boundary(at);
                        if count - 1 > min {
                            self.push(Backtrack::Greedy {
                                pc: p,
                                pos: back,
                                count: count - 1,
                                min,
                            })?;
                        }
                        pc = p as usize;
                        pos = back;
                        break;
                    }
                    Some(Backtrack::Lazy {
                        pc: p,
                        pos: at,
                        count,
                    }) => {
                        let Inst::Repeat { single, max, .. } = self.program.insts[p as usize]
                        else {
                            continue;
                        };
                        if let Some(next) = self.single(single, at) {
                            if count + 1 < max {
                                self.push(Backtrack::Lazy {
                                    pc: p,
                                    pos: next,
                                    count: count + 1,
                                })?;
                            }
                            pc = p as usize + 1;
                            pos = next;
                            break;
                        }
                    }
                    None => return Ok(None),
                }
            }
        }
    }

    fn backref(&self, s: usize, e: usize, pos: usize, fold: bool) -> Option<usize> {
        let mut at = pos;
        let mut i = s;
        while i < e {
            let (want, len) = self.char_at_unbounded(i)?;
            let (got, got_len) = self.char_at(at)?;
            // (A group matched again compares lower cases only, as CPython's.)
            if want != got && !(fold && self.lower(want) == self.lower(got)) {
                return None;
            }
            i += len;
            at += got_len;
        }
        Some(at)
    }

    fn char_at_unbounded(&self, pos: usize) -> Option<(char, usize)> {
        if pos >= self.text.len() {
            return None;
        }
        let b = self.text[pos];
        if self.is_bytes || b < 0x80 {
            return Some((b as char, 1));
        }
        let len = if b >= 0xf0 {
            4
        } else if b >= 0xe0 {
            3
        } else {
            2
        };
        let text = core::str::from_utf8(self.text.get(pos..pos + len)?).ok()?;
        text.chars().next().map(|c| (c, len))
    }

    /// Runs a look-around's program at `pos`: true if the assertion holds.
    fn look(
        &mut self,
        pc: usize,
        pos: usize,
        behind: bool,
        negate: bool,
        width: u32,
    ) -> Result<bool, OutOfMemory> {
        let start = if behind {
            let mut at = pos;
            for _ in 0..width {
                if at == 0 {
                    return Ok(negate);
                }
                at = self.prev_boundary(at);
            }
            at
        } else {
            pos
        };
        let base = self.stack.len();
        // A look-behind sees the text up to `pos` only.
        let saved_end = self.end;
        if behind {
            self.end = pos;
        }
        let saved_advance = self.must_advance.take();
        let found = self.run(pc, start, start);
        self.end = saved_end;
        self.must_advance = saved_advance;
        let found = found?.is_some_and(|end| !behind || end == pos);
        self.drop_alternatives(base, found && !negate)?;
        Ok(found != negate)
    }

    /// `(?>…)`: the sub-program at `pc`'s first match from `pos`, its end.
    fn atomic(&mut self, pc: usize, pos: usize) -> Result<Option<usize>, OutOfMemory> {
        let base = self.stack.len();
        let saved_advance = self.must_advance.take();
        let found = self.run(pc, pos, pos);
        self.must_advance = saved_advance;
        let found = found?;
        self.drop_alternatives(base, found.is_some())?;
        Ok(found)
    }

    /// Drops a finished sub-match's alternatives (the stack above `base`); keeps its capture
    /// undo records when its captures stand, else undoes them now.
    fn drop_alternatives(&mut self, base: usize, captures_stand: bool) -> Result<(), OutOfMemory> {
        let mut restores = Vec::new();
        while self.stack.len() > base {
            if let Some(entry) = self.stack.pop() {
                if let Backtrack::Restore { slot, value } = entry {
                    if captures_stand {
                        restores.push(entry);
                    } else {
                        self.slots[slot as usize] = value;
                    }
                }
            }
        }
        for entry in restores.into_iter().rev() {
            self.push(entry)?;
        }
        Ok(())
    }
}
