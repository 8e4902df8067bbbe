//! `moty consent`: give, withdraw, send-kela, list. A withdrawal keeps the consent's history: the
//! row stays with its withdrawal date, and the timeline records both.

use anyhow::Result;

use super::Ctx;
use crate::domain::protection::Representative;
use crate::domain::{validate, Authority, ConsentKind, ConsentMethod};
use crate::error::UserError;
use crate::ops::consent;
use crate::{prompt, render, text};

#[derive(Debug, clap::Subcommand)]
pub enum Command {
    Give(GiveArgs),
    Withdraw(WithdrawArgs),
    SendKela(SendKelaArgs),
    List(ListArgs),
}

#[derive(Debug, clap::Args)]
pub struct GiveArgs {
    pub case: String,
    #[arg(long, value_enum)]
    pub kind: Option<ConsentKind>,
    #[arg(long, value_enum)]
    pub method: Option<ConsentMethod>,
    #[arg(long, value_name = "DATE")]
    pub on: Option<String>,
    #[arg(long, value_name = "TEXT")]
    pub scope: Option<String>,
    #[arg(long, value_name = "NAME")]
    pub by_representative: Option<String>,
    #[arg(long, value_enum, value_name = "AUTHORITY")]
    pub authority: Option<Authority>,
}

#[derive(Debug, clap::Args)]
pub struct WithdrawArgs {
    pub case: String,
    #[arg(long, value_enum)]
    pub kind: Option<ConsentKind>,
    #[arg(long)]
    pub id: Option<i64>,
    #[arg(long, value_name = "DATE")]
    pub on: Option<String>,
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
    #[arg(long)]
    pub close: bool,
}

#[derive(Debug, clap::Args)]
pub struct SendKelaArgs {
    pub case: String,
    #[arg(long, value_name = "DATE")]
    pub on: Option<String>,
}

#[derive(Debug, clap::Args)]
pub struct ListArgs {
    pub case: String,
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

fn give(ctx: &Ctx, args: GiveArgs) -> Result<String> {
    let case_id = validate::case_id("CASE", &args.case)?;
    let kind = pick(
        args.kind,
        "--kind",
        text::prompt_consent_kind(),
        ConsentKind::ALL,
    )?;
    let method = pick(
        args.method,
        "--method",
        text::prompt_consent_method(),
        kind.methods(),
    )?;
    if !kind.methods().contains(&method) {
        return Err(
            UserError::invalid("--method", text::method_not_for(kind, kind.methods())).into(),
        );
    }
    let representative = match (&args.by_representative, args.authority) {
        (Some(name), Some(authority)) => Some(Representative {
            name: validate::person_name("--by-representative", name)?,
            authority,
        }),
        (Some(_), None) => {
            return Err(
                UserError::invalid("--authority", text::representative_needs_authority()).into(),
            )
        }
        (None, Some(_)) => {
            return Err(UserError::invalid(
                "--by-representative",
                text::authority_needs_representative(),
            )
            .into())
        }
        (None, None) => None,
    };
    let give = consent::Give {
        case_id: case_id.clone(),
        kind,
        method,
        on: date_or_today(ctx, &args.on)?,
        scope: validate::optional_block("--scope", &args.scope, 2000)?,
        representative,
    };
    let consent = consent::give(&mut ctx.session()?, &give)?;
    Ok(render::consent_recorded(&case_id, &consent, ctx.json))
}

fn withdraw(ctx: &Ctx, args: WithdrawArgs) -> Result<String> {
    let case_id = validate::case_id("CASE", &args.case)?;
    let kind = match (args.kind, args.id) {
        (None, None) => Some(pick(
            None,
            "--kind",
            text::prompt_consent_kind(),
            ConsentKind::ALL,
        )?),
        (kind, _) => kind,
    };
    if args.close && kind.is_some_and(|k| k != ConsentKind::MultiProfessional) {
        return Err(UserError::invalid("--close", text::close_needs_multi()).into());
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
    let withdraw = consent::Withdraw {
        case_id: case_id.clone(),
        kind,
        id: args.id,
        on,
        note,
        close,
    };
    let done = consent::withdraw(&mut ctx.session()?, &withdraw)?;
    Ok(render::consent_withdrawn(&case_id, &done, ctx.json))
}

fn send_kela(ctx: &Ctx, args: SendKelaArgs) -> Result<String> {
    let case_id = validate::case_id("CASE", &args.case)?;
    let on = date_or_today(ctx, &args.on)?;
    let sent = consent::send_kela(&mut ctx.session()?, &case_id, on)?;
    Ok(render::kela_form_sent(&case_id, &sent, ctx.json))
}

fn list(ctx: &Ctx, args: ListArgs) -> Result<String> {
    let case_id = validate::case_id("CASE", &args.case)?;
    let reason = validate::access_reason(&args.reason)?;
    let all = consent::list(&mut ctx.session()?, &case_id, reason.as_deref())?;
    Ok(render::consents(&case_id, &all, ctx.json))
}
