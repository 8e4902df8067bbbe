//! `moty report queue`: the coordinators' work list — untriaged referrals by days waiting,
//! consents to collect, Kela forms to send before the next hour, meetings to mark held, plans
//! without a key worker, follow-ups due. For the coordinators only: names are shown and every
//! client listed is written to the access log.

use anyhow::Result;
use chrono::NaiveDate;

use crate::commands::Ctx;
use crate::domain::{AccessAction, BookingStatus, ConsentKind, MeetingKind, Phase};
use crate::render::report::{Report, Section};
use crate::store::{access, cases, consents, follow_up, plan, schedule};
use crate::{render, text};

pub fn run(ctx: &Ctx) -> Result<String> {
    let today = ctx.clock.today();
    let now = ctx.clock.local_now();
    let author = ctx.author();
    let mut register = ctx.open()?;
    let report = register.write(|tx| {
        let open = cases::list(tx, &cases::Filter::default())?;
        let name = |case: &cases::Summary| case.name.clone();
        let days = |since: &str| {
            since
                .parse::<NaiveDate>()
                .map(|d| (today - d).num_days())
                .unwrap_or(0)
        };
        let mut untriaged = Section::new(
            "untriaged",
            text::S_UNTRIAGED,
            &["case", "name", "days_waiting", "urgency"],
        );
        for w in cases::queue(tx)? {
            untriaged.rows.push(vec![
                w.summary.case.clone(),
                name(&w.summary),
                days(&w.summary.phase_since).to_string(),
                w.urgency.to_string(),
            ]);
        }
        let mut collect = Section::new(
            "consents_to_collect",
            text::S_COLLECT,
            &["case", "name", "phase", "missing"],
        );
        let mut forms = Section::new("kela_forms", text::S_FORMS, &["case", "name", "kela_hour"]);
        let mut to_mark = Section::new(
            "meetings_to_mark_held",
            text::S_TO_MARK,
            &["meeting", "case", "name", "kind", "starts_at"],
        );
        let mut no_key_worker = Section::new(
            "plans_without_key_worker",
            text::S_NO_KEY_WORKER,
            &["case", "name", "phase"],
        );
        for case in &open {
            let all = consents::for_case(tx, &case.case)?;
            let has = |kind| {
                all.iter()
                    .any(|c: &consents::Consent| c.is_active() && c.kind == kind)
            };
            if !has(ConsentKind::MultiProfessional) {
                collect.rows.push(vec![
                    case.case.clone(),
                    name(case),
                    case.phase.to_string(),
                    text::MISSING_MULTI.to_string(),
                ]);
            }
            for b in schedule::for_case(tx, &case.case)?
                .into_iter()
                .filter(|b| b.status == BookingStatus::Booked)
            {
                if b.start() < now {
                    to_mark.rows.push(vec![
                        b.id.to_string(),
                        case.case.clone(),
                        name(case),
                        b.kind.to_string(),
                        b.starts_at.clone(),
                    ]);
                } else if b.kind == MeetingKind::Kela
                    && !all.iter().any(|c| {
                        c.is_active()
                            && c.kind == ConsentKind::KelaExchange
                            && c.sent_to_kela_on.is_some()
                    })
                {
                    forms
                        .rows
                        .push(vec![case.case.clone(), name(case), b.starts_at.clone()]);
                }
            }
            let beyond = matches!(
                case.phase,
                Phase::NetworkMeeting | Phase::KelaConsultation | Phase::OnwardPathways
            );
            if beyond
                && plan::latest(tx, &case.case)?
                    .and_then(|p| p.key_worker)
                    .is_none()
            {
                no_key_worker.rows.push(vec![
                    case.case.clone(),
                    name(case),
                    case.phase.to_string(),
                ]);
            }
        }
        let mut due = Section::new(
            "follow_ups_due",
            text::S_FOLLOW_UPS,
            &["case", "name", "due_on"],
        );
        for (case_id, since, next_on) in follow_up::in_follow_up(tx)? {
            let due_on = match next_on.and_then(|d| d.parse::<NaiveDate>().ok()) {
                Some(d) => d,
                None => crate::commands::plan::follow_up_due(tx, since.parse()?)?,
            };
            if (due_on - today).num_days() <= 7 {
                let case = open.iter().find(|c| c.case == case_id);
                due.rows.push(vec![
                    case_id.clone(),
                    case.map(name).unwrap_or_default(),
                    due_on.to_string(),
                ]);
            }
        }
        due.rows.sort_by(|a, b| a[2].cmp(&b[2]));
        to_mark.rows.sort_by(|a, b| a[4].cmp(&b[4]));
        let report = Report {
            title: text::queue_title(&today.to_string()),
            week: String::new(),
            sections: vec![untriaged, to_mark, forms, collect, due, no_key_worker],
            cases: Vec::new(),
        };
        // Every client the list shows is an access to their data.
        let mut shown: Vec<&String> = report
            .sections
            .iter()
            .flat_map(|s| s.values("case"))
            .collect();
        shown.sort_unstable();
        shown.dedup();
        for case_id in shown {
            if let Some(case) = cases::get(tx, case_id)? {
                let row = access::Access {
                    command: "report queue",
                    action: AccessAction::View,
                    client_id: Some(case.client_id),
                    case_id: Some(case_id),
                    reason: None,
                };
                access::log(tx, &author, &row)?;
            }
        }
        Ok(report)
    })?;
    Ok(if ctx.json {
        render::report::json(&report)
    } else {
        render::report::markdown(&report)
    })
}
