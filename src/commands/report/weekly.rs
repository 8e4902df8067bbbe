//! `moty report weekly`: the export for the Yhteistyö-tiimi. Case ids and anonymous
//! descriptions only — never a client's name, identity code, phone or address — and the same
//! register and week always give the same bytes.

use std::collections::BTreeMap;
use std::io::IsTerminal;
use std::path::PathBuf;

use crate::store::Tx;
use anyhow::Result;
use chrono::{Datelike, Days, NaiveDate};

use crate::commands::schedule::agenda::{self, write_private};
use crate::commands::Ctx;
use crate::domain::{calendar, validate, BookingStatus, ConsentKind, MeetingKind};
use crate::error::UserError;
use crate::render::report::{Report, Section};
use crate::store::schedule as sched;
use crate::store::{access, cases, consents, follow_up, meta, report};
use crate::{render, text};

#[derive(Debug, clap::Args)]
pub struct WeeklyArgs {
    /// The ISO week, e.g. 2026-W49 [default: the coming week]
    #[arg(long)]
    pub week: Option<String>,
    /// Who receives it (e.g. "Yhteistyö-tiimi, south"); kept in the disclosure log
    #[arg(long, value_name = "WHOM")]
    pub to: String,
    /// md, csv, json or xlsx [default: md on a terminal, csv otherwise]
    #[arg(long, value_parser = ["md", "csv", "json", "xlsx"])]
    pub format: Option<String>,
    /// With csv: the `;`-separated, BOM-marked CSV that Finnish Excel opens correctly
    #[arg(long)]
    pub excel: bool,
    /// Write to this file (atomically, private to you) instead of standard output
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
}

/// Cases whose multi-professional consent was withdrawn (and not given again) leave every export.
fn withdrawn(tx: &Tx, case_id: &str) -> Result<bool> {
    let multi: Vec<_> = consents::for_case(tx, case_id)?
        .into_iter()
        .filter(|c| c.kind == ConsentKind::MultiProfessional)
        .collect();
    Ok(!multi.is_empty() && multi.iter().all(|c| !c.is_active()))
}

/// The pseudonymous key of a case's client: the same client, the same key, in every export.
fn client_key(tx: &Tx, case_id: &str) -> Result<String> {
    let case =
        cases::get(tx, case_id)?.ok_or_else(|| UserError::NotFound(text::no_case(case_id)))?;
    crate::store::pseudonym::client_key(tx, case.client_id)
}

/// The coming week's Monday: today's if today is a Monday, otherwise the next.
fn coming_monday(today: NaiveDate) -> NaiveDate {
    let ahead = (7 - today.weekday().num_days_from_monday()) % 7;
    today + Days::new(u64::from(ahead))
}

pub fn build(tx: &Tx, monday: NaiveDate) -> Result<Report> {
    let sunday = monday + Days::new(6);
    let week = format!(
        "{}-W{:02}",
        monday.iso_week().year(),
        monday.iso_week().week()
    );
    let agenda = agenda::build(tx, monday, sunday, None)?;
    let mut cases_named: Vec<String> = Vec::new();
    let mut keep = |tx: &Tx, case: &str| -> Result<bool> {
        if withdrawn(tx, case)? {
            return Ok(false);
        }
        cases_named.push(case.to_string());
        Ok(true)
    };

    let mut team = Section::new(
        "team_agenda",
        text::S_TEAM_AGENDA,
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
            if !keep(tx, &e.case)? {
                continue;
            }
            let referral = cases::referral(tx, &e.case)?;
            let units = sched::request(tx, &e.case)?
                .map(|r| {
                    r.units
                        .iter()
                        .map(|u| {
                            text::unit_answer(
                                &u.unit,
                                u.worker.as_deref(),
                                u.answered_on.as_deref(),
                            )
                        })
                        .collect::<Vec<_>>()
                        .join("; ")
                })
                .unwrap_or_default();
            team.rows.push(vec![
                e.case.clone(),
                client_key(tx, &e.case)?,
                m.starts_at.clone(),
                referral.and_then(|r| r.referrer_unit).unwrap_or_default(),
                units,
                e.chair.clone().unwrap_or_default(),
                meta::description(tx, &e.case)?.unwrap_or_default(),
            ]);
        }
    }
    let mut waiting = Section::new(
        "units_not_answered",
        text::S_UNITS_WAITING,
        &["case", "units"],
    );
    for w in &agenda.waiting_for_units {
        if keep(tx, &w.case)? {
            waiting.rows.push(vec![w.case.clone(), w.units.join("; ")]);
        }
    }
    let mut meetings = Section::new(
        "meetings",
        text::S_MEETINGS,
        &["starts_at", "kind", "cases", "places", "free"],
    );
    let mut missing = Section::new(
        "consents_and_forms",
        text::S_MISSING,
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
            if !keep(tx, &e.case)? {
                continue;
            }
            listed.push(e.case.clone());
            let all = consents::for_case(tx, &e.case)?;
            let has = |kind: ConsentKind| all.iter().any(|c| c.is_active() && c.kind == kind);
            if !has(ConsentKind::MultiProfessional) {
                missing.rows.push(vec![
                    e.case.clone(),
                    e.meeting.to_string(),
                    m.starts_at.clone(),
                    text::MISSING_MULTI.to_string(),
                ]);
            }
            if m.kind == MeetingKind::Kela {
                if !has(ConsentKind::KelaExchange) {
                    missing.rows.push(vec![
                        e.case.clone(),
                        e.meeting.to_string(),
                        m.starts_at.clone(),
                        text::MISSING_KELA_CONSENT.to_string(),
                    ]);
                } else if let Some(form) = e.kela_form.as_ref().filter(|_| !e.kela_form_in_time) {
                    missing.rows.push(vec![
                        e.case.clone(),
                        e.meeting.to_string(),
                        m.starts_at.clone(),
                        form.clone(),
                    ]);
                }
            }
        }
        meetings.rows.push(vec![
            m.starts_at.clone(),
            m.kind.to_string(),
            listed.join(" "),
            m.capacity.map(|c| c.to_string()).unwrap_or_default(),
            m.free.map(|f| f.to_string()).unwrap_or_default(),
        ]);
    }
    let mut referrals = Section::new(
        "new_referrals",
        text::S_REFERRALS,
        &["source", "channel", "count"],
    );
    let (last_monday, last_sunday) = (monday - Days::new(7), monday - Days::new(1));
    let mut counts: BTreeMap<(String, String), u32> = BTreeMap::new();
    for case in report::cases_opened(tx, &last_monday.to_string(), &last_sunday.to_string(), None)?
    {
        if !withdrawn(tx, &case.id)? {
            *counts
                .entry((case.source.to_string(), case.channel.to_string()))
                .or_default() += 1;
        }
    }
    for ((source, channel), count) in counts {
        referrals
            .rows
            .push(vec![source, channel, count.to_string()]);
    }
    let mut due = Section::new(
        "follow_ups",
        text::S_FOLLOW_UPS,
        &["case", "client", "due_on", "overdue"],
    );
    for (case, since, next_on) in follow_up::in_follow_up(tx)? {
        let due_on = match next_on.and_then(|d| d.parse::<NaiveDate>().ok()) {
            Some(d) => d,
            None => crate::commands::plan::follow_up_due(tx, since.parse()?)?,
        };
        if due_on <= sunday && keep(tx, &case)? {
            let key = client_key(tx, &case)?;
            due.rows.push(vec![
                case,
                key,
                due_on.to_string(),
                if due_on < monday { "yes" } else { "no" }.to_string(),
            ]);
        }
    }
    // The timeline's chain head and length: a reader can later check the export against the
    // register (moty audit verify prints the same head).
    let chain = crate::store::chain::verify(tx, crate::store::chain::Log::Events)?;
    let mut register = Section::new("register", text::S_REGISTER, &["log", "rows", "head"]);
    register.rows.push(vec![
        chain.log.to_string(),
        chain.rows.to_string(),
        chain.head,
    ]);
    let mut named = cases_named;
    named.sort();
    named.dedup();
    Ok(Report {
        title: text::weekly_title(&week, &monday.to_string(), &sunday.to_string()),
        week,
        sections: vec![team, waiting, meetings, missing, referrals, due, register],
        cases: named,
    })
}

pub fn run(ctx: &Ctx, args: WeeklyArgs) -> Result<String> {
    let monday = match &args.week {
        Some(week) => calendar::week_monday(week)
            .ok_or_else(|| UserError::invalid("--week", text::not_a_week(week)))?,
        None => coming_monday(ctx.clock.today()),
    };
    let recipient = validate::line("--to", &args.to, 200)?;
    // --format, else --json, else the --out file's extension, else md on a terminal, csv otherwise.
    let from_extension = args
        .out
        .as_ref()
        .and_then(|p| p.extension())
        .and_then(|e| e.to_str())
        .filter(|e| ["md", "csv", "json", "xlsx"].contains(e))
        .map(String::from);
    let terminal = if std::io::stdout().is_terminal() {
        "md"
    } else {
        "csv"
    };
    let format = args
        .format
        .clone()
        .or(ctx.json.then(|| "json".to_string()))
        .or(from_extension)
        .unwrap_or_else(|| terminal.to_string());
    if format == "xlsx" && args.out.is_none() {
        return Err(UserError::Missing {
            flags: vec!["--out".to_string()],
        }
        .into());
    }
    if args.excel && format != "csv" {
        return Err(UserError::invalid("--excel", text::EXCEL_IS_CSV).into());
    }
    let author = ctx.author();
    let mut register = ctx.open()?;
    register.write(|tx| {
        let report = build(tx, monday)?;
        let bytes = match format.as_str() {
            "md" => render::report::markdown(&report).into_bytes(),
            "json" => render::report::json(&report).into_bytes(),
            "xlsx" => render::report::xlsx(&report, monday)?,
            _ => render::report::csv(&report, args.excel)?,
        };
        access::disclose(
            tx,
            &author,
            &text::weekly_what(&report.week, &format),
            &recipient,
            &report.cases,
        )?;
        match &args.out {
            Some(path) => {
                write_private(path, &bytes)?;
                Ok(String::new())
            }
            None => Ok(String::from_utf8(bytes)?),
        }
    })
}
