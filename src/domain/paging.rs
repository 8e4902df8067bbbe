//! Keyset paging for the long lists (`list`, `triage --list`, `schedule list`): where a page
//! ends, written as the `--after` text that starts the next page. A place is the last row's sort
//! key, not a row count, so a page stays right while others write: a case added or moved before
//! the place does not shift the next page, and no case is shown twice.

use chrono::{NaiveDate, NaiveDateTime};

use super::{validate, MeetingKind};
use crate::error::UserError;
use crate::text;

/// Rows read and logged in one transaction when a list is streamed whole (into a pipe or with
/// `--json`): the memory a list holds, whatever the register's size.
pub const PAGE: u32 = 500;

/// A case's place in `list`'s order: since when it is in its phase, then its number (the order
/// the fields compare in).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct ListKey {
    pub since: NaiveDate,
    pub year: i64,
    pub seq: i64,
}

/// A case's place in the triage queue's order: urgent ones first, then as in `list`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QueueKey {
    pub urgent: bool,
    pub at: ListKey,
}

impl ListKey {
    /// The place of the case `case_id` (a stored id, `YEAR-NUMBER`) that entered its phase on
    /// `since`.
    pub fn of(since: NaiveDate, case_id: &str) -> ListKey {
        let (year, seq) = validate::case_sort_key(case_id);
        ListKey {
            since,
            year: i64::from(year),
            seq: i64::from(seq),
        }
    }

    /// `--after` for `list`: `DATE,CASE` as the previous page printed it.
    pub fn parse(field: &str, value: &str) -> Result<ListKey, UserError> {
        let bad = || UserError::invalid(field, text::list_place_shape(value));
        let (date, case) = value.trim().split_once(',').ok_or_else(bad)?;
        let since = NaiveDate::parse_from_str(date.trim(), "%Y-%m-%d").map_err(|_| bad())?;
        let case = validate::case_id(field, case).map_err(|_| bad())?;
        Ok(ListKey::of(since, &case))
    }
}

impl std::fmt::Display for ListKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{},{}-{:04}", self.since, self.year, self.seq)
    }
}

impl QueueKey {
    /// `--after` for `triage --list`: `urgent|normal,DATE,CASE` as the previous page printed it.
    pub fn parse(field: &str, value: &str) -> Result<QueueKey, UserError> {
        let bad = || UserError::invalid(field, text::queue_place_shape(value));
        let (urgency, rest) = value.trim().split_once(',').ok_or_else(bad)?;
        let urgent = match urgency.trim() {
            "urgent" => true,
            "normal" => false,
            _ => return Err(bad()),
        };
        let at = ListKey::parse(field, rest).map_err(|_| bad())?;
        Ok(QueueKey { urgent, at })
    }
}

impl std::fmt::Display for QueueKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let urgency = if self.urgent { "urgent" } else { "normal" };
        write!(f, "{urgency},{}", self.at)
    }
}

/// A meeting time's place in the agenda's order (`schedule list`): its start (Helsinki time),
/// then its kind — one row of the agenda is one kind of meeting at one time, with its places.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct AgendaKey {
    pub at: NaiveDateTime,
    pub kind: MeetingKind,
}

impl AgendaKey {
    /// `--after` for `schedule list`: `YYYY-MM-DDTHH:MM,KIND` as the previous page printed it.
    pub fn parse(field: &str, value: &str) -> Result<AgendaKey, UserError> {
        let bad = || UserError::invalid(field, text::agenda_place_shape(value));
        let (at, kind) = value.trim().split_once(',').ok_or_else(bad)?;
        let at = NaiveDateTime::parse_from_str(at.trim(), "%Y-%m-%dT%H:%M").map_err(|_| bad())?;
        let kind = kind.trim().parse::<MeetingKind>().map_err(|_| bad())?;
        Ok(AgendaKey { at, kind })
    }
}

impl std::fmt::Display for AgendaKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{},{}", self.at.format("%Y-%m-%dT%H:%M"), self.kind)
    }
}

/// How much of a list to show.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Take {
    /// Every row from the place on, page by page.
    All,
    /// At most this many rows, then how many are left and where the next page starts.
    First(u32),
}

/// What is left after the rows shown: how many more rows there are, and the `--after` text that
/// shows them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rest {
    pub more: u64,
    pub after: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_place_reads_back_as_written() {
        let key = ListKey::parse("--after", "2026-03-04,2026-42").expect("a place");
        assert_eq!(key.to_string(), "2026-03-04,2026-0042");
        let big = ListKey::parse("--after", "2026-03-04,2026-12345").expect("a place");
        assert_eq!((big.year, big.seq), (2026, 12345));
        assert_eq!(big.to_string(), "2026-03-04,2026-12345");
        let queued = QueueKey::parse("--after", "urgent,2026-03-04,2026-0042").expect("a place");
        assert!(queued.urgent);
        assert_eq!(queued.to_string(), "urgent,2026-03-04,2026-0042");
    }

    #[test]
    fn a_place_that_is_not_one_is_refused() {
        for bad in [
            "",
            "2026-0042",
            "2026-13-01,2026-0042",
            "2026-03-04,x",
            "later,2026-03-04,2026-0042",
        ] {
            assert!(ListKey::parse("--after", bad).is_err(), "{bad}");
        }
        assert!(QueueKey::parse("--after", "2026-03-04,2026-0042").is_err());
        for bad in [
            "2026-11-25T12:30",
            "2026-11-25 12:30,kela",
            "2026-11-25T25:00,kela",
            "2026-11-25T12:30,lunch",
            "2026-0042,kela",
        ] {
            assert!(AgendaKey::parse("--after", bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn an_agenda_place_reads_back_as_written_and_orders_by_time_then_kind() {
        let key =
            AgendaKey::parse("--after", " 2026-11-25T12:30,joint-assessment ").expect("a place");
        assert_eq!(key.to_string(), "2026-11-25T12:30,joint-assessment");
        let finnish =
            AgendaKey::parse("--after", "2026-11-25T12:30,verkostopalaveri").expect("a place");
        assert_eq!(finnish.to_string(), "2026-11-25T12:30,network");
        assert!(key < finnish);
        let later =
            AgendaKey::parse("--after", "2026-11-25T12:31,joint-assessment").expect("a place");
        assert!(finnish < later);
    }
}
