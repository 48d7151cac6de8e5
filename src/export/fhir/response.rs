//! The QuestionnaireResponse: one item per question that was asked and
//! answered, in the questionnaire's order, with `valueBoolean`,
//! `valueInteger` or `valueCoding` answers, and a narrative that states the
//! triage, so a reader that keeps only this resource still sees it.

use serde::Serialize;

use crate::engine::{is_asked, Question, Value, NOT_SURE, QUESTIONS};

use super::ids::urn;
use super::questionnaire::OptionCoding;
use super::types::{Identifier, Narrative};
use super::{
    answer_label, is_choice, narrative, question_text, questionnaire_canonical, Doc, NO, YES,
};

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub(super) struct QuestionnaireResponse<'a> {
    resource_type: &'static str,
    id: &'a str,
    language: &'a str,
    text: Narrative,
    identifier: Identifier,
    questionnaire: String,
    status: &'static str,
    authored: &'a str,
    item: Vec<Item<'a>>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Item<'a> {
    link_id: &'static str,
    text: &'a str,
    answer: Vec<Answer<'a>>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Answer<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    value_boolean: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    value_integer: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    value_coding: Option<OptionCoding<'a>>,
}

pub(super) fn response<'a>(d: &'a Doc) -> QuestionnaireResponse<'a> {
    let (lang, answers) = (d.lang, d.answers);
    let asked = QUESTIONS.iter().filter(|q| is_asked(q, answers));
    QuestionnaireResponse {
        resource_type: "QuestionnaireResponse",
        id: &d.ids.response,
        language: lang.code,
        text: narrative::text(narrative::response(
            lang,
            answers,
            d.assessment,
            d.authored,
            d.stopped,
        )),
        identifier: Identifier::urn(urn(&d.ids.response)),
        questionnaire: questionnaire_canonical(),
        status: if d.stopped { "stopped" } else { "completed" },
        authored: d.authored,
        item: asked
            .filter_map(|q| Some(item(d, q, answers.get(q.id)?)))
            .collect(),
    }
}

fn item<'a>(d: &'a Doc, q: &Question, value: &Value) -> Item<'a> {
    let lang = d.lang;
    let code = |code: &'static str| Answer {
        value_boolean: None,
        value_integer: None,
        value_coding: Some(OptionCoding {
            question: q.id,
            code,
            display: answer_label(lang, q, code),
        }),
    };
    let plain = |value_boolean, value_integer| Answer {
        value_boolean,
        value_integer,
        value_coding: None,
    };
    let answer = match value {
        // A red flag's yes/no is a choice that can also say "not sure".
        Value::Bool(b) if is_choice(q) => vec![code(if *b { YES } else { NO })],
        Value::NotSure => vec![code(NOT_SURE)],
        Value::Bool(b) => vec![plain(Some(*b), None)],
        Value::Int(n) => vec![plain(None, Some(*n))],
        Value::Choice(o) => vec![code(o.id())],
        Value::Multi(os) => os.iter().map(|o| code(o.id())).collect(),
    };
    Item {
        link_id: q.id.id(),
        text: question_text(lang, q.id),
        answer,
    }
}
