//! A sorted set of names for the symbol table's scope analysis.
//!
//! A sorted `Vec` with binary search: it iterates in the same (sorted) order as the
//! `BTreeSet<String>` it replaces, so free and cell variables keep their slot order, and it
//! costs a few hundred bytes of flash where the B-tree's code cost ~6 KB. Scopes hold tens of
//! names, rarely thousands, so the O(n) insert does not matter.

use crate::ast::Ident;
use alloc::vec::Vec;

#[derive(Clone, Default)]
pub(crate) struct NameSet(Vec<Ident>);

impl NameSet {
    pub(crate) fn new() -> NameSet {
        NameSet(Vec::new())
    }

    fn position(&self, name: &str) -> Result<usize, usize> {
        self.0.binary_search_by(|probe| probe.as_str().cmp(name))
    }

    pub(crate) fn contains(&self, name: &str) -> bool {
        self.position(name).is_ok()
    }

    /// Adds `name`; false when it was there already.
    pub(crate) fn insert(&mut self, name: Ident) -> bool {
        match self.position(&name) {
            Ok(_) => false,
            Err(index) => {
                self.0.insert(index, name);
                true
            }
        }
    }

    /// Removes `name`; false when it was not there.
    pub(crate) fn remove(&mut self, name: &str) -> bool {
        match self.position(name) {
            Ok(index) => {
                self.0.remove(index);
                true
            }
            Err(_) => false,
        }
    }

    pub(crate) fn len(&self) -> usize {
        self.0.len()
    }

    pub(crate) fn clear(&mut self) {
        self.0.clear();
    }

    pub(crate) fn iter(&self) -> core::slice::Iter<'_, Ident> {
        self.0.iter()
    }
}

impl Extend<Ident> for NameSet {
    fn extend<I: IntoIterator<Item = Ident>>(&mut self, names: I) {
        for name in names {
            self.insert(name);
        }
    }
}

impl IntoIterator for NameSet {
    type Item = Ident;
    type IntoIter = alloc::vec::IntoIter<Ident>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

impl<'a> IntoIterator for &'a NameSet {
    type Item = &'a Ident;
    type IntoIter = core::slice::Iter<'a, Ident>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}
