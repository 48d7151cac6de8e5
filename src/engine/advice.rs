//! Chooses advice from the library for this assessment. Each item carries the
//! question ids that made it relevant (empty for advice everyone gets).

use super::answers::Answers;
use super::assessment::{Assessment, Finding, Triage};
use super::ids;
use super::triage::yes_ids;

pub(super) fn advice(a: &Answers, r: &Assessment) -> Vec<Finding> {
    let mut out: Vec<Finding> = Vec::new();
    let mut add = |id: &'static str, because: Vec<&'static str>| out.push(Finding { id, because });
    let has_pattern = |id| r.patterns.iter().any(|p| p.id == id);
    let pattern_because = |id| {
        r.patterns
            .iter()
            .find(|p| p.id == id)
            .map(|p| p.because.clone())
            .unwrap_or_default()
    };
    let reason_because = |level: Triage| {
        let mut ids: Vec<&'static str> = Vec::new();
        for reason in r.reasons.iter().filter(|x| x.level == level) {
            for id in &reason.because {
                if !ids.contains(id) {
                    ids.push(id);
                }
            }
        }
        ids
    };
    let calm = r.triage <= Triage::SeeGp;
    let not_emergency = r.triage < Triage::Emergency;

    // What to do now, and what is going on.
    match r.triage {
        Triage::Emergency => add("emergency_now", reason_because(Triage::Emergency)),
        Triage::Urgent => add("urgent_today", reason_because(Triage::Urgent)),
        Triage::SeeGp => add("book_appointment", reason_because(Triage::SeeGp)),
        Triage::SelfCare => add("self_care_plan", vec![]),
    }
    if !r.in_scope {
        add("under_16", vec!["age"]);
    }
    if !r.unanswered_red_flags.is_empty() {
        add("unanswered_warning_signs", r.unanswered_red_flags.clone());
    }
    add("what_is_happening", vec![]);
    if a.has("duration") {
        add("how_long_it_lasts", vec!["duration"]);
    }
    if r.triage >= Triage::SeeGp {
        add("what_a_doctor_does", vec![]);
    }
    add("safety_net", vec![]);

    // At home.
    if calm {
        add("stay_active", vec![]);
    }
    if r.in_scope && not_emergency {
        let because = if a.has("pain_now") {
            vec!["pain_now"]
        } else {
            vec![]
        };
        add("pain_medicines", because);
    }
    if not_emergency {
        add("heat_and_ice", vec![]);
        add(
            "sleep_positions",
            yes_ids(a, &["night_pain", "wakes_second_half_night"]),
        );
    }
    if r.in_scope && calm {
        add("skip_unhelpful_treatments", vec![]);
    }
    let mood = yes_ids(
        a,
        &["fear_of_movement", "worry", "catastrophising", "low_mood"],
    );
    if !mood.is_empty() {
        add("mood_and_worry", mood);
    }
    if matches!(
        a.choice("duration"),
        Some("4_to_12_weeks" | "over_12_weeks")
    ) {
        add("long_lasting_pain", vec!["duration"]);
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
    if !lifting.is_empty() {
        add("lifting_safely", lifting);
    }
    let mut posture = Vec::new();
    if work("long_sitting") || work("long_standing") {
        posture.push("work_demands");
    }
    if onset("long_sitting") || onset("long_standing") {
        posture.push("onset_activity");
    }
    if !posture.is_empty() {
        add("desk_and_standing", posture);
    }
    if work("vibration") {
        add("vibration_at_work", vec!["work_demands"]);
    }

    // Exercise and running.
    if calm {
        add("back_exercise", vec![]);
    }
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
    if !weekend.is_empty() {
        add("weekend_warrior", weekend);
    }
    if has_pattern("stenosis") {
        add("stenosis_walking", pattern_because("stenosis"));
    }
    if a.yes("runs") {
        if calm {
            let mut because = vec!["runs"];
            because.extend(yes_ids(a, &["pain_when_running"]));
            add("running_return", because);
        }
        // Leg symptoms, night pain or pain on arching in a young runner need a clinician.
        let mut because = vec!["runs"];
        for p in ["radicular", "spondylolysis"] {
            for id in pattern_because(p) {
                if !because.contains(&id) {
                    because.push(id);
                }
            }
        }
        because.extend(yes_ids(a, &["night_pain"]));
        if because.len() > 1 {
            add("running_see_clinician", because);
        }
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
    if !bones.is_empty() || r.red_flags.iter().any(|f| f.id == "fracture") {
        add("bone_health", bones);
    }
    if a.yes("smoking") {
        add("stop_smoking", vec!["smoking"]);
    }
    if has_risk("alcohol") {
        add("alcohol", vec!["alcohol_units_week"]);
    }
    if r.in_scope {
        add("prevent_next_episode", vec![]);
    }

    // Keep the library's order (grouped: now, home, work, exercise, prevention).
    sort_small_by_key(&mut out, |f| ids::ADVICE.iter().position(|id| *id == f.id));
    out
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
