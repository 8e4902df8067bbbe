//! Which language moty speaks to the user (issue #15, item 3). It is chosen once, before the
//! command line is parsed, so that everything — the help included — can come in it; the
//! catalogues hold it (`text::i18n::set_ui`). The first of these that says decides:
//!
//! 1. `--lang fi|en` anywhere in the arguments (before a `--`);
//! 2. the `MOTY_LANG` variable;
//! 3. the configuration file's `lang` key (`moty config set lang fi`);
//! 4. the operating system's locale: the first of `LC_ALL`, `LC_MESSAGES`, `LANG` that is set
//!    (`fi_FI.UTF-8` → fi; `C`, `sv_FI` or any other → en); on Windows and macOS, when none of
//!    them is set, the user's display language;
//! 5. English.
//!
//! The coordinators work in Finnish or English, so `sv` is refused here: Swedish is for the
//! documents given to a client (`plan show --format md --language sv`, or the client's recorded
//! language). A value that is not a language is refused naming where it was given; a
//! configuration file that does not load is passed over here and reported by the command.

use std::ffi::OsString;

use crate::domain::Language;
use crate::error::UserError;
use crate::text;

/// The languages of moty's own words, as `--lang`, `MOTY_LANG` and `lang` take them.
pub const UI_LANGUAGES: [&str; 2] = ["fi", "en"];

/// The UI language `value` names (`fi` or `en`), refused naming `field` otherwise.
pub fn ui(field: &str, value: &str) -> Result<Language, UserError> {
    match value.trim() {
        "fi" => Ok(Language::Fi),
        "en" => Ok(Language::En),
        "sv" => Err(UserError::invalid(field, text::lang_swedish_documents())),
        other => Err(UserError::invalid(
            field,
            text::lang_unknown(other, &UI_LANGUAGES),
        )),
    }
}

/// A value given for the UI language that is not one.
#[derive(Debug)]
pub struct Refused {
    field: &'static str,
    value: String,
    /// The language to say so in: the one the levels below give.
    pub speak: Language,
}

impl Refused {
    /// The error, worded in the UI language (set `speak` first).
    pub fn error(&self) -> UserError {
        match ui(self.field, &self.value) {
            Err(e) => e,
            Ok(_) => UserError::invalid(self.field, self.value.clone()),
        }
    }
}

/// The UI language for this run, or the first value given that is not one.
pub fn choose(args: &[OsString]) -> Result<Language, Refused> {
    let mut said = vec![
        ("--lang", from_args(args)),
        ("MOTY_LANG", std::env::var("MOTY_LANG").ok()),
    ];
    said.retain(|(_, value)| value.as_deref().is_some_and(|v| !v.is_empty()));
    let below = || {
        let file = crate::config::load().ok().and_then(|c| c.lang);
        file.and_then(|v| ui("lang", &v).ok())
            .or_else(from_locale)
            .unwrap_or(Language::En)
    };
    let mut refused: Option<Refused> = None;
    for (field, value) in said {
        let value = value.unwrap_or_default();
        match (ui(field, &value), refused) {
            (Ok(language), None) => return Ok(language),
            (Ok(language), Some(first)) => {
                return Err(Refused {
                    speak: language,
                    ..first
                })
            }
            (Err(_), None) => {
                refused = Some(Refused {
                    field,
                    value,
                    speak: Language::En,
                })
            }
            (Err(_), first) => refused = first,
        }
    }
    match refused {
        Some(first) => Err(Refused {
            speak: below(),
            ..first
        }),
        None => Ok(below()),
    }
}

/// `--lang VALUE` or `--lang=VALUE`, as clap will read it; `None` when not given.
/// `--json` asked for: a document for scripts, whose every word (details, problems) and the
/// messages around it are English whatever the language, so that a script reads the same bytes
/// on every machine.
pub fn json_requested(args: &[OsString]) -> bool {
    args.iter()
        .skip(1)
        .filter_map(|a| a.to_str())
        .take_while(|a| *a != "--")
        .any(|a| a == "--json")
}

fn from_args(args: &[OsString]) -> Option<String> {
    let mut args = args.iter().skip(1).filter_map(|a| a.to_str());
    while let Some(arg) = args.next() {
        if arg == "--" {
            break;
        }
        if arg == "--lang" {
            return args.next().map(str::to_string);
        }
        if let Some(value) = arg.strip_prefix("--lang=") {
            return Some(value.to_string());
        }
    }
    None
}

/// The language the operating system's locale asks for, if moty speaks it.
fn from_locale() -> Option<Language> {
    let posix = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .find_map(|name| std::env::var(name).ok().filter(|v| !v.is_empty()));
    match posix {
        Some(locale) => of_locale(&locale),
        None => display_language(),
    }
}

/// The user's display language (Windows, macOS).
#[cfg(any(windows, target_os = "macos"))]
fn display_language() -> Option<Language> {
    sys_locale::get_locale().and_then(|locale| of_locale(&locale))
}

#[cfg(not(any(windows, target_os = "macos")))]
fn display_language() -> Option<Language> {
    None
}

/// `fi_FI.UTF-8`, `fi-FI`, `fi` → fi; `en_GB` → en; anything else (`C`, `sv_FI`) → none.
fn of_locale(locale: &str) -> Option<Language> {
    let language = locale.split(['_', '-', '.', '@']).next()?;
    match language.to_ascii_lowercase().as_str() {
        "fi" => Some(Language::Fi),
        "en" => Some(Language::En),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<OsString> {
        list.iter().map(OsString::from).collect()
    }

    #[test]
    fn the_flag_is_found_in_either_spelling_before_a_double_dash() {
        assert_eq!(
            from_args(&args(&["moty", "list", "--lang", "fi"])),
            Some("fi".into())
        );
        assert_eq!(
            from_args(&args(&["moty", "--lang=en", "list"])),
            Some("en".into())
        );
        assert_eq!(
            from_args(&args(&["moty", "find", "--", "--lang", "fi"])),
            None
        );
        assert_eq!(from_args(&args(&["moty", "list"])), None);
    }

    #[test]
    fn locales_name_a_language_or_none() {
        assert_eq!(of_locale("fi_FI.UTF-8"), Some(Language::Fi));
        assert_eq!(of_locale("fi-FI"), Some(Language::Fi));
        assert_eq!(of_locale("en_GB.utf8"), Some(Language::En));
        assert_eq!(of_locale("sv_FI"), None);
        assert_eq!(of_locale("C"), None);
        assert_eq!(of_locale("C.UTF-8"), None);
    }

    #[test]
    fn the_ui_speaks_fi_and_en_and_refuses_the_rest() {
        assert_eq!(ui("--lang", "fi").ok(), Some(Language::Fi));
        assert_eq!(ui("--lang", "en").ok(), Some(Language::En));
        for refused in ["sv", "de", "FI", ""] {
            assert!(ui("--lang", refused).is_err(), "{refused}");
        }
    }
}
