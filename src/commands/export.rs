//! `moty export fhir`: one case, one client's cases, or every case of a period as a FHIR R4
//! bundle (docs/src/reference/fhir.md). An identifiable export is a disclosure, like every other
//! export: the recipient is required, and the disclosure log gets its row.

use std::path::PathBuf;

use anyhow::Result;

use super::Ctx;
use crate::domain::{hetu, validate, LegalBasis, LegalBasisKind};
use crate::error::UserError;
use crate::ops::dpo::Period;
use crate::ops::export::{self, Out, Request, Selection, Target};
use crate::render;
use crate::text;

#[derive(Debug, clap::Subcommand)]
pub enum Command {
    Fhir(Box<FhirArgs>),
}

#[derive(Debug, clap::Args)]
pub struct FhirArgs {
    #[arg(conflicts_with = "client")]
    pub case: Option<String>,
    #[arg(long, value_name = "HETU")]
    pub client: Option<String>,
    #[arg(long, value_name = "DATE")]
    pub from: Option<String>,
    #[arg(long, alias = "to", value_name = "DATE")]
    pub until: Option<String>,
    #[arg(long, value_name = "WHOM")]
    pub to_whom: String,
    #[arg(long, value_name = "BASIS")]
    pub legal_basis: Option<String>,
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    #[arg(long, requires = "out")]
    pub force: bool,
    #[arg(long)]
    pub include_withdrawn: bool,
    #[arg(long, value_name = "TEXT")]
    pub reason: Option<String>,
    #[arg(long)]
    pub pseudonymous: bool,
}

pub fn run(ctx: &Ctx, command: Command) -> Result<String> {
    match command {
        Command::Fhir(args) => fhir(ctx, *args),
    }
}

fn fhir(ctx: &Ctx, args: FhirArgs) -> Result<String> {
    let selection = match (&args.case, &args.client) {
        (Some(case), _) => Selection::Case(validate::case_id("CASE", case)?),
        (None, Some(code)) => Selection::Client(
            hetu::parse(code, true)
                .map_err(|e| match e {
                    UserError::Invalid { message, .. } => UserError::invalid("--client", message),
                    other => other,
                })?
                .code,
        ),
        (None, None) => Selection::Period,
    };
    let period = Period::given(
        args.from.as_deref(),
        args.until.as_deref(),
        ctx.clock.today(),
    )?;
    let recipient = validate::line("--to-whom", &args.to_whom, 200)?;
    let basis = LegalBasis::given_or(
        "--legal-basis",
        args.legal_basis.as_deref(),
        LegalBasis::of(LegalBasisKind::Consent),
    )?;
    let reason = args
        .reason
        .as_deref()
        .map(|r| validate::line("--reason", r, 500))
        .transpose()?;
    let include_withdrawn = match (args.include_withdrawn, reason.as_deref()) {
        (true, Some(reason)) => Some(reason),
        (true, None) => {
            return Err(UserError::invalid("--reason", text::export_withdrawn_reason()).into())
        }
        (false, Some(_)) => {
            return Err(UserError::invalid("--reason", text::export_reason_alone()).into())
        }
        (false, None) => None,
    };
    let request = Request {
        selection,
        period,
        recipient: &recipient,
        basis: &basis,
        include_withdrawn,
        pseudonymous: args.pseudonymous,
    };
    let session = &mut ctx.session()?;
    let exported = match args.out.as_deref() {
        Some(path) => {
            let out = Out {
                path,
                force: args.force,
            };
            export::fhir(session, &request, Target::File(out), render::fhir::bundle)?
        }
        None => {
            let mut stream = render::Stream::stdout();
            let target = Target::Stream(&mut stream);
            let exported = export::fhir(session, &request, target, render::fhir::bundle);
            match stream.finish(exported)? {
                Some(exported) => exported,
                // The reader went away (a closed pipe): the export stays logged whole.
                None => return Ok(String::new()),
            }
        }
    };
    Ok(render::fhir::exported(
        &exported,
        args.out.as_deref(),
        ctx.json,
    ))
}
