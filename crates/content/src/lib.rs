//! Everything a person reads, per language.
//!
//! The engine decides *which* ids apply; this crate says what they mean in
//! words.
//!
//! - One language is one file (`en.rs`, `es.rs`) holding every table of it,
//!   and one line in [`LANGUAGES`].
//! - The widget's wasm carries code, not prose: with the `bundled` feature
//!   off (the release build), the language files are not compiled in. Each
//!   language ships as a file of its own, written from these tables by
//!   [`encode`] (`cargo run -p back-pain-check-content --example texts`),
//!   fetched for the language in use and read back by [`add`] into the same
//!   [`Lang`] the widget would otherwise get from [`BUNDLED`]. Tests, tools
//!   and the exports' checks use the bundled tables.
//! - Each table is keyed by the engine's typed ids ([`engine::Q`],
//!   [`engine::Advice`] ...) and lists them in their enums' order, checked
//!   when the crate compiles (`keyed_by_id!`): a missing or misplaced entry
//!   does not build, and a lookup is an index.
//! - `checks.rs` compares every string of every language with English, key
//!   by key (nothing missing or borrowed, placeholders kept, plain text).
//!
//! The crate depends on the engine alone: it knows no flow, UI or browser.

#![forbid(unsafe_code)]

// The engine under the name the widget uses for it.
use back_pain_check_engine as engine;

use crate::engine::{Advice, Opt, Pattern, ReasonId, RedFlag, Risk, Section, Triage, Value, Q};

/// Checks, when the crate compiles, that each of a language's tables lists
/// every id of its enum once, in the enum's order (`TABLE.field` names the
/// id): a missing, extra or misplaced entry stops the build, and a lookup by
/// id is an index.
#[cfg(feature = "bundled")]
macro_rules! keyed_by_id {
    ($($table:ident . $field:tt $(after $skip:expr)?),+ $(,)?) => {
        const _: () = {
            $(
                let mut i = 0;
                while i < $table.len() {
                    assert!(
                        $table[i].$field as usize == i $(+ $skip)?,
                        concat!(stringify!($table), ": every id once, in its enum's order")
                    );
                    i += 1;
                }
            )+
        };
    };
}

mod asset;
mod export_text;
mod loaded;
mod remember_text;
mod result_text;
mod strings;
mod ui_text;

pub use asset::{encode, TextsError};
pub use export_text::ExportText;
pub use loaded::{add, lang};
pub use remember_text::RememberText;
pub use result_text::ResultText;
pub use ui_text::UiText;

/// Short constructors for the language tables (`en.rs`, `es.rs`).
#[cfg(feature = "bundled")]
pub(crate) const fn qt(
    id: Q,
    text: &'static str,
    help: &'static str,
    options: &'static [(Opt, &'static str)],
) -> QuestionText {
    QuestionText {
        id,
        text,
        help,
        options,
    }
}

#[cfg(feature = "bundled")]
pub(crate) const fn ex<I>(id: I, title: &'static str, text: &'static str) -> Explainer<I> {
    Explainer { id, title, text }
}

#[cfg(feature = "bundled")]
pub(crate) const fn adv(
    id: Advice,
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

#[cfg(feature = "bundled")]
pub(crate) const fn said(id: Q, yes: &'static str, no: &'static str) -> Said {
    Said { id, yes, no }
}

/// How a person's answer to a yes/no or number question is quoted back to
/// them: `yes` for "yes" (or the number, `{n}`), `no` for "no".
#[derive(Debug)]
pub struct Said {
    pub id: Q,
    pub yes: &'static str,
    pub no: &'static str,
}

/// The words of one question.
#[derive(Debug)]
pub struct QuestionText {
    pub id: Q,
    /// The question, in plain words.
    pub text: &'static str,
    /// One or two sentences that help answer it; may be empty.
    pub help: &'static str,
    /// Labels for the option ids, in the question table's order.
    pub options: &'static [(Opt, &'static str)],
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
    /// General topics everyone can open (`Advice::TOPICS`).
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
    pub id: Advice,
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
pub struct Explainer<I> {
    pub id: I,
    pub title: &'static str,
    pub text: &'static str,
}

impl<I> Explainer<I> {
    pub fn words(&self) -> Explained {
        Explained {
            title: self.title,
            text: self.text,
        }
    }
}

/// An explainer's words without its id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Explained {
    pub title: &'static str,
    pub text: &'static str,
}

/// What to do for each triage level.
#[derive(Debug)]
pub struct TriageText {
    pub id: Triage,
    pub title: &'static str,
    /// What to do and how soon. `{number}` is replaced by the emergency number.
    pub action: &'static str,
}

/// All the text of one language: its id-keyed tables and the words of the
/// widget's controls, result, saving and exports.
#[derive(Debug)]
pub struct Lang {
    /// BCP 47 code, e.g. `en`.
    pub code: &'static str,
    pub ui: &'static UiText,
    pub result: &'static ResultText,
    pub remember: &'static RememberText,
    pub export: &'static ExportText,
    pub questions: &'static [QuestionText; Q::COUNT],
    pub sections: &'static [(Section, &'static str); 7],
    pub triage: &'static [TriageText; 4],
    pub red_flags: &'static [Explainer<RedFlag>; RedFlag::COUNT],
    pub patterns: &'static [Explainer<Pattern>; Pattern::COUNT],
    pub risk_factors: &'static [Explainer<Risk>; Risk::COUNT],
    /// The reasons that are not red flags (those are in `red_flags`), in
    /// the order of [`ReasonId`], whose red flags come first.
    pub reasons: &'static [Explainer<ReasonId>; ReasonId::COUNT - RedFlag::COUNT],
    pub advice: &'static [AdviceText; Advice::COUNT],
    pub said: &'static [Said],
}

impl Lang {
    // Lookups index the tables: `keyed_by_id!` has checked that entry `i`
    // is the id whose enum value is `i`.

    pub fn question(&self, id: Q) -> &'static QuestionText {
        &self.questions[id as usize]
    }

    /// An option's label; the option id itself if the question lacks it
    /// (the content tests make sure none does).
    pub fn option_label(&self, question: Q, option: Opt) -> &'static str {
        self.question(question)
            .options
            .iter()
            .find(|(o, _)| *o == option)
            .map_or(option.id(), |(_, label)| *label)
    }

    pub fn section(&self, id: Section) -> &'static str {
        self.sections[id as usize].1
    }

    pub fn triage(&self, id: Triage) -> &'static TriageText {
        &self.triage[id as usize]
    }

    pub fn advice(&self, id: Advice) -> &'static AdviceText {
        &self.advice[id as usize]
    }

    pub fn red_flag(&self, id: RedFlag) -> &'static Explainer<RedFlag> {
        &self.red_flags[id as usize]
    }

    pub fn pattern(&self, id: Pattern) -> &'static Explainer<Pattern> {
        &self.patterns[id as usize]
    }

    pub fn risk_factor(&self, id: Risk) -> &'static Explainer<Risk> {
        &self.risk_factors[id as usize]
    }

    /// A reason's name and explanation; a red flag's come from `red_flags`.
    pub fn reason(&self, id: ReasonId) -> Explained {
        match id.red_flag() {
            Some(f) => self.red_flag(f).words(),
            None => self.reasons[id as usize - RedFlag::COUNT].words(),
        }
    }

    /// An answer in the person's own short words, for "Because you said":
    /// a choice by its label, a yes/no or number by this language's `said`
    /// table, "not sure" as `not_sure`.
    pub fn said_words(&self, id: Q, value: &Value, not_sure: &str) -> String {
        let said = self.said.iter().find(|s| s.id == id);
        match value {
            Value::Bool(b) => said
                .map(|s| if *b { s.yes } else { s.no })
                .unwrap_or(id.id())
                .to_owned(),
            Value::Int(n) => {
                said.map_or_else(|| n.to_string(), |s| s.yes.replace("{n}", &n.to_string()))
            }
            Value::Choice(o) => self.options_words(id, &[*o]),
            Value::Multi(os) => self.options_words(id, os),
            Value::NotSure => not_sure.to_owned(),
        }
    }

    /// Chosen options by their labels, joined with ", " (the review, the
    /// exports and "Because you said" all quote choices this way).
    pub fn options_words(&self, id: Q, options: &[Opt]) -> String {
        options
            .iter()
            .map(|&o| self.option_label(id, o))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// A language the widget speaks, as the language switch names it: known
/// before (and without) its words being loaded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Language {
    /// BCP 47 code, e.g. `en`: the code of its [`Lang`].
    pub code: &'static str,
    /// The language's own name ("Español"), for the language switch.
    pub name: &'static str,
    /// Text direction; a right-to-left language needs no layout work beyond this.
    pub dir: &'static str,
}

/// Declares the language files, [`LANGUAGES`] and [`BUNDLED`] from one list.
macro_rules! languages {
    ($($code:ident: $name:literal $dir:ident),+ $(,)?) => {
        $(#[cfg(feature = "bundled")] mod $code;)+

        /// The languages the widget speaks; the first is the fallback and
        /// the reference the others are checked against (`checks.rs`).
        pub static LANGUAGES: &[Language] = &[
            $(Language { code: stringify!($code), name: $name, dir: stringify!($dir) }),+
        ];

        /// Every language's tables, compiled in (tests, tools, the writer of
        /// the language files), in the order of [`LANGUAGES`].
        #[cfg(feature = "bundled")]
        pub static BUNDLED: &[&Lang] = &[$(&$code::LANG),+];
    };
}

// A language is one file (`en.rs`) and one line here: its code, its own
// name, its direction.
languages! {
    en: "English" ltr,
    es: "Español" ltr,
}

/// The language with this code, if the widget speaks it.
pub fn language(code: &str) -> Option<&'static Language> {
    LANGUAGES.iter().find(|l| l.code == code)
}

/// The codes of the languages the widget speaks.
pub fn language_codes() -> Vec<&'static str> {
    LANGUAGES.iter().map(|l| l.code).collect()
}

/// A bundled language's tables, English when the widget lacks it.
#[cfg(feature = "bundled")]
pub fn bundled(code: &str) -> &'static Lang {
    BUNDLED
        .iter()
        .find(|l| l.code == code)
        .unwrap_or(&BUNDLED[0])
}

#[cfg(test)]
mod checks;
