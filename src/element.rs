//! The `<back-pain-check>` element's public interface, as data.
//!
//! Attributes live with their checks in [`crate::settings`]; this module holds
//! the rest of what a host developer can rely on: the events, the property and
//! the method, the CSS custom properties and the `::part()` names. From these
//! tables `cargo run --example manifest` writes `custom-elements.json` (and
//! the README's attribute table), and `tests/element_api.rs` fails when the
//! code (loader.js, widget.css, the markup, the event dispatch) and these
//! tables disagree, so the documentation cannot drift from the widget.
//!
//! Pure data: nothing here is compiled into the browser's code paths.

/// The element's tag name.
pub const TAG: &str = "back-pain-check";

/// The class `loader.js` defines (not exported: hosts use the tag).
pub const CLASS: &str = "BackPainCheck";

/// An event the element dispatches, bubbling and composed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Event {
    pub name: &'static str,
    /// The TypeScript type of the event object (`back-pain-check.d.ts`).
    pub type_text: &'static str,
    pub description: &'static str,
}

pub const EVENTS: &[Event] = &[
    Event {
        name: "assessment-complete",
        type_text: "CustomEvent<AssessmentCompleteDetail>",
        description: "Each time a result is shown. `event.detail` is `{ assessment, answers }` in the \
                      shapes of the assessment contract (contract version 1). Bubbling and composed, \
                      so a listener on `document` hears it.",
    },
    Event {
        name: "assessment-restart",
        type_text: "CustomEvent<null>",
        description: "When the person starts again (or the host calls `reset()`). `event.detail` is \
                      `null`. Bubbling and composed.",
    },
];

/// A property or method on the element.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Member {
    pub name: &'static str,
    /// `true` for a method, `false` for a read-only property.
    pub method: bool,
    /// The TypeScript type: of the property, or of the method's return value.
    pub type_text: &'static str,
    pub description: &'static str,
}

pub const MEMBERS: &[Member] = &[
    Member {
        name: "assessment",
        method: false,
        type_text: "Assessment | null",
        description:
            "Read-only: the latest assessment shown (the contract's JSON shape), or `null` \
                      before a result and after a restart.",
    },
    Member {
        name: "reset",
        method: true,
        type_text: "void",
        description:
            "Clears every answer and starts again (dispatches `assessment-restart` when a \
                      result was shown).",
    },
];

/// A CSS custom property the widget reads, named without its `--bpc-` prefix.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CssProperty {
    pub name: &'static str,
    /// `<color>`, `<length>`... (the CSS syntax string), or `*`.
    pub syntax: &'static str,
    pub description: &'static str,
    /// The dark theme reads the same colour as `--bpc-dark-NAME`.
    pub dark: bool,
}

const fn colour(name: &'static str, description: &'static str, dark: bool) -> CssProperty {
    CssProperty {
        name,
        syntax: "<color>",
        description,
        dark,
    }
}

const fn size(name: &'static str, syntax: &'static str, description: &'static str) -> CssProperty {
    CssProperty {
        name,
        syntax,
        description,
        dark: false,
    }
}

pub const CSS_PROPERTIES: &[CssProperty] = &[
    colour("text", "Text colour.", true),
    colour("muted", "Secondary text (hints, progress).", true),
    colour("bg", "Background of the widget.", true),
    colour("surface", "Background of panels and options.", true),
    colour("border", "Borders of fields and panels.", true),
    colour(
        "accent",
        "Primary buttons, links and selected options.",
        true,
    ),
    colour("accent-text", "Text on the accent colour.", true),
    colour("focus", "The focus ring, in both themes.", false),
    colour("problem", "Error messages and problem borders.", true),
    colour(
        "emergency-bg",
        "Background of the emergency result banner.",
        true,
    ),
    colour(
        "emergency-text",
        "Text of the emergency result banner.",
        true,
    ),
    colour("urgent-bg", "Background of the urgent result banner.", true),
    colour("urgent-text", "Text of the urgent result banner.", true),
    colour(
        "see-gp-bg",
        "Background of the see-a-doctor result banner.",
        true,
    ),
    colour(
        "see-gp-text",
        "Text of the see-a-doctor result banner.",
        true,
    ),
    colour(
        "self-care-bg",
        "Background of the self-care result banner.",
        true,
    ),
    colour(
        "self-care-text",
        "Text of the self-care result banner.",
        true,
    ),
    size("font", "*", "Font family."),
    size(
        "font-size",
        "<length>",
        "Base font size (default: the reader's own `medium`, whatever the host's root size).",
    ),
    size("radius", "<length>", "Corner radius."),
    size("space-1", "<length>", "Smallest spacing step."),
    size("space-2", "<length>", "Spacing step 2."),
    size(
        "space-3",
        "<length>",
        "Spacing step 3 (the widget's padding).",
    ),
    size("space-4", "<length>", "Spacing step 4."),
    size("space-5", "<length>", "Largest spacing step."),
    size("size-small", "<length>", "Font size of small print."),
    size("size-h1", "<length>", "Font size of the title."),
    size("size-h2", "<length>", "Font size of each screen's heading."),
    size(
        "target",
        "<length>",
        "Minimum size of tap targets (default 2.75em, 44 px at 16 px).",
    ),
    size(
        "motion",
        "<time>",
        "Length of transitions; 0ms when the reader prefers reduced motion.",
    ),
];

/// One custom property as documented: its full name, and its default as
/// `styles/widget.css` has it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CssPropertyDoc {
    pub name: String,
    pub syntax: &'static str,
    pub default: String,
    pub description: String,
}

/// Every custom property the widget should read, in order: each one, then
/// the `--bpc-dark-` colours. Defaults come from `css`; a property it does
/// not read with a fallback value is an error.
pub fn css_property_docs(css: &str) -> Result<Vec<CssPropertyDoc>, String> {
    let read = css_custom_properties(css);
    let doc = |name: String, p: &CssProperty, description: String| {
        let default = read
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, d)| d.clone())
            .filter(|d| !d.is_empty())
            .ok_or_else(|| format!("styles/widget.css reads no {name} with a fallback value"))?;
        Ok(CssPropertyDoc {
            name,
            syntax: p.syntax,
            default,
            description,
        })
    };
    let light = CSS_PROPERTIES
        .iter()
        .map(|p| doc(format!("--bpc-{}", p.name), p, p.description.to_owned()));
    let dark = CSS_PROPERTIES.iter().filter(|p| p.dark).map(|p| {
        doc(
            format!("--bpc-dark-{}", p.name),
            p,
            format!(
                "Dark theme (`theme=\"dark\"`, or `auto` on a dark system): {}",
                p.description
            ),
        )
    });
    light.chain(dark).collect()
}

/// A name for `::part()`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Part {
    pub name: &'static str,
    pub description: &'static str,
}

const fn part(name: &'static str, description: &'static str) -> Part {
    Part { name, description }
}

pub const PARTS: &[Part] = &[
    part(
        "widget",
        "The container in the shadow root that holds everything.",
    ),
    part("root", "The widget's themed box (colours, font, padding)."),
    part("header", "The title and privacy line."),
    part("step", "One screen of questions (a form)."),
    part("progress", "The progress bar and its text."),
    part("question", "One question (a fieldset)."),
    part("option", "One answer option (a label)."),
    part("button", "Every button."),
    part(
        "primary-button",
        "The main button of a screen (Next, See my result, Start again).",
    ),
    part(
        "secondary-button",
        "The other buttons (Back, Print, Copy, Download).",
    ),
    part(
        "review",
        "The screen that lists the answers before the result.",
    ),
    part("result", "The result screen."),
    part("banner", "The triage banner at the top of the result."),
    part(
        "clinic",
        "The clinic's name and how to book, on the result.",
    ),
    part("advice", "One piece of advice on the result."),
    part("export", "The copy and download buttons on the result."),
    part(
        "remember",
        "The offer to keep answers on this device (only with `save=\"local\"`).",
    ),
    part(
        "fallback",
        "The plain message shown when the widget cannot run.",
    ),
];

/// The README's attribute table (markdown), made from the settings.
pub fn readme_attribute_table() -> String {
    let mut table = String::from("| attribute | values | default |\n| --- | --- | --- |\n");
    for a in crate::settings::ATTRIBUTE_TABLE {
        table.push_str(&format!(
            "| `{}` | {} | {} |\n",
            a.name,
            a.values_text(),
            a.default
        ));
    }
    table
}

/// The README's full list of custom properties and parts (markdown), with
/// each default read from `css` (`styles/widget.css`).
pub fn readme_reference(css: &str) -> Result<String, String> {
    let docs = css_property_docs(css)?;
    let mut out = String::from(
        "| custom property | default | dark theme | what it sets |\n| --- | --- | --- | --- |\n",
    );
    // css_property_docs lists the light names first, in table order.
    for (p, light) in CSS_PROPERTIES.iter().zip(&docs) {
        let dark = docs
            .iter()
            .find(|d| p.dark && d.name == format!("--bpc-dark-{}", p.name))
            .map(|d| format!("`{}`: `{}`", d.name, d.default))
            .unwrap_or_else(|| "(the same)".to_owned());
        out.push_str(&format!(
            "| `{}` | `{}` | {} | {} |\n",
            light.name,
            light.default.replace('|', "\\|"),
            dark,
            p.description
        ));
    }
    out.push_str("\n| part | what it is |\n| --- | --- |\n");
    for p in PARTS {
        out.push_str(&format!("| `{}` | {} |\n", p.name, p.description));
    }
    Ok(out)
}

/// The custom properties `css` reads, with their fallback values, in order
/// of first use: every `var(--bpc-NAME, FALLBACK)`. A property read without
/// a fallback maps to an empty string.
pub fn css_custom_properties(css: &str) -> Vec<(String, String)> {
    let mut found: Vec<(String, String)> = Vec::new();
    let mut rest = css;
    while let Some(at) = rest.find("var(--bpc-") {
        let inner = &rest[at + "var(".len()..];
        // The argument runs to the parenthesis that closes this var(.
        let mut depth = 0usize;
        let mut end = inner.len();
        for (i, c) in inner.char_indices() {
            match c {
                '(' => depth += 1,
                ')' if depth == 0 => {
                    end = i;
                    break;
                }
                ')' => depth -= 1,
                _ => {}
            }
        }
        let argument = &inner[..end];
        let (name, fallback) = match argument.split_once(',') {
            Some((n, f)) => (n.trim(), f.trim()),
            None => (argument.trim(), ""),
        };
        if !found.iter().any(|(n, _)| n == name) {
            found.push((name.to_owned(), fallback.to_owned()));
        }
        rest = &inner[end..];
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn var_fallbacks_are_read_to_the_closing_parenthesis() {
        let css = ".a { color: var(--bpc-text, #123); font: var(--bpc-font, f(1, 2), serif); \
                   b: var(--bpc-text, #999); c: var(--bpc-bare); d: var(--_internal, 1px) }";
        assert_eq!(
            css_custom_properties(css),
            vec![
                ("--bpc-text".to_owned(), "#123".to_owned()),
                ("--bpc-font".to_owned(), "f(1, 2), serif".to_owned()),
                ("--bpc-bare".to_owned(), String::new()),
            ]
        );
    }

    #[test]
    fn names_are_unique() {
        let mut names: Vec<_> = CSS_PROPERTIES.iter().map(|p| p.name).collect();
        let all = names.len();
        names.sort();
        names.dedup();
        assert_eq!(names.len(), all);
        let mut parts: Vec<_> = PARTS.iter().map(|p| p.name).collect();
        parts.sort_unstable();
        parts.dedup();
        assert_eq!(parts.len(), PARTS.len());
    }
}
