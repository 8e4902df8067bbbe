//! Terminal manners: whether moty colours what it prints, and how the few things that must stand
//! out look. All colour logic is here; the words stay in `text`.
//!
//! One choice governs the tables and lines on standard output, the messages on standard error
//! and clap's help and usage errors. It is made once, in `lib::main`, before clap parses the
//! command line, so that `--help` follows it too:
//!
//! 1. `--color auto|always|never` (read from the arguments before clap parses them);
//! 2. else the configuration file's `color` key;
//! 3. else `auto`.
//!
//! `auto` follows the conventions as `anstream` reads them, for each stream on its own:
//! `NO_COLOR` set and not empty → no colour; else `CLICOLOR_FORCE` set and not `0` → colour,
//! even into a pipe or file; else `CLICOLOR=0` → no colour; else colour only when the stream is
//! a terminal (and `TERM` is not `dumb`). So `NO_COLOR` beats `CLICOLOR_FORCE`
//! (bixense.com/clicolors), and an explicit `always` or `never`, on the command line or in the
//! configuration file, beats both: it is the user's own choice for moty, where the variables are
//! a preference for every program (no-color.org: configuration files and command-line arguments
//! may turn colour back on).
//!
//! Colour is decoration only: escape sequences go around whole values after every width has been
//! measured, so the text without them is the uncoloured text, byte for byte. JSON, CSV, xlsx,
//! iCalendar, Markdown, HTML, manual pages and completion scripts are never coloured.

use std::ffi::OsString;
use std::sync::OnceLock;

use anstream::ColorChoice;
use anstyle::{AnsiColor, Style};

/// When to colour: the values of `--color` and of the configuration file's `color` key. Each
/// value's help is the help catalogue's `help-value-color-VALUE`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Choice {
    Auto,
    Always,
    Never,
}

impl clap::ValueEnum for Choice {
    fn value_variants<'a>() -> &'a [Self] {
        &[Choice::Auto, Choice::Always, Choice::Never]
    }

    fn to_possible_value(&self) -> Option<clap::builder::PossibleValue> {
        let value = clap::builder::PossibleValue::new(self.as_str());
        // The values' help only where the help is shown: reading the help catalogue is most of
        // what parsing a command line would otherwise cost.
        if !crate::help::texts_wanted() {
            return Some(value);
        }
        let id = format!("help-value-color-{}", self.as_str());
        Some(match crate::text::i18n::help(&id, &[]) {
            Some(help) => value.help(help),
            None => value,
        })
    }
}

impl Choice {
    /// Every value, in the order help and errors name them.
    pub const ALL: [&'static str; 3] = ["auto", "always", "never"];

    pub fn as_str(self) -> &'static str {
        match self {
            Choice::Auto => "auto",
            Choice::Always => "always",
            Choice::Never => "never",
        }
    }

    /// The value typed for `field`, or bad input naming the values allowed.
    pub fn parse(field: &str, value: &str) -> Result<Choice, crate::error::UserError> {
        match value {
            "auto" => Ok(Choice::Auto),
            "always" => Ok(Choice::Always),
            "never" => Ok(Choice::Never),
            other => Err(crate::error::UserError::invalid(
                field,
                crate::text::one_of(other, &Choice::ALL),
            )),
        }
    }
}

/// What stands out when coloured.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    /// Past its date: a follow-up overdue, a meeting not marked held, a Kela form late.
    Overdue,
    /// An urgent case.
    Urgent,
    /// An error or refusal, and a check that failed.
    Error,
    /// A warning, and a check that only warns.
    Warning,
    /// A table's headings.
    Heading,
}

fn style(mark: Mark) -> Style {
    match mark {
        Mark::Overdue => AnsiColor::Red.on_default(),
        Mark::Urgent => AnsiColor::Yellow.on_default().bold(),
        Mark::Error => AnsiColor::Red.on_default().bold(),
        Mark::Warning => AnsiColor::Yellow.on_default(),
        Mark::Heading => Style::new().bold(),
    }
}

/// Whether each stream is coloured, decided once by `init`. Before it (unit tests, the
/// library used on its own) nothing is.
struct Streams {
    stdout: bool,
    stderr: bool,
}

static STREAMS: OnceLock<Streams> = OnceLock::new();

/// The `--color` the arguments give (the last one, as clap takes it), read before clap parses
/// them; a value that is not allowed counts as none here, and clap then refuses it.
pub fn requested(args: &[OsString]) -> Option<Choice> {
    let mut found = None;
    let mut args = args.iter().skip(1).map(|a| a.to_str());
    while let Some(arg) = args.next() {
        let Some(arg) = arg else { continue };
        if arg == "--" {
            break;
        }
        let value = match arg.strip_prefix("--color") {
            Some("") => args.next().flatten(),
            Some(rest) => rest.strip_prefix('='),
            None => None,
        };
        if let Some(value) = value {
            found = Choice::parse("--color", value).ok();
        }
    }
    found
}

/// Decides colour for standard output and standard error: `choice` is `--color`, else the
/// configuration file's key; none is `auto`. clap's help and errors follow the same choice
/// through `anstream`'s global setting.
pub fn init(choice: Option<Choice>) {
    let global = match choice.unwrap_or(Choice::Auto) {
        Choice::Auto => ColorChoice::Auto,
        Choice::Always => ColorChoice::Always,
        Choice::Never => ColorChoice::Never,
    };
    global.write_global();
    let on = |choice: ColorChoice| choice != ColorChoice::Never;
    let _ = STREAMS.set(Streams {
        stdout: on(anstream::AutoStream::choice(&std::io::stdout())),
        stderr: on(anstream::AutoStream::choice(&std::io::stderr())),
    });
}

/// The width tables are fitted to: `COLUMNS` when it is set to a number (as clap's help and `ls`
/// take it — also into a pipe, so a script or a test can ask for a width), else the terminal's when
/// standard output is one. `None` for a pipe or a file: nothing is wrapped there, so `grep` sees a
/// row on one line. Independent of colour: `NO_COLOR` changes the colour, never the layout.
pub fn width() -> Option<u16> {
    static WIDTH: OnceLock<Option<u16>> = OnceLock::new();
    *WIDTH.get_or_init(|| {
        let asked = std::env::var("COLUMNS")
            .ok()
            .and_then(|c| c.trim().parse::<u16>().ok())
            .filter(|&c| c > 0);
        // comfy-table asks the terminal (through crossterm) only when standard output is one.
        asked.or_else(|| comfy_table::Table::new().width())
    })
}

/// How many lines a long list may print before it stops and says how to see the rest: `None`
/// when standard output is not a terminal (a pipe or a file gets every row). `LINES` when it is
/// set to a number (as `COLUMNS` is read for the width), else the terminal's height, else 24.
pub fn screen_lines() -> Option<u16> {
    use std::io::IsTerminal;
    if !std::io::stdout().is_terminal() {
        return None;
    }
    let asked = std::env::var("LINES")
        .ok()
        .and_then(|l| l.trim().parse::<u16>().ok());
    let told = || terminal_size::terminal_size().map(|(_, terminal_size::Height(h))| h);
    Some(asked.or_else(told).filter(|&h| h > 0).unwrap_or(24))
}

/// Standard output is coloured.
pub fn stdout() -> bool {
    STREAMS.get().is_some_and(|s| s.stdout)
}

/// Standard error is coloured.
pub fn stderr() -> bool {
    STREAMS.get().is_some_and(|s| s.stderr)
}

fn painted(on: bool, mark: Mark, text: &str) -> String {
    if !on || text.is_empty() {
        return text.to_string();
    }
    let style = style(mark);
    format!("{style}{text}{style:#}")
}

/// `text` as standard output shows it: marked when it is coloured, as it is otherwise.
pub fn paint(mark: Mark, text: &str) -> String {
    painted(stdout(), mark, text)
}

/// `text` as standard error shows it.
pub fn paint_stderr(mark: Mark, text: &str) -> String {
    painted(stderr(), mark, text)
}

/// A table cell marked as standard output shows it (comfy-table adds the sequences after it has
/// measured the text, so a marked table has the widths of a plain one).
pub fn cell(mark: Mark, cell: comfy_table::Cell) -> comfy_table::Cell {
    use comfy_table::{Attribute, Color};
    if !stdout() {
        return cell;
    }
    match mark {
        Mark::Overdue => cell.fg(Color::DarkRed),
        Mark::Urgent => cell.fg(Color::DarkYellow).add_attribute(Attribute::Bold),
        Mark::Error => cell.fg(Color::DarkRed).add_attribute(Attribute::Bold),
        Mark::Warning => cell.fg(Color::DarkYellow),
        Mark::Heading => cell.add_attribute(Attribute::Bold),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<OsString> {
        list.iter().map(OsString::from).collect()
    }

    #[test]
    fn the_flag_is_found_before_clap_parses() {
        assert_eq!(requested(&args(&["moty", "list"])), None);
        assert_eq!(
            requested(&args(&["moty", "--color", "never", "list"])),
            Some(Choice::Never)
        );
        assert_eq!(
            requested(&args(&["moty", "list", "--color=always"])),
            Some(Choice::Always)
        );
        assert_eq!(
            requested(&args(&["moty", "--color=never", "list", "--color", "auto"])),
            Some(Choice::Auto),
            "the last one, as clap takes it"
        );
        assert_eq!(requested(&args(&["moty", "--color", "blue"])), None);
        assert_eq!(requested(&args(&["moty", "--color"])), None);
        assert_eq!(
            requested(&args(&["moty", "find", "--", "--color=always"])),
            None,
            "after -- it is an argument"
        );
        assert_eq!(requested(&args(&["moty", "--colour=always"])), None);
    }

    #[test]
    fn nothing_is_coloured_before_the_choice_is_made() {
        assert_eq!(paint(Mark::Overdue, "late"), "late");
        assert_eq!(paint_stderr(Mark::Error, "moty"), "moty");
    }

    #[test]
    fn the_values_are_the_clap_values() {
        use clap::ValueEnum;
        for choice in Choice::value_variants() {
            let name = choice.to_possible_value().map(|v| v.get_name().to_string());
            assert_eq!(name.as_deref(), Some(choice.as_str()));
            assert_eq!(Choice::parse("color", choice.as_str()), Ok(*choice));
        }
        assert!(Choice::parse("color", "blue").is_err());
    }
}
