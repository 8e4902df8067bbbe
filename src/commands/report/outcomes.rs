//! `moty report outcomes`: the pilots' figures from the register's own data.

use std::path::PathBuf;

use crate::store::Tx;
use anyhow::Result;
use chrono::NaiveDate;

use crate::commands::schedule::agenda::write_private;
use crate::commands::Ctx;
use crate::domain::outcomes::{compute, CaseFacts, FollowUpFacts, Outcomes};
use crate::domain::{validate, BookingStatus, CloseReason, EventKind, MeetingKind, PathwayStatus};
use crate::error::UserError;
use crate::store::{access, events, follow_up, plan, report, schedule};
use crate::{render, text};

#[derive(Debug, clap::Args)]
pub struct OutcomesArgs {
    /// The first day of the period (cases referred from it), YYYY-MM-DD [default: a year ago]
    #[arg(long, value_name = "DATE")]
    pub from: Option<String>,
    /// The last day of the period, YYYY-MM-DD [default: today]
    #[arg(long, value_name = "DATE")]
    pub to: Option<String>,
    /// Only clients of this team region
    #[arg(long)]
    pub region: Option<String>,
    /// `table`, `json` or `csv`
    #[arg(long, value_parser = ["table", "json", "csv"], default_value = "table")]
    pub format: String,
    /// Also write a self-contained HTML page with charts (written to the disclosure log)
    #[arg(long, value_name = "FILE")]
    pub html: Option<PathBuf>,
    /// Who the HTML page is for; kept in the disclosure log
    #[arg(long, value_name = "WHOM", default_value = "the team supervisor")]
    pub to_whom: String,
}

fn date(value: &str) -> Option<NaiveDate> {
    value.get(..10).and_then(|d| d.parse().ok())
}

/// What the figures need about one case, read from its timeline, meetings, plan and follow-ups.
fn facts(tx: &Tx, case: &report::ReportCase) -> Result<CaseFacts> {
    let timeline = events::for_case(tx, &case.id)?;
    let first = |kind: EventKind| {
        timeline
            .iter()
            .find(|e| e.kind == kind)
            .and_then(|e| date(&e.effective_on))
    };
    let meetings = schedule::for_case(tx, &case.id)?;
    let held = |kind: MeetingKind| {
        meetings
            .iter()
            .filter(move |b| b.kind == kind && b.status == BookingStatus::Held)
    };
    let assessed = held(MeetingKind::JointAssessment).next();
    let latest_follow_up = follow_up::for_case(tx, &case.id)?;
    let closed_jointly = timeline.iter().any(|e| {
        e.kind == EventKind::CaseClosed
            && e.detail.get("reason").and_then(|r| r.as_str())
                == Some(CloseReason::Completed.as_str())
    });
    Ok(CaseFacts {
        source: case.source,
        opened_on: date(&case.opened_on).unwrap_or_default(),
        triaged_on: first(EventKind::Triaged),
        assessed_on: assessed.and_then(|b| date(&b.starts_at)),
        segment: held(MeetingKind::JointAssessment)
            .next_back()
            .and_then(|b| b.segment),
        planned_on: first(EventKind::PlanChanged),
        completed_on: first(EventKind::PathwaysCompleted),
        followed_on: latest_follow_up.first().and_then(|f| date(&f.done_on)),
        closed_jointly,
        pathways: plan::latest(tx, &case.id)?
            .map(|p| {
                p.pathways
                    .into_iter()
                    .filter(|w| w.status != PathwayStatus::Declined)
                    .map(|w| w.service)
                    .collect()
            })
            .unwrap_or_default(),
        kela_held: held(MeetingKind::Kela).count() as u32,
        network_held: held(MeetingKind::Network).count() as u32,
        follow_up: latest_follow_up.last().map(|f| FollowUpFacts {
            status: f.status,
            knows_contact: f.knows_contact,
            usefulness: f.usefulness,
            appointments_saved: f.appointments_saved,
            time_saved: f.time_saved,
        }),
    })
}

/// The figures for cases referred in [from, to], of `region` if given.
pub fn build(
    tx: &Tx,
    from: NaiveDate,
    to: NaiveDate,
    region: Option<&str>,
) -> Result<(Outcomes, Vec<String>)> {
    let cases = report::cases_opened(tx, &from.to_string(), &to.to_string(), region)?;
    let all: Vec<CaseFacts> = cases.iter().map(|c| facts(tx, c)).collect::<Result<_>>()?;
    let services: Vec<String> = plan::services(tx)?.into_iter().map(|s| s.0).collect();
    let mut hours = std::collections::BTreeSet::new();
    let mut clients = 0;
    for case in &cases {
        for b in schedule::for_case(tx, &case.id)? {
            if b.kind == MeetingKind::Kela && b.status == BookingStatus::Held {
                hours.insert(b.starts_at.clone());
                clients += 1;
            }
        }
    }
    let ids = cases.into_iter().map(|c| c.id).collect();
    Ok((compute(&all, &services, (hours.len() as u32, clients)), ids))
}

pub fn run(ctx: &Ctx, args: OutcomesArgs) -> Result<String> {
    let today = ctx.clock.today();
    let to = args
        .to
        .as_deref()
        .map(|t| validate::date("--to", t))
        .transpose()?
        .unwrap_or(today);
    let from = args
        .from
        .as_deref()
        .map(|f| validate::date("--from", f))
        .transpose()?
        .unwrap_or(to - chrono::Days::new(365));
    if to < from {
        return Err(UserError::invalid("--to", text::to_before_from()).into());
    }
    let region = args
        .region
        .as_deref()
        .map(|r| validate::place("--region", r))
        .transpose()?;
    let recipient = match &args.html {
        Some(_) => validate::line("--to-whom", &args.to_whom, 200)?,
        None => String::new(),
    };
    let author = ctx.author();
    let mut register = ctx.open()?;
    let outcomes = register.write(|tx| {
        let (outcomes, cases) = build(tx, from, to, region.as_deref())?;
        if let Some(path) = &args.html {
            let chain = crate::store::chain::verify(tx, crate::store::chain::Log::Events)?;
            let page = render::outcomes_html(
                &outcomes,
                &from.to_string(),
                &to.to_string(),
                region.as_deref(),
                (chain.rows, &chain.head),
            );
            access::disclose(tx, &author, "outcomes report (HTML)", &recipient, &cases)?;
            write_private(path, page.as_bytes())?;
        }
        Ok(outcomes)
    })?;
    let format = if ctx.json {
        "json"
    } else {
        args.format.as_str()
    };
    Ok(render::outcomes(
        &outcomes,
        &from.to_string(),
        &to.to_string(),
        region.as_deref(),
        format,
    ))
}
