//! `moty feedback`: the client's feedback on a held meeting — usefulness 1–10, the
//! client-experience statements on a five-point scale, and their own words. At a terminal, with
//! no answers given as flags, the coordinator reads the questions to the client.

use anyhow::Result;

use super::Ctx;
use crate::domain::{validate, Agreement, Language};
use crate::error::UserError;
use crate::ops::feedback::{self, Asking, Given};
use crate::{prompt, render, text};

#[derive(Debug, clap::Args)]
pub struct Args {
    pub case: String,
    #[arg(long, value_name = "ID")]
    pub meeting: Option<i64>,
    #[arg(long, value_name = "DATE")]
    pub on: Option<String>,
    #[arg(long, value_name = "1-10", allow_negative_numbers = true)]
    pub usefulness: Option<i64>,
    #[arg(long = "answer", value_name = "CODE=VALUE")]
    pub answers: Vec<String>,
    #[arg(long, value_name = "TEXT")]
    pub text: Option<String>,
    #[arg(long, value_enum, value_name = "fi|sv|en")]
    pub read_in: Option<Language>,
}

fn usefulness(value: i64) -> Result<u8, UserError> {
    u8::try_from(value)
        .ok()
        .filter(|n| (1..=10).contains(n))
        .ok_or_else(|| {
            UserError::invalid(
                "--usefulness",
                text::feedback_usefulness_range(&value.to_string()),
            )
        })
}

fn answer(value: &str) -> Result<(String, Agreement), UserError> {
    let (code, scale) = value
        .split_once('=')
        .ok_or_else(|| UserError::invalid("--answer", text::answer_shape(value)))?;
    let (code, scale) = (code.trim(), scale.trim());
    if code.is_empty() {
        return Err(UserError::invalid("--answer", text::answer_shape(value)));
    }
    let agreement = scale
        .parse::<Agreement>()
        .map_err(|_| UserError::invalid("--answer", text::answer_value(code, scale)))?;
    Ok((code.to_string(), agreement))
}

pub fn run(ctx: &Ctx, args: Args) -> Result<String> {
    let case_id = validate::case_id("CASE", &args.case)?;
    let today = ctx.clock.today();
    let on = validate::date_or_today("--on", &args.on, today)?;
    let mut given = Given {
        meeting: args.meeting,
        on,
        usefulness: args.usefulness.map(usefulness).transpose()?,
        answers: args
            .answers
            .iter()
            .map(|a| answer(a))
            .collect::<Result<_, _>>()?,
        text: validate::optional_block("--text", &args.text, 2000)?,
    };
    let mut session = ctx.session()?;
    if given.is_empty() && prompt::interactive() {
        let asking = feedback::ask(&mut session, &case_id, given.meeting)?;
        let read_in = args
            .read_in
            .or(asking.client_language)
            .unwrap_or(Language::Fi);
        if !ctx.json {
            let meeting = &asking.meeting;
            let named = text::meeting_named(meeting.id, meeting.kind, meeting.starts_at);
            render::emit(&text::feedback_heading(&case_id, &named, read_in))?;
        }
        ask(&asking, read_in, &mut given)?;
        given.meeting = Some(asking.meeting.id);
    }
    let recorded = feedback::record(&mut session, &case_id, &given)?;
    Ok(render::feedback_recorded(&recorded, ctx.json))
}

/// Reads the questions to the client: each statement in `language` with the five-point scale
/// or skip, usefulness 1–10 or skip, and their own words.
fn ask(asking: &Asking, language: Language, given: &mut Given) -> Result<()> {
    let statements = &asking.catalogue.statements;
    let mut items: Vec<String> = Agreement::ALL
        .iter()
        .map(|a| text::scale_item(*a, language))
        .collect();
    items.push(text::scale_skip());
    let items: Vec<&str> = items.iter().map(String::as_str).collect();
    let skip = Agreement::ALL.len();
    for (i, statement) in statements.iter().enumerate() {
        let label = text::statement_prompt(
            i + 1,
            statements.len(),
            &statement.code,
            statement.text(language),
        );
        let chosen = prompt::select(&label, &items, skip)?;
        if let Some(agreement) = Agreement::ALL.get(chosen) {
            given.answers.push((statement.code.clone(), *agreement));
        }
    }
    loop {
        let Some(score) = prompt::optional_text(&text::usefulness_prompt(language))? else {
            break;
        };
        match score
            .trim()
            .parse::<i64>()
            .map_err(|_| {
                UserError::invalid(
                    "--usefulness",
                    text::feedback_usefulness_range(score.trim()),
                )
            })
            .and_then(usefulness)
        {
            Ok(score) => {
                given.usefulness = Some(score);
                break;
            }
            Err(e) => render::error(&e.to_string()),
        }
    }
    loop {
        let words = prompt::optional_text(&text::text_prompt(language))?;
        match validate::optional_block("--text", &words, 2000) {
            Ok(words) => {
                given.text = words;
                break;
            }
            Err(e) => render::error(&e.to_string()),
        }
    }
    Ok(())
}
