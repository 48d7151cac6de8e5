//! Helpers shared by the widget's integration tests: the engine's own test
//! helpers, and the words of each language.
#![allow(dead_code, unused_imports)]

#[path = "../../crates/engine/tests/common/mod.rs"]
mod engine;
pub use engine::*;

use back_pain_check::content::{texts, Lang};

/// The English words.
pub fn en() -> &'static Lang {
    texts("en").lang
}

/// The Spanish words.
pub fn es() -> &'static Lang {
    texts("es").lang
}
