//! One question and the control that fits its answer type.

use yew::prelude::*;

use super::app::Ctx;
use crate::engine::{question, Kind, Value};
use crate::flow::Action;

/// A question: its words, its control, and any problem with the answer.
/// Keyed by its id, so a question that appears or goes within a step never
/// takes over another's elements.
pub fn question_field(ctx: &Ctx, id: &'static str) -> Html {
    let Some(q) = question(id) else {
        return Html::default();
    };
    let text = ctx.lang.question(q.id);
    let title = text.map_or(q.id, |t| t.text);
    let help = text.map_or("", |t| t.help);
    let dom_id = ctx.dom_id(q.id);
    let msg_id = format!("{dom_id}-msg");
    let problem = ctx.flow().problems.get(q.id).map(|p| ctx.ui.problem(*p));
    let described = problem.as_ref().map(|_| msg_id.clone());

    let control = match q.kind {
        Kind::Int { min, max } if max - min <= 10 => html! {
            { pain_scale(ctx, q.id, min, max) }
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
                        ctx, q.id, "radio", label, answer == Some(v), Action::Answer(q.id, Value::Bool(v)),
                    )) }
                </div>
            }
        }
        Kind::Choice(options) => {
            let answer = ctx.flow().answers.choice(q.id);
            html! {
                <div class="bpc-options">
                    { for options.iter().map(|o| option(
                        ctx, q.id, "radio", ctx.lang.option_label(q.id, o).unwrap_or(o),
                        answer == Some(*o), Action::Answer(q.id, Value::Choice(o)),
                    )) }
                </div>
            }
        }
        Kind::Multi(options) => html! {
            <div class="bpc-options">
                <p class="bpc-hint">{ ctx.ui.choose_all }</p>
                { for options.iter().map(|o| option(
                    ctx, q.id, "checkbox", ctx.lang.option_label(q.id, o).unwrap_or(o),
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
        <fieldset key={q.id} class={classes!("bpc-question", problem.is_some().then_some("bpc-has-problem"))}
            part="question" data-question={q.id} aria-describedby={(!number).then_some(described.clone()).flatten()}>
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

/// A radio button or checkbox with a large tap target.
fn option(
    ctx: &Ctx,
    name: &'static str,
    kind: &'static str,
    label: &str,
    checked: bool,
    action: Action,
) -> Html {
    // The form value names the answer, as the contract spells it.
    let value = match &action {
        Action::Answer(_, Value::Bool(b)) => b.to_string(),
        Action::Answer(_, Value::Int(n)) => n.to_string(),
        Action::Answer(_, Value::Choice(o)) | Action::Toggle(_, o) => (*o).to_owned(),
        _ => String::new(),
    };
    let state = ctx.state.clone();
    let onchange = Callback::from(move |_: Event| state.dispatch(action.clone()));
    html! {
        <label class={classes!("bpc-option", checked.then_some("bpc-checked"))} part="option">
            <input type={kind} name={ctx.dom_id(name)} {value} {checked} {onchange} />
            <span>{ label.to_owned() }</span>
        </label>
    }
}

/// A 0 to 10 scale as a row of radio buttons.
fn pain_scale(ctx: &Ctx, id: &'static str, min: i64, max: i64) -> Html {
    let answer = ctx.flow().answers.int(id);
    html! {
        <div class="bpc-scale">
            <div class="bpc-scale-row">
                { for (min..=max).map(|n| option(
                    ctx, id, "radio", &n.to_string(), answer == Some(n),
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
