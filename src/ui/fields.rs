//! One question and the control that fits its answer type.

use yew::prelude::*;

use super::app::Ctx;
use crate::engine::{question, Kind, Value, NOT_SURE, Q};
use crate::flow::Action;

/// A question: its words, its control, and any problem with the answer.
/// Keyed by its id, so a question that appears or goes within a step never
/// takes over another's elements.
pub fn question_field(ctx: &Ctx, id: Q) -> Html {
    let q = question(id);
    let text = ctx.lang.question(q.id);
    let (title, help) = (text.text, text.help);
    let dom_id = ctx.dom_id(q.id.id());
    let msg_id = format!("{dom_id}-msg");
    let name = AttrValue::from(dom_id.clone());
    let problem = ctx
        .flow()
        .problems
        .get(q.id)
        .map(|p| super::words::problem(ctx.ui, *p));
    let described = problem.as_ref().map(|_| msg_id.clone());

    let control = match q.kind {
        Kind::Int { min, max } if max - min <= 10 => html! {
            { pain_scale(ctx, q.id, &name, min, max) }
        },
        Kind::Int { .. } => {
            let value = ctx.flow().drafts.get(q.id).cloned().unwrap_or_else(|| {
                ctx.flow()
                    .answers
                    .int(q.id)
                    .map(|n| n.to_string())
                    .unwrap_or_default()
            });
            let state = ctx.state.clone();
            let id = q.id;
            let oninput = Callback::from(move |e: InputEvent| {
                let input: web_sys::HtmlInputElement = e.target_unchecked_into();
                state.dispatch(Action::Type(id, input.value()));
            });
            html! {
                <input id={dom_id.clone()} class="bpc-number" type="text" inputmode="numeric"
                    autocomplete="off" maxlength="12" {value} {oninput}
                    aria-invalid={problem.is_some().then_some("true")}
                    aria-describedby={described.clone()} />
            }
        }
        Kind::Bool => {
            let answer = ctx.flow().answers.bool(q.id);
            let options = [(ctx.ui.yes, true), (ctx.ui.no, false)];
            html! {
                <div class="bpc-options bpc-yes-no">
                    { for options.into_iter().map(|(label, v)| option(
                        ctx, &name, "radio", label.into(), answer == Some(v), Action::Answer(q.id, Value::Bool(v)),
                    )) }
                    { not_sure_option(ctx, &name, q.id, q.accepts_not_sure()) }
                </div>
            }
        }
        Kind::Choice(options) => {
            let answer = ctx.flow().answers.choice(q.id);
            html! {
                <div class="bpc-options">
                    { for options.iter().map(|&o| option(
                        ctx, &name, "radio", ctx.lang.option_label(q.id, o).into(),
                        answer == Some(o), Action::Answer(q.id, Value::Choice(o)),
                    )) }
                    { not_sure_option(ctx, &name, q.id, q.accepts_not_sure()) }
                </div>
            }
        }
        Kind::Multi(options) => html! {
            <div class="bpc-options">
                <p class="bpc-hint">{ ctx.ui.choose_all }</p>
                { for options.iter().map(|&o| option(
                    ctx, &name, "checkbox", ctx.lang.option_label(q.id, o).into(),
                    ctx.flow().answers.includes(q.id, o), Action::Toggle(q.id, o),
                )) }
            </div>
        },
    };

    let number = matches!(q.kind, Kind::Int { min, max } if max - min > 10);
    let legend = html! {
        <>
            { title }
            if q.optional { <span class="bpc-optional">{ format!(" ({})", ctx.ui.optional) }</span> }
        </>
    };
    html! {
        <fieldset key={q.id.id()} class={classes!("bpc-question", problem.is_some().then_some("bpc-has-problem"))}
            part="question" data-question={q.id.id()} aria-describedby={(!number).then_some(described.clone()).flatten()}>
            if number {
                <legend class="bpc-legend"><label for={dom_id.clone()}>{ legend }</label></legend>
            } else {
                <legend class="bpc-legend">{ legend }</legend>
            }
            if !help.is_empty() { <p class="bpc-help">{ help }</p> }
            if let Some(p) = problem {
                <p id={msg_id} class="bpc-problem" role="alert">{ p }</p>
            }
            { control }
        </fieldset>
    }
}

/// A radio button or checkbox with a large tap target. `name` is the
/// question's element id, made once per question rather than per option.
fn option(
    ctx: &Ctx,
    name: &AttrValue,
    kind: &'static str,
    label: AttrValue,
    checked: bool,
    action: Action,
) -> Html {
    // The form value names the answer, as the contract spells it. Static
    // strings wherever the answer allows: this runs for every option on
    // every render.
    let value: AttrValue = match &action {
        Action::Answer(_, Value::Bool(true)) => "true".into(),
        Action::Answer(_, Value::Bool(false)) => "false".into(),
        Action::Answer(_, Value::Int(n)) => n.to_string().into(),
        Action::Answer(_, Value::Choice(o)) | Action::Toggle(_, o) => o.id().into(),
        Action::Answer(_, Value::NotSure) => NOT_SURE.into(),
        _ => AttrValue::default(),
    };
    let state = ctx.state.clone();
    let onchange = Callback::from(move |_: Event| state.dispatch(action.clone()));
    html! {
        <label class={if checked { "bpc-option bpc-checked" } else { "bpc-option" }} part="option">
            <input type={kind} name={name.clone()} {value} {checked} {onchange} />
            <span>{ label }</span>
        </label>
    }
}

/// "Not sure", the last answer of a warning-sign question (nothing elsewhere).
fn not_sure_option(ctx: &Ctx, name: &AttrValue, id: Q, offered: bool) -> Html {
    if !offered {
        return Html::default();
    }
    let checked = ctx.flow().answers.not_sure(id);
    option(
        ctx,
        name,
        "radio",
        ctx.ui.not_sure.into(),
        checked,
        Action::Answer(id, Value::NotSure),
    )
}

/// A 0 to 10 scale as a row of radio buttons.
fn pain_scale(ctx: &Ctx, id: Q, name: &AttrValue, min: i64, max: i64) -> Html {
    let answer = ctx.flow().answers.int(id);
    html! {
        <div class="bpc-scale">
            <div class="bpc-scale-row">
                { for (min..=max).map(|n| option(
                    ctx, name, "radio", n.to_string().into(), answer == Some(n),
                    Action::Answer(id, Value::Int(n)),
                )) }
            </div>
            <div class="bpc-scale-ends">
                <span>{ ctx.ui.pain_scale_low }</span>
                <span>{ ctx.ui.pain_scale_high }</span>
            </div>
        </div>
    }
}
