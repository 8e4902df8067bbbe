//! `moty settings`: the register's own settings — for now the retention schedule, which
//! `moty purge --due` reads.

use anyhow::Result;

use super::Ctx;
use crate::error::UserError;
use crate::ops::dpo;
use crate::{render, text};

#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Show or set how long records are kept: closed cases are kept N years after closing, then
    /// `moty purge --due --reason retention` erases them
    Retention {
        /// Years a closed case is kept after its closing date (0: none set, nothing is due)
        #[arg(long, value_name = "N", allow_negative_numbers = true)]
        closed_cases_years: Option<i64>,
    },
}

pub fn run(ctx: &Ctx, command: Command) -> Result<String> {
    match command {
        Command::Retention { closed_cases_years } => {
            let years = closed_cases_years
                .map(|n| {
                    u32::try_from(n).ok().filter(|n| *n <= 100).ok_or_else(|| {
                        UserError::invalid("--closed-cases-years", text::retention_years_range())
                    })
                })
                .transpose()?;
            let now = dpo::set_retention(&mut ctx.session()?, years)?;
            Ok(render::dpo::retention(now, ctx.json))
        }
    }
}
