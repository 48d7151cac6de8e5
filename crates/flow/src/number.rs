//! Turning what a person typed into a whole number, with a reason when it isn't one.

/// Why typed text (or its absence) is not an acceptable answer yet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputError {
    /// A required question was left empty.
    Required,
    /// Not a number at all (letters, symbols, or absurdly long input).
    NotANumber,
    /// A number with a fraction where a whole number is needed.
    NotWhole,
    TooLow {
        min: i64,
    },
    TooHigh {
        max: i64,
    },
}

impl std::fmt::Display for InputError {
    /// For developers and logs; a person reads the words of the content
    /// tables (`UiText::problem_*`).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            InputError::Required => f.write_str("a required question has no answer"),
            InputError::NotANumber => f.write_str("not a number"),
            InputError::NotWhole => f.write_str("not a whole number"),
            InputError::TooLow { min } => write!(f, "below the lowest answer, {min}"),
            InputError::TooHigh { max } => write!(f, "above the highest answer, {max}"),
        }
    }
}

impl std::error::Error for InputError {}

impl InputError {
    /// A stable id for the message table and tests.
    pub fn id(self) -> &'static str {
        match self {
            InputError::Required => "required",
            InputError::NotANumber => "not_a_number",
            InputError::NotWhole => "not_whole",
            InputError::TooLow { .. } => "too_low",
            InputError::TooHigh { .. } => "too_high",
        }
    }
}

/// No real answer needs more characters; longer text (a paste of a document)
/// is refused before any work is done on it.
const MAX_LEN: usize = 12;

/// Parses `text` as a whole number within `min..=max`. `Ok(None)` means the
/// field is empty.
pub fn parse_number(text: &str, min: i64, max: i64) -> Result<Option<i64>, InputError> {
    if text.len() > MAX_LEN * 4 {
        return Err(InputError::NotANumber);
    }
    let t = text.trim();
    if t.is_empty() {
        return Ok(None);
    }
    if t.len() > MAX_LEN {
        return Err(InputError::NotANumber);
    }
    let (negative, digits) = match t.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, t.strip_prefix('+').unwrap_or(t)),
    };
    let (whole, fraction) = match digits.split_once(['.', ',']) {
        Some((w, f)) => (w, Some(f)),
        None => (digits, None),
    };
    let all_digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if !all_digits(whole) || fraction.is_some_and(|f| !all_digits(f)) {
        return Err(InputError::NotANumber);
    }
    if fraction.is_some_and(|f| f.bytes().any(|b| b != b'0')) {
        return Err(InputError::NotWhole);
    }
    let n: i64 = whole.parse().map_err(|_| InputError::NotANumber)?;
    let n = if negative { -n } else { n };
    if n < min {
        return Err(InputError::TooLow { min });
    }
    if n > max {
        return Err(InputError::TooHigh { max });
    }
    Ok(Some(n))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_whole_numbers_in_range() {
        assert_eq!(parse_number("34", 0, 120), Ok(Some(34)));
        assert_eq!(parse_number(" 7 ", 0, 10), Ok(Some(7)));
        assert_eq!(parse_number("+5", 0, 10), Ok(Some(5)));
        assert_eq!(parse_number("40.0", 0, 120), Ok(Some(40)));
        assert_eq!(parse_number("", 0, 120), Ok(None));
        assert_eq!(parse_number("   ", 0, 120), Ok(None));
    }

    #[test]
    fn explains_what_is_wrong() {
        assert_eq!(parse_number("abc", 0, 120), Err(InputError::NotANumber));
        assert_eq!(parse_number("3x", 0, 120), Err(InputError::NotANumber));
        assert_eq!(parse_number("-", 0, 120), Err(InputError::NotANumber));
        assert_eq!(parse_number("34.5", 0, 120), Err(InputError::NotWhole));
        assert_eq!(
            parse_number("-4", 0, 120),
            Err(InputError::TooLow { min: 0 })
        );
        assert_eq!(
            parse_number("150", 0, 120),
            Err(InputError::TooHigh { max: 120 })
        );
        assert_eq!(
            parse_number("99999999999999999999", 0, 120),
            Err(InputError::NotANumber)
        );
    }

    #[test]
    fn refuses_huge_pastes_without_scanning_them() {
        let paste = "1".repeat(3 * 1024 * 1024);
        assert_eq!(parse_number(&paste, 0, 120), Err(InputError::NotANumber));
    }
}
