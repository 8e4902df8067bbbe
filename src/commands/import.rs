//! `moty import referrals FILE`: a team's referral spreadsheet (CSV, `-` for standard input)
//! registered as `moty refer` would register each row, everything or nothing
//! (domain::sheet reads it, ops::import checks and writes it). The sheet is read once to check
//! it before the register is opened, and again to register it, never held whole
//! (files::Reread).

use std::path::PathBuf;

use anyhow::Result;

use super::Ctx;
use crate::ops::import::Stage;
use crate::{files, ops, render};

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
    let mut source = if stdin {
        files::Reread::spool(std::io::stdin().lock(), files::SHEET_LIMIT, "FILE")?
    } else {
        files::Reread::open(&args.file, files::SHEET_LIMIT, "FILE")?
    };
    let file = args.file.display().to_string();
    let rows = ops::import::read_sheet(&mut source, &file, ctx.clock.today())?;
    let mut session = ctx.session_or_create()?;
    let mut bar = render::progress::Bar::new(rows);
    let imported = ops::import::referrals(
        &mut session,
        &file,
        &mut source,
        args.dry_run,
        &mut |stage, done| bar.show(stage == Stage::Importing, done),
    );
    bar.finish();
    Ok(render::sheet::imported(&file, &imported?, ctx.json))
}
