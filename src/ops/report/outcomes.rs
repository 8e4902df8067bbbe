//! The pilots' figures from the register's own data (domain::outcomes computes them).

use std::path::Path;

use anyhow::Result;
use chrono::NaiveDate;

use super::super::Session;
use crate::domain::outcomes::{compute, CaseFacts, FollowUpFacts, Outcomes};
use crate::domain::{BookingStatus, CloseReason, EventKind, MeetingKind, PathwayStatus};
use crate::store::report::ReportCase;
use crate::store::{access, events, follow_up, plan, report, schedule, Tx};
use crate::{files, render};

/// What the figures need about one case, read from its timeline, meetings, plan and follow-ups.
fn facts(tx: &Tx, case: &ReportCase) -> Result<CaseFacts> {
    let timeline = events::for_case(tx, &case.id)?;
    let first = |kind: EventKind| {
        timeline
            .iter()
            .find(|e| e.kind == kind)
            .map(|e| e.effective_on)
    };
    let meetings = schedule::for_case(tx, &case.id)?;
    let held = |kind: MeetingKind| {
        meetings
            .iter()
            .filter(move |b| b.kind == kind && b.status == BookingStatus::Held)
    };
    let assessed = held(MeetingKind::JointAssessment).next();
    let follow_ups = follow_up::for_case(tx, &case.id)?;
    let closed_jointly = timeline.iter().any(|e| {
        e.kind == EventKind::CaseClosed
            && e.detail.get("reason").and_then(|r| r.as_str())
                == Some(CloseReason::Completed.as_str())
    });
    Ok(CaseFacts {
        source: case.source,
        opened_on: case.opened_on,
        triaged_on: first(EventKind::Triaged),
        assessed_on: assessed.map(|b| b.starts_at.date()),
        segment: held(MeetingKind::JointAssessment)
            .next_back()
            .and_then(|b| b.segment),
        planned_on: first(EventKind::PlanChanged),
        completed_on: first(EventKind::PathwaysCompleted),
        followed_on: follow_ups.first().map(|f| f.done_on),
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
        follow_up: follow_ups.last().map(|f| FollowUpFacts {
            status: f.status,
            knows_contact: f.knows_contact,
            usefulness: f.usefulness,
            appointments_saved: f.appointments_saved,
            time_saved: f.time_saved,
        }),
    })
}

/// The figures for cases referred in [from, to], of `region` if given, and the cases counted.
pub fn build(
    tx: &Tx,
    from: NaiveDate,
    to: NaiveDate,
    region: Option<&str>,
) -> Result<(Outcomes, Vec<String>)> {
    let cases = report::cases_opened(tx, from, to, region)?;
    let all: Vec<CaseFacts> = cases.iter().map(|c| facts(tx, c)).collect::<Result<_>>()?;
    let services: Vec<String> = plan::services(tx)?.into_iter().map(|s| s.0).collect();
    let mut hours = std::collections::BTreeSet::new();
    let mut clients = 0;
    for case in &cases {
        for b in schedule::for_case(tx, &case.id)? {
            if b.kind == MeetingKind::Kela && b.status == BookingStatus::Held {
                hours.insert(b.starts_at);
                clients += 1;
            }
        }
    }
    let ids = cases.into_iter().map(|c| c.id).collect();
    Ok((compute(&all, &services, (hours.len() as u32, clients)), ids))
}

/// Where and for whom the self-contained HTML page goes (a disclosure).
#[derive(Debug, Clone, Copy)]
pub struct Page<'a> {
    pub path: &'a Path,
    pub recipient: &'a str,
    /// Replace an existing file.
    pub force: bool,
}

/// The figures of a period; with `page`, also the HTML page written and disclosed.
pub fn outcomes(
    session: &mut Session,
    from: NaiveDate,
    to: NaiveDate,
    region: Option<&str>,
    page: Option<Page>,
) -> Result<Outcomes> {
    let register = session.path().to_path_buf();
    // Written and synced under a temporary name before the disclosure row commits, renamed into
    // place after: the page is never visible without its row.
    let (outcomes, pending) = session.write(|tx, author| {
        let (outcomes, cases) = build(tx, from, to, region)?;
        let mut pending = None;
        if let Some(page) = page {
            let chain = crate::store::chain::verify(tx, crate::store::chain::Log::Events)?;
            let html = render::outcomes_html(
                &outcomes,
                &from.to_string(),
                &to.to_string(),
                region,
                (chain.rows, &chain.head),
            );
            pending = Some(files::prepare(
                page.path,
                html.as_bytes(),
                page.force,
                &register,
            )?);
            access::disclose(tx, author, "outcomes report (HTML)", page.recipient, &cases)?;
        }
        Ok((outcomes, pending))
    })?;
    if let Some(pending) = pending {
        pending.commit_recorded()?;
    }
    Ok(outcomes)
}
