//! `moty consent`: give, withdraw, send-kela, list. A withdrawal keeps the consent's history: the
//! row stays with its withdrawal date, and the timeline records both.

use anyhow::Result;

use super::Ctx;
use crate::domain::protection::Representative;
use crate::domain::{validate, Authority, ConsentKind, ConsentMethod};
use crate::error::UserError;
use crate::ops::consent;
use crate::{prompt, render, text};

/// Record, withdraw and list the client's consents
///
/// Use it whenever the client gives or withdraws a consent: collaboration rests on it. The
/// joint assessment needs written multi-professional consent and the client's contact request,
/// the Yhteistyö-tiimi consent (oral is enough), a meeting the client's oral consent at its
/// start, and the Kela hour the Kela information-exchange form, sent to Kela before it. A
/// withdrawn or missing consent stops the steps that need it.
#[derive(Debug, clap::Subcommand)]
#[command(after_long_help = crate::text::help_a::CONSENT)]
pub enum Command {
    Give(GiveArgs),
    Withdraw(WithdrawArgs),
    SendKela(SendKelaArgs),
    List(ListArgs),
}

/// Record a consent the client gave
///
/// Use it when the client consents: to multi-professional work (written or oral), the contact
/// request (yhteydenottopyyntö: written, or oral when the client asks themself), a meeting (oral)
/// or Kela information exchange (written). Triage onto the Moty track (joint assessment) needs
/// both the written multi-professional consent and the contact request. A legal representative
/// may consent on the client's behalf (--by-representative with --authority). At a terminal moty
/// asks for what is missing.
#[derive(Debug, clap::Args)]
#[command(after_long_help = crate::text::help_a::CONSENT_GIVE)]
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
    /// The consent was given on the client's behalf by this legal representative or custodian
    /// (with --authority)
    #[arg(long, value_name = "NAME")]
    pub by_representative: Option<String>,
    /// On what authority the representative consents: guardianship (an appointed guardian,
    /// edunvalvoja), custodian (of a child, huoltaja), power-of-attorney (a confirmed continuing
    /// power of attorney), other
    #[arg(long, value_enum, value_name = "AUTHORITY")]
    pub authority: Option<Authority>,
}

/// Record that the client withdrew a consent
///
/// Use it when the client takes a consent back. It names the consent by kind; --id picks one when
/// several are in force. The consent keeps its history with the withdrawal date. Withdrawing
/// multi-professional consent stops all further processing of the case (only look-ups, a new
/// consent and closing remain) and takes it out of every export; --close closes it too.
#[derive(Debug, clap::Args)]
#[command(after_long_help = crate::text::help_a::CONSENT_WITHDRAW)]
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

/// Record the date the Kela information-exchange form was sent to Kela
///
/// Use it when the client's written Kela information-exchange form goes to Kela: it must go
/// before the Kela hour (by the lead time `moty schedule slots settings` sets) so Kela can
/// prepare. A Kela hour is held only after the form was sent, and the agenda flags a form that
/// is late.
#[derive(Debug, clap::Args)]
#[command(after_long_help = crate::text::help_a::CONSENT_SEND_KELA)]
pub struct SendKelaArgs {
    /// The case, e.g. 2026-0007
    pub case: String,
    /// The date it was sent, YYYY-MM-DD or D.M.YYYY [default: today]
    #[arg(long, value_name = "DATE")]
    pub on: Option<String>,
}

/// List a case's consents, withdrawn ones included
///
/// Use it to check what the client has consented to before a step that needs it: each consent
/// with its kind, method, date, scope, who recorded it, a representative, and the withdrawal
/// date. It shows the client's data, so it is written to the access log (with --reason why).
#[derive(Debug, clap::Args)]
#[command(after_long_help = crate::text::help_a::CONSENT_LIST)]
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
                UserError::invalid("--authority", text::REPRESENTATIVE_NEEDS_AUTHORITY).into(),
            )
        }
        (None, Some(_)) => {
            return Err(UserError::invalid(
                "--by-representative",
                text::AUTHORITY_NEEDS_REPRESENTATIVE,
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
