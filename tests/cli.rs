//! The `assess` example as a black box: exit codes, stdout and stderr.
//!
//! Runs the built example binary. `cargo test` builds examples before running
//! tests; to be safe when only this test is run, the example is (re)built once
//! with the same profile through the `cargo` that runs the tests.

mod common;

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};
use std::sync::OnceLock;

use serde_json::{json, Value};

/// The path of the example binary, built once per test run.
fn binary() -> &'static PathBuf {
    static BINARY: OnceLock<PathBuf> = OnceLock::new();
    BINARY.get_or_init(|| {
        // This test runs as target/<profile>/deps/cli-<hash>.
        let exe = std::env::current_exe().expect("test executable path");
        let profile_dir = exe
            .parent()
            .and_then(|deps| deps.parent())
            .expect("target/<profile>");
        let profile = match profile_dir.file_name().and_then(|n| n.to_str()) {
            Some("debug") => "dev".to_owned(),
            Some(other) => other.to_owned(),
            None => "dev".to_owned(),
        };
        let status = Command::new(env!("CARGO"))
            .args([
                "build",
                "--quiet",
                "--example",
                "assess",
                "--profile",
                &profile,
            ])
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .status();
        let path = profile_dir
            .join("examples")
            .join(format!("assess{}", std::env::consts::EXE_SUFFIX));
        assert!(
            path.exists(),
            "example binary not found at {} (cargo build: {status:?})",
            path.display()
        );
        path
    })
}

fn run(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(binary())
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run the example");
    // The tool may exit before reading (e.g. --questions): ignore a closed pipe.
    let _ = child.stdin.take().unwrap().write_all(stdin.as_bytes());
    child.wait_with_output().expect("wait for the example")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).expect("UTF-8 output")
}

#[test]
fn assesses_answers_from_stdin() {
    let out = run(&["-"], &common::self_care_case().to_string());
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(out.stderr.is_empty(), "{}", text(&out.stderr));
    let v: Value = serde_json::from_slice(&out.stdout).expect("stdout is JSON");
    assert_eq!(v["contract"], 1);
    assert_eq!(v["triage"], "self_care");
    assert_eq!(v["patterns"][0]["id"], "non_specific");
}

#[test]
fn assesses_answers_from_a_file_like_the_library() {
    let answers = json!({"age": 52, "bladder_bowel": true, "saddle_numbness": true});
    let path = std::env::temp_dir().join(format!("assess-cli-{}.json", std::process::id()));
    std::fs::write(&path, answers.to_string()).unwrap();
    let out = run(&[path.to_str().unwrap()], "");
    std::fs::remove_file(&path).ok();
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let expected = back_pain_check::engine::assess(&common::answers(&answers)).to_json();
    assert_eq!(text(&out.stdout).trim_end(), expected);
}

#[test]
fn empty_object_is_assessed() {
    let out = run(&["-"], "{}");
    assert_eq!(out.status.code(), Some(0));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["triage"], "see_gp");
    assert_eq!(v["unanswered_red_flags"].as_array().unwrap().len(), 11);
}

#[test]
fn invalid_answers_give_one_line_each_and_exit_2() {
    let out = run(
        &["-"],
        r#"{"age": "forty", "favourite": 1, "pain_now": 11, "duration": "ages",
            "onset_activity": [], "fever": null, "runs": 1.5, "age_ok": true}"#,
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty(), "stdout: {}", text(&out.stdout));
    let stderr = text(&out.stderr);
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 8, "{stderr}");
    for (line, id) in lines.iter().zip([
        "age",
        "age_ok",
        "duration",
        "favourite",
        "fever",
        "onset_activity",
        "pain_now",
        "runs",
    ]) {
        assert!(line.starts_with("error: "), "{line}");
        assert!(
            line.contains(&format!("\"{id}\"")),
            "{line} should name {id}"
        );
    }
    assert!(stderr.contains("unknown question id"));
    assert!(stderr.contains("out of range"));
    assert!(stderr.contains("unknown option \"ages\""));
}

#[test]
fn malformed_json_exits_2_with_one_line() {
    for input in ["{", "", "not json", "{\"age\": 30,}"] {
        let out = run(&["-"], input);
        assert_eq!(out.status.code(), Some(2), "{input:?}");
        assert!(out.stdout.is_empty());
        let stderr = text(&out.stderr);
        assert_eq!(stderr.lines().count(), 1, "{stderr}");
        assert!(stderr.contains("not valid JSON"), "{stderr}");
    }
}

#[test]
fn non_object_exits_2_with_one_line() {
    for input in ["[1, 2]", "42", "\"age\"", "null", "true"] {
        let out = run(&["-"], input);
        assert_eq!(out.status.code(), Some(2), "{input}");
        assert!(out.stdout.is_empty());
        let stderr = text(&out.stderr);
        assert_eq!(stderr.lines().count(), 1, "{stderr}");
        assert!(stderr.contains("JSON object"), "{stderr}");
    }
}

#[test]
fn missing_file_exits_2() {
    let out = run(&["/definitely/not/here.json"], "");
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let stderr = text(&out.stderr);
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(
        stderr.contains("cannot read /definitely/not/here.json"),
        "{stderr}"
    );
}

#[test]
fn bad_arguments_exit_2_with_usage() {
    for args in [&[][..], &["a.json", "b.json"][..], &["--fhir"][..]] {
        let out = run(args, "");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(out.stdout.is_empty());
        assert!(!out.stderr.is_empty());
    }
}

#[test]
fn help_prints_usage() {
    let out = run(&["--help"], "");
    assert_eq!(out.status.code(), Some(0));
    let stdout = text(&out.stdout);
    assert!(stdout.contains("usage:"), "{stdout}");
    assert!(stdout.contains("--questions"), "{stdout}");
}

#[test]
fn questions_lists_every_question() {
    let out = run(&["--questions"], "");
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let v: Value = serde_json::from_slice(&out.stdout).expect("--questions prints JSON");
    let list = v.as_array().unwrap();
    let qs = back_pain_check::engine::QUESTIONS;
    assert_eq!(list.len(), qs.len());
    for (item, q) in list.iter().zip(qs) {
        assert_eq!(item["id"], q.id.id());
        assert_eq!(item["type"], q.kind.name());
        assert_eq!(item["red_flag"], q.red_flag);
        assert_eq!(item["optional"], q.optional);
        assert_eq!(item["section"], q.section.id());
        if q.kind.options().is_empty() {
            assert!(item.get("options").is_none(), "{}", q.id);
        } else {
            assert_eq!(item["options"], json!(q.kind.options()), "{}", q.id);
        }
        if let back_pain_check::engine::Kind::Int { min, max } = q.kind {
            assert_eq!(
                (item["min"].as_i64(), item["max"].as_i64()),
                (Some(min), Some(max))
            );
        }
    }
}

#[test]
fn fhir_prints_the_bundle_the_widget_downloads() {
    let answers = common::merge(&common::self_care_case(), &json!({"runs": false}));
    let out = run(&["--fhir", "-"], &answers.to_string());
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(out.stderr.is_empty(), "{}", text(&out.stderr));
    let v: Value = serde_json::from_slice(&out.stdout).expect("stdout is JSON");
    assert_eq!(v["resourceType"], "Bundle");
    let qr = &v["entry"][1]["resource"];
    assert_eq!(qr["resourceType"], "QuestionnaireResponse");
    assert_eq!(qr["questionnaire"], "urn:back-pain-check:questionnaire|1");
    assert_eq!(qr["status"], "completed");
    let authored = qr["authored"].as_str().expect("authored");
    assert!(
        authored.len() == 20 && authored.as_bytes()[10] == b'T' && authored.ends_with('Z'),
        "authored is now in UTC to the second: {authored}"
    );
    let risk = &v["entry"][2]["resource"];
    assert_eq!(risk["resourceType"], "RiskAssessment");
    assert_eq!(risk["basis"][0]["reference"], v["entry"][1]["fullUrl"]);
    assert_eq!(
        risk["prediction"][0]["outcome"]["coding"][0]["code"],
        "self_care"
    );
    let ids: Vec<&str> = qr["item"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["linkId"].as_str().unwrap())
        .collect();
    assert!(ids.contains(&"age") && ids.contains(&"runs"), "{ids:?}");
}

#[test]
fn fhir_takes_the_time_and_language_and_matches_the_library() {
    let answers = common::radicular_case();
    let when = "2026-11-27T16:05:09+01:00";
    let out = run(
        &["--fhir", "--authored", when, "--lang", "es", "-"],
        &answers.to_string(),
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let a = common::answers(&answers);
    let expected = back_pain_check::export::fhir::bundle(
        common::es(),
        &a,
        &back_pain_check::engine::assess(&a),
        when,
    );
    assert_eq!(text(&out.stdout).trim_end(), expected);

    let out = run(
        &["--fhir-response", "--authored", when, "-"],
        &answers.to_string(),
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let v: Value = serde_json::from_slice(&out.stdout).expect("stdout is JSON");
    assert_eq!(v["resourceType"], "QuestionnaireResponse");
    assert_eq!(v["authored"], when);
}

#[test]
fn fhir_refuses_a_time_without_a_zone_or_an_unknown_language() {
    for args in [
        &["--fhir", "--authored", "2026-11-27", "-"][..],
        &["--fhir", "--authored", "2026-11-27T16:05:09", "-"][..],
        &["--fhir", "--lang", "xx", "-"][..],
        &["--fhir", "--authored"][..],
    ] {
        let out = run(args, "{}");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(out.stdout.is_empty(), "{args:?}");
        assert_eq!(text(&out.stderr).lines().count(), 1, "{args:?}");
    }
}

#[test]
fn fhir_with_invalid_answers_exits_2_like_the_assessment() {
    let out = run(&["--fhir", "-"], r#"{"smoking": "yes"}"#);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    assert!(
        text(&out.stderr).contains("\"smoking\""),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn fhir_questionnaire_lists_every_question_as_an_item() {
    let out = run(&["--fhir-questionnaire"], "");
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let v: Value = serde_json::from_slice(&out.stdout).expect("stdout is JSON");
    assert_eq!(v["resourceType"], "Questionnaire");
    assert_eq!(v["url"], "urn:back-pain-check:questionnaire");
    assert_eq!(
        v["item"].as_array().unwrap().len(),
        back_pain_check::engine::QUESTIONS.len()
    );
}

/// The safety cases give the same assessment through the tool as through the
/// library (`tests/safety_cases.rs` checks what the assessment must be).
#[test]
fn safety_cases_through_the_tool_match_the_library() {
    for text_of_file in [
        include_str!("../crates/engine/tests/cases/safety-2026-11-27.json"),
        include_str!("../crates/engine/tests/cases/safety-2026-12-02.json"),
    ] {
        safety_file_through_the_tool(text_of_file);
    }
}

fn safety_file_through_the_tool(text_of_file: &str) {
    let file: Value = serde_json::from_str(text_of_file).unwrap();
    for case in file["cases"].as_array().unwrap() {
        let answers = common::merge(&common::no_signs(), &case["answers"]);
        let out = run(&["-"], &answers.to_string());
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}: {}",
            case["id"],
            text(&out.stderr)
        );
        let expected = back_pain_check::engine::assess(&common::answers(&answers)).to_json();
        assert_eq!(text(&out.stdout).trim_end(), expected, "{}", case["id"]);
    }
}

/// An answer given twice is refused, whichever copy says yes: exit 2, one
/// line naming the key, nothing on standard output (2026-12-02 rules).
#[test]
fn a_key_given_twice_exits_2_with_one_line_naming_it() {
    let complete = common::merge(&common::self_care_case(), &json!({"saddle_numbness": null}));
    let body = complete.to_string();
    let body = &body[1..body.len() - 1];
    for (first, second) in [("true", "false"), ("false", "true")] {
        let input =
            format!("{{\"saddle_numbness\": {first}, {body}, \"saddle_numbness\": {second}}}");
        let out = run(&["-"], &input);
        assert_eq!(out.status.code(), Some(2), "{first} then {second}");
        assert!(out.stdout.is_empty());
        let stderr = text(&out.stderr);
        assert_eq!(stderr.lines().count(), 1, "{stderr}");
        assert!(
            stderr.starts_with(
                "error: standard input: \"saddle_numbness\" is given twice: an answer may appear once"
            ),
            "{stderr}"
        );
    }
    // At any depth.
    let out = run(&["-"], r#"{"age": 40, "work_demands": [{"x": 1, "x": 2}]}"#);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("\"x\" is given twice"));
}

/// A UTF-8 byte-order mark (as Windows editors write) is skipped.
#[test]
fn a_byte_order_mark_is_read() {
    let answers = common::self_care_case();
    let out = run(&["-"], &format!("\u{feff}{answers}"));
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let expected = back_pain_check::engine::assess(&common::answers(&answers)).to_json();
    assert_eq!(text(&out.stdout).trim_end(), expected);
}

/// A huge value is not echoed whole; many problems give 20 lines and a count.
#[test]
fn long_values_are_cut_and_many_problems_counted() {
    let long = "y".repeat(5_000_000);
    let out = run(&["-"], &format!(r#"{{"sex": "{long}"}}"#));
    assert_eq!(out.status.code(), Some(2));
    let stderr = text(&out.stderr);
    assert_eq!(
        stderr.lines().count(),
        1,
        "{}",
        &stderr[..200.min(stderr.len())]
    );
    assert!(stderr.len() < 200, "{} bytes", stderr.len());
    let keys: Vec<String> = (0..200_000).map(|i| format!("\"k{i}\": 1")).collect();
    let out = run(&["-"], &format!("{{{}}}", keys.join(",")));
    assert_eq!(out.status.code(), Some(2));
    let stderr = text(&out.stderr);
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 21, "{}", lines.len());
    assert_eq!(lines[20], "error: and 199980 more problems");
}
