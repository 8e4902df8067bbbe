//! RFC 5545 iCalendar output: a VTIMEZONE for Europe/Helsinki, one VEVENT per booking with a
//! stable UID, local times with TZID, and case ids but never a client's name. Lines end in CRLF
//! and are folded at 75 octets.

use chrono::NaiveDateTime;

use crate::domain::records::{Booking, Invitee};
use crate::domain::BookingStatus;
use crate::text;

const VTIMEZONE: &[&str] = &[
    "BEGIN:VTIMEZONE",
    "TZID:Europe/Helsinki",
    "BEGIN:DAYLIGHT",
    "TZOFFSETFROM:+0200",
    "TZOFFSETTO:+0300",
    "TZNAME:EEST",
    "DTSTART:19700329T030000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
    "END:DAYLIGHT",
    "BEGIN:STANDARD",
    "TZOFFSETFROM:+0300",
    "TZOFFSETTO:+0200",
    "TZNAME:EET",
    "DTSTART:19701025T040000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
    "END:STANDARD",
    "END:VTIMEZONE",
];

/// Escapes TEXT values (RFC 5545 3.3.11).
fn escape(value: &str) -> String {
    value
        .replace('\\', "\\\\")
        .replace(';', "\\;")
        .replace(',', "\\,")
        .replace('\n', "\\n")
}

/// Folds a content line at 75 octets, never inside a UTF-8 character.
fn fold(line: &str, out: &mut String) {
    let mut width = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += len;
    }
    out.push_str("\r\n");
}

fn local(at: NaiveDateTime) -> String {
    at.format("%Y%m%dT%H%M%S").to_string()
}

/// A parameter value (RFC 5545 3.2), always quoted: a double quote cannot be in one, so it goes;
/// control characters were refused when the name was typed.
fn param(value: &str) -> String {
    let clean: String = value
        .chars()
        .filter(|c| *c != '"' && !c.is_control())
        .collect();
    format!("\"{clean}\"")
}

/// The meeting's video link as LOCATION (text, escaped) and URL (a URI, as it is), and each
/// invited professional with an e-mail address as an ATTENDEE.
fn reach(b: &Booking, invitees: &[Invitee]) -> Vec<String> {
    let mut lines = Vec::new();
    if let Some(link) = &b.video_link {
        lines.push(format!("LOCATION:{}", escape(link)));
        lines.push(format!("URL:{link}"));
    }
    for person in invitees {
        if let Some(email) = &person.email {
            lines.push(format!(
                "ATTENDEE;CN={};ROLE=REQ-PARTICIPANT;CUTYPE=INDIVIDUAL:mailto:{email}",
                param(&person.name)
            ));
        }
    }
    lines
}

/// `invitees`: each booking's invited professionals, in the same order as `bookings`. `chain`:
/// the timeline's length and hash-chain head when the file was written.
pub fn ics(bookings: &[Booking], invitees: &[Vec<Invitee>], chain: (i64, &str)) -> String {
    let mut lines: Vec<String> = vec![
        "BEGIN:VCALENDAR".into(),
        "VERSION:2.0".into(),
        "PRODID:-//moty//case register//EN".into(),
        "CALSCALE:GREGORIAN".into(),
        format!("X-MOTY-TIMELINE:{} {}", chain.0, chain.1),
    ];
    lines.extend(VTIMEZONE.iter().map(|l| l.to_string()));
    for (i, b) in bookings.iter().enumerate() {
        let start = b.start();
        let end = start + chrono::Duration::minutes(i64::from(b.minutes));
        let stamp = b.booked_at.to_string().replace(['-', ':'], "");
        let status = match b.status {
            BookingStatus::Cancelled => "CANCELLED",
            _ => "CONFIRMED",
        };
        lines.extend([
            "BEGIN:VEVENT".to_string(),
            format!("UID:moty-meeting-{}@moty", b.id),
            format!("DTSTAMP:{stamp}"),
            format!("DTSTART;TZID=Europe/Helsinki:{}", local(start)),
            format!("DTEND;TZID=Europe/Helsinki:{}", local(end)),
            format!(
                "SUMMARY:{}",
                escape(&text::ics_summary(text::meeting_label(b.kind), &b.case))
            ),
            format!("DESCRIPTION:{}", escape(&text::ics_description(b.id))),
            format!("STATUS:{status}"),
        ]);
        lines.extend(reach(b, invitees.get(i).map_or(&[][..], Vec::as_slice)));
        lines.push("END:VEVENT".to_string());
    }
    lines.push("END:VCALENDAR".into());
    let mut out = String::new();
    for line in &lines {
        fold(line, &mut out);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_fold_at_75_octets_without_splitting_characters() {
        let mut out = String::new();
        fold(&format!("SUMMARY:{}", "ä".repeat(60)), &mut out);
        for line in out.split("\r\n") {
            assert!(line.len() <= 75, "{line}");
        }
        assert_eq!(
            out.replace("\r\n ", "").trim_end(),
            format!("SUMMARY:{}", "ä".repeat(60))
        );
    }
}
