//! What the answers may fit. These are patterns, never diagnoses: the result
//! says "your answers fit ..." and a clinician confirms.

use super::answers::Answers;
use super::assessment::Finding;
use super::triage::{weak, yes_ids};

pub(super) fn patterns(a: &Answers, any_red_flag: bool) -> Vec<Finding> {
    let mut out = Vec::new();
    if let Some(f) = radicular(a) {
        out.push(f);
    }
    if let Some(f) = stenosis(a) {
        out.push(f);
    }
    if let Some(f) = inflammatory(a) {
        out.push(f);
    }
    if let Some(f) = spondylolysis(a) {
        out.push(f);
    }
    // Non-specific (mechanical) back pain is what remains when nothing else fits.
    if out.is_empty() && !any_red_flag {
        if let Some(f) = non_specific(a) {
            out.push(f);
        }
    }
    out
}

/// Nerve-root pain (sciatica): pain below the knee, or leg symptoms with
/// numbness or weakness.
fn radicular(a: &Answers) -> Option<Finding> {
    let below_knee = a.is("pain_reach", "below_knee");
    let legs = matches!(a.choice("leg_pain_side"), Some("one_leg" | "both_legs"));
    let numb = a.yes("leg_numbness");
    let weakness = weak(a);
    if !(below_knee || (legs && (numb || weakness))) {
        return None;
    }
    let mut because = Vec::new();
    if below_knee {
        because.push("pain_reach");
    }
    if legs {
        because.push("leg_pain_side");
    }
    if numb {
        because.push("leg_numbness");
    }
    if weakness {
        because.push("leg_weakness");
    }
    Some(Finding {
        id: "radicular",
        because,
    })
}

/// Whether the answers fit the stenosis pattern (see [`stenosis`]).
pub(super) fn stenosis_pattern(a: &Answers) -> bool {
    a.yes("walking_leg_pain") && a.int("age").is_some_and(|age| age >= 50)
}

/// Narrowing of the spinal canal (neurogenic claudication): leg pain on walking
/// or standing, eased by sitting or bending forward, usually after 50. (At
/// any age the same answer needs a clinician: a reason in `triage`.)
fn stenosis(a: &Answers) -> Option<Finding> {
    if !stenosis_pattern(a) {
        return None;
    }
    let mut because = vec!["walking_leg_pain", "age"];
    if matches!(a.choice("leg_pain_side"), Some("one_leg" | "both_legs")) {
        because.push("leg_pain_side");
    }
    Some(Finding {
        id: "stenosis",
        because,
    })
}

/// Inflammatory back pain (ASAS expert criteria): back pain of 3 months or
/// more with at least four of the five features. "Onset before 40" reads the
/// age the pain began when the person gave it, else the age now (someone under
/// 40 now also began under 40).
fn inflammatory(a: &Answers) -> Option<Finding> {
    if !a.is("duration", "over_12_weeks") {
        return None;
    }
    let mut features = Vec::new();
    match (a.int("onset_age"), a.int("age")) {
        (Some(onset), _) if onset < 40 => features.push("onset_age"),
        (None, Some(age)) if age < 40 => features.push("age"),
        _ => {}
    }
    if a.includes("onset_activity", "none_known")
        && !matches!(a.choice("injury"), Some("minor" | "major"))
    {
        features.push("onset_activity");
    }
    features.extend(yes_ids(a, &["better_with_exercise"]));
    if a.bool("rest_eases") == Some(false) {
        features.push("rest_eases");
    }
    features.extend(yes_ids(a, &["wakes_second_half_night"]));
    if features.len() < 4 {
        return None;
    }
    features.push("duration");
    features.extend(yes_ids(a, &["morning_stiffness"]));
    Some(Finding {
        id: "inflammatory",
        because: features,
    })
}

/// A stress fracture of the vertebra's arch: a young athlete whose pain is
/// worse on arching the back.
fn spondylolysis(a: &Answers) -> Option<Finding> {
    let young = a.int("age").is_some_and(|age| age <= 25);
    if !(young && a.yes("extension_pain")) {
        return None;
    }
    let mut because = vec!["age", "extension_pain"];
    because.extend(yes_ids(a, &["runs", "pain_when_running"]));
    if a.includes("onset_activity", "running") || a.includes("onset_activity", "other_sport") {
        because.push("onset_activity");
    }
    if because.len() == 2 {
        return None; // not an athlete
    }
    Some(Finding {
        id: "spondylolysis",
        because,
    })
}

/// Mechanical pain in the back, perhaps into the buttock or thigh.
fn non_specific(a: &Answers) -> Option<Finding> {
    if !matches!(
        a.choice("pain_reach"),
        Some("back_only" | "buttock_or_thigh")
    ) {
        return None;
    }
    let mut because = vec!["pain_reach"];
    if a.has("leg_numbness") && !a.yes("leg_numbness") {
        because.push("leg_numbness");
    }
    because.extend(yes_ids(a, &["rest_eases"]));
    const MECHANICAL: &[&str] = &[
        "lifting",
        "twisting",
        "running",
        "other_sport",
        "long_sitting",
        "long_standing",
    ];
    if a.multi("onset_activity")
        .iter()
        .any(|o| MECHANICAL.contains(o))
    {
        because.push("onset_activity");
    }
    Some(Finding {
        id: "non_specific",
        because,
    })
}
