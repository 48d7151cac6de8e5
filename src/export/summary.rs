//! A plain-text summary for a text message or an email: short lines, no
//! markup, the most important first.

use crate::content::{AdviceGroup, Lang};
use crate::engine::{is_asked, Answers, Assessment, Q, QUESTIONS};

use super::answer_words;

/// The summary: title and date; the triage and what to do (with
/// `emergency_number` in place of `{number}`); each reason with its answers;
/// the safety net's signs; every answer in plain words; patterns; risk
/// factors; advice headings.
/// `answers` should be the answers the flow kept (skipped questions removed);
/// questions the questionnaire skips are left out here in any case.
pub fn plain_text(
    answers: &Answers,
    assessment: &Assessment,
    lang: &Lang,
    date: &str,
    emergency_number: &str,
) -> String {
    let t = lang.export;
    let ui = lang.ui;
    let r = lang.result;
    let a = assessment;
    let mut out: Vec<String> = Vec::new();
    let words = |id: Q| {
        answers
            .get(id)
            .map(|v| answer_words(lang, ui, id, v))
            .unwrap_or_else(|| ui.not_answered.to_owned())
    };
    let text = |id: Q| lang.question(id).text;

    out.push(t.summary_title.to_owned());
    out.push(format!("{}: {date}", t.date));
    out.push(String::new());

    let x = lang.triage(a.triage);
    // Stars rather than capitals: upper-casing would ship Unicode case
    // tables in the wasm for one line of text.
    out.push(format!("*** {} ***", x.title));
    out.push(x.action.replace("{number}", emergency_number));

    if !a.reasons.is_empty() || !a.unanswered_red_flags.is_empty() {
        out.push(String::new());
        out.push(r.why.to_owned());
        if !a.unanswered_red_flags.is_empty() {
            out.push(r.unanswered.to_owned());
        }
        for reason in &a.reasons {
            out.push(format!("- {}", lang.reason(reason.id).title));
            for &id in &reason.because {
                out.push(format!("    {} {}", text(id), words(id)));
            }
        }
    }

    // The safety net itself, every sign in words, not only its heading.
    out.push(String::new());
    out.push(r.safety_net.to_owned());
    out.push(r.net_now.replace("{number}", emergency_number));
    out.extend(r.net_now_signs.iter().map(|x| format!("- {x}")));
    out.push(r.net_today.to_owned());
    out.extend(r.net_today_signs.iter().map(|x| format!("- {x}")));

    out.push(String::new());
    out.push(t.your_answers.to_owned());
    for q in QUESTIONS.iter().filter(|q| is_asked(q, answers)) {
        if answers.has(q.id) || !q.optional {
            out.push(format!("- {} {}", text(q.id), words(q.id)));
        }
    }

    if !a.patterns.is_empty() {
        out.push(String::new());
        out.push(r.may_fit.to_owned());
        for p in &a.patterns {
            out.push(format!("- {}", lang.pattern(p.id).title));
        }
    } else if !a.unanswered_red_flags.is_empty() {
        // No pattern while warning signs are open: what is still to be checked.
        out.push(String::new());
        out.push(r.may_fit.to_owned());
        out.push(r.still_to_check.to_owned());
        for &id in &a.unanswered_red_flags {
            out.push(format!("- {}", text(id)));
        }
    }

    if !a.risk_factors.is_empty() {
        out.push(String::new());
        out.push(r.risk_factors.to_owned());
        for f in &a.risk_factors {
            let title = lang.risk_factor(f.id).title;
            if f.modifiable {
                out.push(format!("- {title} {}", t.can_change));
            } else {
                out.push(format!("- {title}"));
            }
        }
    }

    if !a.advice.is_empty() {
        out.push(String::new());
        out.push(r.advice.to_owned());
        for g in AdviceGroup::ALL {
            let titles: Vec<&str> = a
                .advice
                .iter()
                .map(|f| lang.advice(f.id))
                .filter(|x| x.group == g)
                .map(|x| x.title)
                .collect();
            if !titles.is_empty() {
                out.push(format!("{}:", r.group(g)));
                out.extend(titles.iter().map(|x| format!("- {x}")));
            }
        }
    }

    out.push(String::new());
    out.push(t.footer.to_owned());
    let mut s = out.join("\n");
    s.push('\n');
    s
}
