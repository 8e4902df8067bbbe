//! The coordinators' work list — untriaged referrals by days waiting, consents to collect, Kela
//! forms to send before the next hour, meetings to mark held, plans without a key worker,
//! follow-ups due. For the coordinators only: names are shown and every client listed is written
//! to the access log.

use anyhow::Result;

use super::super::{log_view, Session};
use super::expects_key_worker;
use crate::domain::records::Summary;
use crate::domain::report::{missing, Cell, Period, Report, Section};
use crate::domain::{BookingStatus, ConsentKind, MeetingKind, Phase};
use crate::store::{cases, consents, plan, schedule};

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
        for case in &open {
            let all = consents::for_case(tx, &case.case)?;
            let has = |kind| all.iter().any(|c| c.is_active() && c.kind == kind);
            if !has(ConsentKind::MultiProfessional) {
                collect.rows.push(vec![
                    Cell::text(&case.case),
                    name(case),
                    Cell::code(case.phase),
                    Cell::code(missing::MULTI_PROFESSIONAL_CONSENT),
                ]);
            }
            // Triage onto the Moty track waits for the contact request too.
            if case.phase == Phase::Referred && !has(ConsentKind::ContactRequest) {
                collect.rows.push(vec![
                    Cell::text(&case.case),
                    name(case),
                    Cell::code(case.phase),
                    Cell::code(missing::CONTACT_REQUEST),
                ]);
            }
            for b in schedule::for_case(tx, &case.case)?
                .into_iter()
                .filter(|b| b.status == BookingStatus::Booked)
            {
                if b.start() < now {
                    to_mark.rows.push(vec![
                        Cell::Int(b.id),
                        Cell::text(&case.case),
                        name(case),
                        Cell::code(b.kind),
                        Cell::Time(b.starts_at),
                    ]);
                } else if b.kind == MeetingKind::Kela
                    && !all.iter().any(|c| {
                        c.is_active()
                            && c.kind == ConsentKind::KelaExchange
                            && c.sent_to_kela_on.is_some()
                    })
                {
                    forms.rows.push(vec![
                        Cell::text(&case.case),
                        name(case),
                        Cell::Time(b.starts_at),
                    ]);
                }
            }
            if expects_key_worker(case.phase)
                && plan::latest(tx, &case.case)?
                    .and_then(|p| p.key_worker)
                    .is_none()
            {
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
        // One region's list (the one asked for, or the coordinator's default).
        let region = crate::ops::region::resolve(tx, author, choice)?;
        for section in &mut report.sections {
            section
                .retain_cases(|case| crate::ops::region::in_region(tx, case, region.as_deref()))?;
        }
        mark_non_disclosure(tx, &mut report)?;
        // Every client the list shows is an access to their data.
        let mut shown: Vec<&str> = report
            .sections
            .iter()
            .flat_map(|s| s.values("case"))
            .collect();
        shown.sort_unstable();
        shown.dedup();
        for case_id in shown {
            if let Some(case) = cases::get(tx, case_id)? {
                log_view(tx, author, &case, "report queue", None)?;
            }
        }
        Ok(report)
    })
}

/// Every section that names clients gets a `non_disclosure` column: whether the row's client has
/// a non-disclosure order for personal safety (the Markdown warns above the tables).
fn mark_non_disclosure(tx: &crate::store::Tx, report: &mut Report) -> Result<()> {
    for section in &mut report.sections {
        let Some(case_column) = section.columns.iter().position(|c| *c == "case") else {
            continue;
        };
        if !section.columns.contains(&"name") {
            continue;
        }
        section.columns.push("non_disclosure");
        for row in &mut section.rows {
            let protected = match row.get(case_column).and_then(Cell::as_str) {
                Some(case_id) => match cases::get(tx, case_id)? {
                    Some(case) => crate::store::clients::get(tx, case.client_id)?.non_disclosure,
                    None => false,
                },
                None => false,
            };
            row.push(Cell::Bool(protected));
        }
    }
    Ok(())
}
