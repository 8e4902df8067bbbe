//! Registering a referral (the trigger, phase 1): the client found or created, the case opened.

use std::collections::HashMap;

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

/// What the register knows of a batch of referrals' people, looked up together: its clients by
/// identity code, on a server the codes' look-ups across teams (each logged), and whether the
/// caller has no team.
pub(crate) struct People {
    clients: HashMap<String, Client>,
    elsewhere: HashMap<String, Vec<Elsewhere>>,
    unplaced: bool,
}

impl People {
    /// Looks up the people of `referrals` (those named by a case, `--client-of`, are read as
    /// each is checked).
    pub(crate) fn look_up(tx: &Tx, referrals: &[&NewReferral]) -> Result<People> {
        let mut codes: Vec<&str> = referrals
            .iter()
            .filter(|new| new.client_of.is_none())
            .filter_map(|new| new.hetu.as_ref().map(|h| h.code.as_str()))
            .collect();
        codes.sort_unstable();
        codes.dedup();
        let clients = clients::by_hetus(tx, &codes)?;
        codes.retain(|code| !clients.contains_key(*code));
        // On a server the person may be another team's client: the logged look-up across teams
        // says whether, with an open case there, and whom to call.
        let elsewhere = teams::elsewhere_all(tx, &codes)?;
        let unplaced = teams::unplaced(tx)?;
        Ok(People {
            clients,
            elsewhere,
            unplaced,
        })
    }
}

/// Every rule `refer` applies before it writes (all but the referring unit, which
/// `areas::resolve_unit` or `areas::check_unit` checks): the client found, a name that differs,
/// an open case, the referral date against the birth date, a minor. Writes nothing on a file; on
/// a server the look-up across teams logs itself.
pub(crate) fn check_in(tx: &Tx, author: &Author, new: &NewReferral) -> Result<Found> {
    let people = People::look_up(tx, &[new])?;
    check_with(tx, author, new, &people)
}

/// `check_in` with the people already looked up (`People::look_up` over the referrals checked).
pub(crate) fn check_with(
    tx: &Tx,
    author: &Author,
    new: &NewReferral,
    people: &People,
) -> Result<Found> {
    let known = match (&new.client_of, &new.hetu) {
        (Some(case_id), _) => {
            let case = super::case(tx, case_id)?;
            Some(clients::get(tx, case.client_id)?)
        }
        (None, Some(hetu)) => people.clients.get(&hetu.code).cloned(),
        (None, None) => None,
    };
    let elsewhere = match (&known, &new.hetu) {
        (None, Some(hetu)) => people
            .elsewhere
            .get(&hetu.code)
            .cloned()
            .unwrap_or_default(),
        _ => Vec::new(),
    };
    if let (Some(open), false) = (elsewhere.iter().find(|e| e.open), new.another_case) {
        let name = new.name.as_deref().unwrap_or_default();
        let contact = open.contact().unwrap_or_else(text::elsewhere_no_contact);
        let team = open.team.as_deref().unwrap_or_default();
        return Err(UserError::Refused(text::elsewhere_open_refused(name, team, &contact)).into());
    }
    if people.unplaced {
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
/// (`kept`, for many referrals in one write transaction, which holds the register's write lock
/// on a file and on a server alike) the register's next once and then one more each time,
/// without asking again.
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
    write_all(tx, author, numbers, vec![(new, found)], command)?
        .pop()
        .ok_or_else(|| anyhow::anyhow!("registering a referral wrote nothing"))
}

/// A checked referral's client, as `write_all` settles it.
struct Settled<'n> {
    new: &'n NewReferral,
    known: Option<Client>,
    elsewhere: bool,
    client_id: i64,
    client_name: String,
    changed: Vec<&'static str>,
}

/// `write_in` for many checked referrals at once, in the order given: each table's rows in a
/// few multi-row statements (a register's import), the timeline and access-log rows chained
/// in one pass each. Returns what each registered.
pub(crate) fn write_all(
    tx: &Tx,
    author: &Author,
    numbers: &mut Numbers,
    referrals: Vec<(&NewReferral, Found)>,
    command: &str,
) -> Result<Vec<Registered>> {
    // The clients: a known one updated, another team's taken as it is, the new ones inserted
    // together.
    let mut settled = Vec::with_capacity(referrals.len());
    let mut fresh = Vec::new();
    for (new, Found { known, elsewhere }) in referrals {
        let name = new.name.clone().unwrap_or_default();
        let (client_id, client_name, changed) = match &known {
            Some(client) => {
                let renamed = new.name.as_deref().filter(|n| *n != client.name);
                let changed = clients::update(tx, client, renamed, &new.details)?;
                let name = renamed.unwrap_or(&client.name).to_string();
                (client.id, name, changed)
            }
            // Another team's client: the new case is this team's, the client the register's one.
            None if !elsewhere.is_empty() => (elsewhere[0].client_id, name, Vec::new()),
            None => {
                fresh.push(settled.len());
                (0, name, Vec::new())
            }
        };
        settled.push(Settled {
            new,
            elsewhere: !elsewhere.is_empty(),
            known,
            client_id,
            client_name,
            changed,
        });
    }
    let inserted = {
        let rows: Vec<clients::NewClient> = fresh
            .iter()
            .map(|&i| {
                let new = settled[i].new;
                clients::NewClient {
                    name: &settled[i].client_name,
                    hetu: new.hetu.as_ref().map(|h| (h.code.as_str(), h.temporary)),
                    birth_year: new.birth_year,
                    details: &new.details,
                }
            })
            .collect();
        clients::insert_clients(tx, author, &rows)?
    };
    for (&i, id) in fresh.iter().zip(inserted) {
        settled[i].client_id = id;
    }
    // The cases, numbered in order, and their referrals.
    let mut case_ids = Vec::with_capacity(settled.len());
    let mut numbered = Vec::with_capacity(settled.len());
    for _ in &settled {
        let (year, seq) = numbers.next(tx)?;
        case_ids.push(format!("{year}-{seq:04}"));
        numbered.push((year, seq));
    }
    let cases: Vec<cases::NewCase> = settled
        .iter()
        .zip(&case_ids)
        .zip(&numbered)
        .map(|((s, id), &(year, seq))| cases::NewCase {
            id,
            year,
            seq,
            client_id: s.client_id,
            group: s.new.group,
            urgency: s.new.urgency,
            opened_on: s.new.referral.effective_on,
            // As clients::insert_clients and clients::update leave it.
            region: match (&s.known, s.elsewhere) {
                (Some(client), _) => {
                    Some(s.new.details.region.as_deref().or(client.region.as_deref()))
                }
                (None, false) => Some(s.new.details.region.as_deref()),
                (None, true) => None,
            },
        })
        .collect();
    cases::insert_cases(tx, &cases)?;
    let referrals: Vec<(&str, &crate::domain::records::Referral)> = settled
        .iter()
        .zip(&case_ids)
        .map(|(s, id)| (id.as_str(), &s.new.referral))
        .collect();
    cases::insert_referrals(tx, &referrals)?;
    // The timeline: each case opened (and its client's changes), with the client as the
    // register now holds them.
    let mut entries = Vec::with_capacity(settled.len());
    let mut protected = Vec::with_capacity(settled.len());
    for (s, case_id) in settled.iter().zip(&case_ids) {
        let new = s.new;
        // A new client as just inserted (clients::insert_clients stores these values as given;
        // `audit verify` compares the record with this snapshot); any other read after the case
        // is in, since on a server another team's client is visible to this team only through a
        // case of its own.
        let client = match (&s.known, s.elsewhere) {
            (None, false) => Client {
                id: s.client_id,
                name: s.client_name.clone(),
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
            _ => clients::get(tx, s.client_id)?,
        };
        let referral = &new.referral;
        let effective = referral.effective_on;
        let snapshot = client.snapshot();
        let detail = serde_json::json!({
            "source": referral.source,
            "channel": referral.channel,
            "client_group": new.group,
            "signs": referral.signs,
            "new_client": s.known.is_none(),
            "urgency": new.urgency,
            "phase": Phase::Referred,
            "client": snapshot,
            "minor": new.minor,
        });
        entries.push((case_id.as_str(), EventKind::CaseOpened, detail, effective));
        if !s.changed.is_empty() {
            let detail = serde_json::json!({ "fields": s.changed, "client": client.snapshot() });
            entries.push((
                case_id.as_str(),
                EventKind::ClientUpdated,
                detail,
                effective,
            ));
        }
        protected.push(client.non_disclosure);
    }
    events::append_all(tx, author, entries)?;
    for (s, case_id) in settled.iter().zip(&case_ids) {
        if let Some(id) = s.new.consultation {
            let effective = s.new.referral.effective_on;
            super::consult::link_in(tx, author, "--consultation", id, case_id, effective)?;
        }
    }
    let accesses: Vec<access::Access> = settled
        .iter()
        .zip(&case_ids)
        .map(|(s, case_id)| access::Access {
            command,
            action: AccessAction::Change,
            client_id: Some(s.client_id),
            case_id: Some(case_id),
            reason: None,
        })
        .collect();
    access::log_all(tx, author, &accesses)?;
    Ok(settled
        .into_iter()
        .zip(case_ids)
        .zip(protected)
        .map(|((s, case), non_disclosure)| Registered {
            case,
            client_id: s.client_id,
            client_name: s.client_name,
            new_client: s.known.is_none(),
            client_fields_changed: s.changed,
            non_disclosure,
        })
        .collect())
}
