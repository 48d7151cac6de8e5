//! What a person takes to a clinician, all made on the device: nothing is
//! uploaded, no server is asked.
//!
//! - [`summary`]: a plain-text summary, readable in a text message or an email.
//! - [`fhir`]: FHIR R4 JSON: a Bundle for the file download (and
//!   `assess --fhir`) holding the Questionnaire (items, types, options, skip
//!   logic), the QuestionnaireResponse and the assessment as a RiskAssessment
//!   based on it, each with a narrative in the person's language.
//!
//! Pure Rust like the engine: the date comes from outside, so every output is
//! a function of its inputs and is tested natively.

pub mod fhir;
pub mod summary;

use crate::content::{Lang, UiText};
use crate::engine::{Value, Q};

/// An answer as the person would say it (the same words as the review screen).
pub fn answer_words(lang: &Lang, ui: &UiText, id: Q, value: &Value) -> String {
    match value {
        Value::Bool(true) => ui.yes.to_owned(),
        Value::Bool(false) => ui.no.to_owned(),
        Value::NotSure => ui.not_sure.to_owned(),
        Value::Int(n) => n.to_string(),
        Value::Choice(o) => lang.options_words(id, &[*o]),
        Value::Multi(os) => lang.options_words(id, os),
    }
}

/// A date in words in the language of `lang` ("25 November 2026",
/// "25 de noviembre de 2026"), from the content's month names: no `Intl`, whose
/// first call in a page costs tens of milliseconds on a slow phone.
/// `month` counts from 1; out-of-range months fall back to the number.
pub fn date_words(lang: &Lang, year: u32, month: u32, day: u32) -> String {
    let t = lang.export;
    let name = month
        .checked_sub(1)
        .and_then(|m| t.months.get(m as usize))
        .map_or_else(|| month.to_string(), |m| (*m).to_owned());
    t.date_words
        .replace("{day}", &day.to_string())
        .replace("{month}", &name)
        .replace("{year}", &year.to_string())
}
