//! clap's usage errors in the UI language. Where the help catalogue says clap's words otherwise
//! than clap (`help-clap-error` is not `error:`), the common kinds are written from the
//! catalogue with the facts clap gives in the error's context (`ContextKind`): the argument,
//! the value, the values allowed, the arguments missing, the similar names, the usage line. A
//! kind or a context not handled here, and every error in English, is clap's own text. The
//! layout and the colours are clap's (`Styles::default`, as moty's pages use), and so is the
//! exit code (`clap::Error::exit_code`, 2).

use std::fmt::Write as _;

use clap::builder::{StyledStr, Styles};
use clap::error::{ContextKind, ContextValue, ErrorKind};

use super::clap_word;

/// clap's indentation of a list line and a tip.
const TAB: &str = "  ";

fn word(id: &str, args: &[(&'static str, String)]) -> String {
    crate::text::i18n::help(id, args).unwrap_or_default()
}

/// A context string, when the error has it.
fn string(error: &clap::Error, kind: ContextKind) -> Option<&str> {
    match error.get(kind) {
        Some(ContextValue::String(value)) => Some(value),
        _ => None,
    }
}

/// `value` in `style`, as clap marks the names and values it quotes; what was typed is shown
/// escaped (`text::shown`), so that an error cannot rewrite the terminal.
fn styled(style: &anstyle::Style, value: &str) -> String {
    format!("{style}{}{style:#}", crate::text::shown(value))
}

/// `[possible values: a, b]` after an invalid value (`id` names the list).
fn values_list(error: &clap::Error, kind: ContextKind, id: &str, styles: &Styles) -> String {
    match error.get(kind) {
        Some(ContextValue::Strings(values)) if !values.is_empty() => {
            let values: Vec<String> = values
                .iter()
                .map(|v| styled(styles.get_valid(), &super::specs::quoted(v)))
                .collect();
            format!("\n{TAB}{}", word(id, &[("values", values.join(", "))]))
        }
        _ => String::new(),
    }
}

/// The first line(s) of the error: what was wrong, in the UI language; `None` for a kind (or
/// a context) this does not know, which clap then says itself.
fn message(error: &clap::Error, styles: &Styles) -> Option<String> {
    let invalid = |v: &str| styled(styles.get_invalid(), v);
    let literal = |v: &str| styled(styles.get_literal(), v);
    let valid = |v: &str| styled(styles.get_valid(), v);
    let arg = string(error, ContextKind::InvalidArg);
    let value = string(error, ContextKind::InvalidValue);
    Some(match error.kind() {
        ErrorKind::UnknownArgument => word(
            "help-clap-error-unknown-argument",
            &[("arg", invalid(arg?))],
        ),
        ErrorKind::InvalidSubcommand => {
            let subcommand = string(error, ContextKind::InvalidSubcommand)?;
            word(
                "help-clap-error-invalid-subcommand",
                &[("subcommand", invalid(subcommand))],
            )
        }
        ErrorKind::InvalidValue if value?.is_empty() => {
            word("help-clap-error-value-required", &[("arg", invalid(arg?))])
                + &values_list(
                    error,
                    ContextKind::ValidValue,
                    "help-clap-possible-values-short",
                    styles,
                )
        }
        ErrorKind::InvalidValue => {
            let args = [("value", invalid(value?)), ("arg", literal(arg?))];
            word("help-clap-error-invalid-value", &args)
                + &values_list(
                    error,
                    ContextKind::ValidValue,
                    "help-clap-possible-values-short",
                    styles,
                )
        }
        ErrorKind::ValueValidation => {
            let (value, arg) = (value?, arg?);
            match std::error::Error::source(error) {
                Some(reason) => word(
                    "help-clap-error-value-validation",
                    &[
                        ("value", invalid(value)),
                        ("arg", literal(arg)),
                        ("reason", reason_words(&reason.to_string())),
                    ],
                ),
                None => word(
                    "help-clap-error-invalid-value",
                    &[("value", invalid(value)), ("arg", literal(arg))],
                ),
            }
        }
        ErrorKind::NoEquals => word("help-clap-error-no-equals", &[("arg", invalid(arg?))]),
        ErrorKind::TooManyValues => word(
            "help-clap-error-too-many-values",
            &[("value", invalid(value?)), ("arg", literal(arg?))],
        ),
        ErrorKind::MissingRequiredArgument => {
            let Some(ContextValue::Strings(missing)) = error.get(ContextKind::InvalidArg) else {
                return None;
            };
            let mut text = word("help-clap-error-missing-required", &[]);
            for name in missing {
                let _ = write!(text, "\n{TAB}{}", valid(name));
            }
            text
        }
        ErrorKind::MissingSubcommand => {
            let command = string(error, ContextKind::InvalidSubcommand)?;
            word(
                "help-clap-error-missing-subcommand",
                &[("command", invalid(command))],
            ) + &values_list(
                error,
                ContextKind::ValidSubcommand,
                "help-clap-error-subcommands",
                styles,
            )
        }
        ErrorKind::ArgumentConflict => {
            let arg = arg?;
            match error.get(ContextKind::PriorArg) {
                Some(ContextValue::String(prior)) if prior == arg => {
                    word("help-clap-error-repeated", &[("arg", invalid(arg))])
                }
                Some(ContextValue::String(prior)) => word(
                    "help-clap-error-conflict",
                    &[("arg", invalid(arg)), ("other", invalid(prior))],
                ),
                Some(ContextValue::Strings(priors)) => {
                    let mut text = word("help-clap-error-conflict-list", &[("arg", invalid(arg))]);
                    for prior in priors {
                        let _ = write!(text, "\n{TAB}{}", invalid(prior));
                    }
                    text
                }
                _ => word("help-clap-error-conflict-others", &[("arg", invalid(arg))]),
            }
        }
        _ => return None,
    })
}

/// The reason a value parser of clap's gives, in the UI language where it is one moty's
/// flags meet: a number out of its range (`0 is not in 1..=1000000`). Any other as it is.
fn reason_words(reason: &str) -> String {
    if let Some((value, range)) = reason.split_once(" is not in ") {
        if let Some((low, high)) = range.split_once("..=") {
            return word(
                "help-clap-error-not-in-range",
                &[
                    ("value", value.to_string()),
                    ("low", low.to_string()),
                    ("high", high.to_string()),
                ],
            );
        }
    }
    reason.to_string()
}

/// The tips clap gives: similar names (`ContextKind::Suggested…`) and its other hints, which
/// it words itself; the one it gives most, passing a flag-like word as a value, is said here.
fn tips(error: &clap::Error, styles: &Styles) -> String {
    let tip = styled(styles.get_valid(), &word("help-clap-tip", &[]));
    let mut text = String::new();
    let mut first = true;
    let mut push = |line: String, text: &mut String| {
        if first {
            text.push('\n');
            first = false;
        }
        let _ = write!(text, "\n{TAB}{tip} {line}");
    };
    for (kind, id) in [
        (
            ContextKind::SuggestedSubcommand,
            "help-clap-tip-similar-subcommand",
        ),
        (ContextKind::SuggestedArg, "help-clap-tip-similar-argument"),
        (ContextKind::SuggestedValue, "help-clap-tip-similar-value"),
    ] {
        let names: Vec<String> = match error.get(kind) {
            Some(ContextValue::String(name)) => vec![name.clone()],
            Some(ContextValue::Strings(names)) => names.clone(),
            _ => continue,
        };
        let quoted: Vec<String> = names
            .iter()
            .map(|n| format!("'{}'", styled(styles.get_valid(), n)))
            .collect();
        // One name or several (clap's own two sentences; no number is shown).
        let id = match names.len() {
            1 => id.to_string(),
            _ => format!("{id}-several"),
        };
        push(word(&id, &[("names", quoted.join(", "))]), &mut text);
    }
    if let Some(ContextValue::StyledStrs(suggestions)) = error.get(ContextKind::Suggested) {
        for suggestion in suggestions {
            push(suggestion_words(suggestion, styles), &mut text);
        }
    }
    text
}

/// One of clap's other tips: "to pass '-x' as a value, use '-- -x'" in the UI language, any
/// other as clap words it.
fn suggestion_words(suggestion: &StyledStr, styles: &Styles) -> String {
    let plain = suggestion.to_string();
    let passed = plain
        .strip_prefix("to pass '")
        .and_then(|rest| rest.split_once("' as a value, use '"))
        .and_then(|(arg, rest)| Some((arg, rest.strip_suffix('\'')?)));
    match passed {
        Some((arg, escaped)) => word(
            "help-clap-tip-as-value",
            &[
                ("arg", styled(styles.get_invalid(), arg)),
                ("escaped", styled(styles.get_valid(), escaped)),
            ],
        ),
        None => suggestion.ansi().to_string(),
    }
}

/// The error as moty shows it in the UI language (with clap's colour sequences;
/// `render::usage_error` takes them away where colour is off), or `None` where clap's own text is shown: in English,
/// and for a kind this does not know.
pub fn render(error: &clap::Error) -> Option<String> {
    let heading = clap_word("help-clap-error")?;
    let styles = Styles::default();
    let mut text = format!("{} ", styled(styles.get_error(), &heading));
    text.push_str(&message(error, &styles)?);
    text.push_str(&tips(error, &styles));
    if let Some(ContextValue::StyledStr(usage)) = error.get(ContextKind::Usage) {
        let usage = usage.ansi().to_string();
        let usage = match clap_word("help-clap-usage") {
            Some(words) => usage.replacen("Usage:", &words, 1),
            None => usage,
        };
        let _ = write!(text, "\n\n{usage}");
    }
    let help = styled(styles.get_literal(), "--help");
    let _ = writeln!(
        text,
        "\n\n{}",
        word("help-clap-more-information", &[("help", help)])
    );
    Some(text)
}
