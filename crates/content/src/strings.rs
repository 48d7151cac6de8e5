//! Every string of a language as (key, string) pairs, keyed by where it is:
//! what the cross-language checks compare, and what `examples/strings.rs`
//! prints for the end-to-end test that a Spanish walk shows no English.
//!
//! The fields of the four word structs are listed once, in
//! [`word_structs!`], for this list and for the language file's writer and
//! reader (`asset.rs`), so the three cannot disagree on a field.

use super::*;

/// Calls `$m!` with the fields of the word structs (`UiText`,
/// `ResultText`, `RememberText`, `ExportText`), each as
/// `part Type { string fields } [list fields]`, where `part` is its field
/// in [`Lang`]. The struct literal in the reader names every field without
/// `..`, so a new field stops the crate compiling until it is listed here.
macro_rules! word_structs {
    ($m:ident!($($args:tt)*)) => {
        $m!($($args)*
            ui UiText {
                language, title, intro, privacy, next, back, see_result, yes, no, not_sure,
                progress, review_title, review_intro, change, not_answered, result_title,
                ended_early, start_over, optional, choose_all, pain_scale_low, pain_scale_high,
                problem_required, problem_not_a_number, problem_not_whole, problem_too_low,
                problem_too_high, body_instruction, body_back, body_front, body_marked,
                body_nothing_marked, region_lower_back, region_left_upper_leg,
                region_right_upper_leg, region_left_lower_leg, region_right_lower_leg,
                language_failed
            } [];
            result ResultText {
                why, your_answers, unanswered, may_fit, still_to_check, not_a_diagnosis, spine_caption,
                spine_vertebra, spine_disc, spine_facet, spine_nerve, how_long, acute, subacute,
                chronic, outlook, outlook_low, outlook_medium, outlook_high, outlook_note,
                risk_factors, can_change, cannot_change, advice, group_now, group_home,
                group_work, group_exercise, group_prevention, group_condition, group_about,
                your_plan, because, meanwhile, answer_now, net_now, net_today, net_emergency,
                recovery, safety_net, emergency_number, print
            } [net_now_signs, net_today_signs];
            remember RememberText {
                question, help, yes, no, on, forget, forgotten, restored, ignored, unavailable
            } [];
            export ExportText {
                summary_title, date, date_words, your_answers, can_change, footer, copy_summary,
                copied, clipboard_unavailable, copy_failed, download_fhir, downloaded,
                download_failed, fhir_title, fhir_subject, fhir_triage_outcome,
                fhir_outlook_outcome, fhir_because, fhir_advice, fhir_contract, fhir_method,
                fhir_stopped, fhir_red_flags, fhir_questions, fhir_authored
            } [months, fhir_bands];
        )
    };
}
pub(crate) use word_structs;

/// Pushes (key, string) for every field of the word structs.
macro_rules! list_words {
    ($out:ident, $l:ident; $($part:ident $ty:ident { $($f:ident),* } [$($list:ident),*];)*) => {
        $(
            $( $out.push((format!("{}.{}", stringify!($ty), stringify!($f)), $l.$part.$f)); )*
            $(
                for (i, s) in $l.$part.$list.iter().enumerate() {
                    $out.push((format!("{}.{}[{i}]", stringify!($ty), stringify!($list)), *s));
                }
            )*
        )*
    };
}

impl Lang {
    /// Every string a person can read in this language, keyed by where it
    /// is (`question age help`, `UiText.next`): the keys are the same in
    /// every language. For tests and tools; the widget looks words up by id.
    pub fn strings(&self) -> Vec<(String, &'static str)> {
        let l = self;
        let mut out = l.table_strings();
        word_structs!(list_words!(out, l;));
        out
    }

    /// The strings of the id-keyed tables (questions, explainers, advice
    /// ...), keyed as [`Lang::strings`] keys them.
    pub fn table_strings(&self) -> Vec<(String, &'static str)> {
        let l = self;
        let mut out = Vec::new();
        for q in l.questions {
            out.push((format!("question {}", q.id), q.text));
            out.push((format!("question {} help", q.id), q.help));
            for (o, label) in q.options {
                out.push((format!("question {} option {o}", q.id), *label));
            }
        }
        for (s, title) in l.sections {
            out.push((format!("section {}", s.id()), *title));
        }
        for t in l.triage {
            out.push((format!("triage {} title", t.id.id()), t.title));
            out.push((format!("triage {} action", t.id.id()), t.action));
        }
        let explainers = l
            .red_flags
            .iter()
            .map(|e| (format!("red flag {}", e.id), e.title, e.text))
            .chain(
                l.patterns
                    .iter()
                    .map(|e| (format!("pattern {}", e.id), e.title, e.text)),
            )
            .chain(
                l.risk_factors
                    .iter()
                    .map(|e| (format!("risk {}", e.id), e.title, e.text)),
            )
            .chain(
                l.reasons
                    .iter()
                    .map(|e| (format!("reason {}", e.id), e.title, e.text)),
            );
        for (key, title, text) in explainers {
            out.push((format!("{key} title"), title));
            out.push((format!("{key} text"), text));
        }
        for s in l.said {
            out.push((format!("said {} yes", s.id), s.yes));
            out.push((format!("said {} no", s.id), s.no));
        }
        for a in l.advice {
            out.push((format!("advice {} title", a.id), a.title));
            out.push((format!("advice {} summary", a.id), a.summary));
            for (i, p) in a.body.iter().enumerate() {
                out.push((format!("advice {} paragraph {}", a.id, i + 1), *p));
            }
        }
        out
    }
}
