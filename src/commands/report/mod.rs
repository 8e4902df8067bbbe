//! `moty report`: the weekly export for the Yhteistyö-tiimi, the effectiveness report and the
//! coordinators' work list. Every report that leaves the register writes the disclosure log.

mod consultations;
mod outcomes;
mod queue;
mod weekly;

use anyhow::Result;

use super::Ctx;

#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// The weekly export for the collaboration team: anonymous, deterministic
    Weekly(weekly::WeeklyArgs),
    /// The effectiveness figures of a period, each with its N
    Outcomes(outcomes::OutcomesArgs),
    /// The coordinators' work list for today and this week, most pressing first
    Queue(crate::cli::RegionArgs),
    /// The professionals' anonymous consultations of a period: per week, per source unit, per
    /// channel, referrals expected and cases they led to
    Consultations(consultations::ConsultationsArgs),
}

pub fn run(ctx: &Ctx, command: Command) -> Result<String> {
    match command {
        Command::Weekly(args) => weekly::run(ctx, args),
        Command::Outcomes(args) => outcomes::run(ctx, args),
        Command::Queue(regions) => queue::run(ctx, &regions),
        Command::Consultations(args) => consultations::run(ctx, args),
    }
}
