//! The help in the UI language: every page's and argument's text comes from the help catalogue
//! `i18n/LANG/help.ftl` (a second Fluent domain beside `moty.ftl`, `text::i18n::help`), looked up
//! by ids derived from the command tree. `cli::command()` is the one way to get the command line:
//! parsing, `--help`, the manual pages, the completions and the generated reference all go
//! through it, so each comes out in the language it is made for.
//!
//! **The ids** (i18n/TRANSLATING-HELP.md says the same for the translators). `PATH` is the
//! command path from the root, joined by `-`, the root being `moty` (`moty-schedule-held`):
//!
//! - `help-PATH`: the page's one-line summary (clap's `about`);
//! - `help-PATH-long`: the paragraph(s) on when to use it; the long help (`--help`) is the
//!   summary, a blank line and this;
//! - `help-PATH-examples`: the examples (`after_long_help`), shown with `--help`;
//! - `help-PATH-short-after`: a text shown after the page with `-h` (`after_help`);
//! - `help-PATH--ARG`: an argument's help, `ARG` being clap's id of it (the field's name,
//!   `time_saved`); `help-PATH--ARG-long`: the further paragraph(s) `--help` adds after it;
//! - `help-global--ARG` (and `-long`): a global option, once for every page;
//! - `help-heading-KEY`: a heading of the page's own (`next_help_heading = "KEY"` in the code);
//! - `help-clap-…`: clap's own words (`help-clap-commands`, `help-clap-help`, …), those beside
//!   an argument's help (`specs`) and clap's usage errors (`errors`); in English clap writes its
//!   own, so the English pages and errors are clap's byte for byte;
//! - `help-value-color-VALUE`: the help of a value of `--color` (src/term.rs).
//!
//! An id of clap's holding a character a Fluent id cannot (anything but ASCII letters, digits,
//! `_` and `-`) is written with `_` in its place (`fluent_id`); clap's ids here are field names,
//! so none does today.

use clap::builder::StyledStr;
use clap::{Arg, ArgAction, Command};

use crate::text::i18n;

pub mod errors;
mod specs;

/// Whether the command line being made is one whose help may be shown (`want_texts`): the
/// bare one that only parses (`cli::parse_from`) has none.
static TEXTS_WANTED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// From here on, the command lines made carry their texts (the values' help too): set by
/// `own_texts`, the one way to a command line with texts.
fn want_texts() {
    TEXTS_WANTED.store(true, std::sync::atomic::Ordering::Relaxed);
}

/// Whether the command lines made now carry their texts.
pub fn texts_wanted() -> bool {
    TEXTS_WANTED.load(std::sync::atomic::Ordering::Relaxed)
}

/// The heading code gives the global options (`cli::GLOBAL`); its words are `help-clap-global-options`.
const GLOBAL: &str = crate::cli::GLOBAL;

/// `s` as a part of a Fluent id: ASCII letters, digits, `_` and `-` kept, anything else `_`.
pub fn fluent_id(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '_' || c == '-' {
                c
            } else {
                '_'
            }
        })
        .collect()
}

/// The id of a page's summary: `help-moty-schedule-held` for `["moty", "schedule", "held"]`.
pub fn page_id<S: AsRef<str>>(path: &[S]) -> String {
    let parts: Vec<String> = path.iter().map(|p| fluent_id(p.as_ref())).collect();
    format!("help-{}", parts.join("-"))
}

/// The id of an argument's help on the page `page` (a `page_id`), or of a global option's.
pub fn arg_id(page: &str, arg: &Arg) -> String {
    if arg.is_global_set() {
        format!("help-global--{}", fluent_id(arg.get_id().as_str()))
    } else {
        format!("{page}--{}", fluent_id(arg.get_id().as_str()))
    }
}

/// The id of a heading of the code's own (`next_help_heading = "estimate"`).
pub fn heading_id(key: &str) -> String {
    format!("help-heading-{}", fluent_id(key))
}

/// The command line with every text in the UI language, built.
pub fn localized(command: Command) -> Command {
    let mut command = own_texts(command);
    // clap's "Arguments" and "Options" are headings of moty's own where the UI language says
    // them otherwise: set before the build, which fixes where clap finds each argument.
    let (arguments, options) = (
        clap_word("help-clap-arguments"),
        clap_word("help-clap-options"),
    );
    if arguments.is_some() || options.is_some() {
        let arguments = arguments.unwrap_or_else(|| "Arguments".to_string());
        let options = options.unwrap_or_else(|| "Options".to_string());
        command = own_headings(command.disable_help_flag(true), &arguments, &options);
    }
    // Building adds clap's own --help, --version and `help` subcommand, and copies the global
    // options to every page; their words are set after it.
    command.build();
    clap_words(command)
}

/// The words `id` of clap's, where the UI language says them otherwise than clap (English):
/// `None` in English, so that English pages are clap's own, byte for byte.
pub(crate) fn clap_word(id: &str) -> Option<String> {
    let words = text(id)?;
    let english = i18n::help_in(crate::domain::Language::En, id, &[]);
    (english.as_deref() != Some(words.as_str())).then_some(words)
}

/// The texts of moty's own pages and arguments in the UI language, before clap adds its own
/// (unbuilt, so without clap's `help` subcommand and its copy of the tree: the reference).
pub fn own_texts(command: Command) -> Command {
    want_texts();
    let mut path = vec![command.get_name().to_string()];
    texts(command, &mut path)
}

/// The message `id` of the help catalogue, or `None` when it has none. `moty correct`'s page
/// lists the facts that can be corrected (`$facts`), as `text::correct_facts_help` words them.
fn text(id: &str) -> Option<String> {
    if id.starts_with("help-moty-correct-") {
        return i18n::help(id, &[("facts", crate::text::correct_facts_help())]);
    }
    i18n::help(id, &[])
}

/// Sets the texts of one page and its arguments, then of the pages below it.
fn texts(mut command: Command, path: &mut Vec<String>) -> Command {
    let page = page_id(path);
    if let Some(about) = text(&page) {
        if let Some(long) = text(&format!("{page}-long")) {
            command = command.long_about(format!("{about}\n\n{long}"));
        }
        command = command.about(about);
    }
    if let Some(examples) = text(&format!("{page}-examples")) {
        command = command.after_long_help(examples);
    }
    if let Some(after) = text(&format!("{page}-short-after")) {
        command = command.after_help(after);
    }
    if command.has_subcommands() {
        if let Some(heading) = text("help-clap-commands") {
            command = command.subcommand_help_heading(heading);
        }
    }
    command = command.mut_args(|arg| arg_texts(arg, &page));
    command.mut_subcommands(|sub| {
        path.push(sub.get_name().to_string());
        let sub = texts(sub, path);
        path.pop();
        sub
    })
}

/// An argument's help (and long help), and its heading in the UI language.
fn arg_texts(mut arg: Arg, page: &str) -> Arg {
    let id = arg_id(page, &arg);
    if let Some(help) = text(&id) {
        if let Some(long) = text(&format!("{id}-long")) {
            arg = arg.long_help(format!("{help}\n\n{long}"));
        }
        arg = arg.help(help);
    }
    let heading = arg.get_help_heading().map(str::to_string);
    match heading.as_deref() {
        Some(GLOBAL) => {
            if let Some(words) = text("help-clap-global-options") {
                arg = arg.help_heading(words);
            }
        }
        Some(key) => {
            if let Some(words) = text(&heading_id(key)) {
                arg = arg.help_heading(words);
            }
        }
        None => {}
    }
    arg
}

/// clap's own words on every page of a built command: the --help and --version flags and the
/// `help` subcommand.
fn clap_words(command: Command) -> Command {
    // The -h/--help moty adds itself (`own_headings`) has no words yet: it says what clap's
    // would, by whether the page has a long help.
    let long = long_help_exists(&command);
    let specs = clap_word("help-clap-possible-values").is_some();
    // By their action, not their id: a command may have a --version of its own (`plan show`).
    let command = command.mut_args(|arg| match arg.get_action() {
        ArgAction::Help if arg.get_long_help().is_some() || (long && arg.get_help().is_none()) => {
            let arg = match text("help-clap-help-short") {
                Some(words) => arg.help(words),
                None => arg,
            };
            match text("help-clap-help-long") {
                Some(words) => arg.long_help(words),
                None => arg,
            }
        }
        ArgAction::Help => match text("help-clap-help") {
            Some(words) => arg.help(words),
            None => arg,
        },
        ArgAction::Version => match text("help-clap-version") {
            Some(words) => arg.help(words),
            None => arg,
        },
        _ if specs => specs::own_specs(arg),
        _ => arg,
    });
    let command = usage_heading(command);
    command.mut_subcommands(|sub| {
        if sub.get_name() == "help" && sub.get_about().is_some_and(is_clap_help_about) {
            help_subcommand(sub)
        } else {
            clap_words(sub)
        }
    })
}

/// Whether a subcommand's about is clap's own (its generated `help` subcommand).
fn is_clap_help_about(about: &StyledStr) -> bool {
    about.to_string() == "Print this message or the help of the given subcommand(s)"
}

/// clap's generated `help` subcommand (and its own `help` below it) in the UI language.
fn help_subcommand(mut sub: Command) -> Command {
    if let Some(words) = text("help-clap-help-command") {
        sub = sub.about(words);
    }
    if sub.get_arguments().any(|a| a.get_id() == "subcommand") {
        if let Some(words) = text("help-clap-help-command--subcommand") {
            sub = sub.mut_arg("subcommand", |a| a.help(words));
        }
    }
    sub.mut_subcommands(|below| {
        if below.get_name() == "help" && below.get_about().is_some_and(is_clap_help_about) {
            help_subcommand(below)
        } else {
            below
        }
    })
}

/// clap writes "Usage:" itself; where the UI language says it otherwise, the page's template
/// (clap's default one) carries the word.
fn usage_heading(command: Command) -> Command {
    let Some(words) = text("help-clap-usage") else {
        return command;
    };
    if words == "Usage:" {
        return command;
    }
    let style = command.get_styles().get_usage();
    let template = format!(
        "{{before-help}}{{about-with-newline}}\n{}{words}{} {{usage}}\n\n{{all-args}}{{after-help}}",
        style.render(),
        style.render_reset()
    );
    command.help_template(template)
}

/// Whether clap shows a long help (`--help`) apart from the short one (`-h`) on the page: what
/// clap decides when it builds the page (`Command::long_help_exists`, not public), so that the
/// -h/--help moty adds itself says what clap's own would.
fn long_help_exists(command: &Command) -> bool {
    let long = |arg: &Arg| {
        !arg.is_hide_set()
            && (arg.get_long_help().is_some()
                || arg.is_hide_long_help_set()
                || arg.is_hide_short_help_set()
                || (!arg.is_hide_possible_values_set()
                    && arg
                        .get_possible_values()
                        .iter()
                        .any(|value| !value.is_hide_set() && value.get_help().is_some())))
    };
    command.get_long_about().is_some()
        || command.get_before_long_help().is_some()
        || command.get_after_long_help().is_some()
        || command.get_arguments().any(long)
}

/// clap writes "Arguments" and "Options" itself over the arguments that have no heading; where
/// the UI language says them otherwise, those arguments get the words as their heading, on this
/// page and every page below it. Done before the build (which fixes where clap finds each
/// argument: moving one after it breaks parsing): clap shows the headings in the order of
/// their first argument, so the arguments are put in the order clap shows its own sections —
/// the arguments, the options, the page's own headings, the global options last (on the pages
/// below the root the build appends those). clap's own -h/--help and -V/--version come after
/// the build, after the global options, so the page has its own instead (`disable_help_flag`
/// on the root reaches every page), standing with the options; `clap_words` words them.
fn own_headings(mut command: Command, arguments: &str, options: &str) -> Command {
    let global = text("help-clap-global-options").unwrap_or_else(|| GLOBAL.to_string());
    command = command.arg(
        Arg::new("help")
            .short('h')
            .long("help")
            .action(ArgAction::Help)
            .help_heading(options.to_string()),
    );
    if command.get_version().is_some() {
        command = command.disable_version_flag(true).arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help_heading(options.to_string()),
        );
    }
    let mut order: [Vec<String>; 4] = Default::default();
    for arg in command.get_arguments() {
        let id = arg.get_id().to_string();
        match arg.get_help_heading() {
            None if arg.is_positional() => order[0].push(id),
            None => order[1].push(id),
            Some(heading) if heading == options => order[1].push(id),
            Some(heading) if heading == global => order[3].push(id),
            Some(_) => order[2].push(id),
        }
    }
    // Under a heading clap sorts by display order: the positions keep theirs (clap numbers
    // the positions in the order they stand, which the moves below keep).
    let mut position = 0;
    command = command.mut_args(|arg| match arg.get_help_heading() {
        None if arg.is_positional() => {
            position += 1;
            let index = arg.get_index().unwrap_or(position);
            arg.help_heading(arguments.to_string()).display_order(index)
        }
        None => arg.help_heading(options.to_string()),
        Some(_) => arg,
    });
    // A heading's place is where its first argument stands; `mut_arg` moves one to the end.
    for id in order.iter().flatten() {
        command = command.mut_arg(id, |arg| arg);
    }
    command.mut_subcommands(|sub| own_headings(sub, arguments, options))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// With words of its own for clap's headings, a page shows them in clap's order: the
    /// arguments in their positions, the options (its -h/--help with them), the page's own
    /// heading, the global options; and it still parses, on the page and below it.
    #[test]
    fn the_headings_clap_writes_can_be_said_in_another_language() {
        let command = Command::new("moty")
            .arg(
                Arg::new("json")
                    .long("json")
                    .global(true)
                    .num_args(0)
                    .help_heading(GLOBAL),
            )
            .arg(Arg::new("b").long("bee").num_args(0).help_heading("Oma"))
            .arg(Arg::new("case").help("asia"))
            .arg(Arg::new("zeta").long("zeta").num_args(0))
            .arg(Arg::new("alpha").help("toinen"))
            .subcommand(
                Command::new("held")
                    .arg(Arg::new("meeting").required(true))
                    .arg(Arg::new("on").long("on")),
            );
        let mut command = own_headings(command.disable_help_flag(true), "Argumentit", "Valitsimet");
        command.build();
        let page = command.clone().render_help().to_string();
        let at = |word: &str| page.find(word).unwrap_or_else(|| panic!("{word}: {page}"));
        assert!(
            !page.contains("Options:") && !page.contains("Arguments:"),
            "{page}"
        );
        assert!(at("Argumentit:") < at("  [case]"), "{page}");
        assert!(at("  [case]") < at("  [alpha]"), "{page}");
        assert!(at("  [alpha]") < at("Valitsimet:"), "{page}");
        assert!(at("Valitsimet:") < at("--zeta"), "{page}");
        assert!(at("--zeta") < at("--help"), "{page}");
        assert!(at("--help") < at("Oma:"), "{page}");
        assert!(at("Oma:") < at("Global options:"), "{page}");
        assert!(at("Usage:") < at("Argumentit:"), "{page}");
        let matches = command
            .clone()
            .try_get_matches_from(["moty", "A", "B", "--zeta", "--bee", "--json"])
            .expect("parses");
        assert_eq!(
            matches.get_one::<String>("alpha").map(String::as_str),
            Some("B")
        );
        assert!(matches.get_flag("zeta") && matches.get_flag("json"));
        let matches = command
            .clone()
            .try_get_matches_from(["moty", "held", "7", "--on", "2026-01-02", "--json"])
            .expect("parses below");
        let (_, held) = matches.subcommand().expect("held");
        assert_eq!(
            held.get_one::<String>("meeting").map(String::as_str),
            Some("7")
        );
        let held_page = command
            .find_subcommand_mut("held")
            .expect("held")
            .render_help()
            .to_string();
        assert!(
            held_page.find("Valitsimet:") < held_page.find("Global options:"),
            "{held_page}"
        );
        let help = command.try_get_matches_from(["moty", "held", "--help"]);
        assert_eq!(
            help.map(|_| ()).map_err(|e| e.kind()),
            Err(clap::error::ErrorKind::DisplayHelp)
        );
    }

    #[test]
    fn an_id_clap_gives_is_made_a_fluent_id() {
        assert_eq!(fluent_id("time_saved"), "time_saved");
        assert_eq!(fluent_id("a.b c"), "a_b_c");
        assert_eq!(
            page_id(&["moty", "follow-up", "due"]),
            "help-moty-follow-up-due"
        );
    }
}
