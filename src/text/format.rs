//! Dates, times and numbers as a reader of each language expects them (issue #15, item 4).
//! Finnish: `1.12.2026`, `ke 2.12.2026 klo 12.30`, `8,75`, `75 %`; Swedish (as written in
//! Finland) the same with `kl.`; English: ISO dates, `12:30`, `8.75`, `75%`. The words (weekday
//! and month names, "klo") come from the catalogues; the digits' order is here.
//!
//! Only for what people read. JSON, CSV, xlsx and the register keep one form in every language
//! (ISO 8601, dot decimals: `clock.rs`, `render`), so scripts never change with the locale. Input
//! accepts both forms in every language (`domain::when`).

use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime, Timelike, Weekday};

use super::i18n::t_in;
use crate::domain::Language;

/// A date: `1.12.2026` (fi, sv), `2026-12-01` (en).
pub fn date(language: Language, date: NaiveDate) -> String {
    match language {
        Language::En => date.format("%Y-%m-%d").to_string(),
        Language::Fi | Language::Sv => {
            format!("{}.{}.{}", date.day(), date.month(), date.year())
        }
    }
}

/// A time of day: `9.05` (fi, sv), `09:05` (en).
pub fn time(language: Language, time: NaiveTime) -> String {
    match language {
        Language::En => time.format("%H:%M").to_string(),
        Language::Fi | Language::Sv => format!("{}.{:02}", time.hour(), time.minute()),
    }
}

/// A date and a time: `2.12.2026 klo 12.30` (fi), `2.12.2026 kl. 12.30` (sv),
/// `2026-12-02 12:30` (en).
pub fn date_time(language: Language, at: NaiveDateTime) -> String {
    t_in!(
        language,
        "date-time",
        date = date(language, at.date()),
        time = time(language, at.time())
    )
}

/// A date and a time with the weekday: `ke 2.12.2026 klo 12.30` (fi), `ons 2.12.2026 kl. 12.30`
/// (sv), `Wed 2026-12-02 12:30` (en).
pub fn date_time_weekday(language: Language, at: NaiveDateTime) -> String {
    t_in!(
        language,
        "date-time-weekday",
        weekday = weekday_short(language, at.weekday()),
        date = date(language, at.date()),
        time = time(language, at.time())
    )
}

/// A weekday's short name: `ke`, `ons`, `Wed`.
pub fn weekday_short(language: Language, day: Weekday) -> String {
    t_in!(
        language,
        "date-weekday-short",
        day = day.number_from_monday()
    )
}

/// A weekday's name: `keskiviikko`, `onsdag`, `Wednesday`.
pub fn weekday(language: Language, day: Weekday) -> String {
    t_in!(language, "date-weekday", day = day.number_from_monday())
}

/// A month's name, 1–12: `joulukuu`, `december`, `December`.
pub fn month(language: Language, month: u32) -> String {
    t_in!(language, "date-month", month = month)
}

/// A decimal number with `places` decimals: `8,75` (fi, sv), `8.75` (en).
pub fn decimal(language: Language, value: f64, places: usize) -> String {
    let text = format!("{value:.places$}");
    match language {
        Language::En => text,
        Language::Fi | Language::Sv => text.replace('.', ","),
    }
}

/// A percentage (75 for 75 %) with `places` decimals: `75 %`, `12,5 %` (fi, sv), `75%` (en).
pub fn percent(language: Language, value: f64, places: usize) -> String {
    let number = decimal(language, value, places);
    match language {
        Language::En => format!("{number}%"),
        Language::Fi | Language::Sv => format!("{number} %"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Language::{En, Fi, Sv};

    fn at(text: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").expect("a time")
    }

    #[test]
    fn dates_in_each_language() {
        let d = NaiveDate::from_ymd_opt(2026, 12, 1).expect("a date");
        assert_eq!(date(Fi, d), "1.12.2026");
        assert_eq!(date(Sv, d), "1.12.2026");
        assert_eq!(date(En, d), "2026-12-01");
    }

    #[test]
    fn dates_and_times_in_each_language() {
        let meeting = at("2026-12-02 12:30");
        assert_eq!(date_time_weekday(Fi, meeting), "ke 2.12.2026 klo 12.30");
        assert_eq!(date_time_weekday(Sv, meeting), "ons 2.12.2026 kl. 12.30");
        assert_eq!(date_time_weekday(En, meeting), "Wed 2026-12-02 12:30");
        let early = at("2027-02-02 09:05");
        assert_eq!(date_time(Fi, early), "2.2.2027 klo 9.05");
        assert_eq!(date_time(En, early), "2027-02-02 09:05");
    }

    #[test]
    fn weekday_and_month_names() {
        assert_eq!(weekday(Fi, Weekday::Mon), "maanantai");
        assert_eq!(weekday(Sv, Weekday::Sun), "söndag");
        assert_eq!(weekday(En, Weekday::Thu), "Thursday");
        assert_eq!(weekday_short(Fi, Weekday::Fri), "pe");
        assert_eq!(month(Fi, 12), "joulukuu");
        assert_eq!(month(Sv, 5), "maj");
        assert_eq!(month(En, 1), "January");
    }

    #[test]
    fn decimals_and_percentages() {
        assert_eq!(decimal(Fi, 8.75, 2), "8,75");
        assert_eq!(decimal(En, 8.75, 2), "8.75");
        assert_eq!(decimal(Fi, 8.0, 1), "8,0");
        assert_eq!(percent(Fi, 75.0, 0), "75 %");
        assert_eq!(percent(Sv, 12.5, 1), "12,5 %");
        assert_eq!(percent(En, 75.0, 0), "75%");
    }
}
