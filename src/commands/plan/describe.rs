//! `moty plan describe`: the anonymous client description for the Yhteistyö-tiimi — print a
//! draft, or save it.

use anyhow::Result;

use crate::commands::Ctx;
use crate::domain::validate;
use crate::ops::plan::describe;
use crate::{prompt, render, text};

/// The anonymous description for the Yhteistyö-tiimi: print a draft, or save it
///
/// Use it for a case going to the Yhteistyö-tiimi: without --text it prints the saved
/// description, or a draft of the procedure's template filled in from the referral and the
/// requested units, to edit; with --text it saves the description, refused if it holds the
/// client's name, identity code or phone. The saved description is what `moty schedule
/// send-description` sends to the requested units.
#[derive(Debug, clap::Args)]
#[command(after_long_help = crate::text::help_a::PLAN_DESCRIBE)]
pub struct DescribeArgs {
    /// The case, e.g. 2026-0007
    pub case: String,
    /// Save this text as the description; "-" reads it from standard input
    #[arg(long, value_name = "TEXT")]
    pub text: Option<String>,
    /// An ordinary word that happens to be the client's name ("kivinen" in "kivinen maasto"):
    /// save even though it occurs. Recorded in the timeline. Repeat for several
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
