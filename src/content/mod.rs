//! Everything a person reads, per language, as static data.
//!
//! The engine decides *which* ids apply; this module says what they mean in
//! words. Nothing here is parsed at run time, so no parser ships in the wasm.
//! Tests in `tests/content.rs` check that every id the engine can produce has
//! text here, and that every entry here can be produced.

use crate::engine::Value;

mod en;
mod es;
mod export_text;
mod remember_text;
mod result_text;
mod ui_text;

pub use en::EN;
pub use es::ES;
pub use export_text::{export_text, ExportText, EXPORT_EN, EXPORT_ES};
pub use remember_text::{RememberText, REMEMBER_EN, REMEMBER_ES};
pub use result_text::{ResultText, RESULT_EN, RESULT_ES};
pub use ui_text::{UiText, UI_EN, UI_ES};

/// Short constructors for the language tables (`en.rs`, `es.rs`).
pub(super) const fn qt(
    id: &'static str,
    text: &'static str,
    help: &'static str,
    options: &'static [(&'static str, &'static str)],
) -> QuestionText {
    QuestionText {
        id,
        text,
        help,
        options,
    }
}

pub(super) const fn ex(id: &'static str, title: &'static str, text: &'static str) -> Explainer {
    Explainer { id, title, text }
}

pub(super) const fn adv(
    id: &'static str,
    group: AdviceGroup,
    title: &'static str,
    summary: &'static str,
    body: &'static [&'static str],
) -> AdviceText {
    AdviceText {
        id,
        group,
        title,
        summary,
        body,
    }
}

pub(super) const fn said(id: &'static str, yes: &'static str, no: &'static str) -> Said {
    Said { id, yes, no }
}

/// How a person's answer to a yes/no or number question is quoted back to
/// them: `yes` for "yes" (or the number, `{n}`), `no` for "no".
#[derive(Debug)]
pub struct Said {
    pub id: &'static str,
    pub yes: &'static str,
    pub no: &'static str,
}

/// The words of one question.
#[derive(Debug)]
pub struct QuestionText {
    pub id: &'static str,
    /// The question, in plain words.
    pub text: &'static str,
    /// One or two sentences that help answer it; may be empty.
    pub help: &'static str,
    /// Labels for the option ids, in the question table's order.
    pub options: &'static [(&'static str, &'static str)],
}

/// Where an advice item is shown on the results screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum AdviceGroup {
    /// What to do now, and what limits the result.
    Now,
    /// Advice for what the answers may fit (sciatica, inflammatory pain, a
    /// possible stress fracture).
    Condition,
    AtHome,
    AtWork,
    /// Exercise and running.
    Exercise,
    Prevention,
    /// General topics everyone can open (`engine::ids::TOPICS`).
    About,
}

impl AdviceGroup {
    pub const ALL: [AdviceGroup; 7] = [
        AdviceGroup::Now,
        AdviceGroup::Condition,
        AdviceGroup::AtHome,
        AdviceGroup::AtWork,
        AdviceGroup::Exercise,
        AdviceGroup::Prevention,
        AdviceGroup::About,
    ];
}

/// One item of the advice library.
#[derive(Debug)]
pub struct AdviceText {
    pub id: &'static str,
    pub group: AdviceGroup,
    pub title: &'static str,
    /// What to do, in one short sentence: shown in the personal plan.
    pub summary: &'static str,
    /// Short paragraphs.
    pub body: &'static [&'static str],
}

/// A name and a short explanation for an output id (red flag, pattern, risk
/// factor, triage reason).
#[derive(Debug)]
pub struct Explainer {
    pub id: &'static str,
    pub title: &'static str,
    pub text: &'static str,
}

/// What to do for each triage level.
#[derive(Debug)]
pub struct TriageText {
    /// `self_care`, `see_gp`, `urgent` or `emergency`.
    pub id: &'static str,
    pub title: &'static str,
    /// What to do and how soon. `{number}` is replaced by the emergency number.
    pub action: &'static str,
}

/// All the text of one language.
#[derive(Debug)]
pub struct Lang {
    /// BCP 47 code, e.g. `en`.
    pub code: &'static str,
    pub questions: &'static [QuestionText],
    pub sections: &'static [(&'static str, &'static str)],
    pub triage: &'static [TriageText],
    pub red_flags: &'static [Explainer],
    pub patterns: &'static [Explainer],
    pub risk_factors: &'static [Explainer],
    pub reasons: &'static [Explainer],
    pub advice: &'static [AdviceText],
    pub said: &'static [Said],
}

impl Lang {
    pub fn question(&self, id: &str) -> Option<&'static QuestionText> {
        self.questions.iter().find(|q| q.id == id)
    }

    pub fn option_label(&self, question: &str, option: &str) -> Option<&'static str> {
        self.question(question)?
            .options
            .iter()
            .find(|(o, _)| *o == option)
            .map(|(_, label)| *label)
    }

    pub fn section(&self, id: &str) -> Option<&'static str> {
        self.sections
            .iter()
            .find(|(s, _)| *s == id)
            .map(|(_, t)| *t)
    }

    pub fn triage(&self, id: &str) -> Option<&'static TriageText> {
        self.triage.iter().find(|t| t.id == id)
    }

    pub fn advice(&self, id: &str) -> Option<&'static AdviceText> {
        self.advice.iter().find(|a| a.id == id)
    }

    pub fn red_flag(&self, id: &str) -> Option<&'static Explainer> {
        self.red_flags.iter().find(|e| e.id == id)
    }

    pub fn pattern(&self, id: &str) -> Option<&'static Explainer> {
        self.patterns.iter().find(|e| e.id == id)
    }

    pub fn risk_factor(&self, id: &str) -> Option<&'static Explainer> {
        self.risk_factors.iter().find(|e| e.id == id)
    }

    pub fn reason(&self, id: &str) -> Option<&'static Explainer> {
        self.reasons.iter().find(|e| e.id == id)
    }

    /// An answer in the person's own short words, for "Because you said":
    /// a choice by its label, a yes/no or number by this language's `said`
    /// table, "not sure" as `not_sure`.
    pub fn said_words(&self, id: &str, value: &Value, not_sure: &str) -> String {
        let said = self.said.iter().find(|s| s.id == id);
        match value {
            Value::Bool(b) => said
                .map(|s| if *b { s.yes } else { s.no })
                .unwrap_or(id)
                .to_owned(),
            Value::Int(n) => {
                said.map_or_else(|| n.to_string(), |s| s.yes.replace("{n}", &n.to_string()))
            }
            Value::Choice(o) => self.options_words(id, &[o]),
            Value::Multi(os) => self.options_words(id, os),
            Value::NotSure => not_sure.to_owned(),
        }
    }

    /// Chosen options by their labels, joined with ", " (the review, the
    /// exports and "Because you said" all quote choices this way).
    pub fn options_words(&self, id: &str, options: &[&str]) -> String {
        options
            .iter()
            .map(|o| self.option_label(id, o).unwrap_or(o))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// Every table of one language, for the widget to switch as a whole.
#[derive(Debug)]
pub struct Texts {
    pub lang: &'static Lang,
    /// The language's own name, for the language switch.
    pub name: &'static str,
    /// Text direction; a right-to-left language needs no layout work beyond this.
    pub dir: &'static str,
    pub ui: &'static UiText,
    pub result: &'static ResultText,
    pub remember: &'static RememberText,
    pub export: &'static ExportText,
}

/// The languages the widget speaks; the first is the fallback.
pub static LANGUAGES: &[Texts] = &[
    Texts {
        lang: &EN,
        name: "English",
        dir: "ltr",
        ui: &UI_EN,
        result: &RESULT_EN,
        remember: &REMEMBER_EN,
        export: &EXPORT_EN,
    },
    Texts {
        lang: &ES,
        name: "Español",
        dir: "ltr",
        ui: &UI_ES,
        result: &RESULT_ES,
        remember: &REMEMBER_ES,
        export: &EXPORT_ES,
    },
];

/// The texts for a language code, English when the widget lacks it.
pub fn texts(code: &str) -> &'static Texts {
    LANGUAGES
        .iter()
        .find(|t| t.lang.code == code)
        .unwrap_or(&LANGUAGES[0])
}

/// The codes of the languages the widget speaks.
pub fn language_codes() -> Vec<&'static str> {
    LANGUAGES.iter().map(|t| t.lang.code).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{Kind, QUESTIONS};

    /// Every yes/no and number question can be quoted back in every
    /// language ("Because you said ..."), in the question table's order.
    #[test]
    fn every_yes_no_and_number_answer_has_short_words() {
        let expected: Vec<&str> = QUESTIONS
            .iter()
            .filter(|q| matches!(q.kind, Kind::Bool | Kind::Int { .. }))
            .map(|q| q.id)
            .collect();
        for t in LANGUAGES {
            let got: Vec<&str> = t.lang.said.iter().map(|s| s.id).collect();
            assert_eq!(got, expected, "{}: said table", t.lang.code);
            for (s, q) in t.lang.said.iter().zip(&expected) {
                let kind = crate::engine::question(q).unwrap().kind;
                assert!(!s.yes.trim().is_empty(), "{}: {q}", t.lang.code);
                match kind {
                    Kind::Bool => assert!(!s.no.trim().is_empty(), "{}: {q} no", t.lang.code),
                    _ => assert!(
                        s.yes.contains("{n}") && s.no.is_empty(),
                        "{}: {q}",
                        t.lang.code
                    ),
                }
                assert!(
                    s.yes.split_whitespace().count() <= 9,
                    "{}: {q} too long",
                    t.lang.code
                );
            }
        }
    }

    /// A language that silently borrowed another's table would show the other
    /// language's words: every language has tables of its own.
    #[test]
    fn no_language_borrows_another_languages_tables() {
        for (i, a) in LANGUAGES.iter().enumerate() {
            assert_eq!(texts(a.lang.code).lang.code, a.lang.code);
            for b in &LANGUAGES[i + 1..] {
                assert!(!std::ptr::eq(a.lang, b.lang));
                assert!(!std::ptr::eq(a.ui, b.ui));
                assert!(!std::ptr::eq(a.result, b.result));
                assert!(!std::ptr::eq(a.remember, b.remember));
                assert!(!std::ptr::eq(export_text(a.lang), export_text(b.lang)));
            }
        }
        assert_eq!(
            texts("xx").lang.code,
            "en",
            "unknown codes fall back to English"
        );
    }
}
