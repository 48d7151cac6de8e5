//! The question table: ids, answer types, options and skip logic.
//!
//! This is data, not rules. The words people read (question text, help text,
//! option labels) live in the content crate (`crates/content`), keyed by the ids here, so a
//! translation never touches this file. The ids and option ids are fixed by the
//! assessment contract (`shared/assessment-contract.md`).
//!
//! A question is one variant of [`Q`] and one entry of [`QUESTIONS`], in the
//! same place: the crate does not compile when the two disagree.

use crate::ids;

ids! {
    /// Question ids, in the order the questionnaire asks them (the order of
    /// [`QUESTIONS`], checked when the crate compiles).
    pub enum Q {
        Age = "age",
        Sex = "sex",
        Duration = "duration",
        PainNow = "pain_now",
        Improving = "improving",
        RestEases = "rest_eases",
        PainReach = "pain_reach",
        LegPainSide = "leg_pain_side",
        LegNumbness = "leg_numbness",
        OnsetActivity = "onset_activity",
        Injury = "injury",
        InjuryWhen = "injury_when",
        BladderBowel = "bladder_bowel",
        SaddleNumbness = "saddle_numbness",
        SexualDysfunction = "sexual_dysfunction",
        LegWeakness = "leg_weakness",
        Fever = "fever",
        InfectionRisk = "infection_risk",
        WeightLoss = "weight_loss",
        CancerHistory = "cancer_history",
        BoneRisk = "bone_risk",
        NightPain = "night_pain",
        OnsetAge = "onset_age",
        MorningStiffness = "morning_stiffness",
        BetterWithExercise = "better_with_exercise",
        WakesSecondHalfNight = "wakes_second_half_night",
        WalkingLegPain = "walking_leg_pain",
        ExtensionPain = "extension_pain",
        Runs = "runs",
        PainWhenRunning = "pain_when_running",
        HeightCm = "height_cm",
        WeightKg = "weight_kg",
        Activity = "activity",
        Smoking = "smoking",
        AlcoholUnitsWeek = "alcohol_units_week",
        WorkDemands = "work_demands",
        FamilyHistory = "family_history",
        SpineStructure = "spine_structure",
        OtherPain = "other_pain",
        SlowDressing = "slow_dressing",
        ShortWalks = "short_walks",
        FearOfMovement = "fear_of_movement",
        Worry = "worry",
        Catastrophising = "catastrophising",
        LowMood = "low_mood",
        Bothersomeness = "bothersomeness",
    }
}

ids! {
    /// Option ids of the choice and list questions (one enum for all: the
    /// question table says which question offers which).
    pub enum Opt {
        Female = "female",
        Male = "male",
        Other = "other",
        Under1Week = "under_1_week",
        Weeks1To4 = "1_to_4_weeks",
        Weeks4To12 = "4_to_12_weeks",
        Over12Weeks = "over_12_weeks",
        Better = "better",
        Same = "same",
        Worse = "worse",
        BackOnly = "back_only",
        ButtockOrThigh = "buttock_or_thigh",
        BelowKnee = "below_knee",
        None = "none",
        OneLeg = "one_leg",
        BothLegs = "both_legs",
        Lifting = "lifting",
        Twisting = "twisting",
        Running = "running",
        OtherSport = "other_sport",
        LongSitting = "long_sitting",
        LongStanding = "long_standing",
        NoneKnown = "none_known",
        Stable = "stable",
        Worsening = "worsening",
        SevereOrSudden = "severe_or_sudden",
        Minor = "minor",
        Major = "major",
        Last7Days = "last_7_days",
        LongerAgo = "longer_ago",
        Inactive = "inactive",
        WeekendOnly = "weekend_only",
        Regular = "regular",
        HeavyLifting = "heavy_lifting",
        TwistingBending = "twisting_bending",
        Vibration = "vibration",
        NotAtAll = "not_at_all",
        Slightly = "slightly",
        Moderately = "moderately",
        VeryMuch = "very_much",
        Extremely = "extremely",
    }
}

/// The type of answer a question takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Yes or no.
    Bool,
    /// A whole number within `min..=max`.
    Int { min: i64, max: i64 },
    /// Exactly one of the option ids.
    Choice(&'static [Opt]),
    /// Any number of the option ids (at least one when answered).
    Multi(&'static [Opt]),
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
    pub fn options(self) -> &'static [Opt] {
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
    IsTrue(Q),
    /// Asked when the choice question `id` was answered with one of `options`.
    ChoiceIn(Q, &'static [Opt]),
    /// Asked when the choice question `id` was answered with anything but `option`.
    ChoiceNot(Q, Opt),
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
    pub id: Q,
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

const fn q(id: Q, kind: Kind, section: Section) -> Question {
    Question {
        id,
        kind,
        section,
        red_flag: false,
        optional: false,
        ask_if: AskIf::Always,
    }
}

const fn flag(id: Q, kind: Kind) -> Question {
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
pub const QUESTIONS: &[Question] = &QUESTION_TABLE;

const QUESTION_TABLE: [Question; Q::ALL.len()] = [
    // About you
    q(Q::Age, Kind::Int { min: 0, max: 120 }, Section::About),
    optional(q(
        Q::Sex,
        Kind::Choice(&[Opt::Female, Opt::Male, Opt::Other]),
        Section::About,
    )),
    // The pain
    q(
        Q::Duration,
        Kind::Choice(&[
            Opt::Under1Week,
            Opt::Weeks1To4,
            Opt::Weeks4To12,
            Opt::Over12Weeks,
        ]),
        Section::ThePain,
    ),
    q(Q::PainNow, Kind::Int { min: 0, max: 10 }, Section::ThePain),
    q(
        Q::Improving,
        Kind::Choice(&[Opt::Better, Opt::Same, Opt::Worse]),
        Section::ThePain,
    ),
    q(Q::RestEases, BOOL, Section::ThePain),
    q(
        Q::PainReach,
        Kind::Choice(&[Opt::BackOnly, Opt::ButtockOrThigh, Opt::BelowKnee]),
        Section::ThePain,
    ),
    q(
        Q::LegPainSide,
        Kind::Choice(&[Opt::None, Opt::OneLeg, Opt::BothLegs]),
        Section::ThePain,
    ),
    q(Q::LegNumbness, BOOL, Section::ThePain),
    q(
        Q::OnsetActivity,
        Kind::Multi(&[
            Opt::Lifting,
            Opt::Twisting,
            Opt::Running,
            Opt::OtherSport,
            Opt::LongSitting,
            Opt::LongStanding,
            Opt::NoneKnown,
        ]),
        Section::ThePain,
    ),
    // A warning sign asked with how the pain began: an injury, and when.
    flag(
        Q::Injury,
        Kind::Choice(&[Opt::None, Opt::Minor, Opt::Major]),
    ),
    // Not a red-flag question itself: it says whether the injury is recent.
    asked_if(
        q(
            Q::InjuryWhen,
            Kind::Choice(&[Opt::Last7Days, Opt::Weeks1To4, Opt::LongerAgo]),
            Section::WarningSigns,
        ),
        AskIf::ChoiceNot(Q::Injury, Opt::None),
    ),
    // Warning signs: always asked, in plain words.
    flag(Q::BladderBowel, BOOL),
    flag(Q::SaddleNumbness, BOOL),
    flag(Q::SexualDysfunction, BOOL),
    flag(
        Q::LegWeakness,
        Kind::Choice(&[Opt::None, Opt::Stable, Opt::Worsening, Opt::SevereOrSudden]),
    ),
    flag(Q::Fever, BOOL),
    flag(Q::InfectionRisk, BOOL),
    flag(Q::WeightLoss, BOOL),
    flag(Q::CancerHistory, BOOL),
    flag(Q::BoneRisk, BOOL),
    flag(Q::NightPain, BOOL),
    // How the pain behaves
    // Inflammatory back pain counts the age the pain began, not the age now
    // (ASAS); only asked when the pain has lasted 3 months or more.
    optional(asked_if(
        q(
            Q::OnsetAge,
            Kind::Int { min: 0, max: 120 },
            Section::PainPattern,
        ),
        AskIf::ChoiceIn(Q::Duration, &[Opt::Over12Weeks]),
    )),
    q(Q::MorningStiffness, BOOL, Section::PainPattern),
    q(Q::BetterWithExercise, BOOL, Section::PainPattern),
    q(Q::WakesSecondHalfNight, BOOL, Section::PainPattern),
    asked_if(
        q(Q::WalkingLegPain, BOOL, Section::PainPattern),
        AskIf::ChoiceNot(Q::LegPainSide, Opt::None),
    ),
    q(Q::ExtensionPain, BOOL, Section::PainPattern),
    // Running
    q(Q::Runs, BOOL, Section::Running),
    asked_if(
        q(Q::PainWhenRunning, BOOL, Section::Running),
        AskIf::IsTrue(Q::Runs),
    ),
    // Lifestyle and work
    optional(q(
        Q::HeightCm,
        Kind::Int { min: 50, max: 250 },
        Section::Lifestyle,
    )),
    optional(q(
        Q::WeightKg,
        Kind::Int { min: 20, max: 300 },
        Section::Lifestyle,
    )),
    q(
        Q::Activity,
        Kind::Choice(&[Opt::Inactive, Opt::WeekendOnly, Opt::Regular]),
        Section::Lifestyle,
    ),
    q(Q::Smoking, BOOL, Section::Lifestyle),
    optional(q(
        Q::AlcoholUnitsWeek,
        Kind::Int { min: 0, max: 200 },
        Section::Lifestyle,
    )),
    q(
        Q::WorkDemands,
        Kind::Multi(&[
            Opt::HeavyLifting,
            Opt::TwistingBending,
            Opt::LongSitting,
            Opt::LongStanding,
            Opt::Vibration,
            Opt::None,
        ]),
        Section::Lifestyle,
    ),
    q(Q::FamilyHistory, BOOL, Section::Lifestyle),
    q(Q::SpineStructure, BOOL, Section::Lifestyle),
    // Recovery outlook (the domains the STarT Back approach uses, in our own words)
    q(Q::OtherPain, BOOL, Section::Recovery),
    q(Q::SlowDressing, BOOL, Section::Recovery),
    q(Q::ShortWalks, BOOL, Section::Recovery),
    q(Q::FearOfMovement, BOOL, Section::Recovery),
    q(Q::Worry, BOOL, Section::Recovery),
    q(Q::Catastrophising, BOOL, Section::Recovery),
    q(Q::LowMood, BOOL, Section::Recovery),
    q(
        Q::Bothersomeness,
        Kind::Choice(&[
            Opt::NotAtAll,
            Opt::Slightly,
            Opt::Moderately,
            Opt::VeryMuch,
            Opt::Extremely,
        ]),
        Section::Recovery,
    ),
];

/// The cauda equina questions. Every person sees all of them before any
/// result below `emergency` (`shared/clinical-reference.md`, 2026-11-27 rules).
pub const CAUDA_EQUINA_QUESTIONS: [Q; 4] = [
    Q::BladderBowel,
    Q::SaddleNumbness,
    Q::SexualDysfunction,
    Q::LegWeakness,
];

/// The answer a red-flag question also accepts when the person does not know.
/// It is kept as an answer (the questionnaire moves on) but counts as
/// unanswered: never as "no".
pub const NOT_SURE: &str = "not_sure";

/// The contract's red-flag questions, in table order.
pub fn red_flag_questions() -> impl Iterator<Item = &'static Question> {
    QUESTIONS.iter().filter(|q| q.red_flag)
}

// The table lists every question once, in the order of `Q`: checked when
// the crate compiles, so `question` can index it.
const _: () = {
    let mut i = 0;
    while i < QUESTION_TABLE.len() {
        assert!(
            QUESTION_TABLE[i].id as usize == i,
            "QUESTIONS must list every Q once, in the order of the enum"
        );
        i += 1;
    }
};

/// The question with this id.
pub fn question(id: Q) -> &'static Question {
    &QUESTIONS[id as usize]
}

/// Looks a question up by its contract name (input from outside).
pub fn question_named(id: &str) -> Option<&'static Question> {
    Q::from_id(id).map(question)
}
