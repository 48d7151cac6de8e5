//! The results screen, for a worried person on a phone: what to do and how
//! soon, why (their own answers), a short personal plan, when to get help;
//! everything else folded.
//!
//! Everything but the buttons is read-only, so it is written as one HTML
//! string ([`Markup`], which escapes every value) and handed to Yew as raw
//! HTML: one parse by the browser instead of hundreds of node-by-node calls.

use yew::prelude::*;

use super::app::Ctx;
use super::export_buttons::{today, ExportButtons};
use super::review::{answer_words, edit_marked};
use super::spine_diagram::{helps_explain, spine_diagram};
use super::triage_banner::triage_banner;
use crate::content::{AdviceGroup, AdviceText};
use crate::engine::sort_small_by_key;
use crate::engine::{
    Advice, Answers, Assessment, Band, DurationClass, Finding, Pattern, Reason, ReasonId, Triage, Q,
};
use crate::flow::{effective_answers, Action, STEPS};
use crate::markup::Markup;

/// The result of `a`, the assessment of the flow's answers.
pub fn result_screen(ctx: &Ctx, a: &Assessment) -> Html {
    let level = a.triage.id();
    let print = Callback::from(|_: MouseEvent| {
        let _ = gloo_utils::window().print();
    });
    // "Answer them now": back to the first unanswered warning sign.
    let onclick = edit_marked(ctx);
    html! {
        <section key="result" class="bpc-result" part="result" data-triage={level}>
            <h2 tabindex="-1" data-focus="">{ ctx.ui.result_title }</h2>
            <div {onclick}>{ Html::from_html_unchecked(body(ctx, a).into()) }</div>
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

/// The read-only part of the result, in reading order: the action first,
/// the person's own reasons, a short personal plan, the safety net; the rest
/// folded. Emergency and urgent results, and any with a cauda equina question
/// unanswered, carry the action, the reasons and the safety net alone.
fn body(ctx: &Ctx, a: &Assessment) -> String {
    let answers = effective_answers(&ctx.flow().answers);
    let mut m = Markup::new();
    let (_, date) = today(ctx.lang);
    let date = format!("{}: {date}", ctx.lang.export.date);
    m.element("p", &[("class", "bpc-print-only bpc-print-date")], &date);
    let triage = ctx.lang.triage(a.triage);
    let action = triage
        .action
        .replace("{number}", &ctx.settings.emergency_number);
    triage_banner(&mut m, a.triage, triage.title, &action);
    if ctx.flow().ended_early {
        m.element("p", &[("class", "bpc-notice")], ctx.ui.ended_early);
    }
    clinic_contact(&mut m, ctx);
    // Unanswered warning signs cannot raise an emergency further: going back
    // to them would only delay the action.
    if a.triage < Triage::Emergency {
        unanswered(&mut m, ctx, a);
    }
    // The engine decides, so the screen, the event and the exports agree.
    if a.action_only() {
        reasons(&mut m, ctx, a, &answers);
        meanwhile(&mut m, ctx, a);
        safety_net(&mut m, ctx, a.triage);
    } else {
        let (plan, rest) = plan_and_rest(ctx, a);
        your_plan(&mut m, ctx, &plan, &answers);
        reasons(&mut m, ctx, a, &answers);
        safety_net(&mut m, ctx, a.triage);
        folded(&mut m, ctx, a, &rest, &answers);
    }
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

/// Warning signs left open or "not sure": say so, and offer the way back to
/// the first of them (the new answers count; see `flow`).
fn unanswered(m: &mut Markup, ctx: &Ctx, a: &Assessment) {
    let Some(first) = a.unanswered_red_flags.first() else {
        return;
    };
    m.open("div", &[("class", "bpc-notice bpc-unanswered")])
        .element("p", &[], ctx.result.unanswered)
        .element(
            "button",
            &[
                ("type", "button"),
                ("class", "bpc-button bpc-secondary"),
                ("part", "button secondary-button"),
                ("data-edit", first.id()),
            ],
            ctx.result.answer_now,
        )
        .close("div");
}

/// The answers behind an entry, in the person's own short words.
fn because_line(m: &mut Markup, ctx: &Ctx, because: &[Q], answers: &Answers) {
    let words: Vec<String> = because
        .iter()
        .map(|&id| {
            answers.get(id).map_or_else(
                || ctx.ui.not_answered.to_owned(),
                |v| ctx.lang.said_words(id, v, ctx.ui.not_sure),
            )
        })
        .map(|w| format!("\u{201c}{w}\u{201d}"))
        .collect();
    if words.is_empty() {
        return;
    }
    m.open("span", &[("class", "bpc-because")])
        .element(
            "span",
            &[("class", "bpc-because-label")],
            ctx.result.because,
        )
        .text(" ")
        .text(&words.join(", "))
        .close("span");
}

/// The reasons for the level, each with the answers that caused it. Only
/// reasons at the result's own level: a lower one beside an emergency would
/// only dilute it. On emergency and urgent results the first reason says why
/// it matters; the rest are named.
fn reasons(m: &mut Markup, ctx: &Ctx, a: &Assessment, answers: &Answers) {
    let at_level: Vec<&Reason> = a
        .reasons
        .iter()
        .filter(|r| r.level == a.triage && r.id != ReasonId::UnansweredRedFlags)
        .collect();
    // A reason whose answers another reason already names in full is folded
    // into it (pain below the knee into the sciatica pattern); red flags and
    // patterns, which say the most, come first.
    let covered = |r: &Reason| {
        at_level.iter().any(|o| {
            o.id != r.id
                && o.because.len() > r.because.len()
                && r.because.iter().all(|id| o.because.contains(id))
        })
    };
    let mut top: Vec<&Reason> = at_level.iter().copied().filter(|r| !covered(r)).collect();
    sort_small_by_key(&mut top, |r| {
        r.id.red_flag().is_none() && r.id.pattern().is_none()
    });
    if top.is_empty() {
        return;
    }
    m.open("section", &[("class", "bpc-section bpc-why")]);
    m.element("h3", &[], ctx.result.why);
    m.open("ul", &[("class", "bpc-reasons")]);
    for (i, r) in top.iter().enumerate() {
        let explainer = ctx.lang.reason(r.id);
        m.open(
            "li",
            &[
                ("class", "bpc-reason"),
                ("data-reason", r.id.id()),
                ("data-level", r.level.id()),
            ],
        );
        m.element("p", &[("class", "bpc-reason-title")], explainer.title);
        // Emergency and urgent: why the first reason matters. Below that the
        // plan above already says what to do about it.
        if i == 0 && a.triage >= Triage::Urgent {
            m.element("p", &[], explainer.text);
        }
        because_line(m, ctx, &r.because, answers);
        m.close("li");
    }
    m.close("ul").close("section");
}

/// Emergency and urgent: what to do while getting help, short.
fn meanwhile(m: &mut Markup, ctx: &Ctx, a: &Assessment) {
    // The paragraphs before `skip` repeat the banner's action.
    let (id, skip) = match a.triage {
        Triage::Emergency => (Advice::EmergencyNow, 1),
        Triage::Urgent => (Advice::UrgentToday, 2),
        _ => return,
    };
    let item = ctx.lang.advice(id);
    m.open(
        "section",
        &[
            ("class", "bpc-section bpc-meanwhile"),
            ("data-advice", id.id()),
        ],
    )
    .element("h3", &[], ctx.result.meanwhile);
    for p in item.body.iter().skip(skip).take(2) {
        m.element("p", &[], p);
    }
    m.close("section");
}

/// Which new signs should send the person for help, and how fast: every
/// cauda equina sign, both legs included, on every result.
fn safety_net(m: &mut Markup, ctx: &Ctx, level: Triage) {
    let t = ctx.result;
    let number = &ctx.settings.emergency_number;
    m.open("section", &[("class", "bpc-section bpc-safety-net")])
        .element("h3", &[], t.safety_net);
    if level == Triage::Emergency {
        m.element("p", &[], &t.net_emergency.replace("{number}", number));
    } else {
        m.open("p", &[("class", "bpc-emergency-number")])
            .element("strong", &[], &t.net_now.replace("{number}", number))
            .close("p");
        list(m, t.net_now_signs);
        if level < Triage::Urgent {
            m.element("p", &[], t.net_today);
            list(m, t.net_today_signs);
        }
    }
    m.close("section");
}

fn list(m: &mut Markup, items: &[&str]) {
    m.open("ul", &[]);
    for i in items {
        m.element("li", &[], i);
    }
    m.close("ul");
}

fn paragraphs(m: &mut Markup, body: &[&str]) {
    for p in body {
        m.element("p", &[], p);
    }
}

/// An advice item the engine chose, with the answers that chose it.
type Advised = Finding<Advice>;

/// How many advice items the personal plan shows at most.
const PLAN: usize = 5;

/// The personal plan (the engine's advice after the items for now, most
/// useful first) and the rest of the chosen advice.
fn plan_and_rest<'a>(ctx: &Ctx, a: &'a Assessment) -> (Vec<&'a Advised>, Vec<&'a Advised>) {
    let personal: Vec<&Advised> = a
        .advice
        .iter()
        .filter(|f| ctx.lang.advice(f.id).group != AdviceGroup::Now)
        .collect();
    // Room for one more when no reasons follow (self care).
    let room = if a.triage == Triage::SelfCare {
        PLAN
    } else {
        PLAN - 1
    };
    let split = personal.len().min(room);
    (personal[..split].to_vec(), personal[split..].to_vec())
}

/// "Your plan": each action, why it was chosen for this person, and more
/// behind a closed disclosure.
fn your_plan(m: &mut Markup, ctx: &Ctx, plan: &[&Advised], answers: &Answers) {
    if plan.is_empty() {
        return;
    }
    m.open("section", &[("class", "bpc-section bpc-plan")]);
    m.element("h3", &[], ctx.result.your_plan);
    m.open("ol", &[("class", "bpc-plan-list")]);
    for f in plan {
        let item = ctx.lang.advice(f.id);
        // The whole item opens its details: what to do and why stay in view
        // (in the summary), the longer text is one tap away.
        m.open(
            "li",
            &[
                ("class", "bpc-plan-item"),
                ("part", "advice"),
                ("data-advice", item.id.id()),
            ],
        )
        .open("details", &[("class", "bpc-more")])
        .open("summary", &[])
        .element("span", &[("class", "bpc-plan-title")], item.title)
        .element("span", &[("class", "bpc-plan-do")], item.summary);
        because_line(m, ctx, &f.because, answers);
        m.close("summary");
        paragraphs(m, item.body);
        m.close("details").close("li");
    }
    m.close("ol").close("section");
}

/// A closed disclosure with a heading-like summary.
fn open_fold(m: &mut Markup, class: &str, title: &str) {
    m.open("details", &[("class", class), ("part", "advice")])
        .element("summary", &[], title);
}

/// Everything else, closed: what the answers may fit, what affects
/// recovery, the rest of the advice by group, and general topics.
fn folded(m: &mut Markup, ctx: &Ctx, a: &Assessment, rest: &[&Advised], answers: &Answers) {
    let t = ctx.result;
    m.open("section", &[("class", "bpc-section bpc-folded")]);
    if a.patterns.is_empty() && !a.unanswered_red_flags.is_empty() {
        // No pattern while warning signs are open: what is still to be
        // checked instead (the engine never says "non-specific" then).
        open_fold(m, "bpc-fold bpc-patterns", t.may_fit);
        m.element("p", &[("class", "bpc-still-to-check")], t.still_to_check);
        m.open("ul", &[]);
        for &id in &a.unanswered_red_flags {
            m.element("li", &[], ctx.lang.question(id).text);
        }
        m.close("ul").close("details");
    } else if !a.patterns.is_empty() {
        open_fold(m, "bpc-fold bpc-patterns", t.may_fit);
        for p in &a.patterns {
            let e = ctx.lang.pattern(p.id);
            m.open(
                "div",
                &[("class", "bpc-pattern"), ("data-pattern", p.id.id())],
            );
            m.element("h4", &[], e.title).element("p", &[], e.text);
            m.close("div");
        }
        let ids: Vec<Pattern> = a.patterns.iter().map(|p| p.id).collect();
        if helps_explain(&ids) {
            spine_diagram(m, t, &ids);
        }
        m.element("p", &[("class", "bpc-small")], t.not_a_diagnosis);
        m.close("details");
    }
    if a.duration.is_some() || a.prognosis.is_some() || !a.risk_factors.is_empty() {
        open_fold(m, "bpc-fold bpc-recovery", t.recovery);
        duration(m, ctx, a);
        outlook(m, ctx, a);
        risk_factors(m, ctx, a);
        m.close("details");
    }
    for g in AdviceGroup::ALL {
        let items: Vec<(&Advised, &'static AdviceText)> = rest
            .iter()
            .map(|f| (*f, ctx.lang.advice(f.id)))
            .filter(|(_, x)| x.group == g)
            .collect();
        if items.is_empty() {
            continue;
        }
        open_fold(m, "bpc-fold bpc-advice-group", t.group(g));
        for (f, item) in items {
            m.open(
                "div",
                &[("class", "bpc-advice"), ("data-advice", item.id.id())],
            )
            .element("h4", &[], item.title);
            because_line(m, ctx, &f.because, answers);
            paragraphs(m, item.body);
            m.close("div");
        }
        m.close("details");
    }
    open_fold(m, "bpc-fold bpc-topics", t.group(AdviceGroup::About));
    for &id in Advice::TOPICS {
        let item = ctx.lang.advice(id);
        m.open("div", &[("class", "bpc-advice"), ("data-advice", id.id())])
            .element("h4", &[], item.title);
        paragraphs(m, item.body);
        m.close("div");
    }
    m.close("details");
    m.close("section");
}

/// A short section: a heading and its text, with one data attribute.
fn short_section(m: &mut Markup, class: &str, data: (&str, &str), heading: &str, text: &str) {
    m.open("div", &[("class", class), data])
        .element("h4", &[], heading)
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
        "bpc-duration",
        ("data-duration", d.id()),
        t.how_long,
        text,
    );
    m.close("div");
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
        "bpc-outlook",
        ("data-band", p.band.id()),
        t.outlook,
        text,
    );
    m.element("p", &[("class", "bpc-small")], t.outlook_note);
    m.close("div");
}

/// Risk factors, the ones a person can change first.
fn risk_factors(m: &mut Markup, ctx: &Ctx, a: &Assessment) {
    if a.risk_factors.is_empty() {
        return;
    }
    let t = ctx.result;
    m.open("div", &[("class", "bpc-risks")]);
    m.element("h4", &[], t.risk_factors);
    for (modifiable, heading) in [(true, t.can_change), (false, t.cannot_change)] {
        let mut items = a
            .risk_factors
            .iter()
            .filter(|r| r.modifiable == modifiable)
            .peekable();
        if items.peek().is_none() {
            continue;
        }
        m.element("h5", &[], heading).open("ul", &[]);
        for r in items {
            let e = ctx.lang.risk_factor(r.id);
            m.open("li", &[("data-risk", r.id.id())]);
            m.element("strong", &[], e.title)
                .text(" ")
                .element("span", &[], e.text);
            m.close("li");
        }
        m.close("ul");
    }
    m.close("div");
}

/// Every answer in plain words, shown only on the printed page.
fn print_answers(m: &mut Markup, ctx: &Ctx, answers: &Answers) {
    m.open(
        "section",
        &[("class", "bpc-section bpc-print-only bpc-print-answers")],
    );
    m.element("h3", &[], ctx.lang.export.your_answers);
    m.open("dl", &[]);
    for q in STEPS.iter().flat_map(|s| s.asked(&ctx.flow().answers)) {
        let Some(value) = answers.get(q.id) else {
            continue;
        };
        m.open(
            "div",
            &[("class", "bpc-print-answer"), ("data-question", q.id.id())],
        )
        .element("dt", &[], ctx.lang.question(q.id).text)
        .element("dd", &[], &answer_words(ctx, q.id, value))
        .close("div");
    }
    m.close("dl").close("section");
}
