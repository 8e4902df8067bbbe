//! The operations: one per thing a user does (register a referral, give consent, triage, book,
//! hold, plan, follow up, close, export…). Each takes plain typed values — never clap structs —,
//! checks the rules through `domain`, runs in ONE write transaction through the store, and
//! returns a typed result for `render`. Commands parse, call one operation and render; `demo` and
//! the interactive triage call operations like any command. Operations never print.

pub mod admin;
pub mod areas;
pub mod audit;
pub mod backup;
pub mod checkpoint;
pub mod client;
pub mod close;
pub mod consent;
pub mod consult;
pub mod contact;
pub mod correct;
pub mod demo;
pub mod directory;
pub mod doctor;
pub mod dpo;
pub mod estimate;
pub mod export;
pub mod feedback;
pub mod follow_up;
pub mod import;
pub mod kela;
pub mod login;
pub mod lookup;
pub mod next;
mod pages;
pub mod plan;
pub mod purge;
pub mod refer;
pub mod region;
pub mod report;
pub mod schedule;
pub mod survey;
pub mod triage;
pub mod wellbeing_area;

use std::path::{Path, PathBuf};

use anyhow::Result;
use chrono::{NaiveDate, NaiveDateTime};

use crate::clock::Clock;
use crate::domain::path::ConsentState;
use crate::domain::records::Case;
use crate::domain::{AccessAction, Phase};
use crate::error::UserError;
use crate::store::{access, cases, chain, consents, Author, Register, Tx};
use crate::text;

/// A register on a server, connected before the command checks its input: on a server the
/// server's clock is the command's clock, and commands check dates against it ("not in the
/// future") before any operation runs. The connection is kept for the command's session.
pub struct ServerStart {
    register: Register,
    pub clock: Clock,
    /// What the server said when the command started: (login, time, test clock), so the session
    /// does not ask again.
    identity: ServerIdentity,
}

/// Who the server says is signed in, its time, and whether the owner's test clock set it.
type ServerIdentity = (String, crate::clock::Stamp, bool);

/// Connects to the register when `path` is a server's URL (None for a file): refuses `MOTY_NOW`
/// there, and reads the server's time.
pub fn start_on_server(path: &Path, clock: Clock) -> Result<Option<ServerStart>> {
    if crate::store::server_url(path).is_none() {
        return Ok(None);
    }
    if clock.overridden() {
        return Err(UserError::invalid("MOTY_NOW", text::server_clock()).into());
    }
    let mut register = Register::open(path)?;
    let Some(identity) = register.server_session()? else {
        return Ok(None);
    };
    Ok(Some(ServerStart {
        register,
        clock: Clock::at(identity.1, identity.2),
        identity,
    }))
}

/// An open register and who acts on it, when: what every operation runs in.
pub struct Session {
    register: Register,
    path: PathBuf,
    actor: String,
    os_user: String,
    clock: Clock,
    /// The witness found the register extending what this user saw before.
    witnessed: bool,
}

impl Session {
    /// Opens an existing register; a missing file is "not found", never silently created.
    pub fn open(path: &Path, actor: &str, clock: Clock) -> Result<Session> {
        if crate::store::server_url(path).is_none() && !path.exists() {
            return Err(UserError::NotFound(text::no_register(path)).into());
        }
        Session::open_or_create(path, actor, clock)
    }

    /// Opens the register, creating it on first use. A user the operating system cannot name
    /// is refused: every row records the login that wrote it.
    pub fn open_or_create(path: &Path, actor: &str, clock: Clock) -> Result<Session> {
        Session::open_with(None, path, actor, clock)
    }

    /// `open_or_create` on the connection a command made before checking its input (a server).
    pub fn open_started(start: ServerStart, path: &Path, actor: &str) -> Result<Session> {
        let clock = start.clock;
        Session::open_with(Some((start.register, start.identity)), path, actor, clock)
    }

    fn open_with(
        started: Option<(Register, ServerIdentity)>,
        path: &Path,
        actor: &str,
        clock: Clock,
    ) -> Result<Session> {
        let os_user =
            crate::clock::os_account().ok_or_else(|| UserError::Refused(text::no_login()))?;
        let (register, identity) = match started {
            Some((register, identity)) => (register, Some(identity)),
            None => (Register::open(path)?, None),
        };
        let mut session = Session {
            register,
            path: path.to_path_buf(),
            actor: actor.to_string(),
            os_user,
            clock,
            witnessed: false,
        };
        session.take_server_identity(identity)?;
        session.witnessed = session.check_witness()?.is_empty();
        Ok(session)
    }

    /// On a server, the server says who acts and when (its stamping triggers record the same):
    /// the login is the actor, so `--as` may only name the login itself (or be the workstation's
    /// own login name, the default when nobody is named), and the time is the server's, which
    /// `MOTY_NOW` cannot move (the owner's test clock does, and marks every row it stamps).
    /// `known`: what the server said when the command started (None: ask it now).
    fn take_server_identity(&mut self, known: Option<ServerIdentity>) -> Result<()> {
        let identity = match known {
            Some(identity) => Some(identity),
            None => self.register.server_session()?,
        };
        let Some((login, at, overridden)) = identity else {
            return Ok(());
        };
        if self.clock.overridden() && !overridden {
            return Err(UserError::invalid("MOTY_NOW", text::server_clock()).into());
        }
        let default = crate::clock::os_login();
        if self.actor != login && Some(&self.actor) != default.as_ref() && !self.actor.is_empty() {
            return Err(UserError::invalid("--as", text::server_actor(&self.actor, &login)).into());
        }
        self.actor = login;
        self.clock = Clock::at(at, overridden);
        Ok(())
    }

    /// Opens an existing register read-only for the health checks: nothing written, no lock
    /// taken, no migration (store::Register::open_read_only).
    pub fn open_read_only(path: &Path, actor: &str, clock: Clock) -> Result<Session> {
        let mut register = Register::open_read_only(path)?;
        // A register of an older schema is brought up to date first, as any command would.
        if register.read(crate::store::file::schema_version)? < crate::store::migrate::LATEST {
            drop(register);
            register = Register::open(path)?;
        }
        let mut session = Session {
            register,
            path: path.to_path_buf(),
            actor: actor.to_string(),
            os_user: crate::clock::os_account().unwrap_or_default(),
            clock,
            witnessed: false,
        };
        session.take_server_identity(None)?;
        session.check_witness()?;
        Ok(session)
    }

    /// What this user's witness remembers that the register no longer holds: (log, row, message).
    pub fn check_witness(&mut self) -> Result<Vec<(chain::Log, i64, String)>> {
        let (id, mut problems) = self.register.read(|tx| {
            let id = chain::register_id(tx)?;
            let remembered = crate::witness::remembered(&id)?;
            Ok((id, witness_problems(tx, &remembered)?))
        })?;
        if !problems.is_empty() {
            // The witness file was read after this snapshot began: another command may have
            // written and remembered newer rows in between, which the snapshot cannot see and
            // which would look like a log cut short. The file is read again first and then
            // checked in a new snapshot, which holds every row the file names: what still
            // differs was rewritten.
            let remembered = crate::witness::remembered(&id)?;
            problems = self.register.read(|tx| witness_problems(tx, &remembered))?;
        }
        for (_, _, message) in &problems {
            crate::witness::report(message.clone());
        }
        Ok(problems)
    }

    /// Opens the register file again (after a restore replaced its content).
    pub(crate) fn reopen(&mut self) -> Result<()> {
        self.register = Register::open(&self.path)?;
        Ok(())
    }

    /// The register's id and every chain's head, as the witness keeps them.
    fn witness_heads(&mut self) -> Result<(String, Vec<(String, crate::witness::Seen)>)> {
        let (id, heads) = self
            .register
            .read(|tx| Ok((chain::register_id(tx)?, chain::heads(tx)?)))?;
        let heads = heads
            .into_iter()
            .map(|(log, rows, head)| (log.table().to_string(), crate::witness::Seen { rows, head }))
            .collect();
        Ok((id, heads))
    }

    /// After a recorded restore: the witness remembers the restored heads, shorter as they may be.
    pub(crate) fn forget_older_heads(&mut self) -> Result<()> {
        let (id, heads) = self.witness_heads()?;
        crate::witness::replace(&id, &self.path, &heads)
    }

    /// Remembers the heads this run has seen, when the witness found nothing wrong.
    fn remember_heads(&mut self) -> Result<()> {
        if !self.witnessed {
            return Ok(());
        }
        let (id, heads) = self.witness_heads()?;
        crate::witness::remember(&id, &self.path, &heads)
    }

    /// The stamp on every row this operation writes.
    pub fn author(&self) -> Author {
        Author {
            at: self.clock.stamp(),
            actor: self.actor.clone(),
            os_user: self.os_user.clone(),
            clock_overridden: self.clock.overridden(),
        }
    }

    pub fn today(&self) -> NaiveDate {
        self.clock.today()
    }

    /// The Helsinki wall-clock time now.
    pub fn now(&self) -> NaiveDateTime {
        self.clock.local_now()
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Runs `work` in one write transaction: it all happens, or none of it does.
    pub(crate) fn write<T>(&mut self, work: impl FnOnce(&Tx, &Author) -> Result<T>) -> Result<T> {
        let author = self.author();
        let value = self.register.write(|tx| work(tx, &author))?;
        // The write has committed: failing the command now would invite doing again what is
        // already recorded, so a witness that cannot remember (its folder unwritable) is
        // reported at the end of the run instead.
        if let Err(e) = self.remember_heads() {
            crate::witness::report(crate::text::witness_not_remembered(&format!("{e:#}")));
        }
        Ok(value)
    }

    /// Runs `work` in one read transaction (no write lock, nothing logged).
    pub(crate) fn read<T>(&mut self, work: impl FnOnce(&Tx) -> Result<T>) -> Result<T> {
        self.register.read(work)
    }

    pub(crate) fn register(&mut self) -> &mut Register {
        &mut self.register
    }
}

/// The case, which must exist.
pub(crate) fn case(tx: &Tx, case_id: &str) -> Result<Case> {
    Ok(cases::get(tx, case_id)?.ok_or_else(|| UserError::NotFound(text::no_case(case_id)))?)
}

/// The case, which must exist and be open.
pub(crate) fn open_case(tx: &Tx, case_id: &str) -> Result<Case> {
    let case = case(tx, case_id)?;
    if case.phase == Phase::Closed {
        return Err(UserError::Refused(text::case_closed(case_id)).into());
    }
    Ok(case)
}

/// The case's consents as the path's gates see them.
pub(crate) fn consent_states(tx: &Tx, case_id: &str) -> Result<Vec<ConsentState>> {
    Ok(consents::for_case(tx, case_id)?
        .iter()
        .map(|c| c.state())
        .collect())
}

/// Withdrawing multi-professional consent stops all further processing of the case (domain.md,
/// "Consent — the gates"): until the client consents again, only look-ups, a new consent and
/// closing are allowed. Refuses naming the withdrawal and its date.
pub(crate) fn refuse_if_withdrawn(tx: &Tx, case_id: &str) -> Result<()> {
    let multi: Vec<_> = consents::for_case(tx, case_id)?
        .into_iter()
        .filter(|c| c.kind == crate::domain::ConsentKind::MultiProfessional)
        .collect();
    if multi.iter().any(|c| c.is_active()) {
        return Ok(());
    }
    if let Some(on) = multi.iter().filter_map(|c| c.withdrawn_on).max() {
        return Err(UserError::Refused(text::processing_stopped(case_id, on)).into());
    }
    Ok(())
}

/// The access-log row of an operation that changed a case: the change is its own reason.
pub(crate) fn log_change(tx: &Tx, author: &Author, case: &Case, command: &str) -> Result<()> {
    access::log_change(tx, author, case.client_id, &case.id, command)
}

/// The access-log row of an operation that showed a case's client.
pub(crate) fn log_view(
    tx: &Tx,
    author: &Author,
    case: &Case,
    command: &str,
    reason: Option<&str>,
) -> Result<()> {
    access::log(
        tx,
        author,
        &access::Access {
            command,
            action: AccessAction::View,
            client_id: Some(case.client_id),
            case_id: Some(&case.id),
            reason,
        },
    )
}

/// A date may not come before the phase the case is in began (the timeline stays in order).
pub(crate) fn not_before_phase(case: &Case, on: NaiveDate) -> Result<(), UserError> {
    if on < case.phase_since {
        return Err(UserError::invalid(
            "--on",
            text::before_phase(case.phase_since),
        ));
    }
    Ok(())
}

/// The heads in `remembered` that the register (as `tx` sees it) no longer holds.
fn witness_problems(
    tx: &crate::store::Tx,
    remembered: &std::collections::BTreeMap<String, crate::witness::Seen>,
) -> Result<Vec<(chain::Log, i64, String)>> {
    let seen: Vec<(chain::Log, i64, &str)> = remembered
        .iter()
        .filter_map(|(log, seen)| {
            chain::Log::from_table(log).map(|log| (log, seen.rows, seen.head.as_str()))
        })
        .collect();
    let holds = chain::all_still_hold(tx, &seen)?;
    Ok(seen
        .iter()
        .zip(holds)
        .filter(|(_, holds)| !holds)
        .map(|((log, rows, head), _)| (*log, *rows, text::witness_broken(log.table(), *rows, head)))
        .collect())
}
