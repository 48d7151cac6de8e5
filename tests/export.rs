//! The exports for a clinician (src/export): the FHIR R4 Bundle (Questionnaire,
//! QuestionnaireResponse, RiskAssessment) and the plain-text summary. Their
//! validity against the FHIR R4 JSON schema, FHIR.js and Medplum's validator is
//! checked in tests/e2e/specs/fhir-validators.spec.js, and LHC-Forms reads them
//! in tests/e2e/specs/fhir-lhc-forms.spec.js.

mod common;
use back_pain_check::engine::{assess, Kind, RedFlag, Triage, Q, QUESTIONS};
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

const AUTHORED: &str = "2025-01-31T09:30:00+01:00";

fn response(answers: &Value) -> Value {
    let a = common::answers(answers);
    parse(&fhir::questionnaire_response(
        common::en(),
        &a,
        &assess(&a),
        AUTHORED,
    ))
}

fn bundle(answers: &Value) -> Value {
    let a = common::answers(answers);
    parse(&fhir::bundle(common::en(), &a, &assess(&a), AUTHORED))
}

/// The Bundle's resources: Questionnaire, QuestionnaireResponse, RiskAssessment.
fn resources(b: &Value) -> [&Value; 3] {
    let e = b["entry"].as_array().expect("entries");
    assert_eq!(e.len(), 3, "{b}");
    [&e[0]["resource"], &e[1]["resource"], &e[2]["resource"]]
}

fn is_uuid(s: &str) -> bool {
    let groups: Vec<&str> = s.split('-').collect();
    groups.iter().map(|g| g.len()).eq([8, 4, 4, 4, 12])
        && s.chars()
            .all(|c| c == '-' || c.is_ascii_digit() || ('a'..='f').contains(&c))
}

#[test]
fn questionnaire_has_one_typed_item_per_question_in_order() {
    let q = parse(&fhir::questionnaire(common::en()));
    assert_eq!(q["resourceType"], "Questionnaire");
    assert_eq!(q["status"], "active");
    assert_eq!(q["url"], fhir::QUESTIONNAIRE_URL);
    let ids: Vec<&str> = items(&q)
        .iter()
        .map(|i| i["linkId"].as_str().unwrap())
        .collect();
    let expected: Vec<&str> = QUESTIONS.iter().map(|q| q.id.id()).collect();
    assert_eq!(ids, expected);
    for question in QUESTIONS {
        let i = item(&q, question.id.id());
        assert_eq!(i["text"], common::en().question(question.id).text);
        assert_eq!(i["required"], !question.optional, "{}", question.id);
        // A red flag's yes/no is a choice that can also say "not sure".
        let (ty, repeats) = match question.kind {
            Kind::Bool if question.red_flag => ("choice", None),
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
        let mut expected: Vec<&str> = match question.kind {
            Kind::Bool if question.red_flag => vec!["yes", "no"],
            _ => question.kind.options().iter().map(|o| o.id()).collect(),
        };
        if question.red_flag {
            expected.push("not_sure");
        }
        assert_eq!(codes, expected, "{}", question.id);
    }
}

/// "Not sure" on a warning sign travels as a coded answer the Questionnaire
/// offers, and a red flag's yes as the code "yes".
#[test]
fn not_sure_and_red_flag_answers_are_codings_the_questionnaire_offers() {
    let answers = common::answers(&common::merge(
        &common::self_care_case(),
        &json!({"bladder_bowel": "not_sure", "fever": true, "leg_weakness": "not_sure"}),
    ));
    let a = back_pain_check::engine::assess(&answers);
    let r = parse(&fhir::questionnaire_response(
        common::en(),
        &answers,
        &a,
        "2025-01-31T10:00:00Z",
    ));
    let q = parse(&fhir::questionnaire(common::en()));
    for (id, code, display) in [
        ("bladder_bowel", "not_sure", "Not sure"),
        ("fever", "yes", "Yes"),
        ("leg_weakness", "not_sure", "Not sure"),
        ("saddle_numbness", "no", "No"),
    ] {
        let given = r["item"]
            .as_array()
            .unwrap()
            .iter()
            .find(|i| i["linkId"] == id)
            .unwrap()["answer"][0]["valueCoding"]
            .clone();
        assert_eq!(given["code"], code, "{id}");
        assert_eq!(given["display"], display, "{id}");
        let offered: Vec<&Value> = item(&q, id)["answerOption"]
            .as_array()
            .unwrap()
            .iter()
            .map(|o| &o["valueCoding"])
            .collect();
        assert!(offered.contains(&&given), "{id}: {given} not offered");
    }
}

#[test]
fn option_codings_name_their_question_and_label() {
    let q = parse(&fhir::questionnaire(common::en()));
    let coding = &item(&q, "leg_pain_side")["answerOption"][2]["valueCoding"];
    assert_eq!(
        coding,
        &json!({"system": "urn:back-pain-check:option:leg_pain_side", "code": "both_legs", "display": "Both legs"})
    );
}

#[test]
fn integer_items_carry_their_range() {
    let q = parse(&fhir::questionnaire(common::en()));
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
    let q = parse(&fhir::questionnaire(common::en()));
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
        let i = item(&q, question.id.id());
        for cond in i["enableWhen"].as_array().into_iter().flatten() {
            let target = cond["question"].as_str().unwrap();
            assert!(
                QUESTIONS.iter().any(|q| q.id.id() == target),
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
    assert_eq!(r["authored"], AUTHORED);
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
        .map(|q| q.id.id())
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
fn bundle_entries_have_full_urls_ids_identifiers_and_the_time() {
    let b = bundle(&common::radicular_case());
    assert_eq!(b["resourceType"], "Bundle");
    assert_eq!(b["type"], "collection");
    assert_eq!(b["timestamp"], AUTHORED);
    assert!(is_uuid(b["id"].as_str().unwrap()), "{}", b["id"]);
    assert_eq!(
        b["identifier"]["value"],
        format!("urn:uuid:{}", b["id"].as_str().unwrap())
    );
    let types: Vec<&str> = resources(&b)
        .iter()
        .map(|r| r["resourceType"].as_str().unwrap())
        .collect();
    assert_eq!(
        types,
        ["Questionnaire", "QuestionnaireResponse", "RiskAssessment"]
    );
    let mut urls = Vec::new();
    for e in b["entry"].as_array().unwrap() {
        let (url, r) = (e["fullUrl"].as_str().unwrap(), &e["resource"]);
        let id = r["id"].as_str().unwrap();
        assert!(is_uuid(id), "{id}");
        assert_eq!(url, format!("urn:uuid:{id}"), "the fullUrl names the id");
        let identifier = match &r["identifier"] {
            Value::Array(list) => &list[0],
            one => one, // QuestionnaireResponse.identifier is 0..1
        };
        assert_eq!(identifier["system"], "urn:ietf:rfc:3986");
        assert_eq!(identifier["value"], url);
        assert_eq!(r["language"], "en");
        urls.push(url.to_owned());
    }
    urls.sort();
    urls.dedup();
    assert_eq!(urls.len(), 3, "every fullUrl is different");
    let [_, qr, ra] = resources(&b);
    assert_eq!(qr["authored"], AUTHORED);
    assert_eq!(ra["occurrenceDateTime"], AUTHORED);
}

#[test]
fn the_same_answers_and_time_give_the_same_file_and_another_time_other_ids() {
    let a = common::answers(&common::radicular_case());
    let one = fhir::bundle(common::en(), &a, &assess(&a), AUTHORED);
    assert_eq!(one, fhir::bundle(common::en(), &a, &assess(&a), AUTHORED));
    let later = parse(&fhir::bundle(
        common::en(),
        &a,
        &assess(&a),
        "2025-01-31T09:30:01+01:00",
    ));
    let one = parse(&one);
    for i in [1, 2] {
        assert_ne!(one["entry"][i]["fullUrl"], later["entry"][i]["fullUrl"]);
    }
    // The Questionnaire is the same resource in every file of a language.
    assert_eq!(one["entry"][0], later["entry"][0]);
}

#[test]
fn the_risk_assessment_is_based_on_the_response_and_names_its_rules() {
    let b = bundle(&json!({"age": 52, "bladder_bowel": true, "saddle_numbness": true}));
    let [_, qr, ra] = resources(&b);
    assert_eq!(qr["status"], "stopped");
    assert!(
        qr["contained"].is_null(),
        "the assessment is an entry of its own"
    );
    assert_eq!(ra["status"], "final");
    assert_eq!(
        ra["basis"],
        json!([{"reference": b["entry"][1]["fullUrl"]}])
    );
    assert!(ra["subject"]["display"].is_string());
    assert!(ra["subject"]["reference"].is_null(), "nobody is identified");
    let method = &ra["method"]["coding"][0];
    assert_eq!(method["system"], fhir::RULES_SYSTEM);
    assert_eq!(method["version"], env!("CARGO_PKG_VERSION"));
    assert_eq!(fhir::RULES_VERSION, env!("CARGO_PKG_VERSION"));
    assert!(ra["method"]["text"]
        .as_str()
        .unwrap()
        .contains(env!("CARGO_PKG_VERSION")));
    // The last note holds the contract's assessment verbatim.
    let notes = ra["note"].as_array().unwrap();
    let last = notes.last().unwrap()["text"].as_str().unwrap();
    let contract = parse(&last[last.find('{').unwrap()..]);
    assert_eq!(contract["contract"], 1);
    assert_eq!(contract["triage"], "emergency");
}

#[test]
fn the_triage_is_a_readable_coded_outcome() {
    let b = bundle(&json!({"age": 52, "bladder_bowel": true, "saddle_numbness": true}));
    let ra = resources(&b)[2];
    let triage = &ra["prediction"][0];
    assert_eq!(triage["outcome"]["text"], "Get emergency help now");
    assert_eq!(
        triage["outcome"]["coding"][0],
        json!({"system": fhir::TRIAGE_SYSTEM, "code": "emergency", "display": "Get emergency help now"})
    );
    assert!(
        triage["qualitativeRisk"].is_null(),
        "the level is not a likelihood"
    );
    let rationale = triage["rationale"].as_str().unwrap();
    assert!(
        rationale.contains("Possible pressure on the nerves"),
        "{rationale}"
    );
}

#[test]
fn red_flags_and_patterns_carry_snomed_ct_and_our_own_code() {
    let b = bundle(&json!({"age": 52, "bladder_bowel": true, "saddle_numbness": true}));
    let flag = &resources(&b)[2]["prediction"][1]["outcome"];
    assert_eq!(
        flag["coding"],
        json!([
            {"system": fhir::SNOMED, "code": "192970008", "display": "Cauda equina syndrome"},
            {"system": fhir::RED_FLAG_SYSTEM, "code": "cauda_equina", "display": common::en().red_flag(RedFlag::CaudaEquina).title}
        ])
    );
    assert_eq!(
        flag["text"],
        common::en().red_flag(RedFlag::CaudaEquina).title
    );

    let b = bundle(&common::radicular_case());
    let predictions = resources(&b)[2]["prediction"].as_array().unwrap();
    let sciatica = predictions
        .iter()
        .find(|p| p["outcome"]["coding"][1]["code"] == "radicular")
        .expect("the sciatica pattern is a prediction");
    assert_eq!(sciatica["outcome"]["coding"][0]["system"], fhir::SNOMED);
    assert_eq!(sciatica["outcome"]["coding"][0]["code"], "23056005");
    assert_eq!(
        sciatica["outcome"]["coding"][1]["system"],
        fhir::PATTERN_SYSTEM
    );
}

#[test]
fn the_recovery_outlook_uses_the_risk_probability_codes() {
    let high = common::merge(
        &common::radicular_case(),
        &json!({"fear_of_movement": true, "worry": true, "catastrophising": true, "low_mood": true}),
    );
    for (answers, band, code) in [
        (common::self_care_case(), "low", "low"),
        (high, "high", "high"),
    ] {
        let b = bundle(&answers);
        let predictions = resources(&b)[2]["prediction"].as_array().unwrap();
        let outlook = predictions.last().unwrap();
        assert_eq!(outlook["outcome"]["text"], "Slow recovery");
        let risk = &outlook["qualitativeRisk"]["coding"];
        assert_eq!(risk[0]["system"], fhir::RISK_PROBABILITY);
        assert_eq!(risk[0]["code"], code);
        assert_eq!(risk.as_array().unwrap().len(), 1, "the standard code alone");
        let words = ["Low", "Medium", "Higher"][["low", "medium", "high"]
            .iter()
            .position(|b| *b == band)
            .unwrap()];
        assert!(outlook["qualitativeRisk"]["text"]
            .as_str()
            .unwrap()
            .starts_with(words));
    }
}

#[test]
fn no_rationale_is_empty_or_stops_short() {
    let cases = [
        common::self_care_case(),
        common::radicular_case(),
        json!({}),
        json!({"age": 52, "bladder_bowel": true}),
        common::merge(
            &common::no_signs(),
            &json!({"age": 30, "duration": "under_1_week", "pain_now": 2, "improving": "better", "bothersomeness": "not_at_all"}),
        ),
    ];
    for answers in cases {
        let b = bundle(&answers);
        for p in resources(&b)[2]["prediction"].as_array().unwrap() {
            if let Some(r) = p.get("rationale") {
                let r = r.as_str().unwrap().trim();
                assert!(!r.is_empty() && !r.ends_with(':'), "{answers}: {r:?}");
            }
        }
    }
}

#[test]
fn every_resource_has_a_narrative_with_the_triage_in_the_persons_language() {
    let answers = json!({"age": 52, "bladder_bowel": true, "saddle_numbness": true});
    let b = bundle(&answers);
    let [q, qr, ra] = resources(&b);
    for r in [q, qr, ra] {
        assert_eq!(r["text"]["status"], "generated");
        let div = r["text"]["div"].as_str().unwrap();
        assert!(
            div.starts_with(r#"<div xmlns="http://www.w3.org/1999/xhtml">"#),
            "{div}"
        );
        assert!(div.ends_with("</div>"), "{div}");
    }
    assert!(q["text"]["div"]
        .as_str()
        .unwrap()
        .contains("How old are you?"));
    for r in [qr, ra] {
        let div = r["text"]["div"].as_str().unwrap();
        assert!(div.contains("<b>Get emergency help now</b>"), "{div}");
        assert!(div.contains("Possible pressure on the nerves"), "{div}");
        assert!(div.contains("stopped early"), "{div}");
    }
    let qr_div = qr["text"]["div"].as_str().unwrap();
    assert!(qr_div.contains("<td>How old are you?</td><td>52</td>"));
    assert!(
        qr_div.contains("<p>Answered: 31 January 2025, 09:30 (+01:00)</p>"),
        "{qr_div}"
    );

    let a = common::answers(&answers);
    let es = parse(&fhir::bundle(common::es(), &a, &assess(&a), AUTHORED));
    let div = es["entry"][2]["resource"]["text"]["div"].as_str().unwrap();
    let title = common::es().triage(Triage::Emergency).title;
    assert!(div.contains(title), "{div}");
    assert!(!div.contains("Get emergency help now"), "{div}");
    assert_eq!(es["entry"][2]["resource"]["language"], "es");
}

#[test]
fn the_response_alone_is_the_bundles_response() {
    let answers = common::radicular_case();
    let b = bundle(&answers);
    assert_eq!(&response(&answers), resources(&b)[1]);
}

#[test]
fn summary_is_plain_text_with_everything_a_clinician_needs() {
    let answers = common::answers(&common::radicular_case());
    let a = assess(&answers);
    let s = summary::plain_text(&answers, &a, common::en(), "31 January 2025", "999");
    assert!(s.starts_with(
        "Back pain check: summary for a doctor or physiotherapist\nDate: 31 January 2025\n"
    ));
    let triage = common::en().triage(a.triage);
    assert!(s.contains(&format!("*** {} ***", triage.title)), "{s}");
    assert!(s.contains(&triage.action.replace("{number}", "999")), "{s}");
    for r in &a.reasons {
        let title = common::en().reason(r.id).title;
        assert!(s.contains(&format!("- {title}")), "{title}: {s}");
    }
    assert!(s.contains("\nYour answers\n- How old are you? "), "{s}");
    for p in &a.patterns {
        assert!(s.contains(common::en().pattern(p.id).title), "{s}");
    }
    for f in &a.risk_factors {
        assert!(s.contains(common::en().risk_factor(f.id).title), "{s}");
    }
    for f in &a.advice {
        assert!(s.contains(common::en().advice(f.id).title), "{s}");
    }
    assert!(!s.contains('<') && !s.contains('{'), "no markup: {s}");
    assert!(s.lines().all(|l| l.len() < 400), "short lines");
    assert!(s.ends_with("This is not a diagnosis.\n"), "{s}");
}

#[test]
fn summary_answers_are_in_plain_words() {
    let answers =
        common::answers(&json!({"age": 40, "smoking": true, "leg_pain_side": "both_legs"}));
    let s = summary::plain_text(&answers, &assess(&answers), common::en(), "today", "112");
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
    let answers = common::answers(&json!({"age": 40, "smoking": true}));
    let s = summary::plain_text(&answers, &assess(&answers), common::es(), "hoy", "112");
    assert!(s.starts_with("Evaluación del dolor de espalda"), "{s}");
    assert!(s.contains("Fecha: hoy"), "{s}");
    assert!(s.contains(" Sí\n"), "{s}");
    assert!(!s.contains("Your answers") && !s.contains(" Yes\n"), "{s}");
    let q = parse(&fhir::questionnaire(common::es()));
    assert_eq!(q["language"], "es");
    assert_eq!(item(&q, "age")["text"], common::es().question(Q::Age).text);
}

#[test]
fn dates_are_written_in_words_from_the_content() {
    use back_pain_check::export::date_words;
    let en = common::en();
    let es = common::es();
    assert_eq!(date_words(en, 2026, 11, 25), "25 November 2026");
    assert_eq!(date_words(es, 2026, 1, 5), "5 de enero de 2026");
    assert_eq!(date_words(es, 2026, 12, 31), "31 de diciembre de 2026");
    // A month the browser should never give still makes a readable date.
    assert_eq!(date_words(en, 2026, 13, 1), "1 13 2026");
}
