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
    Weekly(weekly::WeeklyArgs),
    Outcomes(outcomes::OutcomesArgs),
    Queue(queue::QueueArgs),
    Consultations(consultations::ConsultationsArgs),
}

pub fn run(ctx: &Ctx, command: Command) -> Result<String> {
    match command {
        Command::Weekly(args) => weekly::run(ctx, args),
        Command::Outcomes(args) => outcomes::run(ctx, args),
        Command::Queue(args) => queue::run(ctx, &args),
        Command::Consultations(args) => consultations::run(ctx, args),
    }
}
