//! The contract's answers in JSON, through serde.
//!
//! Reading is in two steps so that every problem is reported, not just the
//! first: serde turns the JSON into unchecked [`RawValue`]s (any JSON value
//! is accepted, and its type named for the message), then
//! [`Answers::from_raw`] checks each against the question table.
//!
//! ```
//! use back_pain_check_engine::{Answers, Q};
//! let a: Answers = serde_json::from_str(r#"{"age": 40, "fever": "not_sure"}"#).unwrap();
//! assert_eq!(a.int(Q::Age), Some(40));
//! assert!(a.not_sure(Q::Fever));
//! assert_eq!(serde_json::to_string(&a).unwrap(), r#"{"age":40,"fever":"not_sure"}"#);
//! let e = serde_json::from_str::<Answers>(r#"{"age": 400, "fevr": true}"#).unwrap_err();
//! assert!(e.to_string().contains("\"age\": 400 is out of range"));
//! ```

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::ser::{Serialize, SerializeMap, Serializer};

use crate::answers::{AnswerError, Answers, RawValue, Value};
use crate::questions::NOT_SURE;

impl Serialize for Value {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Value::Bool(b) => s.serialize_bool(*b),
            Value::Int(n) => s.serialize_i64(*n),
            Value::Choice(o) => o.serialize(s),
            Value::Multi(items) => items.serialize(s),
            Value::NotSure => s.serialize_str(NOT_SURE),
        }
    }
}

/// The answers as a JSON object, in the contract's input shape (question
/// table order).
impl Serialize for Answers {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(self.len()))?;
        for (id, value) in self.iter() {
            map.serialize_entry(&id, value)?;
        }
        map.end()
    }
}

impl Answers {
    /// The answers as compact JSON, in the contract's input shape.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}

/// Checked answers: fails with every problem, one line each.
impl<'de> Deserialize<'de> for Answers {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw = RawAnswers::deserialize(d)?;
        Answers::from_raw(raw.0).map_err(|errors| de::Error::custom(InputError::Answers(errors)))
    }
}

/// A JSON object of answers before checking: question name to raw value, in
/// name order (so problems are reported in a stable order).
///
/// Reading one refuses a key given twice, at any depth: keeping either copy
/// could hide a "yes" to a warning sign (2026-12-02 rules). serde_json's own
/// maps keep the last copy silently, so read answers from the text (as
/// [`read_answers`] does), not from a `serde_json::Value`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RawAnswers(pub BTreeMap<String, RawValue>);

impl<'de> Deserialize<'de> for RawAnswers {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(ObjectVisitor)
    }
}

/// The top level: an object, each key once; anything else is named by its
/// type, never echoed (a 50 MB string stays out of the message).
struct ObjectVisitor;

const NOT_AN_OBJECT: &str = "must hold a JSON object of answers (question id to value), not";

fn not_an_object<E: de::Error>(what: &str) -> E {
    E::custom(format_args!("{NOT_AN_OBJECT} {what}"))
}

impl<'de> Visitor<'de> for ObjectVisitor {
    type Value = RawAnswers;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON object of answers (question id to value)")
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<RawAnswers, E> {
        Err(not_an_object("a boolean"))
    }

    fn visit_i64<E: de::Error>(self, _: i64) -> Result<RawAnswers, E> {
        Err(not_an_object("a number"))
    }

    fn visit_u64<E: de::Error>(self, _: u64) -> Result<RawAnswers, E> {
        Err(not_an_object("a number"))
    }

    fn visit_f64<E: de::Error>(self, _: f64) -> Result<RawAnswers, E> {
        Err(not_an_object("a number"))
    }

    fn visit_str<E: de::Error>(self, _: &str) -> Result<RawAnswers, E> {
        Err(not_an_object("a string"))
    }

    fn visit_unit<E: de::Error>(self) -> Result<RawAnswers, E> {
        Err(not_an_object("null"))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, _: A) -> Result<RawAnswers, A::Error> {
        Err(not_an_object("an array"))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<RawAnswers, A::Error> {
        let mut out = BTreeMap::new();
        while let Some(key) = map.next_key::<String>()? {
            if out.contains_key(&key) {
                return Err(duplicate(&key));
            }
            let value = map.next_value()?;
            out.insert(key, value);
        }
        Ok(RawAnswers(out))
    }
}

fn duplicate<E: de::Error>(key: &str) -> E {
    E::custom(format_args!(
        "{} is given twice: an answer may appear once",
        Echo(key)
    ))
}

/// Any JSON value inside an answer, read only to refuse a duplicate key in a
/// nested object (the value itself is not an answer: its type is named).
struct Unique;

impl<'de> Deserialize<'de> for Unique {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(UniqueVisitor)
    }
}

struct UniqueVisitor;

impl<'de> Visitor<'de> for UniqueVisitor {
    type Value = Unique;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E>(self, _: bool) -> Result<Unique, E> {
        Ok(Unique)
    }

    fn visit_i64<E>(self, _: i64) -> Result<Unique, E> {
        Ok(Unique)
    }

    fn visit_u64<E>(self, _: u64) -> Result<Unique, E> {
        Ok(Unique)
    }

    fn visit_f64<E>(self, _: f64) -> Result<Unique, E> {
        Ok(Unique)
    }

    fn visit_str<E>(self, _: &str) -> Result<Unique, E> {
        Ok(Unique)
    }

    fn visit_unit<E>(self) -> Result<Unique, E> {
        Ok(Unique)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Unique, A::Error> {
        while seq.next_element::<Unique>()?.is_some() {}
        Ok(Unique)
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Unique, A::Error> {
        unique_keys(map).map(|()| Unique)
    }
}

/// Reads every entry of a nested object, refusing a key given twice.
fn unique_keys<'de, A: MapAccess<'de>>(mut map: A) -> Result<(), A::Error> {
    let mut keys = BTreeSet::new();
    while let Some(key) = map.next_key::<String>()? {
        if keys.contains(&key) {
            return Err(duplicate(&key));
        }
        map.next_value::<Unique>()?;
        keys.insert(key);
    }
    Ok(())
}

/// Text from outside, echoed in a message: quoted, escaped (one line stays one
/// line) and cut to [`Echo::MAX_CHARS`] characters.
pub(crate) struct Echo<'a>(pub &'a str);

impl Echo<'_> {
    /// How many characters of an echoed value a message shows.
    pub const MAX_CHARS: usize = 40;
}

impl fmt::Display for Echo<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("\"")?;
        let mut chars = self.0.chars();
        for c in chars.by_ref().take(Self::MAX_CHARS) {
            write!(f, "{}", c.escape_debug())?;
        }
        if chars.next().is_some() {
            f.write_str("...")?;
        }
        f.write_str("\"")
    }
}

/// The most problems a report lists, one line each; the rest are counted.
pub const MAX_ERROR_LINES: usize = 20;

/// Why a text of answers was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InputError {
    /// Not JSON (serde_json's message, with the line and column).
    NotJson(String),
    /// JSON, but not an object of answers, or with a key given twice.
    Shape(String),
    /// An object of answers with problems, one per answer.
    Answers(Vec<AnswerError>),
}

impl InputError {
    /// One line per problem, for a report about `source` (a file name):
    /// at most [`MAX_ERROR_LINES`], then "and N more problems".
    pub fn lines(&self, source: &str) -> Vec<String> {
        match self {
            InputError::NotJson(e) => vec![format!("{source} is not valid JSON: {e}")],
            InputError::Shape(e) => vec![format!("{source}: {e}")],
            InputError::Answers(errors) => {
                let mut lines: Vec<String> = errors
                    .iter()
                    .take(MAX_ERROR_LINES)
                    .map(ToString::to_string)
                    .collect();
                if errors.len() > MAX_ERROR_LINES {
                    lines.push(format!(
                        "and {} more problems",
                        errors.len() - MAX_ERROR_LINES
                    ));
                }
                lines
            }
        }
    }
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.lines("the answers").join("\n"))
    }
}

impl std::error::Error for InputError {}

/// Reads answers from JSON text, the way every input from outside should be
/// read: a UTF-8 byte-order mark first is skipped; a key given twice, at any
/// depth, is refused; then every answer is checked.
///
/// ```
/// use back_pain_check_engine::{read_answers, InputError, Q};
/// let a = read_answers("\u{feff}{\"saddle_numbness\": true}").unwrap();
/// assert!(a.yes(Q::SaddleNumbness));
/// let e = read_answers(r#"{"saddle_numbness": true, "saddle_numbness": false}"#).unwrap_err();
/// assert!(matches!(e, InputError::Shape(_)));
/// assert!(e.to_string().contains("\"saddle_numbness\" is given twice"));
/// ```
pub fn read_answers(text: &str) -> Result<Answers, InputError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let raw: RawAnswers = serde_json::from_str(text).map_err(|e| match e.classify() {
        serde_json::error::Category::Data => InputError::Shape(e.to_string()),
        _ => InputError::NotJson(e.to_string()),
    })?;
    raw.check().map_err(InputError::Answers)
}

impl RawAnswers {
    /// Checks every answer, collecting all problems.
    pub fn check(&self) -> Result<Answers, Vec<AnswerError>> {
        Answers::from_raw(self.0.iter().map(|(id, v)| (id, v.clone())))
    }
}

/// Any JSON value: the types answers can have are kept, the others named.
impl<'de> Deserialize<'de> for RawValue {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(RawVisitor)
    }
}

struct RawVisitor;

impl<'de> Visitor<'de> for RawVisitor {
    type Value = RawValue;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E>(self, b: bool) -> Result<RawValue, E> {
        Ok(RawValue::Bool(b))
    }

    fn visit_i64<E>(self, n: i64) -> Result<RawValue, E> {
        Ok(RawValue::Int(n))
    }

    fn visit_u64<E>(self, n: u64) -> Result<RawValue, E> {
        // A whole number too large for i64 is still no valid answer.
        Ok(i64::try_from(n).map_or(RawValue::Other("integer too large"), RawValue::Int))
    }

    fn visit_f64<E>(self, _: f64) -> Result<RawValue, E> {
        Ok(RawValue::Other("number with a fraction"))
    }

    fn visit_str<E>(self, s: &str) -> Result<RawValue, E> {
        Ok(RawValue::Str(s.to_owned()))
    }

    fn visit_string<E>(self, s: String) -> Result<RawValue, E> {
        Ok(RawValue::Str(s))
    }

    fn visit_unit<E>(self) -> Result<RawValue, E> {
        Ok(RawValue::Other("null"))
    }

    fn visit_none<E>(self) -> Result<RawValue, E> {
        Ok(RawValue::Other("null"))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<RawValue, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(RawValue::List(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<RawValue, A::Error> {
        unique_keys(map)?;
        Ok(RawValue::Other("object"))
    }
}
