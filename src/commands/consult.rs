//! `moty consult`: a professional's consultation that does not (yet) identify a client (seed 000:
//! Teams, the phone hour), the consultations of a period, and linking one to the case it led to.

use anyhow::Result;
use chrono::NaiveDateTime;

use super::Ctx;
use crate::domain::{consultation, validate, ConsultChannel, ReferralExpected};
use crate::error::UserError;
use crate::ops::consult::{self, NewConsultation};
use crate::{prompt, render, text};

#[derive(Debug, clap::Args)]
#[command(args_conflicts_with_subcommands = true, subcommand_negates_reqs = true)]
pub struct Args {
    #[command(subcommand)]
    pub command: Option<Command>,
    #[command(flatten)]
    pub record: RecordArgs,
}

#[derive(Debug, Default, clap::Args)]
pub struct RecordArgs {
    #[arg(long, value_name = "TIME")]
    pub at: Option<String>,
    #[arg(long, value_enum)]
    pub channel: Option<ConsultChannel>,
    #[arg(long, value_name = "UNIT")]
    pub unit: Option<String>,
    #[arg(long, value_name = "TEXT")]
    pub topic: Option<String>,
    #[arg(long, value_name = "TEXT")]
    pub advice: Option<String>,
    #[arg(long, value_enum, value_name = "ANSWER")]
    pub referral_expected: Option<ReferralExpected>,
}

#[derive(Debug, clap::Subcommand)]
pub enum Command {
    List(ListArgs),
    Link(LinkArgs),
}

#[derive(Debug, clap::Args)]
pub struct ListArgs {
    #[arg(long, value_name = "DATE")]
    pub from: Option<String>,
    #[arg(long, alias = "to", value_name = "DATE")]
    pub until: Option<String>,
}

#[derive(Debug, clap::Args)]
pub struct LinkArgs {
    pub id: String,
    pub case: String,
}

pub fn run(ctx: &Ctx, args: Args) -> Result<String> {
    match args.command {
        Some(Command::List(a)) => list(ctx, a),
        Some(Command::Link(a)) => link(ctx, a),
        None => record(ctx, args.record),
    }
}

/// Parses "YYYY-MM-DD HH:MM" or "D.M.YYYY klo H.MM" (a Helsinki wall-clock time that exists).
fn parse_time(field: &str, value: &str) -> Result<NaiveDateTime, UserError> {
    validate::date_time(field, value)
}

/// Asks for the missing fields at a terminal; otherwise fails naming every missing flag.
fn ask_for_missing(args: &mut RecordArgs) -> Result<()> {
    let mut missing = Vec::new();
    if args.channel.is_none() {
        missing.push("--channel");
    }
    if args.unit.is_none() {
        missing.push("--unit");
    }
    if args.topic.is_none() {
        missing.push("--topic");
    }
    if args.advice.is_none() {
        missing.push("--advice");
    }
    if args.referral_expected.is_none() {
        missing.push("--referral-expected");
    }
    if missing.is_empty() {
        return Ok(());
    }
    if !prompt::interactive() {
        let flags = missing.into_iter().map(String::from).collect();
        return Err(UserError::Missing { flags }.into());
    }
    for flag in missing {
        match flag {
            "--channel" => {
                args.channel = Some(prompt::choose(
                    &text::prompt_consult_channel(),
                    ConsultChannel::ALL,
                )?)
            }
            "--unit" => args.unit = Some(prompt::text(&text::prompt_consult_unit())?),
            "--topic" => args.topic = Some(prompt::text(&text::prompt_consult_topic())?),
            "--advice" => args.advice = Some(prompt::text(&text::prompt_consult_advice())?),
            _ => {
                args.referral_expected = Some(prompt::choose(
                    &text::prompt_referral_expected(),
                    ReferralExpected::ALL,
                )?)
            }
        }
    }
    Ok(())
}

fn required<T: Clone>(value: &Option<T>, flag: &str) -> Result<T, UserError> {
    value.clone().ok_or_else(|| UserError::Missing {
        flags: vec![flag.to_string()],
    })
}

fn record(ctx: &Ctx, mut args: RecordArgs) -> Result<String> {
    ask_for_missing(&mut args)?;
    let at = match &args.at {
        Some(at) => parse_time("--at", at)?,
        None => ctx.clock.local_now(),
    };
    let topic = validate::block("--topic", &required(&args.topic, "--topic")?, 2000)?;
    consult::check_anonymous("--topic", &topic)?;
    let advice = validate::block("--advice", &required(&args.advice, "--advice")?, 2000)?;
    consult::check_anonymous("--advice", &advice)?;
    let new = NewConsultation {
        at,
        channel: required(&args.channel, "--channel")?,
        unit: validate::line("--unit", &required(&args.unit, "--unit")?, 200)?,
        topic,
        advice,
        referral_expected: required(&args.referral_expected, "--referral-expected")?,
    };
    // A consultation may be the first thing a team records: it creates the register.
    let recorded = consult::record(&mut ctx.session_or_create()?, &new)?;
    Ok(render::consultation_recorded(&recorded, ctx.json))
}

fn link(ctx: &Ctx, args: LinkArgs) -> Result<String> {
    let id = consultation::parse_id("ID", &args.id)?;
    let case_id = validate::case_id("CASE", &args.case)?;
    let linked = consult::link(&mut ctx.session()?, id, &case_id)?;
    Ok(render::consultation_linked(&linked, ctx.json))
}

fn list(ctx: &Ctx, args: ListArgs) -> Result<String> {
    let today = ctx.clock.today();
    let to = match &args.until {
        Some(until) => validate::date("--until", until)?,
        None => today,
    };
    let from = match &args.from {
        Some(from) => validate::date("--from", from)?,
        None => to - chrono::Days::new(30),
    };
    if to < from {
        return Err(UserError::invalid("--until", text::to_before_from()).into());
    }
    let all = consult::list(&mut ctx.session()?, from, to)?;
    Ok(render::consultations(&all, from, to, ctx.json))
}
