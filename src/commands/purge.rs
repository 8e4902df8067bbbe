//! `moty purge`: erase the identifiable content of closed cases — one case with a reason, or every
//! case closed before a date whose retention period has ended — keeping the figures computable and
//! every chain verifiable.

use anyhow::Result;

use super::Ctx;
use crate::domain::{validate, PurgeReason};
use crate::error::UserError;
use crate::ops::purge::{self, Which};
use crate::render;

/// Erase a closed case's identifiable content, keeping the figures and the chains
///
/// Use it when a closed case's retention period has ended, it was opened for the wrong person,
/// or the client's request for erasure is granted. What was typed about the client (reasons,
/// notes, the description, the plan's texts, look-up reasons) is erased, and their name, identity
/// code and phone once no unpurged case of theirs remains; codes, dates, counts and the
/// professionals' names stay, so the figures and the chains hold. The purge goes on the timeline
/// and into the access log. Backups keep the data until they are deleted. An open or already
/// purged case is refused (exit code 4).
#[derive(Debug, clap::Args)]
#[command(after_long_help = crate::text::help_b::PURGE)]
pub struct Args {
    /// The case to purge, e.g. 2026-0007 (closed)
    #[arg(
        required_unless_present_any = ["closed_before", "due"],
        conflicts_with_all = ["closed_before", "due"]
    )]
    pub case: Option<String>,
    /// Purge every case closed before this date, YYYY-MM-DD (its retention period has ended)
    #[arg(long, value_name = "DATE", conflicts_with = "due")]
    pub closed_before: Option<String>,
    /// Purge every case whose retention period has ended: closed more than the years set with
    /// `moty settings retention --closed-cases-years N` before today
    #[arg(long)]
    pub due: bool,
    /// Why the content is erased (recorded on the case's timeline)
    #[arg(long, value_enum)]
    pub reason: PurgeReason,
    /// Anything the next reader should know (kept on the timeline; do not name the client)
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
