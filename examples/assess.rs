//! The contract's command-line tool: answers JSON in, assessment JSON out.
//!
//! ```text
//! cargo run --release --example assess -- FILE     # FILE may be - for stdin
//! cargo run --release --example assess -- --questions
//! cargo run --release --example assess -- --fhir FILE   # the FHIR R4 Bundle the widget downloads
//! cargo run --release --example assess -- --fhir-response FILE   # the QuestionnaireResponse alone
//! cargo run --release --example assess -- --fhir-questionnaire
//! ```
//!
//! Exit codes: 0 on success, 2 on any problem with the input (one line per
//! problem on standard error, nothing on standard output).

use std::io::{Read, Write};
use std::process::ExitCode;

use back_pain_check::content::{bundled, Lang, BUNDLED};
use back_pain_check::engine::{self, assess, Answers, Kind, NOT_SURE, QUESTIONS};
use back_pain_check::export::fhir;
use serde_json::json;

const USAGE: &str = "\
usage: assess FILE          assess the answers in FILE (a JSON object; - reads standard input)
       assess --questions   print every question with its type and options as JSON
       assess --fhir [OPTIONS] FILE
                            print the answers in FILE as the FHIR R4 Bundle that the
                            widget downloads: the Questionnaire, the QuestionnaireResponse
                            and the RiskAssessment (the assessment), each with a fullUrl
       assess --fhir-response [OPTIONS] FILE
                            print the FHIR R4 QuestionnaireResponse alone
       assess --fhir-questionnaire [--lang CODE]
                            print the FHIR R4 Questionnaire the response refers to
       assess --help        print this help

FHIR options:
       --authored DATETIME  when the answers were given: a FHIR dateTime with a zone such
                            as 2026-11-27T16:05:09+01:00 (default: now, in UTC). The ids
                            are made from it and the answers, so the same answers and time
                            give the same file as the widget.
       --lang CODE          the language of the file's words: en (default) or es

Prints the assessment as JSON on standard output and exits 0. Exits 2 with one
line per problem on standard error when the input is not valid.";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let Some(flag @ ("--fhir" | "--fhir-response" | "--fhir-questionnaire")) =
        args.first().map(String::as_str)
    {
        return match fhir_command(flag, &args[1..]) {
            Ok(out) => print(&out),
            Err(lines) => fail(lines),
        };
    }
    let arg = match args.as_slice() {
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

/// `--fhir`, `--fhir-response` and `--fhir-questionnaire` with their options.
fn fhir_command(flag: &str, rest: &[String]) -> Result<String, Vec<String>> {
    let mut lang: &'static Lang = bundled("en");
    let mut authored = None;
    let mut file = None;
    let mut it = rest.iter();
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--authored" => {
                authored = Some(checked_date_time(option_value(&mut it, arg)?)?);
            }
            "--lang" => {
                let code = option_value(&mut it, arg)?;
                lang = BUNDLED
                    .iter()
                    .copied()
                    .find(|l| l.code == code)
                    .ok_or_else(|| vec![format!("unknown language {code} (en or es)")])?;
            }
            other if other.starts_with("--") => {
                return Err(vec![format!("unknown option {other} (try --help)")]);
            }
            other if file.is_none() => file = Some(other.to_owned()),
            other => return Err(vec![format!("unexpected argument {other} (try --help)")]),
        }
    }
    if flag == "--fhir-questionnaire" {
        return match file {
            None => Ok(fhir::questionnaire(lang)),
            Some(f) => Err(vec![format!("--fhir-questionnaire takes no file ({f})")]),
        };
    }
    let file = file.ok_or_else(|| vec![format!("{flag} needs a FILE (try --help)")])?;
    let answers = read_answers(&file)?;
    let assessment = assess(&answers);
    let authored = authored.unwrap_or_else(now_utc);
    Ok(if flag == "--fhir" {
        fhir::bundle(lang, &answers, &assessment, &authored)
    } else {
        fhir::questionnaire_response(lang, &answers, &assessment, &authored)
    })
}

fn option_value<'a>(
    it: &mut std::slice::Iter<'a, String>,
    name: &str,
) -> Result<&'a str, Vec<String>> {
    it.next()
        .map(String::as_str)
        .ok_or_else(|| vec![format!("{name} needs a value (try --help)")])
}

/// A FHIR dateTime to the second with a zone, as `authored` must be for the
/// file to read the same everywhere: `YYYY-MM-DDThh:mm:ss`, then `Z` or `+hh:mm`.
fn checked_date_time(s: &str) -> Result<String, Vec<String>> {
    // The shape, with 9 standing for any digit.
    const SHAPE: &[u8] = b"9999-99-99T99:99:99";
    let b = s.as_bytes();
    let fits = |pattern: &[u8], text: &[u8]| {
        pattern.len() == text.len()
            && pattern.iter().zip(text).all(|(p, c)| match p {
                b'9' => c.is_ascii_digit(),
                b'+' => matches!(c, b'+' | b'-'),
                p => p == c,
            })
    };
    let ok = b.len() > SHAPE.len()
        && fits(SHAPE, &b[..SHAPE.len()])
        && (&b[SHAPE.len()..] == b"Z" || fits(b"+99:99", &b[SHAPE.len()..]));
    if ok {
        Ok(s.to_owned())
    } else {
        Err(vec![format!(
            "--authored {s} is not a date-time with a zone such as 2026-11-27T16:05:09+01:00"
        )])
    }
}

fn fail(lines: Vec<String>) -> ExitCode {
    for line in lines {
        eprintln!("error: {line}");
    }
    ExitCode::from(2)
}

/// Now in UTC as a FHIR dateTime (`2026-11-27T16:05:09Z`), from the system clock.
fn now_utc() -> String {
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
    let in_day = secs % 86_400;
    let (h, m, s) = (in_day / 3600, in_day % 3600 / 60, in_day % 60);
    fhir::date_time(
        (year as u32, month as u32, day as u32),
        (h as u32, m as u32, s as u32),
        0,
    )
}

/// The checked answers in `file`, or one line per problem (the engine's
/// reader: a byte-order mark is skipped, a key given twice is refused, at
/// most 20 lines and echoed values cut short).
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
    engine::read_answers(&text).map_err(|e| e.lines(&name))
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
