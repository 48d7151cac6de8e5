//! The languages the widget has read from their files (see `asset.rs`),
//! and the lookup of a language by code over them and the bundled ones.

use std::cell::RefCell;

use super::asset::{decode, language_of, TextsError};
use super::Lang;

thread_local! {
    /// Every language read so far, once each. The page has one thread.
    static LOADED: RefCell<Vec<&'static Lang>> = const { RefCell::new(Vec::new()) };
}

/// Reads a language file (fetched by the loader) and keeps its language
/// for [`lang`]. A language already there is kept as it was.
pub fn add(file: String) -> Result<&'static Lang, TextsError> {
    if let Some(l) = lang(language_of(&file)?.code) {
        return Ok(l);
    }
    // The tables borrow their strings from the file, which lives as long
    // as the page (see asset.rs).
    let l: &'static Lang = Box::leak(Box::new(decode(Box::leak(file.into_boxed_str()))?));
    LOADED.with(|loaded| loaded.borrow_mut().push(l));
    Ok(l)
}

/// The words of the language with this code, if they are here: read from
/// its file, or compiled in (the `bundled` feature).
pub fn lang(code: &str) -> Option<&'static Lang> {
    let loaded = LOADED.with(|loaded| loaded.borrow().iter().copied().find(|l| l.code == code));
    #[cfg(feature = "bundled")]
    let loaded = loaded.or_else(|| super::BUNDLED.iter().copied().find(|l| l.code == code));
    loaded
}
