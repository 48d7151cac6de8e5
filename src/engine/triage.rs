//! Red flags and the other reasons that set the triage level.
//!
//! Rules follow `shared/clinical-reference.md` (Finucane et al. 2020, NICE NG59)
//! and the source article. Where they differ, the guideline and the safer level
//! win. Every rule only ever *adds* a reason, and the triage is the highest
//! level among the reasons, so no answer can outweigh a red flag.

use super::answers::Answers;
use super::assessment::{Finding, Reason, Triage};
use super::questions::red_flag_questions;

use Triage::{Emergency, SeeGp, Urgent};

/// Questions without which `self_care` cannot be given: they decide whether a
/// "see a doctor" rule applies.
const CORE: &[&str] = &[
    "age",
    "duration",
    "improving",
    "pain_reach",
    "leg_pain_side",
    "leg_numbness",
];

#[derive(Default)]
pub(super) struct Triaged {
    pub red_flags: Vec<Finding>,
    pub unanswered_red_flags: Vec<&'static str>,
    pub reasons: Vec<Reason>,
}

impl Triaged {
    fn flag(&mut self, id: &'static str, level: Triage, because: Vec<&'static str>) {
        self.red_flags.push(Finding {
            id,
            because: because.clone(),
        });
        self.reason(id, level, because);
    }

    fn reason(&mut self, id: &'static str, level: Triage, because: Vec<&'static str>) {
        self.reasons.push(Reason { id, level, because });
    }

    fn has_flag(&self, id: &str) -> bool {
        self.red_flags.iter().any(|f| f.id == id)
    }

    pub fn level(&self) -> Triage {
        self.reasons
            .iter()
            .map(|r| r.level)
            .max()
            .unwrap_or(Triage::SelfCare)
    }
}

/// The ids among `ids` that were answered "yes".
pub(super) fn yes_ids(a: &Answers, ids: &[&'static str]) -> Vec<&'static str> {
    ids.iter().copied().filter(|id| a.yes(id)).collect()
}

fn age_at_least(a: &Answers, years: i64) -> bool {
    a.int("age").is_some_and(|age| age >= years)
}

/// Applies every red-flag rule.
pub(super) fn red_flags(a: &Answers, t: &mut Triaged) {
    let both_legs = a.is("leg_pain_side", "both_legs");
    let worsening_weakness = a.is("leg_weakness", "worsening");

    // Cauda equina: new bladder or bowel trouble or saddle numbness is an
    // emergency on its own; leg symptoms in both legs with worsening weakness too.
    let mut ce = yes_ids(a, &["bladder_bowel", "saddle_numbness"]);
    if !ce.is_empty() {
        if both_legs {
            ce.push("leg_pain_side");
        }
        t.flag("cauda_equina", Emergency, ce);
    } else if both_legs && worsening_weakness {
        t.flag(
            "cauda_equina",
            Emergency,
            vec!["leg_pain_side", "leg_weakness"],
        );
    }

    if worsening_weakness {
        t.flag("progressive_deficit", Emergency, vec!["leg_weakness"]);
    }

    // Malignancy: a past cancer is the strongest single sign. Weight loss or
    // constant night pain count when another sign of cancer goes with them.
    let night_pain = a.yes("night_pain");
    let weight_loss = a.yes("weight_loss");
    let over_50 = age_at_least(a, 50);
    let no_better_after_a_month = matches!(
        a.choice("duration"),
        Some("4_to_12_weeks" | "over_12_weeks")
    ) && matches!(a.choice("improving"), Some("same" | "worse"));
    if a.yes("cancer_history") {
        let mut because = vec!["cancer_history"];
        because.extend(yes_ids(a, &["weight_loss", "night_pain"]));
        if over_50 {
            because.push("age");
        }
        t.flag("malignancy", Urgent, because);
    } else if weight_loss && (over_50 || night_pain || no_better_after_a_month) {
        let mut because = vec!["weight_loss"];
        if over_50 {
            because.push("age");
        }
        if night_pain {
            because.push("night_pain");
        }
        if no_better_after_a_month {
            because.extend(["duration", "improving"]);
        }
        t.flag("malignancy", Urgent, because);
    } else if night_pain && over_50 {
        t.flag("malignancy", Urgent, vec!["night_pain", "age"]);
    }

    // Spinal infection: fever with a high-risk background is an emergency;
    // either sign alone still needs a doctor today.
    match (a.yes("fever"), a.yes("infection_risk")) {
        (true, true) => t.flag("infection", Emergency, vec!["fever", "infection_risk"]),
        (true, false) => t.flag("infection", Urgent, vec!["fever"]),
        (false, true) => t.flag("infection", Urgent, vec!["infection_risk"]),
        (false, false) => {}
    }

    // Trauma and fracture.
    if a.is("injury", "major") {
        t.flag("major_trauma", Emergency, vec!["injury"]);
    }
    let bone_risk = a.yes("bone_risk");
    let over_70 = age_at_least(a, 70);
    let minor_injury = a.is("injury", "minor");
    // With fragile bones even a strain can break a vertebra (Finucane et al. 2020).
    let strain =
        a.includes("onset_activity", "lifting") || a.includes("onset_activity", "twisting");
    if (minor_injury && (bone_risk || over_70)) || (bone_risk && (over_70 || strain)) {
        let mut because = Vec::new();
        if minor_injury {
            because.push("injury");
        }
        if bone_risk && strain && !minor_injury {
            because.push("onset_activity");
        }
        if bone_risk {
            because.push("bone_risk");
        }
        if over_70 {
            because.push("age");
        }
        if a.is("sex", "female") {
            because.push("sex");
        }
        t.flag("fracture", Urgent, because);
    }

    // Warning signs that did not make a red flag on their own still need a doctor.
    if weight_loss && !t.has_flag("malignancy") {
        t.reason("weight_loss", SeeGp, vec!["weight_loss"]);
    }
    if night_pain && !t.has_flag("malignancy") {
        t.reason("night_pain", SeeGp, vec!["night_pain"]);
    }
    if bone_risk && !t.has_flag("fracture") {
        t.reason("bone_risk", SeeGp, vec!["bone_risk"]);
    }

    t.unanswered_red_flags = red_flag_questions()
        .map(|q| q.id)
        .filter(|id| !a.has(id))
        .collect();
    if !t.unanswered_red_flags.is_empty() {
        let because = t.unanswered_red_flags.clone();
        t.reason("unanswered_red_flags", SeeGp, because);
    }
}

/// The "see a doctor" rules that are not red flags.
pub(super) fn other_reasons(a: &Answers, t: &mut Triaged) {
    if a.int("age").is_some_and(|age| age < 16) {
        t.reason("under_16", SeeGp, vec!["age"]);
    }

    let missing: Vec<&'static str> = CORE.iter().copied().filter(|id| !a.has(id)).collect();
    if !missing.is_empty() {
        t.reason("missing_answers", SeeGp, missing);
    }

    let contradictions = contradictions(a);
    if !contradictions.is_empty() {
        t.reason("contradictory_answers", SeeGp, contradictions);
    }

    // Weakness that is not getting worse still needs a prompt examination.
    if a.is("leg_weakness", "stable") {
        t.reason("leg_weakness", Urgent, vec!["leg_weakness"]);
    }
    if a.is("pain_reach", "below_knee") {
        t.reason("pain_below_knee", SeeGp, vec!["pain_reach"]);
    }
    if a.yes("leg_numbness") {
        t.reason("leg_numbness", SeeGp, vec!["leg_numbness"]);
    }
    if a.is("leg_pain_side", "both_legs") && !t.has_flag("cauda_equina") {
        t.reason("both_legs", SeeGp, vec!["leg_pain_side"]);
    }
    if matches!(
        a.choice("duration"),
        Some("4_to_12_weeks" | "over_12_weeks")
    ) {
        t.reason("lasting_weeks", SeeGp, vec!["duration"]);
    }
    if a.int("pain_now").is_some_and(|p| p >= 7) && a.bool("rest_eases") == Some(false) {
        t.reason("severe_not_eased", SeeGp, vec!["pain_now", "rest_eases"]);
    }
    match a.choice("improving") {
        Some("worse") => t.reason("getting_worse", SeeGp, vec!["improving"]),
        // "Not better within a few days": past the first week with no change.
        Some("same") if a.has("duration") && !a.is("duration", "under_1_week") => {
            t.reason("not_improving", SeeGp, vec!["improving", "duration"])
        }
        _ => {}
    }
}

/// Pairs of answers that cannot both be true. Each pair is read the safer way
/// by the other rules (for example leg symptoms are taken as present), and the
/// result says the answers need a clinician to sort out.
fn contradictions(a: &Answers) -> Vec<&'static str> {
    let mut ids = Vec::new();
    let mut add = |pair: [&'static str; 2]| {
        for id in pair {
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
    };
    let no_legs = a.is("leg_pain_side", "none");
    if a.is("pain_reach", "back_only")
        && matches!(a.choice("leg_pain_side"), Some("one_leg" | "both_legs"))
    {
        add(["pain_reach", "leg_pain_side"]);
    }
    if a.is("pain_reach", "below_knee") && no_legs {
        add(["pain_reach", "leg_pain_side"]);
    }
    if a.yes("leg_numbness") && no_legs {
        add(["leg_numbness", "leg_pain_side"]);
    }
    if matches!(a.choice("leg_weakness"), Some("stable" | "worsening")) && no_legs {
        add(["leg_weakness", "leg_pain_side"]);
    }
    if a.yes("rest_eases") && a.yes("night_pain") {
        add(["rest_eases", "night_pain"]);
    }
    if a.bool("runs") == Some(false) && a.yes("pain_when_running") {
        add(["runs", "pain_when_running"]);
    }
    ids
}
