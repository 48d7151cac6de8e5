//! The QuestionnaireResponse: one item per question that was asked and
//! answered, in the questionnaire's order, with `valueBoolean`,
//! `valueInteger` or `valueCoding` answers, and a narrative that states the
//! triage, so a reader that keeps only this resource still sees it.

use crate::engine::{is_asked, Question, Value, NOT_SURE, QUESTIONS};

use super::ids::urn;
use super::{
    answer_label, bool_json, coding, identifier, is_choice, narrative, option_system,
    question_text, questionnaire_canonical, Doc, JsonWriter, NO, YES,
};

pub(super) fn write_response(w: &mut JsonWriter, d: &Doc) {
    let (lang, answers) = (d.lang, d.answers);
    w.open('{');
    w.key("resourceType");
    w.string("QuestionnaireResponse");
    w.key("id");
    w.string(&d.ids.response);
    w.key("language");
    w.string(lang.code);
    narrative::write_text(
        w,
        narrative::response(lang, answers, d.assessment, d.authored, d.stopped),
    );
    w.key("identifier");
    identifier(w, &urn(&d.ids.response));
    w.key("questionnaire");
    w.string(&questionnaire_canonical());
    w.key("status");
    w.string(if d.stopped { "stopped" } else { "completed" });
    w.key("authored");
    w.string(d.authored);
    w.key("item");
    w.open('[');
    let asked = QUESTIONS.iter().filter(|q| is_asked(q, answers));
    for (q, value) in asked.filter_map(|q| Some((q, answers.get(q.id)?))) {
        write_item(w, d, q, value);
    }
    w.close(']');
    w.close('}');
}

fn write_item(w: &mut JsonWriter, d: &Doc, q: &Question, value: &Value) {
    let lang = d.lang;
    w.open('{');
    w.key("linkId");
    w.string(q.id.id());
    w.key("text");
    w.string(question_text(lang, q.id));
    w.key("answer");
    w.open('[');
    let code = |w: &mut JsonWriter, o: &str| {
        answer(w, "valueCoding", |w| {
            coding(w, &option_system(q.id), o, answer_label(lang, q, o));
        });
    };
    match value {
        // A red flag's yes/no is a choice that can also say "not sure".
        Value::Bool(b) if is_choice(q) => code(w, if *b { YES } else { NO }),
        Value::NotSure => code(w, NOT_SURE),
        Value::Bool(b) => answer(w, "valueBoolean", |w| w.raw(bool_json(*b))),
        Value::Int(n) => answer(w, "valueInteger", |w| w.raw(&n.to_string())),
        Value::Choice(o) => code(w, o.id()),
        Value::Multi(os) => os.iter().for_each(|o| code(w, o.id())),
    }
    w.close(']');
    w.close('}');
}

fn answer(w: &mut JsonWriter, key: &str, value: impl FnOnce(&mut JsonWriter)) {
    w.open('{');
    w.key(key);
    value(w);
    w.close('}');
}
