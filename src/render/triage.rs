//! The triage queue, the card shown for one case, and the receipts of triage, close and reopen.

use anyhow::Result;
use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::Serialize;

use super::paged::Paged;
use super::{json, or_none, table, table_marked};
use crate::domain::paging::Rest;
use crate::domain::records::Consent;
use crate::domain::records::Waiting;
use crate::domain::{CloseReason, ConsentKind, Decision, Phase, Urgency};
use crate::ops::triage::Queued;
use crate::text;

#[derive(Serialize, JsonSchema)]
pub struct Queue<'a> {
    queue: Vec<QueueRow<'a>>,
    /// How many more cases wait after these (only with `--limit`, when there are more).
    #[serde(skip_serializing_if = "Option::is_none")]
    more: Option<u64>,
    /// The `--after` value that lists them (only with `--limit`, when there are more).
    #[serde(skip_serializing_if = "Option::is_none")]
    after: Option<String>,
}

/// The multi-professional consent in one word: the method in force, "withdrawn" or "none".
pub fn consent_status(consents: &[Consent]) -> &'static str {
    let multi = consents
        .iter()
        .filter(|c| c.kind == ConsentKind::MultiProfessional);
    if let Some(best) = multi
        .clone()
        .filter(|c| c.is_active())
        .min_by_key(|c| c.method)
    {
        return best.method.as_str();
    }
    if multi.count() > 0 {
        "withdrawn"
    } else {
        "none"
    }
}

fn days(since: NaiveDate, today: NaiveDate) -> i64 {
    (today - since).num_days()
}

#[derive(Serialize, JsonSchema)]
pub struct QueueRow<'a> {
    #[serde(flatten)]
    waiting: &'a Waiting,
    days_waiting: i64,
    consent: &'static str,
}

fn queue_rows(queue: &[Queued], today: NaiveDate) -> Vec<QueueRow<'_>> {
    queue
        .iter()
        .map(|q| QueueRow {
            waiting: &q.waiting,
            days_waiting: days(q.waiting.summary.phase_since, today),
            consent: consent_status(&q.consents),
        })
        .collect()
}

/// A page of `moty triage --list`: rows for `--json`, else a table (nothing for an empty page:
/// `queue_end` says the queue is empty).
pub fn queue_page(out: &mut Paged, queue: &[Queued], today: NaiveDate) -> Result<bool> {
    let rows = queue_rows(queue, today);
    if out.json() {
        return out.json_rows(&rows);
    }
    let count = rows.len();
    out.text(&queue_table(rows), count)
}

/// The end of `moty triage --list`: what is left (with `--limit`), or that the queue is empty.
pub fn queue_end(out: Paged, rest: Option<&Rest>) -> Result<()> {
    out.finish(rest, text::queue_empty())
}

fn queue_table(rows: Vec<QueueRow>) -> String {
    if rows.is_empty() {
        return String::new();
    }
    let warnings = text::non_disclosure_lines(
        rows.iter()
            .filter(|r| r.waiting.summary.non_disclosure)
            .map(|r| r.waiting.summary.case.as_str()),
    );
    let mut table = table(&[
        text::h_case(),
        text::h_urgency(),
        text::h_waiting(),
        text::h_name(),
        text::h_group(),
        text::l_source(),
        text::l_channel(),
        text::h_consent(),
    ]);
    for row in rows {
        let w = row.waiting;
        let mark = (w.urgency == Urgency::Urgent).then_some(crate::term::Mark::Urgent);
        table.add_marked_row(
            mark,
            vec![
                w.summary.case.clone(),
                text::value_label(w.urgency.as_str()).to_string(),
                row.days_waiting.to_string(),
                w.summary.name.clone(),
                text::value_label(w.summary.client_group.as_str()).to_string(),
                text::value_label(w.source.as_str()).to_string(),
                text::value_label(w.channel.as_str()).to_string(),
                text::queue_consent(row.consent),
            ],
        );
    }
    format!("{warnings}{table}\n")
}

/// One case of the interactive queue: who, why, from where, consent, how long waiting.
pub fn card(queued: &Queued, position: usize, total: usize, today: NaiveDate) -> String {
    let w = &queued.waiting;
    let s = &w.summary;
    let urgent = (w.urgency == Urgency::Urgent).then_some((1, crate::term::Mark::Urgent));
    let mut facts = table_marked(
        &[
            &text::card_heading(&s.case, position + 1, total),
            text::value_label(w.urgency.as_str()),
        ],
        urgent,
    );
    let code = s
        .hetu
        .clone()
        .or_else(|| s.birth_year.map(|y| format!("{} {y}", text::h_born())));
    facts.add_row(vec![
        text::l_client().to_string(),
        format!("{} ({})", s.name, or_none(&code)),
    ]);
    facts.add_row(vec![
        text::h_group().to_string(),
        text::value_label(s.client_group.as_str()).to_string(),
    ]);
    facts.add_row(vec![
        text::l_source().to_string(),
        format!(
            "{}, {}",
            text::value_label(w.source.as_str()),
            text::value_label(w.channel.as_str())
        ),
    ]);
    if let Some(referral) = &queued.referral {
        let signs: Vec<&str> = referral
            .signs
            .iter()
            .map(|s| text::value_label(s.as_str()))
            .collect();
        facts.add_row(vec![
            text::l_signs().to_string(),
            or_none(&(!signs.is_empty()).then(|| signs.join("\n"))),
        ]);
        facts.add_row(vec![text::l_reason().to_string(), referral.reason.clone()]);
    }
    facts.add_row(vec![
        text::h_consent().to_string(),
        text::queue_consent(consent_status(&queued.consents)),
    ]);
    facts.add_row(vec![
        text::h_waiting().to_string(),
        text::days_waiting(days(s.phase_since, today), s.phase_since),
    ]);
    if s.non_disclosure {
        return format!("\n{}\n{facts}\n", text::non_disclosure_warning());
    }
    format!("\n{facts}\n")
}

#[derive(Serialize, JsonSchema)]
pub struct Moved<'a> {
    case: &'a str,
    phase: Phase,
    #[serde(skip_serializing_if = "Option::is_none")]
    decision: Option<Decision>,
    #[serde(skip_serializing_if = "Option::is_none")]
    close_reason: Option<CloseReason>,
}

pub fn triaged(case: &str, decision: Decision, phase: Phase, as_json: bool) -> String {
    if as_json {
        return json(&Moved {
            case,
            phase,
            decision: Some(decision),
            close_reason: decision.outcome().1,
        });
    }
    text::triaged(
        case,
        text::value_label(decision.as_str()),
        text::value_label(phase.as_str()),
    )
}

pub fn closed(case: &str, reason: CloseReason, as_json: bool) -> String {
    if as_json {
        return json(&Moved {
            case,
            phase: Phase::Closed,
            decision: None,
            close_reason: Some(reason),
        });
    }
    text::closed(case, text::value_label(reason.as_str()))
}

pub fn reopened(case: &str, phase: Phase, as_json: bool) -> String {
    if as_json {
        return json(&Moved {
            case,
            phase,
            decision: None,
            close_reason: None,
        });
    }
    text::reopened(case, text::value_label(phase.as_str()))
}
