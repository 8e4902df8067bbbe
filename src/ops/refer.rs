//! Registering a referral (the trigger, phase 1): the client found or created, the case opened.

use anyhow::Result;
use schemars::JsonSchema;
use serde::Serialize;

use super::Session;
use crate::domain::hetu;
pub use crate::domain::records::NewReferral;
use crate::domain::records::{Client, Elsewhere};
use crate::domain::validate;
use crate::domain::{AccessAction, EventKind, Phase};
use crate::error::UserError;
use crate::store::{access, cases, clients, events, teams, Author, Tx};
use crate::text;

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
    let found = check_in(tx, author, new)?;
    write_in(
        tx,
        author,
        &mut Numbers::new(year, false),
        new,
        found,
        "refer",
    )
}

/// Who a checked referral is about: the register's client with its identity code (if any), and
/// on a server the person as another team's client.
pub(crate) struct Found {
    known: Option<Client>,
    elsewhere: Vec<Elsewhere>,
}

impl Found {
    /// Whether the referral is about a client the register already has.
    pub(crate) fn existing(&self) -> bool {
        self.known.is_some() || !self.elsewhere.is_empty()
    }
}

/// Every rule `refer` applies before it writes (all but the referring unit, which
/// `areas::resolve_unit` or `areas::check_unit` checks): the client found, a name that differs,
/// an open case, the referral date against the birth date, a minor. Writes nothing on a file; on
/// a server the look-up across teams logs itself.
pub(crate) fn check_in(tx: &Tx, author: &Author, new: &NewReferral) -> Result<Found> {
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
    if let Some(client) = &known {
        let renamed = new.name.as_deref().filter(|n| *n != client.name);
        if let (Some(name), false) = (renamed, new.rename) {
            return Err(
                UserError::Refused(text::name_differs(name, new.client_of.is_none())).into(),
            );
        }
        if let (Some(open), false) = (cases::open_case_of(tx, client.id)?, new.another_case) {
            return Err(UserError::Refused(text::open_case_exists(&open)).into());
        }
    }
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
    Ok(Found { known, elsewhere })
}

/// The year's case numbers as a transaction hands them out: the register's next each time, or
/// (`kept`, a register file, for many referrals in one transaction holding the write lock) the
/// register's next once and then one more each time, without asking again.
pub(crate) struct Numbers {
    year: i32,
    kept: bool,
    last: Option<u32>,
}

impl Numbers {
    pub(crate) fn new(year: i32, kept: bool) -> Numbers {
        Numbers {
            year,
            kept,
            last: None,
        }
    }

    fn next(&mut self, tx: &Tx) -> Result<(i32, u32)> {
        let year = self.year;
        let seq = match (self.kept, self.last) {
            (true, Some(last)) => (last < cases::LAST_SEQ).then_some(last + 1),
            _ => cases::next_seq(tx, year)?,
        };
        let seq = seq.ok_or_else(|| UserError::Refused(text::year_full(year)))?;
        self.last = Some(seq);
        Ok((year, seq))
    }
}

/// What `register_in` writes once `check_in` has passed (and the referring unit resolved);
/// `command` is what the access log names (`refer`, `import referrals`).
pub(crate) fn write_in(
    tx: &Tx,
    author: &Author,
    numbers: &mut Numbers,
    new: &NewReferral,
    found: Found,
    command: &str,
) -> Result<Registered> {
    let Found { known, elsewhere } = found;
    let (client_id, client_name, changed) = match &known {
        Some(client) => {
            let renamed = new.name.as_deref().filter(|n| *n != client.name);
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
    let (year, seq) = numbers.next(tx)?;
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
    // The client as the register now holds them: a new client as just inserted (clients::insert
    // stores these values as given; `audit verify` compares the record with this snapshot); any
    // other read after the case is in, since on a server another team's client is visible to
    // this team only through a case of its own.
    let client = match (&known, elsewhere.is_empty()) {
        (None, true) => Client {
            id: client_id,
            name: client_name.clone(),
            hetu: new.hetu.as_ref().map(|h| h.code.clone()),
            hetu_temporary: new.hetu.as_ref().is_some_and(|h| h.temporary),
            birth_year: new.birth_year,
            phone: new.details.phone.clone(),
            municipality: new.details.municipality.clone(),
            region: new.details.region.clone(),
            non_disclosure: new.details.non_disclosure.unwrap_or(false),
            language: new.details.language,
            interpreter: new.details.interpreter.clone(),
        },
        _ => clients::get(tx, client_id)?,
    };
    let effective = referral.effective_on;
    let detail = serde_json::json!({
        "source": referral.source,
        "channel": referral.channel,
        "client_group": new.group,
        "signs": referral.signs,
        "new_client": known.is_none(),
        "urgency": new.urgency,
        "phase": Phase::Referred,
        "client": client.snapshot(),
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
        let detail = serde_json::json!({ "fields": changed, "client": client.snapshot() });
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
            command,
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
        non_disclosure: client.non_disclosure,
    })
}
