//! The engine's output, with the contract's field names and ids.
//!
//! serde writes and reads it in the contract's JSON shape: field names as
//! declared here, ids by their contract names, levels in snake_case.

use serde::de::Error as _;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::advice::Advice;
use crate::ids::{Pattern, ReasonId, RedFlag, Risk};
use crate::questions::{CAUDA_EQUINA_QUESTIONS, Q};

/// How urgently the person should get help, lowest first (so `max` is the safer one).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Triage {
    SelfCare,
    SeeGp,
    Urgent,
    Emergency,
}

impl Triage {
    pub const ALL: [Triage; 4] = [
        Triage::SelfCare,
        Triage::SeeGp,
        Triage::Urgent,
        Triage::Emergency,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Triage::SelfCare => "self_care",
            Triage::SeeGp => "see_gp",
            Triage::Urgent => "urgent",
            Triage::Emergency => "emergency",
        }
    }

    pub fn from_id(id: &str) -> Option<Triage> {
        Triage::ALL.into_iter().find(|t| t.id() == id)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DurationClass {
    Acute,
    Subacute,
    Chronic,
}

impl DurationClass {
    pub fn id(self) -> &'static str {
        match self {
            DurationClass::Acute => "acute",
            DurationClass::Subacute => "subacute",
            DurationClass::Chronic => "chronic",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Band {
    Low,
    Medium,
    High,
}

impl Band {
    pub fn id(self) -> &'static str {
        match self {
            Band::Low => "low",
            Band::Medium => "medium",
            Band::High => "high",
        }
    }
}

/// One result entry (a red flag, pattern or advice item) and the question ids
/// whose answers produced it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Finding<I> {
    pub id: I,
    pub because: Vec<Q>,
}

/// Why the triage is what it is: each rule that set a level, with its answers.
/// Red flags appear here too, so the result screen can list every reason.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reason {
    pub id: ReasonId,
    pub level: Triage,
    pub because: Vec<Q>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RiskFactor {
    pub id: Risk,
    pub modifiable: bool,
    pub because: Vec<Q>,
}

/// Risk of a slow recovery, scored with the STarT Back rule over the product's
/// own items (never presented as the STarT Back Tool itself).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Prognosis {
    pub band: Band,
    pub total: u8,
    pub psychosocial: u8,
    pub because: Vec<Q>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Assessment {
    pub contract: ContractVersion,
    pub in_scope: bool,
    pub triage: Triage,
    pub red_flags: Vec<Finding<RedFlag>>,
    pub unanswered_red_flags: Vec<Q>,
    pub duration: Option<DurationClass>,
    pub patterns: Vec<Finding<Pattern>>,
    pub risk_factors: Vec<RiskFactor>,
    pub prognosis: Option<Prognosis>,
    pub advice: Vec<Finding<Advice>>,
    /// Beyond the contract: every rule that raised the triage, highest first.
    pub reasons: Vec<Reason>,
}

impl Assessment {
    /// The contract's version number, written as `"contract"`.
    pub const CONTRACT: u32 = 1;

    /// The assessment as compact JSON, in the contract's shape.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Whether a cauda equina question is unanswered or "not sure".
    pub fn cauda_equina_open(&self) -> bool {
        CAUDA_EQUINA_QUESTIONS
            .iter()
            .any(|id| self.unanswered_red_flags.contains(id))
    }

    /// Whether this result carries the action alone: urgent or emergency, or
    /// a cauda equina question open. Its `advice` then holds only the items
    /// for now (what to do, what limits the result), and every consumer (the
    /// screen, the host event, the summary, FHIR) shows no reassurance that
    /// could dilute the action (2026-11-27 and 2026-12-02 rules).
    pub fn action_only(&self) -> bool {
        self.triage >= Triage::Urgent || self.cauda_equina_open()
    }
}

/// The `"contract"` field: the version of `shared/assessment-contract.md`
/// this output follows (always [`Assessment::CONTRACT`]).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ContractVersion;

impl Serialize for ContractVersion {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_u32(Assessment::CONTRACT)
    }
}

impl<'de> Deserialize<'de> for ContractVersion {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        match u32::deserialize(d)? {
            Assessment::CONTRACT => Ok(ContractVersion),
            v => Err(D::Error::custom(format!(
                "contract {v}: this engine reads contract {}",
                Assessment::CONTRACT
            ))),
        }
    }
}
