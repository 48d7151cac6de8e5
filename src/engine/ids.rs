//! Every id the engine can put in an assessment. Tests check that the rules
//! produce only these, that each can be produced, and that each has text in
//! every language.

pub const RED_FLAGS: &[&str] = &[
    "cauda_equina",
    "progressive_deficit",
    "malignancy",
    "infection",
    "fracture",
    "major_trauma",
];

pub const PATTERNS: &[&str] = &[
    "non_specific",
    "radicular",
    "stenosis",
    "inflammatory",
    "spondylolysis",
];

pub const RISK_FACTORS: &[&str] = &[
    // modifiable
    "excess_weight",
    "inactivity",
    "weekend_warrior",
    "smoking",
    "alcohol",
    "work_lifting",
    "work_posture",
    "work_vibration",
    "mood_and_stress",
    // not modifiable
    "age_over_30",
    "family_history",
    "spine_structure",
];

/// Reasons for the triage that are not red flags (red flags are reasons too).
pub const REASONS: &[&str] = &[
    "unanswered_red_flags",
    "missing_answers",
    "contradictory_answers",
    "under_16",
    "unanswered_cauda_equina",
    "both_legs_nerve",
    "leg_weakness",
    "old_injury",
    "pain_below_knee",
    "leg_numbness",
    "both_legs",
    "lasting_weeks",
    "severe_not_eased",
    "getting_worse",
    "not_improving",
    "weight_loss",
    "night_pain",
    "bone_risk",
    "woman_over_70",
    "walking_leg_pain",
    "slow_recovery_risk",
    "radicular",
    "stenosis",
    "inflammatory",
    "spondylolysis",
];

/// The advice library: items the engine chooses for a person (each with the
/// answers that chose it), grouped as the content tables are.
pub const ADVICE: &[&str] = &[
    // now
    "emergency_now",
    "urgent_today",
    "book_appointment",
    "self_care_plan",
    "under_16",
    "unanswered_warning_signs",
    // what the answers fit
    "sciatica",
    "inflammatory_pain",
    "stress_fracture_rest",
    // at home
    "stay_active",
    "pain_medicines",
    "heat_and_ice",
    "sleep_positions",
    "mood_and_worry",
    "long_lasting_pain",
    // at work
    "lifting_safely",
    "desk_and_standing",
    "vibration_at_work",
    // exercise and running
    "back_exercise",
    "get_moving",
    "weekend_warrior",
    "stenosis_walking",
    "running_return",
    "runner_leg_pain",
    // prevention
    "healthy_weight",
    "bone_health",
    "stop_smoking",
    "alcohol",
];

/// General topics everyone can open on the result ("More about back pain"):
/// library text that fits every person, so the engine never chooses it.
pub const TOPICS: &[&str] = &[
    "what_is_happening",
    "how_long_it_lasts",
    "what_a_doctor_does",
    "skip_unhelpful_treatments",
    "prevent_next_episode",
];
