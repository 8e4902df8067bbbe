//! `moty kela-outcome CASE`: what a held Kela hour concluded for the client — benefits or
//! rehabilitation to apply for, statements Kela needs, recommendations — each with who takes
//! responsibility and by when (`--responsible` and `--due` apply to the item just before them).

use anyhow::Result;
use chrono::NaiveDate;

use super::Ctx;
use crate::domain::{validate, KelaItem, KelaStatement};
use crate::error::UserError;
use crate::ops::kela::{self, Item};
use crate::{prompt, render, text};

#[derive(Debug, clap::Args)]
pub struct Flags {
    pub case: String,
    #[arg(long, value_name = "ID")]
    pub meeting: Option<i64>,
    #[arg(long, value_name = "TEXT")]
    pub benefit: Vec<String>,
    #[arg(long, value_name = "TEXT")]
    pub rehabilitation: Vec<String>,
    #[arg(long, value_enum)]
    pub statement: Vec<KelaStatement>,
    #[arg(long, value_name = "TEXT")]
    pub recommendation: Vec<String>,
    #[arg(long, value_name = "WHO")]
    pub responsible: Vec<String>,
    #[arg(long, value_name = "DATE")]
    pub due: Vec<String>,
}

/// Which flag a value came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Which {
    Benefit,
    Rehabilitation,
    Statement,
    Recommendation,
    Responsible,
    Due,
}

/// The flags and the order they were typed in (clap's derive keeps each flag's values apart).
#[derive(Debug)]
pub struct Args {
    pub flags: Flags,
    /// (position on the command line, flag, index among that flag's values), in typed order.
    order: Vec<(usize, Which, usize)>,
}

impl clap::FromArgMatches for Args {
    fn from_arg_matches(matches: &clap::ArgMatches) -> Result<Self, clap::Error> {
        let flags = Flags::from_arg_matches(matches)?;
        let mut order = Vec::new();
        for (id, which) in [
            ("benefit", Which::Benefit),
            ("rehabilitation", Which::Rehabilitation),
            ("statement", Which::Statement),
            ("recommendation", Which::Recommendation),
            ("responsible", Which::Responsible),
            ("due", Which::Due),
        ] {
            if let Some(indices) = matches.indices_of(id) {
                order.extend(indices.enumerate().map(|(n, at)| (at, which, n)));
            }
        }
        order.sort_unstable();
        Ok(Args { flags, order })
    }

    fn update_from_arg_matches(&mut self, matches: &clap::ArgMatches) -> Result<(), clap::Error> {
        *self = Self::from_arg_matches(matches)?;
        Ok(())
    }
}

impl clap::Args for Args {
    fn augment_args(cmd: clap::Command) -> clap::Command {
        Flags::augment_args(cmd)
    }

    fn augment_args_for_update(cmd: clap::Command) -> clap::Command {
        Flags::augment_args_for_update(cmd)
    }
}

fn due(value: &str) -> Result<NaiveDate, UserError> {
    validate::date("--due", value)
}

fn responsible(value: &str) -> Result<String, UserError> {
    validate::line("--responsible", value, 200)
}

/// The items in the order typed, each with the --responsible and --due that follow it.
fn items(args: &Args) -> Result<Vec<Item>, UserError> {
    let f = &args.flags;
    let mut items: Vec<Item> = Vec::new();
    for &(_, which, n) in &args.order {
        let typed = |values: &[String], flag: &str| validate::line(flag, &values[n], 400).map(Some);
        let item = |kind, what| Item {
            kind,
            statement: None,
            text: what,
            responsible: None,
            due_on: None,
        };
        match which {
            Which::Benefit => items.push(item(KelaItem::Benefit, typed(&f.benefit, "--benefit")?)),
            Which::Rehabilitation => items.push(item(
                KelaItem::Rehabilitation,
                typed(&f.rehabilitation, "--rehabilitation")?,
            )),
            Which::Recommendation => items.push(item(
                KelaItem::Recommendation,
                typed(&f.recommendation, "--recommendation")?,
            )),
            Which::Statement => items.push(Item {
                statement: Some(f.statement[n]),
                ..item(KelaItem::Statement, None)
            }),
            Which::Responsible | Which::Due => {
                let flag = if which == Which::Due {
                    "--due"
                } else {
                    "--responsible"
                };
                let last = items.last_mut().ok_or_else(|| {
                    UserError::invalid(flag, text::responsible_without_item(flag))
                })?;
                let twice = match which {
                    Which::Due => last.due_on.replace(due(&f.due[n])?).is_some(),
                    _ => last
                        .responsible
                        .replace(responsible(&f.responsible[n])?)
                        .is_some(),
                };
                if twice {
                    return Err(UserError::invalid(flag, text::attached_twice(flag)));
                }
            }
        }
    }
    Ok(items)
}

/// At a terminal with no item given: ask for the items one by one.
fn ask() -> Result<Vec<Item>> {
    let mut items = Vec::new();
    while prompt::confirm(&text::prompt_kela_more())? {
        let kind = prompt::choose(&text::prompt_kela_kind(), KelaItem::ALL)?;
        let (statement, what) = match kind {
            KelaItem::Statement => (
                Some(prompt::choose(
                    &text::prompt_kela_statement(),
                    KelaStatement::ALL,
                )?),
                None,
            ),
            _ => {
                let what = prompt::text(&text::prompt_kela_text())?;
                (None, Some(validate::line("--benefit", &what, 400)?))
            }
        };
        let who = prompt::optional_text(&text::prompt_kela_who())?;
        let by = prompt::optional_text(&text::prompt_kela_due())?;
        items.push(Item {
            kind,
            statement,
            text: what,
            responsible: who.as_deref().map(responsible).transpose()?,
            due_on: by.as_deref().map(due).transpose()?,
        });
    }
    Ok(items)
}

pub fn run(ctx: &Ctx, args: Args) -> Result<String> {
    let case_id = validate::case_id("CASE", &args.flags.case)?;
    let mut items = items(&args)?;
    if items.is_empty() && prompt::interactive() {
        items = ask()?;
    }
    if items.is_empty() {
        return Err(UserError::Missing {
            flags: text::KELA_ITEM_FLAGS
                .iter()
                .map(|f| f.to_string())
                .collect(),
        }
        .into());
    }
    let done = kela::conclude(&mut ctx.session()?, &case_id, args.flags.meeting, &items)?;
    Ok(render::kela_concluded(&done, ctx.json))
}
