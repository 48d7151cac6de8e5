//! Red flags and the other reasons that set the triage level.
//!
//! Rules follow `shared/clinical-reference.md` (Finucane et al. 2020, NICE NG59)
//! and the source article. Where they differ, the guideline and the safer level
//! win. Every rule only ever *adds* a reason, and the triage is the highest
//! level among the reasons, so no answer can outweigh a red flag.

use super::answers::Answers;
use super::assessment::{Finding, Reason, Triage};
use super::patterns::stenosis_pattern;
use super::questions::{red_flag_questions, CAUDA_EQUINA_QUESTIONS};

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

/// Whether `leg_weakness` reports any weakness.
pub(super) fn weak(a: &Answers) -> bool {
    matches!(
        a.choice("leg_weakness"),
        Some("stable" | "worsening" | "severe_or_sudden")
    )
}

/// The nerve symptoms the person reported, as the question ids that show
/// them: weakness, numbness, pain below the knee, symptoms in both legs,
/// bladder or bowel change.
fn nerve_symptoms(a: &Answers) -> Vec<&'static str> {
    let mut ids = Vec::new();
    if weak(a) {
        ids.push("leg_weakness");
    }
    if a.yes("leg_numbness") {
        ids.push("leg_numbness");
    }
    if a.is("pain_reach", "below_knee") {
        ids.push("pain_reach");
    }
    if a.is("leg_pain_side", "both_legs") {
        ids.push("leg_pain_side");
    }
    if a.yes("bladder_bowel") {
        ids.push("bladder_bowel");
    }
    ids
}

/// Applies every red-flag rule.
pub(super) fn red_flags(a: &Answers, t: &mut Triaged) {
    cauda_equina_and_weakness(a, t);
    malignancy(a, t);

    // Spinal infection: fever with a high-risk background is an emergency;
    // either sign alone still needs a doctor today.
    match (a.yes("fever"), a.yes("infection_risk")) {
        (true, true) => t.flag("infection", Emergency, vec!["fever", "infection_risk"]),
        (true, false) => t.flag("infection", Urgent, vec!["fever"]),
        (false, true) => t.flag("infection", Urgent, vec!["infection_risk"]),
        (false, false) => {}
    }

    trauma_and_fracture(a, t);

    // Warning signs that did not make a red flag on their own still need a doctor.
    if a.yes("weight_loss") && !t.has_flag("malignancy") {
        t.reason("weight_loss", SeeGp, vec!["weight_loss"]);
    }
    if a.yes("night_pain") && !t.has_flag("malignancy") {
        t.reason("night_pain", SeeGp, vec!["night_pain"]);
    }
    if a.yes("bone_risk") && !t.has_flag("fracture") {
        t.reason("bone_risk", SeeGp, vec!["bone_risk"]);
    }

    // "Not sure" counts as unanswered, never as no.
    t.unanswered_red_flags = red_flag_questions()
        .map(|q| q.id)
        .filter(|id| !a.known(id))
        .collect();
    if !t.unanswered_red_flags.is_empty() {
        let because = t.unanswered_red_flags.clone();
        t.reason("unanswered_red_flags", SeeGp, because);
    }
    // A cauda equina question left open by someone with leg symptoms cannot
    // wait a week or two (2026-11-27 rules).
    let open_ce: Vec<&'static str> = CAUDA_EQUINA_QUESTIONS
        .iter()
        .copied()
        .filter(|id| !a.known(id))
        .collect();
    let mut legs = nerve_symptoms(a);
    if a.is("leg_pain_side", "one_leg") {
        legs.push("leg_pain_side");
    }
    if !open_ce.is_empty() && !legs.is_empty() && !t.has_flag("cauda_equina") {
        let mut because = open_ce;
        because.extend(legs);
        t.reason("unanswered_cauda_equina", Urgent, because);
    }
}

/// Cauda equina syndrome and nerve weakness (GIRFT suspected cauda equina
/// pathway 2023; Finucane et al. 2020).
fn cauda_equina_and_weakness(a: &Answers, t: &mut Triaged) {
    let both_legs = a.is("leg_pain_side", "both_legs");
    // New bladder or bowel trouble, a changed feeling in the saddle area or
    // new sexual dysfunction is an emergency on its own; so is weakness in
    // both legs, whether or not it is getting worse.
    let mut ce = yes_ids(
        a,
        &["bladder_bowel", "saddle_numbness", "sexual_dysfunction"],
    );
    if !ce.is_empty() {
        if both_legs {
            ce.push("leg_pain_side");
        }
        t.flag("cauda_equina", Emergency, ce);
    } else if both_legs && weak(a) {
        t.flag(
            "cauda_equina",
            Emergency,
            vec!["leg_pain_side", "leg_weakness"],
        );
    }

    // Weakness getting worse, or severe or sudden (foot drop, a leg giving
    // way, new in the last few days), is an emergency; mild stable weakness
    // in one leg needs a doctor today (in `other_reasons`).
    if matches!(
        a.choice("leg_weakness"),
        Some("worsening" | "severe_or_sudden")
    ) {
        t.flag("progressive_deficit", Emergency, vec!["leg_weakness"]);
    }

    // New nerve-root symptoms in both legs (pain below the knee or numbness)
    // without the walking pattern of stenosis: at least today, whatever the
    // cauda equina answers were.
    let new_episode = !a.is("duration", "over_12_weeks");
    let root_symptoms = a.yes("leg_numbness") || a.is("pain_reach", "below_knee");
    if both_legs
        && root_symptoms
        && new_episode
        && !stenosis_pattern(a)
        && !t.has_flag("cauda_equina")
    {
        let mut because = vec!["leg_pain_side"];
        if a.is("pain_reach", "below_knee") {
            because.push("pain_reach");
        }
        because.extend(yes_ids(a, &["leg_numbness"]));
        if a.has("duration") {
            because.push("duration");
        }
        t.reason("both_legs_nerve", Urgent, because);
    }
}

/// Malignancy: a past cancer is the strongest single sign; with any nerve
/// symptom it is an emergency (NICE NG234: possible spinal cord compression).
/// Weight loss or constant night pain count when another sign of cancer goes
/// with them.
fn malignancy(a: &Answers, t: &mut Triaged) {
    let night_pain = a.yes("night_pain");
    let weight_loss = a.yes("weight_loss");
    let over_50 = age_at_least(a, 50);
    let no_better_after_a_month = matches!(
        a.choice("duration"),
        Some("4_to_12_weeks" | "over_12_weeks")
    ) && matches!(a.choice("improving"), Some("same" | "worse"));
    if a.yes("cancer_history") {
        let mut because = vec!["cancer_history"];
        let nerves = nerve_symptoms(a);
        let level = if nerves.is_empty() { Urgent } else { Emergency };
        because.extend(nerves);
        because.extend(yes_ids(a, &["weight_loss", "night_pain"]));
        if over_50 {
            because.push("age");
        }
        t.flag("malignancy", level, because);
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
}

/// Major trauma and possible fracture (Finucane et al. 2020; 2026-11-27 rules).
fn trauma_and_fracture(a: &Answers, t: &mut Triaged) {
    let injury = a.choice("injury");
    // An injury whose date is not known counts as recent.
    let when = a.choice("injury_when");
    let when_ids = || {
        let mut ids = vec!["injury"];
        if when.is_some() {
            ids.push("injury_when");
        }
        ids
    };
    if injury == Some("major") {
        let worse = a.is("improving", "worse");
        match when {
            None | Some("last_7_days") => t.flag("major_trauma", Emergency, when_ids()),
            _ if worse => {
                let mut because = when_ids();
                because.push("improving");
                t.flag("major_trauma", Emergency, because);
            }
            // A big injury 1 to 4 weeks ago can still have broken a bone:
            // checked today, though not as an emergency once it is settling.
            Some("1_to_4_weeks") => t.flag("major_trauma", Urgent, when_ids()),
            // Long ago, with pain that is not getting worse.
            Some(_) => t.reason("old_injury", SeeGp, when_ids()),
        }
    }

    // With fragile bones or at 70 or over, any strain or fall can crack a
    // vertebra: lifting, twisting and sport count as a strain.
    let bone_risk = a.yes("bone_risk");
    let over_70 = age_at_least(a, 70);
    let hurt = matches!(injury, Some("minor" | "major"));
    let strain = ["lifting", "twisting", "running", "other_sport"]
        .iter()
        .any(|o| a.includes("onset_activity", o));
    if ((hurt || strain) && (bone_risk || over_70)) || (bone_risk && over_70) {
        let mut because = Vec::new();
        if hurt {
            because.push("injury");
        }
        if strain {
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
    } else if over_70 && a.is("sex", "female") && !a.is("duration", "over_12_weeks") {
        // Bones thin fastest in older women: new back pain needs a doctor's look.
        t.reason("woman_over_70", SeeGp, vec!["age", "sex"]);
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
    if a.is("leg_weakness", "stable") && !t.has_flag("cauda_equina") {
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
    // Leg pain that limits walking and eases on sitting needs a clinician at
    // any age; from 50 it is the stenosis pattern (a reason of its own).
    if a.yes("walking_leg_pain") && !stenosis_pattern(a) {
        t.reason("walking_leg_pain", SeeGp, vec!["walking_leg_pain"]);
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
    if weak(a) && no_legs {
        add(["leg_weakness", "leg_pain_side"]);
    }
    if let (Some(onset), Some(age)) = (a.int("onset_age"), a.int("age")) {
        if onset > age {
            add(["onset_age", "age"]);
        }
    }
    if a.yes("rest_eases") && a.yes("night_pain") {
        add(["rest_eases", "night_pain"]);
    }
    if a.bool("runs") == Some(false) && a.yes("pain_when_running") {
        add(["runs", "pain_when_running"]);
    }
    ids
}
