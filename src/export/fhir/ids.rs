//! Identifiers and times for the FHIR resources.
//!
//! The ids are UUIDs made from the content (the language, the time the
//! answers were given and the answers themselves), not random: the export
//! stays a pure function, the widget and the command-line tool give the same
//! file for the same answers and time, and two different assessments never
//! share an id in practice. They are RFC 9562 version 8 ("custom") UUIDs over
//! a 128-bit FNV-1a hash: uniqueness is all they need, not secrecy, since the
//! file holds the answers anyway.

use crate::content::Lang;
use crate::engine::Answers;

use super::{QUESTIONNAIRE_URL, QUESTIONNAIRE_VERSION};

/// The ids of one export's resources.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Ids {
    pub bundle: String,
    pub questionnaire: String,
    pub response: String,
    pub risk: String,
}

impl Ids {
    pub fn new(lang: &Lang, answers: &Answers, authored: &str) -> Ids {
        let answers = answers.to_json();
        let id = |kind: &str| uuid(&[kind, lang.code, authored, &answers]);
        Ids {
            bundle: id("Bundle"),
            questionnaire: questionnaire_id(lang),
            response: id("QuestionnaireResponse"),
            risk: id("RiskAssessment"),
        }
    }
}

/// The Questionnaire's id: one per version and language.
pub(super) fn questionnaire_id(lang: &Lang) -> String {
    uuid(&[QUESTIONNAIRE_URL, QUESTIONNAIRE_VERSION, lang.code])
}

/// `urn:uuid:` + the id: a Bundle entry's `fullUrl` and an identifier's value.
pub(super) fn urn(id: &str) -> String {
    format!("urn:uuid:{id}")
}

/// A lower-case UUID (version 8) from the hash of `parts`.
fn uuid(parts: &[&str]) -> String {
    const OFFSET: u128 = 0x6c62_272e_07bb_0142_62b8_2175_6295_c58d;
    const PRIME: u128 = 0x0000_0000_0100_0000_0000_0000_0000_013b;
    let mut h = OFFSET;
    for part in parts {
        // A separator byte that UTF-8 never holds keeps ("ab","c") apart from ("a","bc").
        for b in part.bytes().chain([0xff]) {
            h ^= u128::from(b);
            h = h.wrapping_mul(PRIME);
        }
    }
    let mut bytes = h.to_be_bytes();
    bytes[6] = (bytes[6] & 0x0f) | 0x80; // version 8
    bytes[8] = (bytes[8] & 0x3f) | 0x80; // the RFC variant
    let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    format!(
        "{}-{}-{}-{}-{}",
        &hex[0..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..32]
    )
}

/// A FHIR `dateTime` (and `instant`) to the second with its zone, e.g.
/// `2026-11-27T16:05:09+01:00`, or `...Z` when the offset is zero.
/// `offset_minutes` is local time minus UTC (east of Greenwich is positive).
pub fn date_time(
    (year, month, day): (u32, u32, u32),
    (hour, minute, second): (u32, u32, u32),
    offset_minutes: i32,
) -> String {
    let zone = if offset_minutes == 0 {
        "Z".to_owned()
    } else {
        let sign = if offset_minutes < 0 { '-' } else { '+' };
        let m = offset_minutes.unsigned_abs();
        format!("{sign}{:02}:{:02}", m / 60, m % 60)
    };
    format!("{year:04}-{month:02}-{day:02}T{hour:02}:{minute:02}:{second:02}{zone}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uuids_are_well_formed_and_differ_with_their_parts() {
        let a = uuid(&["a", "bc"]);
        assert_eq!(a.len(), 36);
        assert_eq!(&a[14..15], "8", "version 8: {a}");
        assert!(matches!(&a[19..20], "8" | "9" | "a" | "b"), "variant: {a}");
        assert!(a
            .chars()
            .all(|c| c == '-' || c.is_ascii_digit() || ('a'..='f').contains(&c)));
        assert_ne!(a, uuid(&["ab", "c"]));
        assert_eq!(a, uuid(&["a", "bc"]));
    }

    #[test]
    fn date_times_carry_their_zone() {
        assert_eq!(
            date_time((2026, 1, 5), (9, 3, 7), 60),
            "2026-01-05T09:03:07+01:00"
        );
        assert_eq!(
            date_time((2026, 11, 27), (16, 0, 0), -330),
            "2026-11-27T16:00:00-05:30"
        );
        assert_eq!(
            date_time((2026, 11, 27), (16, 0, 0), 0),
            "2026-11-27T16:00:00Z"
        );
    }
}
