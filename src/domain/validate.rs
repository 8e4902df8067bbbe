//! Field validation. Every function names the field it refused and says what is allowed, so the
//! message alone tells the coordinator what to fix.

use chrono::NaiveDate;
use unicode_normalization::UnicodeNormalization;

use super::chars;
use crate::error::UserError;
use crate::text;

type Checked<T> = Result<T, UserError>;

/// Rejects control characters and bidirectional overrides, isolates and marks, naming the code
/// point; `multiline` admits line feeds and tabs in free text.
fn no_controls(field: &str, value: &str, multiline: bool) -> Checked<()> {
    match value.chars().find(|c| chars::is_disallowed(*c, multiline)) {
        Some(c) if chars::is_bidi_control(c) => {
            Err(UserError::invalid(field, text::bidi_character(c)))
        }
        Some(c) => Err(UserError::invalid(field, text::control_character(c))),
        None => Ok(()),
    }
}

/// Text as moty stores it: composed Unicode (NFC), so "A\u{308}" typed on one keyboard and "Ä"
/// on another are the same name, letter for letter, in look-ups, checks and exports; and Windows
/// line ends (CR LF) as line feeds. A carriage return on its own stays, and is refused.
pub fn normalised(value: &str) -> String {
    let value = value.replace("\r\n", "\n");
    // Most text is composed already (ASCII always is): the quick check says so without
    // decomposing and composing it again (a sixth of reading a referral sheet's rows).
    if value.is_ascii()
        || unicode_normalization::is_nfc_quick(value.chars())
            == unicode_normalization::IsNormalized::Yes
    {
        return value;
    }
    value.nfc().collect()
}

fn bounded(field: &str, value: &str, max: usize) -> Checked<String> {
    let value = normalised(value);
    let value = value.trim();
    if value.is_empty() {
        return Err(UserError::invalid(field, text::empty()));
    }
    let length = value.chars().count();
    if length > max {
        return Err(UserError::invalid(field, text::too_long(max, length)));
    }
    Ok(value.to_string())
}

/// A one-line text such as a unit name or a contact.
pub fn line(field: &str, value: &str, max: usize) -> Checked<String> {
    let value = bounded(field, value, max)?;
    no_controls(field, &value, false)?;
    Ok(value)
}

/// Free text that may span lines, such as the reason for referral.
pub fn block(field: &str, value: &str, max: usize) -> Checked<String> {
    let value = bounded(field, value, max)?;
    no_controls(field, &value, true)?;
    Ok(value)
}

/// A person's name: letters, spaces, hyphens, apostrophes and full stops.
pub fn person_name(field: &str, value: &str) -> Checked<String> {
    let value = line(field, value, 200)?;
    let allowed = |c: char| c.is_alphabetic() || matches!(c, ' ' | '-' | '\'' | '’' | '.');
    if let Some(c) = value.chars().find(|c| !allowed(*c)) {
        return Err(UserError::invalid(field, text::name_character(c)));
    }
    if !value.chars().any(char::is_alphabetic) {
        return Err(UserError::invalid(field, text::name_character(' ')));
    }
    Ok(value)
}

/// A place or region name: letters, digits, spaces and hyphens.
pub fn place(field: &str, value: &str) -> Checked<String> {
    let value = line(field, value, 80)?;
    let allowed = |c: char| c.is_alphanumeric() || matches!(c, ' ' | '-');
    if let Some(c) = value.chars().find(|c| !allowed(*c)) {
        return Err(UserError::invalid(field, text::place_character(c)));
    }
    Ok(value)
}

/// A phone number: an optional leading +, then 5 to 15 digits with spaces, hyphens or
/// parentheses between them. Stored as written (trimmed).
pub fn phone(field: &str, value: &str) -> Checked<String> {
    let value = line(field, value, 30)?;
    let body = value.strip_prefix('+').unwrap_or(&value);
    let shape_ok = body
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '-' | '(' | ')'));
    let digits = body.chars().filter(char::is_ascii_digit).count();
    if !shape_ok || !(5..=15).contains(&digits) {
        return Err(UserError::invalid(field, text::phone_shape()));
    }
    Ok(value)
}

/// A calendar date as `YYYY-MM-DD` (or the Finnish `D.M.YYYY`), not after `today`:
/// the register records what has happened.
pub fn past_date(field: &str, value: &str, today: NaiveDate) -> Checked<NaiveDate> {
    let date = date(field, value)?;
    if date > today {
        return Err(UserError::invalid(field, text::in_future(date, today)));
    }
    Ok(date)
}

/// An optional date that defaults to today; never in the future.
pub fn date_or_today(field: &str, value: &Option<String>, today: NaiveDate) -> Checked<NaiveDate> {
    value
        .as_deref()
        .map_or(Ok(today), |v| past_date(field, v, today))
}

/// Optional free text.
pub fn optional_block(field: &str, value: &Option<String>, max: usize) -> Checked<Option<String>> {
    value.as_deref().map(|v| block(field, v, max)).transpose()
}

/// `key=value;key=value` as given in `--pathway` and `--action`; every key must be one of
/// `allowed`, and none may repeat.
pub fn fields(
    field: &str,
    value: &str,
    allowed: &[&str],
) -> Checked<std::collections::BTreeMap<String, String>> {
    let mut out = std::collections::BTreeMap::new();
    for part in value.split(';').map(str::trim).filter(|p| !p.is_empty()) {
        let (key, val) = part
            .split_once('=')
            .ok_or_else(|| UserError::invalid(field, text::fields_shape(part, allowed)))?;
        let key = key.trim().to_lowercase();
        if !allowed.contains(&key.as_str()) {
            return Err(UserError::invalid(field, text::fields_shape(part, allowed)));
        }
        if out.insert(key.clone(), val.trim().to_string()).is_some() {
            return Err(UserError::invalid(field, text::field_twice(&key)));
        }
    }
    Ok(out)
}

/// `N=VALUE`, as in `--pathway-status 2=booked`.
pub fn numbered(field: &str, value: &str) -> Checked<(usize, String)> {
    value
        .split_once('=')
        .and_then(|(n, v)| {
            Some((
                n.trim().parse::<usize>().ok().filter(|n| *n >= 1)?,
                v.trim().to_string(),
            ))
        })
        .ok_or_else(|| UserError::invalid(field, text::numbered_shape(value)))
}

/// The years a date may have: the register starts in 1900 (no client of a social and health care
/// register was referred before), and 2199 keeps dates four digits long.
pub const YEARS: std::ops::RangeInclusive<i32> = 1900..=2199;

/// A calendar date as `YYYY-MM-DD` or `D.M.YYYY` (`domain::when`), in the years 1900–2199.
pub fn date(field: &str, value: &str) -> Checked<NaiveDate> {
    let value = value.trim();
    let date = super::when::date(value)
        .ok_or_else(|| UserError::invalid(field, text::not_a_date(value)))?;
    if !YEARS.contains(&chrono::Datelike::year(&date)) {
        return Err(UserError::invalid(field, text::date_years(value)));
    }
    Ok(date)
}

/// A time of day as `HH:MM` or `H.MM`, `klo` optional (`domain::when`).
pub fn clock_time(field: &str, value: &str) -> Checked<chrono::NaiveTime> {
    super::when::clock_time(value)
        .ok_or_else(|| UserError::invalid(field, text::not_a_clock_time(value)))
}

/// A Helsinki wall-clock time as `YYYY-MM-DD HH:MM` or `D.M.YYYY klo H.MM` (`domain::when`) that
/// exists (not in the hour skipped in spring), in the years 1900–2199.
pub fn date_time(field: &str, value: &str) -> Checked<chrono::NaiveDateTime> {
    super::when::date_time(value)
        .filter(|at| super::calendar::helsinki_to_utc(*at).is_some())
        .filter(|at| YEARS.contains(&chrono::Datelike::year(at)))
        .ok_or_else(|| UserError::invalid(field, text::not_a_time(value)))
}

/// A date of something the client did (a referral, a consent), not before the client's birth.
pub fn not_before_birth(field: &str, date: NaiveDate, birth: Option<NaiveDate>) -> Checked<()> {
    match birth {
        Some(birth) if date < birth => {
            Err(UserError::invalid(field, text::before_birth(date, birth)))
        }
        _ => Ok(()),
    }
}

/// An e-mail address: one `@`, a non-empty local part, a domain with a dot between non-empty
/// labels, no spaces.
pub fn email(field: &str, value: &str) -> Checked<String> {
    let value = line(field, value, 200)?;
    let well_formed = value.split_once('@').is_some_and(|(local, domain)| {
        !local.is_empty()
            && !domain.contains('@')
            && domain.contains('.')
            && domain.split('.').all(|label| !label.is_empty())
    }) && !value.chars().any(char::is_whitespace);
    if !well_formed {
        return Err(UserError::invalid(field, text::email_shape()));
    }
    Ok(value)
}

/// How old a client is on a date, as far as the register knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Age {
    /// Certainly under 18: by the birth date, or by the birth year (born within 17 years).
    Under18,
    /// Certainly 18 or over.
    Adult,
    /// No birth date, or a birth year that leaves both possible (the year they turn 18).
    Unknown,
}

/// The client's age class on `on`, from the identity code's birth date or else the birth year.
pub fn age_at(on: NaiveDate, birth: Option<NaiveDate>, birth_year: Option<i32>) -> Age {
    use chrono::Datelike;
    match (birth, birth_year) {
        (Some(birth), _) => match birth.checked_add_months(chrono::Months::new(18 * 12)) {
            Some(adult_on) if on < adult_on => Age::Under18,
            _ => Age::Adult,
        },
        (None, Some(year)) if on.year() - year < 18 => Age::Under18,
        (None, Some(year)) if on.year() - year > 18 => Age::Adult,
        _ => Age::Unknown,
    }
}

/// A birth year, used when the client has no identity code.
pub fn birth_year(field: &str, value: u32, today: NaiveDate) -> Checked<i32> {
    let this_year = chrono::Datelike::year(&today);
    let year = i32::try_from(value).unwrap_or(i32::MAX);
    if !(this_year - 125..=this_year).contains(&year) {
        return Err(UserError::invalid(
            field,
            text::birth_year_range(this_year - 125, this_year),
        ));
    }
    Ok(year)
}

/// A case id `YYYY-NNNN`, or more digits after the year's 9,999th case ("2026-10000"); the
/// number's leading zeros may be left out ("2026-7" is 2026-0007).
/// A canonical base URL for the FHIR export: `http://` or `https://`, a host, printable ASCII
/// with no spaces, no query or fragment, no trailing slash, at most 200 characters.
pub fn canonical_base(field: &str, value: &str) -> Checked<String> {
    let value = value.trim();
    let rest = value
        .strip_prefix("https://")
        .or_else(|| value.strip_prefix("http://"));
    let host = rest.and_then(|r| r.split('/').next()).unwrap_or("");
    let fits = rest.is_some()
        && !host.is_empty()
        && value.len() <= 200
        && value.chars().all(|c| c.is_ascii_graphic())
        && !value.contains(['?', '#'])
        && !value.ends_with('/');
    if fits {
        Ok(value.to_string())
    } else {
        Err(UserError::invalid(field, text::canonical_base_shape(value)))
    }
}

/// An ISO object identifier as FHIR's `oid` type writes it after `urn:oid:`: arcs of digits
/// separated by full stops, the first 0, 1 or 2, none with a leading zero, at least two.
pub fn oid(field: &str, value: &str) -> Checked<String> {
    let value = value.trim();
    let value = value.strip_prefix("urn:oid:").unwrap_or(value);
    let arcs: Vec<&str> = value.split('.').collect();
    let arc = |a: &&str| {
        !a.is_empty()
            && a.len() <= 20
            && a.chars().all(|c| c.is_ascii_digit())
            && (*a == "0" || !a.starts_with('0'))
    };
    let fits = value.len() <= 128
        && arcs.len() >= 2
        && arcs.iter().all(arc)
        && matches!(arcs[0], "0" | "1" | "2");
    if fits {
        Ok(value.to_string())
    } else {
        Err(UserError::invalid(field, text::oid_shape(value)))
    }
}

pub fn case_id(field: &str, value: &str) -> Checked<String> {
    let value = value.trim();
    let digits = |s: &str, lengths: std::ops::RangeInclusive<usize>| {
        lengths.contains(&s.len()) && s.chars().all(|c| c.is_ascii_digit())
    };
    value
        .split_once('-')
        .filter(|(year, number)| digits(year, 4..=4) && digits(number, 1..=7))
        // Only the four-digit form is padded: "2026-00001" is no case's id, and reading it as
        // 2026-0001 would let one case go by two names.
        .filter(|(_, number)| number.len() <= 4 || !number.starts_with('0'))
        .map(|(year, number)| format!("{year}-{number:0>4}"))
        .filter(|id| !id.ends_with("-0000"))
        .ok_or_else(|| UserError::invalid(field, text::case_id_shape(value)))
}

/// The optional `--reason` of a look-up, validated.
pub fn access_reason(reason: &Option<String>) -> Checked<Option<String>> {
    reason
        .as_deref()
        .map(|r| line("--reason", r, 500))
        .transpose()
}

/// A case id's year and number, so ids sort as numbers ("2026-9999" before "2026-10000"); a text
/// that is not a case id sorts first.
pub fn case_sort_key(id: &str) -> (u32, u32) {
    id.split_once('-')
        .and_then(|(year, number)| Some((year.parse().ok()?, number.parse().ok()?)))
        .unwrap_or((0, 0))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 23).expect("date")
    }

    #[test]
    fn age_counts_whole_years_and_a_leap_day_birth_comes_of_age_on_the_last_day_of_february() {
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).expect("date");
        assert_eq!(
            age_at(d(2026, 11, 22), Some(d(2008, 11, 23)), None),
            Age::Under18
        );
        assert_eq!(
            age_at(d(2026, 11, 23), Some(d(2008, 11, 23)), None),
            Age::Adult
        );
        // Counted as the Act on reckoning time limits does: no 29th, the month's last day.
        assert_eq!(
            age_at(d(2026, 2, 27), Some(d(2008, 2, 29)), None),
            Age::Under18
        );
        assert_eq!(
            age_at(d(2026, 2, 28), Some(d(2008, 2, 29)), None),
            Age::Adult
        );
        // The code's birth date wins over a birth year.
        assert_eq!(age_at(today(), Some(d(1990, 1, 1)), Some(2015)), Age::Adult);
        assert_eq!(age_at(today(), None, Some(2009)), Age::Under18);
        assert_eq!(age_at(today(), None, Some(2008)), Age::Unknown);
        assert_eq!(age_at(today(), None, Some(2007)), Age::Adult);
        assert_eq!(age_at(today(), None, None), Age::Unknown);
    }

    #[test]
    fn names_allow_real_names_and_refuse_code() {
        assert!(person_name("--name", "Ella-Maria O'Neill-Mäkelä").is_ok());
        assert!(person_name("--name", "Robert'); DROP TABLE clients;--").is_err());
        assert!(person_name("--name", "   ").is_err());
        assert!(person_name("--name", "'-.").is_err());
        assert!(person_name("--name", "Anna\u{7}").is_err());
        assert!(person_name("--name", "Anna\u{202E}").is_err());
    }

    #[test]
    fn decomposed_letters_are_stored_composed() {
        let typed = "A\u{308}ija\u{308}la\u{308}";
        assert_eq!(person_name("--name", typed).expect("valid"), "Äijälä");
        assert_eq!(block("--reason", "a\r\nb", 10).expect("valid"), "a\nb");
        assert!(block("--reason", "a\rb", 10).is_err());
    }

    #[test]
    fn bidirectional_controls_are_refused_naming_the_code_point() {
        for c in [
            '\u{202A}', '\u{202E}', '\u{2066}', '\u{2069}', '\u{200E}', '\u{200F}',
        ] {
            let err = block("--reason", &format!("a{c}b"), 10).expect_err("refused");
            assert!(
                err.to_string().contains(&format!("U+{:04X}", u32::from(c))),
                "{err}"
            );
        }
    }

    #[test]
    fn dates_must_exist_and_not_be_in_the_future() {
        assert!(past_date("--on", "2026-02-30", today()).is_err());
        assert!(past_date("--on", "2026-11-24", today()).is_err());
        assert_eq!(
            past_date("--on", "1.2.2026", today()).expect("finnish form"),
            NaiveDate::from_ymd_opt(2026, 2, 1).expect("date")
        );
    }

    #[test]
    fn dates_before_1900_are_refused() {
        assert!(date("--on", "1899-12-31").is_err());
        assert!(date("--on", "1.1.1900").is_ok());
        assert!(date("--on", "0001-01-01").is_err());
    }

    #[test]
    fn e_mail_addresses_need_one_at_a_local_part_and_a_dotted_domain() {
        assert!(email("--email", "aino.esimerkki@kotka.fi").is_ok());
        for bad in [
            "a@@b",
            "a@b",
            "@kotka.fi",
            "a b@kotka.fi",
            "a@kotka.",
            "a@.fi",
            "a@b@c.fi",
        ] {
            assert!(email("--email", bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn case_ids_are_padded() {
        assert_eq!(case_id("CASE", "2026-7").expect("valid"), "2026-0007");
        assert_eq!(case_id("CASE", " 2026-0123 ").expect("valid"), "2026-0123");
        assert!(case_id("CASE", "2026-0").is_err());
        assert!(case_id("CASE", "26-0001").is_err());
        assert!(case_id("CASE", "2026-00001").is_err());
        assert!(case_id("CASE", "2026-000A").is_err());
    }

    #[test]
    fn case_numbers_go_on_past_9999_without_padding() {
        assert_eq!(case_id("CASE", "2026-10000").expect("valid"), "2026-10000");
        assert_eq!(
            case_id("CASE", "2026-9999999").expect("valid"),
            "2026-9999999"
        );
        assert!(case_id("CASE", "2026-10000000").is_err(), "eight digits");
        assert!(
            case_id("CASE", "2026-01000").is_err(),
            "a padded five-digit number"
        );
        assert!(case_id("CASE", "2026-1000A").is_err());
    }

    #[test]
    fn case_ids_sort_as_numbers() {
        let mut ids = vec!["2026-10000", "2027-0001", "2026-9999", "2026-0002"];
        ids.sort_by_key(|id| case_sort_key(id));
        assert_eq!(ids, ["2026-0002", "2026-9999", "2026-10000", "2027-0001"]);
    }

    #[test]
    fn phones_need_five_to_fifteen_digits() {
        assert!(phone("--phone", "+358 40 123 4567").is_ok());
        assert!(phone("--phone", "040-1234567").is_ok());
        assert!(phone("--phone", "1234").is_err());
        assert!(phone("--phone", "040 123 4567; --").is_err());
    }

    #[test]
    fn free_text_keeps_line_breaks_but_not_other_controls() {
        assert!(block("--reason", "first line\nsecond line", 100).is_ok());
        assert!(block("--reason", "bell\u{7}", 100).is_err());
        assert!(line("--unit", "two\nlines", 100).is_err());
        assert!(block("--reason", &"x".repeat(101), 100).is_err());
    }
}
