//! `moty consent`: give, withdraw, send-kela, list. A withdrawal keeps the consent's history: the
//! row stays with its withdrawal date, and the timeline records both.

use crate::store::Tx;
use anyhow::Result;

use super::Ctx;
use crate::domain::{
    validate, AccessAction, CloseReason, ConsentKind, ConsentMethod, EventKind, Phase,
};
use crate::error::UserError;
use crate::store::{access, cases, consents, events, Author};
use crate::{prompt, render, text};

#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Record a consent the client gave
    Give(GiveArgs),
    /// Record that the client withdrew a consent
    Withdraw(WithdrawArgs),
    /// Record the date the Kela information-exchange form was sent to Kela
    SendKela(SendKelaArgs),
    /// List a case's consents, withdrawn ones included
    List(ListArgs),
}

/// Record a consent: multi-professional work (written, with the contact request, or oral),
/// a meeting (oral) or Kela information exchange (written).
#[derive(Debug, clap::Args)]
pub struct GiveArgs {
    /// The case, e.g. 2026-0007
    pub case: String,
    /// What the client consented to
    #[arg(long, value_enum)]
    pub kind: Option<ConsentKind>,
    /// How the consent was given
    #[arg(long, value_enum)]
    pub method: Option<ConsentMethod>,
    /// The date it was given, YYYY-MM-DD or D.M.YYYY [default: today]
    #[arg(long, value_name = "DATE")]
    pub on: Option<String>,
    /// What the consent covers (units, matters, limits)
    #[arg(long, value_name = "TEXT")]
    pub scope: Option<String>,
}

/// Record a withdrawal. Names the consent by kind; --id picks one when several are in force.
#[derive(Debug, clap::Args)]
pub struct WithdrawArgs {
    /// The case, e.g. 2026-0007
    pub case: String,
    /// Which kind of consent was withdrawn
    #[arg(long, value_enum)]
    pub kind: Option<ConsentKind>,
    /// The consent's number (from `moty consent list`), when several of the kind are in force
    #[arg(long)]
    pub id: Option<i64>,
    /// The date it was withdrawn, YYYY-MM-DD or D.M.YYYY [default: today]
    #[arg(long, value_name = "DATE")]
    pub on: Option<String>,
    /// What the client said, or why
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
    /// Also close the case as consent-withdrawn (withdrawing multi-professional consent stops
    /// further processing); on a terminal moty asks
    #[arg(long)]
    pub close: bool,
}

/// Record that the Kela information-exchange form went to Kela (it must go before the
/// consultation so Kela can prepare).
#[derive(Debug, clap::Args)]
pub struct SendKelaArgs {
    /// The case, e.g. 2026-0007
    pub case: String,
    /// The date it was sent, YYYY-MM-DD or D.M.YYYY [default: today]
    #[arg(long, value_name = "DATE")]
    pub on: Option<String>,
}

/// List a case's consents.
#[derive(Debug, clap::Args)]
pub struct ListArgs {
    /// The case, e.g. 2026-0007
    pub case: String,
    /// Why you look at the client's data; kept in the access log
    #[arg(long, value_name = "TEXT")]
    pub reason: Option<String>,
}

pub fn run(ctx: &Ctx, command: Command) -> Result<String> {
    match command {
        Command::Give(args) => give(ctx, args),
        Command::Withdraw(args) => withdraw(ctx, args),
        Command::SendKela(args) => send_kela(ctx, args),
        Command::List(args) => list(ctx, args),
    }
}

fn date_or_today(ctx: &Ctx, on: &Option<String>) -> Result<chrono::NaiveDate, UserError> {
    let today = ctx.clock.today();
    on.as_deref()
        .map_or(Ok(today), |on| validate::past_date("--on", on, today))
}

fn pick<T: Copy + std::fmt::Display>(
    value: Option<T>,
    flag: &str,
    label: &str,
    all: &[T],
) -> Result<T> {
    match value {
        Some(value) => Ok(value),
        None if prompt::interactive() => prompt::choose(label, all),
        None => Err(UserError::Missing {
            flags: vec![flag.to_string()],
        }
        .into()),
    }
}

/// The case, which must exist; `writable` also refuses a closed case.
fn case_for(tx: &Tx, case_id: &str, writable: bool) -> Result<cases::Case> {
    let case =
        cases::get(tx, case_id)?.ok_or_else(|| UserError::NotFound(text::no_case(case_id)))?;
    if writable && case.phase == Phase::Closed {
        return Err(UserError::Refused(text::case_closed(case_id)).into());
    }
    Ok(case)
}

fn log_change(tx: &Tx, author: &Author, case: &cases::Case, command: &str) -> Result<()> {
    crate::store::access::log_change(tx, author, case.client_id, &case.id, command)
}

fn give(ctx: &Ctx, args: GiveArgs) -> Result<String> {
    let case_id = validate::case_id("CASE", &args.case)?;
    let kind = pick(
        args.kind,
        "--kind",
        text::PROMPT_CONSENT_KIND,
        ConsentKind::ALL,
    )?;
    let method = pick(
        args.method,
        "--method",
        text::PROMPT_CONSENT_METHOD,
        kind.methods(),
    )?;
    if !kind.methods().contains(&method) {
        return Err(
            UserError::invalid("--method", text::method_not_for(kind, kind.methods())).into(),
        );
    }
    let on = date_or_today(ctx, &args.on)?;
    let scope = args
        .scope
        .as_deref()
        .map(|s| validate::block("--scope", s, 2000))
        .transpose()?;
    let author = ctx.author();
    let mut register = ctx.open()?;
    let consent = register
        .write(|tx| give_consent(tx, &author, &case_id, kind, method, on, scope.as_deref()))?;
    Ok(render::consent_recorded(&case_id, &consent, ctx.json))
}

/// Records a consent inside the caller's transaction. Kinds held one at a time refuse a second
/// one of the same method while the first is in force.
pub fn give_consent(
    tx: &Tx,
    author: &Author,
    case_id: &str,
    kind: ConsentKind,
    method: ConsentMethod,
    on: chrono::NaiveDate,
    scope: Option<&str>,
) -> Result<consents::Consent> {
    // A closed case may take a consent: the client's new consent is what lets it reopen.
    let case = case_for(tx, case_id, false)?;
    let all = consents::for_case(tx, case_id)?;
    if kind.one_at_a_time() {
        let in_force = all
            .iter()
            .find(|c| c.is_active() && c.kind == kind && c.method == method);
        if let Some(existing) = in_force {
            return Err(UserError::Refused(text::consent_in_force(existing)).into());
        }
    }
    let id = consents::insert(
        tx,
        case_id,
        kind,
        method,
        &on.to_string(),
        scope,
        &author.actor,
    )?;
    let detail = serde_json::json!({ "consent": id, "kind": kind, "method": method });
    events::append(tx, author, case_id, EventKind::ConsentGiven, detail, on)?;
    log_change(tx, author, &case, "consent give")?;
    consents::for_case(tx, case_id)?
        .into_iter()
        .find(|c| c.id == id)
        .ok_or_else(|| anyhow::anyhow!("the consent just recorded is missing"))
}

fn withdraw(ctx: &Ctx, args: WithdrawArgs) -> Result<String> {
    let case_id = validate::case_id("CASE", &args.case)?;
    let kind = match (args.kind, args.id) {
        (None, None) => Some(pick(
            None,
            "--kind",
            text::PROMPT_CONSENT_KIND,
            ConsentKind::ALL,
        )?),
        (kind, _) => kind,
    };
    if args.close && kind.is_some_and(|k| k != ConsentKind::MultiProfessional) {
        return Err(UserError::invalid("--close", text::CLOSE_NEEDS_MULTI).into());
    }
    let on = date_or_today(ctx, &args.on)?;
    let note = validate::optional_block("--note", &args.note, 2000)?;
    // Withdrawing multi-professional consent stops further processing: at a terminal, ask
    // before writing anything whether the case closes with it.
    let close = args.close
        || (kind == Some(ConsentKind::MultiProfessional)
            && !ctx.json
            && prompt::interactive()
            && prompt::confirm(&text::offer_close(&case_id))?);
    let author = ctx.author();
    let mut register = ctx.open()?;
    let (withdrawn, closed, still_open) = register.write(|tx| {
        let case = case_for(tx, &case_id, false)?;
        let in_force: Vec<_> = consents::for_case(tx, &case_id)?
            .into_iter()
            .filter(|c| c.is_active())
            .filter(|c| kind.is_none_or(|k| c.kind == k))
            .filter(|c| args.id.is_none_or(|id| c.id == id))
            .collect();
        let consent = match in_force.as_slice() {
            [one] => one.clone(),
            [] => {
                let missing = text::no_consent_in_force(&case_id, kind, args.id);
                return Err(UserError::NotFound(missing).into());
            }
            _ => return Err(UserError::invalid("--id", text::several_in_force(&in_force)).into()),
        };
        if close && consent.kind != ConsentKind::MultiProfessional {
            return Err(UserError::invalid("--close", text::CLOSE_NEEDS_MULTI).into());
        }
        if on.to_string() < consent.given_on {
            let message = text::withdrawn_before_given(&consent.given_on);
            return Err(UserError::invalid("--on", message).into());
        }
        consents::withdraw(tx, consent.id, &on.to_string())?;
        let detail =
            serde_json::json!({ "consent": consent.id, "kind": consent.kind, "note": note });
        events::append(
            tx,
            &author,
            &case_id,
            EventKind::ConsentWithdrawn,
            detail,
            on,
        )?;
        log_change(tx, &author, &case, "consent withdraw")?;
        let closed = close && case.phase != Phase::Closed;
        let still_open = !closed && case.phase != Phase::Closed;
        if closed {
            let reason = CloseReason::ConsentWithdrawn;
            super::close::close_case(tx, &author, &case_id, reason, None, on)?;
        }
        let withdrawn = consents::Consent {
            withdrawn_on: Some(on.to_string()),
            ..consent
        };
        Ok((withdrawn, closed, still_open))
    })?;
    Ok(render::consent_withdrawn(
        &case_id, &withdrawn, closed, still_open, ctx.json,
    ))
}

fn send_kela(ctx: &Ctx, args: SendKelaArgs) -> Result<String> {
    let case_id = validate::case_id("CASE", &args.case)?;
    let on = date_or_today(ctx, &args.on)?;
    let author = ctx.author();
    let mut register = ctx.open()?;
    let sent = register.write(|tx| {
        let case = case_for(tx, &case_id, true)?;
        let consent = consents::for_case(tx, &case_id)?
            .into_iter()
            .rfind(|c| c.is_active() && c.kind == ConsentKind::KelaExchange)
            .ok_or_else(|| UserError::Refused(text::kela_consent_needed(&case_id)))?;
        if on.to_string() < consent.given_on {
            return Err(
                UserError::invalid("--on", text::sent_before_given(&consent.given_on)).into(),
            );
        }
        consents::mark_sent_to_kela(tx, consent.id, &on.to_string())?;
        let detail = serde_json::json!({ "consent": consent.id });
        events::append(tx, &author, &case_id, EventKind::KelaFormSent, detail, on)?;
        log_change(tx, &author, &case, "consent send-kela")?;
        Ok(consents::Consent {
            sent_to_kela_on: Some(on.to_string()),
            ..consent
        })
    })?;
    Ok(render::kela_form_sent(&case_id, &sent, ctx.json))
}

fn list(ctx: &Ctx, args: ListArgs) -> Result<String> {
    let case_id = validate::case_id("CASE", &args.case)?;
    let reason = super::find::access_reason(&args.reason)?;
    let author = ctx.author();
    let mut register = ctx.open()?;
    let all = register.write(|tx| {
        let case = case_for(tx, &case_id, false)?;
        access::log(
            tx,
            &author,
            &access::Access {
                command: "consent list",
                action: AccessAction::View,
                client_id: Some(case.client_id),
                case_id: Some(&case_id),
                reason: reason.as_deref(),
            },
        )?;
        consents::for_case(tx, &case_id)
    })?;
    Ok(render::consents(&case_id, &all, ctx.json))
}
