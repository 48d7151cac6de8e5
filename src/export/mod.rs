//! What a person takes to a clinician, all made on the device: nothing is
//! uploaded, no server is asked.
//!
//! - [`summary`]: a plain-text summary, readable in a text message or an email.
//! - [`fhir`]: FHIR R4 JSON: the Questionnaire (items, types, options, skip
//!   logic) and a QuestionnaireResponse that carries the assessment as a
//!   contained RiskAssessment, and a Bundle holding both for a file download.
//!
//! Pure Rust like the engine: the date comes from outside, so every output is
//! a function of its inputs and is tested natively.

pub mod fhir;
pub mod summary;

use crate::content::{Lang, UiText};
use crate::engine::Value;

/// An answer as the person would say it (the same words as the review screen).
pub fn answer_words(lang: &Lang, ui: &UiText, id: &str, value: &Value) -> String {
    match value {
        Value::Bool(true) => ui.yes.to_owned(),
        Value::Bool(false) => ui.no.to_owned(),
        Value::Int(n) => n.to_string(),
        Value::Choice(o) => lang.option_label(id, o).unwrap_or(o).to_owned(),
        Value::Multi(os) => os
            .iter()
            .map(|o| lang.option_label(id, o).unwrap_or(o))
            .collect::<Vec<_>>()
            .join(", "),
    }
}

/// The widget's words in the language of `lang` (English when it has none).
pub(crate) fn ui_text(lang: &Lang) -> &'static UiText {
    crate::content::texts(lang.code).ui
}

pub(crate) fn result_text(lang: &Lang) -> &'static crate::content::ResultText {
    crate::content::texts(lang.code).result
}
