//! Every language checked in one place, key by key against the reference
//! language (English, the fallback): nothing missing, nothing borrowed,
//! placeholders kept, plain text, short enough for a phone.
//!
//! Which ids a table holds is checked when the crate compiles
//! (`keyed_by_id!`); these tests check the words. A new language needs no
//! change here, only an entry in the tables of exceptions below if it has
//! a reason for one.

use std::collections::BTreeMap;

use super::*;

use crate::engine::{Kind, QUESTIONS};

/// Strings a language may share with English, and why. Strings without
/// letters (numbers, empty help) are always allowed.
const SAME_AS_ENGLISH: &[(&str, &str, &str)] = &[("es", "No", "the Spanish word for no is No")];

/// Languages that open a question with a mark of their own.
const OPENING_QUESTION_MARK: &[(&str, char)] = &[("es", '¿')];

/// The longest string, in words, by language (Spanish runs longer).
fn max_words(code: &str) -> usize {
    if code == "en" {
        60
    } else {
        70
    }
}

fn reference() -> &'static Lang {
    BUNDLED[0]
}

/// The `{name}` placeholders of a string, in order.
fn placeholders(s: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = s;
    while let Some(start) = rest.find('{') {
        let Some(len) = rest[start..].find('}') else {
            break;
        };
        out.push(&rest[start..start + len + 1]);
        rest = &rest[start + len + 1..];
    }
    out
}

#[test]
fn every_language_has_every_string_of_the_reference_and_no_other() {
    let en: BTreeMap<String, &str> = reference().strings().into_iter().collect();
    for t in BUNDLED {
        let code = t.code;
        let mine: BTreeMap<String, &str> = t.strings().into_iter().collect();
        for key in en.keys() {
            assert!(mine.contains_key(key), "{code}: {key} is missing");
        }
        for (key, s) in &mine {
            let Some(en) = en.get(key) else {
                panic!("{code}: {key} is not in English");
            };
            if !en.trim().is_empty() {
                assert!(!s.trim().is_empty(), "{code}: {key} is empty");
            }
            assert_eq!(
                placeholders(s),
                placeholders(en),
                "{code}: {key}: placeholders differ from English"
            );
            let same_allowed = SAME_AS_ENGLISH
                .iter()
                .any(|(c, same, _)| *c == code && same == s);
            if code != reference().code && s == en && s.chars().any(char::is_alphabetic) {
                assert!(same_allowed, "{code}: {key} is the English {s:?}");
            }
        }
    }
}

#[test]
fn every_string_is_plain_and_short() {
    for t in BUNDLED {
        let code = t.code;
        let mark = OPENING_QUESTION_MARK
            .iter()
            .find(|(c, _)| *c == code)
            .map(|(_, m)| *m);
        for (key, s) in t.strings() {
            assert!(!s.contains('<'), "{code}: {key}: contains '<'");
            assert!(
                !s.contains('!') && !s.contains('¡'),
                "{code}: {key}: exclamation"
            );
            assert_eq!(s.trim(), s, "{code}: {key}: leading or trailing space");
            let mut rest = s.to_owned();
            for p in placeholders(s) {
                rest = rest.replace(p, "");
            }
            assert!(
                !rest.contains('{') && !rest.contains('}'),
                "{code}: {key}: brace outside a placeholder"
            );
            let words = s.split_whitespace().count();
            assert!(words <= max_words(code), "{code}: {key}: {words} words");
            if let (Some(m), true) = (mark, s.contains('?')) {
                assert!(s.contains(m), "{code}: {key}: '?' without '{m}'");
            }
        }
        // The tables hold no placeholder but the emergency number (in the
        // triage actions) and a number quoted back (`said`).
        for (key, s) in t.table_strings() {
            for p in placeholders(s) {
                let allowed = (key.starts_with("triage ") && p == "{number}")
                    || (key.starts_with("said ") && p == "{n}");
                assert!(allowed, "{code}: {key}: placeholder {p}");
            }
        }
        let emergency = t.triage(crate::engine::Triage::Emergency);
        assert!(
            emergency.action.contains("{number}"),
            "{code}: the emergency action names the number"
        );
    }
}

#[test]
fn option_labels_follow_the_question_table() {
    for t in BUNDLED {
        for q in QUESTIONS {
            let labels: Vec<Opt> = t.question(q.id).options.iter().map(|(o, _)| *o).collect();
            assert_eq!(labels, q.kind.options(), "{}: {} options", t.code, q.id);
        }
    }
}

/// Every yes/no and number question can be quoted back ("Because you
/// said ..."), in the question table's order.
#[test]
fn every_yes_no_and_number_answer_has_short_words() {
    let expected: Vec<Q> = QUESTIONS
        .iter()
        .filter(|q| matches!(q.kind, Kind::Bool | Kind::Int { .. }))
        .map(|q| q.id)
        .collect();
    for t in BUNDLED {
        let code = t.code;
        let got: Vec<Q> = t.said.iter().map(|s| s.id).collect();
        assert_eq!(got, expected, "{code}: said table");
        for s in t.said {
            assert!(!s.yes.trim().is_empty(), "{code}: {}", s.id);
            match crate::engine::question(s.id).kind {
                Kind::Bool => assert!(!s.no.trim().is_empty(), "{code}: {} no", s.id),
                _ => assert!(s.yes.contains("{n}") && s.no.is_empty(), "{code}: {}", s.id),
            }
            assert!(
                s.yes.split_whitespace().count() <= 9,
                "{code}: {} too long",
                s.id
            );
        }
    }
}

/// Each advice item sits in its group in every language, with a one-line
/// summary and one to four paragraphs.
#[test]
fn advice_is_grouped_and_sized_alike_in_every_language() {
    use AdviceGroup::*;
    let first_of_group = [
        (Advice::EmergencyNow, Now),
        (Advice::Sciatica, Condition),
        (Advice::StayActive, AtHome),
        (Advice::LiftingSafely, AtWork),
        (Advice::BackExercise, Exercise),
        (Advice::HealthyWeight, Prevention),
        (Advice::WhatIsHappening, About),
    ];
    for t in BUNDLED {
        let code = t.code;
        let mut group = Now;
        for a in t.advice {
            if let Some((_, g)) = first_of_group.iter().find(|(id, _)| *id == a.id) {
                group = *g;
            }
            assert_eq!(a.group, group, "{code}: {} is in the wrong group", a.id);
            assert_eq!(
                a.group == About,
                !a.id.is_chosen(),
                "{code}: {}: topics, and only topics, are About",
                a.id
            );
            let words = a.summary.split_whitespace().count();
            assert!(
                (3..=16).contains(&words),
                "{code}: {}: summary of {words} words",
                a.id
            );
            assert!(
                (1..=4).contains(&a.body.len()),
                "{code}: {}: needs 1 to 4 paragraphs",
                a.id
            );
        }
    }
}

/// A language that silently borrowed another's table would show the other
/// language's words: every language has tables of its own, and one entry
/// in `LANGUAGES` with its own name.
#[test]
fn no_language_borrows_another_languages_tables() {
    assert_eq!(BUNDLED.len(), LANGUAGES.len());
    for (l, meta) in BUNDLED.iter().zip(LANGUAGES) {
        assert_eq!(l.code, meta.code);
        assert_eq!(crate::lang(l.code).map(|l| l.code), Some(l.code));
    }
    for (i, a) in BUNDLED.iter().enumerate() {
        for b in &BUNDLED[i + 1..] {
            assert_ne!(a.code, b.code);
            assert!(!std::ptr::eq(a.ui, b.ui));
            assert!(!std::ptr::eq(a.result, b.result));
            assert!(!std::ptr::eq(a.remember, b.remember));
            assert!(!std::ptr::eq(a.export, b.export));
            assert!(!std::ptr::eq(a.questions, b.questions));
            assert!(!std::ptr::eq(a.advice, b.advice));
        }
    }
    let names: std::collections::BTreeSet<_> = LANGUAGES.iter().map(|l| l.name).collect();
    assert_eq!(
        names.len(),
        LANGUAGES.len(),
        "each language has its own name"
    );
    assert_eq!(
        bundled("xx").code,
        reference().code,
        "unknown codes fall back to English"
    );
    assert!(crate::lang("xx").is_none());
}
