//! A simple side view of the lumbar spine: five vertebrae, the discs between
//! them, facet joints behind and nerve roots. The part the answers may
//! involve is highlighted; the caption carries the meaning for screen readers.

use yew::prelude::*;

use super::app::Ctx;

/// Whether the diagram helps explain any of these patterns.
pub fn helps_explain(patterns: &[&str]) -> bool {
    patterns.iter().any(|p| {
        matches!(
            *p,
            "non_specific" | "radicular" | "stenosis" | "spondylolysis"
        )
    })
}

/// The diagram for `patterns`, the pattern ids the answers fit.
pub fn spine_diagram(ctx: &Ctx, patterns: &[&'static str]) -> Html {
    let has = |id| patterns.contains(&id);
    let t = ctx.result;
    // Vertebral bodies (front, to the left) with a facet joint behind each.
    let levels = (0..5).map(|i| {
        let y = 12 + i * 34;
        let pars = (i == 4 && has("spondylolysis")).then_some("bpc-spine-hot");
        html! {
            <g>
                <rect x="40" y={y.to_string()} width="70" height="24" rx="5" class="bpc-spine-bone" />
                <path d={format!("M110 {} h22 l10 10 -10 8 h-22z", y + 4)}
                    class={classes!("bpc-spine-bone", pars)} />
                <circle cx="146" cy={(y + 12).to_string()} r="6"
                    class={classes!("bpc-spine-facet", has("non_specific").then_some("bpc-spine-hot"))} />
            </g>
        }
    });
    let discs = (0..4).map(|i| {
        let y = 37 + i * 34;
        let bulge = i == 3 && has("radicular");
        html! {
            <rect x={if bulge { "44" } else { "42" }} y={y.to_string()} width={if bulge { "84" } else { "66" }}
                height="8" rx="4" class={classes!("bpc-spine-disc", bulge.then_some("bpc-spine-hot"))} />
        }
    });
    let roots = (0..4).map(|i| {
        let y = 41 + i * 34;
        let hot = (i == 3 && has("radicular")) || has("stenosis");
        html! {
            <path d={format!("M124 {y} q 20 10 30 34")}
                class={classes!("bpc-spine-nerve", hot.then_some("bpc-spine-hot"))} />
        }
    });
    let canal_hot = has("stenosis").then_some("bpc-spine-hot");
    html! {
        <figure class="bpc-spine">
            <svg viewBox="0 0 300 190" role="img" aria-label={t.spine_caption}>
                <rect x="114" y="8" width="8" height="176" rx="4" class={classes!("bpc-spine-canal", canal_hot)} />
                { for levels }
                { for discs }
                { for roots }
                <g class="bpc-spine-labels" aria-hidden="true">
                    <text x="190" y="30">{ t.spine_vertebra }</text>
                    <path d="M186 26 H112" class="bpc-spine-pointer" />
                    <text x="190" y="76">{ t.spine_disc }</text>
                    <path d="M186 72 H108" class="bpc-spine-pointer" />
                    <text x="190" y="118">{ t.spine_facet }</text>
                    <path d="M186 114 H152" class="bpc-spine-pointer" />
                    <text x="190" y="160">{ t.spine_nerve }</text>
                    <path d="M186 156 H150" class="bpc-spine-pointer" />
                </g>
            </svg>
            <figcaption>{ t.spine_caption }</figcaption>
        </figure>
    }
}
