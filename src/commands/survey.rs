//! `moty survey`: one professional's answer about a held meeting (seed 003's electronic surveys
//! of the SOTE pair, and the Kela contact's view).

use anyhow::Result;

use super::Ctx;
use crate::domain::records::SurveyAnswers;
use crate::domain::{validate, SurveyRole};
use crate::ops::survey;
use crate::render;

#[derive(Debug, clap::Args)]
pub struct Args {
    pub case: String,
    #[arg(long, value_name = "ID")]
    pub meeting: Option<i64>,
    #[arg(long, value_enum)]
    pub role: SurveyRole,
    #[arg(long, value_name = "1-5", value_parser = clap::value_parser!(u8).range(1..=5))]
    pub added_value: Option<u8>,
    #[arg(long, value_name = "1-5", value_parser = clap::value_parser!(u8).range(1..=5))]
    pub kela_benefit: Option<u8>,
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
