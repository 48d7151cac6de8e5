//! The exports for a clinician (src/export): the FHIR R4 Questionnaire and
//! QuestionnaireResponse, and the plain-text summary. Their validity against
//! the FHIR R4 JSON schema is checked in tests/e2e/specs/fhir-schema.spec.js.

mod common;

use back_pain_check::content::EN;
use back_pain_check::engine::{assess, Kind, QUESTIONS};
use back_pain_check::export::{fhir, summary};
use serde_json::{json, Value};

fn parse(s: &str) -> Value {
    serde_json::from_str(s).unwrap_or_else(|e| panic!("not JSON ({e}): {s}"))
}

fn items(v: &Value) -> &Vec<Value> {
    v["item"].as_array().expect("item array")
}

fn item<'a>(v: &'a Value, id: &str) -> &'a Value {
    items(v)
        .iter()
        .find(|i| i["linkId"] == id)
        .unwrap_or_else(|| panic!("no item {id}"))
}

fn response(answers: &Value) -> Value {
    let a = common::answers(answers);
    parse(&fhir::questionnaire_response(
        &EN,
        &a,
        &assess(&a),
        "2025-01-31",
    ))
}

#[test]
fn questionnaire_has_one_typed_item_per_question_in_order() {
    let q = parse(&fhir::questionnaire(&EN));
    assert_eq!(q["resourceType"], "Questionnaire");
    assert_eq!(q["status"], "active");
    assert_eq!(q["url"], fhir::QUESTIONNAIRE_URL);
    let ids: Vec<&str> = items(&q)
        .iter()
        .map(|i| i["linkId"].as_str().unwrap())
        .collect();
    let expected: Vec<&str> = QUESTIONS.iter().map(|q| q.id).collect();
    assert_eq!(ids, expected);
    for question in QUESTIONS {
        let i = item(&q, question.id);
        assert_eq!(i["text"], EN.question(question.id).unwrap().text);
        assert_eq!(i["required"], !question.optional, "{}", question.id);
        let (ty, repeats) = match question.kind {
            Kind::Bool => ("boolean", None),
            Kind::Int { .. } => ("integer", None),
            Kind::Choice(_) => ("choice", None),
            Kind::Multi(_) => ("choice", Some(true)),
        };
        assert_eq!(i["type"], ty, "{}", question.id);
        assert_eq!(i["repeats"].as_bool(), repeats, "{}", question.id);
        let codes: Vec<&str> = i["answerOption"]
            .as_array()
            .map(|o| {
                o.iter()
                    .map(|o| o["valueCoding"]["code"].as_str().unwrap())
                    .collect()
            })
            .unwrap_or_default();
        assert_eq!(codes, question.kind.options(), "{}", question.id);
    }
}

#[test]
fn option_codings_name_their_question_and_label() {
    let q = parse(&fhir::questionnaire(&EN));
    let coding = &item(&q, "leg_pain_side")["answerOption"][2]["valueCoding"];
    assert_eq!(
        coding,
        &json!({"system": "urn:back-pain-check:option:leg_pain_side", "code": "both_legs", "display": "Both legs"})
    );
}

#[test]
fn integer_items_carry_their_range() {
    let q = parse(&fhir::questionnaire(&EN));
    let ext = &item(&q, "pain_now")["extension"];
    assert_eq!(
        ext[0]["url"],
        "http://hl7.org/fhir/StructureDefinition/minValue"
    );
    assert_eq!(ext[0]["valueInteger"], 0);
    assert_eq!(
        ext[1]["url"],
        "http://hl7.org/fhir/StructureDefinition/maxValue"
    );
    assert_eq!(ext[1]["valueInteger"], 10);
}

#[test]
fn skip_logic_becomes_enable_when() {
    let q = parse(&fhir::questionnaire(&EN));
    assert_eq!(
        item(&q, "pain_when_running")["enableWhen"],
        json!([{"question": "runs", "operator": "=", "answerBoolean": true}])
    );
    assert!(item(&q, "pain_when_running")["enableBehavior"].is_null());
    let walking = item(&q, "walking_leg_pain");
    assert_eq!(
        walking["enableWhen"],
        json!([
            {"question": "leg_pain_side", "operator": "exists", "answerBoolean": true},
            {"question": "leg_pain_side", "operator": "!=", "answerCoding": {"system": "urn:back-pain-check:option:leg_pain_side", "code": "none"}}
        ])
    );
    assert_eq!(walking["enableBehavior"], "all");
    for question in QUESTIONS {
        let i = item(&q, question.id);
        for cond in i["enableWhen"].as_array().into_iter().flatten() {
            let target = cond["question"].as_str().unwrap();
            assert!(
                QUESTIONS.iter().any(|q| q.id == target),
                "{} depends on unknown {target}",
                question.id
            );
        }
    }
}

#[test]
fn response_answers_are_typed_and_skipped_questions_left_out() {
    let answers = common::merge(
        &common::self_care_case(),
        &json!({"runs": false, "pain_when_running": true, "onset_activity": ["lifting", "twisting"]}),
    );
    let r = response(&answers);
    assert_eq!(r["resourceType"], "QuestionnaireResponse");
    assert_eq!(r["questionnaire"], "urn:back-pain-check:questionnaire|1");
    assert_eq!(r["authored"], "2025-01-31");
    assert_eq!(r["status"], "completed");
    assert_eq!(item(&r, "runs")["answer"], json!([{"valueBoolean": false}]));
    assert!(items(&r).iter().all(|i| i["linkId"] != "pain_when_running"));
    assert!(item(&r, "age")["answer"][0]["valueInteger"].is_i64());
    let onset = item(&r, "onset_activity")["answer"].as_array().unwrap();
    let codes: Vec<&str> = onset
        .iter()
        .map(|a| a["valueCoding"]["code"].as_str().unwrap())
        .collect();
    assert_eq!(codes, ["lifting", "twisting"]);
    assert_eq!(
        onset[0]["valueCoding"]["system"],
        "urn:back-pain-check:option:onset_activity"
    );
    // Items follow the questionnaire's order.
    let ids: Vec<&str> = items(&r)
        .iter()
        .map(|i| i["linkId"].as_str().unwrap())
        .collect();
    let order: Vec<&str> = QUESTIONS
        .iter()
        .map(|q| q.id)
        .filter(|id| ids.contains(id))
        .collect();
    assert_eq!(ids, order);
}

#[test]
fn response_stops_when_required_questions_are_missing() {
    let r = response(&json!({"age": 52, "bladder_bowel": true}));
    assert_eq!(r["status"], "stopped");
    assert_eq!(items(&r).len(), 2);
}

#[test]
fn the_assessment_is_a_contained_risk_assessment() {
    let r = response(&json!({"age": 52, "bladder_bowel": true, "saddle_numbness": true}));
    let ra = &r["contained"][0];
    assert_eq!(ra["resourceType"], "RiskAssessment");
    assert_eq!(ra["status"], "final");
    assert_eq!(ra["basis"], json!([{"reference": "#"}]));
    assert!(ra["subject"]["display"].is_string());
    assert!(ra["subject"]["reference"].is_null(), "nobody is identified");
    let triage = &ra["prediction"][0]["qualitativeRisk"];
    assert_eq!(triage["coding"][0]["system"], fhir::TRIAGE_SYSTEM);
    assert_eq!(triage["coding"][0]["code"], "emergency");
    assert_eq!(triage["text"], "Get emergency help now");
    assert_eq!(
        ra["prediction"][1]["outcome"]["coding"][0]["code"],
        "cauda_equina"
    );
    // The last note holds the contract's assessment verbatim.
    let notes = ra["note"].as_array().unwrap();
    let last = notes.last().unwrap()["text"].as_str().unwrap();
    let json_start = last.find('{').unwrap();
    let contract = parse(&last[json_start..]);
    assert_eq!(contract["contract"], 1);
    assert_eq!(contract["triage"], "emergency");
}

#[test]
fn bundle_holds_the_questionnaire_and_the_response() {
    let a = common::answers(&common::radicular_case());
    let b = parse(&fhir::bundle(&EN, &a, &assess(&a), "2025-01-31"));
    assert_eq!(b["resourceType"], "Bundle");
    assert_eq!(b["type"], "collection");
    let types: Vec<&str> = b["entry"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["resource"]["resourceType"].as_str().unwrap())
        .collect();
    assert_eq!(types, ["Questionnaire", "QuestionnaireResponse"]);
}

#[test]
fn summary_is_plain_text_with_everything_a_clinician_needs() {
    let answers = common::answers(&common::radicular_case());
    let a = assess(&answers);
    let s = summary::plain_text(&answers, &a, &EN, "31 January 2025", "999");
    assert!(s.starts_with(
        "Back pain check: summary for a doctor or physiotherapist\nDate: 31 January 2025\n"
    ));
    let triage = EN.triage(a.triage.id()).unwrap();
    assert!(s.contains(&format!("*** {} ***", triage.title)), "{s}");
    assert!(s.contains(&triage.action.replace("{number}", "999")), "{s}");
    for r in &a.reasons {
        let title = EN.reason(r.id).or_else(|| EN.red_flag(r.id)).unwrap().title;
        assert!(s.contains(&format!("- {title}")), "{title}: {s}");
    }
    assert!(s.contains("\nYour answers\n- How old are you? "), "{s}");
    for p in &a.patterns {
        assert!(s.contains(EN.pattern(p.id).unwrap().title), "{s}");
    }
    for f in &a.risk_factors {
        assert!(s.contains(EN.risk_factor(f.id).unwrap().title), "{s}");
    }
    for f in &a.advice {
        assert!(s.contains(EN.advice(f.id).unwrap().title), "{s}");
    }
    assert!(!s.contains('<') && !s.contains('{'), "no markup: {s}");
    assert!(s.lines().all(|l| l.len() < 400), "short lines");
    assert!(s.ends_with("This is not a diagnosis.\n"), "{s}");
}

#[test]
fn summary_answers_are_in_plain_words() {
    let answers =
        common::answers(&json!({"age": 40, "smoking": true, "leg_pain_side": "both_legs"}));
    let s = summary::plain_text(&answers, &assess(&answers), &EN, "today", "112");
    assert!(s.contains("- Do you smoke? Yes\n"), "{s}");
    assert!(
        s.contains("- Do you have pain or other odd feelings in your legs? Both legs\n"),
        "{s}"
    );
    assert!(
        s.contains("Not answered"),
        "required questions left blank say so: {s}"
    );
}

#[test]
fn spanish_exports_use_spanish_words() {
    use back_pain_check::content::ES;
    let answers = common::answers(&json!({"age": 40, "smoking": true}));
    let s = summary::plain_text(&answers, &assess(&answers), &ES, "hoy", "112");
    assert!(s.starts_with("Evaluación del dolor de espalda"), "{s}");
    assert!(s.contains("Fecha: hoy"), "{s}");
    assert!(s.contains(" Sí\n"), "{s}");
    assert!(!s.contains("Your answers") && !s.contains(" Yes\n"), "{s}");
    let q = parse(&fhir::questionnaire(&ES));
    assert_eq!(q["language"], "es");
    assert_eq!(item(&q, "age")["text"], ES.question("age").unwrap().text);
}

#[test]
fn dates_are_written_in_words_from_the_content() {
    use back_pain_check::content::texts;
    use back_pain_check::export::date_words;
    let en = texts("en").lang;
    let es = texts("es").lang;
    assert_eq!(date_words(en, 2026, 11, 25), "25 November 2026");
    assert_eq!(date_words(es, 2026, 1, 5), "5 de enero de 2026");
    assert_eq!(date_words(es, 2026, 12, 31), "31 de diciembre de 2026");
    // A month the browser should never give still makes a readable date.
    assert_eq!(date_words(en, 2026, 13, 1), "1 13 2026");
}
