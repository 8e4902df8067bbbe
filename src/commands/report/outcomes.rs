//! `moty report outcomes`: the pilots' figures from the register's own data.

use std::path::PathBuf;

use anyhow::Result;

use crate::commands::Ctx;
use crate::domain::outcomes::By;
use crate::domain::{validate, LegalBasis};
use crate::error::UserError;
use crate::ops::report::outcomes::{self, Ask, Page};
use crate::{render, text};

/// The effectiveness figures of a period, each with its N
///
/// Use it for the supervisor, an evaluation or the team's own follow-up: for the cases referred
/// in the period, the funnel through the phases, referral sources, Suuntima segments, onward
/// services, the Kela hour's use, network meetings with and without the Kela consultation,
/// waiting times, the clients' feedback, the pair's estimates, the professionals' surveys and
/// the follow-up calls. Anonymous: counts from 1 to 4 show as <5 unless --exact. The table, CSV
/// and JSON write no log; the --html page is written to the disclosure log.
#[derive(Debug, clap::Args)]
#[command(after_long_help = text::help_b::REPORT_OUTCOMES)]
pub struct OutcomesArgs {
    /// The first day of the period (cases referred from it), YYYY-MM-DD [default: 365 days before
    /// --until]
    #[arg(long, value_name = "DATE")]
    pub from: Option<String>,
    /// The last day of the period, YYYY-MM-DD [default: today]
    #[arg(long, alias = "to", value_name = "DATE")]
    pub until: Option<String>,
    /// Only clients of this team region, e.g. north [default: every region]
    #[arg(long)]
    pub region: Option<String>,
    /// `table`, `json` or `csv` (--json is the same as `json`)
    #[arg(long, value_parser = ["table", "json", "csv"], default_value = "table")]
    pub format: String,
    /// Also write a self-contained HTML page with charts (written to the disclosure log)
    #[arg(long, value_name = "FILE")]
    pub html: Option<PathBuf>,
    /// Replace the --html file if it exists (never the register itself)
    #[arg(long, requires = "html")]
    pub force: bool,
    /// Who the HTML page is for; kept in the disclosure log
    #[arg(long, value_name = "WHOM", default_value = "the team supervisor")]
    pub to_whom: String,
    /// Also every figure for each group of cases: by service area (a case may be in several),
    /// client group, age band at referral, municipality, region or referral source
    #[arg(long, value_enum)]
    pub by: Option<By>,
    /// With --html: the legal basis of the disclosure — consent, social-welfare-act-41,
    /// health-care-act-32 or other:TEXT [default: other:anonymous aggregate figures, no personal
    /// data]
    #[arg(long, value_name = "BASIS", requires = "html")]
    pub legal_basis: Option<String>,
    /// Show counts from 1 to 4 as they are, not as <5 (for the team's own work, not for sharing)
    #[arg(long)]
    pub exact: bool,
}

pub fn run(ctx: &Ctx, args: OutcomesArgs) -> Result<String> {
    let today = ctx.clock.today();
    let to = args
        .until
        .as_deref()
        .map(|t| validate::date("--until", t))
        .transpose()?
        .unwrap_or(today);
    let from = args
        .from
        .as_deref()
        .map(|f| validate::date("--from", f))
        .transpose()?
        .unwrap_or(to - chrono::Days::new(365));
    if to < from {
        return Err(UserError::invalid("--until", text::to_before_from()).into());
    }
    let region = args
        .region
        .as_deref()
        .map(|r| validate::place("--region", r))
        .transpose()?;
    let recipient = match &args.html {
        Some(_) => validate::line("--to-whom", &args.to_whom, 200)?,
        None => String::new(),
    };
    let basis = LegalBasis::given_or(
        "--legal-basis",
        args.legal_basis.as_deref(),
        LegalBasis::other(text::BASIS_ANONYMOUS_FIGURES),
    )?;
    let page = args.html.as_deref().map(|path| Page {
        path,
        recipient: &recipient,
        force: args.force,
        basis: &basis,
    });
    let ask = Ask {
        from,
        to,
        region: region.as_deref(),
        by: args.by,
        exact: args.exact,
    };
    let figures = outcomes::outcomes(&mut ctx.session()?, &ask, page)?;
    let format = if ctx.json {
        "json"
    } else {
        args.format.as_str()
    };
    Ok(render::outcomes(
        &figures,
        &from.to_string(),
        &to.to_string(),
        region.as_deref(),
        format,
    ))
}
