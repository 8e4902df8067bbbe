//! The case as an EpisodeOfCare, its referral as a ServiceRequest, its consents, its meetings as
//! Appointments; the plans are in `plans.rs`.

use chrono::{NaiveDate, NaiveDateTime, TimeZone};
use serde_json::{json, Value};

use super::people::patient_id;
use super::{reference, Frame, Resource, FI_BASE};
use crate::domain::records::{Booking, Triage};
use crate::domain::{BookingStatus, Decision, Phase};
use crate::ops::export::CaseRecord;

pub(crate) use super::plans::plans;

pub(crate) fn episode_id(record: &CaseRecord) -> String {
    format!("case-{}", record.case.id)
}

fn referral_id(record: &CaseRecord) -> String {
    format!("referral-{}", record.case.id)
}

fn day(on: NaiveDate) -> String {
    on.format("%Y-%m-%d").to_string()
}

/// A Helsinki wall-clock time as a FHIR instant with its offset (+02:00 or +03:00).
pub(crate) fn instant(local: NaiveDateTime) -> String {
    match chrono_tz::Europe::Helsinki
        .from_local_datetime(&local)
        .earliest()
    {
        Some(at) => at.format("%Y-%m-%dT%H:%M:%S%:z").to_string(),
        // A time the clocks skipped (spring forward): the hour after.
        None => instant(local + chrono::Duration::hours(1)),
    }
}

/// EpisodeOfCare.status of a phase: waiting for triage is the wait list; any later open phase
/// is active; closed is finished.
fn status(phase: Phase) -> &'static str {
    match phase {
        Phase::Referred => "waitlist",
        Phase::Closed => "finished",
        _ => "active",
    }
}

/// The phases the timeline moved the case through, with the day each began.
fn phases(record: &CaseRecord) -> Vec<(Phase, NaiveDate)> {
    let mut moves: Vec<(Phase, NaiveDate)> = Vec::new();
    for event in &record.timeline {
        let Some(phase) = event.detail.get("phase").and_then(Value::as_str) else {
            continue;
        };
        let Ok(phase) = phase.parse::<Phase>() else {
            continue;
        };
        moves.push((phase, event.effective_on));
    }
    moves
}

/// The case: its phase as status (and, exactly, as the register's own phase code), its history,
/// the client group as type, the referral, the period it was open.
pub(crate) fn episode(frame: &Frame, record: &CaseRecord, out: &mut Vec<Resource>) {
    let case = &record.case;
    let moves = phases(record);
    let mut history = Vec::new();
    for (n, (phase, from)) in moves.iter().enumerate() {
        let until = moves.get(n + 1).map(|(_, on)| day(*on));
        history.push(json!({
            "status": status(*phase),
            "period": { "start": day(*from), "end": until },
        }));
    }
    let body = json!({
        "meta": { "profile": [format!("{FI_BASE}/fi-base-episode-of-care")] },
        "identifier": [{
            "system": frame.identifier_system("case"),
            "value": case.id,
        }],
        "status": status(case.phase),
        "statusHistory": history,
        "type": [frame.concept("client-group", case.client_group.as_str())],
        "patient": reference("Patient", &patient_id(record)),
        "managingOrganization": reference("Organization", super::units::TEAM_ID),
        "team": [reference("CareTeam", &case_team_id(record))],
        "referralRequest": record.referral.as_ref().map(|_| vec![reference("ServiceRequest", &referral_id(record))]),
        "period": {
            "start": day(case.opened_on),
            "end": case.closed_on.map(day),
        },
        "extension": [
            { "url": frame.extension("case-phase"),
              "valueCoding": frame.coding("phase", case.phase.as_str()) },
            { "url": frame.extension("urgency"),
              "valueCoding": frame.coding("urgency", case.urgency.as_str()) },
            case.close_reason.map(|reason| json!({
                "url": frame.extension("close-reason"),
                "valueCoding": frame.coding("close-reason", reason.as_str()),
            })),
        ],
    });
    out.push(Resource::new("EpisodeOfCare", episode_id(record), body));
    out.push(case_team(frame, record));
}

/// The coordinators' roles the case's triage decisions named, once each, as CareTeam
/// participants.
pub(crate) fn team_roles(frame: &Frame, record: &CaseRecord) -> Vec<Value> {
    let mut roles: Vec<&str> = record
        .triage
        .iter()
        .flat_map(|t| t.team.iter().map(|r| r.as_str()))
        .collect();
    roles.sort_unstable();
    roles.dedup();
    roles
        .into_iter()
        .map(|role| json!({ "role": [frame.concept("team-role", role)] }))
        .collect()
}

fn case_team_id(record: &CaseRecord) -> String {
    format!("team-{}", record.case.id)
}

/// The coordinators' team on the case: the roles its triage decisions put on it, under the
/// team's Organization; inactive once the case is closed.
fn case_team(frame: &Frame, record: &CaseRecord) -> Resource {
    let body = json!({
        "status": if record.case.phase == Phase::Closed { "inactive" } else { "active" },
        "category": [frame.concept("client-group", record.case.client_group.as_str())],
        "subject": reference("Patient", &patient_id(record)),
        "period": {
            "start": day(record.case.opened_on),
            "end": record.case.closed_on.map(day),
        },
        "participant": team_roles(frame, record),
        "managingOrganization": [reference("Organization", super::units::TEAM_ID)],
    });
    Resource::new("CareTeam", case_team_id(record), body)
}

/// The referral: where it came from and how, the signs and the reason; who referred is named
/// only in an identifiable export.
pub(crate) fn referral(frame: &Frame, record: &CaseRecord, out: &mut Vec<Resource>) {
    let Some(referral) = &record.referral else {
        return;
    };
    let triaged = record.case.phase != Phase::Referred;
    let mut reasons: Vec<Value> = referral
        .signs
        .iter()
        .map(|sign| frame.concept("sign", sign.as_str()))
        .collect();
    if let Some(other) = frame.free_text(referral.other_sign.as_deref()) {
        reasons.push(json!({ "text": other }));
    }
    let unit = super::units::unit_reference(record, referral.referrer_unit.as_deref());
    // With the unit a reference, the referrer is named beside it.
    let referrer = frame
        .free_text(referral.referrer_name.as_deref())
        .filter(|_| unit.is_some());
    let requester = frame
        .free_text(referral.referrer_name.as_deref())
        .filter(|_| unit.is_none())
        .map(|name| {
            let unit = frame.free_text(referral.referrer_unit.as_deref());
            json!({ "display": match unit {
                Some(unit) => format!("{name} ({unit})"),
                None => name.to_string(),
            } })
        });
    let declined = record
        .triage
        .last()
        .is_some_and(|t| t.decision == Decision::Decline);
    let status = match (triaged, declined) {
        (_, true) => "revoked",
        (true, false) => "completed",
        (false, false) => "active",
    };
    let body = json!({
        "status": status,
        "intent": "order",
        "category": [
            frame.concept("referral-source", referral.source.as_str()),
            frame.concept("channel", referral.channel.as_str()),
        ],
        "code": frame.concept("request-kind", "referral"),
        "subject": reference("Patient", &patient_id(record)),
        "authoredOn": day(referral.effective_on),
        "requester": unit.or(requester),
        "reasonCode": reasons,
        "note": frame.free_text(Some(&referral.reason)).map(|text| vec![json!({ "text": text })]),
        "supportingInfo": [reference("EpisodeOfCare", &episode_id(record))],
        "extension": record.triage.iter().map(|t| triage(frame, record, t))
            .chain(referrer.map(|name| json!({
                "url": frame.extension("referrer"),
                "valueString": name,
            })))
            .collect::<Vec<_>>(),
    });
    out.push(Resource::new("ServiceRequest", referral_id(record), body));
}

/// A triage decision on the referral: what was decided and when, the Kela screen, the urgency,
/// the units requested, and in an identifiable export the note and the outcome in words.
fn triage(frame: &Frame, record: &CaseRecord, decision: &Triage) -> Value {
    let mut parts = vec![
        json!({ "url": "decision",
                "valueCoding": frame.coding("triage-decision", decision.decision.as_str()) }),
        json!({ "url": "decided-on", "valueDate": day(decision.decided_on) }),
        json!({ "url": "kela-screen", "valueBoolean": decision.kela_screen }),
        json!({ "url": "urgency",
                "valueCoding": frame.coding("urgency", decision.urgency.as_str()) }),
    ];
    for unit in &decision.units {
        parts.push(match super::units::unit_reference(record, Some(unit)) {
            Some(organization) => json!({ "url": "unit", "valueReference": organization }),
            None => json!({ "url": "unit", "valueString": unit }),
        });
    }
    if let Some(note) = frame.free_text(decision.note.as_deref()) {
        parts.push(json!({ "url": "note", "valueString": note }));
    }
    if let Some(outcome) = frame.free_text(decision.outcome.as_deref()) {
        parts.push(json!({ "url": "outcome", "valueString": outcome }));
    }
    json!({ "url": frame.extension("triage"), "extension": parts })
}

/// Each consent: its kind, its method, when it was given and by whom recorded; a withdrawn
/// consent is inactive and its provision ends on the day it was withdrawn.
pub(crate) fn consents(frame: &Frame, record: &CaseRecord, out: &mut Vec<Resource>) {
    for consent in &record.consents {
        let mut extensions = vec![json!({
            "url": frame.extension("consent-method"),
            "valueCoding": frame.coding("consent-method", consent.method.as_str()),
        })];
        if let Some(sent) = consent.sent_to_kela_on {
            extensions.push(json!({
                "url": frame.extension("sent-to-kela"),
                "valueDate": day(sent),
            }));
        }
        extensions.push(json!({
            "url": frame.extension("recorded-by"),
            "valueReference": reference(
                "Practitioner",
                &super::provenance::practitioner_id(&consent.recorded_by),
            ),
        }));
        if let Some(authority) = consent.authority {
            extensions.push(json!({
                "url": frame.extension("representative-authority"),
                "valueCoding": frame.coding("authority", authority.as_str()),
            }));
        }
        if let Some(scope) = frame.free_text(consent.scope.as_deref()) {
            extensions.push(json!({
                "url": frame.extension("consent-scope-note"),
                "valueString": scope,
            }));
        }
        let performer = frame
            .free_text(consent.representative.as_deref())
            .map(|who| vec![json!({ "display": who })]);
        let body = json!({
            "status": if consent.is_active() { "active" } else { "inactive" },
            "scope": { "coding": [{
                "system": "http://terminology.hl7.org/CodeSystem/consentscope",
                "code": "patient-privacy",
            }] },
            "category": [frame.concept("consent-kind", consent.kind.as_str())],
            "patient": reference("Patient", &patient_id(record)),
            "dateTime": day(consent.given_on),
            "performer": performer,
            "policyRule": { "coding": [{
                "system": "http://terminology.hl7.org/CodeSystem/v3-ActCode",
                "code": "OPTIN",
            }] },
            "provision": {
                "type": "permit",
                "period": {
                    "start": day(consent.given_on),
                    "end": consent.withdrawn_on.map(day),
                },
            },
            "extension": extensions,
        });
        out.push(Resource::new(
            "Consent",
            format!("consent-{}-{}", record.case.id, consent.id),
            body,
        ));
        out.push(super::provenance::practitioner(frame, &consent.recorded_by));
    }
}

/// Appointment.status of a booking.
fn appointment_status(status: BookingStatus) -> &'static str {
    match status {
        BookingStatus::Booked => "booked",
        BookingStatus::Held => "fulfilled",
        BookingStatus::NoShow => "noshow",
        BookingStatus::Cancelled => "cancelled",
    }
}

/// Each meeting: its kind, time, length and status, the client, and who attended (by role).
pub(crate) fn meetings(frame: &Frame, record: &CaseRecord, out: &mut Vec<Resource>) {
    for meeting in &record.meetings {
        out.push(appointment(frame, record, meeting));
        out.push(slot(meeting));
        out.push(schedule(frame, meeting));
    }
}

/// The coordinators' calendar of one kind of meeting (the joint assessments' Wednesday hours,
/// the Kela hour, …): a FI Base Schedule whose actor is the coordinators' team.
fn schedule(frame: &Frame, meeting: &Booking) -> Resource {
    let body = json!({
        "meta": { "profile": [format!("{FI_BASE}/fi-base-schedule")] },
        "active": true,
        "serviceType": [frame.concept("meeting-kind", meeting.kind.as_str())],
        "actor": [{ "display": "moty" }],
    });
    Resource::new(
        "Schedule",
        format!("schedule-{}", meeting.kind.as_str()),
        body,
    )
}

/// The time a meeting took in its calendar: busy while it stands, free again once cancelled.
fn slot(meeting: &Booking) -> Resource {
    let end = meeting.starts_at + chrono::Duration::minutes(i64::from(meeting.minutes));
    let body = json!({
        "meta": { "profile": [format!("{FI_BASE}/fi-base-slot")] },
        "schedule": reference("Schedule", &format!("schedule-{}", meeting.kind.as_str())),
        "status": if meeting.status == BookingStatus::Cancelled { "free" } else { "busy" },
        "start": instant(meeting.starts_at),
        "end": instant(end),
    });
    Resource::new("Slot", format!("slot-{}", meeting.id), body)
}

/// What the pair recorded when the meeting was held: its segment (Suuntima), whether the client
/// used Omaolo, the Kela screen's answer, whether a doctor took part.
fn meeting_facts(frame: &Frame, meeting: &Booking) -> Vec<Value> {
    let mut facts = Vec::new();
    if let Some(segment) = meeting.segment {
        facts.push(json!({
            "url": frame.extension("segment"),
            "valueCoding": frame.coding("segment", segment.as_str()),
        }));
    }
    for (name, value) in [
        ("omaolo", meeting.omaolo),
        ("kela-screen", meeting.kela_screen),
    ] {
        if let Some(value) = value {
            facts.push(json!({ "url": frame.extension(name), "valueBoolean": value }));
        }
    }
    if meeting.doctor {
        facts.push(json!({ "url": frame.extension("doctor"), "valueBoolean": true }));
    }
    facts
}

fn appointment(frame: &Frame, record: &CaseRecord, meeting: &Booking) -> Resource {
    let start = meeting.starts_at;
    let end = start + chrono::Duration::minutes(i64::from(meeting.minutes));
    let mut participants = vec![json!({
        "actor": reference("Patient", &patient_id(record)),
        "required": "required",
        "status": "accepted",
    })];
    // The directory's professionals invited: the register keeps no reply of theirs, so each
    // stands as booked with the meeting.
    for (_, entry) in record.invited.iter().filter(|(m, _)| *m == meeting.id) {
        participants.push(json!({
            "actor": reference("PractitionerRole", &super::people::professional_id(*entry)),
            "status": "accepted",
        }));
    }
    for attendee in &meeting.attended {
        participants.push(json!({
            "type": [frame.concept("attendee", attendee.as_str())],
            "status": "accepted",
        }));
    }
    if let Some(chair) = frame.free_text(meeting.chair.as_deref()) {
        participants.push(json!({
            "type": [{ "coding": [{
                "system": "http://terminology.hl7.org/CodeSystem/v3-ParticipationType",
                "code": "PPRF",
                "display": "primary performer",
            }] }],
            "actor": { "display": chair },
            "status": "accepted",
        }));
    }
    let body = json!({
        "meta": { "profile": [format!("{FI_BASE}/fi-base-appointment")] },
        "status": appointment_status(meeting.status),
        "appointmentType": frame.concept("meeting-kind", meeting.kind.as_str()),
        "start": instant(start),
        "end": instant(end),
        "minutesDuration": meeting.minutes,
        "slot": [reference("Slot", &format!("slot-{}", meeting.id))],
        "participant": participants,
        "comment": frame.free_text(meeting.status_note.as_deref()),
        "supportingInformation": [reference("EpisodeOfCare", &episode_id(record))],
        "extension": meeting_facts(frame, meeting),
    });
    Resource::new("Appointment", format!("meeting-{}", meeting.id), body)
}
