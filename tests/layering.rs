//! The layering, where Cargo alone cannot hold it.
//!
//! Cargo already refuses an `use` across the crates (the engine cannot name
//! the content, the content and the flow cannot name each other, the UI or
//! the browser). What it cannot refuse is a new dependency in a crate's
//! manifest, or a `#[path]` that reaches into `tests/` from shipped code,
//! examples or benches. This test does.

mod common;

use std::path::Path;

use common::rust_files;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The names in a manifest's `[dependencies]` table.
fn dependencies(manifest: &str) -> Vec<String> {
    let text = std::fs::read_to_string(root().join(manifest)).expect(manifest);
    let mut names = Vec::new();
    let mut inside = false;
    for line in text.lines() {
        let line = line.trim();
        if let Some(table) = line.strip_prefix("[dependencies.") {
            // `[dependencies.name]` declares one dependency.
            names.push(table.trim_end_matches(']').to_owned());
            inside = false;
        } else if line.starts_with('[') {
            // `[dependencies]`, or a platform's `[target.'...'.dependencies]`.
            inside = line == "[dependencies]" || line.ends_with(".dependencies]");
        } else if inside && !line.is_empty() && !line.starts_with('#') {
            names.push(line.split(['=', ' ']).next().unwrap_or("").to_owned());
        }
    }
    names
}

#[test]
fn each_layer_depends_only_on_the_layers_below() {
    // The engine: pure Rust, serde for the contract and nothing else.
    assert_eq!(
        dependencies("crates/engine/Cargo.toml"),
        ["serde", "serde_json"],
        "crates/engine may depend on serde alone"
    );
    // Content and flow: the engine, nothing of the web.
    for layer in ["crates/content/Cargo.toml", "crates/flow/Cargo.toml"] {
        assert_eq!(
            dependencies(layer),
            ["back-pain-check-engine"],
            "{layer} may depend on the engine alone"
        );
    }
}

#[test]
fn the_check_sees_a_dependency_that_breaks_the_layering() {
    let dir = std::env::temp_dir().join(format!("layering-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let manifest = dir.join("Cargo.toml");
    std::fs::write(
        &manifest,
        "[package]\nname = \"x\"\n\n[dependencies]\nback-pain-check-engine = { path = \"..\" }\nyew = \"0.23\"\n\n[dev-dependencies]\nproptest = \"1\"\n\n[target.'cfg(target_arch = \"wasm32\")'.dependencies]\nweb-sys = \"0.3\"\n\n[dependencies.gloo]\nversion = \"0.11\"\n",
    )
    .unwrap();
    let names = dependencies(manifest.to_str().unwrap());
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(names, ["back-pain-check-engine", "yew", "web-sys", "gloo"]);
}

#[test]
fn nothing_outside_the_tests_includes_test_files() {
    let mut files = Vec::new();
    for dir in [
        "src",
        "examples",
        "crates/engine/src",
        "crates/engine/benches",
    ] {
        rust_files(&root().join(dir), &mut files);
    }
    for dir in ["crates/content/src", "crates/flow/src"] {
        rust_files(&root().join(dir), &mut files);
    }
    assert!(files.len() > 40, "found only {} files", files.len());
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap();
        for line in text.lines() {
            // `#[path]`, and `include!`, `include_str!`, `include_bytes!`.
            let includes =
                line.contains("#[path") || (line.contains("include") && line.contains("!("));
            let reaches_tests = includes && line.contains("tests/");
            assert!(!reaches_tests, "{}: {line}", f.display());
        }
    }
}
