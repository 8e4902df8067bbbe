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

#[derive(Debug, clap::Args)]
#[command(args_conflicts_with_subcommands = true, subcommand_negates_reqs = true)]
pub struct Args {
    #[command(subcommand)]
    pub command: Option<Command>,
    #[command(flatten)]
    pub edit: EditArgs,
}

#[derive(Debug, clap::Subcommand)]
pub enum Command {
    Show(show::ShowArgs),
    #[command(subcommand)]
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
