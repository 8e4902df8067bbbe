//! `audit verify`'s "records" line: the records the operations keep beside the timeline, each
//! compared with the chained timeline.

use std::collections::BTreeMap;

use anyhow::Result;

use crate::domain::records::{Case, Event};
use crate::domain::{EventKind, Phase};
use crate::store::chain::Verified;
use crate::store::records::{self, Range};
use crate::store::{clients, Tx};
use crate::text;

/// About how many cases are read at a time: the check holds one such range of clients (their
/// cases, timelines, consents and plan versions), whatever the register's size.
const CASES_AT_A_TIME: i64 = 500;

/// The first problem found: the one of the first case by number, else of the first client by id,
/// else of the consultations — the order in which the cases, then the clients, were checked one
/// after the other before the check went a range of clients at a time.
#[derive(Default)]
struct Found {
    case: Option<((i64, i64), String)>,
    client: Option<String>,
}

/// Checks the records the operations keep beside the timeline against the chained timeline: each
/// case's phase and its dates, each consent's kind, method and dates, each plan version's
/// content, and each client's identity and contact details (the last two against the snapshots
/// the timeline holds as committed text; a purge erases those, and entries made before schema 4
/// have none). An edit of those tables made outside moty is found here even though they are not
/// chains themselves. Reported as the pseudo-log "records".
///
/// The cases are read by client, a range of clients at a time, so only one range is held; a
/// client's snapshots are all on their own cases' timelines, so each client is checked within
/// the range that holds their cases.
pub(super) fn verify(tx: &Tx) -> Result<Verified> {
    let mut checked = 0;
    let mut found = Found::default();
    let mut after = i64::MIN;
    while let Some(last) = records::next_range(tx, after, CASES_AT_A_TIME)? {
        let range = records::range(tx, after, last)?;
        checked += check_range(tx, &range, &mut found)?;
        after = last;
    }
    // The consultations (no case until linked): their own hashes, and each link against its
    // timeline entry.
    let (consultations, in_consultations) = crate::ops::consult::verify_in(tx)?;
    checked += consultations;
    let problem = found
        .case
        .map(|(_, problem)| problem)
        .or(found.client)
        .or(in_consultations);
    Ok(Verified {
        log: "records",
        rows: checked,
        of: None,
        head: String::new(),
        broken_at: problem.as_ref().map(|_| 0),
        problem,
        earlier_than_previous: 0,
        clock_overridden: 0,
    })
}

/// Checks the cases and clients of one range; how many records it checked.
fn check_range(tx: &Tx, range: &Range, found: &mut Found) -> Result<i64> {
    let mut checked = 0;
    let none = Vec::new();
    // Per client, the newest snapshot (by entry order) on any of their cases' timelines.
    let mut latest_client: BTreeMap<i64, (i64, &serde_json::Value)> = BTreeMap::new();
    for (number, case) in &range.cases {
        let timeline = range.timelines.get(&case.id).unwrap_or(&none);
        let (count, problem) = check_case(range, case, timeline);
        checked += count;
        if let Some(problem) = problem {
            if found.case.as_ref().is_none_or(|(first, _)| number < first) {
                found.case = Some((*number, problem));
            }
        }
        for entry in timeline {
            if let Some(client) = entry.detail.get("client").filter(|c| !c.is_null()) {
                let newer = latest_client
                    .get(&case.client_id)
                    .is_none_or(|(id, _)| entry.id > *id);
                if newer {
                    latest_client.insert(case.client_id, (entry.id, client));
                }
            }
        }
    }
    for (client_id, (_, snapshot)) in latest_client {
        checked += 1;
        let stored = match range.clients.get(&client_id) {
            Some(client) => client.snapshot(),
            // Not in the range: read alone, failing as it always has when it is gone.
            None => clients::get(tx, client_id)?.snapshot(),
        };
        if stored != *snapshot && found.client.is_none() {
            let id = client_id.to_string();
            found.client = Some(text::record_differs("client", &id, "client"));
        }
    }
    Ok(checked)
}

/// Checks one case, its consents and its plan versions against its timeline: how many records
/// it checked, and the first problem.
fn check_case(range: &Range, case: &Case, timeline: &[Event]) -> (i64, Option<String>) {
    let case_id = case.id.as_str();
    let mut checked = 1;
    let mut problem: Option<String> = None;
    let mut fail = |what: String| {
        problem.get_or_insert(what);
    };
    // The phase and since when: the last entry that moved the case.
    let moved = timeline
        .iter()
        .filter(|e| e.detail.get("phase").is_some())
        .max_by_key(|e| e.id);
    if let Some(last) = moved {
        let phase = last.detail["phase"].as_str().unwrap_or("");
        if phase != case.phase.as_str() || last.effective_on != case.phase_since {
            fail(text::record_differs("case", case_id, "phase"));
        }
    }
    if let Some(opened) = timeline.iter().find(|e| e.kind == EventKind::CaseOpened) {
        if opened.effective_on != case.opened_on {
            fail(text::record_differs("case", case_id, "opened_on"));
        }
    }
    // The case's own follow-up interval: as the last entry that set it says (none: the team's).
    let interval = timeline
        .iter()
        .filter(|e| e.kind == EventKind::FollowUpIntervalSet)
        .max_by_key(|e| e.id)
        .and_then(|e| e.detail["weeks"].as_u64());
    if interval != case.follow_up_weeks.map(u64::from) {
        fail(text::record_differs("case", case_id, "follow_up_weeks"));
    }
    if case.phase == Phase::Closed && case.closed_on.is_none() {
        fail(text::record_differs("case", case_id, "closed_on"));
    }
    // Each consent against the entries that gave, withdrew and sent it.
    let of = |kind: EventKind, id: i64| {
        timeline
            .iter()
            .filter(move |e| e.kind == kind && e.detail["consent"].as_i64() == Some(id))
            .map(|e| e.effective_on)
            .max()
    };
    for consent in range.consents.get(case_id).into_iter().flatten() {
        checked += 1;
        let given = timeline.iter().find(|e| {
            e.kind == EventKind::ConsentGiven && e.detail["consent"].as_i64() == Some(consent.id)
        });
        // Who gave it on the client's behalf: the authority is a chained code; the name is
        // compared while the entry still holds it (a purge erases both).
        let fits = given.is_some_and(|e| {
            e.effective_on == consent.given_on
                && e.detail["kind"].as_str() == Some(consent.kind.as_str())
                && e.detail["method"].as_str() == Some(consent.method.as_str())
                && e.detail["authority"].as_str() == consent.authority.map(|a| a.as_str())
                && e.detail["representative"]
                    .as_str()
                    .is_none_or(|name| consent.representative.as_deref() == Some(name))
        });
        if !fits
            || of(EventKind::ConsentWithdrawn, consent.id) != consent.withdrawn_on
            || of(EventKind::KelaFormSent, consent.id) != consent.sent_to_kela_on
        {
            fail(text::record_differs(
                "consent",
                &consent.id.to_string(),
                "consent",
            ));
        }
    }
    // Each plan version against its snapshot.
    for stored in range.plans.get(case_id).into_iter().flatten() {
        checked += 1;
        let version = stored.version;
        let entry = timeline.iter().find(|e| {
            e.kind == EventKind::PlanChanged
                && e.detail["version"].as_u64() == Some(u64::from(version))
        });
        let Some(entry) = entry else {
            fail(text::record_differs("plan", case_id, &version.to_string()));
            continue;
        };
        if let Some(snapshot) = entry.detail.get("plan").filter(|s| !s.is_null()) {
            if *snapshot != stored.snapshot() {
                fail(text::record_differs("plan", case_id, &version.to_string()));
            }
        }
    }
    (checked, problem)
}
