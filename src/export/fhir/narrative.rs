//! The human-readable narrative (`text`) of each resource, in the person's
//! language: what any FHIR viewer shows when it knows nothing of our codes.
//! XHTML limited to the elements FHIR allows (`p`, `b`, `ul`, `li`, `table`
//! ...), no attributes, every word escaped by [`Markup`].

use crate::content::Lang;
use crate::engine::{is_asked, Answers, Assessment, ReasonId, QUESTIONS};
use crate::export::answer_words;
use crate::markup::Markup;

use super::{question_text, JsonWriter};

const XHTML: &str = "http://www.w3.org/1999/xhtml";

/// Writes `"text": {"status": "generated", "div": ...}`.
pub(super) fn write_text(w: &mut JsonWriter, body: Markup) {
    let mut div = Markup::new();
    div.open("div", &[("xmlns", XHTML)])
        .raw(&body.finish())
        .close("div");
    w.key("text");
    w.open('{');
    w.key("status");
    w.string("generated");
    w.key("div");
    w.string(&div.finish());
    w.close('}');
}

/// The Questionnaire: its title and its questions in order.
pub(super) fn questionnaire(lang: &Lang) -> Markup {
    let t = lang.export;
    let mut m = Markup::new();
    m.open("p", &[]).element("b", &[], t.fhir_title).close("p");
    m.element("p", &[], t.fhir_questions);
    m.open("ol", &[]);
    for q in QUESTIONS {
        m.element("li", &[], question_text(lang, q.id));
    }
    m.close("ol");
    m
}

/// The response: the triage and why, then every answer in plain words.
pub(super) fn response(
    lang: &Lang,
    answers: &Answers,
    a: &Assessment,
    authored: &str,
    stopped: bool,
) -> Markup {
    let t = lang.export;
    let ui = lang.ui;
    let mut m = Markup::new();
    m.open("p", &[]).element("b", &[], t.fhir_title).close("p");
    m.element(
        "p",
        &[],
        &format!("{}: {}", t.fhir_authored, when(lang, authored)),
    );
    triage(&mut m, lang, a, stopped);
    m.element("p", &[], t.your_answers);
    m.open("table", &[]);
    for q in QUESTIONS.iter().filter(|q| is_asked(q, answers)) {
        let words = match answers.get(q.id) {
            Some(v) => answer_words(lang, ui, q.id, v),
            None if q.optional => continue,
            None => ui.not_answered.to_owned(),
        };
        m.open("tr", &[])
            .element("td", &[], question_text(lang, q.id))
            .element("td", &[], &words)
            .close("tr");
    }
    m.close("table");
    m
}

/// The assessment: triage, reasons, warning signs, patterns, outlook, risk
/// factors and advice, as the result screen says them.
pub(super) fn risk_assessment(lang: &Lang, a: &Assessment, stopped: bool) -> Markup {
    let t = lang.export;
    let r = lang.result;
    let mut m = Markup::new();
    triage(&mut m, lang, a, stopped);
    let patterns: Vec<&str> = a
        .patterns
        .iter()
        .map(|p| lang.pattern(p.id).title)
        .collect();
    list(&mut m, r.may_fit, &patterns);
    if let Some(p) = &a.prognosis {
        let band = t.fhir_bands[p.band as usize];
        m.element("p", &[], &format!("{}: {band}", r.outlook));
    }
    let risks: Vec<&str> = a
        .risk_factors
        .iter()
        .map(|f| lang.risk_factor(f.id).title)
        .collect();
    list(&mut m, r.risk_factors, &risks);
    let advice: Vec<&str> = a.advice.iter().map(|f| lang.advice(f.id).title).collect();
    list(&mut m, r.advice, &advice);
    m
}

/// The triage in bold, whether the questions stopped early, the reasons and
/// the warning signs: the part both the response and the assessment show.
fn triage(m: &mut Markup, lang: &Lang, a: &Assessment, stopped: bool) {
    let t = lang.export;
    let r = lang.result;
    let title = lang.triage(a.triage).title;
    m.open("p", &[]).element("b", &[], title).close("p");
    if stopped {
        m.element("p", &[], t.fhir_stopped);
    }
    if !a.unanswered_red_flags.is_empty() {
        m.element("p", &[], r.unanswered);
    }
    let reasons: Vec<&str> = a.reasons.iter().map(|x| reason_title(lang, x.id)).collect();
    list(m, r.why, &reasons);
    let flags: Vec<&str> = a
        .red_flags
        .iter()
        .map(|f| lang.red_flag(f.id).title)
        .collect();
    list(m, t.fhir_red_flags, &flags);
}

/// A FHIR dateTime in words for a reader: "27 November 2026, 16:05
/// (+01:00)"; as given when it is not of the shape the exports write.
fn when(lang: &Lang, authored: &str) -> String {
    let number = |r: std::ops::Range<usize>| authored.get(r)?.parse::<u32>().ok();
    match (
        number(0..4),
        number(5..7),
        number(8..10),
        authored.get(11..16),
    ) {
        (Some(y), Some(mo), Some(d), Some(time)) => {
            let zone = authored.get(19..).filter(|z| !z.is_empty()).unwrap_or("Z");
            let zone = if zone == "Z" { "UTC" } else { zone };
            format!(
                "{}, {time} ({zone})",
                crate::export::date_words(lang, y, mo, d)
            )
        }
        _ => authored.to_owned(),
    }
}

/// A reason's title: a reason of its own or a red flag.
pub(super) fn reason_title(lang: &Lang, id: ReasonId) -> &'static str {
    lang.reason(id).title
}

/// A heading and a bulleted list; nothing when the list is empty.
fn list(m: &mut Markup, heading: &str, items: &[&str]) {
    if items.is_empty() {
        return;
    }
    m.element("p", &[], heading);
    m.open("ul", &[]);
    for item in items {
        m.element("li", &[], item);
    }
    m.close("ul");
}
