//! The Questionnaire: one item per question of the engine's table, in order,
//! `linkId` = the question id; `boolean` (a red flag's yes/no is a `choice`
//! of yes, no and not sure), `integer` (with the standard
//! `minValue` and `maxValue` extensions) or `choice` (`repeats` for lists);
//! answer options as codings; the skip logic as `enableWhen`; `required`
//! unless optional. Everything comes from `QUESTIONS`, so a new question or
//! kind of skip logic appears here without a change.

use crate::content::{export_text, Lang};
use crate::engine::{question, AskIf, Kind, Question, Q, QUESTIONS};

use serde::Serialize;

use super::ids::{questionnaire_id, urn};
use super::types::{is_false, Coding, Identifier, Narrative};

use super::{
    answer_codes, answer_label, is_choice, narrative, option_system, question_text,
    QUESTIONNAIRE_URL, QUESTIONNAIRE_VERSION, YES,
};

/// The standard extensions for an integer item's range.
const MIN_VALUE: &str = "http://hl7.org/fhir/StructureDefinition/minValue";
const MAX_VALUE: &str = "http://hl7.org/fhir/StructureDefinition/maxValue";

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub(super) struct Questionnaire<'a> {
    resource_type: &'static str,
    id: String,
    language: &'a str,
    text: Narrative,
    url: &'static str,
    identifier: [Identifier; 1],
    version: &'static str,
    name: &'static str,
    title: &'a str,
    status: &'static str,
    subject_type: [&'static str; 1],
    item: Vec<Item<'a>>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Item<'a> {
    #[serde(skip_serializing_if = "Vec::is_empty")]
    extension: Vec<Extension>,
    link_id: &'static str,
    text: &'a str,
    #[serde(rename = "type")]
    kind: &'static str,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    enable_when: Vec<EnableWhen>,
    #[serde(skip_serializing_if = "Option::is_none")]
    enable_behavior: Option<&'static str>,
    required: bool,
    #[serde(skip_serializing_if = "is_false")]
    repeats: bool,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    answer_option: Vec<AnswerOption<'a>>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Extension {
    url: &'static str,
    value_integer: i64,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct AnswerOption<'a> {
    value_coding: OptionCoding<'a>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct EnableWhen {
    question: &'static str,
    operator: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    answer_boolean: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    answer_coding: Option<OptionCoding<'static>>,
}

/// A code of one question's own option code system (`option_system`), whose
/// URI is made as it is written.
pub(super) struct OptionCoding<'a> {
    pub question: Q,
    pub code: &'static str,
    pub display: Option<&'a str>,
}

impl Serialize for OptionCoding<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        Coding::new(&option_system(self.question), self.code, self.display).serialize(s)
    }
}

pub(super) fn questionnaire(lang: &Lang) -> Questionnaire<'_> {
    let t = export_text(lang);
    let id = questionnaire_id(lang);
    Questionnaire {
        resource_type: "Questionnaire",
        identifier: [Identifier::urn(urn(&id))],
        id,
        language: lang.code,
        text: narrative::text(narrative::questionnaire(lang)),
        url: QUESTIONNAIRE_URL,
        version: QUESTIONNAIRE_VERSION,
        name: "BackPainCheck",
        title: t.fhir_title,
        status: "active",
        subject_type: ["Patient"],
        item: QUESTIONS.iter().map(|q| item(lang, q)).collect(),
    }
}

fn item<'a>(lang: &'a Lang, q: &Question) -> Item<'a> {
    let extension = match q.kind {
        Kind::Int { min, max } => vec![
            Extension {
                url: MIN_VALUE,
                value_integer: min,
            },
            Extension {
                url: MAX_VALUE,
                value_integer: max,
            },
        ],
        _ => Vec::new(),
    };
    let (enable_when, enable_behavior) = enable_when(q.ask_if);
    Item {
        extension,
        link_id: q.id.id(),
        text: question_text(lang, q.id),
        kind: match q.kind {
            Kind::Int { .. } => "integer",
            _ if is_choice(q) => "choice",
            _ => "boolean",
        },
        enable_when,
        enable_behavior,
        required: !q.optional,
        repeats: matches!(q.kind, Kind::Multi(_)),
        answer_option: answer_codes(q)
            .into_iter()
            .map(|code| AnswerOption {
                value_coding: OptionCoding {
                    question: q.id,
                    code,
                    display: answer_label(lang, q, code),
                },
            })
            .collect(),
    }
}

/// The skip logic. `ChoiceNot` also needs the question answered (the engine
/// asks only then), so it becomes "exists and !=" with `enableBehavior` all.
fn enable_when(ask_if: AskIf) -> (Vec<EnableWhen>, Option<&'static str>) {
    let when = |id: Q, operator, answer_boolean, code: Option<&'static str>| EnableWhen {
        question: id.id(),
        operator,
        answer_boolean,
        answer_coding: code.map(|code| OptionCoding {
            question: id,
            code,
            display: None,
        }),
    };
    let (conditions, behavior) = match ask_if {
        AskIf::Always => return (Vec::new(), None),
        // A red flag's yes/no is a choice (see `answer_codes`).
        AskIf::IsTrue(id) if is_choice(question(id)) => {
            (vec![when(id, "=", None, Some(YES))], "all")
        }
        AskIf::IsTrue(id) => (vec![when(id, "=", Some(true), None)], "all"),
        AskIf::ChoiceIn(id, options) => (
            options
                .iter()
                .map(|o| when(id, "=", None, Some(o.id())))
                .collect(),
            "any",
        ),
        AskIf::ChoiceNot(id, option) => (
            vec![
                when(id, "exists", Some(true), None),
                when(id, "!=", None, Some(option.id())),
            ],
            "all",
        ),
    };
    let behavior = (conditions.len() > 1).then_some(behavior);
    (conditions, behavior)
}
