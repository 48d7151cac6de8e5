//! The question table: ids, answer types, options and skip logic.
//!
//! This is data, not rules. The words people read (question text, help text,
//! option labels) live in `crate::content`, keyed by the ids here, so a
//! translation never touches this file. The ids and option ids are fixed by the
//! assessment contract (`shared/assessment-contract.md`).

/// The type of answer a question takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Yes or no.
    Bool,
    /// A whole number within `min..=max`.
    Int { min: i64, max: i64 },
    /// Exactly one of the option ids.
    Choice(&'static [&'static str]),
    /// Any number of the option ids (at least one when answered).
    Multi(&'static [&'static str]),
}

impl Kind {
    /// The contract's name for this type, as used in error messages and `--questions`.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Bool => "boolean",
            Kind::Int { .. } => "integer",
            Kind::Choice(_) => "option",
            Kind::Multi(_) => "list of options",
        }
    }

    /// The option ids of a choice question, empty for other kinds.
    pub fn options(self) -> &'static [&'static str] {
        match self {
            Kind::Choice(o) | Kind::Multi(o) => o,
            _ => &[],
        }
    }
}

/// When a question is asked. Questions whose condition is false are skipped by
/// the questionnaire; their answers, if any, are still honoured by the engine.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AskIf {
    Always,
    /// Asked when the boolean question `id` was answered `true`.
    IsTrue(&'static str),
    /// Asked when the choice question `id` was answered with one of `options`.
    ChoiceIn(&'static str, &'static [&'static str]),
    /// Asked when the choice question `id` was answered with anything but `option`.
    ChoiceNot(&'static str, &'static str),
}

/// The screens of the questionnaire, in the order they are shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Section {
    About,
    ThePain,
    WarningSigns,
    PainPattern,
    Running,
    Lifestyle,
    Recovery,
}

impl Section {
    pub const ALL: [Section; 7] = [
        Section::About,
        Section::ThePain,
        Section::WarningSigns,
        Section::PainPattern,
        Section::Running,
        Section::Lifestyle,
        Section::Recovery,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Section::About => "about",
            Section::ThePain => "the_pain",
            Section::WarningSigns => "warning_signs",
            Section::PainPattern => "pain_pattern",
            Section::Running => "running",
            Section::Lifestyle => "lifestyle",
            Section::Recovery => "recovery",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Question {
    pub id: &'static str,
    pub kind: Kind,
    pub section: Section,
    /// Red-flag questions are always asked, also accept [`NOT_SURE`], and
    /// when unanswered (or "not sure") block `self_care`.
    pub red_flag: bool,
    /// Optional questions may be skipped by the person.
    pub optional: bool,
    pub ask_if: AskIf,
}

impl Question {
    /// The contract's name for the answer type, as error messages say it.
    pub fn type_name(&self) -> &'static str {
        match (self.red_flag, self.kind) {
            (true, Kind::Bool) => "boolean or \"not_sure\"",
            _ => self.kind.name(),
        }
    }

    /// Red-flag questions also take [`NOT_SURE`].
    pub fn accepts_not_sure(&self) -> bool {
        self.red_flag
    }
}

const fn q(id: &'static str, kind: Kind, section: Section) -> Question {
    Question {
        id,
        kind,
        section,
        red_flag: false,
        optional: false,
        ask_if: AskIf::Always,
    }
}

const fn flag(id: &'static str, kind: Kind) -> Question {
    Question {
        red_flag: true,
        ..q(id, kind, Section::WarningSigns)
    }
}

const fn optional(question: Question) -> Question {
    Question {
        optional: true,
        ..question
    }
}

const fn asked_if(question: Question, ask_if: AskIf) -> Question {
    Question { ask_if, ..question }
}

const BOOL: Kind = Kind::Bool;

/// Every question, in the order the questionnaire asks them.
pub static QUESTIONS: &[Question] = &[
    // About you
    q("age", Kind::Int { min: 0, max: 120 }, Section::About),
    optional(q(
        "sex",
        Kind::Choice(&["female", "male", "other"]),
        Section::About,
    )),
    // The pain
    q(
        "duration",
        Kind::Choice(&[
            "under_1_week",
            "1_to_4_weeks",
            "4_to_12_weeks",
            "over_12_weeks",
        ]),
        Section::ThePain,
    ),
    q("pain_now", Kind::Int { min: 0, max: 10 }, Section::ThePain),
    q(
        "improving",
        Kind::Choice(&["better", "same", "worse"]),
        Section::ThePain,
    ),
    q("rest_eases", BOOL, Section::ThePain),
    q(
        "pain_reach",
        Kind::Choice(&["back_only", "buttock_or_thigh", "below_knee"]),
        Section::ThePain,
    ),
    q(
        "leg_pain_side",
        Kind::Choice(&["none", "one_leg", "both_legs"]),
        Section::ThePain,
    ),
    q("leg_numbness", BOOL, Section::ThePain),
    q(
        "onset_activity",
        Kind::Multi(&[
            "lifting",
            "twisting",
            "running",
            "other_sport",
            "long_sitting",
            "long_standing",
            "none_known",
        ]),
        Section::ThePain,
    ),
    // Warning signs: always asked, in plain words.
    flag("bladder_bowel", BOOL),
    flag("saddle_numbness", BOOL),
    flag("sexual_dysfunction", BOOL),
    flag(
        "leg_weakness",
        Kind::Choice(&["none", "stable", "worsening", "severe_or_sudden"]),
    ),
    flag("fever", BOOL),
    flag("infection_risk", BOOL),
    flag("weight_loss", BOOL),
    flag("cancer_history", BOOL),
    flag("injury", Kind::Choice(&["none", "minor", "major"])),
    // Not a red-flag question itself: it says whether the injury is recent.
    asked_if(
        q(
            "injury_when",
            Kind::Choice(&["last_7_days", "1_to_4_weeks", "longer_ago"]),
            Section::WarningSigns,
        ),
        AskIf::ChoiceNot("injury", "none"),
    ),
    flag("bone_risk", BOOL),
    flag("night_pain", BOOL),
    // How the pain behaves
    // Inflammatory back pain counts the age the pain began, not the age now
    // (ASAS); only asked when the pain has lasted 3 months or more.
    optional(asked_if(
        q(
            "onset_age",
            Kind::Int { min: 0, max: 120 },
            Section::PainPattern,
        ),
        AskIf::ChoiceIn("duration", &["over_12_weeks"]),
    )),
    q("morning_stiffness", BOOL, Section::PainPattern),
    q("better_with_exercise", BOOL, Section::PainPattern),
    q("wakes_second_half_night", BOOL, Section::PainPattern),
    asked_if(
        q("walking_leg_pain", BOOL, Section::PainPattern),
        AskIf::ChoiceNot("leg_pain_side", "none"),
    ),
    q("extension_pain", BOOL, Section::PainPattern),
    // Running
    q("runs", BOOL, Section::Running),
    asked_if(
        q("pain_when_running", BOOL, Section::Running),
        AskIf::IsTrue("runs"),
    ),
    // Lifestyle and work
    optional(q(
        "height_cm",
        Kind::Int { min: 50, max: 250 },
        Section::Lifestyle,
    )),
    optional(q(
        "weight_kg",
        Kind::Int { min: 20, max: 300 },
        Section::Lifestyle,
    )),
    q(
        "activity",
        Kind::Choice(&["inactive", "weekend_only", "regular"]),
        Section::Lifestyle,
    ),
    q("smoking", BOOL, Section::Lifestyle),
    optional(q(
        "alcohol_units_week",
        Kind::Int { min: 0, max: 200 },
        Section::Lifestyle,
    )),
    q(
        "work_demands",
        Kind::Multi(&[
            "heavy_lifting",
            "twisting_bending",
            "long_sitting",
            "long_standing",
            "vibration",
            "none",
        ]),
        Section::Lifestyle,
    ),
    q("family_history", BOOL, Section::Lifestyle),
    q("spine_structure", BOOL, Section::Lifestyle),
    // Recovery outlook (the domains the STarT Back approach uses, in our own words)
    q("other_pain", BOOL, Section::Recovery),
    q("slow_dressing", BOOL, Section::Recovery),
    q("short_walks", BOOL, Section::Recovery),
    q("fear_of_movement", BOOL, Section::Recovery),
    q("worry", BOOL, Section::Recovery),
    q("catastrophising", BOOL, Section::Recovery),
    q("low_mood", BOOL, Section::Recovery),
    q(
        "bothersomeness",
        Kind::Choice(&[
            "not_at_all",
            "slightly",
            "moderately",
            "very_much",
            "extremely",
        ]),
        Section::Recovery,
    ),
];

/// The cauda equina questions. Every person sees all of them before any
/// result below `emergency` (`shared/clinical-reference.md`, 2026-11-27 rules).
pub const CAUDA_EQUINA_QUESTIONS: [&str; 4] = [
    "bladder_bowel",
    "saddle_numbness",
    "sexual_dysfunction",
    "leg_weakness",
];

/// The answer a red-flag question also accepts when the person does not know.
/// It is kept as an answer (the questionnaire moves on) but counts as
/// unanswered: never as "no".
pub const NOT_SURE: &str = "not_sure";

/// The contract's red-flag questions, in table order.
pub fn red_flag_questions() -> impl Iterator<Item = &'static Question> {
    QUESTIONS.iter().filter(|q| q.red_flag)
}

/// Looks a question up by id.
pub fn question(id: &str) -> Option<&'static Question> {
    QUESTIONS.iter().find(|q| q.id == id)
}
