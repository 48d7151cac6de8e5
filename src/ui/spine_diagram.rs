//! A simple side view of the lumbar spine: five vertebrae, the discs between
//! them, facet joints behind and nerve roots. The part the answers may
//! involve is highlighted; the caption carries the meaning for screen readers.

use crate::content::ResultText;
use crate::engine::Pattern;
use crate::markup::Markup;

/// Whether the diagram helps explain any of these patterns.
pub fn helps_explain(patterns: &[Pattern]) -> bool {
    patterns.iter().any(|p| {
        matches!(
            *p,
            Pattern::NonSpecific | Pattern::Radicular | Pattern::Stenosis | Pattern::Spondylolysis
        )
    })
}

/// The diagram for `patterns`, the pattern ids the answers fit.
pub fn spine_diagram(m: &mut Markup, t: &ResultText, patterns: &[Pattern]) {
    let has = |id| patterns.contains(&id);
    let hot = |class: &str, on: bool| {
        if on {
            format!("{class} bpc-spine-hot")
        } else {
            class.to_owned()
        }
    };
    m.open("figure", &[("class", "bpc-spine")]);
    m.open(
        "svg",
        &[
            ("viewBox", "0 0 300 190"),
            ("role", "img"),
            ("aria-label", t.spine_caption),
        ],
    );
    let canal = hot("bpc-spine-canal", has(Pattern::Stenosis));
    m.shape(
        "rect",
        &[
            ("x", "114"),
            ("y", "8"),
            ("width", "8"),
            ("height", "176"),
            ("rx", "4"),
            ("class", &canal),
        ],
    );
    // Vertebral bodies (front, to the left) with a facet joint behind each.
    let facet = hot("bpc-spine-facet", has(Pattern::NonSpecific));
    for i in 0..5 {
        let y = 12 + i * 34;
        let pars = hot("bpc-spine-bone", i == 4 && has(Pattern::Spondylolysis));
        m.open("g", &[]);
        m.shape(
            "rect",
            &[
                ("x", "40"),
                ("y", &y.to_string()),
                ("width", "70"),
                ("height", "24"),
                ("rx", "5"),
                ("class", "bpc-spine-bone"),
            ],
        );
        m.shape(
            "path",
            &[
                ("d", &format!("M110 {} h22 l10 10 -10 8 h-22z", y + 4)),
                ("class", &pars),
            ],
        );
        m.shape(
            "circle",
            &[
                ("cx", "146"),
                ("cy", &(y + 12).to_string()),
                ("r", "6"),
                ("class", &facet),
            ],
        );
        m.close("g");
    }
    for i in 0..4 {
        let y = 37 + i * 34;
        let bulge = i == 3 && has(Pattern::Radicular);
        m.shape(
            "rect",
            &[
                ("x", if bulge { "44" } else { "42" }),
                ("y", &y.to_string()),
                ("width", if bulge { "84" } else { "66" }),
                ("height", "8"),
                ("rx", "4"),
                ("class", &hot("bpc-spine-disc", bulge)),
            ],
        );
    }
    for i in 0..4 {
        let y = 41 + i * 34;
        let on = (i == 3 && has(Pattern::Radicular)) || has(Pattern::Stenosis);
        m.shape(
            "path",
            &[
                ("d", &format!("M124 {y} q 20 10 30 34")),
                ("class", &hot("bpc-spine-nerve", on)),
            ],
        );
    }
    m.open(
        "g",
        &[("class", "bpc-spine-labels"), ("aria-hidden", "true")],
    );
    let labels = [
        (t.spine_vertebra, "30", "M186 26 H112"),
        (t.spine_disc, "76", "M186 72 H108"),
        (t.spine_facet, "118", "M186 114 H152"),
        (t.spine_nerve, "160", "M186 156 H150"),
    ];
    for (words, y, pointer) in labels {
        m.element("text", &[("x", "190"), ("y", y)], words);
        m.shape("path", &[("d", pointer), ("class", "bpc-spine-pointer")]);
    }
    m.close("g").close("svg");
    m.element("figcaption", &[], t.spine_caption);
    m.close("figure");
}
