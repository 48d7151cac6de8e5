//! Helpers shared by the widget's integration tests: the engine's own test
//! helpers, and the words of each language.
#![allow(dead_code, unused_imports)]

#[path = "../../crates/engine/tests/common/mod.rs"]
mod engine;
pub use engine::*;

use back_pain_check::content::{bundled, Lang};

/// The English words.
pub fn en() -> &'static Lang {
    bundled("en")
}

/// The Spanish words.
pub fn es() -> &'static Lang {
    bundled("es")
}

/// Every `.rs` file below `dir`, recursively (none when `dir` is missing).
pub fn rust_files(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}
