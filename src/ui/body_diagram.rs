//! The body diagram of the "where" step: a back view and a front view, each
//! with tappable regions. A tap sends [`Action::TapBody`]; the flow answers
//! `pain_reach` and `leg_pain_side` from the regions, so the radio buttons
//! below (the accessible path) always show the same answers.
//!
//! The drawing is in viewBox units and scales with the widget's width. At a
//! 390 px wide phone (about 326 px of widget content) one unit is about
//! 0.96 px, so every region, at least 46 units across, stays a 44 px target.

use std::sync::OnceLock;

use yew::prelude::*;

use super::app::Ctx;
use crate::flow::{Action, Region, Side};
use crate::markup::Markup;

/// The drawing's size in viewBox units: 340 wide, 428 high.
const VIEW_BOX: &str = "0 0 340 428";
/// Centres of the back and front figures.
const BACK_X: i32 = 85;
const FRONT_X: i32 = 255;

/// The words for screen readers: what is marked, in reading order.
fn summary(ctx: &Ctx) -> String {
    let body = ctx.flow().body;
    if body.is_empty() {
        return ctx.ui.body_nothing_marked.to_owned();
    }
    let names: Vec<&str> = body
        .iter()
        .map(|r| super::words::region(ctx.ui, r))
        .collect();
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

/// An arm or the neck: an outline line with the limb drawn over it.
fn limb(m: &mut Markup, (x1, y1): (&str, &str), (x2, y2): (&str, &str)) {
    for class in ["bpc-body-limb-edge", "bpc-body-limb"] {
        m.shape(
            "line",
            &[
                ("class", class),
                ("x1", x1),
                ("y1", y1),
                ("x2", x2),
                ("y2", y2),
            ],
        );
    }
}

/// The parts of a figure that are not tappable: head, neck, arms, torso.
fn figure(m: &mut Markup, cx: i32) {
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
    m.open("g", &[("class", "bpc-body-figure")]);
    for dir in [-1, 1] {
        let (x1, x2) = ((cx + dir * 60).to_string(), (cx + dir * 70).to_string());
        limb(m, (&x1, "98"), (&x2, "226"));
    }
    limb(m, (&x, "66"), (&x, "88"));
    m.shape("path", &[("class", "bpc-body-part"), ("d", &torso)]);
    let head = [
        ("class", "bpc-body-part"),
        ("cx", &x),
        ("cy", "50"),
        ("rx", "21"),
        ("ry", "24"),
    ];
    m.shape("ellipse", &head);
    m.close("g");
}

/// The parts of the drawing that never change (the figures, the spine, the
/// folds under the buttocks and each region's outline), worked out once: a
/// tap only changes which regions are marked.
struct Shapes {
    figures: String,
    regions: Vec<(Region, String)>,
    folds: String,
}

fn shapes() -> &'static Shapes {
    static SHAPES: OnceLock<Shapes> = OnceLock::new();
    SHAPES.get_or_init(|| {
        let mut figures = Markup::new();
        figure(&mut figures, BACK_X);
        figure(&mut figures, FRONT_X);
        // The spine, so the back view reads as a back.
        let spine = format!("M{BACK_X} 90 V166");
        figures.shape("path", &[("class", "bpc-body-detail"), ("d", &spine)]);

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
            .map(|(r, cx, dir)| (r, region_path(r, cx, dir)))
            .collect();

        // The folds under the buttocks; they let taps through.
        let d = format!(
            "M{} Q{} {} M{} Q{} {}",
            pt(BACK_X, -1, 5, 270),
            pt(BACK_X, -1, 24, 286),
            pt(BACK_X, -1, 50, 262),
            pt(BACK_X, 1, 5, 270),
            pt(BACK_X, 1, 24, 286),
            pt(BACK_X, 1, 50, 262),
        );
        let mut folds = Markup::new();
        let fold = [
            ("class", "bpc-body-detail bpc-body-fold"),
            ("aria-hidden", "true"),
            ("d", &d),
        ];
        folds.shape("path", &fold);
        Shapes {
            figures: figures.finish(),
            regions,
            folds: folds.finish(),
        }
    })
}

/// The drawing, written as markup (see [`crate::markup`]); one listener on
/// its box turns a tap on a region into [`Action::TapBody`].
pub fn body_diagram(ctx: &Ctx) -> Html {
    let body = ctx.flow().body;
    let shapes = shapes();
    let mut m = Markup::new();
    let summary = summary(ctx);
    m.open(
        "svg",
        &[
            ("class", "bpc-body-svg"),
            ("viewBox", VIEW_BOX),
            ("role", "img"),
            ("aria-label", &summary),
        ],
    );
    m.open("g", &[("aria-hidden", "true")]);
    for (x, words) in [(BACK_X, ctx.ui.body_back), (FRONT_X, ctx.ui.body_front)] {
        let x = x.to_string();
        m.element(
            "text",
            &[("class", "bpc-body-label"), ("x", &x), ("y", "16")],
            words,
        );
    }
    m.raw(&shapes.figures);
    m.close("g");
    m.open("g", &[("class", "bpc-regions"), ("aria-hidden", "true")]);
    for (r, d) in &shapes.regions {
        let class = if body.contains(*r) {
            "bpc-region bpc-selected"
        } else {
            "bpc-region"
        };
        m.shape(
            "path",
            &[("class", class), ("data-region", r.id()), ("d", d)],
        );
    }
    m.close("g");
    m.raw(&shapes.folds);
    m.close("svg");

    let onclick = ctx.send_marked("data-region", |id| Region::from_id(id).map(Action::TapBody));
    html! {
        <div class="bpc-body" {onclick}>
            <p class="bpc-hint bpc-body-instruction" aria-hidden="true">{ ctx.ui.body_instruction }</p>
            { Html::from_html_unchecked(m.finish().into()) }
        </div>
    }
}
