//! `moty import referrals FILE`: a team's referral spreadsheet (CSV, `-` for standard input)
//! registered as `moty refer` would register each row, everything or nothing
//! (domain::sheet reads it, ops::import checks and writes it).

use std::path::PathBuf;

use anyhow::Result;

use super::Ctx;
use crate::domain::sheet;
use crate::error::UserError;
use crate::ops::import::Stage;
use crate::{files, ops, render, text};

#[derive(Debug, clap::Subcommand)]
pub enum Command {
    Referrals(Args),
}

#[derive(Debug, clap::Args)]
pub struct Args {
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    #[arg(long)]
    pub dry_run: bool,
}

pub fn run(ctx: &Ctx, command: Command) -> Result<String> {
    let Command::Referrals(args) = command;
    let stdin = args.file.as_os_str() == "-";
    let bytes = if stdin {
        files::read_limited(std::io::stdin().lock(), files::SHEET_LIMIT, "FILE")?
    } else {
        files::read_file_limited(&args.file, files::SHEET_LIMIT, "FILE")?
    };
    let file = args.file.display().to_string();
    let sheet = sheet::read(&bytes, ctx.clock.today()).map_err(|problems| {
        let problems: Vec<_> = problems
            .into_iter()
            .map(|p| (p.line, p.column, p.message))
            .collect();
        UserError::invalid(&file, text::sheet_problems(&problems, 100))
    })?;
    drop(bytes);
    let mut session = ctx.session_or_create()?;
    let mut bar = render::progress::Bar::new(sheet.rows.len());
    let imported = ops::import::referrals(
        &mut session,
        &file,
        &sheet,
        args.dry_run,
        &mut |stage, done| bar.show(stage == Stage::Importing, done),
    );
    bar.finish();
    Ok(render::sheet::imported(&file, &imported?, ctx.json))
}
