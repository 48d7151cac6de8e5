//! The result's banner: an icon and words for the triage level (never colour
//! alone), what to do and how soon.

use crate::engine::Triage;
use crate::markup::Markup;

pub fn triage_banner(m: &mut Markup, triage: Triage, title: &str, action: &str) {
    let level = triage.id();
    let class = format!("bpc-banner bpc-{level}");
    m.open(
        "div",
        &[
            ("class", &class),
            ("part", "banner"),
            ("data-triage", level),
        ],
    );
    m.open(
        "svg",
        &[
            ("class", "bpc-banner-icon"),
            ("viewBox", "0 0 24 24"),
            ("aria-hidden", "true"),
            ("focusable", "false"),
        ],
    );
    icon(m, triage);
    m.close("svg");
    m.open("div", &[])
        .element("p", &[("class", "bpc-banner-title")], title)
        .element("p", &[("class", "bpc-banner-action")], action)
        .close("div")
        .close("div");
}

/// Distinct shapes per level: a warning triangle, a clock, a calendar, a
/// house; each a filled shape with a mark drawn on it.
fn icon(m: &mut Markup, level: Triage) {
    const FILL: (&str, &str) = ("class", "bpc-icon-fill");
    let mark = match level {
        Triage::Emergency => {
            m.shape("path", &[("d", "M12 2 1 21h22L12 2z"), FILL]);
            "M11 9h2v6h-2zM11 17h2v2h-2z"
        }
        Triage::Urgent => {
            m.shape("circle", &[("cx", "12"), ("cy", "12"), ("r", "10"), FILL]);
            "M11 6h2v6.4l4 2.3-1 1.7-5-2.9z"
        }
        Triage::SeeGp => {
            let rect = [
                ("x", "3"),
                ("y", "4"),
                ("width", "18"),
                ("height", "17"),
                ("rx", "2"),
                FILL,
            ];
            m.shape("rect", &rect);
            "M7 2h2v4H7zM15 2h2v4h-2zM6 10h12v2H6zM6 14h7v2H6z"
        }
        Triage::SelfCare => {
            m.shape("path", &[("d", "M12 3 2 12h3v9h14v-9h3L12 3z"), FILL]);
            "M10 14h4v7h-4z"
        }
    };
    m.shape("path", &[("d", mark), ("class", "bpc-icon-mark")]);
}
