//! `moty refer`: register a referral (the trigger, phase 1) and open a case.

use anyhow::Result;

use super::Ctx;
use crate::domain::records::{Details, Referral};
use crate::domain::{hetu, municipality, protection, ClientLanguage};
use crate::domain::{validate, Channel, ClientGroup, Sign, Source, Urgency};
use crate::error::UserError;
use crate::ops::refer::NewReferral;
use crate::{ops, prompt, render, text};

#[derive(Debug, Default, clap::Args)]
pub struct Args {
    #[arg(long)]
    pub name: Option<String>,
    #[arg(long)]
    pub hetu: Option<String>,
    #[arg(long, requires = "hetu")]
    pub temporary_hetu: bool,
    #[arg(long, allow_negative_numbers = true, conflicts_with_all = ["hetu", "client_of"])]
    pub birth_year: Option<u32>,
    #[arg(long)]
    pub phone: Option<String>,
    #[arg(long)]
    pub municipality: Option<String>,
    #[arg(long)]
    pub region: Option<String>,
    #[arg(long, value_enum)]
    pub group: Option<ClientGroup>,
    #[arg(long, value_enum)]
    pub source: Option<Source>,
    #[arg(long, value_enum)]
    pub channel: Option<Channel>,
    #[arg(long, value_name = "NAME")]
    pub referrer: Option<String>,
    #[arg(long, value_name = "UNIT")]
    pub referrer_unit: Option<String>,
    #[arg(long, value_name = "CONTACT")]
    pub referrer_contact: Option<String>,
    #[arg(long = "sign", value_enum, value_name = "SIGN")]
    pub signs: Vec<Sign>,
    #[arg(long, value_name = "TEXT")]
    pub other_sign: Option<String>,
    #[arg(long, value_name = "TEXT")]
    pub reason: Option<String>,
    #[arg(long, value_name = "DATE")]
    pub on: Option<String>,
    #[arg(long, value_name = "CASE", conflicts_with = "hetu")]
    pub client_of: Option<String>,
    #[arg(long)]
    pub rename: bool,
    #[arg(long)]
    pub another_case: bool,
    #[arg(long)]
    pub urgent: bool,
    #[arg(long, value_name = "REASON")]
    pub minor: Option<String>,
    #[arg(long, value_name = "ID")]
    pub consultation: Option<String>,
    #[arg(long)]
    pub non_disclosure: bool,
    #[arg(long, value_enum)]
    pub language: Option<ClientLanguage>,
    #[arg(long, value_name = "LANGUAGE")]
    pub interpreter: Option<String>,
}

pub fn run(ctx: &Ctx, mut args: Args) -> Result<String> {
    ask_for_missing(&mut args)?;
    if args.reason.as_deref() == Some("-") {
        args.reason = Some(prompt::read_stdin("--reason")?);
    }
    let new = validate_args(&args, ctx.clock.today())?;
    let mut session = ctx.session_or_create()?;
    let done = ops::refer::register(&mut session, &new)?;
    Ok(render::registered(&done, ctx.json))
}

/// Asks for the required fields that are missing when a person is at the terminal; otherwise
/// fails naming every missing flag. Never waits on a pipe.
fn ask_for_missing(args: &mut Args) -> Result<()> {
    let mut missing = Vec::new();
    if args.name.is_none() && args.client_of.is_none() {
        missing.push("--name");
    }
    if args.group.is_none() {
        missing.push("--group");
    }
    if args.source.is_none() {
        missing.push("--source");
    }
    if args.channel.is_none() {
        missing.push("--channel");
    }
    if args.reason.is_none() {
        missing.push("--reason");
    }
    if args.signs.contains(&Sign::Other) && args.other_sign.is_none() {
        missing.push("--other-sign");
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
            "--name" => args.name = Some(prompt::text(text::prompt_name())?),
            "--group" => args.group = Some(prompt::choose(text::prompt_group(), ClientGroup::ALL)?),
            "--source" => args.source = Some(prompt::choose(text::prompt_source(), Source::ALL)?),
            "--channel" => {
                args.channel = Some(prompt::choose(text::prompt_channel(), Channel::ALL)?)
            }
            "--reason" => {
                if args.signs.is_empty() {
                    args.signs = prompt::choose_many(text::prompt_signs(), Sign::ALL)?;
                    if args.signs.contains(&Sign::Other) && args.other_sign.is_none() {
                        args.other_sign = Some(prompt::text(text::prompt_other_sign())?);
                    }
                }
                args.reason = Some(prompt::text(text::prompt_reason())?);
            }
            _ => args.other_sign = Some(prompt::text(text::prompt_other_sign())?),
        }
    }
    Ok(())
}

fn optional<T>(
    value: &Option<String>,
    check: impl Fn(&str) -> Result<T, UserError>,
) -> Result<Option<T>, UserError> {
    value.as_deref().map(check).transpose()
}

/// Checks every field; the first problem found is reported with its flag.
pub fn validate_args(args: &Args, today: chrono::NaiveDate) -> Result<NewReferral, UserError> {
    let required = |value: &Option<String>, flag: &str| {
        value.clone().ok_or_else(|| UserError::Missing {
            flags: vec![flag.to_string()],
        })
    };
    let name = optional(&args.name, |v| validate::person_name("--name", v))?;
    let hetu = optional(&args.hetu, |v| hetu::parse(v, args.temporary_hetu))?;
    let birth_year = match (&hetu, args.birth_year) {
        (Some(code), _) => Some(chrono::Datelike::year(&code.birth_date)),
        (None, Some(year)) => Some(validate::birth_year("--birth-year", year, today)?),
        (None, None) => None,
    };
    if let Some(code) = &hetu {
        if code.birth_date > today {
            return Err(UserError::invalid("--hetu", text::hetu_future()));
        }
    }
    let details = Details {
        phone: optional(&args.phone, |v| validate::phone("--phone", v))?,
        municipality: optional(&args.municipality, |v| {
            municipality::parse("--municipality", v)
        })?,
        region: optional(&args.region, |v| validate::place("--region", v))?,
        non_disclosure: args.non_disclosure.then_some(true),
        language: args.language,
        interpreter: optional(&args.interpreter, |v| {
            protection::interpreter("--interpreter", v)
        })?,
    };
    let referrer_name = optional(&args.referrer, |v| validate::person_name("--referrer", v))?;
    let referrer_unit = optional(&args.referrer_unit, |v| {
        validate::line("--referrer-unit", v, 200)
    })?;
    let referrer_contact = optional(&args.referrer_contact, |v| {
        validate::line("--referrer-contact", v, 200)
    })?;
    let mut signs = args.signs.clone();
    signs.sort();
    signs.dedup();
    let other_sign = optional(&args.other_sign, |v| validate::line("--other-sign", v, 200))?;
    if other_sign.is_some() != signs.contains(&Sign::Other) {
        return Err(UserError::invalid(
            "--other-sign",
            text::other_sign_pairing(),
        ));
    }
    let reason = validate::block("--reason", &required(&args.reason, "--reason")?, 4000)?;
    let effective_on = match &args.on {
        Some(on) => validate::past_date("--on", on, today)?,
        None => today,
    };
    let client_of = optional(&args.client_of, |v| validate::case_id("--client-of", v))?;
    if name.is_none() && client_of.is_none() {
        return Err(UserError::Missing {
            flags: vec!["--name".to_string()],
        });
    }
    Ok(NewReferral {
        name,
        hetu,
        birth_year,
        details,
        group: args.group.ok_or_else(|| missing("--group"))?,
        urgency: if args.urgent {
            Urgency::Urgent
        } else {
            Urgency::Normal
        },
        referral: Referral {
            source: args.source.ok_or_else(|| missing("--source"))?,
            channel: args.channel.ok_or_else(|| missing("--channel"))?,
            referrer_name,
            referrer_unit,
            referrer_contact,
            signs,
            other_sign,
            reason,
            effective_on,
        },
        client_of,
        consultation: optional(&args.consultation, |v| {
            crate::domain::consultation::parse_id("--consultation", v)
        })?,
        rename: args.rename,
        another_case: args.another_case,
        minor: optional(&args.minor, |v| validate::line("--minor", v, 400))?,
    })
}

fn missing(flag: &str) -> UserError {
    UserError::Missing {
        flags: vec![flag.to_string()],
    }
}
