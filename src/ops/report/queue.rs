//! The coordinators' work list — untriaged referrals, meetings to mark held, Kela forms to send
//! before the hour, consents to collect, follow-ups due, plans without a key worker, Yhteistyö-tiimi
//! units late — section by section, each a page at a time (ops::pages): every client a page
//! shows is written to the access log, and the log commits before the page is printed. Each
//! section is read in its own order from its place (domain::work_list), a few set-based queries
//! a page, whatever the register's size.

use std::collections::HashSet;

use anyhow::Result;
use chrono::{Duration, NaiveDate, NaiveDateTime, Timelike};

use super::super::pages::{read, walk, Pager};
use super::super::Session;
use crate::domain::paging::{ListKey, Rest, Take, PAGE};
use crate::domain::report::{missing, Cell};
use crate::domain::work_list::{Part, Place};
use crate::domain::AccessAction;
use crate::store::work_list::{self as db, Booked, Listed};
use crate::store::{access, pages, Author, Tx};

/// One row of a section: its place, whom it names, its cells in the section's column order
/// (the last one whether the client has a non-disclosure order).
#[derive(Debug, Clone)]
pub struct WorkRow {
    pub place: Place,
    pub case: String,
    pub client_id: i64,
    pub non_disclosure: bool,
    pub cells: Vec<Cell>,
}

impl WorkRow {
    fn new(place: Place, who: Listed, mut cells: Vec<Cell>) -> WorkRow {
        cells.push(Cell::Bool(who.non_disclosure));
        WorkRow {
            place,
            case: who.case,
            client_id: who.client_id,
            non_disclosure: who.non_disclosure,
            cells,
        }
    }
}

/// Which sections to read, how much of each, and where the one section named starts.
pub struct Ask {
    pub parts: Vec<Part>,
    pub take: Take,
    pub after: Option<Place>,
}

/// Reads the work list of the region `choice` names, section by section in `ask.parts`' order,
/// a page at a time: `shown` gets each page (the first one of a section even when empty) once
/// its access rows are committed, and answers false when nobody reads any more; `ended` gets
/// what is left of each section (with a limit).
pub fn work_list(
    session: &mut Session,
    choice: &crate::ops::region::Choice,
    ask: Ask,
    mut shown: impl FnMut(Part, &[WorkRow]) -> Result<bool>,
    mut ended: impl FnMut(Part, Option<Rest>) -> Result<bool>,
) -> Result<()> {
    let author = session.author();
    let region = session.read(|tx| crate::ops::region::resolve(tx, &author, choice))?;
    let (today, cut) = (session.today(), first_minute_ahead(session.now()));
    let section = |part| Section {
        part,
        region: region.as_deref(),
        today,
        cut,
    };
    // A page of each section (at a terminal, or with a limit a page holds): every section read
    // and logged in one transaction, committed before any is printed.
    if let Take::First(n) = ask.take {
        if n <= PAGE {
            let pages = session.write(|tx, author| {
                let mut pages = Vec::new();
                for part in &ask.parts {
                    let after = ask.after.as_ref();
                    pages.push(read(tx, author, &section(*part), after, n, true, true)?);
                }
                Ok(pages)
            })?;
            for (part, (rows, rest)) in ask.parts.into_iter().zip(pages) {
                if !shown(part, &rows)? || !ended(part, rest)? {
                    break;
                }
            }
            return Ok(());
        }
    }
    // Every row, or more than a page: section by section, a page at a time.
    for part in ask.parts {
        let mut reading = true;
        let rest = walk(
            session,
            &section(part),
            ask.take,
            ask.after.clone(),
            |rows| {
                reading = shown(part, rows)?;
                Ok(reading)
            },
        )?;
        if !reading || !ended(part, rest)? {
            break;
        }
    }
    Ok(())
}

/// The first whole minute not yet begun at `now`: a meeting starting before it has begun.
fn first_minute_ahead(now: NaiveDateTime) -> NaiveDateTime {
    let minute = now.with_second(0).and_then(|t| t.with_nanosecond(0));
    match minute {
        Some(m) if m == now => m,
        Some(m) => m + Duration::minutes(1),
        None => now,
    }
}

struct Section<'a> {
    part: Part,
    region: Option<&'a str>,
    today: NaiveDate,
    cut: NaiveDateTime,
}

fn case_key(place: Option<&Place>) -> Option<&ListKey> {
    match place {
        Some(Place::Case(key)) => Some(key),
        _ => None,
    }
}

fn meeting_key(place: Option<&Place>) -> Option<(NaiveDateTime, i64)> {
    match place {
        Some(Place::Meeting { at, id }) => Some((*at, *id)),
        _ => None,
    }
}

fn consent_key(place: Option<&Place>) -> Option<(&ListKey, i64)> {
    match place {
        Some(Place::Consent { at, consent }) => Some((at, *consent)),
        _ => None,
    }
}

impl Section<'_> {
    fn booked(&self) -> Booked {
        if self.part == Part::KelaForms {
            Booked::KelaAhead
        } else {
            Booked::Begun
        }
    }

    /// The consents still to collect after `after`, in order, from up to `limit` + 1 cases (the
    /// case at the place may have none left).
    fn consents(&self, tx: &Tx, after: Option<&Place>, limit: u32) -> Result<Vec<WorkRow>> {
        let place = consent_key(after);
        let cases = db::lacking_consent(tx, self.region, place.map(|p| p.0), limit + 1)?;
        let mut rows = Vec::new();
        for case in cases {
            let at = ListKey::of(case.since, &case.who.case);
            let lacks = [
                (case.multi_professional, missing::MULTI_PROFESSIONAL_CONSENT),
                (case.contact_request, missing::CONTACT_REQUEST),
            ];
            for (consent, (lacking, code)) in (0..).zip(lacks) {
                let later = place.is_none_or(|(p, c)| (at, consent) > (*p, c));
                if lacking && later {
                    let cells = vec![
                        Cell::text(&case.who.case),
                        Cell::text(&case.who.name),
                        Cell::code(case.phase),
                        Cell::code(code),
                    ];
                    rows.push(WorkRow::new(
                        Place::Consent { at, consent },
                        case.who.clone(),
                        cells,
                    ));
                }
            }
        }
        rows.truncate(limit as usize);
        Ok(rows)
    }

    /// The requested units still owing a step: as many as the requests waiting, read whole and
    /// taken after the place.
    fn team(&self, tx: &Tx, after: Option<&Place>) -> Result<Vec<WorkRow>> {
        let waiting = crate::ops::schedule::team_steps::waiting(tx, self.today)?;
        let ids: Vec<&str> = waiting.iter().map(|w| w.case.as_str()).collect();
        let cases = db::cases_of(tx, &ids)?;
        let mut rows = Vec::new();
        for w in &waiting {
            let Some((who, case_region)) = cases.get(&w.case) else {
                continue;
            };
            let here = self.region.is_none_or(|r| {
                case_region
                    .as_deref()
                    .is_some_and(|c| c.eq_ignore_ascii_case(r))
            });
            let (year, seq) = crate::domain::validate::case_sort_key(&w.case);
            let place = Place::Unit {
                year: i64::from(year),
                seq: i64::from(seq),
                unit: w.position,
            };
            let later = match after {
                Some(a @ Place::Unit { .. }) => unit_order(&place) > unit_order(a),
                _ => true,
            };
            if here && later {
                let cells = vec![
                    Cell::text(&w.case),
                    Cell::text(&who.name),
                    Cell::text(&w.unit),
                    Cell::code(w.missing),
                    w.sent_on.map_or(Cell::Empty, Cell::Date),
                    w.due_on.map_or(Cell::Empty, Cell::Date),
                ];
                rows.push(WorkRow::new(place, who.clone(), cells));
            }
        }
        rows.sort_by_key(|r| unit_order(&r.place));
        Ok(rows)
    }

    /// The follow-ups due within a week (or overdue), as their list pages through them.
    fn follow_ups(&self) -> crate::ops::follow_up::DueList<'_> {
        crate::ops::follow_up::DueList {
            all: false,
            region: self.region,
            today: self.today,
        }
    }
}

/// A unit row's order: its case, then the unit's place in the request.
fn unit_order(place: &Place) -> (i64, i64, i64) {
    match place {
        Place::Unit { year, seq, unit } => (*year, *seq, *unit),
        _ => (0, 0, 0),
    }
}

impl Pager for Section<'_> {
    type Row = WorkRow;
    type Key = Place;

    fn page(&self, tx: &Tx, after: Option<&Place>, limit: u32) -> Result<Vec<WorkRow>> {
        Ok(match self.part {
            Part::Untriaged => {
                let after = match after {
                    Some(Place::Queue(key)) => Some(key),
                    _ => None,
                };
                pages::queue(tx, self.region, after, limit)?
                    .into_iter()
                    .map(|w| {
                        let s = w.summary;
                        let key = crate::domain::paging::QueueKey {
                            urgent: w.urgency == crate::domain::Urgency::Urgent,
                            at: ListKey::of(s.phase_since, &s.case),
                        };
                        let cells = vec![
                            Cell::text(&s.case),
                            Cell::text(&s.name),
                            Cell::Int((self.today - s.phase_since).num_days()),
                            Cell::code(w.urgency),
                        ];
                        let who = Listed {
                            case: s.case,
                            client_id: s.client_id,
                            name: s.name,
                            non_disclosure: s.non_disclosure,
                        };
                        WorkRow::new(Place::Queue(key), who, cells)
                    })
                    .collect()
            }
            Part::MeetingsToMarkHeld | Part::KelaForms => {
                let (which, after) = (self.booked(), meeting_key(after));
                db::meetings(tx, which, self.cut, self.region, after, limit)?
                    .into_iter()
                    .map(|m| {
                        let mut cells = vec![
                            Cell::text(&m.who.case),
                            Cell::text(&m.who.name),
                            Cell::Time(m.starts_at),
                        ];
                        if which == Booked::Begun {
                            cells.insert(0, Cell::Int(m.id));
                            cells.insert(3, Cell::code(m.kind));
                        }
                        let place = Place::Meeting {
                            at: m.starts_at,
                            id: m.id,
                        };
                        WorkRow::new(place, m.who, cells)
                    })
                    .collect()
            }
            Part::ConsentsToCollect => self.consents(tx, after, limit)?,
            Part::FollowUpsDue => {
                let due = self.follow_ups().places(tx, case_key(after), limit)?;
                let ids: Vec<&str> = due.iter().map(|(_, case)| case.as_str()).collect();
                let cases = db::cases_of(tx, &ids)?;
                due.iter()
                    .filter_map(|(key, case)| {
                        let (who, _) = cases.get(case)?;
                        let cells = vec![
                            Cell::text(case),
                            Cell::text(&who.name),
                            Cell::Date(key.since),
                        ];
                        Some(WorkRow::new(Place::Case(*key), who.clone(), cells))
                    })
                    .collect()
            }
            Part::PlansWithoutKeyWorker => {
                db::no_key_worker(tx, self.region, case_key(after), limit)?
                    .into_iter()
                    .map(|c| {
                        let at = ListKey::of(c.since, &c.who.case);
                        let cells = vec![
                            Cell::text(&c.who.case),
                            Cell::text(&c.who.name),
                            Cell::code(c.phase),
                        ];
                        WorkRow::new(Place::Case(at), c.who, cells)
                    })
                    .collect()
            }
            Part::TeamUnitsLate => {
                let mut rows = self.team(tx, after)?;
                rows.truncate(limit as usize);
                rows
            }
        })
    }

    /// One access-log row for each case a page shows (in one statement); a section with nobody
    /// in it showed nobody's data and is not logged.
    fn log(&self, tx: &Tx, author: &Author, rows: &[WorkRow]) -> Result<()> {
        let mut seen = HashSet::new();
        let views: Vec<access::Access> = rows
            .iter()
            .filter(|r| seen.insert(r.case.as_str()))
            .map(|r| access::Access {
                command: "report queue",
                action: AccessAction::View,
                client_id: Some(r.client_id),
                case_id: Some(&r.case),
                reason: None,
            })
            .collect();
        access::log_all(tx, author, &views)
    }

    fn key(&self, row: &WorkRow) -> Place {
        row.place.clone()
    }

    fn rest(&self, tx: &Tx, after: &Place) -> Result<u64> {
        Ok(match (self.part, after) {
            (Part::Untriaged, Place::Queue(key)) => pages::queue_rest(tx, self.region, key)?,
            (Part::MeetingsToMarkHeld | Part::KelaForms, Place::Meeting { at, id }) => {
                db::meetings_rest(tx, self.booked(), self.cut, self.region, (*at, *id))?
            }
            (Part::ConsentsToCollect, Place::Consent { at, consent }) => {
                db::lacking_consent_rest(tx, self.region, at, *consent)?
            }
            (Part::FollowUpsDue, Place::Case(key)) => self.follow_ups().count_after(tx, key)?,
            (Part::PlansWithoutKeyWorker, Place::Case(key)) => {
                db::no_key_worker_rest(tx, self.region, key)?
            }
            (Part::TeamUnitsLate, place) => self.team(tx, Some(place))?.len() as u64,
            _ => 0,
        })
    }
}
