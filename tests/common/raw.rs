//! JSON answers to the engine's `RawValue`s, in one place.
//!
//! Used by the integration tests (through `tests/common/mod.rs`), by the
//! `assess` example and by the bench (both through `#[path]`), so the CLI and
//! the tests read answers exactly the same way.

use back_pain_check::engine::{AnswerError, Answers, RawValue};
use serde_json::{Map, Value as Json};

/// One JSON value as an unchecked answer. Types the engine has no answer for
/// become `RawValue::Other` naming the JSON type, for the error message.
pub fn raw_from_json(v: &Json) -> RawValue {
    match v {
        Json::Bool(b) => RawValue::Bool(*b),
        Json::Number(n) => match n.as_i64() {
            Some(i) => RawValue::Int(i),
            // A whole number too large for i64 is still no valid answer.
            None if n.is_u64() => RawValue::Other("integer too large"),
            None => RawValue::Other("number with a fraction"),
        },
        Json::String(s) => RawValue::Str(s.clone()),
        Json::Array(items) => RawValue::List(items.iter().map(raw_from_json).collect()),
        Json::Null => RawValue::Other("null"),
        Json::Object(_) => RawValue::Other("object"),
    }
}

/// Checks a JSON object of answers (question id to value), collecting every problem.
pub fn answers_from_object(obj: &Map<String, Json>) -> Result<Answers, Vec<AnswerError>> {
    Answers::from_raw(obj.iter().map(|(id, v)| (id, raw_from_json(v))))
}
