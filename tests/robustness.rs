//! Hostile input, natively: property tests over the host's attribute values,
//! stored records and sequences of actions on the questionnaire. None may
//! panic, and each must leave the widget in a state it can show.

use back_pain_check::engine::{question, RawValue, QUESTIONS};
use back_pain_check::flow::{Action, Flow, Region, Screen, STEPS};
use back_pain_check::settings::{Settings, ATTRIBUTES, DEFAULT_EMERGENCY_NUMBER};
use back_pain_check::storage::{decode, RawRecord, RECORD_VERSION};
use proptest::prelude::*;

fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[a-z0-9 +()-]{0,20}",
        Just(String::new()),
        (1usize..200_000).prop_map(|n| "9".repeat(n)),
        Just("light".to_owned()),
        Just("dark".to_owned()),
        Just("local".to_owned()),
        Just("es-MX".to_owned()),
    ]
}

fn attribute_name() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(ATTRIBUTES).prop_map(str::to_owned),
        any::<String>()
    ]
}

fn raw_value() -> impl Strategy<Value = RawValue> {
    let leaf = prop_oneof![
        any::<bool>().prop_map(RawValue::Bool),
        any::<i64>().prop_map(RawValue::Int),
        any::<String>().prop_map(RawValue::Str),
        prop::sample::select(vec!["null", "object", "number with a fraction"])
            .prop_map(RawValue::Other),
    ];
    leaf.prop_recursive(2, 16, 8, |inner| {
        prop::collection::vec(inner, 0..8).prop_map(RawValue::List)
    })
}

fn key() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(QUESTIONS.iter().map(|q| q.id).collect::<Vec<_>>())
            .prop_map(|q| q.id().to_owned()),
        any::<String>()
    ]
}

fn action() -> impl Strategy<Value = Action> {
    let id = prop::sample::select(QUESTIONS.iter().map(|q| q.id).collect::<Vec<_>>());
    prop_oneof![
        (id.clone(), any::<String>()).prop_map(|(id, t)| Action::Type(id, t)),
        (id.clone(), any::<prop::sample::Index>()).prop_map(|(id, i)| {
            let options = question(id).kind.options();
            if options.is_empty() {
                Action::Next
            } else {
                Action::Toggle(id, options[i.index(options.len())])
            }
        }),
        Just(Action::Next),
        Just(Action::Back),
        Just(Action::Restart),
        id.prop_map(Action::Edit),
        prop::sample::select(vec![
            Region::LowerBack,
            Region::LeftUpperLeg,
            Region::RightUpperLeg,
            Region::LeftLowerLeg,
            Region::RightLowerLeg,
        ])
        .prop_map(Action::TapBody),
    ]
}

proptest! {
    #[test]
    fn attributes_never_break_the_settings(changes in prop::collection::vec((attribute_name(), prop::option::of(any_text())), 0..12)) {
        let mut s = Settings::default();
        for (name, value) in &changes {
            let _ = s.apply(name, value.as_deref(), &["en", "es"]);
            // Whatever happened, what is shown stays sane.
            let n = &s.emergency_number;
            prop_assert!(n.len() <= 16 && n.chars().any(|c| c.is_ascii_digit()));
            prop_assert!(n.chars().all(|c| c.is_ascii_digit() || " +-()".contains(c)));
            prop_assert!(s.clinic_name.as_ref().is_none_or(|v| v.chars().count() <= 120 && !v.chars().any(char::is_control)));
            prop_assert!(s.clinic_contact.as_ref().is_none_or(|v| v.chars().count() <= 200));
            prop_assert!(s.lang.is_none_or(|l| ["en", "es"].contains(&l)));
        }
        let mut cleared = s.clone();
        for name in ATTRIBUTES {
            cleared.apply(name, None, &["en", "es"]).unwrap();
        }
        prop_assert_eq!(&cleared.emergency_number, DEFAULT_EMERGENCY_NUMBER);
        prop_assert_eq!(cleared, Settings::default());
    }

    #[test]
    fn stored_records_are_trusted_only_when_whole_and_current(
        version in prop::option::of(prop_oneof![Just(RECORD_VERSION), any::<i64>()]),
        answers in prop::option::of(prop::collection::vec((key(), raw_value()), 0..20)),
    ) {
        let record = RawRecord { version, answers: answers.clone() };
        if let Ok(a) = decode(record) {
            prop_assert_eq!(version, Some(RECORD_VERSION));
            prop_assert_eq!(a.len(), answers.map_or(0, |v| {
                let mut ids: Vec<_> = v.into_iter().map(|(k, _)| k).collect();
                ids.sort();
                ids.dedup();
                ids.len()
            }));
        }
    }

    #[test]
    fn any_sequence_of_actions_leaves_a_showable_flow(actions in prop::collection::vec(action(), 0..60)) {
        let mut f = Flow::new();
        for a in actions {
            f = f.reduce(a);
            let (at, total) = f.progress();
            prop_assert!(at >= 1 && at <= total + 1, "progress {at} of {total}");
            if let Screen::Step(i) = f.screen {
                prop_assert!(i < STEPS.len());
            }
            // The assessment of whatever was answered can always be made.
            let _ = f.assessment().to_json();
            for (_, text) in f.drafts.iter() {
                prop_assert!(text.len() <= 64, "drafts are bounded");
            }
        }
    }
}
