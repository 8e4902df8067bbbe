//! Dates, times and numbers as a reader of each language expects them (issue #15, item 4).
//! Finnish: `1.12.2026`, `ke 2.12.2026 klo 12.30`, `8,75`, `75 %`; Swedish (as written in
//! Finland) the same with `kl.`; English: ISO dates, `12:30`, `8.75`, `75%`. The words (weekday
//! and month names, "klo") come from the catalogues; the digits' order is here.
//!
//! Only for what people read. JSON, CSV, xlsx and the register keep one form in every language
//! (ISO 8601, dot decimals: `clock.rs`, `render`), so scripts never change with the locale. Input
//! accepts both forms in every language (`domain::when`).

use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime, Timelike, Weekday};

use super::i18n::{t_in, ui_language};
use crate::clock::Stamp;
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

/// A moment of the register (stored in UTC) as Helsinki wall-clock time to the minute:
/// `1.12.2026 klo 10.00` (fi), `2026-12-01 10:00` (en, as `Stamp::local_minute`).
pub fn stamp(language: Language, at: Stamp) -> String {
    match language {
        Language::En => at.local_minute(),
        Language::Fi | Language::Sv => date_time(language, at.local()),
    }
}

/// A moment of the register to the second, for the logs people audit: Helsinki time
/// `1.12.2026 klo 10.00.05` (fi, sv); English keeps the stored UTC form
/// `2026-12-01T08:00:05Z`.
pub fn moment(language: Language, at: Stamp) -> String {
    match language {
        Language::En => at.to_string(),
        Language::Fi | Language::Sv => {
            let local = at.local();
            let time = format!(
                "{}.{:02}.{:02}",
                local.hour(),
                local.minute(),
                local.second()
            );
            t_in!(
                language,
                "date-time",
                date = date(language, local.date()),
                time = time
            )
        }
    }
}

/// A date in the UI language, for the tables and lines people read.
pub fn ui_date(on: NaiveDate) -> String {
    date(ui_language(), on)
}

/// A wall-clock date and time in the UI language: `2.12.2026 klo 12.30`, `2026-12-02 12:30`.
pub fn ui_date_time(at: NaiveDateTime) -> String {
    date_time(ui_language(), at)
}

/// A meeting's time in the UI language, with the weekday where the language's readers expect it:
/// `ke 2.12.2026 klo 12.30` (fi, sv), `2026-12-02 12:30` (en).
pub fn ui_meeting_time(at: NaiveDateTime) -> String {
    match ui_language() {
        Language::En => date_time(Language::En, at),
        language => date_time_weekday(language, at),
    }
}

/// A date the program holds as ISO text (`2026-12-01`) in the UI language; other text as it is.
pub fn ui_date_text(text: &str) -> String {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").map_or_else(|_| text.to_string(), ui_date)
}

/// A register moment to the minute in the UI language (`stamp`).
pub fn ui_stamp(at: Stamp) -> String {
    stamp(ui_language(), at)
}

/// A register moment to the second in the UI language (`moment`).
pub fn ui_moment(at: Stamp) -> String {
    moment(ui_language(), at)
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

/// A number already written with a dot (`8.75`, `3 (46.2 %)`) with the decimal comma instead:
/// Finnish and Swedish, and the `--excel` CSV dialect in every language.
pub fn decimal_comma(text: &str) -> String {
    text.replace('.', ",")
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
    fn register_moments_in_each_language() {
        let at = Stamp::parse("2026-12-01T08:00:05Z").expect("a stamp");
        assert_eq!(stamp(Fi, at), "1.12.2026 klo 10.00");
        assert_eq!(stamp(En, at), "2026-12-01 10:00");
        assert_eq!(stamp(En, at), at.local_minute());
        assert_eq!(moment(Fi, at), "1.12.2026 klo 10.00.05");
        assert_eq!(moment(En, at), "2026-12-01T08:00:05Z");
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
