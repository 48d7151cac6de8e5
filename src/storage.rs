//! The record kept on the device when, and only when, the person agrees
//! (`save="local"` and a "yes" to the question). Pure Rust: the browser glue
//! reads the stored text with the browser's own JSON parser and hands the
//! pieces here, so every odd record is tested natively.

use crate::engine::{AnswerError, Answers, RawValue};

/// Bumped whenever the stored shape or the meaning of an answer changes;
/// records of any other version are ignored, never guessed at.
pub const RECORD_VERSION: i64 = 1;

/// The localStorage key for one element: per page path and element id, so
/// two widgets never share or overwrite each other's answers.
pub fn key(path: &str, element_id: Option<&str>) -> String {
    let id = element_id.filter(|id| !id.is_empty()).unwrap_or("default");
    format!("back-pain-check:v{RECORD_VERSION}:{path}#{id}")
}

/// The stored record's shape, as serde writes it.
#[derive(serde::Serialize)]
struct Record<'a> {
    version: i64,
    answers: &'a Answers,
}

/// The stored text for these answers.
pub fn encode(answers: &Answers) -> String {
    let record = Record {
        version: RECORD_VERSION,
        answers,
    };
    serde_json::to_string(&record).unwrap_or_default()
}

/// A stored record as read back, before it is trusted.
#[derive(Debug, Clone, PartialEq)]
pub struct RawRecord {
    /// `None` when the field is missing or not a whole number.
    pub version: Option<i64>,
    /// `None` when the field is missing or not an object.
    pub answers: Option<Vec<(String, RawValue)>>,
}

/// Why a stored record was ignored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StorageError {
    /// Not JSON, or not the shape we write.
    Unreadable,
    /// Written by another version of the widget.
    OtherVersion,
    /// Answers that the current questions do not accept (edited by hand?).
    Invalid(Vec<AnswerError>),
}

impl std::fmt::Display for StorageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StorageError::Unreadable => {
                f.write_str("the stored record is not one this widget wrote")
            }
            StorageError::OtherVersion => f.write_str("the stored record is from another version"),
            StorageError::Invalid(errors) => {
                f.write_str("the stored answers are not valid: ")?;
                for (i, e) in errors.iter().enumerate() {
                    if i > 0 {
                        f.write_str("; ")?;
                    }
                    write!(f, "{e}")?;
                }
                Ok(())
            }
        }
    }
}

impl std::error::Error for StorageError {}

impl StorageError {
    pub fn id(&self) -> &'static str {
        match self {
            StorageError::Unreadable => "unreadable",
            StorageError::OtherVersion => "other_version",
            StorageError::Invalid(_) => "invalid",
        }
    }
}

/// Checks a stored record. Any problem means the whole record is ignored: a
/// half-trusted health record is worse than none.
pub fn decode(raw: RawRecord) -> Result<Answers, StorageError> {
    match raw.version {
        None => return Err(StorageError::Unreadable),
        Some(RECORD_VERSION) => {}
        Some(_) => return Err(StorageError::OtherVersion),
    }
    let answers = raw.answers.ok_or(StorageError::Unreadable)?;
    Answers::from_raw(answers).map_err(StorageError::Invalid)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{Value, Q};

    fn record(version: Option<i64>, answers: Vec<(&str, RawValue)>) -> RawRecord {
        RawRecord {
            version,
            answers: Some(
                answers
                    .into_iter()
                    .map(|(k, v)| (k.to_owned(), v))
                    .collect(),
            ),
        }
    }

    #[test]
    fn a_good_record_comes_back() {
        let r = record(
            Some(1),
            vec![("age", RawValue::Int(40)), ("fever", RawValue::Bool(false))],
        );
        let a = decode(r).unwrap();
        assert_eq!(a.get(Q::Age), Some(&Value::Int(40)));
        assert_eq!(a.bool(Q::Fever), Some(false));
    }

    #[test]
    fn bad_records_are_ignored_with_a_reason() {
        assert_eq!(
            decode(record(Some(0), vec![])),
            Err(StorageError::OtherVersion)
        );
        assert_eq!(decode(record(None, vec![])), Err(StorageError::Unreadable));
        assert_eq!(
            decode(RawRecord {
                version: Some(1),
                answers: None
            }),
            Err(StorageError::Unreadable)
        );
        let edited = record(Some(1), vec![("age", RawValue::Int(999))]);
        assert_eq!(decode(edited).unwrap_err().id(), "invalid");
    }

    #[test]
    fn encode_writes_the_version_and_the_answers() {
        let mut a = Answers::new();
        a.insert(Q::Age, Value::Int(40));
        assert_eq!(encode(&a), r#"{"version":1,"answers":{"age":40}}"#);
    }

    #[test]
    fn keys_are_per_page_and_element() {
        assert_eq!(key("/check", Some("a")), "back-pain-check:v1:/check#a");
        assert_eq!(key("/check", None), "back-pain-check:v1:/check#default");
        assert_ne!(key("/check", Some("a")), key("/check", Some("b")));
    }
}
