//! The agenda (`moty schedule list`) a page of meeting times at a time (ops::pages): each page is
//! read in a read-only transaction of its own — the agenda shows case ids, never names, and writes
//! nothing to the access log — and handed on to be printed before the next is read, so the memory
//! it needs is a page's, whatever the period's length or the register's size. A page starts after
//! the meeting time (start, kind) the one before ended at, so the pages stay right while others
//! book. The closed days and the requests waiting for units, small, come after the meetings.

use anyhow::Result;
use chrono::{Days, NaiveDate};

use super::super::pages::{walk, Pager};
use super::super::Session;
use super::agenda::{
    closed_days, count_after, meetings, waiting_for_units, ClosedDay, Frame, Meeting, Scope,
    Waiting,
};
use crate::domain::paging::{AgendaKey, Rest, Take};
use crate::domain::MeetingKind;
use crate::store::{Author, Tx};

/// Which agenda to read, how much of it, and where to start.
pub struct Ask {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub kind: Option<MeetingKind>,
    pub take: Take,
    pub after: Option<AgendaKey>,
}

/// What the agenda shows under its meetings: the closed days of the days the meetings shown
/// span, the Yhteistyö-tiimi requests waiting for units, Kela's contact person, and (when the
/// meetings were cut short) how many more there are and where the next page starts.
pub struct Tail {
    pub closed_days: Vec<ClosedDay>,
    pub waiting_for_units: Vec<Waiting>,
    pub kela_contact: Option<String>,
    pub rest: Option<Rest>,
}

struct Times<'a> {
    scope: Scope<'a>,
}

impl Pager for Times<'_> {
    type Row = Meeting;
    type Key = AgendaKey;
    const LOGGED: bool = false;

    fn page(&self, tx: &Tx, after: Option<&AgendaKey>, limit: u32) -> Result<Vec<Meeting>> {
        let frame = Frame::read(tx, &self.scope)?;
        meetings(tx, &self.scope, &frame, after, limit as usize)
    }

    /// Never called: the agenda names no one (`LOGGED` is false).
    fn log(&self, _: &Tx, _: &Author, _: &[Meeting]) -> Result<()> {
        Ok(())
    }

    fn key(&self, row: &Meeting) -> AgendaKey {
        AgendaKey {
            at: row.starts_at,
            kind: row.kind,
        }
    }

    fn rest(&self, tx: &Tx, after: &AgendaKey) -> Result<u64> {
        let frame = Frame::read(tx, &self.scope)?;
        count_after(tx, &self.scope, &frame, after)
    }
}

/// Reads the agenda of the region `choice` names, a page of meeting times at a time: `shown`
/// gets each page (the first one even when empty) and answers false when nobody reads any more.
/// Then what comes under the meetings. The closed days are those of the days the pages shown
/// cover — from the first day (with `--after`, the day after the place's) to the last day, or
/// to the last meeting shown when the list was cut short — so the pages of one agenda show each
/// closed day once.
pub fn agenda(
    session: &mut Session,
    choice: &crate::ops::region::Choice,
    ask: Ask,
    mut shown: impl FnMut(&[Meeting]) -> Result<bool>,
) -> Result<Tail> {
    let author = session.author();
    let region = session.read(|tx| crate::ops::region::resolve(tx, &author, choice))?;
    let scope = Scope {
        from: ask.from,
        to: ask.to,
        kind: ask.kind,
        region: region.as_deref(),
    };
    let mut last_shown = None;
    let rest = walk(session, &Times { scope }, ask.take, ask.after, |rows| {
        if let Some(m) = rows.last() {
            last_shown = Some(m.starts_at.date());
        }
        shown(rows)
    })?;
    let first = match ask.after {
        Some(place) => (place.at.date().checked_add_days(Days::new(1)))
            .unwrap_or(place.at.date())
            .max(ask.from),
        None => ask.from,
    };
    let last = match (&rest, last_shown) {
        (Some(_), Some(day)) => day,
        _ => ask.to,
    };
    session.read(|tx| {
        let frame = Frame::read(tx, &scope)?;
        Ok(Tail {
            closed_days: closed_days(&frame, first, last),
            waiting_for_units: waiting_for_units(tx)?,
            kela_contact: frame.kela_contact,
            rest,
        })
    })
}
