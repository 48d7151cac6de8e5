//! The words of the 2026-11-27 safety rules, in every language: what a
//! person is told must match what the engine does (`engine/tests/safety_rules.rs`).

use back_pain_check_content::BUNDLED;
use back_pain_check_engine::{Advice, Triage, Q};

use Triage::{Emergency, Urgent};

/// The saddle question asks about more than numbness (numb, tingling or
/// "feels different" are all emergencies).
#[test]
fn the_saddle_question_asks_about_any_changed_feeling() {
    let en = BUNDLED[0].question(Q::SaddleNumbness);
    let words = format!("{} {}", en.text, en.help).to_lowercase();
    for w in ["numb", "tingling", "pins and needles", "different"] {
        assert!(
            words.contains(w),
            "the saddle question lacks {w:?}: {words}"
        );
    }
}

#[test]
fn nsaid_cautions_name_age_65_in_every_language() {
    for t in BUNDLED {
        let item = t.advice(Advice::PainMedicines);
        assert!(
            item.body.iter().any(|p| p.contains("65")),
            "{}: pain_medicines does not name 65",
            t.code
        );
    }
}

/// 2026-12-02 rules: the NSAID cautions also name long-term steroid tablets
/// (stomach bleeding), in every language.
#[test]
fn nsaid_cautions_name_steroid_tablets_in_every_language() {
    for t in BUNDLED {
        let word = if t.code == "es" {
            "corticoides"
        } else {
            "steroid"
        };
        let item = t.advice(Advice::PainMedicines);
        assert!(
            item.body.iter().any(|p| p.contains(word)),
            "{}: pain_medicines does not name steroid tablets",
            t.code
        );
    }
}

/// Every reason of the 2026-12-02 rules has its words in every language.
#[test]
fn the_new_reasons_have_words_in_every_language() {
    for t in BUNDLED {
        let r = t.reason(back_pain_check_engine::ReasonId::Over70NewPain);
        assert!(
            r.title.contains("70") && r.text.contains("70"),
            "{}",
            t.code
        );
    }
}

/// Emergency and urgent results carry no reassurance that dilutes the action:
/// none of the words they show say "not serious" or "most people improve".
#[test]
fn emergency_and_urgent_words_carry_no_reassurance() {
    const DILUTING: &[&str] = &[
        "not serious",
        "not usually an emergency",
        "still usually",
        "turn out not to",
        "most people",
        "settles",
        "no es una emergencia",
        "no se les encuentra",
        "sigue siendo que",
        "la mayoría",
    ];
    for t in BUNDLED {
        let mut words: Vec<(&str, &str)> = Vec::new();
        for id in [Advice::EmergencyNow, Advice::UrgentToday] {
            for p in t.advice(id).body {
                words.push((id.id(), p));
            }
        }
        let r = t.result;
        words.push(("net_emergency", r.net_emergency));
        words.push(("net_now", r.net_now));
        for sign in r.net_now_signs.iter().chain(r.net_today_signs) {
            words.push(("safety net", sign));
        }
        for e in t.red_flags {
            words.push((e.id.id(), e.text));
        }
        for level in [Emergency, Urgent] {
            words.push((level.id(), t.triage(level).action));
        }
        for (id, text) in words {
            let lower = text.to_lowercase();
            for d in DILUTING {
                assert!(!lower.contains(d), "{} {id}: {d:?} in {text:?}", t.code);
            }
        }
    }
}

/// The safety net names every cauda equina sign, sexual function and both
/// legs included, in every language (the result screen and the copied
/// summary both show these lists).
#[test]
fn the_safety_net_lists_every_cauda_equina_sign() {
    let en = &BUNDLED[0].result;
    let signs = en.net_now_signs.join(" ");
    for w in [
        "peeing",
        "numbness",
        "tingling",
        "genitals",
        "erections",
        "both legs",
        "weakness",
    ] {
        assert!(signs.contains(w), "the safety net lacks {w:?}: {signs}");
    }
    for t in BUNDLED {
        assert_eq!(t.result.net_now_signs.len(), en.net_now_signs.len());
        assert!(t.result.net_now.contains("{number}"), "{}", t.code);
        assert!(t.result.net_emergency.contains("{number}"), "{}", t.code);
    }
}
