//! back-pain-check: a privacy-first low back pain self-assessment widget.
//!
//! A short questionnaire is scored entirely on the device: no answer ever
//! leaves the browser.
//!
//! - [`element`]: the custom element's public interface as data (events,
//!   property, method, CSS custom properties, parts), for its manifest.
//! - [`engine`]: the assessment engine, pure Rust (answers in, assessment out),
//!   the crate `crates/engine`.
//! - [`content`]: the words of questions and advice, per language, as data.
//! - [`export`]: what a person takes to a clinician, made on the device: a
//!   plain-text summary and FHIR R4 resources (Questionnaire, QuestionnaireResponse).
//! - [`flow`]: the questionnaire's steps and navigation, as a pure reducer.
//! - [`markup`]: an escaping HTML writer for the read-only screens (review,
//!   result, body diagram), which the browser parses in one go.
//! - [`settings`]: the host page's attributes, checked.
//! - [`storage`]: the record kept on the device, only with the person's consent.
//! - `ui` (browser only): Yew function components that render the flow's state.
//! - `embed` (browser only): the entry point that mounts the widget.

#![forbid(unsafe_code)]

/// Every word, per language (`crates/content`): knows only the engine.
pub use back_pain_check_content as content;
/// The assessment engine, its own crate (`crates/engine`) so that it cannot
/// reach the widget.
pub use back_pain_check_engine as engine;
/// The questionnaire as a pure reducer (`crates/flow`): knows only the engine.
pub use back_pain_check_flow as flow;

pub mod element;
pub mod export;
pub mod markup;
pub mod settings;
pub mod storage;

#[cfg(target_arch = "wasm32")]
pub mod ui;

#[cfg(target_arch = "wasm32")]
mod embed;
