//! FHIR R4 JSON made on the device (with the small writer in `json.rs`; the
//! contract's assessment inside it is serde's).
//!
//! - [`bundle`]: the file a person downloads and `assess --fhir` prints: a
//!   `collection` Bundle whose entries each have a `urn:uuid:` `fullUrl`: the
//!   Questionnaire, the QuestionnaireResponse and the RiskAssessment, whose
//!   `basis` is the response.
//! - [`questionnaire`]: the Questionnaire alone ([`questionnaire`](mod@questionnaire)).
//! - [`questionnaire_response`]: the response alone, without the assessment
//!   (its narrative still states the triage).
//!
//! Every resource has an id, an `identifier`, a `language` and a narrative
//! `text` in the person's language; times are full date-times with a zone.
//! Identifiers are URNs that never point at a server: the questionnaire is
//! `urn:back-pain-check:questionnaire` version [`QUESTIONNAIRE_VERSION`], and
//! each question's options have their own code system
//! (`urn:back-pain-check:option:<question id>`), because the same option id
//! (`none`, `long_sitting`) means different things in different questions.
//! Standard codes stand beside ours where they exist ([`codes`]).

mod codes;
mod ids;
mod narrative;
mod questionnaire;
mod response;
mod risk;

pub use ids::date_time;
pub use risk::RULES_VERSION;

use crate::content::Lang;
mod json;
use crate::engine::{is_asked, Answers, Assessment, Kind, Opt, Question, NOT_SURE, Q, QUESTIONS};
use ids::{urn, Ids};
use json::JsonWriter;

/// The Questionnaire's canonical URL (no `http`: nothing to resolve online).
pub const QUESTIONNAIRE_URL: &str = "urn:back-pain-check:questionnaire";
/// Follows the assessment contract's version: the ids are fixed within it.
pub const QUESTIONNAIRE_VERSION: &str = "1";
/// The code system of the triage levels (`emergency`, `urgent`, `see_gp`, `self_care`).
pub const TRIAGE_SYSTEM: &str = "urn:back-pain-check:triage";
pub const RED_FLAG_SYSTEM: &str = "urn:back-pain-check:red-flag";
pub const PATTERN_SYSTEM: &str = "urn:back-pain-check:pattern";
/// The rule sets that make assessments (the RiskAssessment's `method`).
pub const RULES_SYSTEM: &str = "urn:back-pain-check:rules";
pub use codes::{RISK_PROBABILITY, SNOMED};

/// The canonical reference a response uses: `url|version`.
pub fn questionnaire_canonical() -> String {
    format!("{QUESTIONNAIRE_URL}|{QUESTIONNAIRE_VERSION}")
}

/// The code system of one question's option ids.
pub fn option_system(question_id: Q) -> String {
    format!("urn:back-pain-check:option:{question_id}")
}

/// One export's inputs and the ids made from them.
pub(super) struct Doc<'a> {
    lang: &'a Lang,
    answers: &'a Answers,
    assessment: &'a Assessment,
    authored: &'a str,
    ids: Ids,
    /// The questions ended early (on a warning sign): some required question
    /// that the questionnaire asks has no answer.
    stopped: bool,
}

impl<'a> Doc<'a> {
    fn new(
        lang: &'a Lang,
        answers: &'a Answers,
        assessment: &'a Assessment,
        authored: &'a str,
    ) -> Self {
        let stopped = QUESTIONS
            .iter()
            .any(|q| is_asked(q, answers) && !q.optional && !answers.has(q.id));
        Doc {
            lang,
            answers,
            assessment,
            authored,
            ids: Ids::new(lang, answers, authored),
            stopped,
        }
    }
}

/// The Questionnaire resource, as compact JSON.
pub fn questionnaire(lang: &Lang) -> String {
    let mut w = JsonWriter::default();
    questionnaire::write_questionnaire(&mut w, lang);
    w.out
}

/// The QuestionnaireResponse for `answers` alone. `authored` is a FHIR
/// dateTime with a zone ([`date_time`]), given by the caller so this stays
/// pure. Answers to questions that the questionnaire skips (their
/// `enableWhen` is false) are left out, as the flow does. The status is
/// `completed` when every required question that is asked has an answer,
/// `stopped` otherwise (the questions ended early on a warning sign).
pub fn questionnaire_response(
    lang: &Lang,
    answers: &Answers,
    assessment: &Assessment,
    authored: &str,
) -> String {
    let mut w = JsonWriter::default();
    response::write_response(&mut w, &Doc::new(lang, answers, assessment, authored));
    w.out
}

/// The Bundle (type `collection`) a person downloads: the Questionnaire, the
/// QuestionnaireResponse and the RiskAssessment, each with a `fullUrl`.
pub fn bundle(lang: &Lang, answers: &Answers, assessment: &Assessment, authored: &str) -> String {
    let d = Doc::new(lang, answers, assessment, authored);
    let mut w = JsonWriter::default();
    w.open('{');
    w.key("resourceType");
    w.string("Bundle");
    w.key("id");
    w.string(&d.ids.bundle);
    w.key("identifier");
    identifier(&mut w, &urn(&d.ids.bundle));
    w.key("type");
    w.string("collection");
    w.key("timestamp");
    w.string(authored);
    w.key("entry");
    w.open('[');
    let entry = |w: &mut JsonWriter, id: &str, write: &dyn Fn(&mut JsonWriter)| {
        w.open('{');
        w.key("fullUrl");
        w.string(&urn(id));
        w.key("resource");
        write(w);
        w.close('}');
    };
    entry(&mut w, &d.ids.questionnaire, &|w| {
        questionnaire::write_questionnaire(w, lang)
    });
    entry(&mut w, &d.ids.response, &|w| {
        response::write_response(w, &d)
    });
    entry(&mut w, &d.ids.risk, &|w| risk::write_risk_assessment(w, &d));
    w.close(']');
    w.close('}');
    w.out
}

/// An Identifier whose value is a URN (RFC 3986's system says so).
fn identifier(w: &mut JsonWriter, value: &str) {
    w.open('{');
    w.key("system");
    w.string("urn:ietf:rfc:3986");
    w.key("value");
    w.string(value);
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

fn question_text(lang: &Lang, id: Q) -> &'static str {
    lang.question(id).text
}

/// The answer codes of a question's item: a choice question's options; a
/// red-flag question also takes "not sure", which FHIR's `boolean` cannot
/// hold, so a yes/no red flag is a `choice` of yes, no and not sure.
fn answer_codes(q: &Question) -> Vec<&'static str> {
    let mut codes: Vec<&'static str> = match q.kind {
        Kind::Bool if q.accepts_not_sure() => vec![YES, NO],
        _ => q.kind.options().iter().map(|o| o.id()).collect(),
    };
    if q.accepts_not_sure() {
        codes.push(NOT_SURE);
    }
    codes
}

/// Whether the item of `q` is a `choice` (see [`answer_codes`]).
fn is_choice(q: &Question) -> bool {
    !matches!(q.kind, Kind::Int { .. }) && !answer_codes(q).is_empty()
}

const YES: &str = "yes";
const NO: &str = "no";

/// The words for one answer code in the person's language.
fn answer_label(lang: &Lang, q: &Question, code: &str) -> Option<&'static str> {
    let ui = lang.ui;
    match code {
        YES if q.kind == Kind::Bool => Some(ui.yes),
        NO if q.kind == Kind::Bool => Some(ui.no),
        NOT_SURE => Some(ui.not_sure),
        _ => Opt::from_id(code).map(|o| lang.option_label(q.id, o)),
    }
}

fn bool_json(b: bool) -> &'static str {
    if b {
        "true"
    } else {
        "false"
    }
}
