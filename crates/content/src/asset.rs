//! One language's words as a file of their own, so the widget's wasm
//! carries code and a reader downloads only the language in use.
//!
//! [`encode`] writes a bundled [`Lang`] (the build does it for every
//! language: `examples/texts.rs`); `decode` reads the file back into the
//! same [`Lang`], its strings borrowed from the file's text.
//!
//! The format is plain UTF-8, one string a line, in a fixed order: what the
//! wasm needs to know (ids, which options a question has) comes from the
//! engine's tables and the order below, so the file holds words and only
//! the few numbers and ids whose count may differ between languages. That
//! keeps it small and the reader tiny (no JSON parser for prose).
//!
//! 1. `back-pain-check texts 1 <code>`
//! 2. the word structs, field by field in [`word_structs!`]'s order; a
//!    list of any length (the safety-net signs) after its length, a
//!    fixed-size array (the months) as its items;
//! 3. each question in the question table's order: text, help, then its
//!    options' labels in the engine's order;
//! 4. section titles; triage titles and actions; red flags, patterns, risk
//!    factors and the other reasons, each title then text;
//! 5. the `said` table: its length, then question id, yes, no;
//! 6. each advice item in [`Advice`]'s order: its group's number in
//!    [`AdviceGroup::ALL`], title, summary, the number of paragraphs, the
//!    paragraphs.
//!
//! A string cannot hold a line break: [`encode`] refuses one. The tests
//! read every bundled language back and compare every string by key.

use std::fmt;

use super::*;
use crate::engine::question;
use crate::strings::word_structs;

/// The first line of every language file, before its code. A new version
/// of the format changes it, so a stale file is refused, never misread.
const HEADER: &str = "back-pain-check texts 1";

/// Why a language file could not be written or read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TextsError {
    /// The first line is not this format's header: another file, or a
    /// version of the format this widget does not read.
    NotTexts,
    /// The header names a language the widget does not speak.
    UnknownLanguage(String),
    /// The file ended before every string was read.
    Ended,
    /// Line `line` should hold `expected` (a number, a question id).
    Bad { line: usize, expected: &'static str },
    /// Text remains after the last string, from line `line`.
    Extra { line: usize },
    /// A string to write holds a line break (its opening words).
    LineBreak(String),
}

impl fmt::Display for TextsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TextsError::NotTexts => write!(f, "not a back-pain-check language file ({HEADER})"),
            TextsError::UnknownLanguage(code) => write!(f, "the widget does not speak {code:?}"),
            TextsError::Ended => write!(f, "the language file ends too early"),
            TextsError::Bad { line, expected } => write!(f, "line {line}: expected {expected}"),
            TextsError::Extra { line } => write!(f, "line {line}: more than the widget reads"),
            TextsError::LineBreak(start) => write!(f, "a string holds a line break: {start:?}"),
        }
    }
}

impl std::error::Error for TextsError {}

/// A language's words as a language file.
pub fn encode(l: &Lang) -> Result<String, TextsError> {
    let mut w = Writer(format!("{HEADER} {}\n", l.code));
    word_structs!(write_words!(w, l;));
    for q in l.questions {
        w.line(q.text)?;
        w.line(q.help)?;
        for (_, label) in q.options {
            w.line(label)?;
        }
    }
    for (_, title) in l.sections {
        w.line(title)?;
    }
    for t in l.triage {
        w.line(t.title)?;
        w.line(t.action)?;
    }
    let explainers = (l.red_flags.iter().map(Explainer::words))
        .chain(l.patterns.iter().map(Explainer::words))
        .chain(l.risk_factors.iter().map(Explainer::words))
        .chain(l.reasons.iter().map(Explainer::words));
    for e in explainers {
        w.line(e.title)?;
        w.line(e.text)?;
    }
    w.line(&l.said.len().to_string())?;
    for s in l.said {
        w.line(s.id.id())?;
        w.line(s.yes)?;
        w.line(s.no)?;
    }
    for a in l.advice {
        let group = AdviceGroup::ALL.iter().position(|g| *g == a.group);
        w.line(&group.unwrap_or_default().to_string())?;
        w.line(a.title)?;
        w.line(a.summary)?;
        a.body.write(&mut w)?;
    }
    Ok(w.0)
}

/// The language a language file names, without reading the rest.
pub(crate) fn language_of(file: &str) -> Result<&'static Language, TextsError> {
    let first = file.split('\n').next().unwrap_or_default();
    let code = first
        .strip_prefix(HEADER)
        .and_then(|rest| rest.strip_prefix(' '))
        .ok_or(TextsError::NotTexts)?;
    language(code).ok_or_else(|| TextsError::UnknownLanguage(code.to_owned()))
}

/// Reads a language file written by [`encode`] into its [`Lang`].
pub(crate) fn decode(file: &'static str) -> Result<Lang, TextsError> {
    let code = language_of(file)?.code;
    let mut r = Reader {
        lines: file.split('\n'),
        at: 1,
        ended: false,
    };
    r.lines.next();
    let (ui, result, remember, export) = word_structs!(read_words!(r;));
    let questions = table(Q::ALL.iter().map(|&id| {
        Ok(QuestionText {
            id,
            text: r.line(),
            help: r.line(),
            options: leak_slice(
                (question(id).kind.options().iter())
                    .map(|&o| (o, r.line()))
                    .collect(),
            ),
        })
    }))?;
    let sections = table(Section::ALL.iter().map(|&s| Ok((s, r.line()))))?;
    let triage = table(Triage::ALL.iter().map(|&id| {
        Ok(TriageText {
            id,
            title: r.line(),
            action: r.line(),
        })
    }))?;
    let red_flags = table(RedFlag::ALL.iter().map(|&id| Ok(r.explainer(id))))?;
    let patterns = table(Pattern::ALL.iter().map(|&id| Ok(r.explainer(id))))?;
    let risk_factors = table(Risk::ALL.iter().map(|&id| Ok(r.explainer(id))))?;
    let reasons = table(
        ReasonId::ALL[RedFlag::COUNT..]
            .iter()
            .map(|&id| Ok(r.explainer(id))),
    )?;
    let said = (0..r.number()?)
        .map(|_| {
            Ok(Said {
                id: r.id(Q::from_id, "a question id")?,
                yes: r.line(),
                no: r.line(),
            })
        })
        .collect::<Result<Vec<_>, _>>()?;
    let advice = table(Advice::ALL.iter().map(|&id| {
        Ok(AdviceText {
            id,
            group: r.id(
                |n| {
                    n.parse()
                        .ok()
                        .and_then(|i: usize| AdviceGroup::ALL.get(i).copied())
                },
                "an advice group",
            )?,
            title: r.line(),
            summary: r.line(),
            body: Lines::read(&mut r)?,
        })
    }))?;
    // The file ends with the line break after the last string.
    match (r.ended, r.lines.next(), r.lines.next()) {
        (false, Some(""), None) => {}
        (true, ..) | (_, None, _) => return Err(TextsError::Ended),
        _ => return Err(TextsError::Extra { line: r.at + 1 }),
    }
    Ok(Lang {
        code,
        ui,
        result,
        remember,
        export,
        questions,
        sections,
        triage,
        red_flags,
        patterns,
        risk_factors,
        reasons,
        advice,
        said: leak_slice(said),
    })
}

/// Writes each field of the word structs (see [`word_structs!`]).
macro_rules! write_words {
    ($w:ident, $l:ident; $($part:ident $ty:ident { $($f:ident),* } [$($list:ident),*];)*) => {
        $(
            $( $w.line($l.$part.$f)?; )*
            $( $l.$part.$list.write(&mut $w)?; )*
        )*
    };
}
use write_words;

/// Reads the word structs, as a tuple in [`word_structs!`]'s order. Each
/// struct literal names every field, so none can be left unread.
macro_rules! read_words {
    ($r:ident; $($part:ident $ty:ident { $($f:ident),* } [$($list:ident),*];)*) => {
        ($(
            leak($ty {
                $( $f: $r.line(), )*
                $( $list: Lines::read(&mut $r)?, )*
            }),
        )*)
    };
}
use read_words;

struct Writer(String);

impl Writer {
    fn line(&mut self, s: &str) -> Result<(), TextsError> {
        if s.contains(['\n', '\r']) {
            return Err(TextsError::LineBreak(s.chars().take(40).collect()));
        }
        self.0.push_str(s);
        self.0.push('\n');
        Ok(())
    }
}

struct Reader {
    lines: std::str::Split<'static, char>,
    /// The number of the line read last (the header is line 1).
    at: usize,
    /// A line was asked for after the last one: the file is short.
    ended: bool,
}

impl Reader {
    /// The next line; "" past the end, which `decode` reports once at the
    /// end (one check, not one per string: the reader stays small).
    fn line(&mut self) -> &'static str {
        self.at += 1;
        self.lines.next().unwrap_or_else(|| {
            self.ended = true;
            ""
        })
    }

    /// A line read by `parse`, which names what it expects.
    fn id<T>(
        &mut self,
        parse: impl Fn(&str) -> Option<T>,
        expected: &'static str,
    ) -> Result<T, TextsError> {
        let line = self.line();
        if self.ended {
            return Err(TextsError::Ended);
        }
        parse(line).ok_or(TextsError::Bad {
            line: self.at,
            expected,
        })
    }

    /// A count (of paragraphs, signs, `said` entries): never above 100, so
    /// a damaged file cannot ask for a huge allocation.
    fn number(&mut self) -> Result<usize, TextsError> {
        self.id(
            |s| s.parse().ok().filter(|n| *n <= 100),
            "a count up to 100",
        )
    }

    fn explainer<I>(&mut self, id: I) -> Explainer<I> {
        Explainer {
            id,
            title: self.line(),
            text: self.line(),
        }
    }
}

/// How a list field of a word struct is written and read: a list of any
/// length after its length, a fixed-size array as its items.
trait Lines: Sized {
    fn write(&self, w: &mut Writer) -> Result<(), TextsError>;
    fn read(r: &mut Reader) -> Result<Self, TextsError>;
}

impl Lines for &'static [&'static str] {
    fn write(&self, w: &mut Writer) -> Result<(), TextsError> {
        w.line(&self.len().to_string())?;
        self.iter().try_for_each(|s| w.line(s))
    }

    fn read(r: &mut Reader) -> Result<Self, TextsError> {
        let n = r.number()?;
        Ok(leak_slice((0..n).map(|_| r.line()).collect()))
    }
}

impl<const N: usize> Lines for [&'static str; N] {
    fn write(&self, w: &mut Writer) -> Result<(), TextsError> {
        self.iter().try_for_each(|s| w.line(s))
    }

    fn read(r: &mut Reader) -> Result<Self, TextsError> {
        Ok(std::array::from_fn(|_| r.line()))
    }
}

// A language's tables live as long as the page: the widget keeps every
// language it has loaded (at most one file each), so they are leaked into
// `'static` like the bundled tables, and every lookup stays a borrow.

fn leak<T>(value: T) -> &'static T {
    Box::leak(Box::new(value))
}

fn leak_slice<T>(items: Vec<T>) -> &'static [T] {
    Box::leak(items.into_boxed_slice())
}

/// A table of `N` entries, one per id of an enum (`N` is its `COUNT`).
fn table<T, const N: usize>(
    entries: impl Iterator<Item = Result<T, TextsError>>,
) -> Result<&'static [T; N], TextsError> {
    let entries: Box<[T]> = entries.collect::<Result<_, _>>()?;
    // The iterators above walk an enum's `ALL`, whose length is `N`.
    let table: Box<[T; N]> = entries.try_into().map_err(|_| TextsError::Ended)?;
    Ok(Box::leak(table))
}

#[cfg(all(test, feature = "bundled"))]
mod tests {
    use super::*;

    fn read(l: &Lang) -> Lang {
        decode(Box::leak(encode(l).unwrap().into_boxed_str())).unwrap()
    }

    /// Every string of every language comes back under its key, and the
    /// ids, groups and options with it.
    #[test]
    fn every_language_reads_back_as_written() {
        for l in BUNDLED {
            let back = read(l);
            assert_eq!(back.code, l.code);
            assert_eq!(back.strings(), l.strings(), "{}", l.code);
            for (a, b) in back.advice.iter().zip(l.advice) {
                assert_eq!((a.id, a.group), (b.id, b.group));
            }
            for (a, b) in back.questions.iter().zip(l.questions) {
                assert_eq!(a.options, b.options);
            }
            let said = |l: &Lang| l.said.iter().map(|s| s.id).collect::<Vec<_>>();
            assert_eq!(said(&back), said(l));
        }
    }

    #[test]
    fn a_damaged_or_foreign_file_is_refused_with_its_reason() {
        let en = encode(BUNDLED[0]).unwrap();
        let leaked = |s: String| -> &'static str { Box::leak(s.into_boxed_str()) };
        assert_eq!(
            decode(leaked("<!doctype html>".into())).err(),
            Some(TextsError::NotTexts)
        );
        assert_eq!(
            decode(leaked(en.replacen("texts 1 en", "texts 2 en", 1))).err(),
            Some(TextsError::NotTexts)
        );
        assert_eq!(
            decode(leaked(en.replacen(" 1 en\n", " 1 xx\n", 1))).err(),
            Some(TextsError::UnknownLanguage("xx".into()))
        );
        let half = en[..en.len() / 2].to_owned();
        assert!(matches!(
            decode(leaked(half)).err(),
            Some(TextsError::Ended | TextsError::Bad { .. })
        ));
        assert_eq!(
            decode(leaked(format!("{en}more\n"))).err(),
            Some(TextsError::Extra {
                line: en.lines().count() + 1
            })
        );
        // The `said` count sits after the explainers: a count that is not a
        // number names its line.
        let lines: Vec<&str> = en.lines().collect();
        let said_at = lines
            .iter()
            .position(|l| *l == BUNDLED[0].said.len().to_string())
            .unwrap();
        let mut bad = lines.clone();
        bad[said_at] = "many";
        assert_eq!(
            decode(leaked(bad.join("\n") + "\n")).err(),
            Some(TextsError::Bad {
                line: said_at + 1,
                expected: "a count up to 100"
            })
        );
        assert!(!TextsError::Ended.to_string().is_empty());
    }

    #[test]
    fn a_line_break_in_a_string_is_refused() {
        let mut w = Writer(String::new());
        assert_eq!(
            w.line("two\nlines"),
            Err(TextsError::LineBreak("two\nlines".into()))
        );
    }
}
