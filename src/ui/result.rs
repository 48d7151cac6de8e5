//! The results screen: what to do and how soon, why, what the answers may fit,
//! how long it has lasted, the outlook, risk factors, advice and when to get help.
//!
//! Everything but the buttons is read-only, so it is written as one HTML
//! string ([`Markup`], which escapes every value) and handed to Yew as raw
//! HTML: one parse by the browser instead of hundreds of node-by-node calls.

use yew::prelude::*;

use super::app::Ctx;
use super::export_buttons::{today, ExportButtons};
use super::review::answer_words;
use super::spine_diagram::{helps_explain, spine_diagram};
use super::triage_banner::triage_banner;
use crate::content::{export_text, AdviceGroup, AdviceText};
use crate::engine::{question, Answers, Assessment, Band, DurationClass};
use crate::flow::{effective_answers, Action, STEPS};
use crate::markup::Markup;

/// Advice shown in its own "when to get help" box rather than in a group.
const SAFETY_NET: &str = "safety_net";

/// The result of `a`, the assessment of the flow's answers.
pub fn result_screen(ctx: &Ctx, a: &Assessment) -> Html {
    let level = a.triage.id();
    let print = Callback::from(|_: MouseEvent| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    });
    html! {
        <section key="result" class="bpc-result" part="result" data-triage={level}>
            <h2 tabindex="-1" data-focus="">{ ctx.ui.result_title }</h2>
            { Html::from_html_unchecked(body(ctx, a).into()) }
            <ExportButtons ctx={ctx.clone()} />
            <div class="bpc-nav bpc-no-print">
                <button type="button" class="bpc-button bpc-secondary" part="button secondary-button" onclick={ctx.send(Action::Back)}>
                    { ctx.ui.back }
                </button>
                <button type="button" class="bpc-button bpc-secondary" part="button secondary-button" onclick={print}>{ ctx.result.print }</button>
                <button type="button" class="bpc-button bpc-primary" part="button primary-button" onclick={ctx.send(Action::Restart)}>
                    { ctx.ui.start_over }
                </button>
            </div>
        </section>
    }
}

/// The read-only part of the result, in reading order.
fn body(ctx: &Ctx, a: &Assessment) -> String {
    let answers = effective_answers(&ctx.flow().answers);
    let mut m = Markup::new();
    let (_, date) = today(ctx.lang);
    let date = format!("{}: {date}", export_text(ctx.lang).date);
    m.element("p", &[("class", "bpc-print-only bpc-print-date")], &date);
    if ctx.flow().ended_early {
        m.element("p", &[("class", "bpc-notice")], ctx.ui.ended_early);
    }
    let level = a.triage.id();
    let triage = ctx.lang.triage(level);
    let action = triage
        .map(|x| x.action.replace("{number}", &ctx.settings.emergency_number))
        .unwrap_or_default();
    triage_banner(&mut m, a.triage, triage.map_or(level, |x| x.title), &action);
    clinic_contact(&mut m, ctx);
    reasons(&mut m, ctx, a, &answers);
    safety_net(&mut m, ctx);
    patterns(&mut m, ctx, a);
    duration(&mut m, ctx, a);
    outlook(&mut m, ctx, a);
    risk_factors(&mut m, ctx, a);
    advice_groups(&mut m, ctx, a);
    print_answers(&mut m, ctx, &answers);
    m.finish()
}

/// The embedding clinic's name and how to reach it, when the host sets them.
fn clinic_contact(m: &mut Markup, ctx: &Ctx) {
    let s = &ctx.settings;
    if s.clinic_name.is_none() && s.clinic_contact.is_none() {
        return;
    }
    m.open("p", &[("class", "bpc-clinic-contact"), ("part", "clinic")]);
    if let Some(name) = &s.clinic_name {
        m.element("strong", &[], name).text(" ");
    }
    if let Some(contact) = &s.clinic_contact {
        m.element("span", &[], contact);
    }
    m.close("p");
}

/// Each reason for the triage, with the answers that caused it.
fn reasons(m: &mut Markup, ctx: &Ctx, a: &Assessment, answers: &Answers) {
    if a.reasons.is_empty() && a.unanswered_red_flags.is_empty() {
        return;
    }
    m.open("section", &[("class", "bpc-section bpc-why")]);
    m.element("h3", &[], ctx.result.why);
    if !a.unanswered_red_flags.is_empty() {
        m.element("p", &[("class", "bpc-notice")], ctx.result.unanswered);
    }
    m.open("ul", &[("class", "bpc-reasons")]);
    for r in &a.reasons {
        let explainer = ctx.lang.reason(r.id).or_else(|| ctx.lang.red_flag(r.id));
        m.open(
            "li",
            &[
                ("class", "bpc-reason"),
                ("data-reason", r.id),
                ("data-level", r.level.id()),
            ],
        );
        m.element(
            "p",
            &[("class", "bpc-reason-title")],
            explainer.map_or(r.id, |e| e.title),
        );
        if let Some(e) = explainer {
            m.element("p", &[], e.text);
        }
        m.element("p", &[("class", "bpc-small")], ctx.result.your_answers);
        m.open("ul", &[("class", "bpc-because")]);
        for q in r.because.iter().filter_map(|id| question(id)) {
            let value = answers
                .get(q.id)
                .map(|v| answer_words(ctx, q.id, v))
                .unwrap_or_else(|| ctx.ui.not_answered.to_owned());
            m.open("li", &[("data-question", q.id)])
                .text(ctx.lang.question(q.id).map_or(q.id, |t| t.text))
                .text(" ")
                .element("strong", &[], &value)
                .close("li");
        }
        m.close("ul").close("li");
    }
    m.close("ul").close("section");
}

/// Which new signs should send the person for help, and how fast.
fn safety_net(m: &mut Markup, ctx: &Ctx) {
    let Some(item) = ctx.lang.advice(SAFETY_NET) else {
        return;
    };
    let number = ctx
        .result
        .emergency_number
        .replace("{number}", &ctx.settings.emergency_number);
    m.open(
        "section",
        &[
            ("class", "bpc-section bpc-safety-net"),
            ("data-advice", SAFETY_NET),
        ],
    )
    .element("h3", &[], ctx.result.safety_net)
    .open("p", &[("class", "bpc-emergency-number")])
    .element("strong", &[], &number)
    .close("p");
    paragraphs(m, item.body);
    m.close("section");
}

fn paragraphs(m: &mut Markup, body: &[&str]) {
    for p in body {
        m.element("p", &[], p);
    }
}

/// What the answers may fit, hedged, with a diagram where it helps.
fn patterns(m: &mut Markup, ctx: &Ctx, a: &Assessment) {
    if a.patterns.is_empty() {
        return;
    }
    m.open("section", &[("class", "bpc-section bpc-patterns")]);
    m.element("h3", &[], ctx.result.may_fit);
    for p in &a.patterns {
        let e = ctx.lang.pattern(p.id);
        m.open("div", &[("class", "bpc-pattern"), ("data-pattern", p.id)]);
        m.element("h4", &[], e.map_or(p.id, |e| e.title));
        if let Some(e) = e {
            m.element("p", &[], e.text);
        }
        m.close("div");
    }
    let ids: Vec<&'static str> = a.patterns.iter().map(|p| p.id).collect();
    if helps_explain(&ids) {
        spine_diagram(m, ctx.result, &ids);
    }
    m.element("p", &[("class", "bpc-small")], ctx.result.not_a_diagnosis);
    m.close("section");
}

/// A short section: a heading and its text, with one data attribute.
fn short_section(m: &mut Markup, class: &str, data: (&str, &str), heading: &str, text: &str) {
    m.open("section", &[("class", class), data])
        .element("h3", &[], heading)
        .element("p", &[], text);
}

fn duration(m: &mut Markup, ctx: &Ctx, a: &Assessment) {
    let t = ctx.result;
    let Some(d) = a.duration else {
        return;
    };
    let text = match d {
        DurationClass::Acute => t.acute,
        DurationClass::Subacute => t.subacute,
        DurationClass::Chronic => t.chronic,
    };
    short_section(
        m,
        "bpc-section bpc-duration",
        ("data-duration", d.id()),
        t.how_long,
        text,
    );
    m.close("section");
}

/// The risk of a slow recovery, in plain words.
fn outlook(m: &mut Markup, ctx: &Ctx, a: &Assessment) {
    let t = ctx.result;
    let Some(p) = &a.prognosis else {
        return;
    };
    let text = match p.band {
        Band::Low => t.outlook_low,
        Band::Medium => t.outlook_medium,
        Band::High => t.outlook_high,
    };
    short_section(
        m,
        "bpc-section bpc-outlook",
        ("data-band", p.band.id()),
        t.outlook,
        text,
    );
    m.element("p", &[("class", "bpc-small")], t.outlook_note);
    m.close("section");
}

/// Risk factors, the ones a person can change first.
fn risk_factors(m: &mut Markup, ctx: &Ctx, a: &Assessment) {
    if a.risk_factors.is_empty() {
        return;
    }
    let t = ctx.result;
    m.open("section", &[("class", "bpc-section bpc-risks")]);
    m.element("h3", &[], t.risk_factors);
    for (modifiable, heading) in [(true, t.can_change), (false, t.cannot_change)] {
        let mut items = a
            .risk_factors
            .iter()
            .filter(|r| r.modifiable == modifiable)
            .peekable();
        if items.peek().is_none() {
            continue;
        }
        m.element("h4", &[], heading).open("ul", &[]);
        for r in items {
            let e = ctx.lang.risk_factor(r.id);
            m.open("li", &[("data-risk", r.id)]);
            m.element("strong", &[], e.map_or(r.id, |e| e.title));
            if let Some(e) = e {
                m.text(" ").element("span", &[], e.text);
            }
            m.close("li");
        }
        m.close("ul");
    }
    m.close("section");
}

/// The chosen advice, grouped: now, at home, at work, exercise, prevention.
fn advice_groups(m: &mut Markup, ctx: &Ctx, a: &Assessment) {
    let chosen: Vec<&'static AdviceText> = a
        .advice
        .iter()
        .filter(|f| f.id != SAFETY_NET)
        .filter_map(|f| ctx.lang.advice(f.id))
        .collect();
    m.open("section", &[("class", "bpc-section bpc-advice-list")]);
    m.element("h3", &[], ctx.result.advice);
    for g in AdviceGroup::ALL {
        let mut items = chosen.iter().filter(|a| a.group == g).peekable();
        if items.peek().is_none() {
            continue;
        }
        m.open("div", &[("class", "bpc-advice-group")]);
        m.element("h4", &[], ctx.result.group(g));
        // The advice for now starts open; the rest start closed.
        let open = if g == AdviceGroup::Now {
            ("open", "")
        } else {
            ("", "")
        };
        for item in items {
            m.open(
                "details",
                &[
                    ("class", "bpc-advice"),
                    ("part", "advice"),
                    ("data-advice", item.id),
                    open,
                ],
            );
            m.element("summary", &[], item.title);
            paragraphs(m, item.body);
            m.close("details");
        }
        m.close("div");
    }
    m.close("section");
}

/// Every answer in plain words, shown only on the printed page.
fn print_answers(m: &mut Markup, ctx: &Ctx, answers: &Answers) {
    m.open(
        "section",
        &[("class", "bpc-section bpc-print-only bpc-print-answers")],
    );
    m.element("h3", &[], export_text(ctx.lang).your_answers);
    m.open("dl", &[]);
    for q in STEPS.iter().flat_map(|s| s.asked(&ctx.flow().answers)) {
        let Some(value) = answers.get(q.id) else {
            continue;
        };
        m.open(
            "div",
            &[("class", "bpc-print-answer"), ("data-question", q.id)],
        )
        .element("dt", &[], ctx.lang.question(q.id).map_or(q.id, |t| t.text))
        .element("dd", &[], &answer_words(ctx, q.id, value))
        .close("div");
    }
    m.close("dl").close("section");
}
