//! FHIR R4 JSON made on the device, with the engine's hand JSON writer (no
//! serde ships in the wasm).
//!
//! - [`questionnaire`]: one item per question of the contract, `linkId` = the
//!   question id; `boolean`, `integer` (with the standard `minValue` and
//!   `maxValue` extensions) or `choice` (`repeats` for lists); answer options
//!   as codings; the skip logic as `enableWhen`; `required` unless optional.
//! - [`questionnaire_response`]: one item per question that was asked and
//!   answered, with `valueBoolean`, `valueInteger` or `valueCoding` answers.
//!   The assessment rides along as a *contained* RiskAssessment whose `basis`
//!   points at the response (`#`), so the response is one self-contained
//!   resource that any FHIR R4 reader understands without our own extension.
//! - [`bundle`]: a `collection` Bundle of both, for the download.
//!
//! Identifiers are URNs that never point at a server: the questionnaire is
//! `urn:back-pain-check:questionnaire` version [`QUESTIONNAIRE_VERSION`], and
//! each question's options have their own code system
//! (`urn:back-pain-check:option:<question id>`), because the same option id
//! (`none`, `long_sitting`) means different things in different questions.

use crate::content::{export_text, Lang};
use crate::engine::json::JsonWriter;
use crate::engine::{
    is_asked, Answers, AskIf, Assessment, Kind, Question, Value, NOT_SURE, QUESTIONS,
};

/// The Questionnaire's canonical URL (no `http`: nothing to resolve online).
pub const QUESTIONNAIRE_URL: &str = "urn:back-pain-check:questionnaire";
/// Follows the assessment contract's version: the ids are fixed within it.
pub const QUESTIONNAIRE_VERSION: &str = "1";
/// The code system of the triage levels (`emergency`, `urgent`, `see_gp`, `self_care`).
pub const TRIAGE_SYSTEM: &str = "urn:back-pain-check:triage";
pub const RED_FLAG_SYSTEM: &str = "urn:back-pain-check:red-flag";
pub const PATTERN_SYSTEM: &str = "urn:back-pain-check:pattern";
pub const RISK_FACTOR_SYSTEM: &str = "urn:back-pain-check:risk-factor";
/// The recovery outlook bands (`low`, `medium`, `high`).
pub const OUTLOOK_SYSTEM: &str = "urn:back-pain-check:recovery-outlook";
/// The standard extensions for an integer item's range.
const MIN_VALUE: &str = "http://hl7.org/fhir/StructureDefinition/minValue";
const MAX_VALUE: &str = "http://hl7.org/fhir/StructureDefinition/maxValue";

/// The canonical reference a response uses: `url|version`.
pub fn questionnaire_canonical() -> String {
    format!("{QUESTIONNAIRE_URL}|{QUESTIONNAIRE_VERSION}")
}

/// The code system of one question's option ids.
pub fn option_system(question_id: &str) -> String {
    format!("urn:back-pain-check:option:{question_id}")
}

/// The Questionnaire resource, as compact JSON.
pub fn questionnaire(lang: &Lang) -> String {
    let mut w = JsonWriter::default();
    write_questionnaire(&mut w, lang);
    w.out
}

/// The QuestionnaireResponse for `answers`, with `assessment` as a contained
/// RiskAssessment. `authored` is a FHIR dateTime (e.g. `2025-01-31`), given by
/// the caller so this stays pure. Answers to questions that the questionnaire
/// skips (their `enableWhen` is false) are left out, as the flow does. The
/// status is `completed` when every required question that is asked has an
/// answer, `stopped` otherwise (the questions ended early on a warning sign).
pub fn questionnaire_response(
    lang: &Lang,
    answers: &Answers,
    assessment: &Assessment,
    authored: &str,
) -> String {
    let mut w = JsonWriter::default();
    write_response(&mut w, lang, answers, assessment, authored);
    w.out
}

/// A Bundle of type `collection` holding the Questionnaire and the response
/// (with its contained RiskAssessment): the file a person downloads.
pub fn bundle(lang: &Lang, answers: &Answers, assessment: &Assessment, authored: &str) -> String {
    let mut w = JsonWriter::default();
    w.open('{');
    w.key("resourceType");
    w.string("Bundle");
    w.key("type");
    w.string("collection");
    w.key("entry");
    w.open('[');
    w.open('{');
    w.key("resource");
    write_questionnaire(&mut w, lang);
    w.close('}');
    w.open('{');
    w.key("resource");
    write_response(&mut w, lang, answers, assessment, authored);
    w.close('}');
    w.close(']');
    w.close('}');
    w.out
}

fn write_questionnaire(w: &mut JsonWriter, lang: &Lang) {
    let t = export_text(lang);
    w.open('{');
    w.key("resourceType");
    w.string("Questionnaire");
    w.key("id");
    w.string("back-pain-check");
    w.key("language");
    w.string(lang.code);
    w.key("url");
    w.string(QUESTIONNAIRE_URL);
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
    w.string(q.id);
    w.key("text");
    w.string(question_text(lang, q.id));
    w.key("type");
    w.string(match q.kind {
        Kind::Bool => "boolean",
        Kind::Int { .. } => "integer",
        Kind::Choice(_) | Kind::Multi(_) => "choice",
    });
    write_enable_when(w, q.ask_if);
    w.key("required");
    w.raw(bool_json(!q.optional));
    if let Kind::Multi(_) = q.kind {
        w.key("repeats");
        w.raw("true");
    }
    let options = q.kind.options();
    if !options.is_empty() {
        w.key("answerOption");
        w.open('[');
        for o in options {
            w.open('{');
            w.key("valueCoding");
            coding(w, &option_system(q.id), o, lang.option_label(q.id, o));
            w.close('}');
        }
        w.close(']');
    }
    w.close('}');
}

/// The skip logic. `ChoiceNot` also needs the question answered (the engine
/// asks only then), so it becomes "exists and !=" with `enableBehavior` all.
fn write_enable_when(w: &mut JsonWriter, ask_if: AskIf) {
    let (conditions, behavior): (Vec<(&str, &str, Cond)>, &str) = match ask_if {
        AskIf::Always => return,
        AskIf::IsTrue(id) => (vec![(id, "=", Cond::Bool(true))], "all"),
        AskIf::ChoiceIn(id, options) => (
            options
                .iter()
                .map(|o| (id, "=", Cond::Code(id, o)))
                .collect(),
            "any",
        ),
        AskIf::ChoiceNot(id, option) => (
            vec![
                (id, "exists", Cond::Bool(true)),
                (id, "!=", Cond::Code(id, option)),
            ],
            "all",
        ),
    };
    w.key("enableWhen");
    w.open('[');
    for (question, operator, cond) in &conditions {
        w.open('{');
        w.key("question");
        w.string(question);
        w.key("operator");
        w.string(operator);
        match cond {
            Cond::Bool(b) => {
                w.key("answerBoolean");
                w.raw(bool_json(*b));
            }
            Cond::Code(id, code) => {
                w.key("answerCoding");
                coding(w, &option_system(id), code, None);
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

enum Cond<'a> {
    Bool(bool),
    Code(&'a str, &'a str),
}

fn write_response(
    w: &mut JsonWriter,
    lang: &Lang,
    answers: &Answers,
    assessment: &Assessment,
    authored: &str,
) {
    let asked: Vec<&Question> = QUESTIONS.iter().filter(|q| is_asked(q, answers)).collect();
    let complete = asked.iter().all(|q| q.optional || answers.has(q.id));
    w.open('{');
    w.key("resourceType");
    w.string("QuestionnaireResponse");
    w.key("language");
    w.string(lang.code);
    w.key("contained");
    w.open('[');
    write_risk_assessment(w, lang, assessment, authored);
    w.close(']');
    w.key("questionnaire");
    w.string(&questionnaire_canonical());
    w.key("status");
    w.string(if complete { "completed" } else { "stopped" });
    w.key("authored");
    w.string(authored);
    w.key("item");
    w.open('[');
    for q in asked {
        let Some(value) = answers.get(q.id) else {
            continue;
        };
        w.open('{');
        w.key("linkId");
        w.string(q.id);
        w.key("text");
        w.string(question_text(lang, q.id));
        w.key("answer");
        w.open('[');
        match value {
            Value::Bool(b) => answer(w, "valueBoolean", |w| w.raw(bool_json(*b))),
            Value::Int(n) => answer(w, "valueInteger", |w| w.raw(&n.to_string())),
            Value::Choice(o) => answer(w, "valueCoding", |w| {
                coding(w, &option_system(q.id), o, lang.option_label(q.id, o));
            }),
            // "Not sure" on a warning sign, as a coded answer of its own.
            Value::NotSure => answer(w, "valueCoding", |w| {
                coding(
                    w,
                    &option_system(q.id),
                    NOT_SURE,
                    Some(super::ui_text(lang).not_sure),
                );
            }),
            Value::Multi(os) => {
                for o in os {
                    answer(w, "valueCoding", |w| {
                        coding(w, &option_system(q.id), o, lang.option_label(q.id, o));
                    });
                }
            }
        }
        w.close(']');
        w.close('}');
    }
    w.close(']');
    w.close('}');
}

/// The assessment as a RiskAssessment contained in the response: the triage
/// (and each red flag, and the recovery outlook) as predictions with coded
/// qualitative risks; patterns, risk factors and advice as notes; and, last,
/// the contract's assessment JSON verbatim, so nothing is lost.
fn write_risk_assessment(w: &mut JsonWriter, lang: &Lang, a: &Assessment, authored: &str) {
    let t = export_text(lang);
    let r = super::result_text(lang);
    w.open('{');
    w.key("resourceType");
    w.string("RiskAssessment");
    w.key("id");
    w.string("assessment");
    w.key("status");
    w.string("final");
    w.key("method");
    w.open('{');
    w.key("text");
    w.string(&format!(
        "back-pain-check self-assessment, assessment contract {}",
        Assessment::CONTRACT
    ));
    w.close('}');
    w.key("subject");
    w.open('{');
    w.key("display");
    w.string(t.fhir_subject);
    w.close('}');
    w.key("occurrenceDateTime");
    w.string(authored);
    w.key("basis");
    w.open('[');
    w.open('{');
    w.key("reference");
    w.string("#");
    w.close('}');
    w.close(']');

    w.key("prediction");
    w.open('[');
    // The triage.
    let level = a.triage.id();
    let title = lang.triage(level).map(|x| x.title);
    w.open('{');
    w.key("outcome");
    text_concept(w, t.fhir_triage_outcome);
    w.key("qualitativeRisk");
    concept(w, TRIAGE_SYSTEM, level, title);
    let reasons: Vec<&str> = a
        .reasons
        .iter()
        .map(|x| {
            lang.reason(x.id)
                .or_else(|| lang.red_flag(x.id))
                .map_or(x.id, |e| e.title)
        })
        .collect();
    if !reasons.is_empty() {
        w.key("rationale");
        w.string(&reasons.join("; "));
    }
    w.close('}');
    // Each red flag.
    for f in &a.red_flags {
        w.open('{');
        w.key("outcome");
        concept(
            w,
            RED_FLAG_SYSTEM,
            f.id,
            lang.red_flag(f.id).map(|e| e.title),
        );
        w.key("rationale");
        w.string(&format!("{} {}", t.fhir_because, f.because.join(", ")));
        w.close('}');
    }
    // The recovery outlook.
    if let Some(p) = &a.prognosis {
        w.open('{');
        w.key("outcome");
        text_concept(w, t.fhir_outlook_outcome);
        w.key("qualitativeRisk");
        concept(w, OUTLOOK_SYSTEM, p.band.id(), None);
        w.key("rationale");
        w.string(&format!("{} {}", t.fhir_because, p.because.join(", ")));
        w.close('}');
    }
    w.close(']');

    w.key("note");
    w.open('[');
    let patterns: Vec<String> = a
        .patterns
        .iter()
        .map(|p| {
            let title = lang.pattern(p.id).map_or(p.id, |e| e.title);
            format!("{title} [{PATTERN_SYSTEM}#{}]", p.id)
        })
        .collect();
    if !patterns.is_empty() {
        note(w, &format!("{}: {}", r.may_fit, patterns.join("; ")));
    }
    let risks: Vec<String> = a
        .risk_factors
        .iter()
        .map(|f| {
            let title = lang.risk_factor(f.id).map_or(f.id, |e| e.title);
            format!("{title} [{RISK_FACTOR_SYSTEM}#{}]", f.id)
        })
        .collect();
    if !risks.is_empty() {
        note(w, &format!("{}: {}", r.risk_factors, risks.join("; ")));
    }
    let advice: Vec<&str> = a
        .advice
        .iter()
        .map(|f| lang.advice(f.id).map_or(f.id, |x| x.title))
        .collect();
    if !advice.is_empty() {
        note(w, &format!("{} {}", t.fhir_advice, advice.join("; ")));
    }
    note(w, &format!("{} {}", t.fhir_contract, a.to_json()));
    w.close(']');
    w.close('}');
}

fn answer(w: &mut JsonWriter, key: &str, value: impl FnOnce(&mut JsonWriter)) {
    w.open('{');
    w.key(key);
    value(w);
    w.close('}');
}

fn coding(w: &mut JsonWriter, system: &str, code: &str, display: Option<&str>) {
    w.open('{');
    w.key("system");
    w.string(system);
    w.key("code");
    w.string(code);
    if let Some(d) = display {
        w.key("display");
        w.string(d);
    }
    w.close('}');
}

/// A CodeableConcept with one coding, and its display as the text.
fn concept(w: &mut JsonWriter, system: &str, code: &str, display: Option<&str>) {
    w.open('{');
    w.key("coding");
    w.open('[');
    coding(w, system, code, display);
    w.close(']');
    if let Some(d) = display {
        w.key("text");
        w.string(d);
    }
    w.close('}');
}

fn text_concept(w: &mut JsonWriter, text: &str) {
    w.open('{');
    w.key("text");
    w.string(text);
    w.close('}');
}

fn note(w: &mut JsonWriter, text: &str) {
    w.open('{');
    w.key("text");
    w.string(text);
    w.close('}');
}

fn question_text<'a>(lang: &Lang, id: &'a str) -> &'a str
where
    'static: 'a,
{
    lang.question(id).map_or(id, |t| t.text)
}

fn bool_json(b: bool) -> &'static str {
    if b {
        "true"
    } else {
        "false"
    }
}
