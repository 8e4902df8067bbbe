//! The only place that reads the time. `MOTY_NOW` overrides it so tests and demos are repeatable.
//!
//! moty works in Europe/Helsinki wall-clock time: "today" is the Helsinki date, whatever the
//! machine's own time zone. Timestamps written to the register are UTC (`YYYY-MM-DDTHH:MM:SSZ`).

use anyhow::Result;
use chrono::{DateTime, NaiveDate, NaiveDateTime, TimeZone, Timelike, Utc};
use chrono_tz::Europe::Helsinki;

use crate::error::UserError;
use crate::text;

/// The moment a command runs, read once at start so every row it writes carries the same time.
#[derive(Debug, Clone, Copy)]
pub struct Clock {
    now: DateTime<Utc>,
    /// The time came from MOTY_NOW: every row written under it says so.
    overridden: bool,
}

impl Clock {
    /// Reads `MOTY_NOW` when set (RFC 3339, `YYYY-MM-DD HH:MM[:SS]` in Helsinki time, or a bare
    /// date meaning 12:00 Helsinki time), otherwise the system clock.
    pub fn from_env() -> Result<Clock> {
        match std::env::var("MOTY_NOW") {
            Ok(value) if !value.trim().is_empty() => Clock::parse(value.trim()),
            _ => Ok(Clock {
                now: Utc::now(),
                overridden: false,
            }),
        }
    }

    /// Parses `MOTY_NOW`, refusing years outside 1900–2199, the years every date moty takes may
    /// have (`validate::date`): a clock in year 1 would number cases "0001-0001" and make every
    /// date the register holds lie in the future.
    fn parse(value: &str) -> Result<Clock> {
        let clock = Clock::parse_any(value)?;
        if !crate::domain::validate::YEARS.contains(&clock.year()) {
            return Err(UserError::invalid("MOTY_NOW", text::now_years(value)).into());
        }
        Ok(clock)
    }

    fn parse_any(value: &str) -> Result<Clock> {
        if let Ok(at) = DateTime::parse_from_rfc3339(value) {
            return Ok(Clock {
                now: at.with_timezone(&Utc),
                overridden: true,
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
            overridden: true,
        })
    }

    /// The time a server gave (a register on PostgreSQL: the server stamps its rows), and whether
    /// its owner's test clock set it.
    pub fn at(stamp: Stamp, overridden: bool) -> Clock {
        Clock {
            now: stamp.0,
            overridden,
        }
    }

    /// Whether the time came from MOTY_NOW rather than the system clock.
    pub fn overridden(&self) -> bool {
        self.overridden
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
    pub fn stamp(&self) -> Stamp {
        Stamp(self.now.with_nanosecond(0).unwrap_or(self.now))
    }
}

/// Only tests set it (to any non-empty value): moty then acts as if the operating system could
/// not name the user running it (an account with no login name, e.g. a user id without a
/// passwd entry), so the refusals can be shown without such an account. It can only make moty
/// refuse more.
pub const TEST_NO_LOGIN_VAR: &str = "MOTY_TEST_NO_LOGIN";

/// A point on the monotonic clock, for measuring how long something waited (the wait for
/// another writer's lock): never a time that is recorded or shown.
pub fn monotonic() -> std::time::Instant {
    std::time::Instant::now()
}

/// The operating-system login running moty, if the system can say (recorded beside `--as`).
pub fn os_login() -> Option<String> {
    if std::env::var_os(TEST_NO_LOGIN_VAR).is_some_and(|v| !v.is_empty()) {
        return None;
    }
    whoami::username()
        .ok()
        .map(|name| name.trim().to_string())
        .filter(|name| !name.is_empty())
}

/// The operating-system account running moty, as every recorded row names it beside `--as`: its
/// login name; on Unix, an account the system cannot name (a user id without a passwd entry, as
/// in some containers) is recorded by its number, `uid:1000`, so that `--as` is enough to work.
/// `None` only where neither can be had.
pub fn os_account() -> Option<String> {
    os_login().or_else(numeric_account)
}

#[cfg(unix)]
fn numeric_account() -> Option<String> {
    Some(format!("uid:{}", rustix::process::getuid().as_raw()))
}

#[cfg(not(unix))]
fn numeric_account() -> Option<String> {
    None
}

/// A moment as the register stores it: UTC to the second, written `YYYY-MM-DDTHH:MM:SSZ` in
/// every column, hash and JSON document, so the text form never changes with the platform.
/// (`Default` is the Unix epoch: the stamp of a record not yet written, e.g. a plan being edited.)
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Stamp(DateTime<Utc>);

impl Stamp {
    pub const FORMAT: &'static str = "%Y-%m-%dT%H:%M:%SZ";

    /// Reads the stored text form; anything else is `None`.
    pub fn parse(text: &str) -> Option<Stamp> {
        NaiveDateTime::parse_from_str(text, Stamp::FORMAT)
            .ok()
            .map(|at| Stamp(at.and_utc()))
    }

    /// Helsinki wall-clock time to the minute, for people to read.
    pub fn local_minute(&self) -> String {
        self.0
            .with_timezone(&Helsinki)
            .format("%Y-%m-%d %H:%M")
            .to_string()
    }

    /// Helsinki wall-clock time of this moment.
    pub fn local(&self) -> NaiveDateTime {
        self.0.with_timezone(&Helsinki).naive_local()
    }

    /// The Helsinki date of this moment.
    pub fn local_date(&self) -> NaiveDate {
        self.0.with_timezone(&Helsinki).date_naive()
    }
}

impl std::fmt::Display for Stamp {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0.format(Stamp::FORMAT))
    }
}

impl schemars::JsonSchema for Stamp {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Stamp".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "A moment in UTC to the second, YYYY-MM-DDTHH:MM:SSZ",
            "type": "string",
            "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$"
        })
    }
}

impl serde::Serialize for Stamp {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// Serde for a Helsinki wall-clock time to the minute (`YYYY-MM-DD HH:MM`), the form meetings are
/// booked and exported in.
pub mod minute {
    use chrono::NaiveDateTime;

    pub const FORMAT: &str = "%Y-%m-%d %H:%M";

    pub fn serialize<S: serde::Serializer>(at: &NaiveDateTime, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&at.format(FORMAT))
    }

    /// The text form, for messages and exports.
    pub fn text(at: NaiveDateTime) -> String {
        at.format(FORMAT).to_string()
    }

    /// The JSON Schema of the text form.
    pub struct Minute;

    impl schemars::JsonSchema for Minute {
        fn schema_name() -> std::borrow::Cow<'static, str> {
            "WallClockMinute".into()
        }

        fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
            schemars::json_schema!({
                "description": "A Europe/Helsinki wall-clock time to the minute, YYYY-MM-DD HH:MM",
                "type": "string",
                "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}$"
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn helsinki_date_differs_from_utc_near_midnight() {
        let clock = Clock::parse("2026-11-23T23:30:00Z").expect("valid");
        assert_eq!(clock.today().to_string(), "2026-11-24");
        assert_eq!(clock.stamp().to_string(), "2026-11-23T23:30:00Z");
    }

    #[test]
    fn local_times_are_helsinki_time() {
        let summer = Clock::parse("2026-07-01 09:00").expect("valid");
        assert_eq!(summer.stamp().to_string(), "2026-07-01T06:00:00Z");
        let winter = Clock::parse("2026-12-01").expect("valid");
        assert_eq!(winter.stamp().to_string(), "2026-12-01T10:00:00Z");
    }

    #[test]
    fn nonsense_is_refused() {
        assert!(Clock::parse("yesterday").is_err());
        assert!(Clock::parse("2026-02-30").is_err());
        assert!(Clock::parse("0001-01-01").is_err());
        assert!(Clock::parse("1899-12-31 12:00").is_err());
    }
}
