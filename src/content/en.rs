//! English text. (Placeholder: filled in by the content work.)
use super::*;

pub static EN: Lang = Lang {
    code: "en",
    questions: &[],
    sections: &[],
    triage: &[],
    red_flags: &[],
    patterns: &[],
    risk_factors: &[],
    reasons: &[],
    advice: &[],
};
