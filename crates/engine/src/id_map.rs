//! A map from question id to value, kept as a vector sorted by id.
//!
//! The widget holds a few dozen entries at most. Lookups scan for an equal id
//! (one byte compare each), faster than a binary search over so few, and than
//! `BTreeMap`; the vector also ships far less wasm than a B-tree (kilobytes
//! per value type).

use crate::questions::Q;

/// Question id to `V`, iterated in the question table's order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IdMap<V> {
    entries: Vec<(Q, V)>,
}

impl<V> Default for IdMap<V> {
    fn default() -> Self {
        Self {
            entries: Vec::new(),
        }
    }
}

impl<V> IdMap<V> {
    pub fn new() -> Self {
        Self::default()
    }

    fn find(&self, id: Q) -> Option<usize> {
        self.entries.iter().position(|(k, _)| *k == id)
    }

    /// Sets `id` to `value`, returning the value it replaced. New ids go in
    /// id order, so iteration is sorted.
    pub fn insert(&mut self, id: Q, value: V) -> Option<V> {
        if let Some(i) = self.find(id) {
            return Some(std::mem::replace(&mut self.entries[i].1, value));
        }
        let at = self.entries.partition_point(|(k, _)| *k < id);
        self.entries.insert(at, (id, value));
        None
    }

    pub fn remove(&mut self, id: Q) -> Option<V> {
        self.find(id).map(|i| self.entries.remove(i).1)
    }

    pub fn get(&self, id: Q) -> Option<&V> {
        self.find(id).map(|i| &self.entries[i].1)
    }

    pub fn contains_key(&self, id: Q) -> bool {
        self.find(id).is_some()
    }

    pub fn clear(&mut self) {
        self.entries.clear();
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn iter(&self) -> impl Iterator<Item = (Q, &V)> {
        self.entries.iter().map(|(k, v)| (*k, v))
    }
}

#[cfg(test)]
mod tests {
    use super::IdMap;
    use crate::questions::Q;

    #[test]
    fn behaves_like_a_sorted_map() {
        let mut m = IdMap::new();
        assert_eq!(m.insert(Q::PainNow, 1), None);
        assert_eq!(m.insert(Q::Age, 2), None);
        assert_eq!(m.insert(Q::Fever, 3), None);
        assert_eq!(m.insert(Q::Age, 4), Some(2));
        assert_eq!(
            m.iter().map(|(k, _)| k).collect::<Vec<_>>(),
            [Q::Age, Q::PainNow, Q::Fever]
        );
        assert_eq!(m.get(Q::Age), Some(&4));
        assert!(m.contains_key(Q::Fever));
        assert_eq!(m.remove(Q::Fever), Some(3));
        assert_eq!(m.remove(Q::Fever), None);
        assert_eq!(m.len(), 2);
        m.clear();
        assert!(m.is_empty());
    }
}
