//! clap's own words beside an argument's help — `[env: …]`, `[default: …]`, `[possible values:
//! …]` and, in the long help, the list under `Possible values:` — in the UI language: where it
//! says them otherwise than clap, the argument's own help carries them (from the help
//! catalogue, `help-clap-env`, `help-clap-default`, `help-clap-possible-values-short`,
//! `help-clap-possible-values`) and clap's are hidden. The layout is clap's: after the help on
//! the same line in the short help (`-h`), on lines of their own after an empty line in the
//! long help (`--help`). No argument has a visible alias, so `[aliases: …]` never shows.

use clap::Arg;

use super::text;

/// A value as clap shows it: in double quotes when it is empty or holds a space.
pub(super) fn quoted(value: &str) -> String {
    if value.is_empty() || value.contains(char::is_whitespace) {
        format!("{value:?}")
    } else {
        value.to_string()
    }
}

fn word(id: &str, args: &[(&'static str, String)]) -> String {
    crate::text::i18n::help(id, args).unwrap_or_default()
}

/// `arg` of a built page with clap's words beside its help in the UI language.
pub(super) fn own_specs(mut arg: Arg) -> Arg {
    // In clap's order: the variable, the default, the values.
    let mut short = Vec::new();
    let mut long = Vec::new();
    if let Some(variable) = arg.get_env().filter(|_| !arg.is_hide_env_set()) {
        let name = variable.to_string_lossy().into_owned();
        let shown = if arg.is_hide_env_values_set() {
            name
        } else {
            let value = std::env::var_os(variable).unwrap_or_default();
            format!("{name}={}", value.to_string_lossy())
        };
        let spec = word("help-clap-env", &[("variable", shown)]);
        short.push(spec.clone());
        long.push(spec);
        arg = arg.hide_env(true);
    }
    let defaults = arg.get_default_values();
    if arg.get_action().takes_values() && !arg.is_hide_default_value_set() && !defaults.is_empty() {
        let values: Vec<String> = defaults
            .iter()
            .map(|value| quoted(&value.to_string_lossy()))
            .collect();
        let spec = word("help-clap-default", &[("value", values.join(" "))]);
        short.push(spec.clone());
        long.push(spec);
        arg = arg.hide_default_value(true);
    }
    let mut list = None;
    let values = arg.get_possible_values();
    if !arg.is_hide_possible_values_set() && !values.is_empty() {
        let visible: Vec<_> = values.iter().filter(|v| !v.is_hide_set()).collect();
        let names: Vec<String> = visible.iter().map(|v| quoted(v.get_name())).collect();
        let spec = word(
            "help-clap-possible-values-short",
            &[("values", names.join(", "))],
        );
        short.push(spec.clone());
        if visible.iter().any(|v| v.get_help().is_some()) {
            // As clap lists them: each name, a colon, and the labels aligned.
            let widest = visible.iter().map(|v| v.get_name().chars().count()).max();
            let mut lines = vec![text("help-clap-possible-values").unwrap_or_default()];
            for value in &visible {
                let name = value.get_name();
                lines.push(match value.get_help() {
                    Some(help) => {
                        let pad = widest.unwrap_or_default() - name.chars().count();
                        format!("- {name}: {:pad$}{help}", "")
                    }
                    None => format!("- {name}"),
                });
            }
            list = Some(lines.join("\n"));
        } else {
            long.push(spec);
        }
        arg = arg.hide_possible_values(true);
    }
    if short.is_empty() {
        return arg;
    }
    let help = arg.get_help().map(|h| h.to_string()).unwrap_or_default();
    let mut long_help = arg
        .get_long_help()
        .map(|h| h.to_string())
        .unwrap_or_else(|| help.clone());
    let mut short_help = help;
    for spec in &short {
        if !short_help.is_empty() {
            short_help.push(' ');
        }
        short_help.push_str(spec);
    }
    for block in list
        .into_iter()
        .chain((!long.is_empty()).then(|| long.join("\n")))
    {
        if !long_help.is_empty() {
            long_help.push_str("\n\n");
        }
        long_help.push_str(&block);
    }
    arg.help(short_help).long_help(long_help)
}
