//! The Questionnaire: one item per question of the engine's table, in order,
//! `linkId` = the question id; `boolean` (a red flag's yes/no is a `choice`
//! of yes, no and not sure), `integer` (with the standard
//! `minValue` and `maxValue` extensions) or `choice` (`repeats` for lists);
//! answer options as codings; the skip logic as `enableWhen`; `required`
//! unless optional. Everything comes from `QUESTIONS`, so a new question or
//! kind of skip logic appears here without a change.

use crate::content::Lang;
use crate::engine::{question, AskIf, Kind, Question, Q, QUESTIONS};

use super::ids::{questionnaire_id, urn};
use super::{
    answer_codes, answer_label, bool_json, coding, identifier, is_choice, narrative, option_system,
    question_text, JsonWriter, QUESTIONNAIRE_URL, QUESTIONNAIRE_VERSION, YES,
};

/// The standard extensions for an integer item's range.
const MIN_VALUE: &str = "http://hl7.org/fhir/StructureDefinition/minValue";
const MAX_VALUE: &str = "http://hl7.org/fhir/StructureDefinition/maxValue";

pub(super) fn write_questionnaire(w: &mut JsonWriter, lang: &Lang) {
    let t = lang.export;
    w.open('{');
    w.key("resourceType");
    w.string("Questionnaire");
    let id = questionnaire_id(lang);
    w.key("id");
    w.string(&id);
    w.key("language");
    w.string(lang.code);
    narrative::write_text(w, narrative::questionnaire(lang));
    w.key("url");
    w.string(QUESTIONNAIRE_URL);
    w.key("identifier");
    w.open('[');
    identifier(w, &urn(&id));
    w.close(']');
    w.key("version");
    w.string(QUESTIONNAIRE_VERSION);
    w.key("name");
    w.string("BackPainCheck");
    w.key("title");
    w.string(t.fhir_title);
    w.key("status");
    w.string("active");
    w.key("subjectType");
    w.strings(&["Patient"]);
    w.key("item");
    w.open('[');
    for q in QUESTIONS {
        write_item(w, lang, q);
    }
    w.close(']');
    w.close('}');
}

fn write_item(w: &mut JsonWriter, lang: &Lang, q: &Question) {
    w.open('{');
    if let Kind::Int { min, max } = q.kind {
        w.key("extension");
        w.open('[');
        for (url, n) in [(MIN_VALUE, min), (MAX_VALUE, max)] {
            w.open('{');
            w.key("url");
            w.string(url);
            w.key("valueInteger");
            w.raw(&n.to_string());
            w.close('}');
        }
        w.close(']');
    }
    w.key("linkId");
    w.string(q.id.id());
    w.key("text");
    w.string(question_text(lang, q.id));
    w.key("type");
    w.string(match q.kind {
        Kind::Int { .. } => "integer",
        _ if is_choice(q) => "choice",
        _ => "boolean",
    });
    write_enable_when(w, q.ask_if);
    w.key("required");
    w.raw(bool_json(!q.optional));
    if let Kind::Multi(_) = q.kind {
        w.key("repeats");
        w.raw("true");
    }
    let options = answer_codes(q);
    if !options.is_empty() {
        w.key("answerOption");
        w.open('[');
        for o in options {
            w.open('{');
            w.key("valueCoding");
            coding(w, &option_system(q.id), o, answer_label(lang, q, o));
            w.close('}');
        }
        w.close(']');
    }
    w.close('}');
}

/// The skip logic. `ChoiceNot` also needs the question answered (the engine
/// asks only then), so it becomes "exists and !=" with `enableBehavior` all.
fn write_enable_when(w: &mut JsonWriter, ask_if: AskIf) {
    let (conditions, behavior): (Vec<(Q, &str, Cond)>, &str) = match ask_if {
        AskIf::Always => return,
        // A red flag's yes/no is a choice (see `answer_codes`).
        AskIf::IsTrue(id) if is_choice(question(id)) => {
            (vec![(id, "=", Cond::Code(id, YES))], "all")
        }
        AskIf::IsTrue(id) => (vec![(id, "=", Cond::Bool(true))], "all"),
        AskIf::ChoiceIn(id, options) => (
            options
                .iter()
                .map(|o| (id, "=", Cond::Code(id, o.id())))
                .collect(),
            "any",
        ),
        AskIf::ChoiceNot(id, option) => (
            vec![
                (id, "exists", Cond::Bool(true)),
                (id, "!=", Cond::Code(id, option.id())),
            ],
            "all",
        ),
    };
    w.key("enableWhen");
    w.open('[');
    for (question, operator, cond) in &conditions {
        w.open('{');
        w.key("question");
        w.string(question.id());
        w.key("operator");
        w.string(operator);
        match cond {
            Cond::Bool(b) => {
                w.key("answerBoolean");
                w.raw(bool_json(*b));
            }
            Cond::Code(id, code) => {
                w.key("answerCoding");
                coding(w, &option_system(*id), code, None);
            }
        }
        w.close('}');
    }
    w.close(']');
    if conditions.len() > 1 {
        w.key("enableBehavior");
        w.string(behavior);
    }
}

enum Cond {
    Bool(bool),
    Code(Q, &'static str),
}
