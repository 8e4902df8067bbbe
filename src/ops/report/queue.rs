//! The coordinators' work list — untriaged referrals by days waiting, consents to collect, Kela
//! forms to send before the next hour, meetings to mark held, plans without a key worker,
//! follow-ups due. For the coordinators only: names are shown and every client listed is written
//! to the access log.

use std::collections::HashMap;

use anyhow::Result;

use super::super::Session;
use super::expects_key_worker;
use crate::domain::records::Summary;
use crate::domain::report::{missing, Cell, Period, Report, Section};
use crate::domain::{AccessAction, MeetingKind, Phase};
use crate::store::{access, cases, queue};

pub fn work_list(session: &mut Session, choice: &crate::ops::region::Choice) -> Result<Report> {
    let today = session.today();
    let now = session.now();
    session.write(|tx, author| {
        let open = cases::list(tx, &cases::Filter::default())?;
        let name = |case: &Summary| Cell::text(&case.name);
        let mut untriaged = Section::new("untriaged", &["case", "name", "days_waiting", "urgency"]);
        for w in cases::queue(tx)? {
            untriaged.rows.push(vec![
                Cell::text(&w.summary.case),
                name(&w.summary),
                Cell::Int((today - w.summary.phase_since).num_days()),
                Cell::code(w.urgency),
            ]);
        }
        let mut collect =
            Section::new("consents_to_collect", &["case", "name", "phase", "missing"]);
        let mut forms = Section::new("kela_forms", &["case", "name", "kela_hour"]);
        let mut to_mark = Section::new(
            "meetings_to_mark_held",
            &["meeting", "case", "name", "kind", "starts_at"],
        );
        let mut no_key_worker =
            Section::new("plans_without_key_worker", &["case", "name", "phase"]);
        // The facts of every open case at once (a handful of queries, not several per case).
        let facts = queue::open_facts(tx)?;
        let booked = queue::booked(tx)?;
        let none = queue::OpenFacts::default();
        for case in &open {
            let f = facts.get(&case.case).unwrap_or(&none);
            if !f.multi_professional {
                collect.rows.push(vec![
                    Cell::text(&case.case),
                    name(case),
                    Cell::code(case.phase),
                    Cell::code(missing::MULTI_PROFESSIONAL_CONSENT),
                ]);
            }
            // Triage onto the Moty track waits for the contact request too.
            if case.phase == Phase::Referred && !f.contact_request {
                collect.rows.push(vec![
                    Cell::text(&case.case),
                    name(case),
                    Cell::code(case.phase),
                    Cell::code(missing::CONTACT_REQUEST),
                ]);
            }
            for b in booked.get(&case.case).into_iter().flatten() {
                if b.start() < now {
                    to_mark.rows.push(vec![
                        Cell::Int(b.id),
                        Cell::text(&case.case),
                        name(case),
                        Cell::code(b.kind),
                        Cell::Time(b.starts_at),
                    ]);
                } else if b.kind == MeetingKind::Kela && !f.kela_form_sent {
                    forms.rows.push(vec![
                        Cell::text(&case.case),
                        name(case),
                        Cell::Time(b.starts_at),
                    ]);
                }
            }
            if expects_key_worker(case.phase) && !f.key_worker {
                no_key_worker.rows.push(vec![
                    Cell::text(&case.case),
                    name(case),
                    Cell::code(case.phase),
                ]);
            }
        }
        let mut due = Section::new("follow_ups_due", &["case", "name", "due_on"]);
        let mut due_rows = Vec::new();
        for (case_id, due_on) in crate::ops::follow_up::due_dates(tx)? {
            if (due_on - today).num_days() <= 7 {
                let case = open.iter().find(|c| c.case == case_id);
                due_rows.push((due_on, case_id, case.map_or(Cell::Empty, name)));
            }
        }
        due_rows.sort_by_key(|row| row.0);
        for (due_on, case_id, name) in due_rows {
            due.rows
                .push(vec![Cell::Text(case_id), name, Cell::Date(due_on)]);
        }
        // The Yhteistyö-tiimi request is binding: the units that still owe a step.
        let mut team_late = Section::new(
            "team_units_late",
            &["case", "name", "unit", "missing", "sent_on", "due_on"],
        );
        for w in crate::ops::schedule::team_steps::waiting(tx, today)? {
            let case = open.iter().find(|c| c.case == w.case);
            team_late.rows.push(vec![
                Cell::text(&w.case),
                case.map_or(Cell::Empty, name),
                Cell::text(w.unit),
                Cell::code(w.missing),
                w.sent_on.map_or(Cell::Empty, Cell::Date),
                w.due_on.map_or(Cell::Empty, Cell::Date),
            ]);
        }
        to_mark.rows.sort_by_key(|row| match row.get(4) {
            Some(Cell::Time(at)) => Some(*at),
            _ => None,
        });
        let mut report = Report {
            period: Period::Day(today),
            sections: vec![
                untriaged,
                to_mark,
                forms,
                collect,
                due,
                no_key_worker,
                team_late,
            ],
            cases: Vec::new(),
        };
        // One region's list (the one asked for, or the coordinator's default): the open cases'
        // regions are known; any other case's is read.
        let region = crate::ops::region::resolve(tx, author, choice)?;
        for section in &mut report.sections {
            section.retain_cases(|case| match facts.get(case) {
                Some(f) => Ok::<_, anyhow::Error>(region.as_deref().is_none_or(|r| {
                    f.region
                        .as_deref()
                        .is_some_and(|c| c.eq_ignore_ascii_case(r))
                })),
                None => crate::ops::region::in_region(tx, case, region.as_deref()),
            })?;
        }
        let mut shown: Vec<&str> = report
            .sections
            .iter()
            .flat_map(|s| s.values("case"))
            .collect();
        shown.sort_unstable();
        shown.dedup();
        let protected = queue::non_disclosure(tx, &shown)?;
        // Every client the list shows is an access to their data: one statement for them all.
        let clients: HashMap<&str, i64> = open
            .iter()
            .map(|c| (c.case.as_str(), c.client_id))
            .collect();
        let mut views = Vec::with_capacity(shown.len());
        for case_id in &shown {
            let client_id = match clients.get(case_id) {
                Some(id) => Some(*id),
                None => cases::get(tx, case_id)?.map(|c| c.client_id),
            };
            if let Some(client_id) = client_id {
                views.push(access::Access {
                    command: "report queue",
                    action: AccessAction::View,
                    client_id: Some(client_id),
                    case_id: Some(case_id),
                    reason: None,
                });
            }
        }
        access::log_all(tx, author, &views)?;
        mark_non_disclosure(&mut report, &protected);
        Ok(report)
    })
}

/// Every section that names clients gets a `non_disclosure` column: whether the row's client has
/// a non-disclosure order for personal safety (the Markdown warns above the tables).
fn mark_non_disclosure(report: &mut Report, protected: &HashMap<String, bool>) {
    for section in &mut report.sections {
        let Some(case_column) = section.columns.iter().position(|c| *c == "case") else {
            continue;
        };
        if !section.columns.contains(&"name") {
            continue;
        }
        section.columns.push("non_disclosure");
        for row in &mut section.rows {
            let marked = row
                .get(case_column)
                .and_then(Cell::as_str)
                .and_then(|case| protected.get(case))
                .copied()
                .unwrap_or(false);
            row.push(Cell::Bool(marked));
        }
    }
}
