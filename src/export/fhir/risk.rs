//! The assessment as a RiskAssessment of its own, whose `basis` is the
//! QuestionnaireResponse. Each prediction has a coded outcome with a `text`
//! in the person's language, so an R4 reader shows it without knowing our
//! code systems:
//!
//! - the triage: the outcome is the level itself ("Get emergency help now"),
//!   with the reasons as rationale;
//! - each red flag and each pattern: SNOMED CT where a matching concept
//!   exists, our own code beside it;
//! - the recovery outlook: "Slow recovery", its likelihood in HL7's
//!   risk-probability codes, its words as the text.
//!
//! The rule set's version (the crate's) is in `method`. Risk factors, advice
//! and the contract's assessment JSON, verbatim, are notes.

use crate::engine::{Finding, Q};

use super::codes::{band_probability, pattern_snomed, red_flag_snomed, Concept};
use super::codes::{RISK_PROBABILITY, SNOMED};
use super::ids::urn;
use super::narrative::{self, reason_title};
use super::{coding, identifier, question_text, Doc, JsonWriter};
use super::{PATTERN_SYSTEM, RED_FLAG_SYSTEM, RULES_SYSTEM, TRIAGE_SYSTEM};

/// The version of the rules that made the assessment.
pub const RULES_VERSION: &str = env!("CARGO_PKG_VERSION");

pub(super) fn write_risk_assessment(w: &mut JsonWriter, d: &Doc) {
    let (lang, a) = (d.lang, d.assessment);
    let t = lang.export;
    w.open('{');
    w.key("resourceType");
    w.string("RiskAssessment");
    w.key("id");
    w.string(&d.ids.risk);
    w.key("language");
    w.string(lang.code);
    narrative::write_text(w, narrative::risk_assessment(lang, a, d.stopped));
    w.key("identifier");
    w.open('[');
    identifier(w, &urn(&d.ids.risk));
    w.close(']');
    w.key("status");
    w.string("final");
    w.key("method");
    let method = t.fhir_method.replace("{version}", RULES_VERSION);
    w.open('{');
    w.key("coding");
    w.open('[');
    w.open('{');
    w.key("system");
    w.string(RULES_SYSTEM);
    w.key("version");
    w.string(RULES_VERSION);
    w.key("code");
    w.string("back-pain-check");
    w.key("display");
    w.string(&method);
    w.close('}');
    w.close(']');
    w.key("text");
    w.string(&method);
    w.close('}');
    w.key("subject");
    w.open('{');
    w.key("display");
    w.string(t.fhir_subject);
    w.close('}');
    w.key("occurrenceDateTime");
    w.string(d.authored);
    w.key("basis");
    w.open('[');
    w.open('{');
    w.key("reference");
    w.string(&urn(&d.ids.response));
    w.close('}');
    w.close(']');

    w.key("prediction");
    w.open('[');
    write_triage(w, d);
    for f in &a.red_flags {
        let title = lang.red_flag(f.id).title;
        let snomed = red_flag_snomed(f.id);
        finding(w, d, f, (RED_FLAG_SYSTEM, title), snomed);
    }
    for p in &a.patterns {
        let title = lang.pattern(p.id).title;
        finding(w, d, p, (PATTERN_SYSTEM, title), pattern_snomed(p.id));
    }
    if let Some(p) = &a.prognosis {
        let words = t.fhir_bands[p.band as usize];
        let (code, display) = band_probability(p.band);
        w.open('{');
        w.key("outcome");
        w.open('{');
        w.key("text");
        w.string(t.fhir_outlook_outcome);
        w.close('}');
        w.key("qualitativeRisk");
        w.open('{');
        w.key("coding");
        w.open('[');
        // Only the standard code: the binding's value set holds no other
        // (FHIR.js warns at a second coding), and our band is in the note.
        coding(w, RISK_PROBABILITY, code, Some(display));
        w.close(']');
        w.key("text");
        w.string(words);
        w.close('}');
        rationale(w, d, &p.because);
        w.close('}');
    }
    w.close(']');

    w.key("note");
    w.open('[');
    let r = lang.result;
    let risks: Vec<&str> = a
        .risk_factors
        .iter()
        .map(|f| lang.risk_factor(f.id).title)
        .collect();
    if !risks.is_empty() {
        note(w, &format!("{}: {}", r.risk_factors, risks.join("; ")));
    }
    let advice: Vec<&str> = a.advice.iter().map(|f| lang.advice(f.id).title).collect();
    if !advice.is_empty() {
        note(w, &format!("{} {}", t.fhir_advice, advice.join("; ")));
    }
    note(w, &format!("{} {}", t.fhir_contract, a.to_json()));
    w.close(']');
    w.close('}');
}

/// The triage as the outcome, readable from its `text` alone; the reasons,
/// highest level first, as the rationale (none when nothing raised it).
fn write_triage(w: &mut JsonWriter, d: &Doc) {
    let (lang, a) = (d.lang, d.assessment);
    let level = a.triage.id();
    let title = lang.triage(a.triage).title;
    w.open('{');
    w.key("outcome");
    w.open('{');
    w.key("coding");
    w.open('[');
    coding(w, TRIAGE_SYSTEM, level, Some(title));
    w.close(']');
    w.key("text");
    w.string(title);
    w.close('}');
    let reasons: Vec<&str> = a.reasons.iter().map(|x| reason_title(lang, x.id)).collect();
    if !reasons.is_empty() {
        w.key("rationale");
        w.string(&reasons.join("; "));
    }
    w.close('}');
}

/// A red flag or a pattern: SNOMED CT first when there is one, then ours.
fn finding<I: std::fmt::Display>(
    w: &mut JsonWriter,
    d: &Doc,
    f: &Finding<I>,
    (system, title): (&str, &str),
    snomed: Option<Concept>,
) {
    w.open('{');
    w.key("outcome");
    w.open('{');
    w.key("coding");
    w.open('[');
    if let Some((code, display)) = snomed {
        coding(w, SNOMED, code, Some(display));
    }
    coding(w, system, &f.id.to_string(), Some(title));
    w.close(']');
    w.key("text");
    w.string(title);
    w.close('}');
    rationale(w, d, &f.because);
    w.close('}');
}

/// "Because of the answers to: <question>, <question>", in the person's
/// words; left out when no answer is behind it (never an empty sentence).
fn rationale(w: &mut JsonWriter, d: &Doc, because: &[Q]) {
    let questions: Vec<&str> = because
        .iter()
        .map(|&id| question_text(d.lang, id))
        .collect();
    if questions.is_empty() {
        return;
    }
    w.key("rationale");
    w.string(&format!(
        "{} {}",
        d.lang.export.fhir_because,
        questions.join(" ")
    ));
}

fn note(w: &mut JsonWriter, text: &str) {
    w.open('{');
    w.key("text");
    w.string(text);
    w.close('}');
}
