//! Risk of a slow recovery, with the STarT Back scoring rule (Hill et al. 2008)
//! applied to the product's own items. The items are written in our own words
//! and the result is never called the STarT Back Tool (see the licensing note in
//! `shared/clinical-reference.md`).

use super::answers::Answers;
use super::assessment::{Band, Prognosis};
use super::questions::{Opt, Q};

/// Items 5 to 9 of the rule, the psychosocial subscale.
const PSYCHOSOCIAL: &[Q] = &[
    Q::FearOfMovement,
    Q::Worry,
    Q::Catastrophising,
    Q::LowMood,
    Q::Bothersomeness,
];

/// Items 1 to 4: leg pain, other pain, dressing, walking.
const PHYSICAL: &[Q] = &[Q::PainReach, Q::OtherPain, Q::SlowDressing, Q::ShortWalks];

/// The psychosocial score from which the risk is high (Hill et al. 2008).
const HIGH: u8 = 4;

/// `None` unless all nine items were answered, or the psychosocial items
/// answered "yes" already reach the high threshold: a partial score could read
/// as lower risk than the person has, but missing items can only raise a
/// score that is already high (2026-12-02 rules). A partial high score counts
/// only the items answered.
pub(super) fn prognosis(a: &Answers) -> Option<Prognosis> {
    let mut total = 0u8;
    let mut psychosocial = 0u8;
    let mut complete = true;
    let mut because = Vec::new();
    for &id in PHYSICAL.iter().chain(PSYCHOSOCIAL) {
        let scores = match id {
            // The leg-pain item: pain spreading below the knee.
            Q::PainReach => a.choice(id).map(|c| c == Opt::BelowKnee),
            // Item 9 scores for "very much" or "extremely" bothersome.
            Q::Bothersomeness => a
                .choice(id)
                .map(|c| matches!(c, Opt::VeryMuch | Opt::Extremely)),
            _ => a.bool(id),
        };
        match scores {
            None => complete = false,
            Some(false) => {}
            Some(true) => {
                total += 1;
                if PSYCHOSOCIAL.contains(&id) {
                    psychosocial += 1;
                }
                because.push(id);
            }
        }
    }
    let band = if psychosocial >= HIGH {
        Band::High
    } else if !complete {
        return None;
    } else if total >= 4 {
        Band::Medium
    } else {
        Band::Low
    };
    Some(Prognosis {
        band,
        total,
        psychosocial,
        because,
    })
}
