//! The ids an assessment is made of, as enums: a misspelt id does not compile.
//!
//! Each enum is declared once with [`ids!`], which pairs every variant with
//! its contract name (`shared/assessment-contract.md`) and gives it `id()`,
//! `from_id()`, `ALL`, `Display` and serde's `Serialize`/`Deserialize` (as
//! that name). Question and option ids live beside the question table
//! (`questions.rs`), advice ids beside the rules that choose them
//! (`advice.rs`); red flags, patterns, risk factors and reasons live here,
//! with each reason's triage level in one table ([`ReasonId::levels`]).

use crate::assessment::Triage;

/// Declares an id enum whose variants carry their contract names.
///
/// ```
/// use back_pain_check_engine::ids::RedFlag;
/// assert_eq!(RedFlag::CaudaEquina.id(), "cauda_equina");
/// assert_eq!(RedFlag::from_id("fracture"), Some(RedFlag::Fracture));
/// ```
///
/// A misspelt variant is a compile error: see [`crate::misspelt`].
#[macro_export]
macro_rules! ids {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $id:literal, )+
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        $vis enum $name {
            $( $(#[$vmeta])* $variant, )+
        }

        impl $name {
            /// Every id, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant,)+];

            /// How many ids there are (the length of a table keyed by them).
            pub const COUNT: usize = Self::ALL.len();

            /// The contract's name for this id.
            pub const fn id(self) -> &'static str {
                match self {
                    $( $name::$variant => $id, )+
                }
            }

            /// The id with this contract name.
            pub fn from_id(id: &str) -> Option<$name> {
                Self::ALL.iter().copied().find(|v| v.id() == id)
            }
        }

        impl ::core::convert::AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                self.id()
            }
        }

        impl ::core::fmt::Display for $name {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(self.id())
            }
        }

        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.id())
            }
        }

        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let name = <::std::borrow::Cow<'de, str> as ::serde::Deserialize>::deserialize(d)?;
                $name::from_id(&name).ok_or_else(|| {
                    <D::Error as ::serde::de::Error>::unknown_variant(&name, &[$($id,)+])
                })
            }
        }
    };
}

ids! {
    /// The contract's red flags: each one a reason that needs a clinician
    /// today or now.
    pub enum RedFlag {
        CaudaEquina = "cauda_equina",
        ProgressiveDeficit = "progressive_deficit",
        Malignancy = "malignancy",
        Infection = "infection",
        Fracture = "fracture",
        MajorTrauma = "major_trauma",
    }
}

ids! {
    /// What the answers may fit: patterns, never diagnoses.
    pub enum Pattern {
        NonSpecific = "non_specific",
        Radicular = "radicular",
        Stenosis = "stenosis",
        Inflammatory = "inflammatory",
        Spondylolysis = "spondylolysis",
    }
}

ids! {
    /// Risk factors named by the source article, modifiable first.
    pub enum Risk {
        ExcessWeight = "excess_weight",
        Inactivity = "inactivity",
        WeekendWarrior = "weekend_warrior",
        Smoking = "smoking",
        Alcohol = "alcohol",
        WorkLifting = "work_lifting",
        WorkPosture = "work_posture",
        WorkVibration = "work_vibration",
        MoodAndStress = "mood_and_stress",
        AgeOver30 = "age_over_30",
        FamilyHistory = "family_history",
        SpineStructure = "spine_structure",
    }
}

impl Risk {
    /// Whether the person can change it (advice targets these).
    pub const fn modifiable(self) -> bool {
        !matches!(
            self,
            Risk::AgeOver30 | Risk::FamilyHistory | Risk::SpineStructure
        )
    }
}

ids! {
    /// Why the triage is what it is: every red flag, every pattern that needs
    /// a clinician, and the other rules. Levels: [`ReasonId::levels`].
    pub enum ReasonId {
        CaudaEquina = "cauda_equina",
        ProgressiveDeficit = "progressive_deficit",
        Malignancy = "malignancy",
        Infection = "infection",
        Fracture = "fracture",
        MajorTrauma = "major_trauma",
        UnansweredRedFlags = "unanswered_red_flags",
        MissingAnswers = "missing_answers",
        ContradictoryAnswers = "contradictory_answers",
        Under16 = "under_16",
        UnansweredCaudaEquina = "unanswered_cauda_equina",
        BothLegsNerve = "both_legs_nerve",
        LegWeakness = "leg_weakness",
        OldInjury = "old_injury",
        PainBelowKnee = "pain_below_knee",
        LegNumbness = "leg_numbness",
        BothLegs = "both_legs",
        LastingWeeks = "lasting_weeks",
        SevereNotEased = "severe_not_eased",
        GettingWorse = "getting_worse",
        NotImproving = "not_improving",
        WeightLoss = "weight_loss",
        NightPain = "night_pain",
        BoneRisk = "bone_risk",
        WomanOver70 = "woman_over_70",
        Over70NewPain = "over_70_new_pain",
        WalkingLegPain = "walking_leg_pain",
        SlowRecoveryRisk = "slow_recovery_risk",
        Radicular = "radicular",
        Stenosis = "stenosis",
        Inflammatory = "inflammatory",
        Spondylolysis = "spondylolysis",
    }
}

impl ReasonId {
    /// The triage levels this reason can set, lowest first: the one table of
    /// levels. A reason with one level always sets it; a red flag with two
    /// has its rule choose (`triage.rs` says when).
    pub const fn levels(self) -> &'static [Triage] {
        use ReasonId::*;
        use Triage::{Emergency, SeeGp, Urgent};
        match self {
            CaudaEquina | ProgressiveDeficit => &[Emergency],
            Malignancy | Infection | MajorTrauma => &[Urgent, Emergency],
            Fracture | UnansweredCaudaEquina | BothLegsNerve | LegWeakness => &[Urgent],
            UnansweredRedFlags | MissingAnswers | ContradictoryAnswers | Under16 | OldInjury
            | PainBelowKnee | LegNumbness | BothLegs | LastingWeeks | SevereNotEased
            | GettingWorse | NotImproving | WeightLoss | NightPain | BoneRisk | WomanOver70
            | Over70NewPain | WalkingLegPain | SlowRecoveryRisk | Radicular | Stenosis
            | Inflammatory | Spondylolysis => &[SeeGp],
        }
    }

    /// The level of a reason that has only one.
    pub const fn level(self) -> Triage {
        self.levels()[0]
    }
}

impl ReasonId {
    /// The red flag this reason is, if it is one.
    pub fn red_flag(self) -> Option<RedFlag> {
        RedFlag::ALL
            .iter()
            .copied()
            .find(|&f| ReasonId::from(f) == self)
    }

    /// The pattern this reason is, if it is one.
    pub fn pattern(self) -> Option<Pattern> {
        Pattern::ALL
            .iter()
            .copied()
            .find(|p| p.reason() == Some(self))
    }
}

impl From<RedFlag> for ReasonId {
    fn from(f: RedFlag) -> ReasonId {
        match f {
            RedFlag::CaudaEquina => ReasonId::CaudaEquina,
            RedFlag::ProgressiveDeficit => ReasonId::ProgressiveDeficit,
            RedFlag::Malignancy => ReasonId::Malignancy,
            RedFlag::Infection => ReasonId::Infection,
            RedFlag::Fracture => ReasonId::Fracture,
            RedFlag::MajorTrauma => ReasonId::MajorTrauma,
        }
    }
}

impl Pattern {
    /// The reason a pattern gives when it needs a clinician's look
    /// (every pattern but non-specific pain).
    pub const fn reason(self) -> Option<ReasonId> {
        match self {
            Pattern::NonSpecific => None,
            Pattern::Radicular => Some(ReasonId::Radicular),
            Pattern::Stenosis => Some(ReasonId::Stenosis),
            Pattern::Inflammatory => Some(ReasonId::Inflammatory),
            Pattern::Spondylolysis => Some(ReasonId::Spondylolysis),
        }
    }
}
