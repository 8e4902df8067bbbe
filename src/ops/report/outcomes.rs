//! The pilots' figures from the register's own data (domain::outcomes computes them).

use std::path::Path;

use anyhow::Result;
use chrono::NaiveDate;

use super::super::Session;
use crate::domain::outcomes::{
    breakdown, compute, Breakdown, By, CaseFacts, Catalogue, FollowUpFacts, Outcomes,
};
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
    use chrono::Datelike;
    let age = match (case.birth_date, case.birth_year) {
        (Some(birth), _) => case.opened_on.years_since(birth),
        (None, Some(year)) => u32::try_from(case.opened_on.year() - year).ok(),
        _ => None,
    };
    let kela_hours = held(MeetingKind::Kela)
        .map(|b| b.starts_at.to_string())
        .collect();
    Ok(CaseFacts {
        source: case.source,
        group: case.group,
        age,
        municipality: case
            .municipality
            .as_deref()
            .and_then(crate::domain::municipality::lookup)
            .map(|m| m.code.to_string()),
        region: case.region.clone(),
        areas: crate::store::areas::areas_of_case(tx, &case.id)?
            .into_iter()
            .collect(),
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
        kela_hours,
        network_held: held(MeetingKind::Network).count() as u32,
        feedback: report::feedback_of(tx, &case.id)?,
        estimates: report::estimates_of(tx, &case.id)?,
        surveys: report::surveys_of(tx, &case.id)?,
        follow_up: follow_ups.last().map(|f| FollowUpFacts {
            status: f.status,
            knows_contact: f.knows_contact,
            usefulness: f.usefulness,
        }),
    })
}

/// The figures of a report: all cases, and with `--by` each group's.
#[derive(Debug)]
pub struct Figures {
    pub outcomes: Outcomes,
    pub breakdown: Option<Breakdown>,
    /// Whether counts from 1 to 4 are shown as "<5" (the default for every anonymous output).
    pub suppressed: bool,
}

/// How the report is asked for.
#[derive(Debug, Clone, Copy)]
pub struct Ask<'a> {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub region: Option<&'a str>,
    pub by: Option<By>,
    /// Show small counts as they are (the team's own use; never the default).
    pub exact: bool,
}

/// The figures for cases referred in [from, to], of `region` if given, and the cases counted.
pub fn build(tx: &Tx, ask: &Ask) -> Result<(Figures, Vec<String>)> {
    let cases = report::cases_opened(tx, ask.from, ask.to, ask.region)?;
    let all: Vec<CaseFacts> = cases.iter().map(|c| facts(tx, c)).collect::<Result<_>>()?;
    let services: Vec<String> = plan::services(tx)?.into_iter().map(|s| s.code).collect();
    let statements = report::statement_codes(tx)?;
    let catalogue = Catalogue {
        services: &services,
        statements: &statements,
    };
    let mut outcomes = compute(&all, &catalogue);
    let mut groups = match ask.by {
        Some(by) => Some(breakdown(&all, &catalogue, by, &order(tx, by)?)),
        None => None,
    };
    if !ask.exact {
        outcomes.suppress();
        if let Some(groups) = &mut groups {
            groups.suppress();
        }
    }
    let ids = cases.into_iter().map(|c| c.id).collect();
    let figures = Figures {
        outcomes,
        breakdown: groups,
        suppressed: !ask.exact,
    };
    Ok((figures, ids))
}

/// The order a breakdown's groups are shown in: the catalogue's or the vocabulary's.
fn order(tx: &Tx, by: By) -> Result<Vec<String>> {
    use crate::domain::outcomes::AGE_BANDS;
    use crate::domain::{ClientGroup, Source};
    let names = |all: &[&str]| all.iter().map(|s| s.to_string()).collect();
    Ok(match by {
        By::Area => crate::store::areas::all(tx)?
            .into_iter()
            .map(|a| a.code)
            .collect(),
        By::Group => ClientGroup::ALL.iter().map(|g| g.to_string()).collect(),
        By::AgeBand => names(&AGE_BANDS),
        By::Source => Source::ALL.iter().map(|s| s.to_string()).collect(),
        // Sorted by code and by name.
        By::Municipality | By::Region => Vec::new(),
    })
}

/// The names the page gives a breakdown's groups where the catalogue has them: the service areas'
/// and the municipalities' names (the other keys are labelled by the text catalogue).
fn group_names(tx: &Tx, by: Option<By>) -> Result<Vec<(String, String)>> {
    Ok(match by {
        Some(By::Area) => crate::store::areas::all(tx)?
            .into_iter()
            .map(|a| (a.code, a.name_en))
            .collect(),
        Some(By::Municipality) => crate::domain::municipality::all()
            .iter()
            .map(|m| (m.code.to_string(), format!("{} ({})", m.name_fi, m.code)))
            .collect(),
        _ => Vec::new(),
    })
}

/// Where and for whom the self-contained HTML page goes (a disclosure).
#[derive(Debug, Clone, Copy)]
pub struct Page<'a> {
    pub path: &'a Path,
    pub recipient: &'a str,
    /// Replace an existing file.
    pub force: bool,
    /// The legal basis of the disclosure.
    pub basis: &'a crate::domain::LegalBasis,
}

/// The figures of a period; with `page`, also the HTML page written and disclosed.
pub fn outcomes(session: &mut Session, ask: &Ask, page: Option<Page>) -> Result<Figures> {
    let register = session.path().to_path_buf();
    // Written and synced under a temporary name before the disclosure row commits, renamed into
    // place after: the page is never visible without its row.
    let (outcomes, pending) = session.write(|tx, author| {
        let (outcomes, cases) = build(tx, ask)?;
        let mut pending = None;
        if let Some(page) = page {
            let (rows, head) = crate::store::chain::head(tx, crate::store::chain::Log::Events)?;
            let statements = report::statement_texts(tx)?;
            let services = plan::services(tx)?;
            let group_names = group_names(tx, ask.by)?;
            let html = render::outcomes_html(&render::PageData {
                figures: &outcomes,
                ask,
                statements: &statements,
                services: &services,
                group_names: &group_names,
                chain: (rows, &head),
            });
            pending = Some(files::prepare(
                page.path,
                html.as_bytes(),
                page.force,
                &register,
            )?);
            access::disclose(
                tx,
                author,
                "outcomes report (HTML)",
                page.recipient,
                &cases,
                page.basis,
            )?;
        }
        Ok((outcomes, pending))
    })?;
    if let Some(pending) = pending {
        pending.commit_recorded()?;
    }
    Ok(outcomes)
}
