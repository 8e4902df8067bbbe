//! Cases: the receipt of `refer`, the look-up and list tables, and the whole case file.

use anyhow::Result;
use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::Serialize;

use super::paged::Paged;
use super::{json, or_none, table};
use crate::domain::paging::Rest;
use crate::domain::records::{Case, Summary};
use crate::ops::lookup::CaseFile;
use crate::ops::refer::Registered;
use crate::text;

#[derive(Serialize, JsonSchema)]
pub struct Found<'a> {
    matches: Vec<SummaryView<'a>>,
    truncated: bool,
    /// On a server, for a whole identity code the team's register does not have: whether the
    /// person is a client of another team, with an open case there, and whom to call (the
    /// look-up is written in the access log). Absent when empty.
    #[serde(default, skip_serializing_if = "<[_]>::is_empty")]
    elsewhere: &'a [crate::domain::records::Elsewhere],
}

/// `moty list --json`: the cases, and with `--limit` (when more are left) how many more there are
/// and the `--after` place of the next page. Printed a page at a time (`paged`), in this shape.
#[derive(Serialize, JsonSchema)]
pub struct Listed<'a> {
    cases: Vec<SummaryView<'a>>,
    /// How many more cases there are after these (only with `--limit`, when there are more).
    #[serde(skip_serializing_if = "Option::is_none")]
    more: Option<u64>,
    /// The `--after` value that lists them (only with `--limit`, when there are more).
    #[serde(skip_serializing_if = "Option::is_none")]
    after: Option<String>,
}

#[derive(Serialize, JsonSchema)]
pub struct CaseView<'a> {
    #[serde(flatten)]
    case: &'a Case,
    days_in_phase: i64,
}

#[derive(Serialize, JsonSchema)]
pub struct FileView<'a> {
    client: &'a crate::domain::records::Client,
    case: CaseView<'a>,
    referral: &'a Option<crate::domain::records::Referral>,
    consents: Vec<super::consents::ConsentView<'a>>,
    triage: &'a [crate::domain::records::Triage],
    meetings: &'a [crate::domain::records::Booking],
    plan: &'a Option<crate::domain::records::Plan>,
    follow_ups: &'a [crate::domain::records::FollowUp],
    /// The client's feedback on held meetings, each answer worded as in its statement version.
    feedback: &'a [crate::domain::records::Feedback],
    kela_conclusions: &'a [crate::domain::records::KelaConclusion],
    /// The SOTE pair's estimates, per reception or entered at a follow-up call.
    estimates: &'a [crate::domain::records::Estimate],
    /// The professionals' survey answers about the case's meetings.
    surveys: &'a [crate::domain::records::Survey],
    timeline: &'a [crate::domain::records::Event],
    /// What is next: the next meeting, meetings to mark held, the follow-up's due date, what is
    /// missing and the key worker (the text leads with it).
    next: &'a crate::ops::next::Next,
}

pub fn registered(done: &Registered, as_json: bool) -> String {
    if as_json {
        return json(done);
    }
    let mut out = text::registered(
        &done.case,
        &text::shown(&done.client_name),
        done.new_client,
        &done.client_fields_changed,
    );
    if done.non_disclosure {
        out = format!(
            "{}
{out}",
            text::non_disclosure_warning()
        );
    }
    out
}

fn days_since(date: NaiveDate, today: NaiveDate) -> i64 {
    (today - date).num_days()
}

/// A summary as printed: `days_in_phase` is computed at read time, never stored.
#[derive(Serialize, JsonSchema)]
pub struct SummaryView<'a> {
    #[serde(flatten)]
    summary: &'a Summary,
    days_in_phase: i64,
}

fn views(rows: &[Summary], today: NaiveDate) -> Vec<SummaryView<'_>> {
    rows.iter()
        .map(|summary| SummaryView {
            summary,
            days_in_phase: days_since(summary.phase_since, today),
        })
        .collect()
}

/// The table of a look-up or list, below one warning line per client with a non-disclosure order.
fn summary_table(rows: &[Summary], today: NaiveDate) -> String {
    let warnings = text::non_disclosure_lines(
        rows.iter()
            .filter(|r| r.non_disclosure)
            .map(|r| r.case.as_str()),
    );
    let mut table = table(&[
        text::h_case(),
        text::h_name(),
        text::h_hetu(),
        text::h_phone(),
        text::h_region(),
        text::h_group(),
        text::h_phase(),
        text::h_days(),
    ]);
    for row in rows {
        let code = row
            .hetu
            .clone()
            .or_else(|| row.birth_year.map(|y| format!("{} {y}", text::h_born())));
        table.add_row(vec![
            row.case.clone(),
            row.name.clone(),
            or_none(&code),
            or_none(&row.phone),
            or_none(&row.region),
            text::value_label(row.client_group.as_str()).to_string(),
            text::value_label(row.phase.as_str()).to_string(),
            days_since(row.phase_since, today).to_string(),
        ]);
    }
    format!("{warnings}{table}\n")
}

pub fn found(found: &crate::ops::lookup::Found, today: NaiveDate, as_json: bool) -> String {
    let (rows, truncated) = (&found.cases[..], found.truncated);
    if as_json {
        return json(&Found {
            matches: views(rows, today),
            truncated,
            elsewhere: &found.elsewhere,
        });
    }
    if rows.is_empty() {
        let mut out = text::found_nothing().to_string();
        for other in &found.elsewhere {
            out.push_str(&elsewhere(other));
        }
        return out;
    }
    let mut out = summary_table(rows, today);
    if truncated {
        out.push_str(&text::truncated(rows.len()));
    }
    out
}

/// What the look-up across teams answered, a line or two.
fn elsewhere(other: &crate::domain::records::Elsewhere) -> String {
    let Some(team) = other.team.as_deref().filter(|_| other.open) else {
        return text::elsewhere_closed() + "\n";
    };
    let mut out = text::elsewhere_open(team, other.region.as_deref()) + "\n";
    out += &match other.contact() {
        Some(contact) => text::elsewhere_call(&contact),
        None => text::elsewhere_no_contact(),
    };
    out + "\n"
}

/// A page of `moty list`: rows for `--json`, else a table (nothing for an empty page: `listed_end`
/// says there were no cases).
pub fn listed_page(out: &mut Paged, rows: &[Summary], today: NaiveDate) -> Result<bool> {
    if out.json() {
        return out.json_rows(&views(rows, today));
    }
    out.text(&summary_table(rows, today), rows.len())
}

/// A short list for people, whole (the demo's open cases).
pub fn listed(rows: &[Summary], today: NaiveDate) -> String {
    if rows.is_empty() {
        return text::listed_nothing().to_string();
    }
    summary_table(rows, today)
}

/// The end of `moty list`: what is left (with `--limit`), or that no case matched.
pub fn listed_end(out: Paged, rest: Option<&Rest>) -> Result<()> {
    out.finish(rest, text::listed_nothing())
}

pub fn case_file(file: &CaseFile, today: NaiveDate, as_json: bool) -> String {
    let days = days_since(file.case.phase_since, today);
    if as_json {
        return json(&FileView {
            client: &file.client,
            case: CaseView {
                case: &file.case,
                days_in_phase: days,
            },
            referral: &file.referral,
            consents: super::consents::views(&file.consents),
            triage: &file.triage,
            meetings: &file.meetings,
            plan: &file.plan,
            follow_ups: &file.follow_ups,
            feedback: &file.feedback,
            kela_conclusions: &file.kela_conclusions,
            estimates: &file.estimates,
            surveys: &file.surveys,
            timeline: &file.timeline,
            next: &file.next,
        });
    }
    let case = &file.case;
    let client = &file.client;
    let mut out = text::case_heading(
        &case.id,
        text::value_label(case.phase.as_str()),
        case.phase_since,
        days,
    );
    out.push_str("\n\n");
    if client.non_disclosure {
        out.push_str(&format!("{}\n\n", text::non_disclosure_warning()));
    }
    out.push_str(&super::next::next_block(&file.next, today));
    out.push('\n');
    let mut facts = table(&[text::l_client(), &client.name]);
    if let Some(worker) = file.plan.as_ref().and_then(|p| p.key_worker.clone()) {
        let plan = file.plan.as_ref();
        let reach = [
            plan.and_then(|p| p.key_worker_unit.clone()),
            plan.and_then(|p| p.key_worker_contact.clone()),
        ];
        let details: Vec<String> = reach.into_iter().flatten().collect();
        let contact = if details.is_empty() {
            worker
        } else {
            format!("{worker} ({})", details.join(", "))
        };
        facts.add_row(vec![text::l_contact(), contact]);
    }
    let code = match (&client.hetu, client.hetu_temporary) {
        (Some(code), true) => Some(format!("{code} ({})", text::l_temporary())),
        (code, _) => code.clone(),
    };
    facts.add_row(vec![text::h_hetu().to_string(), or_none(&code)]);
    facts.add_row(vec![
        text::h_born().to_string(),
        or_none(&client.birth_year.map(|y| y.to_string())),
    ]);
    facts.add_row(vec![text::h_phone().to_string(), or_none(&client.phone)]);
    facts.add_row(vec![
        text::l_municipality().to_string(),
        or_none(&client.municipality),
    ]);
    facts.add_row(vec![text::h_region().to_string(), or_none(&client.region)]);
    if client.non_disclosure {
        facts.add_row(vec![
            text::l_non_disclosure(),
            text::non_disclosure_marked(true).to_string(),
        ]);
    }
    if let Some(language) = client.language {
        facts.add_row(vec![
            text::l_language(),
            text::value_label(language.as_str()).to_string(),
        ]);
    }
    if client.language.is_some() || client.interpreter.is_some() {
        facts.add_row(vec![
            text::l_interpreter(),
            text::interpreter_line(client.interpreter.as_deref()),
        ]);
    }
    facts.add_row(vec![
        text::h_group().to_string(),
        text::value_label(case.client_group.as_str()).to_string(),
    ]);
    facts.add_row(vec![
        text::h_opened().to_string(),
        text::format::date(text::i18n::ui_language(), case.opened_on),
    ]);
    let urgent = case.urgency == crate::domain::Urgency::Urgent;
    facts.add_marked_row(
        urgent.then_some(crate::term::Mark::Urgent),
        vec![
            text::h_urgency().to_string(),
            text::value_label(case.urgency.as_str()).to_string(),
        ],
    );
    if let Some(weeks) = case.follow_up_weeks {
        facts.add_row(vec![
            text::l_follow_up_interval().to_string(),
            text::interval_words(weeks, true),
        ]);
    }
    if let Some(reason) = case.close_reason {
        facts.add_row(vec![
            text::l_closed().to_string(),
            format!(
                "{} ({})",
                case.closed_on.map_or_else(
                    || text::NONE.to_string(),
                    |on| text::format::date(text::i18n::ui_language(), on)
                ),
                text::value_label(reason.as_str())
            ),
        ]);
    }
    if let Some(last) = file.triage.last() {
        let team: Vec<&str> = last
            .team
            .iter()
            .map(|r| text::value_label(r.as_str()))
            .collect();
        facts.add_row(vec![text::l_team().to_string(), team.join(", ")]);
        facts.add_row(vec![
            text::l_kela_screen().to_string(),
            text::yes_no(last.kela_screen).to_string(),
        ]);
        if !last.units.is_empty() {
            facts.add_row(vec![text::l_units().to_string(), last.units.join(", ")]);
        }
    }
    if let Some(referral) = &file.referral {
        facts.add_row(vec![
            text::l_source().to_string(),
            text::value_label(referral.source.as_str()).to_string(),
        ]);
        facts.add_row(vec![
            text::l_channel().to_string(),
            text::value_label(referral.channel.as_str()).to_string(),
        ]);
        let referrer: Vec<String> = [
            &referral.referrer_name,
            &referral.referrer_unit,
            &referral.referrer_contact,
        ]
        .into_iter()
        .flatten()
        .cloned()
        .collect();
        let referrer = (!referrer.is_empty()).then(|| referrer.join(", "));
        facts.add_row(vec![text::l_referrer().to_string(), or_none(&referrer)]);
        let signs: Vec<String> = referral
            .signs
            .iter()
            .map(|s| match (s, &referral.other_sign) {
                (crate::domain::Sign::Other, Some(other)) => text::other_sign(other),
                _ => text::value_label(s.as_str()).to_string(),
            })
            .collect();
        let signs = (!signs.is_empty()).then(|| signs.join("\n"));
        facts.add_row(vec![text::l_signs().to_string(), or_none(&signs)]);
        facts.add_row(vec![text::l_reason().to_string(), referral.reason.clone()]);
    }
    out.push_str(&format!("{facts}\n\n"));
    if let Some(plan) = file.plan.as_ref().filter(|p| !p.pathways.is_empty()) {
        let pathways: Vec<String> = plan
            .pathways
            .iter()
            .map(|w| {
                let service = crate::domain::area::service_name(
                    &file.services,
                    &w.service,
                    text::i18n::ui_language(),
                );
                format!("{service} ({})", text::value_label(w.status.as_str()))
            })
            .collect();
        out.push_str(&format!(
            "{} {}: {}\n\n",
            text::l_plan(),
            plan.version,
            pathways.join(", ")
        ));
    }
    for f in &file.follow_ups {
        let status = text::value_label(f.status.as_str());
        let next = text::value_label(f.next_step.as_str());
        out.push_str(&format!(
            "{}\n\n",
            text::follow_up_line(f.done_on, status, f.usefulness, next)
        ));
    }
    out.push_str(&super::feedback::feedback_section(&file.feedback));
    if !file.kela_conclusions.is_empty() {
        out.push_str(&super::kela::conclusions_table(&file.kela_conclusions));
    }
    out.push_str(&super::estimates::estimates_section(
        &file.estimates,
        &file.services,
    ));
    out.push_str(&super::estimates::surveys_section(&file.surveys));
    out.push_str(&format!("{}\n", text::l_consents()));
    out.push_str(&super::consents::consent_table(&file.consents));
    out.push_str(&format!("\n{}\n", text::l_timeline()));
    let mut timeline = table(&[
        text::h_date(),
        text::h_what(),
        text::h_by(),
        text::h_entered(),
    ]);
    timeline.cards_below_wide();
    for event in &file.timeline {
        let mut entered = text::format::ui_stamp(event.entered_at);
        if event.clock_overridden {
            entered = format!("{entered} ({})", text::clock_overridden());
        }
        let mut what = text::event_summary(event.kind, &event.detail);
        if event.effective_on < event.entered_at.local_date() {
            what = text::backdated(&what);
        }
        timeline.add_row(vec![
            text::format::date(text::i18n::ui_language(), event.effective_on),
            what,
            event.actor.clone(),
            entered,
        ]);
    }
    out.push_str(&format!("{timeline}\n"));
    out
}
