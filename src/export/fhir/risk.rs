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

use serde::Serialize;

use crate::content::export_text;
use crate::engine::Q;

use super::codes::{band_probability, pattern_snomed, red_flag_snomed, Concept};
use super::codes::{RISK_PROBABILITY, SNOMED};
use super::ids::urn;
use super::narrative::{self, reason_title};
use super::types::{CodeableConcept, Coding, Display, Identifier, Narrative, Note, Reference};
use super::{question_text, Doc};
use super::{PATTERN_SYSTEM, RED_FLAG_SYSTEM, RULES_SYSTEM, TRIAGE_SYSTEM};

/// The version of the rules that made the assessment.
pub const RULES_VERSION: &str = env!("CARGO_PKG_VERSION");

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub(super) struct RiskAssessment<'a> {
    resource_type: &'static str,
    id: &'a str,
    language: &'a str,
    text: Narrative,
    identifier: [Identifier; 1],
    status: &'static str,
    method: Method<'a>,
    subject: Display<'a>,
    occurrence_date_time: &'a str,
    basis: [Reference; 1],
    prediction: Vec<Prediction<'a>>,
    note: Vec<Note>,
}

#[derive(Serialize)]
struct Method<'a> {
    coding: [Coding<'a>; 1],
    text: &'a str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Prediction<'a> {
    outcome: CodeableConcept<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    qualitative_risk: Option<CodeableConcept<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    rationale: Option<String>,
}

/// The assessment as a RiskAssessment; `method` is the rule set's words,
/// made by the caller (they hold its version).
pub(super) fn risk_assessment<'a>(d: &'a Doc, method: &'a str) -> RiskAssessment<'a> {
    let (lang, a) = (d.lang, d.assessment);
    let t = export_text(lang);
    let mut prediction = vec![triage(d)];
    for f in &a.red_flags {
        let title = lang.red_flag(f.id).title;
        let ours = Coding::new(RED_FLAG_SYSTEM, f.id.id(), Some(title));
        prediction.push(finding(d, ours, red_flag_snomed(f.id), &f.because));
    }
    for p in &a.patterns {
        let title = lang.pattern(p.id).title;
        let ours = Coding::new(PATTERN_SYSTEM, p.id.id(), Some(title));
        prediction.push(finding(d, ours, pattern_snomed(p.id), &p.because));
    }
    if let Some(p) = &a.prognosis {
        let (code, display) = band_probability(p.band);
        prediction.push(Prediction {
            outcome: CodeableConcept {
                coding: Vec::new(),
                text: t.fhir_outlook_outcome,
            },
            // Only the standard code: the binding's value set holds no other
            // (FHIR.js warns at a second coding), and our band is in the note.
            qualitative_risk: Some(CodeableConcept {
                coding: vec![Coding::new(RISK_PROBABILITY, code, Some(display))],
                text: t.fhir_bands[p.band as usize],
            }),
            rationale: rationale(d, &p.because),
        });
    }

    let r = super::super::result_text(lang);
    let mut note = Vec::new();
    let risks: Vec<&str> = a
        .risk_factors
        .iter()
        .map(|f| lang.risk_factor(f.id).title)
        .collect();
    if !risks.is_empty() {
        note.push(Note {
            text: format!("{}: {}", r.risk_factors, risks.join("; ")),
        });
    }
    let advice: Vec<&str> = a.advice.iter().map(|f| lang.advice(f.id).title).collect();
    if !advice.is_empty() {
        note.push(Note {
            text: format!("{} {}", t.fhir_advice, advice.join("; ")),
        });
    }
    note.push(Note {
        text: format!("{} {}", t.fhir_contract, a.to_json()),
    });

    RiskAssessment {
        resource_type: "RiskAssessment",
        id: &d.ids.risk,
        language: lang.code,
        text: narrative::text(narrative::risk_assessment(lang, a, d.stopped)),
        identifier: [Identifier::urn(urn(&d.ids.risk))],
        status: "final",
        method: Method {
            coding: [Coding {
                system: RULES_SYSTEM,
                version: Some(RULES_VERSION),
                code: "back-pain-check",
                display: Some(method),
            }],
            text: method,
        },
        subject: Display {
            display: t.fhir_subject,
        },
        occurrence_date_time: d.authored,
        basis: [Reference {
            reference: urn(&d.ids.response),
        }],
        prediction,
        note,
    }
}

/// How the assessment was made, in the person's language, with the rules' version.
pub(super) fn method_words(d: &Doc) -> String {
    export_text(d.lang)
        .fhir_method
        .replace("{version}", RULES_VERSION)
}

/// The triage as the outcome, readable from its `text` alone; the reasons,
/// highest level first, as the rationale (none when nothing raised it).
fn triage<'a>(d: &'a Doc) -> Prediction<'a> {
    let (lang, a) = (d.lang, d.assessment);
    let title = lang.triage(a.triage).title;
    let reasons: Vec<&str> = a.reasons.iter().map(|x| reason_title(lang, x.id)).collect();
    Prediction {
        outcome: CodeableConcept {
            coding: vec![Coding::new(TRIAGE_SYSTEM, a.triage.id(), Some(title))],
            text: title,
        },
        qualitative_risk: None,
        rationale: (!reasons.is_empty()).then(|| reasons.join("; ")),
    }
}

/// A red flag or a pattern: SNOMED CT first when there is one, then ours.
fn finding<'a>(
    d: &'a Doc,
    ours: Coding<'a>,
    snomed: Option<Concept>,
    because: &[Q],
) -> Prediction<'a> {
    let title = ours.display.unwrap_or(ours.code);
    let mut coding: Vec<Coding> = snomed
        .map(|(code, display)| Coding::new(SNOMED, code, Some(display)))
        .into_iter()
        .collect();
    coding.push(ours);
    Prediction {
        outcome: CodeableConcept {
            coding,
            text: title,
        },
        qualitative_risk: None,
        rationale: rationale(d, because),
    }
}

/// "Because of the answers to: <question>, <question>", in the person's
/// words; left out when no answer is behind it (never an empty sentence).
fn rationale(d: &Doc, because: &[Q]) -> Option<String> {
    let questions: Vec<&str> = because
        .iter()
        .map(|&id| question_text(d.lang, id))
        .collect();
    (!questions.is_empty()).then(|| {
        format!(
            "{} {}",
            export_text(d.lang).fhir_because,
            questions.join(" ")
        )
    })
}
