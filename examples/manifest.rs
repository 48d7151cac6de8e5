//! Prints the element's Custom Elements Manifest (`custom-elements.json`):
//!
//! ```sh
//! cargo run --example manifest > custom-elements.json
//! cargo run --example manifest -- --readme-table       # the README's attribute table
//! cargo run --example manifest -- --readme-reference   # its custom properties and parts
//! cargo run --example manifest -- --dts   # the package's .d.ts, KnownAnswers written out
//! ```
//!
//! The `.d.ts` is made when the package is (`scripts/package.mjs`): the
//! template `package/back-pain-check.d.ts` with one line of `KnownAnswers`
//! per question of the engine's table, so a new question needs no edit here.
//!
//! Made from the same tables the widget runs on: the attributes from
//! `settings::ATTRIBUTE_TABLE`, everything else from `element`, and each CSS
//! custom property's default from `styles/widget.css` itself.
//! `tests/element_api.rs` fails when the committed file differs from this.

use back_pain_check::content::bundled;
use back_pain_check::element::{self, EVENTS, MEMBERS, PARTS};
use back_pain_check::engine::{Kind, QUESTIONS};
use back_pain_check::settings::ATTRIBUTE_TABLE;
use serde_json::{json, Value};

const WIDGET_CSS: &str = include_str!("../styles/widget.css");
const DTS_TEMPLATE: &str = include_str!("../package/back-pain-check.d.ts");

/// The line of the template that `KnownAnswers` replaces.
const KNOWN_ANSWERS: &str =
    "  // KnownAnswers: one line per question, written by `manifest -- --dts`.\n";

/// The template with `KnownAnswers` filled in from the question table, each
/// key with the English question as its doc comment.
fn dts(template: &str) -> Result<String, String> {
    if !template.contains(KNOWN_ANSWERS) {
        return Err(format!(
            "package/back-pain-check.d.ts lacks the line {KNOWN_ANSWERS:?}"
        ));
    }
    let en = bundled("en");
    let quoted = |options: &[back_pain_check::engine::Opt]| {
        options
            .iter()
            .map(|o| format!("'{o}'"))
            .collect::<Vec<_>>()
            .join(" | ")
    };
    let mut lines = String::new();
    for q in QUESTIONS {
        let not_sure = if q.red_flag { " | NotSure" } else { "" };
        let ts = match q.kind {
            Kind::Bool if q.red_flag => "Flag".to_owned(),
            Kind::Bool => "boolean".to_owned(),
            Kind::Int { .. } => "number".to_owned(),
            Kind::Choice(o) => format!("Open<{}{not_sure}>", quoted(o)),
            Kind::Multi(o) => format!("Open<{}>[]", quoted(o)),
        };
        lines.push_str(&format!(
            "  /** {} */\n  {}?: {ts};\n",
            en.question(q.id).text,
            q.id
        ));
    }
    Ok(template.replace(KNOWN_ANSWERS, &lines))
}

/// Where the element is defined, relative to the package root.
const MODULE: &str = "back-pain-check.js";

fn main() {
    match std::env::args().nth(1).as_deref() {
        Some("--readme-table") => {
            print!("{}", element::readme_attribute_table());
            return;
        }
        Some("--dts") => match dts(DTS_TEMPLATE) {
            Ok(d) => {
                print!("{d}");
                return;
            }
            Err(e) => fail(&e),
        },
        Some("--readme-reference") => match element::readme_reference(WIDGET_CSS) {
            Ok(r) => {
                print!("{r}");
                return;
            }
            Err(e) => fail(&e),
        },
        _ => {}
    }
    match manifest() {
        Ok(m) => println!("{}", serde_json::to_string_pretty(&m).expect("JSON")),
        Err(e) => fail(&e),
    }
}

fn fail(e: &str) -> ! {
    eprintln!("manifest: {e}");
    std::process::exit(1);
}

fn manifest() -> Result<Value, String> {
    let attributes: Vec<Value> = ATTRIBUTE_TABLE
        .iter()
        .map(|a| {
            let type_text = if a.options.is_empty() {
                "string".to_owned()
            } else {
                a.options
                    .iter()
                    .map(|o| format!("'{o}'"))
                    .collect::<Vec<_>>()
                    .join(" | ")
            };
            let mut v = json!({
                "name": a.name,
                "type": { "text": type_text },
                "description": format!("{}. Default: {}.", capitalised(&a.values_text()), a.default),
            });
            if let Some(d) = a.default_value {
                v["default"] = json!(d);
            }
            v
        })
        .collect();

    let members: Vec<Value> = MEMBERS
        .iter()
        .map(|m| {
            if m.method {
                json!({
                    "kind": "method",
                    "name": m.name,
                    "return": { "type": { "text": m.type_text } },
                    "description": m.description,
                })
            } else {
                json!({
                    "kind": "field",
                    "name": m.name,
                    "readonly": true,
                    "type": { "text": m.type_text },
                    "description": m.description,
                })
            }
        })
        .collect();

    let events: Vec<Value> = EVENTS
        .iter()
        .map(|e| json!({ "name": e.name, "type": { "text": e.type_text }, "description": e.description }))
        .collect();

    let css_properties: Vec<Value> = element::css_property_docs(WIDGET_CSS)?
        .into_iter()
        .map(|p| {
            json!({
                "name": p.name,
                "syntax": p.syntax,
                "default": p.default,
                "description": p.description,
            })
        })
        .collect();

    let parts: Vec<Value> = PARTS
        .iter()
        .map(|p| json!({ "name": p.name, "description": p.description }))
        .collect();

    Ok(json!({
        "schemaVersion": "2.1.0",
        "readme": "README.md",
        "modules": [{
            "kind": "javascript-module",
            "path": MODULE,
            "declarations": [{
                "kind": "class",
                "customElement": true,
                "name": element::CLASS,
                "tagName": element::TAG,
                "superclass": { "name": "HTMLElement", "package": "global:" },
                "summary": "A privacy-first low back pain self-assessment: every answer is scored in the browser and nothing leaves the device.",
                "description": "Renders into an open shadow root and runs under a strict Content-Security-Policy. \
                    Attributes are read at start and applied live when changed; an invalid value logs one console \
                    warning naming the attribute and falls back to the default.",
                "attributes": attributes,
                "members": members,
                "events": events,
                "cssProperties": css_properties,
                "cssParts": parts,
            }],
            "exports": [{
                "kind": "custom-element-definition",
                "name": element::TAG,
                "declaration": { "name": element::CLASS, "module": MODULE },
            }],
        }],
    }))
}

/// "`light`, `dark`" stays as it is; "text, up to..." becomes "Text, up to...".
fn capitalised(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
