//! One file per subcommand: its clap `Args` and one `run` function. A command parses and checks
//! its input, calls one operation (`crate::ops`) and hands the result to `render`. No command
//! calls another command.

pub mod admin;
pub mod audit;
pub mod backup;
pub mod client;
pub mod close;
pub mod completions;
pub mod config;
pub mod consent;
pub mod consult;
pub mod contact;
pub mod correct;
pub mod demo;
pub mod directory;
pub mod doctor;
pub mod estimate;
pub mod export;
pub mod feedback;
pub mod find;
pub mod follow_up;
pub mod import;
pub mod kela_outcome;
pub mod list;
pub mod login;
pub mod move_region;
pub mod plan;
pub mod purge;
pub mod refer;
pub mod reopen;
pub mod report;
pub mod schedule;
pub mod settings;
pub mod show;
pub mod survey;
pub mod triage;

use std::path::PathBuf;

use anyhow::Result;

use crate::cli::{Cli, Command};
use crate::clock::Clock;
use crate::domain::validate;
use crate::error::UserError;
use crate::ops::Session;
use crate::store;
use crate::text;

/// What every command knows: where the register is, who acts, when, and how to print.
pub struct Ctx {
    pub db_path: PathBuf,
    /// Who acts: `--as`, `MOTY_USER` or the configuration file's `as`, else the login name; None
    /// when none of them names anyone (`actor` refuses then, when something is to be recorded).
    actor: Option<String>,
    pub json: bool,
    pub clock: Clock,
    /// The configuration file's region: the lists' region when no flag or variable names one.
    pub region: Option<String>,
    /// `--db` or `MOTY_DB` named the register (not the file or the default): `demo` builds there.
    pub db_given: bool,
    /// A register on a server, connected before the command checks its input (its clock is
    /// `clock`); the command's first session takes it.
    server: std::cell::RefCell<Option<crate::ops::ServerStart>>,
}

impl Ctx {
    fn new(db_path: Option<PathBuf>, actor: Option<String>, json: bool) -> Result<Ctx> {
        let clock = Clock::from_env()?;
        let actor = match actor {
            Some(name) => Some(validate::line("--as", &name, 100)?),
            // A login name that is not a valid name (too long, control characters) is no name.
            None => {
                crate::clock::os_login().and_then(|login| validate::line("--as", &login, 100).ok())
            }
        };
        let db_path = match db_path {
            Some(path) if path.as_os_str().is_empty() => {
                return Err(UserError::invalid("--db", text::empty()).into())
            }
            Some(path) => path,
            None => store::default_path()?,
        };
        Ok(Ctx {
            db_path,
            actor,
            json,
            clock,
            region: None,
            db_given: false,
            server: std::cell::RefCell::new(None),
        })
    }

    /// Who acts, for a change or a look-up the register records. Nobody named and no login name
    /// to fall back on is refused (exit 2) before anything is opened: a row never says "unknown".
    pub fn actor(&self) -> Result<&str, UserError> {
        self.actor
            .as_deref()
            .ok_or_else(|| UserError::invalid("--as", text::no_actor()))
    }

    /// Opens an existing register for one operation; a missing file is "not found".
    pub fn session(&self) -> Result<Session> {
        if let Some(start) = self.server.borrow_mut().take() {
            return Session::open_started(start, &self.db_path, self.actor()?);
        }
        Session::open(&self.db_path, self.actor()?, self.clock)
    }

    /// Who looks, where nothing is recorded (the read-only health checks): nobody has to be named.
    fn reader(&self) -> &str {
        self.actor.as_deref().unwrap_or_default()
    }

    /// Opens an existing register read-only, for the health checks.
    pub fn session_read_only(&self) -> Result<Session> {
        Session::open_read_only(&self.db_path, self.reader(), self.clock)
    }

    /// Opens the register, creating it on first use.
    pub fn session_or_create(&self) -> Result<Session> {
        if let Some(start) = self.server.borrow_mut().take() {
            return Session::open_started(start, &self.db_path, self.actor()?);
        }
        Session::open_or_create(&self.db_path, self.actor()?, self.clock)
    }
}

/// Runs one command; returns what it prints on standard output.
pub fn run(cli: Cli) -> Result<String> {
    // `moty` alone: the path of a case with the command for each step; no register needed.
    let Some(command) = cli.command else {
        return Ok(text::overview());
    };
    // Generated from the command line's own definitions: no register, no user, no clock.
    match &command {
        Command::Completions(args) => return completions::completions(args),
        Command::Man(args) => return completions::man(args),
        Command::Config(command) => return config::run(command, cli.json),
        _ => {}
    }
    // The personal configuration file, under the flags and their variables.
    let file = crate::config::load()?;
    store::allow_network_share(cli.allow_network_share);
    let db_given = cli.db.is_some();
    let tls_files = file.tls_files();
    let mut ctx = Ctx::new(
        cli.db.or(file.register()),
        cli.actor.or(file.actor),
        cli.json,
    )?;
    if store::server_url(&ctx.db_path).is_some() {
        use_tls_files(tls_files)?;
    }
    ctx.region = file.region;
    ctx.db_given = db_given;
    store::key::resolve(cli.key_file.as_deref(), &ctx.db_path)?;
    // On a server the server's clock is the command's (`moty admin` makes or migrates the
    // register, so it connects its own way).
    if !matches!(
        command,
        Command::Admin(_) | Command::Login | Command::Logout
    ) {
        if let Some(start) = crate::ops::start_on_server(&ctx.db_path, ctx.clock)? {
            ctx.clock = start.clock;
            ctx.server = std::cell::RefCell::new(Some(start));
        }
    }
    match command {
        Command::Refer(args) => refer::run(&ctx, *args),
        Command::Consent(command) => consent::run(&ctx, command),
        Command::Consult(args) => consult::run(&ctx, *args),
        Command::Client(args) => client::run(&ctx, args),
        Command::Contact(args) => contact::run(&ctx, args),
        Command::Find(args) => find::run(&ctx, args),
        Command::Show(args) => show::run(&ctx, args),
        Command::List(args) => list::run(&ctx, args),
        Command::Demo(args) => demo::run(&ctx, args),
        // (Answered above, before the register is looked for.)
        Command::Completions(args) => completions::completions(&args),
        Command::Man(args) => completions::man(&args),
        Command::Config(command) => config::run(&command, ctx.json),
        Command::Triage(args) => triage::run(&ctx, *args),
        Command::Close(args) => close::run(&ctx, args),
        Command::Schedule(args) => schedule::run(&ctx, *args),
        Command::Plan(args) => plan::run(&ctx, *args),
        Command::FollowUp(args) => follow_up::run(&ctx, *args),
        Command::Feedback(args) => feedback::run(&ctx, *args),
        Command::KelaOutcome(args) => kela_outcome::run(&ctx, *args),
        Command::Correct(args) => correct::run(&ctx, *args),
        Command::Estimate(args) => estimate::run(&ctx, *args),
        Command::Survey(args) => survey::run(&ctx, *args),
        Command::Directory(command) => directory::run(&ctx, command),
        Command::Import(command) => import::run(&ctx, command),
        Command::Report(command) => report::run(&ctx, command),
        Command::Export(command) => export::run(&ctx, command),
        Command::Audit(command) => audit::run(&ctx, command),
        Command::Admin(command) => admin::run(&ctx, command),
        Command::Backup(args) => backup::backup(&ctx, args),
        Command::Doctor => doctor::run(&ctx),
        Command::Login => login::login(&ctx),
        Command::Logout => login::logout(&ctx),
        Command::Rekey => backup::rekey(&ctx),
        Command::Restore(args) => backup::restore(&ctx, args),
        Command::Reopen(args) => reopen::run(&ctx, args),
        Command::MoveRegion(args) => move_region::run(&ctx, args),
        Command::Purge(args) => purge::run(&ctx, args),
        Command::Settings(command) => settings::run(&ctx, command),
    }
}

/// The configuration's client certificate and CA for every connection to a server, checked
/// before anything connects: a file that cannot be used is bad input naming it.
fn use_tls_files(files: store::credentials::TlsFiles) -> Result<()> {
    if files.certificate.is_none() && files.ca.is_none() {
        return Ok(());
    }
    store::credentials::use_tls_files(files);
    store::credentials::tls_connector().map_err(|e| {
        UserError::invalid("config", text::certificate_unusable(&e.path, &e.reason))
    })?;
    Ok(())
}
