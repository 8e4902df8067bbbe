//! `moty report`: the weekly export for the Yhteistyö-tiimi, the effectiveness report and the
//! coordinators' work list. Every report that leaves the register writes the disclosure log.

mod consultations;
mod outcomes;
mod queue;
mod weekly;

use anyhow::Result;

use super::Ctx;

/// Reports: the weekly Yhteistyö-tiimi export, outcomes, work list, consultations
///
/// Four reports read the whole register and ask nothing, even at a terminal: the anonymous
/// weekly export for the collaboration team, the outcome figures the pilots reported, the
/// coordinators' own work list (names shown, for the pair only) and the anonymous figures of the
/// professionals' consultations. What leaves the register (the weekly export, the outcomes'
/// HTML page) is written to the disclosure log; the work list writes the access log.
#[derive(Debug, clap::Subcommand)]
#[command(after_long_help = crate::text::help_b::REPORT)]
pub enum Command {
    Weekly(weekly::WeeklyArgs),
    Outcomes(outcomes::OutcomesArgs),
    /// The coordinators' work list for today and this week, most pressing first
    ///
    /// Use it each morning: referrals waiting for triage, meetings past their time still to mark
    /// held, Kela forms to send before the next hour, consents to collect, follow-up calls due,
    /// plans without a key worker and Yhteistyö-tiimi requests owing a step. It names clients, so
    /// it is for the pair's own screen (Markdown, or --json): each case listed is written to the
    /// access log. It shows your default region's cases unless --region or --all-regions.
    #[command(after_long_help = crate::text::help_b::REPORT_QUEUE)]
    Queue(crate::cli::RegionArgs),
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
