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

#[derive(Debug, clap::Args)]
pub struct Args {
    pub case: String,
    pub fact: String,
    pub value: String,
    #[arg(long, value_name = "TEXT")]
    pub reason: Option<String>,
    #[arg(long, value_name = "ID")]
    pub meeting: Option<i64>,
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
