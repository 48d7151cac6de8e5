//! Red flags and the other reasons that set the triage level.
//!
//! Rules follow `shared/clinical-reference.md` (Finucane et al. 2020, NICE NG59)
//! and the source article. Where they differ, the guideline and the safer level
//! win. Every rule only ever *adds* a reason, and the triage is the highest
//! level among the reasons, so no answer can outweigh a red flag.

use super::answers::Answers;
use super::assessment::{Finding, Reason, Triage};
use super::facts::{
    age_at_least, injury_date_disagrees, injury_recent, lasting_4_weeks, leg_symptoms, new_episode,
    weak, yes_ids,
};
use super::ids::{ReasonId, RedFlag};
use super::patterns::stenosis_pattern;
use super::questions::{red_flag_questions, Opt, CAUDA_EQUINA_QUESTIONS, Q};

use Triage::{Emergency, Urgent};

/// Questions without which `self_care` cannot be given: they decide whether a
/// "see a doctor" rule applies.
const CORE: &[Q] = &[
    Q::Age,
    Q::Duration,
    Q::Improving,
    Q::PainReach,
    Q::LegPainSide,
    Q::LegNumbness,
];

#[derive(Default)]
pub(super) struct Triaged {
    pub red_flags: Vec<Finding<RedFlag>>,
    pub unanswered_red_flags: Vec<Q>,
    pub reasons: Vec<Reason>,
}

impl Triaged {
    /// A red flag at `level`, one of the levels its reason allows
    /// ([`ReasonId::levels`]).
    fn flag(&mut self, id: RedFlag, level: Triage, because: Vec<Q>) {
        let reason = ReasonId::from(id);
        debug_assert!(reason.levels().contains(&level), "{id} at {level:?}");
        self.red_flags.push(Finding {
            id,
            because: because.clone(),
        });
        self.reasons.push(Reason {
            id: reason,
            level,
            because,
        });
    }

    /// A reason at its one level ([`ReasonId::level`]).
    pub(super) fn reason(&mut self, id: ReasonId, because: Vec<Q>) {
        debug_assert_eq!(id.levels().len(), 1, "{id} needs its level chosen");
        self.reasons.push(Reason {
            id,
            level: id.level(),
            because,
        });
    }

    fn has_flag(&self, id: RedFlag) -> bool {
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

/// The nerve symptoms the person reported, as the question ids that show
/// them: weakness, numbness, pain below the knee, symptoms in both legs,
/// bladder or bowel change.
fn nerve_symptoms(a: &Answers) -> Vec<Q> {
    let mut ids = Vec::new();
    if weak(a) {
        ids.push(Q::LegWeakness);
    }
    if a.yes(Q::LegNumbness) {
        ids.push(Q::LegNumbness);
    }
    if a.is(Q::PainReach, Opt::BelowKnee) {
        ids.push(Q::PainReach);
    }
    if a.is(Q::LegPainSide, Opt::BothLegs) {
        ids.push(Q::LegPainSide);
    }
    if a.yes(Q::BladderBowel) {
        ids.push(Q::BladderBowel);
    }
    ids
}

/// Applies every red-flag rule.
pub(super) fn red_flags(a: &Answers, t: &mut Triaged) {
    cauda_equina_and_weakness(a, t);
    malignancy(a, t);

    // Spinal infection: fever with a high-risk background is an emergency;
    // either sign alone still needs a doctor today.
    match (a.yes(Q::Fever), a.yes(Q::InfectionRisk)) {
        (true, true) => t.flag(
            RedFlag::Infection,
            Emergency,
            vec![Q::Fever, Q::InfectionRisk],
        ),
        (true, false) => t.flag(RedFlag::Infection, Urgent, vec![Q::Fever]),
        (false, true) => t.flag(RedFlag::Infection, Urgent, vec![Q::InfectionRisk]),
        (false, false) => {}
    }

    trauma_and_fracture(a, t);

    // Warning signs that did not make a red flag on their own still need a doctor.
    if a.yes(Q::WeightLoss) && !t.has_flag(RedFlag::Malignancy) {
        t.reason(ReasonId::WeightLoss, vec![Q::WeightLoss]);
    }
    if a.yes(Q::NightPain) && !t.has_flag(RedFlag::Malignancy) {
        t.reason(ReasonId::NightPain, vec![Q::NightPain]);
    }
    if a.yes(Q::BoneRisk) && !t.has_flag(RedFlag::Fracture) {
        t.reason(ReasonId::BoneRisk, vec![Q::BoneRisk]);
    }

    // "Not sure" counts as unanswered, never as no.
    t.unanswered_red_flags = red_flag_questions()
        .map(|q| q.id)
        .filter(|&id| !a.known(id))
        .collect();
    if !t.unanswered_red_flags.is_empty() {
        let because = t.unanswered_red_flags.clone();
        t.reason(ReasonId::UnansweredRedFlags, because);
    }
    // A cauda equina question left open by someone with leg symptoms cannot
    // wait a week or two (2026-11-27 rules).
    let open_ce: Vec<Q> = CAUDA_EQUINA_QUESTIONS
        .iter()
        .copied()
        .filter(|&id| !a.known(id))
        .collect();
    let mut legs = nerve_symptoms(a);
    if a.is(Q::LegPainSide, Opt::OneLeg) {
        legs.push(Q::LegPainSide);
    }
    if !open_ce.is_empty() && !legs.is_empty() && !t.has_flag(RedFlag::CaudaEquina) {
        let mut because = open_ce;
        because.extend(legs);
        t.reason(ReasonId::UnansweredCaudaEquina, because);
    }
}

/// Cauda equina syndrome and nerve weakness (GIRFT suspected cauda equina
/// pathway 2023; Finucane et al. 2020).
fn cauda_equina_and_weakness(a: &Answers, t: &mut Triaged) {
    let both_legs = a.is(Q::LegPainSide, Opt::BothLegs);
    // New bladder or bowel trouble, a changed feeling in the saddle area or
    // new sexual dysfunction is an emergency on its own; so is weakness in
    // both legs, whether or not it is getting worse.
    let mut ce = yes_ids(
        a,
        &[Q::BladderBowel, Q::SaddleNumbness, Q::SexualDysfunction],
    );
    if !ce.is_empty() {
        if both_legs {
            ce.push(Q::LegPainSide);
        }
        t.flag(RedFlag::CaudaEquina, Emergency, ce);
    } else if both_legs && weak(a) {
        t.flag(
            RedFlag::CaudaEquina,
            Emergency,
            vec![Q::LegPainSide, Q::LegWeakness],
        );
    }

    // Weakness getting worse, or severe or sudden (foot drop, a leg giving
    // way, new in the last few days), is an emergency; mild stable weakness
    // in one leg needs a doctor today (in `other_reasons`).
    if matches!(
        a.choice(Q::LegWeakness),
        Some(Opt::Worsening | Opt::SevereOrSudden)
    ) {
        t.flag(RedFlag::ProgressiveDeficit, Emergency, vec![Q::LegWeakness]);
    }

    // New nerve-root symptoms in both legs (pain below the knee or numbness),
    // in an episode under 12 weeks: at least today, whatever the cauda equina
    // answers were and whatever else is said. The walking pattern of stenosis
    // cannot cancel it: stenosis builds up over months, and its pattern needs
    // pain of 12 weeks or more (2026-12-02 rules), so a rule here only raises.
    let root_symptoms = a.yes(Q::LegNumbness) || a.is(Q::PainReach, Opt::BelowKnee);
    if both_legs && root_symptoms && new_episode(a) && !t.has_flag(RedFlag::CaudaEquina) {
        let mut because = vec![Q::LegPainSide];
        if a.is(Q::PainReach, Opt::BelowKnee) {
            because.push(Q::PainReach);
        }
        because.extend(yes_ids(a, &[Q::LegNumbness]));
        if a.has(Q::Duration) {
            because.push(Q::Duration);
        }
        t.reason(ReasonId::BothLegsNerve, because);
    }
}

/// Malignancy: a past cancer is the strongest single sign; with any nerve
/// symptom it is an emergency (NICE NG234: possible spinal cord compression).
/// Weight loss or constant night pain count when another sign of cancer goes
/// with them.
fn malignancy(a: &Answers, t: &mut Triaged) {
    let night_pain = a.yes(Q::NightPain);
    let weight_loss = a.yes(Q::WeightLoss);
    let over_50 = age_at_least(a, 50);
    let no_better_after_a_month =
        lasting_4_weeks(a) && matches!(a.choice(Q::Improving), Some(Opt::Same | Opt::Worse));
    if a.yes(Q::CancerHistory) {
        let mut because = vec![Q::CancerHistory];
        let nerves = nerve_symptoms(a);
        let level = if nerves.is_empty() { Urgent } else { Emergency };
        because.extend(nerves);
        because.extend(yes_ids(a, &[Q::WeightLoss, Q::NightPain]));
        if over_50 {
            because.push(Q::Age);
        }
        t.flag(RedFlag::Malignancy, level, because);
    } else if weight_loss && (over_50 || night_pain || no_better_after_a_month) {
        let mut because = vec![Q::WeightLoss];
        if over_50 {
            because.push(Q::Age);
        }
        if night_pain {
            because.push(Q::NightPain);
        }
        if no_better_after_a_month {
            because.extend([Q::Duration, Q::Improving]);
        }
        t.flag(RedFlag::Malignancy, Urgent, because);
    } else if night_pain && over_50 {
        t.flag(RedFlag::Malignancy, Urgent, vec![Q::NightPain, Q::Age]);
    }
}

/// Major trauma and possible fracture (Finucane et al. 2020; 2026-11-27 and
/// 2026-12-02 rules). Trauma and strain count when they began this episode.
fn trauma_and_fracture(a: &Answers, t: &mut Triaged) {
    let injury = a.choice(Q::Injury);
    let when = a.choice(Q::InjuryWhen);
    let when_ids = || {
        let mut ids = vec![Q::Injury];
        if when.is_some() {
            ids.push(Q::InjuryWhen);
        }
        if injury_date_disagrees(a) {
            ids.push(Q::Duration);
        }
        ids
    };
    if injury == Some(Opt::Major) {
        // An injury with no date counts as the last 7 days; one dated long
        // ago that started pain of under a week is read the same way.
        let last_week = when.is_none() || when == Some(Opt::Last7Days) || injury_date_disagrees(a);
        let worse = a.is(Q::Improving, Opt::Worse);
        if last_week {
            t.flag(RedFlag::MajorTrauma, Emergency, when_ids());
        } else if injury_recent(a) {
            // 1 to 4 weeks ago: getting worse is an emergency; settling, a
            // broken bone can still hide, so a doctor today.
            if worse {
                let mut because = when_ids();
                because.push(Q::Improving);
                t.flag(RedFlag::MajorTrauma, Emergency, because);
            } else {
                t.flag(RedFlag::MajorTrauma, Urgent, when_ids());
            }
        } else {
            // Long ago: a flare of long-standing pain is no emergency, even
            // when it is getting worse (2026-12-02 rules).
            t.reason(ReasonId::OldInjury, when_ids());
        }
    }

    // With fragile bones or at 70 or over, any strain or fall that began this
    // episode can crack a vertebra: lifting, twisting and sport count as a
    // strain. An old injury behind long-standing pain does not.
    let bone_risk = a.yes(Q::BoneRisk);
    let over_70 = age_at_least(a, 70);
    let hurt =
        matches!(injury, Some(Opt::Minor | Opt::Major)) && (injury_recent(a) || new_episode(a));
    let strain = new_episode(a)
        && [Opt::Lifting, Opt::Twisting, Opt::Running, Opt::OtherSport]
            .into_iter()
            .any(|o| a.includes(Q::OnsetActivity, o));
    if ((hurt || strain) && (bone_risk || over_70)) || (bone_risk && over_70) {
        let mut because = Vec::new();
        if hurt {
            because.push(Q::Injury);
        }
        if strain {
            because.push(Q::OnsetActivity);
        }
        if bone_risk {
            because.push(Q::BoneRisk);
        }
        if over_70 {
            because.push(Q::Age);
        }
        if a.is(Q::Sex, Opt::Female) {
            because.push(Q::Sex);
        }
        t.flag(RedFlag::Fracture, Urgent, because);
    } else if over_70 && new_episode(a) && !a.is(Q::Sex, Opt::Male) {
        // Bones thin fastest in older women: new back pain needs a doctor's
        // look. An unanswered sex (or "other") leans the same safe way.
        if a.is(Q::Sex, Opt::Female) {
            t.reason(ReasonId::WomanOver70, vec![Q::Age, Q::Sex]);
        } else {
            let mut because = vec![Q::Age];
            if a.has(Q::Sex) {
                because.push(Q::Sex);
            }
            t.reason(ReasonId::Over70NewPain, because);
        }
    }
}

/// The "see a doctor" rules that are not red flags.
pub(super) fn other_reasons(a: &Answers, t: &mut Triaged) {
    if a.int(Q::Age).is_some_and(|age| age < 16) {
        t.reason(ReasonId::Under16, vec![Q::Age]);
    }

    let missing: Vec<Q> = CORE.iter().copied().filter(|&id| !a.has(id)).collect();
    if !missing.is_empty() {
        t.reason(ReasonId::MissingAnswers, missing);
    }

    let contradictions = contradictions(a);
    if !contradictions.is_empty() {
        t.reason(ReasonId::ContradictoryAnswers, contradictions);
    }

    // Weakness that is not getting worse still needs a prompt examination.
    if a.is(Q::LegWeakness, Opt::Stable) && !t.has_flag(RedFlag::CaudaEquina) {
        t.reason(ReasonId::LegWeakness, vec![Q::LegWeakness]);
    }
    if a.is(Q::PainReach, Opt::BelowKnee) {
        t.reason(ReasonId::PainBelowKnee, vec![Q::PainReach]);
    }
    if a.yes(Q::LegNumbness) {
        t.reason(ReasonId::LegNumbness, vec![Q::LegNumbness]);
    }
    if a.is(Q::LegPainSide, Opt::BothLegs) && !t.has_flag(RedFlag::CaudaEquina) {
        t.reason(ReasonId::BothLegs, vec![Q::LegPainSide]);
    }
    // Leg pain that limits walking and eases on sitting needs a clinician at
    // any age; from 50 it is the stenosis pattern (a reason of its own).
    if a.yes(Q::WalkingLegPain) && !stenosis_pattern(a) {
        t.reason(ReasonId::WalkingLegPain, vec![Q::WalkingLegPain]);
    }
    if lasting_4_weeks(a) {
        t.reason(ReasonId::LastingWeeks, vec![Q::Duration]);
    }
    if a.int(Q::PainNow).is_some_and(|p| p >= 7) && a.bool(Q::RestEases) == Some(false) {
        t.reason(ReasonId::SevereNotEased, vec![Q::PainNow, Q::RestEases]);
    }
    match a.choice(Q::Improving) {
        Some(Opt::Worse) => t.reason(ReasonId::GettingWorse, vec![Q::Improving]),
        // "Not better within a few days": past the first week with no change.
        Some(Opt::Same) if a.has(Q::Duration) && !a.is(Q::Duration, Opt::Under1Week) => {
            t.reason(ReasonId::NotImproving, vec![Q::Improving, Q::Duration])
        }
        _ => {}
    }
}

/// Pairs of answers that cannot both be true. Each pair is read the safer way
/// by the other rules (for example leg symptoms are taken as present), and the
/// result says the answers need a clinician to sort out.
fn contradictions(a: &Answers) -> Vec<Q> {
    let mut ids = Vec::new();
    let mut add = |pair: [Q; 2]| {
        for id in pair {
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
    };
    let no_legs = a.is(Q::LegPainSide, Opt::None);
    if a.is(Q::PainReach, Opt::BackOnly) && leg_symptoms(a) {
        add([Q::PainReach, Q::LegPainSide]);
    }
    if a.is(Q::PainReach, Opt::BelowKnee) && no_legs {
        add([Q::PainReach, Q::LegPainSide]);
    }
    if a.yes(Q::LegNumbness) && no_legs {
        add([Q::LegNumbness, Q::LegPainSide]);
    }
    if weak(a) && no_legs {
        add([Q::LegWeakness, Q::LegPainSide]);
    }
    if let (Some(onset), Some(age)) = (a.int(Q::OnsetAge), a.int(Q::Age)) {
        if onset > age {
            add([Q::OnsetAge, Q::Age]);
        }
    }
    if a.yes(Q::RestEases) && a.yes(Q::NightPain) {
        add([Q::RestEases, Q::NightPain]);
    }
    if a.bool(Q::Runs) == Some(false) && a.yes(Q::PainWhenRunning) {
        add([Q::Runs, Q::PainWhenRunning]);
    }
    if injury_date_disagrees(a) {
        add([Q::InjuryWhen, Q::Duration]);
    }
    ids
}
