//! `moty survey`: one professional's answer about a held meeting (seed 003's electronic surveys
//! of the SOTE pair, and the Kela contact's view).

use anyhow::Result;

use super::Ctx;
use crate::domain::records::SurveyAnswers;
use crate::domain::{validate, SurveyRole};
use crate::ops::survey;
use crate::render;

/// Record a professional's survey answer about a held meeting
///
/// Use it when a professional of the meeting answers the pilot's e-survey: the added value of
/// the other professional's presence and, for a Kela hour, the benefit of the Kela consultation
/// (1–5), and free text. The coordinator enters an outside professional's answer (Kela's contact
/// person, a doctor) and is recorded as the one who entered it. One answer per role per meeting;
/// written to the case's timeline.
#[derive(Debug, clap::Args)]
#[command(after_long_help = crate::text::help_a::SURVEY)]
pub struct Args {
    /// The case, e.g. 2026-0007
    pub case: String,
    /// The held meeting's number (from `moty schedule list`) [default: the case's latest held meeting]
    #[arg(long, value_name = "ID")]
    pub meeting: Option<i64>,
    /// Who answers
    #[arg(long, value_enum)]
    pub role: SurveyRole,
    /// The added value of the other professional's presence, 1–5
    #[arg(long, value_name = "1-5", value_parser = clap::value_parser!(u8).range(1..=5))]
    pub added_value: Option<u8>,
    /// The benefit of the Kela consultation, 1–5 (a Kela hour only)
    #[arg(long, value_name = "1-5", value_parser = clap::value_parser!(u8).range(1..=5))]
    pub kela_benefit: Option<u8>,
    /// Free text (at most 2,000 characters)
    #[arg(long, value_name = "TEXT")]
    pub text: Option<String>,
}

pub fn run(ctx: &Ctx, args: Args) -> Result<String> {
    let case_id = validate::case_id("CASE", &args.case)?;
    let answers = SurveyAnswers {
        role: args.role,
        added_value: args.added_value,
        kela_benefit: args.kela_benefit,
        text: validate::optional_block("--text", &args.text, 2000)?,
    };
    let recorded = survey::record(&mut ctx.session()?, &case_id, args.meeting, &answers)?;
    Ok(render::survey_recorded(&recorded, ctx.json))
}
