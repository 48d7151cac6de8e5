//! The contract's command-line tool: answers JSON in, assessment JSON out.
//!
//! ```text
//! cargo run --release --example assess -- FILE     # FILE may be - for stdin
//! cargo run --release --example assess -- --questions
//! cargo run --release --example assess -- --fhir FILE   # FHIR R4 QuestionnaireResponse
//! cargo run --release --example assess -- --fhir-questionnaire
//! ```
//!
//! Exit codes: 0 on success, 2 on any problem with the input (one line per
//! problem on standard error, nothing on standard output).

use std::io::{Read, Write};
use std::process::ExitCode;

use back_pain_check::content::EN;
use back_pain_check::engine::{assess, Answers, Kind, NOT_SURE, QUESTIONS};
use back_pain_check::export::fhir;
use serde_json::{json, Value};

// The JSON-to-answers conversion shared with the tests.
#[path = "../tests/common/raw.rs"]
mod raw;

const USAGE: &str = "\
usage: assess FILE          assess the answers in FILE (a JSON object; - reads standard input)
       assess --questions   print every question with its type and options as JSON
       assess --fhir FILE   print the answers in FILE as a FHIR R4 QuestionnaireResponse,
                            with the assessment in it as a contained RiskAssessment
                            (authored today, UTC)
       assess --fhir-questionnaire
                            print the FHIR R4 Questionnaire the response refers to
       assess --help        print this help

Prints the assessment as JSON on standard output and exits 0. Exits 2 with one
line per problem on standard error when the input is not valid.";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let arg = match args.as_slice() {
        [flag, file] if flag == "--fhir" => {
            return match read_answers(file) {
                Ok(answers) => print(&fhir::questionnaire_response(
                    &EN,
                    &answers,
                    &assess(&answers),
                    &today_utc(),
                )),
                Err(lines) => fail(lines),
            };
        }
        [one] => one.as_str(),
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match arg {
        "--help" | "-h" => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        "--questions" => print(&questions_json()),
        "--fhir-questionnaire" => print(&fhir::questionnaire(&EN)),
        flag if flag.starts_with("--") => {
            eprintln!("error: unknown option {flag} (try --help)");
            ExitCode::from(2)
        }
        file => match read_answers(file) {
            Ok(answers) => print(&assess(&answers).to_json()),
            Err(lines) => fail(lines),
        },
    }
}

fn fail(lines: Vec<String>) -> ExitCode {
    for line in lines {
        eprintln!("error: {line}");
    }
    ExitCode::from(2)
}

/// Today's date in UTC as `YYYY-MM-DD` (a FHIR date), from the system clock.
fn today_utc() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    // Days since 1970-01-01 to a civil date (Howard Hinnant's algorithm).
    let z = (secs / 86_400) as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

/// The checked answers in `file`, or one line per problem.
fn read_answers(file: &str) -> Result<Answers, Vec<String>> {
    let (name, text) = if file == "-" {
        let mut text = String::new();
        std::io::stdin()
            .read_to_string(&mut text)
            .map_err(|e| vec![format!("cannot read standard input: {e}")])?;
        ("standard input".to_owned(), text)
    } else {
        let text =
            std::fs::read_to_string(file).map_err(|e| vec![format!("cannot read {file}: {e}")])?;
        (file.to_owned(), text)
    };
    let value: Value =
        serde_json::from_str(&text).map_err(|e| vec![format!("{name} is not valid JSON: {e}")])?;
    let Value::Object(obj) = value else {
        return Err(vec![format!(
            "{name} must hold a JSON object of answers (question id to value), not {}",
            json_type(&value)
        )]);
    };
    raw::answers_from_object(&obj)
        .map_err(|errors| errors.iter().map(ToString::to_string).collect::<Vec<_>>())
}

fn json_type(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// Every question: id, type, options or range, red-flag and optional marks,
/// section. Written by hand so the keys keep this order (one question a line).
fn questions_json() -> String {
    let lines: Vec<String> = QUESTIONS
        .iter()
        .map(|q| {
            let mut fields = vec![("id", json!(q.id)), ("type", json!(q.kind.name()))];
            match q.kind {
                Kind::Choice(options) | Kind::Multi(options) => {
                    fields.push(("options", json!(options)));
                }
                Kind::Int { min, max } => {
                    fields.push(("min", json!(min)));
                    fields.push(("max", json!(max)));
                }
                Kind::Bool => {}
            }
            fields.push(("red_flag", json!(q.red_flag)));
            // Red-flag questions also take "not_sure" (counted as unanswered).
            if q.accepts_not_sure() {
                fields.push(("also_accepts", json!([NOT_SURE])));
            }
            fields.push(("optional", json!(q.optional)));
            fields.push(("section", json!(q.section.id())));
            let body: Vec<String> = fields
                .iter()
                .map(|(k, v)| format!("{}:{v}", json!(k)))
                .collect();
            format!("  {{{}}}", body.join(","))
        })
        .collect();
    format!("[\n{}\n]", lines.join(",\n"))
}

/// Prints `out` and a newline; a closed pipe is not an error worth a panic.
fn print(out: &str) -> ExitCode {
    let mut stdout = std::io::stdout().lock();
    match writeln!(stdout, "{out}").and_then(|()| stdout.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: cannot write the output: {e}");
            ExitCode::from(2)
        }
    }
}
