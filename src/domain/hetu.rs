//! Finnish personal identity codes (henkilötunnus): DDMMYY, a century sign, a three-digit
//! individual number and a mod-31 check character. The 2023 reform added the century signs
//! Y X W V U (1900s) and B C D E F (2000s) beside - and A.

use chrono::NaiveDate;

use crate::error::UserError;
use crate::text;

const FIELD: &str = "--hetu";
const CHECK_CHARACTERS: &[u8; 31] = b"0123456789ABCDEFHJKLMNPRSTUVWXY";

/// A validated identity code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hetu {
    /// All 11 characters as given (letters upper-cased).
    pub code: String,
    pub birth_date: NaiveDate,
    /// Individual numbers 900–999 are temporary codes given by some units.
    pub temporary: bool,
}

fn century(sign: char) -> Option<i32> {
    match sign {
        '+' => Some(1800),
        '-' | 'Y' | 'X' | 'W' | 'V' | 'U' => Some(1900),
        'A' | 'B' | 'C' | 'D' | 'E' | 'F' => Some(2000),
        _ => None,
    }
}

/// The check character for the nine digits DDMMYYZZZ.
pub fn check_character(digits: u32) -> char {
    char::from(CHECK_CHARACTERS[(digits % 31) as usize])
}

/// Validates `input`; `allow_temporary` is the explicit flag that admits numbers 900–999.
/// The birth date of a stored identity code (temporary codes included), if it reads as one.
pub fn birth_date(code: &str) -> Option<NaiveDate> {
    parse(code, true).ok().map(|h| h.birth_date)
}

pub fn parse(input: &str, allow_temporary: bool) -> Result<Hetu, UserError> {
    let code = input.trim().to_uppercase();
    let invalid = |message: String| UserError::invalid(FIELD, message);
    let chars: Vec<char> = code.chars().collect();
    if chars.len() != 11 {
        return Err(invalid(text::hetu_length(chars.len())));
    }
    let digits_at = |range: std::ops::Range<usize>| -> Option<u32> {
        let part: String = chars[range].iter().collect();
        part.chars()
            .all(|c| c.is_ascii_digit())
            .then(|| part.parse().ok())
            .flatten()
    };
    let (Some(date_part), Some(individual)) = (digits_at(0..6), digits_at(7..10)) else {
        return Err(invalid(text::hetu_digits()));
    };
    let century = century(chars[6]).ok_or_else(|| invalid(text::hetu_century(chars[6])))?;
    let (day, month, year) = (date_part / 10000, date_part / 100 % 100, date_part % 100);
    let birth_date = NaiveDate::from_ymd_opt(century + year as i32, month, day)
        .ok_or_else(|| invalid(text::hetu_date(&code[0..6])))?;
    if individual < 2 {
        return Err(invalid(text::hetu_individual(&code[7..10])));
    }
    let temporary = individual >= 900;
    if temporary && !allow_temporary {
        return Err(invalid(text::hetu_temporary(&code[7..10])));
    }
    if check_character(date_part * 1000 + individual) != chars[10] {
        return Err(invalid(text::hetu_check().to_string()));
    }
    Ok(Hetu {
        code,
        birth_date,
        temporary,
    })
}

/// Builds a valid code; used by the demo generator and tests (with temporary numbers, which
/// never belong to a real person's permanent code).
pub fn compose(birth_date: NaiveDate, sign: char, individual: u32) -> String {
    use chrono::Datelike;
    let date_part =
        birth_date.day() * 10000 + birth_date.month() * 100 + (birth_date.year() % 100) as u32;
    format!(
        "{:06}{sign}{:03}{}",
        date_part,
        individual,
        check_character(date_part * 1000 + individual)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_published_example_is_valid() {
        let hetu = parse("131052-308T", false).expect("valid");
        assert_eq!(hetu.birth_date.to_string(), "1952-10-13");
        assert!(!hetu.temporary);
    }

    #[test]
    fn every_century_sign_is_accepted() {
        for (sign, year) in [
            ('+', 1852),
            ('-', 1952),
            ('Y', 1952),
            ('X', 1952),
            ('W', 1952),
            ('V', 1952),
            ('U', 1952),
            ('A', 2052),
            ('B', 2052),
            ('C', 2052),
            ('D', 2052),
            ('E', 2052),
            ('F', 2052),
        ] {
            let date = NaiveDate::from_ymd_opt(year, 10, 13).expect("date");
            let code = compose(date, sign, 308);
            let hetu = parse(&code, false).unwrap_or_else(|e| panic!("{code}: {e}"));
            assert_eq!(hetu.birth_date, date);
            assert_eq!(hetu.code, code);
        }
    }

    #[test]
    fn defects_are_refused() {
        let refused = |code: &str| parse(code, false).is_err();
        assert!(refused("131052-308U"), "wrong check character");
        assert!(refused("300223-308T"), "impossible date");
        assert!(refused("290223A308T"), "2023 is not a leap year");
        assert!(refused("131052-000T"));
        assert!(refused("131052-001T"));
        assert!(refused("131052G308T"), "unknown century sign");
        assert!(refused("131052-308"), "too short");
        assert!(refused("13105a-308T"));
    }

    #[test]
    fn temporary_numbers_need_the_flag() {
        let date = NaiveDate::from_ymd_opt(1980, 1, 1).expect("date");
        let code = compose(date, '-', 912);
        assert!(parse(&code, false).is_err());
        assert!(parse(&code, true).expect("valid with flag").temporary);
    }

    #[test]
    fn lower_case_is_accepted_and_stored_upper_case() {
        let date = NaiveDate::from_ymd_opt(2004, 2, 29).expect("date");
        let code = compose(date, 'B', 245);
        let hetu = parse(&code.to_lowercase(), false).expect("valid");
        assert_eq!(hetu.code, code);
    }
}
