//! Registering a referral (the trigger, phase 1): the client found or created, the case opened.

use anyhow::Result;
use schemars::JsonSchema;
use serde::Serialize;

use super::Session;
use crate::domain::hetu::{self, Hetu};
use crate::domain::records::{Details, Referral};
use crate::domain::validate;
use crate::domain::{AccessAction, ClientGroup, EventKind, Phase, Urgency};
use crate::error::UserError;
use crate::store::{access, cases, clients, events, teams, Author, Tx};
use crate::text;

/// A referral with every field validated.
#[derive(Debug, Clone)]
pub struct NewReferral {
    pub name: Option<String>,
    pub hetu: Option<Hetu>,
    pub birth_year: Option<i32>,
    pub details: Details,
    pub group: ClientGroup,
    pub urgency: Urgency,
    pub referral: Referral,
    pub client_of: Option<String>,
    /// The consultation this referral follows (`--consultation`): linked to the new case.
    pub consultation: Option<i64>,
    pub rename: bool,
    pub another_case: bool,
    /// Why a client under 18 is registered although the target group is adults (`--minor`).
    pub minor: Option<String>,
}

/// What registering a referral did.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Registered {
    pub case: String,
    pub client_id: i64,
    #[serde(skip)]
    pub client_name: String,
    pub new_client: bool,
    pub client_fields_changed: Vec<&'static str>,
    /// The client has a non-disclosure order for personal safety.
    pub non_disclosure: bool,
}

/// Registers a referral: finds or creates the client, opens the case with the year's next
/// number, and writes the timeline and the access log, in one transaction.
pub fn register(session: &mut Session, new: &NewReferral) -> Result<Registered> {
    let year = session.clock.year();
    session.write(|tx, author| register_in(tx, author, year, new))
}

/// The same inside the caller's transaction (the demo builds many in one).
pub(crate) fn register_in(
    tx: &Tx,
    author: &Author,
    year: i32,
    new: &NewReferral,
) -> Result<Registered> {
    // The referring unit must be a catalogue unit; the text is kept as typed and mapped to it.
    if let Some(unit) = &new.referral.referrer_unit {
        super::areas::resolve_unit(tx, "--referrer-unit", unit)?;
    }
    let known = match (&new.client_of, &new.hetu) {
        (Some(case_id), _) => {
            let case = super::case(tx, case_id)?;
            Some(clients::get(tx, case.client_id)?)
        }
        (None, Some(hetu)) => clients::by_hetu(tx, &hetu.code)?,
        (None, None) => None,
    };
    // On a server the person may be another team's client: the logged look-up across teams
    // says whether, with an open case there, and whom to call.
    let elsewhere = match (&known, &new.hetu) {
        (None, Some(hetu)) => teams::elsewhere(tx, &hetu.code)?,
        _ => Vec::new(),
    };
    if let (Some(open), false) = (elsewhere.iter().find(|e| e.open), new.another_case) {
        let name = new.name.as_deref().unwrap_or_default();
        let contact = open.contact().unwrap_or_else(text::elsewhere_no_contact);
        let team = open.team.as_deref().unwrap_or_default();
        return Err(UserError::Refused(text::elsewhere_open_refused(name, team, &contact)).into());
    }
    if teams::unplaced(tx)? {
        return Err(UserError::Refused(text::server_no_team(&author.actor)).into());
    }
    let (client_id, client_name, changed) = match &known {
        Some(client) => {
            let renamed = new.name.as_deref().filter(|n| *n != client.name);
            if let (Some(name), false) = (renamed, new.rename) {
                return Err(
                    UserError::Refused(text::name_differs(name, new.client_of.is_none())).into(),
                );
            }
            if let (Some(open), false) = (cases::open_case_of(tx, client.id)?, new.another_case) {
                return Err(UserError::Refused(text::open_case_exists(&open)).into());
            }
            let changed = clients::update(tx, client, renamed, &new.details)?;
            let name = renamed.unwrap_or(&client.name).to_string();
            (client.id, name, changed)
        }
        // Another team's client: the new case is this team's, the client the register's one.
        None if !elsewhere.is_empty() => (
            elsewhere[0].client_id,
            new.name.clone().unwrap_or_default(),
            Vec::new(),
        ),
        None => {
            let name = new.name.clone().unwrap_or_default();
            let hetu = new.hetu.as_ref().map(|h| (h.code.as_str(), h.temporary));
            let id = clients::insert(tx, author, &name, hetu, new.birth_year, &new.details)?;
            (id, name, Vec::new())
        }
    };
    // A referral dated before the client was born is a mistyped date (or the wrong client).
    let birth = match (&known, &new.hetu) {
        (Some(client), _) => client.hetu.as_deref().and_then(hetu::birth_date),
        (None, code) => code.as_ref().map(|h| h.birth_date),
    };
    validate::not_before_birth("--on", new.referral.effective_on, birth)?;
    // The target group is adults: a client under 18 at the referral date only with --minor.
    let birth_year = match &known {
        Some(client) => client.birth_year,
        None => new.birth_year,
    };
    let age = validate::age_at(new.referral.effective_on, birth, birth_year);
    match (age, &new.minor) {
        (validate::Age::Under18, None) => {
            return Err(UserError::Refused(text::minor_refused(new.referral.effective_on)).into())
        }
        (validate::Age::Adult, Some(_)) => {
            return Err(UserError::invalid("--minor", text::minor_but_adult()).into())
        }
        _ => {}
    }
    let seq =
        cases::next_seq(tx, year)?.ok_or_else(|| UserError::Refused(text::year_full(year)))?;
    let case_id = format!("{year}-{seq:04}");
    let referral = &new.referral;
    cases::insert(
        tx,
        &cases::NewCase {
            id: &case_id,
            year,
            seq,
            client_id,
            group: new.group,
            urgency: new.urgency,
            opened_on: referral.effective_on,
        },
    )?;
    cases::insert_referral(tx, &case_id, referral)?;
    let effective = referral.effective_on;
    let detail = serde_json::json!({
        "source": referral.source,
        "channel": referral.channel,
        "client_group": new.group,
        "signs": referral.signs,
        "new_client": known.is_none(),
        "urgency": new.urgency,
        "phase": Phase::Referred,
        "client": clients::get(tx, client_id)?.snapshot(),
        "minor": new.minor,
    });
    events::append(
        tx,
        author,
        &case_id,
        EventKind::CaseOpened,
        detail,
        effective,
    )?;
    if !changed.is_empty() {
        let client = clients::get(tx, client_id)?.snapshot();
        let detail = serde_json::json!({ "fields": changed, "client": client });
        events::append(
            tx,
            author,
            &case_id,
            EventKind::ClientUpdated,
            detail,
            effective,
        )?;
    }
    if let Some(id) = new.consultation {
        super::consult::link_in(tx, author, "--consultation", id, &case_id, effective)?;
    }
    access::log(
        tx,
        author,
        &access::Access {
            command: "refer",
            action: AccessAction::Change,
            client_id: Some(client_id),
            case_id: Some(&case_id),
            reason: None,
        },
    )?;
    Ok(Registered {
        case: case_id,
        client_id,
        client_name,
        new_client: known.is_none(),
        client_fields_changed: changed,
        non_disclosure: clients::get(tx, client_id)?.non_disclosure,
    })
}
