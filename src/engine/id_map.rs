//! A map from question id to value, kept as a vector sorted by id.
//!
//! The widget holds a few dozen entries at most, so a sorted vector is as fast
//! as `BTreeMap` here, and it ships far less code in the wasm (one generic
//! B-tree costs several kilobytes per value type).

/// Question id to `V`, iterated in id order (like `BTreeMap<&str, V>`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IdMap<V> {
    entries: Vec<(&'static str, V)>,
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

    fn find(&self, id: &str) -> Result<usize, usize> {
        self.entries.binary_search_by(|(k, _)| (*k).cmp(id))
    }

    /// Sets `id` to `value`, returning the value it replaced.
    pub fn insert(&mut self, id: &'static str, value: V) -> Option<V> {
        match self.find(id) {
            Ok(i) => Some(std::mem::replace(&mut self.entries[i].1, value)),
            Err(i) => {
                self.entries.insert(i, (id, value));
                None
            }
        }
    }

    pub fn remove(&mut self, id: &str) -> Option<V> {
        self.find(id).ok().map(|i| self.entries.remove(i).1)
    }

    pub fn get(&self, id: &str) -> Option<&V> {
        self.find(id).ok().map(|i| &self.entries[i].1)
    }

    pub fn contains_key(&self, id: &str) -> bool {
        self.find(id).is_ok()
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

    pub fn iter(&self) -> impl Iterator<Item = (&'static str, &V)> {
        self.entries.iter().map(|(k, v)| (*k, v))
    }

    pub fn keys(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.entries.iter().map(|(k, _)| *k)
    }

    pub fn values(&self) -> impl Iterator<Item = &V> {
        self.entries.iter().map(|(_, v)| v)
    }
}

#[cfg(test)]
mod tests {
    use super::IdMap;

    #[test]
    fn behaves_like_a_sorted_map() {
        let mut m = IdMap::new();
        assert_eq!(m.insert("pain_now", 1), None);
        assert_eq!(m.insert("age", 2), None);
        assert_eq!(m.insert("fever", 3), None);
        assert_eq!(m.insert("age", 4), Some(2));
        assert_eq!(m.keys().collect::<Vec<_>>(), ["age", "fever", "pain_now"]);
        assert_eq!(m.get("age"), Some(&4));
        assert!(m.contains_key("fever"));
        assert_eq!(m.remove("fever"), Some(3));
        assert_eq!(m.remove("fever"), None);
        assert_eq!(m.len(), 2);
        m.clear();
        assert!(m.is_empty());
    }
}
