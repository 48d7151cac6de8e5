//! Chooses advice from the library for this assessment, most useful first.
//!
//! The first item says what to do now (one per triage level); then come the
//! items that limit this result (under 16, unanswered warning signs). Below
//! `urgent` a personal plan follows, ordered by how much each item matters for
//! this person: the pattern their answers fit first, then mood, movement,
//! pain relief, work, exercise, home and prevention. Every item names the
//! answers that chose it: advice that fits everyone (how the back works, what
//! a doctor does) is a topic of the library (`ids::TOPICS`), never chosen.

use super::answers::Answers;
use super::assessment::{Assessment, Finding, Triage};
use super::triage::yes_ids;

pub(super) fn advice(a: &Answers, r: &Assessment) -> Vec<Finding> {
    let mut out: Vec<Finding> = Vec::new();
    let reason_because = |level: Triage| {
        let mut ids: Vec<&'static str> = Vec::new();
        for reason in r.reasons.iter().filter(|x| x.level == level) {
            push_unique(&mut ids, &reason.because);
        }
        ids
    };

    // What to do now: one item for the level, then what limits this result.
    match r.triage {
        Triage::Emergency => out.push(item("emergency_now", reason_because(Triage::Emergency))),
        Triage::Urgent => out.push(item("urgent_today", reason_because(Triage::Urgent))),
        Triage::SeeGp => out.push(item("book_appointment", reason_because(Triage::SeeGp))),
        Triage::SelfCare => out.push(item(
            "self_care_plan",
            answered(a, &["duration", "improving", "rest_eases"]),
        )),
    }
    if !r.in_scope {
        out.push(item("under_16", vec!["age"]));
    }
    if !r.unanswered_red_flags.is_empty() {
        out.push(item(
            "unanswered_warning_signs",
            r.unanswered_red_flags.clone(),
        ));
    }
    // Emergency and urgent results carry the action alone: nothing to read
    // on the way that could dilute it (2026-11-27 rules).
    if r.triage >= Triage::Urgent {
        return out;
    }

    // A personal plan, most useful first. Every item names the answers that
    // chose it; items with none are not chosen.
    let mut plan: Vec<Finding> = Vec::new();
    let mut add = |id: &'static str, because: Vec<&'static str>| {
        if !because.is_empty() {
            plan.push(item(id, because));
        }
    };
    let pattern = |id| {
        r.patterns
            .iter()
            .find(|p| p.id == id)
            .map(|p| p.because.clone())
            .unwrap_or_default()
    };
    let runs = a.yes("runs");
    let legs = a.is("pain_reach", "below_knee")
        || a.is("pain_reach", "buttock_or_thigh")
        || matches!(a.choice("leg_pain_side"), Some("one_leg" | "both_legs"));

    // A possible stress fracture says one thing: rest from what hurts until seen.
    let stress_fracture = pattern("spondylolysis");
    let resting = !stress_fracture.is_empty();
    add("stress_fracture_rest", stress_fracture);
    add("sciatica", pattern("radicular"));
    add("inflammatory_pain", pattern("inflammatory"));
    add("stenosis_walking", pattern("stenosis"));
    if runs && !resting {
        if legs {
            let mut because = vec!["runs"];
            push_unique(
                &mut because,
                &answered_choices(a, &["pain_reach", "leg_pain_side"]),
            );
            push_unique(&mut because, &yes_ids(a, &["pain_when_running"]));
            add("runner_leg_pain", because);
        } else {
            let mut because = vec!["runs"];
            because.extend(yes_ids(a, &["pain_when_running"]));
            add("running_return", because);
        }
    }
    let mood = yes_ids(
        a,
        &["fear_of_movement", "worry", "catastrophising", "low_mood"],
    );
    add("mood_and_worry", mood);
    if !resting {
        let mut because = answered(a, &["duration"]);
        if a.is("improving", "better") || a.is("improving", "same") {
            because.push("improving");
        }
        add("stay_active", because);
    }
    if r.in_scope && a.int("pain_now").is_some_and(|p| p >= 3) {
        let mut because = vec!["pain_now"];
        if a.int("age").is_some_and(|age| age >= 65) {
            because.push("age");
        }
        add("pain_medicines", because);
    }

    // At work.
    let work = |o| a.includes("work_demands", o);
    let onset = |o| a.includes("onset_activity", o);
    let mut lifting = Vec::new();
    if work("heavy_lifting") || work("twisting_bending") {
        lifting.push("work_demands");
    }
    if onset("lifting") || onset("twisting") {
        lifting.push("onset_activity");
    }
    add("lifting_safely", lifting);
    let mut posture = Vec::new();
    if work("long_sitting") || work("long_standing") {
        posture.push("work_demands");
    }
    if onset("long_sitting") || onset("long_standing") {
        posture.push("onset_activity");
    }
    add("desk_and_standing", posture);
    if work("vibration") {
        add("vibration_at_work", vec!["work_demands"]);
    }

    // Exercise.
    if a.is("activity", "inactive") {
        add("get_moving", vec!["activity"]);
    }
    let mut weekend = Vec::new();
    if a.is("activity", "weekend_only") {
        weekend.push("activity");
    }
    if onset("other_sport") {
        weekend.push("onset_activity");
    }
    add("weekend_warrior", weekend);
    let weeks = matches!(
        a.choice("duration"),
        Some("4_to_12_weeks" | "over_12_weeks")
    );
    if weeks && !resting {
        add("back_exercise", vec!["duration"]);
        add("long_lasting_pain", vec!["duration"]);
    }

    // At home.
    add(
        "sleep_positions",
        yes_ids(a, &["night_pain", "wakes_second_half_night"]),
    );
    if a.int("pain_now").is_some_and(|p| p >= 3) {
        add("heat_and_ice", vec!["pain_now"]);
    }

    // Prevention.
    let has_risk = |id| r.risk_factors.iter().any(|f| f.id == id);
    if has_risk("excess_weight") {
        add("healthy_weight", vec!["height_cm", "weight_kg"]);
    }
    let mut bones = yes_ids(a, &["bone_risk"]);
    if a.int("age").is_some_and(|age| age >= 50) {
        bones.push("age");
    }
    add("bone_health", bones);
    if a.yes("smoking") {
        add("stop_smoking", vec!["smoking"]);
    }
    if has_risk("alcohol") {
        add("alcohol", vec!["alcohol_units_week"]);
    }

    out.extend(plan);
    out
}

fn item(id: &'static str, because: Vec<&'static str>) -> Finding {
    Finding { id, because }
}

/// The ids among `ids` the person answered (not "not sure").
fn answered(a: &Answers, ids: &[&'static str]) -> Vec<&'static str> {
    ids.iter().copied().filter(|id| a.known(id)).collect()
}

/// The choice questions among `ids` answered with anything but their first,
/// calmest option (no leg pain, back only).
fn answered_choices(a: &Answers, ids: &[&'static str]) -> Vec<&'static str> {
    ids.iter()
        .copied()
        .filter(|id| {
            a.choice(id)
                .is_some_and(|c| !matches!(c, "none" | "back_only"))
        })
        .collect()
}

fn push_unique(ids: &mut Vec<&'static str>, more: &[&'static str]) {
    for id in more {
        if !ids.contains(id) {
            ids.push(id);
        }
    }
}

/// A stable insertion sort by key, for the short lists the engine and flow
/// sort (a few dozen items at most). Each use of the standard library's
/// stable sort puts about 3 KB of sorting code in the wasm; this is tiny.
pub(crate) fn sort_small_by_key<T, K: Ord>(v: &mut [T], mut key: impl FnMut(&T) -> K) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && key(&v[j - 1]) > key(&v[j]) {
            v.swap(j - 1, j);
            j -= 1;
        }
    }
}
