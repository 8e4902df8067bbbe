//! `moty plan describe`: the anonymous client description for the Yhteistyö-tiimi — print a
//! draft, or save it.

use anyhow::Result;

use crate::commands::Ctx;
use crate::domain::validate;
use crate::ops::plan::describe;
use crate::{prompt, render, text};

#[derive(Debug, clap::Args)]
pub struct DescribeArgs {
    pub case: String,
    #[arg(long, value_name = "TEXT")]
    pub text: Option<String>,
    #[arg(long = "accept-word", value_name = "WORD", requires = "text")]
    pub accept_words: Vec<String>,
}

pub fn run(ctx: &Ctx, args: DescribeArgs) -> Result<String> {
    let case_id = validate::case_id("CASE", &args.case)?;
    let text_ = match args.text.as_deref() {
        Some("-") => Some(validate::block(
            "--text",
            &prompt::read_stdin("--text")?,
            8000,
        )?),
        Some(t) => Some(validate::block("--text", t, 8000)?),
        None => None,
    };
    let mut session = ctx.session()?;
    let Some(body) = text_ else {
        let d = describe::draft(&mut session, &case_id)?;
        return Ok(d
            .saved
            .unwrap_or_else(|| render::description_draft(d.today, d.referral.as_ref(), &d.units)));
    };
    let accepted = args
        .accept_words
        .iter()
        .map(|w| validate::line("--accept-word", w, 100))
        .collect::<Result<Vec<_>, _>>()?;
    describe::save(&mut session, &case_id, &body, &accepted)?;
    Ok(text::description_saved())
}
