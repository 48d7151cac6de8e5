//! The body diagram of the "where" step: a back view and a front view, each
//! with tappable regions. A tap sends [`Action::TapBody`]; the flow answers
//! `pain_reach` and `leg_pain_side` from the regions, so the radio buttons
//! below (the accessible path) always show the same answers.
//!
//! The drawing is in viewBox units and scales with the widget's width. At a
//! 390 px wide phone (about 326 px of widget content) one unit is about
//! 0.96 px, so every region, at least 46 units across, stays a 44 px target.

use yew::prelude::*;

use super::app::Ctx;
use crate::flow::{Action, Region, Side};

const WIDTH: i32 = 340;
const HEIGHT: i32 = 428;
/// Centres of the back and front figures.
const BACK_X: i32 = 85;
const FRONT_X: i32 = 255;

/// The words for screen readers: what is marked, in reading order.
fn summary(ctx: &Ctx) -> String {
    let body = ctx.flow().body;
    if body.is_empty() {
        return ctx.ui.body_nothing_marked.to_owned();
    }
    let names: Vec<&str> = body.iter().map(|r| ctx.ui.region(r)).collect();
    ctx.ui.body_marked.replace("{regions}", &names.join(", "))
}

/// A point of a figure centred on `cx`, `x` units towards the viewer's side
/// `dir` (-1 left, 1 right).
fn pt(cx: i32, dir: i32, x: i32, y: i32) -> String {
    format!("{},{y}", cx + dir * x)
}

/// The outline a region is drawn with. Leg shapes are given for one leg and
/// mirrored; `dir` is the side of the figure, as the viewer sees it.
fn region_path(region: Region, cx: i32, dir: i32) -> String {
    let p = |x, y| pt(cx, dir, x, y);
    match region {
        Region::LowerBack => {
            let (l, r) = (|x, y| pt(cx, -1, x, y), |x, y| pt(cx, 1, x, y));
            format!(
                "M{} Q{} {} L{} Q{} {} L{} Q{} {} L{} Q{} {} Z",
                l(30, 166),
                l(40, 166),
                l(41, 176),
                l(46, 214),
                l(47, 222),
                l(38, 222),
                r(38, 222),
                r(47, 222),
                r(46, 214),
                r(41, 176),
                r(40, 166),
                r(30, 166),
            )
        }
        Region::LeftUpperLeg | Region::RightUpperLeg => format!(
            "M{} L{} Q{} {} C{} {} {} Q{} {} L{} Q{} {} Z",
            p(2, 226),
            p(46, 226),
            p(54, 226),
            p(54, 238),
            p(54, 270),
            p(50, 296),
            p(48, 312),
            p(47, 320),
            p(40, 320),
            p(7, 320),
            p(2, 320),
            p(2, 312),
        ),
        // Knee to heel: a calf, a narrower ankle, a rounded foot.
        Region::LeftLowerLeg | Region::RightLowerLeg => format!(
            "M{} L{} C{} {} {} C{} {} {} Q{} {} L{} Q{} {} C{} {} {} C{} {} {} Z",
            p(4, 325),
            p(47, 325),
            p(54, 350),
            p(49, 382),
            p(41, 400),
            p(39, 407),
            p(47, 410),
            p(46, 417),
            p(45, 421),
            p(38, 421),
            p(12, 421),
            p(6, 421),
            p(6, 415),
            p(6, 409),
            p(10, 406),
            p(9, 398),
            p(4, 380),
            p(1, 350),
            p(4, 325),
        ),
    }
}

/// The parts of a figure that are not tappable: head, neck, arms, torso.
fn figure(cx: i32) -> Html {
    let arm = |dir: i32| {
        let (x1, x2) = ((cx + dir * 60).to_string(), (cx + dir * 70).to_string());
        html! {
            <>
                <line class="bpc-body-limb-edge" x1={x1.clone()} y1="98" x2={x2.clone()} y2="226" />
                <line class="bpc-body-limb" {x1} y1="98" {x2} y2="226" />
            </>
        }
    };
    let (l, r) = (|x, y| pt(cx, -1, x, y), |x, y| pt(cx, 1, x, y));
    // Shoulders, a gentle waist, hips: one smooth line down each side.
    let torso = format!(
        "M{} Q{} {} L{} Q{} {} C{} {} {} C{} {} {} L{} C{} {} {} C{} {} {} Z",
        l(57, 98),
        l(57, 84),
        l(42, 84),
        r(42, 84),
        r(57, 84),
        r(57, 98),
        r(55, 140),
        r(46, 160),
        r(47, 182),
        r(48, 204),
        r(55, 212),
        r(55, 232),
        l(55, 232),
        l(55, 212),
        l(48, 204),
        l(47, 182),
        l(46, 160),
        l(55, 140),
        l(57, 98),
    );
    let x = cx.to_string();
    html! {
        <g class="bpc-body-figure">
            { arm(-1) }
            { arm(1) }
            <line class="bpc-body-limb-edge" x1={x.clone()} y1="66" x2={x.clone()} y2="88" />
            <line class="bpc-body-limb" x1={x.clone()} y1="66" x2={x.clone()} y2="88" />
            <path class="bpc-body-part" d={torso} />
            <ellipse class="bpc-body-part" cx={x} cy="50" rx="21" ry="24" />
        </g>
    }
}

pub fn body_diagram(ctx: &Ctx) -> Html {
    let body = ctx.flow().body;
    let region = |r: Region, cx: i32, dir: i32| {
        html! {
            <path class={classes!("bpc-region", body.contains(r).then_some("bpc-selected"))}
                data-region={r.id()} d={region_path(r, cx, dir)}
                onclick={ctx.send(Action::TapBody(r))} />
        }
    };
    // Where each leg is drawn: from behind the person's left is on the
    // viewer's left; from the front it is on the viewer's right.
    let legs = |cx: i32, left_dir: i32| {
        Side::BOTH.into_iter().flat_map(move |side| {
            let dir = if side == Side::Left {
                left_dir
            } else {
                -left_dir
            };
            [
                (Region::upper_leg(side), cx, dir),
                (Region::lower_leg(side), cx, dir),
            ]
        })
    };
    let regions = std::iter::once((Region::LowerBack, BACK_X, 1))
        .chain(legs(BACK_X, -1))
        .chain(legs(FRONT_X, 1))
        .map(|(r, cx, dir)| region(r, cx, dir));
    html! {
        <div class="bpc-body">
            <p class="bpc-hint bpc-body-instruction" aria-hidden="true">{ ctx.ui.body_instruction }</p>
            <svg class="bpc-body-svg" viewBox={format!("0 0 {WIDTH} {HEIGHT}")}
                role="img" aria-label={summary(ctx)}>
                <g aria-hidden="true">
                    <text class="bpc-body-label" x={BACK_X.to_string()} y="16">{ ctx.ui.body_back }</text>
                    <text class="bpc-body-label" x={FRONT_X.to_string()} y="16">{ ctx.ui.body_front }</text>
                    { figure(BACK_X) }
                    { figure(FRONT_X) }
                    // The spine, so the back view reads as a back.
                    <path class="bpc-body-detail" d={format!("M{BACK_X} 90 V166")} />
                </g>
                <g class="bpc-regions" aria-hidden="true">
                    { for regions }
                </g>
                // The folds under the buttocks; they let taps through.
                <path class="bpc-body-detail bpc-body-fold" aria-hidden="true" d={format!(
                    "M{} Q{} {} M{} Q{} {}",
                    pt(BACK_X, -1, 5, 270), pt(BACK_X, -1, 24, 286), pt(BACK_X, -1, 50, 262),
                    pt(BACK_X, 1, 5, 270), pt(BACK_X, 1, 24, 286), pt(BACK_X, 1, 50, 262),
                )} />
            </svg>
        </div>
    }
}
