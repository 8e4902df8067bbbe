//! `moty export fhir`: the register's cases as a FHIR R4 bundle, for the wellbeing area's other
//! systems and for the client's right to their data. An identifiable export is a disclosure: the
//! rows it carries are read, and its disclosure row written, in one transaction, and a file is
//! put in place only after that row has committed.
//!
//! What a case carries is read by the same store readers `show` uses; the bundle is made by
//! `render::fhir`, from these records only, so the same register and arguments give the same
//! bytes.

use std::path::Path;

use anyhow::{Context, Result};

use super::dpo::Period;
use super::{case, Session};
use crate::domain::records::{
    AccessRow, Booking, Case, Client, Consent, Disclosure, Estimate, Event, Feedback, FollowUp,
    KelaConclusion, Plan, Referral, Survey, Triage,
};
use crate::domain::LegalBasis;
use crate::error::UserError;
use crate::files;
use crate::store::{
    access, cases, clients, consents, events, export as db, feedback, follow_up, plan, pseudonym,
    schedule, triage, Tx,
};
use crate::text;

/// The canonical base the register's own code systems, extensions and identifier systems stand
/// under when the area has set none (docs/src/reference/fhir.md): `.invalid` is reserved
/// (RFC 2606), so an export that carries it says plainly that nobody has set the area's own.
pub const DEFAULT_BASE: &str = "https://moty.invalid/fhir";

/// The register's setting of the canonical base (`moty settings fhir-base`).
const BASE_KEY: &str = "fhir_base";

/// The canonical base exports use, and whether the area set it.
#[derive(Debug, Clone, serde::Serialize, schemars::JsonSchema)]
pub struct Base {
    pub url: String,
    /// False: the area has set none, and the default applies.
    pub set: bool,
}

/// A change to the canonical base.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BaseChange {
    /// A URL, already checked (`domain::validate::canonical_base`).
    Set(String),
    Clear,
}

fn read_base(tx: &Tx) -> Result<Base> {
    Ok(match crate::store::meta::get(tx, BASE_KEY)? {
        Some(url) => Base { url, set: true },
        None => Base {
            url: DEFAULT_BASE.to_string(),
            set: false,
        },
    })
}

/// Shows the canonical base, or changes it first.
pub fn base(session: &mut Session, change: Option<BaseChange>) -> Result<Base> {
    session.write(|tx, _| {
        match change {
            Some(BaseChange::Set(url)) => crate::store::meta::set(tx, BASE_KEY, &url)?,
            Some(BaseChange::Clear) => crate::store::meta::unset(tx, BASE_KEY)?,
            None => {}
        }
        read_base(tx)
    })
}

/// Which cases an export covers (each further limited to the cases open in the period).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Selection {
    /// One case, by its id.
    Case(String),
    /// Every case of the client with this identity code.
    Client(String),
    /// Every case open at some time in the period.
    Period,
}

/// What `moty export fhir` was asked for.
#[derive(Debug, Clone)]
pub struct Request<'a> {
    pub selection: Selection,
    pub period: Period,
    pub recipient: &'a str,
    pub basis: &'a LegalBasis,
    /// Why cases whose consent was withdrawn are exported all the same; `None` leaves them out.
    pub include_withdrawn: Option<&'a str>,
    /// Pseudonymous keys for identities, no free text, no exact birth dates.
    pub pseudonymous: bool,
}

/// Where the bundle goes: a file (never replacing one unless `force`), or standard output.
pub struct Out<'a> {
    pub path: &'a Path,
    pub force: bool,
}

/// A case and everything the export carries of it.
#[derive(Debug, Clone)]
pub struct CaseRecord {
    pub client: Client,
    /// The client's pseudonymous key (`store::pseudonym`): the Patient's id in every export.
    pub key: String,
    pub case: Case,
    pub referral: Option<Referral>,
    pub consents: Vec<Consent>,
    pub triage: Vec<Triage>,
    pub meetings: Vec<Booking>,
    /// Every version of the plan, oldest first.
    pub plans: Vec<Plan>,
    pub follow_ups: Vec<FollowUp>,
    pub feedback: Vec<Feedback>,
    pub kela_conclusions: Vec<KelaConclusion>,
    pub estimates: Vec<Estimate>,
    pub surveys: Vec<Survey>,
    pub timeline: Vec<Event>,
    /// The client's access-log rows written before the export began, with the client's first
    /// exported case (empty with the others, and in a pseudonymous export).
    pub access: Vec<AccessRow>,
    /// The disclosure-log rows written before the export began whose first exported case this
    /// is (empty in a pseudonymous export).
    pub disclosures: Vec<Disclosure>,
    /// The catalogue's units the record's texts name (a pathway's or the key worker's unit, the
    /// referrer's, the units a triage requested), by the text as written.
    pub units: std::collections::BTreeMap<String, crate::domain::area::Unit>,
    /// The professionals of the directory invited to the case's meetings, as (meeting, entry id),
    /// by meeting and name.
    pub invited: Vec<(i64, i64)>,
    /// The directory's entries the case names (invited to a meeting, or a pathway's
    /// professional), by id.
    pub directory: std::collections::BTreeMap<i64, crate::domain::records::Entry>,
}

/// What every case of an export shares.
#[derive(Debug, Clone)]
pub struct Shared {
    /// The canonical base of the register's own code systems, extensions and identifiers.
    pub base: String,
    /// The team's contact card (`moty settings contact`), which names the team.
    pub team: Option<crate::domain::records::ContactCard>,
    /// The wellbeing area that holds the register (`moty settings wellbeing-area`).
    pub area: super::wellbeing_area::WellbeingArea,
    /// The ids of every case the export carries.
    pub cases: std::collections::BTreeSet<String>,
    pub pseudonymous: bool,
    /// The service catalogue, for the pathways' service names.
    pub services: Vec<crate::domain::area::ServiceEntry>,
    /// The feedback statements of every version, as (version, code, [fi, sv, en]).
    pub statements: Vec<(u32, String, [String; 3])>,
}

/// The next case of an export, read when the writer asks for it (`None`: no more).
pub type Next<'a> = dyn FnMut() -> Result<Option<CaseRecord>> + 'a;

/// What was exported: how many cases and clients.
#[derive(Debug)]
pub struct Exported {
    pub cases: usize,
    pub clients: usize,
    pub withdrawn_left_out: usize,
}

/// Where the bundle goes.
pub enum Target<'a> {
    /// A file, put in place only after the disclosure row has committed.
    File(Out<'a>),
    /// A stream (standard output), written only after the disclosure row has committed.
    Stream(&'a mut dyn std::io::Write),
}

/// Reads the cases of `request` one at a time as `write` asks for them. Memory holds one case at
/// a time, whatever the register's size.
///
/// To a file: the bundle is written to a private temporary file, the disclosure and access rows
/// in the same transaction as the reading, and the file put in place once they have committed.
/// To a stream: the disclosure and access rows of the chosen cases commit first, then the cases
/// are read in a read transaction and written as they come, so nothing reaches a reader before
/// its row (as the long lists do, `ops::pages`); a reader that stops early leaves the export
/// logged whole.
pub fn fhir(
    session: &mut Session,
    request: &Request,
    target: Target,
    write: impl FnOnce(&Shared, &mut Next, &mut dyn std::io::Write) -> Result<()>,
) -> Result<Exported> {
    match target {
        Target::File(out) => to_file(session, request, out, write),
        Target::Stream(sink) => to_stream(session, request, sink, write),
    }
}

fn to_file(
    session: &mut Session,
    request: &Request,
    out: Out,
    write: impl FnOnce(&Shared, &mut Next, &mut dyn std::io::Write) -> Result<()>,
) -> Result<Exported> {
    let register = session.path().to_path_buf();
    let (exported, pending) = session.write(|tx, author| {
        let (chosen, left_out) = chosen(tx, request)?;
        let (pending, ()) = files::prepare_with(out.path, out.force, &register, |temp| {
            let file = std::fs::OpenOptions::new()
                .write(true)
                .open(temp)
                .with_context(|| text::cannot_create(out.path))?;
            let mut file = std::io::BufWriter::new(file);
            write_bundle(tx, request, author.at, &chosen, write, &mut file)?;
            std::io::Write::flush(&mut file).with_context(|| text::cannot_create(out.path))
        })?;
        log_export(tx, author, request, &chosen)?;
        Ok((exported(&chosen, left_out), pending))
    })?;
    pending.commit_recorded()?;
    Ok(exported)
}

fn to_stream(
    session: &mut Session,
    request: &Request,
    sink: &mut dyn std::io::Write,
    write: impl FnOnce(&Shared, &mut Next, &mut dyn std::io::Write) -> Result<()>,
) -> Result<Exported> {
    let (chosen, left_out, started) = session.write(|tx, author| {
        let (chosen, left_out) = chosen(tx, request)?;
        log_export(tx, author, request, &chosen)?;
        // The cases are read in a read-only transaction: the one thing reading them may write,
        // the pseudonym secret, is made now.
        pseudonym::ensure_secret(tx)?;
        Ok((chosen, left_out, author.at))
    })?;
    session.read(|tx| write_bundle(tx, request, started, &chosen, write, sink))?;
    Ok(exported(&chosen, left_out))
}

/// Reads the chosen cases one at a time as `write` asks for them, writing the bundle to `sink`;
/// the logs' rows written before `started` go in.
fn write_bundle(
    tx: &Tx,
    request: &Request,
    started: crate::clock::Stamp,
    chosen: &[(i64, String)],
    write: impl FnOnce(&Shared, &mut Next, &mut dyn std::io::Write) -> Result<()>,
    sink: &mut dyn std::io::Write,
) -> Result<()> {
    let shared = shared(tx, request, chosen)?;
    let mut reader = Reader::new(tx, request, started, &shared)?;
    let mut queue = chosen.iter();
    let mut next = || -> Result<Option<CaseRecord>> {
        match queue.next() {
            Some((_, id)) => reader.read(id).map(Some),
            None => Ok(None),
        }
    };
    write(&shared, &mut next, sink)
}

/// How many cases and clients the chosen (client, case) pairs hold.
fn exported(chosen: &[(i64, String)], left_out: usize) -> Exported {
    let clients: std::collections::HashSet<i64> = chosen.iter().map(|(c, _)| *c).collect();
    Exported {
        cases: chosen.len(),
        clients: clients.len(),
        withdrawn_left_out: left_out,
    }
}

/// The cases the request chooses, as (client, case), without those whose consent was withdrawn
/// unless they are asked for, and how many were left out; refused when none is left.
fn chosen(tx: &Tx, request: &Request) -> Result<(Vec<(i64, String)>, usize)> {
    let selected = selected(tx, request)?;
    // Whose consent was withdrawn, asked of all the cases at once (`ops::report::withdrawn`
    // asks one query a case: a round trip each on a server).
    let withdrawn: std::collections::HashSet<String> = match request.include_withdrawn {
        Some(_) => Default::default(),
        None => {
            let ids: Vec<&str> = selected.iter().map(|(_, id)| id.as_str()).collect();
            crate::store::report::naming(tx, &ids)?
                .into_iter()
                .filter(|(_, naming)| naming.withdrawn)
                .map(|(id, _)| id)
                .collect()
        }
    };
    let mut chosen = Vec::new();
    let mut left_out = 0;
    for (client, id) in selected {
        if withdrawn.contains(&id) {
            left_out += 1;
        } else {
            chosen.push((client, id));
        }
    }
    if chosen.is_empty() {
        return Err(if left_out > 0 {
            UserError::Refused(text::export_only_withdrawn(left_out))
        } else {
            UserError::NotFound(text::export_nothing(
                request.period.from,
                request.period.until,
            ))
        }
        .into());
    }
    Ok((chosen, left_out))
}

/// What every case of the export shares.
fn shared(tx: &Tx, request: &Request, chosen: &[(i64, String)]) -> Result<Shared> {
    Ok(Shared {
        base: read_base(tx)?.url,
        team: crate::store::contact::get(tx, None)?,
        area: super::wellbeing_area::read(tx)?,
        cases: chosen.iter().map(|(_, id)| id.clone()).collect(),
        services: crate::store::areas::services(tx)?,
        statements: crate::store::report::statement_texts(tx)?,
        pseudonymous: request.pseudonymous,
    })
}

/// The export's disclosure row, naming every case; and, when it is identifiable, an access-log
/// row per case, so the client's own `moty audit access` shows it.
fn log_export(
    tx: &Tx,
    author: &crate::store::Author,
    request: &Request,
    chosen: &[(i64, String)],
) -> Result<()> {
    let what = text::fhir_what(request.pseudonymous, request.include_withdrawn);
    let ids: Vec<String> = chosen.iter().map(|(_, id)| id.clone()).collect();
    access::disclose(tx, author, &what, request.recipient, &ids, request.basis)?;
    if !request.pseudonymous {
        let rows: Vec<access::Access> = chosen
            .iter()
            .map(|(client, case)| access::Access {
                command: "export fhir",
                action: crate::domain::AccessAction::View,
                client_id: Some(*client),
                case_id: Some(case),
                reason: request.include_withdrawn,
            })
            .collect();
        access::log_all(tx, author, &rows)?;
    }
    Ok(())
}

/// Reads the export's cases one at a time, with what each carries of the logs and the units.
struct Reader<'t> {
    tx: &'t Tx<'t>,
    pseudonymous: bool,
    /// The export's own moment: the logs' rows written before it.
    started: crate::clock::Stamp,
    /// The disclosure rows about the exported cases, not yet given to a case.
    disclosures: Vec<Disclosure>,
    /// The clients whose first case was read.
    clients: std::collections::HashSet<i64>,
    /// The units each unit text names, as looked up so far.
    units: std::collections::HashMap<String, Option<crate::domain::area::Unit>>,
    /// The directory's entries, as looked up so far (`None`: no longer in the directory).
    directory: std::collections::HashMap<i64, Option<crate::domain::records::Entry>>,
}

impl<'t> Reader<'t> {
    fn new(
        tx: &'t Tx<'t>,
        request: &Request,
        started: crate::clock::Stamp,
        shared: &Shared,
    ) -> Result<Reader<'t>> {
        let disclosures = if request.pseudonymous {
            Vec::new()
        } else {
            crate::store::report::disclosures(tx)?
                .into_iter()
                .filter(|d| d.at < started && d.cases.iter().any(|c| shared.cases.contains(c)))
                .collect()
        };
        Ok(Reader {
            tx,
            pseudonymous: request.pseudonymous,
            started,
            disclosures,
            clients: Default::default(),
            units: Default::default(),
            directory: Default::default(),
        })
    }

    /// Everything the export carries of one case.
    fn read(&mut self, id: &str) -> Result<CaseRecord> {
        let tx = self.tx;
        let mut record = record(tx, id)?;
        // The client's access rows, with their first case; the disclosure rows, with the first
        // exported case they name (the cases come in order).
        if self.clients.insert(record.client.id) && !self.pseudonymous {
            record.access = crate::store::report::access_of_client(tx, record.client.id)?
                .into_iter()
                .filter(|row| row.at < self.started)
                .collect();
        }
        let (mine, rest) = std::mem::take(&mut self.disclosures)
            .into_iter()
            .partition(|d| d.cases.iter().any(|c| c == id));
        record.disclosures = mine;
        self.disclosures = rest;
        let named = record.invited.iter().map(|(_, entry)| *entry).chain(
            record
                .plans
                .iter()
                .flat_map(|p| p.pathways.iter().filter_map(|p| p.directory_id)),
        );
        for id in named {
            let entry = match self.directory.entry(id) {
                std::collections::hash_map::Entry::Occupied(known) => known.into_mut(),
                std::collections::hash_map::Entry::Vacant(new) => {
                    new.insert(crate::store::directory::get(tx, id)?)
                }
            };
            if let Some(entry) = entry {
                record.directory.insert(id, entry.clone());
            }
        }
        for text in unit_texts(&record) {
            if !self.units.contains_key(&text) {
                let unit = crate::store::areas::unit_of_text(tx, &text)?;
                self.units.insert(text.clone(), unit);
            }
            if let Some(Some(unit)) = self.units.get(&text) {
                record.units.insert(text, unit.clone());
            }
        }
        Ok(record)
    }
}

/// The unit texts of a record: the referrer's unit, each plan's key worker's and pathways'
/// units, the units a triage requested, the named professionals' units.
fn unit_texts(record: &CaseRecord) -> std::collections::BTreeSet<String> {
    let mut texts = std::collections::BTreeSet::new();
    texts.extend(
        record
            .referral
            .iter()
            .filter_map(|r| r.referrer_unit.clone()),
    );
    for plan in &record.plans {
        texts.extend(plan.key_worker_unit.clone());
        texts.extend(plan.pathways.iter().filter_map(|p| p.unit.clone()));
    }
    for decision in &record.triage {
        texts.extend(decision.units.iter().cloned());
    }
    texts.extend(record.directory.values().map(|e| e.unit.clone()));
    texts
}

/// The cases the request names, open in its period, as (client, case).
fn selected(tx: &Tx, request: &Request) -> Result<Vec<(i64, String)>> {
    let period = &request.period;
    let client = match &request.selection {
        Selection::Case(id) => Some(case(tx, id)?.client_id),
        Selection::Client(hetu) => Some(
            clients::by_hetu(tx, hetu)?
                .ok_or_else(|| UserError::NotFound(text::export_no_client()))?
                .id,
        ),
        Selection::Period => None,
    };
    let mut cases = db::case_ids(tx, period.from, period.until, client)?;
    if let Selection::Case(id) = &request.selection {
        cases.retain(|(_, c)| c == id);
    }
    Ok(cases)
}

/// Everything the export carries of one case.
fn record(tx: &Tx, case_id: &str) -> Result<CaseRecord> {
    let case = case(tx, case_id)?;
    let client = clients::get(tx, case.client_id)?;
    let mut plans = Vec::new();
    for version in plan::versions(tx, case_id)? {
        plans.extend(plan::get(tx, case_id, version)?);
    }
    Ok(CaseRecord {
        key: pseudonym::client_key(tx, client.id)?,
        referral: cases::referral(tx, case_id)?,
        consents: consents::for_case(tx, case_id)?,
        triage: triage::for_case(tx, case_id)?,
        meetings: schedule::for_case(tx, case_id)?,
        invited: schedule::invited_of_case(tx, case_id)?,
        directory: Default::default(),
        plans,
        follow_ups: follow_up::for_case(tx, case_id)?,
        feedback: feedback::for_case(tx, case_id)?,
        kela_conclusions: crate::store::kela::for_case(tx, case_id)?,
        estimates: crate::store::estimates::for_case(tx, case_id)?,
        surveys: crate::store::surveys::for_case(tx, case_id)?,
        timeline: events::for_case(tx, case_id)?,
        access: Vec::new(),
        disclosures: Vec::new(),
        units: Default::default(),
        client,
        case,
    })
}
