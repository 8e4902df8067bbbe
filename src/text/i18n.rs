//! The catalogues: how code gets a message, in the user's language or in a client's.
//!
//! **Where the words are.** One Project Fluent catalogue per language, `i18n/LANG/moty.ftl`
//! (`en`, `fi`, `sv`), embedded in the binary. `en` and `fi` hold every message; `sv` holds the
//! messages of the documents given to a client (ids `doc-…`) and the date words they use
//! (`date-…`), because a Swedish-speaking client has the right to their own language but the
//! coordinators work in Finnish or English. `tests/cli/catalogues.rs` checks that every id of
//! `en` is in `fi` with the same variables, that every `doc-`/`date-` id is in `sv`, and that no
//! catalogue has an id `en` lacks.
//!
//! **Asking for a message.** `t!("id", var = value, …)` gives the message in the UI language,
//! chosen once at start (`src/language.rs`: `--lang`, `MOTY_LANG`, the configuration file, the
//! locale, else English) and held here in a `OnceLock` (`set_ui`). A document for a client, which
//! must come out in the client's language whatever the UI speaks, asks with
//! `t_in!(language, "id", …)`, `language` being a `domain::Language` (the client's recorded
//! language or the document's `--language`). Both expand to i18n-embed-fl's `fl!`, which checks
//! at compile time that the id exists in the English catalogue and that the variables given are
//! exactly the message's, so a typo or a missing variable does not build.
//!
//! **Rules for messages.** A whole sentence is one message with variables: never glue labels
//! together in Rust (Finnish inflects; "3 päivän päästä" is not "3 päivää" + "päästä"). A count
//! is passed as a number and chosen on in the catalogue with CLDR plural categories
//! (`{ $count -> [one] … *[other] … }`), so 0, 1 and 2 read right in each language. Dates,
//! times and decimals are passed already formatted by `text::format` for the same language
//! (fluent-rs has no locale number formats of its own). Codes, flags and file names stay as they
//! are in every language. Unicode isolation marks around variables are switched off: all three
//! languages run left to right, and the marks would show on terminals and in files.
//!
//! A message a translation lacks falls back to English at run time (the test fails first).
//!
//! **The help** has its own catalogue beside it, `i18n/LANG/help.ftl` (the Fluent domain
//! "help"), asked with `help(id)` by ids derived from the command tree (`src/help.rs`); its ids
//! are not known at compile time, so the completeness test checks them against the tree.

use std::sync::OnceLock;

use i18n_embed::fluent::{fluent_language_loader, FluentLanguageLoader};
use i18n_embed::LanguageLoader;

use crate::domain::Language;

/// The catalogues, `i18n/*/moty.ftl`, in the binary.
#[derive(rust_embed::RustEmbed)]
#[folder = "i18n/"]
struct Catalogues;

/// One loader per language, made on first use (a run mostly needs one).
static LOADERS: [OnceLock<FluentLanguageLoader>; 3] = [const { OnceLock::new() }; 3];

/// The language moty speaks to the user in this run.
static UI: OnceLock<Language> = OnceLock::new();

/// Gives a message in the UI language: `t!("id")`, `t!("id", name = value, …)`.
macro_rules! t {
    ($($arg:tt)+) => {
        ::i18n_embed_fl::fl!($crate::text::i18n::ui(), $($arg)+)
    };
}

/// Gives a message in an explicit language (a client's document): `t_in!(language, "id", …)`.
macro_rules! t_in {
    ($language:expr, $($arg:tt)+) => {
        ::i18n_embed_fl::fl!($crate::text::i18n::loader($language), $($arg)+)
    };
}

pub(crate) use {t, t_in};

/// Sets the UI language, once, at start; a second call changes nothing.
pub fn set_ui(language: Language) {
    let _ = UI.set(language);
}

/// One loader of the help catalogue (`i18n/LANG/help.ftl`, the domain "help") per language.
static HELP: [OnceLock<FluentLanguageLoader>; 3] = [const { OnceLock::new() }; 3];

/// A message of the help catalogue in the UI language (English where the language lacks it), or
/// `None` when English has none either. The ids are the command tree's (`src/help.rs`); `args`
/// are the variables the message may use (`$facts` on `moty correct`'s page).
pub fn help(id: &str, args: &[(&'static str, String)]) -> Option<String> {
    help_in(ui_language(), id, args)
}

/// A message of the help catalogue in `language`, falling back to English.
pub fn help_in(language: Language, id: &str, args: &[(&'static str, String)]) -> Option<String> {
    let slot = match language {
        Language::En => &HELP[0],
        Language::Fi => &HELP[1],
        Language::Sv => &HELP[2],
    };
    let loader = slot.get_or_init(|| {
        let english: i18n_embed::unic_langid::LanguageIdentifier =
            "en".parse().expect("en is a language identifier");
        let loader = FluentLanguageLoader::new("help", english);
        let id = language
            .as_str()
            .parse()
            .expect("a language code is a language identifier");
        loader
            .load_languages(&Catalogues, &[id])
            .expect("the help catalogues are in the binary");
        loader.set_use_isolating(false);
        loader
    });
    if !loader.has(id) {
        return None;
    }
    if args.is_empty() {
        return Some(loader.get(id));
    }
    let args: std::collections::HashMap<&'static str, String> = args.iter().cloned().collect();
    Some(loader.get_args(id, args))
}

/// The UI language: English until `set_ui` has chosen.
pub fn ui_language() -> Language {
    UI.get().copied().unwrap_or(Language::En)
}

/// The loader of the UI language.
pub fn ui() -> &'static FluentLanguageLoader {
    loader(ui_language())
}

/// The loader of one language, falling back to English for a message it lacks.
pub fn loader(language: Language) -> &'static FluentLanguageLoader {
    let slot = match language {
        Language::En => &LOADERS[0],
        Language::Fi => &LOADERS[1],
        Language::Sv => &LOADERS[2],
    };
    slot.get_or_init(|| {
        let id: i18n_embed::unic_langid::LanguageIdentifier = language
            .as_str()
            .parse()
            .expect("a language code is a language identifier");
        // Finnish has every message (tests/cli/catalogues.rs): its loader falls back to itself,
        // so a run in Finnish parses one catalogue, not the English one as well. Swedish has the
        // clients' documents only and falls back to English.
        let loader: FluentLanguageLoader = match language {
            Language::Sv => fluent_language_loader!(),
            Language::En | Language::Fi => FluentLanguageLoader::new("moty", id.clone()),
        };
        loader
            .load_languages(&Catalogues, &[id])
            .expect("the catalogues are in the binary");
        loader.set_use_isolating(false);
        loader
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_has_its_own_words_and_no_isolation_marks() {
        let en = t_in!(Language::En, "contact-card-title");
        let fi = t_in!(Language::Fi, "contact-card-title");
        assert_ne!(en, fi);
        let region = t_in!(
            Language::Fi,
            "contact-card-title-region",
            region = "Pohjoinen"
        );
        assert!(region.contains("Pohjoinen"), "{region}");
        assert!(!region.contains(['\u{2068}', '\u{2069}']), "{region:?}");
    }

    /// Issue #15, "Must show": 0, 1 and 2 of days, rows, cases and clients read right.
    #[test]
    fn counts_read_right_in_both_languages() {
        use Language::{En, Fi};
        let days = |language, n: i64| t_in!(language, "days-waiting", days = n, since = "X");
        assert_eq!(days(En, 0), "0 days (since X)");
        assert_eq!(days(En, 1), "1 day (since X)");
        assert_eq!(days(En, 2), "2 days (since X)");
        assert_eq!(days(Fi, 0), "0 päivää (X alkaen)");
        assert_eq!(days(Fi, 1), "1 päivä (X alkaen)");
        assert_eq!(days(Fi, 2), "2 päivää (X alkaen)");
        let rows = |language, n: i64| t_in!(language, "chain-line", log = "events", rows = n);
        assert_eq!(rows(En, 0), "events: 0 rows, intact");
        assert_eq!(rows(En, 1), "events: 1 row, intact");
        assert_eq!(rows(En, 2), "events: 2 rows, intact");
        assert_eq!(rows(Fi, 0), "events: 0 riviä, ehjä");
        assert_eq!(rows(Fi, 1), "events: 1 rivi, ehjä");
        assert_eq!(rows(Fi, 2), "events: 2 riviä, ehjä");
        let cases = |language, n: u32| t_in!(language, "cases-in-several-groups", count = n);
        assert!(cases(En, 0).starts_with("0 cases are in"));
        assert!(cases(En, 1).starts_with("1 case is in"));
        assert!(cases(En, 2).starts_with("2 cases are in"));
        assert!(cases(Fi, 0).starts_with("0 asiaa kuuluu"));
        assert!(cases(Fi, 1).starts_with("1 asia kuuluu"));
        assert!(cases(Fi, 2).starts_with("2 asiaa kuuluu"));
        let small = t_in!(En, "cases-in-several-groups", count = "<5");
        assert!(small.starts_with("<5 cases are in"), "{small}");
        let clients = |language, n: i64| {
            t_in!(
                language,
                "municipality-clients",
                name = "Kotka",
                clients = n
            )
        };
        assert_eq!(clients(En, 0), "'Kotka' (0 clients)");
        assert_eq!(clients(En, 1), "'Kotka' (1 client)");
        assert_eq!(clients(En, 2), "'Kotka' (2 clients)");
        assert_eq!(clients(Fi, 0), "'Kotka' (0 asiakasta)");
        assert_eq!(clients(Fi, 1), "'Kotka' (1 asiakas)");
        assert_eq!(clients(Fi, 2), "'Kotka' (2 asiakasta)");
        let heading = |language, n: i64| {
            t_in!(
                language,
                "case-heading",
                case = "2026-0001",
                phase = "P",
                since = "S",
                days = n
            )
        };
        assert_eq!(heading(En, 1), "Case 2026-0001 — P since S (1 day)");
        assert_eq!(heading(Fi, 2), "Asia 2026-0001 — P S alkaen (2 päivää)");
        let kela = t_in!(En, "kela-concluded", case = "C", count = 1, starts = "T");
        assert_eq!(
            kela,
            "Recorded 1 conclusion of the Kela hour T for case C.\nThey are offered as agreed \
             actions when the plan is next edited (moty plan C --from-kela takes them all)."
        );
    }

    #[test]
    fn swedish_falls_back_to_english_for_what_it_lacks() {
        assert_eq!(
            t_in!(Language::Sv, "contact-card-title"),
            t_in!(Language::En, "contact-card-title")
        );
    }
}
