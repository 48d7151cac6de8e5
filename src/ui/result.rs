//! The results screen: what to do and how soon, why, what the answers may fit,
//! how long it has lasted, the outlook, risk factors, advice and when to get help.

use yew::prelude::*;

use super::app::Ctx;
use super::export_buttons::{print_date, ExportButtons};
use super::review::answer_words;
use super::spine_diagram::{helps_explain, spine_diagram};
use super::triage_banner::triage_banner;
use crate::content::{AdviceGroup, AdviceText};
use crate::engine::{question, Assessment, Band, DurationClass, Finding};
use crate::flow::{effective_answers, Action};

/// Advice shown in its own "when to get help" box rather than in a group.
const SAFETY_NET: &str = "safety_net";

// The sections below are plain functions rather than components: nothing in
// them keeps state, and each component type costs kilobytes of wasm and a
// scheduler pass per render.

pub fn result_screen(ctx: &Ctx) -> Html {
    let a = &ctx.flow().assessment();
    let t = ctx.result;
    let level = a.triage.id();
    let triage = ctx.lang.triage(level);
    let title = triage.map_or(level, |x| x.title);
    let action = triage
        .map(|x| x.action.replace("{number}", &ctx.settings.emergency_number))
        .unwrap_or_default();
    let print = Callback::from(|_: MouseEvent| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    });
    html! {
        <section key="result" class="bpc-result" part="result" data-triage={level}>
            <h2 tabindex="-1" data-focus="">{ ctx.ui.result_title }</h2>
            { print_date(ctx) }
            if ctx.flow().ended_early { <p class="bpc-notice">{ ctx.ui.ended_early }</p> }
            { triage_banner(a.triage, title, &action) }
            { clinic_contact(ctx) }
            { reasons(ctx, a) }
            { safety_net(ctx) }
            { patterns(ctx, a) }
            { duration(ctx, a) }
            { outlook(ctx, a) }
            { risk_factors(ctx, a) }
            { advice_groups(ctx, a) }
            <ExportButtons ctx={ctx.clone()} />
            <div class="bpc-nav bpc-no-print">
                <button type="button" class="bpc-button bpc-secondary" part="button secondary-button" onclick={ctx.send(Action::Back)}>
                    { ctx.ui.back }
                </button>
                <button type="button" class="bpc-button bpc-secondary" part="button secondary-button" onclick={print}>{ t.print }</button>
                <button type="button" class="bpc-button bpc-primary" part="button primary-button" onclick={ctx.send(Action::Restart)}>
                    { ctx.ui.start_over }
                </button>
            </div>
        </section>
    }
}

/// Each reason for the triage, with the answers that caused it.
fn reasons(ctx: &Ctx, a: &Assessment) -> Html {
    let answers = effective_answers(&ctx.flow().answers);
    if a.reasons.is_empty() && a.unanswered_red_flags.is_empty() {
        return Html::default();
    }
    let items = a.reasons.iter().map(|r| {
        let explainer = ctx.lang.reason(r.id).or_else(|| ctx.lang.red_flag(r.id));
        let because = r.because.iter().filter_map(|id| {
            let q = question(id)?;
            let text = ctx.lang.question(q.id).map_or(q.id, |t| t.text);
            let value = answers
                .get(q.id)
                .map(|v| answer_words(ctx, q.id, v))
                .unwrap_or_else(|| ctx.ui.not_answered.to_owned());
            Some(html! { <li data-question={q.id}>{ text }{ " " }<strong>{ value }</strong></li> })
        });
        html! {
            <li class="bpc-reason" data-reason={r.id} data-level={r.level.id()}>
                <p class="bpc-reason-title">{ explainer.map_or(r.id, |e| e.title) }</p>
                if let Some(e) = explainer { <p>{ e.text }</p> }
                <p class="bpc-small">{ ctx.result.your_answers }</p>
                <ul class="bpc-because">{ for because }</ul>
            </li>
        }
    });
    html! {
        <section class="bpc-section bpc-why">
            <h3>{ ctx.result.why }</h3>
            if !a.unanswered_red_flags.is_empty() {
                <p class="bpc-notice">{ ctx.result.unanswered }</p>
            }
            <ul class="bpc-reasons">{ for items }</ul>
        </section>
    }
}

/// The embedding clinic's name and how to reach it, when the host sets them.
fn clinic_contact(ctx: &Ctx) -> Html {
    let s = &ctx.settings;
    if s.clinic_name.is_none() && s.clinic_contact.is_none() {
        return Html::default();
    }
    html! {
        <p class="bpc-clinic-contact" part="clinic">
            if let Some(name) = &s.clinic_name { <strong>{ name.clone() }</strong>{ " " } }
            if let Some(contact) = &s.clinic_contact { <span>{ contact.clone() }</span> }
        </p>
    }
}

/// Which new signs should send the person for help, and how fast.
fn safety_net(ctx: &Ctx) -> Html {
    let Some(item) = ctx.lang.advice(SAFETY_NET) else {
        return Html::default();
    };
    html! {
        <section class="bpc-section bpc-safety-net" data-advice={SAFETY_NET}>
            <h3>{ ctx.result.safety_net }</h3>
            <p class="bpc-emergency-number">
                <strong>{ ctx.result.emergency_number.replace("{number}", &ctx.settings.emergency_number) }</strong>
            </p>
            { for item.body.iter().map(|p| html! { <p>{ *p }</p> }) }
        </section>
    }
}

/// What the answers may fit, hedged, with a diagram where it helps.
fn patterns(ctx: &Ctx, a: &Assessment) -> Html {
    if a.patterns.is_empty() {
        return Html::default();
    }
    let ids: Vec<&'static str> = a.patterns.iter().map(|p| p.id).collect();
    html! {
        <section class="bpc-section bpc-patterns">
            <h3>{ ctx.result.may_fit }</h3>
            { for a.patterns.iter().map(|p| explained(ctx, p)) }
            if helps_explain(&ids) {
                { spine_diagram(ctx, &ids) }
            }
            <p class="bpc-small">{ ctx.result.not_a_diagnosis }</p>
        </section>
    }
}

fn explained(ctx: &Ctx, p: &Finding) -> Html {
    let e = ctx.lang.pattern(p.id);
    html! {
        <div class="bpc-pattern" data-pattern={p.id}>
            <h4>{ e.map_or(p.id, |e| e.title) }</h4>
            if let Some(e) = e { <p>{ e.text }</p> }
        </div>
    }
}

fn duration(ctx: &Ctx, a: &Assessment) -> Html {
    let t = ctx.result;
    let Some(d) = a.duration else {
        return Html::default();
    };
    let text = match d {
        DurationClass::Acute => t.acute,
        DurationClass::Subacute => t.subacute,
        DurationClass::Chronic => t.chronic,
    };
    html! {
        <section class="bpc-section bpc-duration" data-duration={d.id()}>
            <h3>{ t.how_long }</h3>
            <p>{ text }</p>
        </section>
    }
}

/// The risk of a slow recovery, in plain words.
fn outlook(ctx: &Ctx, a: &Assessment) -> Html {
    let t = ctx.result;
    let Some(p) = &a.prognosis else {
        return Html::default();
    };
    let text = match p.band {
        Band::Low => t.outlook_low,
        Band::Medium => t.outlook_medium,
        Band::High => t.outlook_high,
    };
    html! {
        <section class="bpc-section bpc-outlook" data-band={p.band.id()}>
            <h3>{ t.outlook }</h3>
            <p>{ text }</p>
            <p class="bpc-small">{ t.outlook_note }</p>
        </section>
    }
}

/// Risk factors, the ones a person can change first.
fn risk_factors(ctx: &Ctx, a: &Assessment) -> Html {
    let t = ctx.result;
    let list = |modifiable: bool| {
        let items: Vec<Html> = a
            .risk_factors
            .iter()
            .filter(|r| r.modifiable == modifiable)
            .map(|r| {
                let e = ctx.lang.risk_factor(r.id);
                html! {
                    <li data-risk={r.id}>
                        <strong>{ e.map_or(r.id, |e| e.title) }</strong>
                        if let Some(e) = e { { " " }<span>{ e.text }</span> }
                    </li>
                }
            })
            .collect();
        items
    };
    let (change, fixed) = (list(true), list(false));
    if change.is_empty() && fixed.is_empty() {
        return Html::default();
    }
    html! {
        <section class="bpc-section bpc-risks">
            <h3>{ t.risk_factors }</h3>
            if !change.is_empty() {
                <h4>{ t.can_change }</h4>
                <ul>{ for change }</ul>
            }
            if !fixed.is_empty() {
                <h4>{ t.cannot_change }</h4>
                <ul>{ for fixed }</ul>
            }
        </section>
    }
}

/// The chosen advice, grouped: now, at home, at work, exercise, prevention.
fn advice_groups(ctx: &Ctx, a: &Assessment) -> Html {
    let chosen: Vec<&'static AdviceText> = a
        .advice
        .iter()
        .filter(|f| f.id != SAFETY_NET)
        .filter_map(|f| ctx.lang.advice(f.id))
        .collect();
    let groups = AdviceGroup::ALL.into_iter().filter_map(|g| {
        let items: Vec<&&AdviceText> = chosen.iter().filter(|a| a.group == g).collect();
        (!items.is_empty()).then(|| {
            html! {
                <div class="bpc-advice-group">
                    <h4>{ ctx.result.group(g) }</h4>
                    { for items.into_iter().map(|a| html! {
                        <details class="bpc-advice" part="advice" data-advice={a.id} open={g == AdviceGroup::Now}>
                            <summary>{ a.title }</summary>
                            { for a.body.iter().map(|p| html! { <p>{ *p }</p> }) }
                        </details>
                    }) }
                </div>
            }
        })
    });
    html! {
        <section class="bpc-section bpc-advice-list">
            <h3>{ ctx.result.advice }</h3>
            { for groups }
        </section>
    }
}
