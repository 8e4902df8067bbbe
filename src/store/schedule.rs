//! Slot rules, closure days, bookings and Yhteistyö-tiimi requests.

pub use crate::domain::records::{Booking, Invitee, TeamRequest, UnitAnswer};

use super::codes::Minute;
use super::db::{params, OptionalExtension, Row};
use super::Tx;
use anyhow::{Context, Result};
use chrono::{NaiveDate, NaiveDateTime, NaiveTime};

use super::Author;
use crate::domain::schedule::SlotRule;
use crate::domain::{Attendee, BookingStatus, MeetingKind, Segment};

pub const TIME_FORMAT: &str = "%Y-%m-%d %H:%M";

pub fn rules(tx: &Tx) -> Result<Vec<SlotRule>> {
    let mut stmt = tx.prepare_cached(
        "SELECT id, kind, weekday, start, minutes, capacity, every_weeks, week_parity, region
         FROM slot_rules ORDER BY kind, weekday, start, region NULLS FIRST",
    )?;
    let rows = stmt.query_map([], |row| {
        let start: String = row.get(3)?;
        Ok(SlotRule {
            id: row.get(0)?,
            kind: row.get(1)?,
            weekday: row.get(2)?,
            start: NaiveTime::parse_from_str(&start, "%H:%M").unwrap_or_default(),
            minutes: row.get(4)?,
            capacity: row.get(5)?,
            every_weeks: row.get(6)?,
            week_parity: row.get(7)?,
            region: row.get(8)?,
        })
    })?;
    rows.collect::<super::db::Result<_>>()
        .context("reading the slot rules")
}

pub fn add_rule(tx: &Tx, rule: &SlotRule) -> Result<i64> {
    let id = tx.insert(
        "INSERT INTO slot_rules (kind, weekday, start, minutes, capacity, every_weeks, week_parity,
             region)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![
        rule.kind,
        rule.weekday,
        rule.start.format("%H:%M").to_string(),
        rule.minutes,
        rule.capacity,
        rule.every_weeks,
        rule.week_parity,
        rule.region
    ])
    .context("adding a slot rule")?;
    Ok(id)
}

/// Removes a rule; returns whether there was one.
pub fn remove_rule(tx: &Tx, id: i64) -> Result<bool> {
    Ok(tx
        .prepare_cached("DELETE FROM slot_rules WHERE id = ?1")?
        .execute([id])
        .context("removing a slot rule")?
        > 0)
}

pub fn closed_days(tx: &Tx) -> Result<Vec<(NaiveDate, String)>> {
    let mut stmt = tx.prepare_cached("SELECT day, reason FROM closed_days ORDER BY day")?;
    let rows = stmt.query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?;
    rows.collect::<super::db::Result<_>>()
        .context("reading closure days")
}

pub fn add_closed_day(tx: &Tx, day: NaiveDate, reason: &str, by: &str) -> Result<()> {
    tx.prepare_cached(
        "INSERT INTO closed_days (day, reason, added_by) VALUES (?1, ?2, ?3)
         ON CONFLICT (day) DO UPDATE SET reason = excluded.reason, added_by = excluded.added_by",
    )?
    .execute(params![day.to_string(), reason, by])
    .context("adding a closure day")?;
    Ok(())
}

const BOOKING: &str = "SELECT id, case_id, kind, starts_at, minutes, status, status_note, doctor,
        chair, segment, omaolo, kela_screen, booked_at, region, video_link FROM bookings";

fn booking_from_row(row: &Row) -> super::db::Result<Booking> {
    Ok(Booking {
        id: row.get(0)?,
        case: row.get(1)?,
        kind: row.get(2)?,
        starts_at: row.get::<_, Minute>(3)?.0,
        minutes: row.get(4)?,
        status: row.get(5)?,
        status_note: row.get(6)?,
        doctor: row.get(7)?,
        chair: row.get(8)?,
        segment: row.get(9)?,
        omaolo: row.get(10)?,
        kela_screen: row.get(11)?,
        attended: Vec::new(),
        booked_at: row.get(12)?,
        region: row.get(13)?,
        video_link: row.get(14)?,
    })
}

fn with_attendance(tx: &Tx, mut bookings: Vec<Booking>) -> Result<Vec<Booking>> {
    let mut stmt = tx.prepare_cached(
        "SELECT role FROM booking_attendance WHERE booking_id = ?1 ORDER BY rowid",
    )?;
    for booking in &mut bookings {
        booking.attended = stmt
            .query_map([booking.id], |r| r.get(0))?
            .collect::<super::db::Result<_>>()?;
    }
    Ok(bookings)
}

pub fn booking(tx: &Tx, id: i64) -> Result<Option<Booking>> {
    let found = tx
        .prepare_cached(&format!("{BOOKING} WHERE id = ?1"))?
        .query_row([id], booking_from_row)
        .optional()
        .context("reading a booking")?;
    Ok(with_attendance(tx, found.into_iter().collect())?.pop())
}

/// Every booking with `status` (a code), in time order, without attendance.
pub fn with_status(tx: &Tx, status: &str) -> Result<Vec<Booking>> {
    tx.prepare_cached(&format!(
        "{BOOKING} WHERE status = ?1 ORDER BY starts_at, id"
    ))?
    .query_map([status], booking_from_row)?
    .collect::<super::db::Result<_>>()
    .context("reading the bookings")
}

pub fn for_case(tx: &Tx, case_id: &str) -> Result<Vec<Booking>> {
    let mut stmt = tx.prepare_cached(&format!(
        "{BOOKING} WHERE case_id = ?1 ORDER BY starts_at, id"
    ))?;
    let rows = stmt
        .query_map([case_id], booking_from_row)?
        .collect::<super::db::Result<_>>()
        .context("reading a case's meetings")?;
    with_attendance(tx, rows)
}

/// Every booking starting in [from, to), in time order.
pub fn between(tx: &Tx, from: NaiveDateTime, to: NaiveDateTime) -> Result<Vec<Booking>> {
    let mut stmt = tx.prepare_cached(&format!(
        "{BOOKING} WHERE starts_at >= ?1 AND starts_at < ?2 ORDER BY starts_at, kind, id"
    ))?;
    let rows = stmt
        .query_map(params![Minute(from), Minute(to)], booking_from_row)?
        .collect::<super::db::Result<_>>()
        .context("reading the agenda")?;
    with_attendance(tx, rows)
}

/// The bookings of `kind` (or of every kind) starting in [from, to) that are not cancelled, in
/// time order, then by kind and number, without attendance (the agenda, a window of days at a
/// time).
pub fn uncancelled_between(
    tx: &Tx,
    from: NaiveDateTime,
    to: NaiveDateTime,
    kind: Option<MeetingKind>,
) -> Result<Vec<Booking>> {
    // Each kind named, so that the window is read through `bookings_slot` (kind, starts_at), a
    // range of each kind's entries, not the whole table (no index has the start first).
    let kinds: Vec<String> = MeetingKind::ALL
        .iter()
        .filter(|k| kind.is_none_or(|want| want == **k))
        .map(|k| format!("'{}'", k.as_str()))
        .collect();
    tx.prepare_cached(&format!(
        "{BOOKING} WHERE kind IN ({}) AND starts_at >= ?1 AND starts_at < ?2
         AND status <> 'cancelled' ORDER BY starts_at, kind, id",
        kinds.join(", ")
    ))?
    .query_map(params![Minute(from), Minute(to)], booking_from_row)?
    .collect::<super::db::Result<_>>()
    .context("reading the agenda")
}

/// How many active places of `kind` at `starts_at` are taken.
/// The places taken in a slot: of one region's rule, that region's bookings; of a rule for every
/// region (`region` None), all of them.
pub fn taken(
    tx: &Tx,
    kind: MeetingKind,
    starts_at: NaiveDateTime,
    region: Option<&str>,
) -> Result<u32> {
    // On a server a coordinator sees their team's bookings; the places are every team's.
    let sql = if tx.on_server() {
        "SELECT slot_taken(?1, ?2, ?3)"
    } else {
        "SELECT count(*) FROM bookings WHERE kind = ?1 AND starts_at = ?2
         AND status IN ('booked', 'held') AND (region = ?3 COLLATE NOCASE OR ?3 IS NULL)"
    };
    tx.prepare_cached(sql)?
        .query_row(params![kind, Minute(starts_at), region], |r| r.get(0))
        .context("counting booked places")
}

/// A booking about to be made.
pub struct NewBooking<'a> {
    pub case_id: &'a str,
    pub kind: MeetingKind,
    pub starts_at: NaiveDateTime,
    pub minutes: u32,
    pub doctor: bool,
    pub chair: Option<&'a str>,
    pub video_link: Option<&'a str>,
}

pub fn insert(tx: &Tx, author: &Author, new: &NewBooking) -> Result<i64> {
    let id = tx.insert(
        "INSERT INTO bookings (case_id, kind, starts_at, minutes, doctor, chair, booked_by, booked_at,
             region, video_link)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, (SELECT region FROM cases WHERE id = ?1), ?9)",
        params![
        new.case_id,
        new.kind,
        Minute(new.starts_at),
        new.minutes,
        new.doctor,
        new.chair,
        author.actor,
        author.at,
        new.video_link
    ])
    .context("booking a meeting")?;
    Ok(id)
}

pub fn set_status(tx: &Tx, id: i64, status: BookingStatus, note: Option<&str>) -> Result<()> {
    tx.prepare_cached("UPDATE bookings SET status = ?2, status_note = ?3 WHERE id = ?1")?
        .execute(params![id, status, note])
        .context("recording the meeting's outcome")?;
    Ok(())
}

/// Gives a meeting its video link (replacing one it had).
pub fn set_video_link(tx: &Tx, id: i64, link: &str) -> Result<()> {
    tx.prepare_cached("UPDATE bookings SET video_link = ?2 WHERE id = ?1")?
        .execute(params![id, link])
        .context("giving the meeting its video link")?;
    Ok(())
}

pub fn move_to(tx: &Tx, id: i64, starts_at: NaiveDateTime) -> Result<()> {
    tx.prepare_cached("UPDATE bookings SET starts_at = ?2 WHERE id = ?1")?
        .execute(params![id, Minute(starts_at)])
        .context("moving the meeting")?;
    Ok(())
}

/// What a held meeting records.
pub struct Held<'a> {
    pub segment: Option<Segment>,
    pub omaolo: Option<bool>,
    pub kela_screen: Option<bool>,
    pub chair: Option<&'a str>,
    pub attended: &'a [Attendee],
}

pub fn mark_held(tx: &Tx, id: i64, held: &Held) -> Result<()> {
    tx.prepare_cached(
        "UPDATE bookings SET status = 'held', segment = ?2, omaolo = ?3, kela_screen = ?4,
             chair = coalesce(?5, chair)
         WHERE id = ?1",
    )?
    .execute(params![
        id,
        held.segment,
        held.omaolo,
        held.kela_screen,
        held.chair
    ])
    .context("recording the meeting as held")?;
    let mut role = tx.prepare_cached(
        "INSERT INTO booking_attendance (booking_id, role) VALUES (?1, ?2)
         ON CONFLICT DO NOTHING",
    )?;
    for attendee in held.attended {
        role.execute(params![id, attendee])?;
    }
    Ok(())
}

pub fn insert_request(
    tx: &Tx,
    case_id: &str,
    approved_by: &str,
    on: NaiveDate,
    unit_meeting_on: Option<NaiveDate>,
    units: &[String],
) -> Result<()> {
    tx.prepare_cached(
        "INSERT INTO team_requests (case_id, approved_by, approved_on, unit_meeting_on)
         VALUES (?1, ?2, ?3, ?4)",
    )?
    .execute(params![
        case_id,
        approved_by,
        on.to_string(),
        unit_meeting_on.map(|d| d.to_string())
    ])
    .context("recording the Yhteistyö-tiimi request")?;
    let mut unit =
        tx.prepare_cached("INSERT INTO team_request_units (case_id, unit) VALUES (?1, ?2)")?;
    for u in units {
        unit.execute(params![case_id, u])?;
    }
    Ok(())
}

pub fn request(tx: &Tx, case_id: &str) -> Result<Option<TeamRequest>> {
    type Head = (String, NaiveDate, Option<NaiveDate>);
    let head: Option<Head> = tx
        .prepare_cached(
            "SELECT approved_by, approved_on, unit_meeting_on FROM team_requests
             WHERE case_id = ?1",
        )?
        .query_row([case_id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .optional()?;
    let Some((approved_by, approved_on, unit_meeting_on)) = head else {
        return Ok(None);
    };
    let mut stmt = tx.prepare_cached(
        "SELECT u.unit, u.answered_on, u.schedule, u.worker,
             (SELECT max(s.sent_on) FROM team_descriptions_sent s
              WHERE s.case_id = u.case_id AND s.unit = u.unit),
             u.acknowledged_on, u.due_on
         FROM team_request_units u WHERE u.case_id = ?1 ORDER BY u.rowid",
    )?;
    let units = stmt
        .query_map([case_id], |r| {
            Ok(UnitAnswer {
                unit: r.get(0)?,
                answered_on: r.get(1)?,
                schedule: r.get(2)?,
                worker: r.get(3)?,
                description_sent_on: r.get(4)?,
                acknowledged_on: r.get(5)?,
                due_on: r.get(6)?,
            })
        })?
        .collect::<super::db::Result<_>>()?;
    Ok(Some(TeamRequest {
        case: case_id.to_string(),
        approved_by,
        approved_on,
        units,
        unit_meeting_on,
    }))
}

/// Requests with a unit that has not named its worker, for the agenda.
pub fn open_requests(tx: &Tx) -> Result<Vec<TeamRequest>> {
    let ids: Vec<String> = tx
        .prepare_cached(
            "SELECT c.id FROM cases c
             WHERE c.id IN (SELECT case_id FROM team_request_units WHERE worker IS NULL)
             ORDER BY c.year, c.seq",
        )?
        .query_map([], |r| r.get(0))?
        .collect::<super::db::Result<_>>()?;
    let mut out = Vec::new();
    for id in ids {
        out.extend(request(tx, &id)?);
    }
    Ok(out)
}

/// Records a unit's answer; returns whether the unit was part of the request.
pub fn answer(
    tx: &Tx,
    case_id: &str,
    unit: &str,
    on: NaiveDate,
    schedule: Option<&str>,
    worker: &str,
) -> Result<bool> {
    // Naming a worker without acknowledging first acknowledges on the same day (as migration 3
    // recorded the answers before it); a schedule given with the answer replaces the one given
    // with the acknowledgement, none keeps it.
    Ok(tx
        .prepare_cached(
            "UPDATE team_request_units SET answered_on = ?3, schedule = coalesce(?4, schedule),
                 worker = ?5, acknowledged_on = coalesce(acknowledged_on, ?3)
             WHERE case_id = ?1 AND unit = ?2 COLLATE NOCASE",
        )?
        .execute(params![case_id, unit, on.to_string(), schedule, worker])
        .context("recording a unit's answer")?
        > 0)
}

/// Names a directory entry as a participant of a meeting.
pub fn add_participant(tx: &Tx, booking_id: i64, directory_id: i64) -> Result<()> {
    tx.prepare_cached(
        "INSERT INTO booking_participants (booking_id, directory_id) VALUES (?1, ?2)
         ON CONFLICT DO NOTHING",
    )?
    .execute(params![booking_id, directory_id])
    .context("naming a participant")?;
    Ok(())
}

/// The directory entries invited to a meeting, as "name (role, unit)".
pub fn participants(tx: &Tx, booking_id: i64) -> Result<Vec<String>> {
    tx.prepare_cached(
        "SELECT d.name, d.role, d.unit FROM booking_participants p JOIN directory d ON d.id = p.directory_id
         WHERE p.booking_id = ?1 ORDER BY d.name, d.id",
    )?
    .query_map([booking_id], |r| {
        Ok(format!("{} ({}, {})", r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?))
    })?
    .collect::<super::db::Result<_>>()
    .context("reading a meeting's participants")
}

/// The professionals of the directory invited to a case's meetings, as (meeting, directory
/// entry), by meeting and by the professional's name.
pub fn invited_of_case(tx: &Tx, case_id: &str) -> Result<Vec<(i64, i64)>> {
    tx.prepare_cached(
        "SELECT p.booking_id, p.directory_id FROM booking_participants p
             JOIN bookings b ON b.id = p.booking_id
             JOIN directory d ON d.id = p.directory_id
         WHERE b.case_id = ?1 ORDER BY p.booking_id, d.name, d.id",
    )?
    .query_map([case_id], |r| Ok((r.get(0)?, r.get(1)?)))?
    .collect::<super::db::Result<_>>()
    .context("reading a case's meetings' participants")
}

/// The directory entries invited to a meeting, with their e-mail where the entry has one.
pub fn invitees(tx: &Tx, booking_id: i64) -> Result<Vec<Invitee>> {
    tx.prepare_cached(
        "SELECT d.name, d.role, d.unit, d.email FROM booking_participants p
             JOIN directory d ON d.id = p.directory_id
         WHERE p.booking_id = ?1 ORDER BY d.name, d.id",
    )?
    .query_map([booking_id], |r| {
        Ok(Invitee {
            name: r.get(0)?,
            role: r.get(1)?,
            unit: r.get(2)?,
            email: r.get(3)?,
        })
    })?
    .collect::<super::db::Result<_>>()
    .context("reading a meeting's participants")
}
