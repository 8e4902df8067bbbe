//! How people are reached and when (issue #13, items 10, 11 and 13): a meeting's video link, the
//! follow-up interval in weeks, and opening hours such as the phone hour, kept in one language-free
//! form ("mon-fri 09:00-10:00") that each catalogue words its own way.

use chrono::NaiveTime;

use super::validate;
use crate::error::UserError;
use crate::text;

type Checked<T> = Result<T, UserError>;

/// The longest video link kept (Teams links run to a few hundred characters).
pub const LINK_MAX: usize = 2000;

/// The follow-up interval's bounds in weeks: from a week to two years.
pub const WEEKS_MIN: u32 = 1;
pub const WEEKS_MAX: u32 = 104;

/// A meeting's video link: an `https://` address with a host, no spaces, quotes or angle
/// brackets (which would end it in a calendar or a mail), at most `LINK_MAX` characters. The
/// scheme and host are kept in lower case, the rest as given.
pub fn video_link(field: &str, value: &str) -> Checked<String> {
    let value = validate::line(field, value, LINK_MAX)?;
    let refuse = || UserError::invalid(field, text::video_link_shape(&value));
    let Some((scheme, rest)) = value.split_once("://") else {
        return Err(refuse());
    };
    if !scheme.eq_ignore_ascii_case("https") {
        return Err(refuse());
    }
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let (host, path) = rest.split_at(end);
    // A port is allowed; user information ("name@host") is not: it hides the real host.
    let name = host.rsplit_once(':').map_or(host, |(name, port)| {
        match !port.is_empty() && port.chars().all(|c| c.is_ascii_digit()) {
            true => name,
            false => host,
        }
    });
    let host_ok = !name.is_empty()
        && name.contains('.')
        && name
            .split('.')
            .all(|label| !label.is_empty() && !label.starts_with('-') && !label.ends_with('-'))
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-'));
    let path_ok = path.chars().all(|c| {
        c.is_ascii_graphic() && !matches!(c, '"' | '<' | '>' | '\\' | '^' | '`' | '{' | '|' | '}')
    });
    if !host_ok || !path_ok {
        return Err(refuse());
    }
    Ok(format!("https://{}{path}", host.to_ascii_lowercase()))
}

/// A follow-up interval as typed: a whole number of weeks, `WEEKS_MIN`–`WEEKS_MAX`.
pub fn weeks(field: &str, value: &str) -> Checked<u32> {
    value
        .trim()
        .parse::<u32>()
        .ok()
        .filter(|w| (WEEKS_MIN..=WEEKS_MAX).contains(w))
        .ok_or_else(|| UserError::invalid(field, text::weeks_range(value)))
}

/// Opening hours: one or more spans "DAYS HH:MM-HH:MM" separated by ";", DAYS a day (`mon` …
/// `sun`), a range (`mon-fri`) or a list of them (`mon,wed-thu`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hours(pub Vec<Span>);

/// One span of opening hours: the days (each a range of weekdays, 1 = Monday) and the times.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    pub days: Vec<(u32, u32)>,
    pub from: NaiveTime,
    pub to: NaiveTime,
}

const DAYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

/// The days as Finnish and Swedish write them, accepted as aliases ("ma-pe klo 9-10").
const DAYS_FI: [&str; 7] = ["ma", "ti", "ke", "to", "pe", "la", "su"];
const DAYS_SV: [&str; 7] = ["mån", "tis", "ons", "tors", "fre", "lör", "sön"];

fn day(code: &str) -> Option<u32> {
    [DAYS, DAYS_FI, DAYS_SV]
        .iter()
        .find_map(|days| days.iter().position(|d| *d == code))
        .map(|i| i as u32 + 1)
}

fn clock(value: &str) -> Option<NaiveTime> {
    super::when::clock_time(value)
}

impl Hours {
    /// Parses hours as typed (case and spaces around the parts do not matter).
    pub fn parse(field: &str, value: &str) -> Checked<Hours> {
        let value = validate::line(field, value, 200)?;
        let refuse = || UserError::invalid(field, text::hours_shape(&value));
        let mut spans = Vec::new();
        for part in value.split(';') {
            let part = part.trim().to_ascii_lowercase();
            let (days, times) = part.split_once(char::is_whitespace).ok_or_else(refuse)?;
            let (from, to) = times.trim().split_once('-').ok_or_else(refuse)?;
            let (from, to) = (
                clock(from.trim()).ok_or_else(refuse)?,
                clock(to.trim()).ok_or_else(refuse)?,
            );
            if from >= to {
                return Err(refuse());
            }
            let mut ranges = Vec::new();
            for item in days.split(',') {
                let (first, last) = item.split_once('-').unwrap_or((item, item));
                let (first, last) = (
                    day(first.trim()).ok_or_else(refuse)?,
                    day(last.trim()).ok_or_else(refuse)?,
                );
                if first > last {
                    return Err(refuse());
                }
                ranges.push((first, last));
            }
            spans.push(Span {
                days: ranges,
                from,
                to,
            });
        }
        Ok(Hours(spans))
    }

    /// The language-free form kept in the register: "mon-fri 09:00-10:00; sat 10:00-12:00".
    pub fn code(&self) -> String {
        self.0
            .iter()
            .map(|span| {
                let days: Vec<String> = span
                    .days
                    .iter()
                    .map(|(first, last)| match first == last {
                        true => DAYS[*first as usize - 1].to_string(),
                        false => {
                            format!("{}-{}", DAYS[*first as usize - 1], DAYS[*last as usize - 1])
                        }
                    })
                    .collect();
                format!(
                    "{} {}-{}",
                    days.join(","),
                    span.from.format("%H:%M"),
                    span.to.format("%H:%M")
                )
            })
            .collect::<Vec<_>>()
            .join("; ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_video_link_is_an_https_address_with_a_host() {
        let teams = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_x%40thread.v2/0?context=%7b%22Tid%22%7d";
        assert_eq!(video_link("--video-link", teams).as_deref(), Ok(teams));
        assert_eq!(
            video_link("--video-link", "HTTPS://Meet.Example.FI/abc").as_deref(),
            Ok("https://meet.example.fi/abc")
        );
        assert!(video_link("--video-link", "https://meet.example.fi:8443/x").is_ok());
        for bad in [
            "http://meet.example.fi/x",
            "teams.microsoft.com/l/x",
            "https://",
            "https://localhost/x",
            "https://user@evil.example/x",
            "https://meet.example.fi/a b",
            "https://meet.example.fi/<script>",
            "javascript:alert(1)",
            "https://-bad.example/x",
        ] {
            assert!(video_link("--video-link", bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn weeks_are_whole_numbers_from_one_to_104() {
        assert_eq!(weeks("--follow-up-weeks", "12"), Ok(12));
        assert_eq!(weeks("--follow-up-weeks", "104"), Ok(104));
        for bad in ["0", "105", "eight", "-3", "1.5", ""] {
            let Err(UserError::Invalid { field, .. }) = weeks("--follow-up-weeks", bad) else {
                panic!("{bad} accepted");
            };
            assert_eq!(field, "--follow-up-weeks");
        }
    }

    #[test]
    fn hours_keep_one_form_whatever_was_typed() {
        let hours = Hours::parse("--phone-hours", " Mon-Fri 9:00-10:00 ; sat 10:00 - 12:00").ok();
        assert_eq!(
            hours.map(|h| h.code()).as_deref(),
            Some("mon-fri 09:00-10:00; sat 10:00-12:00")
        );
        let list = Hours::parse("--office-hours", "mon,wed-thu 12:30-14:00").ok();
        assert_eq!(
            list.map(|h| h.code()).as_deref(),
            Some("mon,wed-thu 12:30-14:00")
        );
        for bad in [
            "9-10",
            "mon-fri",
            "mon-fri 10:00-09:00",
            "fri-mon 09:00-10:00",
            "maanantai 09:00-10:00",
            "mon-fri 09:00-25:00",
        ] {
            assert!(Hours::parse("--phone-hours", bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn hours_may_be_typed_as_finnish_and_swedish_write_them() {
        for typed in [
            "ma-pe klo 9-10",
            "ma-pe 9.00-10.00",
            "mån-fre kl. 9.00-10.00",
        ] {
            let hours = Hours::parse("--phone-hours", typed).ok();
            assert_eq!(
                hours.map(|h| h.code()).as_deref(),
                Some("mon-fri 09:00-10:00"),
                "{typed}"
            );
        }
    }
}
