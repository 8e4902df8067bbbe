//! Dates and times as people type them (issue #15, item 4): the ISO forms and the Finnish ones,
//! accepted in every language, through this one parser — `validate::date`, `validate::clock_time`
//! and `validate::date_time` wrap it with the field's name for the error.
//!
//! - a date: `2026-12-01` or `1.12.2026` (leading zeros optional: `01.12.2026`);
//! - a time of day: `12:30`, `9:05`, `12.30`, `9.05` or a whole hour `10`, optionally after
//!   `klo` (Finnish) or `kl.` (Swedish);
//! - a date and a time: a date, a space (or ISO's `T`), optionally `klo`/`kl.`, a time:
//!   `2026-12-02 12:30`, `2.12.2026 klo 12.30`, `2.2.2027 10.00`.
//!
//! What is stored and exported keeps one form (`clock.rs`); these are only ways in.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};

/// A calendar date, ISO or Finnish.
pub fn date(value: &str) -> Option<NaiveDate> {
    let value = value.trim();
    if let Some((year, rest)) = value.split_once('-') {
        let (month, day) = rest.split_once('-')?;
        return ymd(year, month, day, 4);
    }
    let mut parts = value.split('.');
    let (day, month, year) = (parts.next()?, parts.next()?, parts.next()?);
    match parts.next() {
        None => ymd(year, month, day, 4),
        Some(_) => None,
    }
}

/// Year, month and day from their digits: the year exactly `year_digits` long, the others one or
/// two digits.
fn ymd(year: &str, month: &str, day: &str, year_digits: usize) -> Option<NaiveDate> {
    let digits = |s: &str, len: std::ops::RangeInclusive<usize>| {
        (len.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse::<u32>().ok())
            .flatten()
    };
    let year = digits(year, year_digits..=year_digits)?;
    NaiveDate::from_ymd_opt(year as i32, digits(month, 1..=2)?, digits(day, 1..=2)?)
}

/// A time of day, `HH:MM` or `H.MM` (or a whole hour), optionally after `klo` or `kl.`.
pub fn clock_time(value: &str) -> Option<NaiveTime> {
    let value = without_klo(value.trim());
    let (hour, minute) = match value.split_once([':', '.']) {
        Some((hour, minute)) => (hour, minute),
        None => (value, "00"),
    };
    let hour_ok = (1..=2).contains(&hour.len()) && hour.bytes().all(|b| b.is_ascii_digit());
    let minute_ok = minute.len() == 2 && minute.bytes().all(|b| b.is_ascii_digit());
    if !(hour_ok && minute_ok) {
        return None;
    }
    NaiveTime::from_hms_opt(hour.parse().ok()?, minute.parse().ok()?, 0)
}

/// A date and a time of day: `2026-12-02 12:30`, `2.12.2026 klo 12.30`, `2026-12-02T12:30`.
pub fn date_time(value: &str) -> Option<NaiveDateTime> {
    let value = value.trim();
    let (day, time) = match value.split_once(char::is_whitespace) {
        Some((day, time)) => (day, time),
        None => value.split_once('T')?,
    };
    Some(date(day)?.and_time(clock_time(time)?))
}

/// The time without the word before it: `klo 9.00` → `9.00`.
fn without_klo(value: &str) -> &str {
    for word in ["klo", "kl."] {
        if let Some(rest) = value.strip_prefix(word) {
            if rest.starts_with(char::is_whitespace) {
                return rest.trim_start();
            }
        }
    }
    value
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).expect("a date")
    }

    fn at(y: i32, m: u32, day: u32, h: u32, min: u32) -> NaiveDateTime {
        d(y, m, day).and_hms_opt(h, min, 0).expect("a time")
    }

    #[test]
    fn dates_in_iso_and_finnish_form() {
        for typed in ["2026-12-01", "1.12.2026", "01.12.2026", " 1.12.2026 "] {
            assert_eq!(date(typed), Some(d(2026, 12, 1)), "{typed}");
        }
        for refused in [
            "2026-13-01",
            "31.2.2026",
            "1.12.26",
            "1.12.2026.",
            "1/12/2026",
            "2026-12",
            "12.2026",
            "1.12.2026 10",
            "+1.12.2026",
            "",
        ] {
            assert_eq!(date(refused), None, "{refused}");
        }
    }

    #[test]
    fn times_of_day_with_colon_or_dot_and_klo_optional() {
        let half_past = NaiveTime::from_hms_opt(12, 30, 0);
        for typed in ["12:30", "12.30", "klo 12.30", "kl. 12.30", "klo  12:30"] {
            assert_eq!(clock_time(typed), half_past, "{typed}");
        }
        assert_eq!(clock_time("9.05"), NaiveTime::from_hms_opt(9, 5, 0));
        assert_eq!(clock_time("10"), NaiveTime::from_hms_opt(10, 0, 0));
        for refused in [
            "24:00", "12:60", "12:3", "123:00", "klo", "klo12.30", "12,30", "noon",
        ] {
            assert_eq!(clock_time(refused), None, "{refused}");
        }
    }

    #[test]
    fn a_date_and_a_time_in_any_mix_of_forms() {
        let meeting = Some(at(2027, 2, 2, 10, 0));
        for typed in [
            "2027-02-02 10:00",
            "2.2.2027 10.00",
            "2.2.2027 klo 10.00",
            "2.2.2027 klo 10",
            "2027-02-02 10.00",
            "2027-02-02T10:00",
            "02.02.2027 10:00",
        ] {
            assert_eq!(date_time(typed), meeting, "{typed}");
        }
        for refused in [
            "2.2.2027",
            "2.2.2027 klo",
            "2027-02-02 25:00",
            "10.00 2.2.2027",
        ] {
            assert_eq!(date_time(refused), None, "{refused}");
        }
    }
}
