//! The register's records as the rest of moty sees them: what the store returns and operations
//! and rendering use. Plain data, no I/O.

use chrono::{NaiveDate, NaiveDateTime};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::clock::Stamp;

use crate::domain::fold::fold;
use crate::domain::path::ConsentState;
use crate::domain::*;

// --- cases -------------------------------------------------------------------------------------

/// A case as stored.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Case {
    pub id: String,
    #[serde(skip)]
    pub client_id: i64,
    pub client_group: ClientGroup,
    pub phase: Phase,
    pub phase_since: NaiveDate,
    pub opened_on: NaiveDate,
    pub closed_on: Option<NaiveDate>,
    pub close_reason: Option<CloseReason>,
    pub urgency: Urgency,
    /// The case's own follow-up interval in weeks, agreed at the plan; null: the team's.
    pub follow_up_weeks: Option<u32>,
}

/// The trigger that opened a case.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Referral {
    pub source: Source,
    pub channel: Channel,
    pub referrer_name: Option<String>,
    pub referrer_unit: Option<String>,
    pub referrer_contact: Option<String>,
    pub signs: Vec<Sign>,
    pub other_sign: Option<String>,
    pub reason: String,
    pub effective_on: NaiveDate,
}

/// One line of a look-up or list: a case with just enough of its client to recognise them.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Summary {
    pub case: String,
    #[serde(skip)]
    pub client_id: i64,
    pub name: String,
    pub hetu: Option<String>,
    pub birth_year: Option<i32>,
    pub phone: Option<String>,
    pub region: Option<String>,
    pub client_group: ClientGroup,
    pub phase: Phase,
    pub phase_since: NaiveDate,
    pub opened_on: NaiveDate,
    /// The client has a non-disclosure order for personal safety (turvakielto): their address
    /// and contact details never leave the register.
    pub non_disclosure: bool,
}

/// One case waiting for triage, with what the coordinator needs to decide.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Waiting {
    #[serde(flatten)]
    pub summary: Summary,
    pub urgency: Urgency,
    pub source: Source,
    pub channel: Channel,
}

// --- clients -----------------------------------------------------------------------------------

/// A client as stored.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Client {
    pub id: i64,
    pub name: String,
    pub hetu: Option<String>,
    pub hetu_temporary: bool,
    pub birth_year: Option<i32>,
    pub phone: Option<String>,
    pub municipality: Option<String>,
    pub region: Option<String>,
    /// A non-disclosure order for personal safety (turvakielto): the client's address and contact
    /// details never leave the register, and every screen that shows the client warns.
    pub non_disclosure: bool,
    /// The client's language, which chooses the language of their documents.
    pub language: Option<ClientLanguage>,
    /// The language an interpreter is needed for, when one is.
    pub interpreter: Option<String>,
}

impl Client {
    /// What the timeline records of a client (the snapshot `audit verify` compares with). The
    /// protection and language facts (migration 5) are in it only when recorded, so a snapshot
    /// written before them still matches a client who has none.
    pub fn snapshot(&self) -> serde_json::Value {
        let mut snapshot = serde_json::json!({
            "name": self.name,
            "hetu": self.hetu,
            "phone": self.phone,
            "municipality": self.municipality,
            "region": self.region,
        });
        if let Some(map) = snapshot.as_object_mut() {
            if self.non_disclosure {
                map.insert("non_disclosure".into(), true.into());
            }
            if let Some(language) = self.language {
                map.insert("language".into(), language.as_str().into());
            }
            if let Some(interpreter) = &self.interpreter {
                map.insert("interpreter".into(), interpreter.as_str().into());
            }
        }
        snapshot
    }
}

impl Plan {
    /// What the timeline records of a plan version (the snapshot `audit verify` compares with):
    /// everything but who entered it and when, which the event itself records.
    pub fn snapshot(&self) -> serde_json::Value {
        let mut value = serde_json::to_value(self).unwrap_or(serde_json::Value::Null);
        if let Some(map) = value.as_object_mut() {
            map.remove("entered_at");
            map.remove("actor");
        }
        value
    }
}

/// The details a referral gives about a client; `None` leaves a stored value as it is.
#[derive(Debug, Clone, Default)]
pub struct Details {
    pub phone: Option<String>,
    pub municipality: Option<String>,
    pub region: Option<String>,
    /// `Some(true)`: mark a non-disclosure order (a referral only marks; `moty client` clears).
    pub non_disclosure: Option<bool>,
    pub language: Option<ClientLanguage>,
    pub interpreter: Option<String>,
}

pub use super::referral::NewReferral;

// --- consents ----------------------------------------------------------------------------------

#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Consent {
    pub id: i64,
    pub kind: ConsentKind,
    pub method: ConsentMethod,
    pub given_on: NaiveDate,
    pub scope: Option<String>,
    pub recorded_by: String,
    pub withdrawn_on: Option<NaiveDate>,
    pub sent_to_kela_on: Option<NaiveDate>,
    /// Who gave it on the client's behalf (a legal representative or custodian); null: the
    /// client themself.
    pub representative: Option<String>,
    /// On what authority the representative gave it.
    pub authority: Option<Authority>,
}

impl Consent {
    pub fn is_active(&self) -> bool {
        self.withdrawn_on.is_none()
    }
}

impl Consent {
    /// The consent as the path's gates see it.
    pub fn state(&self) -> ConsentState {
        ConsentState {
            kind: self.kind,
            method: self.method,
            in_force: self.is_active(),
        }
    }
}

// --- the coordinators' contact card ------------------------------------------------------------

/// The coordinators' contact card as the team keeps it (`moty settings contact`): the team's, or
/// a regional pair's whose fields stand in for the team's where given.
#[derive(Debug, Clone, Default, PartialEq, Serialize, JsonSchema)]
pub struct ContactCard {
    /// The region of the pair the card is for; null: the whole team's.
    pub region: Option<String>,
    /// Who the coordinators are, as they sign (names and titles).
    pub coordinators: Option<String>,
    pub phone: Option<String>,
    /// The phone hour, e.g. "mon-fri 09:00-10:00" (spans separated by "; ").
    pub phone_hours: Option<String>,
    /// Office hours, in the same form.
    pub office_hours: Option<String>,
    /// Whom to reach on Teams: an address, or an https link.
    pub teams: Option<String>,
    /// The secure e-mail address for referrals.
    pub email: Option<String>,
    /// Primary care's coordination book in the patient record, e.g. yht405.
    pub coordination_book: Option<String>,
}

// --- directory ---------------------------------------------------------------------------------

#[derive(Debug, Clone, Default, PartialEq, Serialize, JsonSchema)]
pub struct Entry {
    pub id: i64,
    pub name: String,
    pub role: String,
    pub unit: String,
    pub area: Option<String>,
    pub team: Option<String>,
    pub team_lead: bool,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub when_to_refer: Option<String>,
}

impl Entry {
    pub fn search_text(&self) -> String {
        let parts = [
            Some(&self.name),
            Some(&self.role),
            Some(&self.unit),
            self.area.as_ref(),
            self.team.as_ref(),
            self.when_to_refer.as_ref(),
        ];
        fold(
            &parts
                .into_iter()
                .flatten()
                .cloned()
                .collect::<Vec<_>>()
                .join(" "),
        )
    }
}

// --- events ------------------------------------------------------------------------------------

/// One entry of a case's timeline.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Event {
    pub id: i64,
    pub kind: EventKind,
    pub detail: serde_json::Value,
    pub effective_on: NaiveDate,
    pub entered_at: Stamp,
    pub actor: String,
    /// The operating-system login that entered it (unknown for entries before schema 4).
    pub os_user: Option<String>,
    /// Entered under an overridden clock (MOTY_NOW), not the system's.
    pub clock_overridden: bool,
}

// --- follow_up ---------------------------------------------------------------------------------

/// A follow-up call, with the SOTE pair's estimate given at it, if any.
// The savings fields are read from that estimate (an `Estimate` with `at_follow_up`); since
// migration 5 they are never written to `follow_ups`: leave them empty when recording a call and
// pass the estimate to `ops::follow_up::record` instead.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct FollowUp {
    pub done_on: NaiveDate,
    pub reached: bool,
    pub status: FollowUpStatus,
    pub knows_contact: Option<bool>,
    pub usefulness: Option<u8>,
    /// The estimate entered at this call: appointments saved in all.
    pub appointments_saved: Option<u32>,
    /// The estimate entered at this call: the services whose appointments were saved.
    pub saved_services: Vec<String>,
    /// The estimate entered at this call: the time saved.
    pub time_saved: Option<TimeSaved>,
    pub note: Option<String>,
    pub next_step: NextStep,
    pub next_on: Option<NaiveDate>,
    pub recorded_by: String,
}

// --- evidence: feedback, estimates, surveys, the Kela hour (domain/evidence.rs) -----------

pub use super::evidence::*;

// --- plan --------------------------------------------------------------------------------------

#[derive(Debug, Clone, Default, PartialEq, Serialize, JsonSchema)]
pub struct Plan {
    pub version: u32,
    pub key_worker: Option<String>,
    pub key_worker_unit: Option<String>,
    pub key_worker_contact: Option<String>,
    pub resources: Option<String>,
    pub goals: Option<String>,
    pub needs: Vec<Need>,
    pub actions: Vec<Action>,
    pub pathways: Vec<Pathway>,
    pub client_confirmed_on: Option<NaiveDate>,
    pub note: Option<String>,
    pub entered_at: Stamp,
    pub actor: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Need {
    pub area: NeedArea,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Action {
    pub what: String,
    pub who: String,
    pub due_on: Option<NaiveDate>,
    pub status: ActionStatus,
}

#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Pathway {
    pub service: String,
    pub unit: Option<String>,
    pub professional: Option<String>,
    pub directory_id: Option<i64>,
    pub booked_for_client: bool,
    pub appointment_on: Option<NaiveDate>,
    pub purpose: Option<String>,
    pub status: PathwayStatus,
}

// --- report ------------------------------------------------------------------------------------

/// One row of the disclosure log.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Disclosure {
    pub id: i64,
    pub at: Stamp,
    pub actor: String,
    pub what: String,
    pub recipient: String,
    pub cases: Vec<String>,
    /// The legal basis it rests on; null for a disclosure recorded before legal bases were kept.
    pub legal_basis: Option<LegalBasis>,
}

/// One row of the access log.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct AccessRow {
    /// The row's id (not part of the JSON shape).
    #[serde(skip)]
    pub id: i64,
    pub at: Stamp,
    pub actor: String,
    /// The operating-system login that ran the command (unknown before schema 4).
    pub os_user: Option<String>,
    /// Written under an overridden clock (MOTY_NOW).
    pub clock_overridden: bool,
    pub command: String,
    pub action: String,
    pub case: Option<String>,
    pub reason: Option<String>,
}

// --- schedule ----------------------------------------------------------------------------------

/// A case's place in a meeting.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Booking {
    pub id: i64,
    pub case: String,
    pub kind: MeetingKind,
    #[serde(with = "crate::clock::minute")]
    #[schemars(with = "crate::clock::minute::Minute")]
    pub starts_at: NaiveDateTime,
    pub minutes: u32,
    pub status: BookingStatus,
    pub status_note: Option<String>,
    pub doctor: bool,
    pub chair: Option<String>,
    pub segment: Option<Segment>,
    pub omaolo: Option<bool>,
    pub kela_screen: Option<bool>,
    pub attended: Vec<Attendee>,
    /// The meeting's video link (Teams or another service), an https address.
    pub video_link: Option<String>,
    #[serde(skip)]
    pub booked_at: Stamp,
    /// The region of its case (when booked; moved with the case while booked).
    pub region: Option<String>,
}

/// A professional from the directory invited to a meeting, with their e-mail where known.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Invitee {
    pub name: String,
    pub role: String,
    pub unit: String,
    pub email: Option<String>,
}

impl Booking {
    pub fn start(&self) -> NaiveDateTime {
        self.starts_at
    }

    pub fn is_active(&self) -> bool {
        matches!(self.status, BookingStatus::Booked | BookingStatus::Held)
    }
}

/// A Yhteistyö-tiimi request and its units' answers.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct TeamRequest {
    pub case: String,
    pub approved_by: String,
    pub approved_on: NaiveDate,
    pub units: Vec<UnitAnswer>,
    /// The referring worker's own unit's team meeting that confirmed the need; None: not recorded.
    pub unit_meeting_on: Option<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct UnitAnswer {
    pub unit: String,
    pub answered_on: Option<NaiveDate>,
    pub schedule: Option<String>,
    pub worker: Option<String>,
    /// When the anonymous description was last sent to the unit.
    pub description_sent_on: Option<NaiveDate>,
    /// When the unit acknowledged receipt (with its processing schedule), or named its worker
    /// without acknowledging first.
    pub acknowledged_on: Option<NaiveDate>,
    /// The date by which the unit said it names its worker.
    pub due_on: Option<NaiveDate>,
}

// --- triage ------------------------------------------------------------------------------------

/// A triage decision as recorded.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Triage {
    pub decision: Decision,
    pub kela_screen: bool,
    pub team: Vec<Role>,
    pub urgency: Urgency,
    pub note: Option<String>,
    /// What was advised (single issue), where to (redirect) or why (decline).
    pub outcome: Option<String>,
    /// The units whose workers are requested (collaboration team).
    pub units: Vec<String>,
    pub decided_on: NaiveDate,
}

// --- the logs' chains ---------------------------------------------------------------------------

/// One log's length and head, as a manifest or an export records it.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, JsonSchema)]
pub struct LogHead {
    pub log: String,
    pub rows: i64,
    pub head: String,
}

/// What verifying one log found.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Verified {
    pub log: &'static str,
    /// The rows checked.
    pub rows: i64,
    /// On a server, when the caller could not see every row (a coordinator sees their team's):
    /// how many rows the whole chain has. The data protection officer checks them all.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub of: Option<i64>,
    pub head: String,
    /// The first row that breaks the chain, and how.
    pub broken_at: Option<i64>,
    pub problem: Option<String>,
    /// Rows whose entry time is earlier than the row before them (a clock set back, or rows
    /// entered under MOTY_NOW): reported, not a break.
    pub earlier_than_previous: i64,
    /// Rows written under an overridden clock (MOTY_NOW).
    pub clock_overridden: i64,
}

// --- the data protection officer's tools --------------------------------------------------------

/// One access-log row as the supervisory authority receives it (`moty audit export`).
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct AccessEntry {
    pub id: i64,
    pub at: Stamp,
    pub actor: String,
    /// The operating-system login that ran the command (unknown before schema 4).
    pub os_user: Option<String>,
    /// Written under an overridden clock (MOTY_NOW).
    pub clock_overridden: bool,
    pub command: String,
    pub action: String,
    pub client_id: Option<i64>,
    pub case: Option<String>,
    pub reason: Option<String>,
}

/// One finding of the anomaly report: who, on which (Helsinki) day, which client (by id and case
/// id only), how many look-ups. A finding about a day's volume names no client.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Anomaly {
    pub user: String,
    pub day: chrono::NaiveDate,
    pub client_id: Option<i64>,
    pub case: Option<String>,
    pub count: i64,
}

/// The anomaly report (`moty audit anomalies`).
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Anomalies {
    /// More distinct clients viewed in a day than this is unusual.
    pub threshold: i64,
    /// Users who viewed more than `threshold` distinct clients in a day (count: distinct clients).
    pub many_clients: Vec<Anomaly>,
    /// Views of a client the user does not work on (count: views that day).
    pub outside_cases: Vec<Anomaly>,
    /// Views of a client whose name is a user's name, by someone else (count: views that day).
    pub colleagues: Vec<Anomaly>,
}

// --- look-ups -------------------------------------------------------------------------------

/// What `moty find` looks for; every part that is `Some` is one way to match.
#[derive(Debug, Default)]
pub struct Search {
    pub case_id: Option<String>,
    pub hetu: Option<String>,
    pub hetu_prefix: Option<String>,
    pub phone_digits: Option<String>,
    /// Folded name fragments; all must occur in the folded name.
    pub name_words: Vec<String>,
}

/// A client of another team on a server, as the cross-team look-up answers (`moty find` with a
/// whole identity code, `refer`'s duplicate check): whether they have an open case there and
/// whom to call — nothing else of theirs.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Elsewhere {
    /// The client's row (refer opens a case for them); not shown.
    #[serde(skip)]
    pub client_id: i64,
    /// Whether they have an open case with the team named.
    pub open: bool,
    pub team: Option<String>,
    pub region: Option<String>,
    /// The region's contact card: the coordinators, their phone and phone hours.
    pub coordinators: Option<String>,
    pub phone: Option<String>,
    pub phone_hours: Option<String>,
}

impl Elsewhere {
    /// Whom to call, as one line (None when the region has no contact card).
    pub fn contact(&self) -> Option<String> {
        let parts: Vec<&str> = [&self.coordinators, &self.phone, &self.phone_hours]
            .into_iter()
            .flatten()
            .map(String::as_str)
            .collect();
        (!parts.is_empty()).then(|| parts.join(", "))
    }
}

/// Filters of `moty list`.
#[derive(Debug, Default)]
pub struct Filter {
    pub phase: Option<Phase>,
    pub region: Option<String>,
    pub group: Option<ClientGroup>,
    /// Only cases that entered their phase on or before this date.
    pub waiting_since: Option<NaiveDate>,
    pub include_closed: bool,
}
