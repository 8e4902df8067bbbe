//! The only place that reads the time. `MOTY_NOW` overrides it so tests and demos are repeatable.
//!
//! moty works in Europe/Helsinki wall-clock time: "today" is the Helsinki date, whatever the
//! machine's own time zone. Timestamps written to the register are UTC (`YYYY-MM-DDTHH:MM:SSZ`).

use anyhow::Result;
use chrono::{DateTime, NaiveDate, NaiveDateTime, TimeZone, Utc};
use chrono_tz::Europe::Helsinki;

use crate::error::UserError;
use crate::text;

/// The moment a command runs, read once at start so every row it writes carries the same time.
#[derive(Debug, Clone, Copy)]
pub struct Clock {
    now: DateTime<Utc>,
}

impl Clock {
    /// Reads `MOTY_NOW` when set (RFC 3339, `YYYY-MM-DD HH:MM[:SS]` in Helsinki time, or a bare
    /// date meaning 12:00 Helsinki time), otherwise the system clock.
    pub fn from_env() -> Result<Clock> {
        match std::env::var("MOTY_NOW") {
            Ok(value) if !value.trim().is_empty() => Clock::parse(value.trim()),
            _ => Ok(Clock { now: Utc::now() }),
        }
    }

    fn parse(value: &str) -> Result<Clock> {
        if let Ok(at) = DateTime::parse_from_rfc3339(value) {
            return Ok(Clock {
                now: at.with_timezone(&Utc),
            });
        }
        let local = ["%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M:%S"]
            .iter()
            .find_map(|format| NaiveDateTime::parse_from_str(value, format).ok())
            .or_else(|| {
                NaiveDate::parse_from_str(value, "%Y-%m-%d")
                    .ok()
                    .and_then(|date| date.and_hms_opt(12, 0, 0))
            });
        let local = local.ok_or_else(|| UserError::invalid("MOTY_NOW", text::allowed_now()))?;
        let at = Helsinki
            .from_local_datetime(&local)
            .earliest()
            .ok_or_else(|| UserError::invalid("MOTY_NOW", text::nonexistent_local_time()))?;
        Ok(Clock {
            now: at.with_timezone(&Utc),
        })
    }

    /// Today's date in Helsinki.
    pub fn today(&self) -> NaiveDate {
        self.now.with_timezone(&Helsinki).date_naive()
    }

    /// The current year in Helsinki, used to number cases.
    pub fn year(&self) -> i32 {
        use chrono::Datelike;
        self.today().year()
    }

    /// The Helsinki wall-clock time now, for "not in the past" and "has it happened yet".
    pub fn local_now(&self) -> NaiveDateTime {
        self.now.with_timezone(&Helsinki).naive_local()
    }

    /// The timestamp stored in `entered_at` and access-log columns.
    pub fn stamp(&self) -> String {
        self.now.format("%Y-%m-%dT%H:%M:%SZ").to_string()
    }
}

/// A stored UTC timestamp as Helsinki wall-clock time to the minute, for people to read.
pub fn local_minute(stamp: &str) -> String {
    DateTime::parse_from_rfc3339(stamp)
        .map(|at| {
            at.with_timezone(&Helsinki)
                .format("%Y-%m-%d %H:%M")
                .to_string()
        })
        .unwrap_or_else(|_| stamp.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn helsinki_date_differs_from_utc_near_midnight() {
        let clock = Clock::parse("2026-11-23T23:30:00Z").expect("valid");
        assert_eq!(clock.today().to_string(), "2026-11-24");
        assert_eq!(clock.stamp(), "2026-11-23T23:30:00Z");
    }

    #[test]
    fn local_times_are_helsinki_time() {
        let summer = Clock::parse("2026-07-01 09:00").expect("valid");
        assert_eq!(summer.stamp(), "2026-07-01T06:00:00Z");
        let winter = Clock::parse("2026-12-01").expect("valid");
        assert_eq!(winter.stamp(), "2026-12-01T10:00:00Z");
    }

    #[test]
    fn nonsense_is_refused() {
        assert!(Clock::parse("yesterday").is_err());
        assert!(Clock::parse("2026-02-30").is_err());
    }
}
