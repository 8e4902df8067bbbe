//! The export for the Yhteistyö-tiimi: case ids, pseudonymous client keys and anonymous
//! descriptions only — never a client's name, identity code, phone or address — and the same
//! register and week always give the same bytes.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::Path;

use anyhow::Result;
use chrono::{Datelike, Days, NaiveDate};

use super::super::{case, Session};
use crate::domain::records::{Client, UnitAnswer};
use crate::domain::report::{missing, Cell, Period, Report, Section};
use crate::domain::{leak, EventKind};
use crate::domain::{BookingStatus, ConsentKind, MeetingKind};
use crate::error::UserError;
use crate::ops::schedule::agenda::{self, FormStatus};
use crate::store::schedule as sched;
use crate::store::{access, cases, clients, consents, events, meta, pseudonym, report, Tx};
use crate::{files, render};

/// The formats of the weekly export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Markdown,
    Json,
    Csv { excel: bool },
    Xlsx,
}

impl Format {
    /// The format's name in the disclosure log.
    pub fn name(self) -> &'static str {
        match self {
            Format::Markdown => "md",
            Format::Json => "json",
            Format::Csv { .. } => "csv",
            Format::Xlsx => "xlsx",
        }
    }
}

/// The cases the report may name, asked about together (`report::naming`): whether each may be
/// named (its consent in force, of the region asked for), and its client's pseudonymous key —
/// the same client, the same key, in every export.
struct Named<'a> {
    asked: HashMap<String, report::Naming>,
    region: Option<&'a str>,
    keys: pseudonym::Keys,
    /// The cases named so far, for the disclosure log.
    named: Vec<String>,
}

impl<'a> Named<'a> {
    fn new(tx: &Tx, cases: &[&str], region: Option<&'a str>) -> Result<Named<'a>> {
        Ok(Named {
            asked: report::naming(tx, cases)?,
            region,
            keys: pseudonym::Keys::default(),
            named: Vec::new(),
        })
    }

    /// What was asked of `case`; a case not asked about is asked now.
    fn of(&mut self, tx: &Tx, case: &str) -> Result<&report::Naming> {
        if !self.asked.contains_key(case) {
            self.asked.extend(report::naming(tx, &[case])?);
        }
        Ok(self
            .asked
            .get(case)
            .ok_or_else(|| UserError::NotFound(crate::text::no_case(case)))?)
    }

    /// Whether the report may name `case` (noted if so): not a case whose client withdrew the
    /// consent, nor one of another region than the one asked for.
    fn keep(&mut self, tx: &Tx, case: &str) -> Result<bool> {
        let region = self.region;
        let asked = self.of(tx, case)?;
        let in_region = region.is_none_or(|r| {
            asked
                .region
                .as_deref()
                .is_some_and(|own| own.eq_ignore_ascii_case(r))
        });
        if asked.withdrawn || !in_region {
            return Ok(false);
        }
        self.named.push(case.to_string());
        Ok(true)
    }

    /// The pseudonymous key of the case's client.
    fn client_key(&mut self, tx: &Tx, case: &str) -> Result<Cell> {
        let asked = self.of(tx, case)?;
        let (client, kept) = (asked.client_id, asked.kept.clone());
        Ok(Cell::Text(self.keys.of(tx, client, kept)?))
    }
}

/// The marker written instead of a free-text field that fails the anonymity check at export time.
pub const WITHHELD: &str = "withheld";

/// The fields withheld so far, as (case, field): listed in the report's `withheld` section so
/// the coordinator sees which to fix, and the team sees that something was left out.
type Withheld = std::collections::BTreeSet<(String, String)>;

/// A check of the case's free text against its client: text that would identify the client
/// (`domain::leak`) becomes the code `withheld` in every format, rather than failing the whole
/// export — the team still gets its agenda, and the coordinator sees which field to fix. The
/// words accepted when the description was saved (`plan describe --accept-word`) stay accepted.
struct Anonymity {
    case: String,
    client: Client,
    accepted: Vec<String>,
}

impl Anonymity {
    fn of(tx: &Tx, case_id: &str) -> Result<Anonymity> {
        let case = case(tx, case_id)?;
        let client = clients::get(tx, case.client_id)?;
        let accepted: Vec<String> = events::for_case(tx, case_id)?
            .iter()
            .rev()
            .find(|e| e.kind == EventKind::DescriptionSaved)
            .and_then(|e| e.detail.get("accepted_words").cloned())
            .and_then(|words| serde_json::from_value(words).ok())
            .unwrap_or_default();
        Ok(Anonymity {
            case: case_id.to_string(),
            client,
            accepted,
        })
    }

    /// Whether `value` identifies the client; if so, `field` is noted as withheld.
    fn identifies(&self, field: String, value: &str, withheld: &mut Withheld) -> bool {
        let leaks = !leak::leaks(value, &self.client, &self.accepted).is_empty();
        if leaks {
            withheld.insert((self.case.clone(), field));
        }
        leaks
    }

    /// A free-text field, or `withheld`.
    fn text(&self, field: &str, value: Option<String>, withheld: &mut Withheld) -> Cell {
        match value {
            Some(v) if self.identifies(field.to_string(), &v, withheld) => Cell::code(WITHHELD),
            other => Cell::optional(other),
        }
    }

    /// The requested units, each unit's name and schedule checked: one that identifies the
    /// client is replaced by `withheld` inside the unit's object, so every format keeps its shape.
    /// The field is named by the unit's place in the request (`units[1].schedule`).
    fn units(&self, units: Vec<UnitAnswer>, withheld: &mut Withheld) -> Vec<UnitAnswer> {
        units
            .into_iter()
            .enumerate()
            .map(|(i, mut u)| {
                if self.identifies(format!("units[{}].unit", i + 1), &u.unit, withheld) {
                    u.unit = WITHHELD.to_string();
                }
                let field = format!("units[{}].schedule", i + 1);
                if u.schedule
                    .as_deref()
                    .is_some_and(|s| self.identifies(field, s, withheld))
                {
                    u.schedule = Some(WITHHELD.to_string());
                }
                u
            })
            .collect()
    }
}

/// The ISO week's name, e.g. `2026-W49`.
pub fn week_name(monday: NaiveDate) -> String {
    format!(
        "{}-W{:02}",
        monday.iso_week().year(),
        monday.iso_week().week()
    )
}

/// Builds the weekly report of the week starting on `monday`.
/// The export of one week; with `region`, of that region's cases only.
pub fn build(tx: &Tx, monday: NaiveDate, region: Option<&str>) -> Result<Report> {
    let sunday = monday + Days::new(6);
    let week = week_name(monday);
    let agenda = agenda::build(tx, monday, sunday, None, region)?;
    let late_units = crate::ops::schedule::team_steps::waiting(tx, monday)?;
    let due_dates: Vec<(String, NaiveDate)> = crate::ops::follow_up::due_dates(tx)?
        .into_iter()
        .filter(|(_, due_on)| *due_on <= sunday)
        .collect();
    // Every case a section may name, asked about at once rather than a few queries each.
    let asked: Vec<&str> = agenda
        .meetings
        .iter()
        .flat_map(|m| m.booked.iter().map(|e| e.case.as_str()))
        .chain(agenda.waiting_for_units.iter().map(|w| w.case.as_str()))
        .chain(late_units.iter().map(|w| w.case.as_str()))
        .chain(due_dates.iter().map(|(case, _)| case.as_str()))
        .collect::<BTreeSet<&str>>()
        .into_iter()
        .collect();
    let mut named = Named::new(tx, &asked, region)?;

    let mut withheld = Withheld::new();
    let mut team = Section::new(
        "team_agenda",
        &[
            "case",
            "client",
            "starts_at",
            "referring_unit",
            "units",
            "chair",
            "description",
        ],
    );
    for m in agenda
        .meetings
        .iter()
        .filter(|m| m.kind == MeetingKind::Team)
    {
        for e in &m.booked {
            if !named.keep(tx, &e.case)? {
                continue;
            }
            let referral = cases::referral(tx, &e.case)?;
            let check = Anonymity::of(tx, &e.case)?;
            let units = sched::request(tx, &e.case)?
                .map(|r| r.units)
                .unwrap_or_default();
            let w = &mut withheld;
            team.rows.push(vec![
                Cell::text(&e.case),
                named.client_key(tx, &e.case)?,
                Cell::Time(m.starts_at),
                check.text("referring_unit", referral.and_then(|r| r.referrer_unit), w),
                Cell::Units(check.units(units, w)),
                check.text("chair", e.chair.clone(), w),
                check.text("description", meta::description(tx, &e.case)?, w),
            ]);
        }
    }
    let mut waiting = Section::new("units_not_answered", &["case", "units"]);
    for w in &agenda.waiting_for_units {
        if named.keep(tx, &w.case)? {
            let check = Anonymity::of(tx, &w.case)?;
            let units = sched::request(tx, &w.case)?
                .map(|r| r.units)
                .unwrap_or_default();
            // Checked before filtering, so a unit keeps its place in the request's numbering.
            let units = check
                .units(units, &mut withheld)
                .into_iter()
                .filter(|u| u.worker.is_none())
                .collect();
            waiting
                .rows
                .push(vec![Cell::text(&w.case), Cell::Units(units)]);
        }
    }
    // The Yhteistyö-tiimi request is binding: the units that still owe a step at the week's start
    // (a due date before Monday is past). Units and case ids only.
    let mut late = Section::new(
        "team_units_late",
        &["case", "unit", "missing", "sent_on", "due_on"],
    );
    for w in late_units {
        if named.keep(tx, &w.case)? {
            let check = Anonymity::of(tx, &w.case)?;
            late.rows.push(vec![
                Cell::text(&w.case),
                check.text("unit", Some(w.unit), &mut withheld),
                Cell::code(w.missing),
                w.sent_on.map_or(Cell::Empty, Cell::Date),
                w.due_on.map_or(Cell::Empty, Cell::Date),
            ]);
        }
    }
    let mut meetings = Section::new(
        "meetings",
        &["starts_at", "kind", "cases", "places", "free"],
    );
    let mut missing_rows = Section::new(
        "consents_and_forms",
        &["case", "meeting", "starts_at", "missing"],
    );
    for m in agenda
        .meetings
        .iter()
        .filter(|m| matches!(m.kind, MeetingKind::JointAssessment | MeetingKind::Kela))
    {
        let mut listed = Vec::new();
        for e in m
            .booked
            .iter()
            .filter(|e| e.status == BookingStatus::Booked)
        {
            if !named.keep(tx, &e.case)? {
                continue;
            }
            listed.push(e.case.clone());
            let all = consents::for_case(tx, &e.case)?;
            let has = |kind: ConsentKind| all.iter().any(|c| c.is_active() && c.kind == kind);
            let mut lacks = |what: &str| {
                missing_rows.rows.push(vec![
                    Cell::text(&e.case),
                    Cell::Int(e.meeting),
                    Cell::Time(m.starts_at),
                    Cell::code(what),
                ])
            };
            if !has(ConsentKind::MultiProfessional) {
                lacks(missing::MULTI_PROFESSIONAL_CONSENT);
            }
            if m.kind == MeetingKind::Kela {
                match e.kela_form.as_ref().map(|f| f.status) {
                    Some(FormStatus::NoConsent) => lacks(missing::KELA_CONSENT),
                    Some(FormStatus::Late) => lacks(missing::KELA_FORM_LATE),
                    Some(FormStatus::NotSent) => lacks(missing::KELA_FORM_NOT_SENT),
                    Some(FormStatus::Sent) | None => {}
                }
            }
        }
        meetings.rows.push(vec![
            Cell::Time(m.starts_at),
            Cell::code(m.kind),
            Cell::Cases(listed),
            m.capacity.map_or(Cell::Empty, |c| Cell::Int(i64::from(c))),
            m.free.map_or(Cell::Empty, |f| Cell::Int(i64::from(f))),
        ]);
    }
    let mut referrals = Section::new("new_referrals", &["source", "channel", "count"]);
    let (last_monday, last_sunday) = (monday - Days::new(7), monday - Days::new(1));
    let mut counts: BTreeMap<(String, String), i64> = BTreeMap::new();
    // The week's referrals' consents in one query, not one per case.
    let withdrawn_last_week = report::withdrawn_opened(tx, last_monday, last_sunday)?;
    for case in report::cases_opened(tx, last_monday, last_sunday, None)? {
        if !withdrawn_last_week.contains(&case.id) {
            *counts
                .entry((case.source.to_string(), case.channel.to_string()))
                .or_default() += 1;
        }
    }
    for ((source, channel), count) in counts {
        referrals.rows.push(vec![
            Cell::Code(source),
            Cell::Code(channel),
            Cell::Int(count),
        ]);
    }
    let mut due = Section::new("follow_ups", &["case", "client", "due_on", "overdue"]);
    for (case, due_on) in due_dates {
        if named.keep(tx, &case)? {
            let key = named.client_key(tx, &case)?;
            due.rows.push(vec![
                Cell::Text(case),
                key,
                Cell::Date(due_on),
                Cell::Bool(due_on < monday),
            ]);
        }
    }
    // The timeline's chain head and length: a reader can later check the export against the
    // register (moty audit verify prints the same head). The stored head, not a walk of the whole
    // chain at every export: `audit verify` is the full check.
    let (rows, head) = crate::store::chain::head(tx, crate::store::chain::Log::Events)?;
    let mut register = Section::new("register", &["log", "rows", "head"]);
    register.rows.push(vec![
        Cell::code(crate::store::chain::Log::Events.table()),
        Cell::Int(rows),
        Cell::Text(head),
    ]);
    let mut withheld_rows = Section::new("withheld", &["case", "field"]);
    for (case, field) in withheld {
        withheld_rows
            .rows
            .push(vec![Cell::Text(case), Cell::Text(field)]);
    }
    let mut cases = named.named;
    cases.sort();
    cases.dedup();
    Ok(Report {
        period: Period::Week {
            week,
            monday,
            sunday,
        },
        sections: vec![
            team,
            waiting,
            late,
            meetings,
            missing_rows,
            referrals,
            due,
            withheld_rows,
            register,
        ],
        cases,
    })
}

/// Where an export goes: the file, and whether an existing one may be replaced.
#[derive(Debug, Clone, Copy)]
pub struct Out<'a> {
    pub path: &'a Path,
    pub force: bool,
}

/// The weekly export of the week starting `monday` for `recipient`, written to the disclosure
/// log; written to `out` (and nothing returned), or returned.
pub fn export(
    session: &mut Session,
    monday: NaiveDate,
    format: Format,
    recipient: &str,
    basis: &crate::domain::LegalBasis,
    out: Option<Out>,
    choice: &crate::ops::region::Choice,
) -> Result<Vec<u8>> {
    let register = session.path().to_path_buf();
    // The file is written and synced under a temporary name before the disclosure row commits,
    // and renamed into place only after: a file is never visible without its row.
    let (bytes, pending) = session.write(|tx, author| {
        let region = crate::ops::region::resolve(tx, author, choice)?;
        let report = build(tx, monday, region.as_deref())?;
        let bytes = match format {
            Format::Markdown => render::report::markdown(&report).into_bytes(),
            Format::Json => render::report::json(&report).into_bytes(),
            Format::Xlsx => render::report::xlsx(&report, monday)?,
            Format::Csv { excel } => render::report::csv(&report, excel)?,
        };
        let pending = out
            .map(|out| files::prepare(out.path, &bytes, out.force, &register))
            .transpose()?;
        let what = crate::text::weekly_what(&week_name(monday), format.name());
        access::disclose(tx, author, &what, recipient, &report.cases, basis)?;
        Ok((bytes, pending))
    })?;
    match pending {
        Some(pending) => {
            pending.commit_recorded()?;
            Ok(Vec::new())
        }
        None => Ok(bytes),
    }
}
