//! `moty report consultations`: the anonymous figures of the professionals' consultations.

use anyhow::Result;

use crate::commands::Ctx;
use crate::domain::validate;
use crate::error::UserError;
use crate::ops::consult;
use crate::{render, text};

#[derive(Debug, clap::Args)]
pub struct ConsultationsArgs {
    #[arg(long, value_name = "DATE")]
    pub from: Option<String>,
    #[arg(long, alias = "to", value_name = "DATE")]
    pub until: Option<String>,
    #[arg(long, value_parser = ["table", "json", "csv"], default_value = "table")]
    pub format: String,
    #[arg(long)]
    pub exact: bool,
}

pub fn run(ctx: &Ctx, args: ConsultationsArgs) -> Result<String> {
    let to = match &args.until {
        Some(until) => validate::date("--until", until)?,
        None => ctx.clock.today(),
    };
    let from = match &args.from {
        Some(from) => validate::date("--from", from)?,
        None => to - chrono::Days::new(365),
    };
    if to < from {
        return Err(UserError::invalid("--until", text::to_before_from()).into());
    }
    let report = consult::report(&mut ctx.session()?, from, to, args.exact)?;
    let format = if ctx.json {
        "json"
    } else {
        args.format.as_str()
    };
    Ok(render::consultation_report(&report, format))
}
