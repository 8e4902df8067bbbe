//! `moty correct CASE FACT VALUE --reason TEXT`: a mistyped fact corrected as a new event. The
//! row holding the fact changes (every figure then uses the new value); the timeline keeps the
//! original entry and adds the correction with both values and the reason.

use anyhow::Result;

use super::Ctx;
use crate::domain::correction::Fact;
use crate::domain::validate;
use crate::error::UserError;
use crate::ops::correct::{self, Correction};
use crate::{render, text};

/// Correct a mistyped fact as a new event, saying why
///
/// Use it when a recorded fact was typed wrong: a Suuntima segment, the referral's source or
/// channel, a follow-up or feedback answer, an estimate (the facts are listed below). History is
/// never rewritten in silence: the correction is a new event on the case's timeline, with the
/// reason.
#[derive(Debug, clap::Args)]
#[command(
    after_help = text::correct_facts_help(),
    after_long_help = crate::text::help_a::correct_long_help()
)]
pub struct Args {
    /// The case, e.g. 2026-0007
    pub case: String,
    /// The fact to correct (listed below)
    pub fact: String,
    /// Its correct value (`none` for an answer that was not given, where the fact allows it)
    pub value: String,
    /// Why the value was wrong (kept in the timeline)
    #[arg(long, value_name = "TEXT")]
    pub reason: Option<String>,
    /// The meeting whose segment, feedback or estimate it is [default: the latest]
    #[arg(long, value_name = "ID")]
    pub meeting: Option<i64>,
    /// The Nth follow-up of the case (from 1), or the estimate entered at it [default: the latest]
    #[arg(long, value_name = "N")]
    pub follow_up: Option<usize>,
}

pub fn run(ctx: &Ctx, args: Args) -> Result<String> {
    let case_id = validate::case_id("CASE", &args.case)?;
    let fact: Fact = args.fact.parse()?;
    let value = fact.value(&args.value)?;
    let reason = match &args.reason {
        Some(reason) => validate::block("--reason", reason, 2000)?,
        None => {
            return Err(UserError::Missing {
                flags: vec!["--reason".to_string()],
            }
            .into())
        }
    };
    if args.follow_up == Some(0) {
        return Err(UserError::invalid("--follow-up", text::follow_up_from_one()).into());
    }
    let correction = Correction {
        case_id,
        fact,
        value,
        reason,
        meeting: args.meeting,
        follow_up: args.follow_up,
    };
    let done = correct::correct(&mut ctx.session()?, &correction)?;
    Ok(render::corrected(&done, ctx.json))
}
