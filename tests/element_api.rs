//! The element's documented interface against the code that implements it.
//!
//! `custom-elements.json` and the README's tables are made from
//! `settings::ATTRIBUTE_TABLE` and the `element` tables
//! (`cargo run --example manifest`). These tests fail when the committed
//! files differ from what those tables make, or when the tables differ from
//! what the widget really does: the attributes loader.js observes and
//! `Settings::apply` accepts, the events mod.rs dispatches, the members
//! loader.js defines, the custom properties widget.css reads and the
//! `part` names the markup sets; and the TypeScript types' answers against
//! the engine's question table.

mod common;

use std::collections::BTreeSet;
use std::path::Path;
use std::process::Command;

use back_pain_check::content::language_codes;
use back_pain_check::element::{self, EVENTS, MEMBERS, PARTS};
use back_pain_check::engine::questions::{Kind, QUESTIONS};
use back_pain_check::settings::{Settings, ATTRIBUTES, ATTRIBUTE_TABLE};
use common::rust_files;

const REGENERATE: &str = "regenerate with `cargo run --example manifest > custom-elements.json` \
                          (and `-- --readme-table` / `-- --readme-reference` for the README)";

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn read(path: &str) -> String {
    std::fs::read_to_string(root().join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn example(args: &[&str]) -> String {
    let out = Command::new(env!("CARGO"))
        .args(["run", "--quiet", "--example", "manifest", "--"])
        .args(args)
        .current_dir(root())
        .output()
        .expect("cargo run --example manifest");
    assert!(
        out.status.success(),
        "the manifest example failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8")
}

fn set<I: IntoIterator<Item = S>, S: Into<String>>(items: I) -> BTreeSet<String> {
    items.into_iter().map(Into::into).collect()
}

/// Every quoted string that follows `marker`, e.g. all `"x"` in `part="x"`.
fn quoted_after(text: &str, marker: &str) -> Vec<String> {
    text.match_indices(marker)
        .filter_map(|(at, _)| {
            let rest = &text[at + marker.len()..];
            let quote = rest.chars().next().filter(|c| *c == '"' || *c == '\'')?;
            let body = &rest[1..];
            Some(body[..body.find(quote)?].to_owned())
        })
        .collect()
}

#[test]
fn the_committed_manifest_is_the_generated_one() {
    let generated = example(&[]);
    let committed = read("custom-elements.json");
    assert!(
        committed == generated,
        "custom-elements.json is out of date: {REGENERATE}"
    );
}

#[test]
fn the_readme_has_the_generated_tables() {
    let readme = read("README.md");
    for args in [["--readme-table"], ["--readme-reference"]] {
        let table = example(&args);
        assert!(
            readme.contains(&table),
            "README.md lacks the current output of `cargo run --example manifest -- {}`: {REGENERATE}",
            args[0]
        );
    }
    // The npm package's README shows the same attribute table.
    let npm_readme = read("package/README.md");
    assert!(
        npm_readme.contains(&example(&["--readme-table"])),
        "package/README.md lacks the current attribute table: {REGENERATE}"
    );
    for e in EVENTS {
        assert!(
            readme.contains(&format!("`{}`", e.name)),
            "README.md never names the {} event",
            e.name
        );
    }
}

#[test]
fn loader_observes_exactly_the_documented_attributes() {
    let loader = read("src/embed/loader.js");
    let start = loader
        .find("observedAttributes")
        .expect("observedAttributes in loader.js");
    let list = &loader[start..];
    let list = &list[list.find('[').expect("[")..list.find(']').expect("]")];
    let observed: Vec<String> = list
        .split(',')
        .filter_map(|s| {
            let s = s.trim().trim_start_matches('[').trim();
            s.strip_prefix('\'')
                .and_then(|s| s.strip_suffix('\''))
                .map(str::to_owned)
        })
        .collect();
    assert_eq!(
        observed, ATTRIBUTES,
        "loader.js observedAttributes and settings::ATTRIBUTE_TABLE differ"
    );
}

#[test]
fn every_documented_value_is_accepted_and_others_are_refused() {
    let langs = language_codes();
    for a in ATTRIBUTE_TABLE {
        for value in a.options.iter().chain(a.default_value.iter()) {
            let mut s = Settings::default();
            assert!(
                s.apply(a.name, Some(value), &langs).is_ok(),
                "{}={value} is documented but refused",
                a.name
            );
        }
        if !a.options.is_empty() {
            let mut s = Settings::default();
            assert!(
                s.apply(a.name, Some("undocumented"), &langs).is_err(),
                "{} accepts an undocumented value",
                a.name
            );
        }
    }
    // `lang` is free text in the manifest; its words name every language the widget has.
    let lang = ATTRIBUTE_TABLE
        .iter()
        .find(|a| a.name == "lang")
        .expect("lang");
    for code in &langs {
        assert!(
            lang.values_text().contains(&format!("`{code}`")),
            "the lang attribute's values do not name {code}"
        );
    }
}

#[test]
fn the_events_are_the_ones_dispatched_to_the_host() {
    let embed = read("src/embed/mod.rs");
    let dispatched = set(quoted_after(&embed, "dispatch(&host, "));
    assert!(
        !dispatched.is_empty(),
        "found no dispatch(&host, \"...\") in src/embed/mod.rs"
    );
    assert_eq!(
        dispatched,
        set(EVENTS.iter().map(|e| e.name)),
        "src/embed/mod.rs dispatches other events than element::EVENTS"
    );
}

#[test]
fn the_members_are_the_ones_loader_defines() {
    let loader = read("src/embed/loader.js");
    let class = &loader[loader
        .find("class BackPainCheck")
        .expect("class BackPainCheck")..];
    let mut defined = BTreeSet::new();
    for line in class.lines() {
        // Members sit at two spaces of indentation: `get name() {` or `name() {`.
        let Some(code) = line.strip_prefix("  ").filter(|l| !l.starts_with(' ')) else {
            continue;
        };
        let code = code.strip_prefix("get ").unwrap_or(code);
        let Some((name, rest)) = code.split_once('(') else {
            continue;
        };
        let lifecycle = name.ends_with("Callback") || name == "constructor";
        let private = name.starts_with('#') || name.starts_with("static");
        if rest.contains('{') && !lifecycle && !private && !name.contains(' ') {
            defined.insert(name.to_owned());
        }
    }
    assert_eq!(
        defined,
        set(MEMBERS.iter().map(|m| m.name)),
        "loader.js's public members and element::MEMBERS differ"
    );
}

#[test]
fn the_custom_properties_are_the_ones_widget_css_reads() {
    let css = read("styles/widget.css");
    let read_by_css = set(element::css_custom_properties(&css)
        .into_iter()
        .map(|(n, _)| n));
    let documented = set(element::css_property_docs(&css)
        .expect("every property has a default")
        .into_iter()
        .map(|d| d.name));
    assert_eq!(
        read_by_css, documented,
        "styles/widget.css reads other --bpc-* properties than element::CSS_PROPERTIES"
    );
}

#[test]
fn the_parts_are_the_ones_the_markup_sets() {
    let mut files = Vec::new();
    rust_files(&root().join("src"), &mut files);
    let mut used = BTreeSet::new();
    for file in &files {
        let text = std::fs::read_to_string(file).expect("source");
        // html! markup (part="a b"), the markup writer (("part", "a")).
        for names in quoted_after(&text, "part=")
            .into_iter()
            .chain(quoted_after(&text, "(\"part\", "))
        {
            used.extend(names.split_whitespace().map(str::to_owned));
        }
    }
    let loader = read("src/embed/loader.js");
    for names in quoted_after(&loader, "setAttribute('part', ") {
        used.extend(names.split_whitespace().map(str::to_owned));
    }
    assert!(
        used.len() > 5,
        "found almost no part names: has the markup changed form? {used:?}"
    );
    assert_eq!(
        used,
        set(PARTS.iter().map(|p| p.name)),
        "the markup sets other part names than element::PARTS"
    );
}

#[test]
fn the_types_know_every_question_and_option() {
    // The package's .d.ts is made by `manifest -- --dts` (scripts/package.mjs).
    let dts = example(&["--dts"]);
    let start = dts
        .find("export interface KnownAnswers {")
        .expect("KnownAnswers in the .d.ts");
    let body = &dts[start..];
    let body = &body[..body.find("\n}").expect("end of KnownAnswers")];
    for q in QUESTIONS {
        let at = body
            .find(&format!("\n  {}?:", q.id))
            .unwrap_or_else(|| panic!("manifest --dts: KnownAnswers lacks {}", q.id));
        let declared = &body[at..];
        let declared = &declared[..declared.find(';').expect(";")];
        let mut wanted: Vec<String> = match q.kind {
            Kind::Bool if q.red_flag => vec!["Flag".into()],
            Kind::Bool => vec!["boolean".into()],
            Kind::Int { .. } => vec!["number".into()],
            Kind::Choice(options) => options.iter().map(|o| format!("'{o}'")).collect(),
            Kind::Multi(options) => options
                .iter()
                .map(|o| format!("'{o}'"))
                .chain(["[]".to_owned()])
                .collect(),
        };
        if q.red_flag && !matches!(q.kind, Kind::Bool) {
            wanted.push("NotSure".into());
        }
        for w in wanted {
            assert!(
                declared.contains(&w),
                "package/back-pain-check.d.ts: {} should have {w}: {declared}",
                q.id
            );
        }
    }
}
