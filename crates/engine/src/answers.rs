//! A person's answers, checked against the question table.
//!
//! Values are stored under typed ids ([`Q`], [`Opt`]), so the rules compare
//! small integers and never allocate; names are checked once, on the way in.
//! The contract's JSON shape comes from serde (`serde.rs` beside this file).

use std::fmt;

use super::id_map::IdMap;
use super::json::Echo;
use super::questions::{question_named, Kind, Opt, NOT_SURE, Q};

/// One checked answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    Bool(bool),
    Int(i64),
    Choice(Opt),
    Multi(Vec<Opt>),
    /// "Not sure", on a red-flag question: an answer for the questionnaire,
    /// unanswered for the rules (never read as "no").
    NotSure,
}

/// An answer as it arrives from outside (JSON, a form, a stored record),
/// before it is checked.
#[derive(Debug, Clone, PartialEq)]
pub enum RawValue {
    Bool(bool),
    Int(i64),
    Str(String),
    List(Vec<RawValue>),
    /// Anything else: names the JSON type for the error message
    /// (`"null"`, `"number with a fraction"`, `"object"`).
    Other(&'static str),
}

impl RawValue {
    fn type_name(&self) -> &'static str {
        match self {
            RawValue::Bool(_) => "boolean",
            RawValue::Int(_) => "integer",
            RawValue::Str(_) => "string",
            RawValue::List(_) => "list",
            RawValue::Other(name) => name,
        }
    }
}

/// Why one answer was refused. `Display` gives one line that names the id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AnswerError {
    UnknownQuestion {
        id: String,
    },
    WrongType {
        id: Q,
        expected: &'static str,
        got: &'static str,
    },
    UnknownOption {
        id: Q,
        option: String,
        allowed: &'static [Opt],
        /// The question also takes "not_sure" (a red-flag question).
        not_sure: bool,
    },
    OutOfRange {
        id: Q,
        value: i64,
        min: i64,
        max: i64,
    },
    EmptyList {
        id: Q,
    },
}

impl AnswerError {
    /// The question id the problem is about.
    pub fn id(&self) -> &str {
        match self {
            AnswerError::UnknownQuestion { id } => id,
            AnswerError::WrongType { id, .. }
            | AnswerError::UnknownOption { id, .. }
            | AnswerError::OutOfRange { id, .. }
            | AnswerError::EmptyList { id } => id.id(),
        }
    }
}

impl AnswerError {
    fn with_not_sure(self, red_flag: bool) -> Self {
        match self {
            AnswerError::UnknownOption {
                id,
                option,
                allowed,
                ..
            } => AnswerError::UnknownOption {
                id,
                option,
                allowed,
                not_sure: red_flag,
            },
            e => e,
        }
    }
}

impl std::error::Error for AnswerError {}

impl fmt::Display for AnswerError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AnswerError::UnknownQuestion { id } => {
                write!(f, "{}: unknown question id", Echo(id))
            }
            AnswerError::WrongType { id, expected, got } => {
                write!(f, "\"{id}\": expected {expected}, got {got}")
            }
            AnswerError::UnknownOption {
                id,
                option,
                allowed,
                not_sure,
            } => write!(
                f,
                "\"{id}\": unknown option {} (allowed: {}{})",
                Echo(option),
                allowed
                    .iter()
                    .map(|o| o.id())
                    .collect::<Vec<_>>()
                    .join(", "),
                if *not_sure { ", not_sure" } else { "" }
            ),
            AnswerError::OutOfRange {
                id,
                value,
                min,
                max,
            } => {
                write!(f, "\"{id}\": {value} is out of range ({min} to {max})")
            }
            AnswerError::EmptyList { id } => {
                write!(f, "\"{id}\": choose at least one option")
            }
        }
    }
}

/// A checked set of answers: question id to value. Unanswered questions are absent.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Answers {
    values: IdMap<Value>,
}

impl Answers {
    pub fn new() -> Self {
        Self::default()
    }

    /// Checks every raw answer and collects all problems, one per answer.
    pub fn from_raw<I, K>(raw: I) -> Result<Answers, Vec<AnswerError>>
    where
        I: IntoIterator<Item = (K, RawValue)>,
        K: AsRef<str>,
    {
        let mut answers = Answers::new();
        let mut errors = Vec::new();
        for (id, value) in raw {
            if let Err(e) = answers.set(id.as_ref(), value) {
                errors.push(e);
            }
        }
        if errors.is_empty() {
            Ok(answers)
        } else {
            Err(errors)
        }
    }

    /// Checks and stores one answer. On error the previous answer is kept.
    pub fn set(&mut self, id: &str, raw: RawValue) -> Result<(), AnswerError> {
        let q =
            question_named(id).ok_or_else(|| AnswerError::UnknownQuestion { id: id.to_owned() })?;
        let wrong = |raw: &RawValue| AnswerError::WrongType {
            id: q.id,
            expected: q.type_name(),
            got: raw.type_name(),
        };
        let value = match (q.kind, &raw) {
            (_, RawValue::Str(s)) if q.red_flag && s == NOT_SURE => Value::NotSure,
            (Kind::Bool, RawValue::Bool(b)) => Value::Bool(*b),
            (Kind::Int { min, max }, RawValue::Int(n)) => {
                if *n < min || *n > max {
                    return Err(AnswerError::OutOfRange {
                        id: q.id,
                        value: *n,
                        min,
                        max,
                    });
                }
                Value::Int(*n)
            }
            (Kind::Choice(options), RawValue::Str(s)) => {
                Value::Choice(option(q.id, options, s).map_err(|e| e.with_not_sure(q.red_flag))?)
            }
            (Kind::Multi(options), RawValue::List(items)) => {
                if items.is_empty() {
                    return Err(AnswerError::EmptyList { id: q.id });
                }
                let mut chosen = Vec::with_capacity(items.len());
                for item in items {
                    let RawValue::Str(s) = item else {
                        return Err(wrong(item));
                    };
                    let o = option(q.id, options, s)?;
                    if !chosen.contains(&o) {
                        chosen.push(o);
                    }
                }
                Value::Multi(chosen)
            }
            _ => return Err(wrong(&raw)),
        };
        self.values.insert(q.id, value);
        Ok(())
    }

    /// Stores an already-checked value (used by the UI, whose controls only
    /// offer valid values).
    pub fn insert(&mut self, id: Q, value: Value) {
        self.values.insert(id, value);
    }

    pub fn remove(&mut self, id: Q) -> Option<Value> {
        self.values.remove(id)
    }

    pub fn get(&self, id: Q) -> Option<&Value> {
        self.values.get(id)
    }

    /// Whether the question has any answer, "not sure" included (the
    /// questionnaire's sense of answered).
    pub fn has(&self, id: Q) -> bool {
        self.values.contains_key(id)
    }

    /// Whether the question has an answer the rules can use: "not sure"
    /// counts as unanswered (the engine's sense of answered).
    pub fn known(&self, id: Q) -> bool {
        !matches!(self.values.get(id), None | Some(Value::NotSure))
    }

    /// True when the question was answered "not sure".
    pub fn not_sure(&self, id: Q) -> bool {
        matches!(self.values.get(id), Some(Value::NotSure))
    }

    pub fn bool(&self, id: Q) -> Option<bool> {
        match self.values.get(id) {
            Some(Value::Bool(b)) => Some(*b),
            _ => None,
        }
    }

    /// True only when the question was answered "yes".
    pub fn yes(&self, id: Q) -> bool {
        self.bool(id) == Some(true)
    }

    pub fn int(&self, id: Q) -> Option<i64> {
        match self.values.get(id) {
            Some(Value::Int(n)) => Some(*n),
            _ => None,
        }
    }

    pub fn choice(&self, id: Q) -> Option<Opt> {
        match self.values.get(id) {
            Some(Value::Choice(c)) => Some(*c),
            _ => None,
        }
    }

    /// True when the choice question `id` was answered with `option`.
    pub fn is(&self, id: Q, option: Opt) -> bool {
        debug_assert!(offers(id, option), "{id} has no option {option}");
        self.choice(id) == Some(option)
    }

    pub fn multi(&self, id: Q) -> &[Opt] {
        match self.values.get(id) {
            Some(Value::Multi(v)) => v,
            _ => &[],
        }
    }

    /// True when the list question `id` includes `option`.
    pub fn includes(&self, id: Q, option: Opt) -> bool {
        debug_assert!(offers(id, option), "{id} has no option {option}");
        self.multi(id).contains(&option)
    }

    pub fn iter(&self) -> impl Iterator<Item = (Q, &Value)> {
        self.values.iter()
    }

    pub fn len(&self) -> usize {
        self.values.len()
    }

    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }
}

/// Whether question `id` offers `option` (rules that ask about an option a
/// question lacks are a bug: debug builds and tests stop on them).
fn offers(id: Q, option: Opt) -> bool {
    super::questions::question(id)
        .kind
        .options()
        .contains(&option)
}

fn option(id: Q, options: &'static [Opt], given: &str) -> Result<Opt, AnswerError> {
    options
        .iter()
        .copied()
        .find(|o| o.id() == given)
        .ok_or_else(|| AnswerError::UnknownOption {
            id,
            option: given.to_owned(),
            allowed: options,
            not_sure: false,
        })
}
