//! The engine's output, with the contract's field names and ids.

use super::json::JsonWriter;

/// How urgently the person should get help, lowest first (so `max` is the safer one).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
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

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
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
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub id: &'static str,
    pub because: Vec<&'static str>,
}

/// Why the triage is what it is: each rule that set a level, with its answers.
/// Red flags appear here too, so the result screen can list every reason.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reason {
    pub id: &'static str,
    pub level: Triage,
    pub because: Vec<&'static str>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RiskFactor {
    pub id: &'static str,
    pub modifiable: bool,
    pub because: Vec<&'static str>,
}

/// Risk of a slow recovery, scored with the STarT Back rule over the product's
/// own items (never presented as the STarT Back Tool itself).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Prognosis {
    pub band: Band,
    pub total: u8,
    pub psychosocial: u8,
    pub because: Vec<&'static str>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assessment {
    pub in_scope: bool,
    pub triage: Triage,
    pub red_flags: Vec<Finding>,
    pub unanswered_red_flags: Vec<&'static str>,
    pub duration: Option<DurationClass>,
    pub patterns: Vec<Finding>,
    pub risk_factors: Vec<RiskFactor>,
    pub prognosis: Option<Prognosis>,
    pub advice: Vec<Finding>,
    /// Beyond the contract: every rule that raised the triage, highest first.
    pub reasons: Vec<Reason>,
}

impl Assessment {
    /// The contract's version number, written as `"contract"`.
    pub const CONTRACT: u32 = 1;

    /// The assessment as compact JSON, in the contract's shape.
    pub fn to_json(&self) -> String {
        let mut w = JsonWriter::default();
        w.open('{');
        w.key("contract");
        w.raw(&Self::CONTRACT.to_string());
        w.key("in_scope");
        w.raw(if self.in_scope { "true" } else { "false" });
        w.key("triage");
        w.string(self.triage.id());
        w.key("red_flags");
        w.findings(&self.red_flags);
        w.key("unanswered_red_flags");
        w.strings(&self.unanswered_red_flags);
        w.key("duration");
        match self.duration {
            Some(d) => w.string(d.id()),
            None => w.raw("null"),
        }
        w.key("patterns");
        w.findings(&self.patterns);
        w.key("risk_factors");
        w.open('[');
        for r in &self.risk_factors {
            w.open('{');
            w.key("id");
            w.string(r.id);
            w.key("modifiable");
            w.raw(if r.modifiable { "true" } else { "false" });
            w.key("because");
            w.strings(&r.because);
            w.close('}');
        }
        w.close(']');
        w.key("prognosis");
        match &self.prognosis {
            Some(p) => {
                w.open('{');
                w.key("band");
                w.string(p.band.id());
                w.key("total");
                w.raw(&p.total.to_string());
                w.key("psychosocial");
                w.raw(&p.psychosocial.to_string());
                w.key("because");
                w.strings(&p.because);
                w.close('}');
            }
            None => w.raw("null"),
        }
        w.key("advice");
        w.findings(&self.advice);
        w.key("reasons");
        w.open('[');
        for r in &self.reasons {
            w.open('{');
            w.key("id");
            w.string(r.id);
            w.key("level");
            w.string(r.level.id());
            w.key("because");
            w.strings(&r.because);
            w.close('}');
        }
        w.close(']');
        w.close('}');
        w.out
    }
}
