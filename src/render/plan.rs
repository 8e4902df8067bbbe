//! The plan: as a table, as JSON, its history of changes, and as a plain-language page for the
//! client; the service catalogue; the draft of the anonymous description.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::Serialize;

use super::{json, or_none, table};
use crate::domain::records::Plan;
use crate::domain::records::Referral;
use crate::text;

/// A date in the UI language, or the "none" mark.
fn day(on: &Option<NaiveDate>) -> String {
    on.map_or_else(
        || text::NONE.to_string(),
        |on| text::format::date(text::i18n::ui_language(), on),
    )
}

/// A moment, Helsinki time to the minute, in the UI language.
fn minute(at: crate::clock::Stamp) -> String {
    text::format::ui_stamp(at)
}

/// A status code in words (the English words are the codes themselves).
fn status(code: &str) -> String {
    match text::value_label(code).to_string() {
        label if label.is_empty() => code.to_string(),
        label => label,
    }
}

use crate::domain::area::{service_name, ServiceEntry};

#[derive(Serialize, JsonSchema)]
pub struct PlanSaved<'a> {
    case: &'a str,
    version: Option<u32>,
    follow_up_due: Option<String>,
    /// The follow-up interval now in force, when this change set the case's own or gave it back
    /// the team's; null otherwise.
    follow_up_interval: Option<crate::ops::follow_up::Interval>,
}

#[derive(Serialize, JsonSchema)]
pub struct PlanShown<'a> {
    case: &'a str,
    plan: &'a Plan,
    /// The follow-up interval the case follows up at: its own, or the team's.
    follow_up_interval: crate::ops::follow_up::Interval,
}

#[derive(Serialize, JsonSchema)]
pub struct PlanVersion<'a> {
    version: u32,
    entered_at: crate::clock::Stamp,
    actor: &'a str,
    note: &'a Option<String>,
    changes: Vec<String>,
}

#[derive(Serialize, JsonSchema)]
pub struct PlanHistory<'a> {
    case: &'a str,
    versions: Vec<PlanVersion<'a>>,
}

#[derive(Serialize, JsonSchema)]
pub struct Service<'a> {
    code: &'a str,
    /// The name the register first had for the service (before schema 6: English with the Finnish
    /// word in parentheses); a service added or renamed since has its English name here.
    name: &'a str,
    active: bool,
    /// The service area the service belongs to (`moty settings areas`); null: not given yet.
    area: Option<&'a str>,
    name_fi: &'a str,
    name_sv: &'a str,
    name_en: &'a str,
}

#[derive(Serialize, JsonSchema)]
pub struct Services<'a> {
    services: Vec<Service<'a>>,
}

/// `moty follow-up due --json`, printed a page at a time (`paged`) in this shape.
#[derive(Serialize, JsonSchema)]
pub struct FollowUpsDue<'a> {
    follow_ups: &'a [crate::ops::follow_up::Due],
    /// How many more follow-ups there are after these (only with `--limit`, when there are more).
    #[serde(skip_serializing_if = "Option::is_none")]
    more: Option<u64>,
    /// The `--after` value that lists them (only with `--limit`, when there are more).
    #[serde(skip_serializing_if = "Option::is_none")]
    after: Option<String>,
}

#[derive(Serialize, JsonSchema)]
pub struct FollowUpRecorded<'a> {
    case: &'a str,
    next_step: crate::domain::NextStep,
}

pub fn plan_saved(case: &str, saved: &crate::ops::plan::edit::Saved, as_json: bool) -> String {
    let (version, due) = (saved.version, saved.follow_up_due);
    if as_json {
        return json(&PlanSaved {
            case,
            version,
            follow_up_due: due.map(|d| d.to_string()),
            follow_up_interval: saved.interval,
        });
    }
    let mut out = match (version, saved.interval) {
        (Some(v), _) => text::plan_saved(case, v),
        (None, Some(_)) => String::new(),
        (None, None) => text::nothing_changed(),
    };
    if let Some(interval) = saved.interval {
        out.push_str(&text::interval_set(case, interval.weeks, interval.per_case));
    }
    if let Some(due) = due {
        out.push_str(&text::pathways_completed(case, due));
    }
    out
}

pub fn plan(
    case: &str,
    plan: &Plan,
    services: &[ServiceEntry],
    interval: crate::ops::follow_up::Interval,
    as_json: bool,
) -> String {
    if as_json {
        return json(&PlanShown {
            case,
            plan,
            follow_up_interval: interval,
        });
    }
    let mut out = format!(
        "{}\n",
        text::plan_heading(case, plan.version, &minute(plan.entered_at), &plan.actor)
    );
    let mut facts = table(&[&text::l_contact(), &or_none(&plan.key_worker)]);
    facts.add_row(vec![
        text::h_unit().to_string(),
        or_none(&plan.key_worker_unit),
    ]);
    facts.add_row(vec![
        text::h_phone().to_string(),
        or_none(&plan.key_worker_contact),
    ]);
    facts.add_row(vec![text::l_resources(), or_none(&plan.resources)]);
    facts.add_row(vec![text::l_goals(), or_none(&plan.goals)]);
    for need in &plan.needs {
        facts.add_row(vec![
            text::need_label(need.area).to_string(),
            need.text.clone(),
        ]);
    }
    facts.add_row(vec![text::l_confirmed(), day(&plan.client_confirmed_on)]);
    facts.add_row(vec![
        text::l_follow_up_interval().to_string(),
        text::interval_words(interval.weeks, interval.per_case),
    ]);
    out.push_str(&format!("{facts}\n"));
    if !plan.actions.is_empty() {
        let mut t = table(&[
            text::h_id(),
            &text::h_action(),
            &text::h_who(),
            &text::h_by_date(),
            text::h_status(),
        ]);
        for (i, a) in plan.actions.iter().enumerate() {
            t.add_row(vec![
                (i + 1).to_string(),
                a.what.clone(),
                a.who.clone(),
                day(&a.due_on),
                status(a.status.as_str()),
            ]);
        }
        out.push_str(&format!("{t}\n"));
    }
    if !plan.pathways.is_empty() {
        let mut t = table(&[
            text::h_id(),
            &text::h_service(),
            text::h_unit(),
            &text::h_professional(),
            &text::h_appointment(),
            &text::h_purpose(),
            text::h_status(),
        ]);
        for (i, p) in plan.pathways.iter().enumerate() {
            let booked = if p.booked_for_client {
                format!(" ({})", text::booked_for_client())
            } else {
                String::new()
            };
            t.add_row(vec![
                (i + 1).to_string(),
                service_name(services, &p.service, text::i18n::ui_language()).to_string(),
                or_none(&p.unit),
                or_none(&p.professional),
                format!("{}{booked}", day(&p.appointment_on)),
                or_none(&p.purpose),
                match text::pathway_status_label(p.status.as_str()) {
                    "" => p.status.as_str().to_string(),
                    label => label.to_string(),
                },
            ]);
        }
        out.push_str(&format!("{t}\n"));
    }
    out
}

/// What changed from one version to the next, in words.
fn changes(old: Option<&Plan>, new: &Plan) -> Vec<String> {
    let empty = Plan::default();
    let old = old.unwrap_or(&empty);
    let mut out = Vec::new();
    let mut field = |label: &str, a: &Option<String>, b: &Option<String>| {
        if a != b {
            out.push(text::changed_field(label, b.as_deref()));
        }
    };
    field(&text::h_key_worker(), &old.key_worker, &new.key_worker);
    field(text::h_unit(), &old.key_worker_unit, &new.key_worker_unit);
    field(
        text::h_phone(),
        &old.key_worker_contact,
        &new.key_worker_contact,
    );
    field(&text::l_resources(), &old.resources, &new.resources);
    field(&text::l_goals(), &old.goals, &new.goals);
    if old.client_confirmed_on != new.client_confirmed_on {
        let confirmed = new.client_confirmed_on.map(|d| day(&Some(d)));
        out.push(text::changed_field(
            &text::l_confirmed(),
            confirmed.as_deref(),
        ));
    }
    for need in &new.needs {
        if !old.needs.contains(need) {
            out.push(text::changed_field(
                &text::need_label(need.area),
                Some(&need.text),
            ));
        }
    }
    for need in &old.needs {
        if !new.needs.iter().any(|n| n.area == need.area) {
            out.push(text::changed_field(&text::need_label(need.area), None));
        }
    }
    for (i, a) in new.actions.iter().enumerate() {
        match old.actions.get(i) {
            None => out.push(text::added_action(i + 1, &a.what)),
            Some(before) if before.status != a.status => {
                out.push(text::status_changed("action", i + 1, a.status.as_str()))
            }
            _ => {}
        }
    }
    for (i, p) in new.pathways.iter().enumerate() {
        match old.pathways.get(i) {
            None => out.push(text::added_pathway(i + 1, &p.service)),
            Some(before) if before.status != p.status => {
                out.push(text::status_changed("pathway", i + 1, p.status.as_str()))
            }
            _ => {}
        }
    }
    out
}

pub fn plan_history(case: &str, versions: &[Plan], as_json: bool) -> String {
    let list: Vec<PlanVersion> = versions
        .iter()
        .enumerate()
        .map(|(i, v)| PlanVersion {
            version: v.version,
            entered_at: v.entered_at,
            actor: &v.actor,
            note: &v.note,
            changes: changes(i.checked_sub(1).and_then(|p| versions.get(p)), v),
        })
        .collect();
    if as_json {
        return json(&PlanHistory {
            case,
            versions: list,
        });
    }
    let mut out = String::new();
    for v in list {
        out.push_str(&text::version_heading(
            v.version,
            &text::format::ui_moment(v.entered_at),
            v.actor,
            v.note.as_deref(),
        ));
        for change in v.changes {
            out.push_str(&format!("  - {change}\n"));
        }
    }
    out
}

/// The plan for the client, in plain language: whom to contact, where they go next, what was
/// agreed.
/// The plan for the client, in `language` (the client's: Finnish or Swedish, else the UI's).
pub fn plan_markdown(
    name: &str,
    case: &str,
    plan: &Plan,
    services: &[ServiceEntry],
    language: crate::domain::Language,
) -> String {
    let mut out = format!(
        "# {}\n\n{}\n\n",
        text::copy_title(language, name),
        text::copy_intro(language, case, plan.entered_at.local_date())
    );
    out.push_str(&format!(
        "## {}\n\n",
        text::copy_heading(language, "contact")
    ));
    out.push_str(&format!(
        "{}\n\n",
        text::copy_contact(
            language,
            plan.key_worker.as_deref(),
            plan.key_worker_unit.as_deref(),
            plan.key_worker_contact.as_deref()
        )
    ));
    if let Some(goals) = &plan.goals {
        let heading = text::copy_heading(language, "goals");
        out.push_str(&format!("## {heading}\n\n{goals}\n\n"));
    }
    if !plan.pathways.is_empty() {
        out.push_str(&format!(
            "## {}\n\n",
            text::copy_heading(language, "pathways")
        ));
        for p in &plan.pathways {
            out.push_str(&format!(
                "- {}\n",
                text::copy_pathway(
                    language,
                    service_name(services, &p.service, language),
                    p.unit.as_deref(),
                    p.professional.as_deref(),
                    p.appointment_on,
                    p.booked_for_client,
                    p.purpose.as_deref()
                )
            ));
        }
        out.push('\n');
    }
    if !plan.actions.is_empty() {
        out.push_str(&format!(
            "## {}\n\n",
            text::copy_heading(language, "actions")
        ));
        for a in &plan.actions {
            out.push_str(&format!(
                "- {}\n",
                text::copy_action(language, &a.what, &a.who, a.due_on)
            ));
        }
        out.push('\n');
    }
    out
}

pub fn services(all: &[ServiceEntry], as_json: bool) -> String {
    if as_json {
        let list: Vec<Service> = all
            .iter()
            .map(|s| Service {
                code: &s.code,
                name: &s.name,
                active: s.active,
                area: s.area.as_deref(),
                name_fi: &s.name_fi,
                name_sv: &s.name_sv,
                name_en: &s.name_en,
            })
            .collect();
        return json(&Services { services: list });
    }
    let language = text::i18n::ui_language();
    let mut t = table(&[&text::h_code(), &text::h_service(), &text::h_area()]);
    for s in all {
        t.add_row(vec![
            s.code.clone(),
            s.name_in(language).to_string(),
            or_none(&s.area),
        ]);
    }
    format!("{t}\n")
}

/// Seed 001's template for the anonymous description, filled with what the register knows.
pub fn description_draft(
    today: NaiveDate,
    referral: Option<&Referral>,
    units: &[String],
) -> String {
    let unit = referral
        .and_then(|r| r.referrer_unit.clone())
        .unwrap_or_default();
    let worker = referral
        .and_then(|r| r.referrer_name.clone())
        .unwrap_or_default();
    let contact = referral
        .and_then(|r| r.referrer_contact.clone())
        .unwrap_or_default();
    text::description_template(today, &unit, &worker, &contact, &units.join(", "))
}

/// A page of `moty follow-up due`: rows for `--json`, else a table (nothing for an empty page:
/// `follow_ups_due_end` says nothing is due).
pub fn follow_ups_due_page(
    out: &mut super::paged::Paged,
    list: &[crate::ops::follow_up::Due],
) -> anyhow::Result<bool> {
    if out.json() {
        return out.json_rows(list);
    }
    out.text(&due_table(list), list.len())
}

/// The end of `moty follow-up due`: what is left (with `--limit`), or that nothing is due.
pub fn follow_ups_due_end(
    out: super::paged::Paged,
    rest: Option<&crate::domain::paging::Rest>,
) -> anyhow::Result<()> {
    out.finish(rest, &text::nothing_due())
}

fn due_table(list: &[crate::ops::follow_up::Due]) -> String {
    if list.is_empty() {
        return String::new();
    }
    let warnings = text::non_disclosure_lines(
        list.iter()
            .filter(|d| d.non_disclosure)
            .map(|d| d.case.as_str()),
    );
    let mut t = table(&[
        text::h_case(),
        &text::h_due(),
        &text::h_overdue(),
        text::h_name(),
        text::h_phone(),
        &text::h_key_worker(),
    ]);
    for d in list {
        let mark = d.overdue.then_some(crate::term::Mark::Overdue);
        t.add_marked_row(
            mark,
            vec![
                d.case.clone(),
                day(&Some(d.due_on)),
                d.days_overdue.to_string(),
                d.name.clone(),
                or_none(&d.phone),
                or_none(&d.key_worker),
            ],
        );
    }
    format!("{warnings}{t}\n")
}

pub fn follow_up_recorded(case: &str, next: crate::domain::NextStep, as_json: bool) -> String {
    if as_json {
        return json(&FollowUpRecorded {
            case,
            next_step: next,
        });
    }
    text::follow_up_recorded(case, text::value_label(next.as_str()))
}
