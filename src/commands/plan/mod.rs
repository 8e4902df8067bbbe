//! `moty plan`: the joint care and service plan (HOPA) with its onward pathways, its versions,
//! the printable plan for the client, the service catalogue and the anonymous description.

mod describe;
mod edit;
mod show;

use anyhow::Result;

use super::Ctx;
use crate::domain::validate;
use crate::error::UserError;

pub use edit::EditArgs;

/// Keep the joint care and service plan (HOPA) and its onward pathways
///
/// Use `moty plan CASE` from the joint assessment on, whenever the plan changes: the key worker,
/// the client's resources, goals and needs, the agreed actions (what, who, by when) and the
/// onward pathways, each with its status. Every change writes a new version and every version is
/// kept. --complete ends the pathway phase once the plan names a key worker and a pathway and
/// the client confirmed they know whom to contact; the follow-up call is then due.
#[derive(Debug, clap::Args)]
#[command(
    args_conflicts_with_subcommands = true,
    subcommand_negates_reqs = true,
    after_long_help = crate::text::help_a::PLAN
)]
pub struct Args {
    #[command(subcommand)]
    pub command: Option<Command>,
    #[command(flatten)]
    pub edit: EditArgs,
}

#[derive(Debug, clap::Subcommand)]
pub enum Command {
    Show(show::ShowArgs),
    /// The catalogue of onward services
    ///
    /// Use it to see or extend the services a plan's onward pathways name (`--pathway
    /// "service=CODE"`), each in one of the service areas, so the outcome figures can be read by
    /// area. The catalogue starts with the pilot's onward services.
    #[command(subcommand, after_long_help = crate::text::help_a::PLAN_SERVICES)]
    Services(show::ServicesCommand),
    Describe(describe::DescribeArgs),
}

pub fn run(ctx: &Ctx, args: Args) -> Result<String> {
    match args.command {
        Some(Command::Show(a)) => show::show(ctx, a),
        Some(Command::Services(c)) => show::services(ctx, c),
        Some(Command::Describe(a)) => describe::run(ctx, a),
        None => {
            let case = args
                .edit
                .case
                .as_deref()
                .ok_or_else(|| UserError::Missing {
                    flags: vec!["CASE".to_string()],
                })?;
            let case_id = validate::case_id("CASE", case)?;
            edit::run(ctx, &case_id, args.edit)
        }
    }
}
