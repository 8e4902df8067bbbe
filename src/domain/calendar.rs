//! The calendar the coordinators work by: Finnish public holidays (computed for any year),
//! working days, ISO weeks, and Europe/Helsinki wall-clock times, which stay the same across
//! daylight-saving changes while their UTC instant moves.

use chrono::{Datelike, Days, NaiveDate, NaiveDateTime, TimeZone, Weekday};
use chrono_tz::Europe::Helsinki;

/// Easter Sunday (the anonymous Gregorian algorithm, Meeus/Jones/Butcher).
pub fn easter(year: i32) -> NaiveDate {
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(year, month as u32, day as u32).unwrap_or_default()
}

/// The first `weekday` on or after `date`.
fn on_or_after(date: NaiveDate, weekday: Weekday) -> NaiveDate {
    let ahead = (7 + weekday.num_days_from_monday() - date.weekday().num_days_from_monday()) % 7;
    date + Days::new(u64::from(ahead))
}

/// Finland's public holidays of `year` with their English names (Midsummer Eve and Christmas Eve
/// included: offices are closed).
pub fn holidays(year: i32) -> Vec<(NaiveDate, &'static str)> {
    let date = |m, d| NaiveDate::from_ymd_opt(year, m, d).unwrap_or_default();
    let easter = easter(year);
    let midsummer_day = on_or_after(date(6, 20), Weekday::Sat);
    let mut days = vec![
        (date(1, 1), "New Year's Day"),
        (date(1, 6), "Epiphany"),
        (easter - Days::new(2), "Good Friday"),
        (easter, "Easter Sunday"),
        (easter + Days::new(1), "Easter Monday"),
        (date(5, 1), "May Day"),
        (easter + Days::new(39), "Ascension Day"),
        (midsummer_day - Days::new(1), "Midsummer Eve"),
        (midsummer_day, "Midsummer Day"),
        (on_or_after(date(10, 31), Weekday::Sat), "All Saints' Day"),
        (date(12, 6), "Independence Day"),
        (date(12, 24), "Christmas Eve"),
        (date(12, 25), "Christmas Day"),
        (date(12, 26), "Boxing Day"),
    ];
    days.sort();
    days
}

/// The public holiday on `date`, if any.
pub fn holiday(date: NaiveDate) -> Option<&'static str> {
    holidays(date.year())
        .into_iter()
        .find(|(day, _)| *day == date)
        .map(|(_, name)| name)
}

/// Monday to Friday and not a public holiday (team closure days are the register's to add).
pub fn is_working_day(date: NaiveDate) -> bool {
    date.weekday().number_from_monday() <= 5 && holiday(date).is_none()
}

/// The ISO week number's parity: biweekly meetings run in even or in odd weeks.
pub fn week_parity(date: NaiveDate) -> u32 {
    date.iso_week().week() % 2
}

/// Parses an ISO week such as `2026-W49` into its Monday.
pub fn week_monday(week: &str) -> Option<NaiveDate> {
    let (year, number) = week
        .trim()
        .split_once("-W")
        .or_else(|| week.trim().split_once("-w"))?;
    NaiveDate::from_isoywd_opt(year.parse().ok()?, number.parse().ok()?, Weekday::Mon)
}

/// A Helsinki wall-clock time as a UTC timestamp (`YYYY-MM-DDTHH:MM:SSZ`). A time skipped by the
/// spring change has no instant and gives `None`.
pub fn helsinki_to_utc(local: NaiveDateTime) -> Option<String> {
    Helsinki
        .from_local_datetime(&local)
        .earliest()
        .map(|at| at.naive_utc().format("%Y-%m-%dT%H:%M:%SZ").to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).expect("date")
    }

    /// Published dates of Easter Sunday, Ascension Day and Midsummer Eve, 2024–2030.
    #[test]
    fn moving_holidays_match_published_dates() {
        let published = [
            (
                2024,
                d(2024, 3, 31),
                d(2024, 5, 9),
                d(2024, 6, 21),
                d(2024, 11, 2),
            ),
            (
                2025,
                d(2025, 4, 20),
                d(2025, 5, 29),
                d(2025, 6, 20),
                d(2025, 11, 1),
            ),
            (
                2026,
                d(2026, 4, 5),
                d(2026, 5, 14),
                d(2026, 6, 19),
                d(2026, 10, 31),
            ),
            (
                2027,
                d(2027, 3, 28),
                d(2027, 5, 6),
                d(2027, 6, 25),
                d(2027, 11, 6),
            ),
            (
                2028,
                d(2028, 4, 16),
                d(2028, 5, 25),
                d(2028, 6, 23),
                d(2028, 11, 4),
            ),
            (
                2029,
                d(2029, 4, 1),
                d(2029, 5, 10),
                d(2029, 6, 22),
                d(2029, 11, 3),
            ),
            (
                2030,
                d(2030, 4, 21),
                d(2030, 5, 30),
                d(2030, 6, 21),
                d(2030, 11, 2),
            ),
        ];
        for (year, easter_day, ascension, midsummer_eve, all_saints) in published {
            assert_eq!(easter(year), easter_day, "Easter {year}");
            assert_eq!(holiday(easter_day - Days::new(2)), Some("Good Friday"));
            assert_eq!(holiday(easter_day + Days::new(1)), Some("Easter Monday"));
            assert_eq!(holiday(ascension), Some("Ascension Day"), "{year}");
            assert_eq!(holiday(midsummer_eve), Some("Midsummer Eve"), "{year}");
            assert_eq!(holiday(all_saints), Some("All Saints' Day"), "{year}");
            assert_eq!(holidays(year).len(), 14);
        }
    }

    #[test]
    fn fixed_holidays_and_working_days() {
        assert!(
            !is_working_day(d(2026, 12, 24)),
            "Christmas Eve, a Thursday"
        );
        assert!(
            !is_working_day(d(2025, 12, 24)),
            "Christmas Eve 2025 is a Wednesday"
        );
        assert!(!is_working_day(d(2026, 12, 6)));
        assert!(!is_working_day(d(2026, 11, 28)), "a Saturday");
        assert!(is_working_day(d(2026, 11, 25)));
    }

    #[test]
    fn wall_clock_times_keep_their_hour_across_daylight_saving() {
        let at = |date: NaiveDate| date.and_hms_opt(12, 30, 0).expect("time");
        // The Wednesdays after the last Sundays of March and October 2026.
        assert_eq!(
            helsinki_to_utc(at(d(2026, 3, 25))).as_deref(),
            Some("2026-03-25T10:30:00Z")
        );
        assert_eq!(
            helsinki_to_utc(at(d(2026, 4, 1))).as_deref(),
            Some("2026-04-01T09:30:00Z")
        );
        assert_eq!(
            helsinki_to_utc(at(d(2026, 10, 21))).as_deref(),
            Some("2026-10-21T09:30:00Z")
        );
        assert_eq!(
            helsinki_to_utc(at(d(2026, 10, 28))).as_deref(),
            Some("2026-10-28T10:30:00Z")
        );
    }

    #[test]
    fn iso_weeks() {
        assert_eq!(week_monday("2026-W49"), Some(d(2026, 11, 30)));
        assert_eq!(week_monday("2026-W54"), None);
        assert_eq!(week_parity(d(2026, 12, 2)), 1);
    }
}
