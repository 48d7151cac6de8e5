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

use std::collections::BTreeMap;
use std::fmt;

use serde::de::{self, Deserialize, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
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
        Answers::from_raw(raw.0).map_err(|errors| {
            de::Error::custom(
                errors
                    .iter()
                    .map(AnswerError::to_string)
                    .collect::<Vec<_>>()
                    .join("\n"),
            )
        })
    }
}

/// A JSON object of answers before checking: question name to raw value, in
/// name order (so problems are reported in a stable order).
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[serde(transparent)]
pub struct RawAnswers(pub BTreeMap<String, RawValue>);

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

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<RawValue, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(RawValue::Other("object"))
    }
}
