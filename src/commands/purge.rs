//! `moty purge`: erase the identifiable content of closed cases — one case with a reason, or every
//! case closed before a date whose retention period has ended — keeping the figures computable and
//! every chain verifiable.

use anyhow::Result;

use super::Ctx;
use crate::domain::{validate, PurgeReason};
use crate::error::UserError;
use crate::ops::purge::{self, Which};
use crate::render;

#[derive(Debug, clap::Args)]
pub struct Args {
    #[arg(
        required_unless_present_any = ["closed_before", "due"],
        conflicts_with_all = ["closed_before", "due"]
    )]
    pub case: Option<String>,
    #[arg(long, value_name = "DATE", conflicts_with = "due")]
    pub closed_before: Option<String>,
    #[arg(long)]
    pub due: bool,
    #[arg(long, value_enum)]
    pub reason: PurgeReason,
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
}

pub fn run(ctx: &Ctx, args: Args) -> Result<String> {
    let which = match (&args.case, &args.closed_before) {
        _ if args.due => Which::Due,
        (Some(case), None) => Which::One(validate::case_id("CASE", case)?),
        (None, Some(date)) => {
            let before = validate::date("--closed-before", date)?;
            if before > ctx.clock.today() {
                return Err(UserError::invalid(
                    "--closed-before",
                    crate::text::in_future(before, ctx.clock.today()),
                )
                .into());
            }
            Which::ClosedBefore(before)
        }
        _ => {
            return Err(UserError::Missing {
                flags: vec!["CASE".to_string(), "--closed-before".to_string()],
            }
            .into())
        }
    };
    let note = validate::optional_block("--note", &args.note, 2000)?;
    let done = purge::purge(&mut ctx.session()?, &which, args.reason, note.as_deref())?;
    Ok(render::purged(&done, ctx.json))
}
