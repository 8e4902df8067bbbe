//! The agenda (`moty schedule list`) and the calendar export (`moty schedule ics`). Both show
//! case ids, never names; the export is written to the disclosure log.

use std::collections::{BTreeMap, HashMap};
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::store::Tx;
use anyhow::{Context, Result};
use chrono::{Datelike, Days, NaiveDate, NaiveDateTime};
use serde::Serialize;

use super::rules::kela_settings;
use crate::commands::Ctx;
use crate::domain::schedule::{slots_from, working_days_before};
use crate::domain::{calendar, validate, BookingStatus, ConsentKind, MeetingKind};
use crate::error::UserError;
use crate::store::schedule::{self as db, Booking, TIME_FORMAT};
use crate::store::{access, consents, triage};
use crate::{render, text};

#[derive(Debug, clap::Args)]
pub struct ListArgs {
    /// An ISO week, e.g. 2026-W49
    #[arg(long, conflicts_with_all = ["from", "to"])]
    pub week: Option<String>,
    /// The first day, YYYY-MM-DD [default: today]
    #[arg(long, value_name = "DATE")]
    pub from: Option<String>,
    /// The last day, YYYY-MM-DD [default: two weeks on]
    #[arg(long, value_name = "DATE")]
    pub to: Option<String>,
    /// Only this kind of meeting
    #[arg(long, value_enum)]
    pub kind: Option<MeetingKind>,
}

#[derive(Debug, clap::Args)]
pub struct IcsArgs {
    /// The first day, YYYY-MM-DD [default: today]
    #[arg(long, value_name = "DATE")]
    pub from: Option<String>,
    /// The last day, YYYY-MM-DD [default: 90 days on]
    #[arg(long, value_name = "DATE")]
    pub to: Option<String>,
    /// Whose calendar it is for; kept in the disclosure log
    #[arg(
        long,
        value_name = "WHOM",
        default_value = "the coordinators' calendar"
    )]
    pub to_whom: String,
    /// Write to this file (atomically, private to you) instead of standard output
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
}

/// One booked place as the agenda shows it.
#[derive(Debug, Serialize)]
pub struct Entry {
    pub meeting: i64,
    pub case: String,
    pub status: BookingStatus,
    pub participants: Vec<String>,
    /// Professionals from the directory invited by name.
    pub invited: Vec<String>,
    pub chair: Option<String>,
    /// Kela hour: whether the form went to Kela in time.
    pub kela_form: Option<String>,
    /// Kela hour: the form was sent by its due date.
    #[serde(skip)]
    pub kela_form_in_time: bool,
}

/// One meeting time: a slot with its places, or a network meeting.
#[derive(Debug, Serialize)]
pub struct Meeting {
    pub kind: MeetingKind,
    pub starts_at: String,
    pub starts_utc: String,
    pub minutes: u32,
    pub capacity: Option<u32>,
    pub free: Option<u32>,
    pub booked: Vec<Entry>,
}

#[derive(Debug, Serialize, PartialEq, Eq, PartialOrd, Ord)]
pub struct ClosedDay {
    pub date: String,
    pub reason: String,
}

#[derive(Debug, Serialize)]
pub struct Waiting {
    pub case: String,
    pub units: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct Agenda {
    pub from: String,
    pub to: String,
    pub meetings: Vec<Meeting>,
    pub closed_days: Vec<ClosedDay>,
    pub waiting_for_units: Vec<Waiting>,
    pub kela_contact: Option<String>,
}

fn range(
    ctx: &Ctx,
    week: &Option<String>,
    from: &Option<String>,
    to: &Option<String>,
    days: u64,
) -> Result<(NaiveDate, NaiveDate), UserError> {
    if let Some(week) = week {
        let monday = calendar::week_monday(week)
            .ok_or_else(|| UserError::invalid("--week", text::not_a_week(week)))?;
        return Ok((monday, monday + Days::new(6)));
    }
    let from = from
        .as_deref()
        .map(|f| validate::date("--from", f))
        .transpose()?
        .unwrap_or(ctx.clock.today());
    let to = to
        .as_deref()
        .map(|t| validate::date("--to", t))
        .transpose()?
        .unwrap_or(from + Days::new(days));
    if to < from {
        return Err(UserError::invalid("--to", text::to_before_from()));
    }
    Ok((from, to))
}

fn participants(tx: &Tx, booking: &Booking, had_kela: bool) -> Result<Vec<String>> {
    let mut list: Vec<String> = triage::for_case(tx, &booking.case)?
        .last()
        .map(|t| t.team.iter().map(|r| r.to_string()).collect())
        .unwrap_or_default();
    if booking.doctor {
        list.push("doctor".to_string());
    }
    if booking.kind == MeetingKind::Kela || (booking.kind == MeetingKind::Network && had_kela) {
        list.push("kela-contact".to_string());
    }
    Ok(list)
}

fn kela_form(
    tx: &Tx,
    booking: &Booking,
    lead: u32,
    closed: &HashMap<NaiveDate, String>,
) -> Result<Option<(String, bool)>> {
    if booking.kind != MeetingKind::Kela {
        return Ok(None);
    }
    let due = working_days_before(booking.start().date(), lead, &|d| closed.get(&d).cloned());
    let consent = consents::for_case(tx, &booking.case)?
        .into_iter()
        .rfind(|c| c.is_active() && c.kind == ConsentKind::KelaExchange);
    let due = due.to_string();
    Ok(Some(match consent.map(|c| c.sent_to_kela_on) {
        None => (text::NO_KELA_CONSENT.to_string(), false),
        Some(Some(sent)) if sent <= due => (text::form_sent(&sent), true),
        Some(Some(sent)) => (text::form_late(&sent, &due), false),
        Some(None) => (text::form_not_sent(&due), false),
    }))
}

/// Builds the agenda for [from, to].
pub fn build(tx: &Tx, from: NaiveDate, to: NaiveDate, kind: Option<MeetingKind>) -> Result<Agenda> {
    let rules = db::rules(tx)?;
    let closed: HashMap<NaiveDate, String> = db::closed_days(tx)?
        .into_iter()
        .filter_map(|(d, r)| d.parse().ok().map(|d| (d, r)))
        .collect();
    let (lead, kela_contact) = kela_settings(tx)?;
    let days = (to - from).num_days() as u64 + 1;
    let start = from.and_hms_opt(0, 0, 0).unwrap_or_default();
    let mut times: BTreeMap<(String, MeetingKind), Meeting> = BTreeMap::new();
    for k in MeetingKind::ALL
        .iter()
        .filter(|k| kind.is_none_or(|want| want == **k))
    {
        for slot in slots_from(&rules, *k, start, days, &|d| closed.get(&d).cloned()) {
            let key = slot.starts_at.format(TIME_FORMAT).to_string();
            times.insert(
                (key.clone(), *k),
                meeting(*k, &key, slot.starts_at, slot.minutes, Some(slot.capacity)),
            );
        }
    }
    let end = (to + Days::new(1)).to_string();
    for booking in db::between(tx, &from.to_string(), &end)? {
        if booking.status == BookingStatus::Cancelled || kind.is_some_and(|k| k != booking.kind) {
            continue;
        }
        let had_kela = db::for_case(tx, &booking.case)?
            .iter()
            .any(|b| b.kind == MeetingKind::Kela && b.status == BookingStatus::Held);
        let form = kela_form(tx, &booking, lead, &closed)?;
        let entry = Entry {
            meeting: booking.id,
            case: booking.case.clone(),
            status: booking.status,
            participants: participants(tx, &booking, had_kela)?,
            invited: db::participants(tx, booking.id)?,
            chair: booking.chair.clone(),
            kela_form_in_time: form.as_ref().is_some_and(|f| f.1),
            kela_form: form.map(|f| f.0),
        };
        let slot = times
            .entry((booking.starts_at.clone(), booking.kind))
            .or_insert_with(|| {
                meeting(
                    booking.kind,
                    &booking.starts_at,
                    booking.start(),
                    booking.minutes,
                    None,
                )
            });
        slot.booked.push(entry);
    }
    let mut meetings: Vec<Meeting> = times.into_values().collect();
    for m in &mut meetings {
        // A place missed by a no-show was still taken.
        m.free = m.capacity.map(|c| c.saturating_sub(m.booked.len() as u32));
    }
    let mut closed_days: Vec<ClosedDay> = Vec::new();
    for year in from.year()..=to.year() {
        for (day, name) in calendar::holidays(year) {
            if day >= from && day <= to && day.weekday().number_from_monday() <= 5 {
                closed_days.push(ClosedDay {
                    date: day.to_string(),
                    reason: name.to_string(),
                });
            }
        }
    }
    for (day, reason) in &closed {
        if *day >= from && *day <= to {
            closed_days.push(ClosedDay {
                date: day.to_string(),
                reason: reason.clone(),
            });
        }
    }
    closed_days.sort();
    let waiting_for_units = db::open_requests(tx)?
        .into_iter()
        .map(|r| Waiting {
            case: r.case,
            units: r
                .units
                .into_iter()
                .filter(|u| u.worker.is_none())
                .map(|u| u.unit)
                .collect(),
        })
        .collect();
    Ok(Agenda {
        from: from.to_string(),
        to: to.to_string(),
        meetings,
        closed_days,
        waiting_for_units,
        kela_contact,
    })
}

fn meeting(
    kind: MeetingKind,
    key: &str,
    at: NaiveDateTime,
    minutes: u32,
    capacity: Option<u32>,
) -> Meeting {
    Meeting {
        kind,
        starts_at: key.to_string(),
        starts_utc: calendar::helsinki_to_utc(at).unwrap_or_default(),
        minutes,
        capacity,
        free: capacity,
        booked: Vec::new(),
    }
}

pub fn list(ctx: &Ctx, args: ListArgs) -> Result<String> {
    let (from, to) = range(ctx, &args.week, &args.from, &args.to, 14)?;
    let mut register = ctx.open()?;
    let agenda = register.write(|tx| build(tx, from, to, args.kind))?;
    Ok(render::agenda(&agenda, ctx.json))
}

pub fn ics(ctx: &Ctx, args: IcsArgs) -> Result<String> {
    let (from, to) = range(ctx, &None, &args.from, &args.to, 90)?;
    let recipient = validate::line("--to-whom", &args.to_whom, 200)?;
    let author = ctx.author();
    let mut register = ctx.open()?;
    let end = (to + Days::new(1)).to_string();
    let calendar = register.write(|tx| {
        let bookings = db::between(tx, &from.to_string(), &end)?;
        let mut cases: Vec<String> = bookings.iter().map(|b| b.case.clone()).collect();
        cases.sort();
        cases.dedup();
        access::disclose(tx, &author, "calendar (iCalendar)", &recipient, &cases)?;
        let chain = crate::store::chain::verify(tx, crate::store::chain::Log::Events)?;
        let calendar = render::ics(&bookings, (chain.rows, &chain.head));
        // Written before the transaction commits: a file that could not be written leaves no
        // disclosure-log row behind.
        match &args.out {
            Some(path) => write_private(path, calendar.as_bytes()).map(|()| String::new()),
            None => Ok(calendar),
        }
    })?;
    Ok(calendar)
}

/// Writes `bytes` to `path` atomically: a private temporary file beside it, synced, renamed.
pub fn write_private(path: &Path, bytes: &[u8]) -> Result<()> {
    use std::os::unix::fs::OpenOptionsExt;
    let mut temporary = path.as_os_str().to_owned();
    temporary.push(format!(".tmp-{}", std::process::id()));
    let temporary = PathBuf::from(temporary);
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(&temporary)
        .with_context(|| text::cannot_create(&temporary))?;
    file.write_all(bytes)
        .and_then(|()| file.sync_all())
        .with_context(|| text::cannot_create(&temporary))?;
    std::fs::rename(&temporary, path).with_context(|| text::cannot_create(path))?;
    Ok(())
}
