//! Every message, prompt and label a user sees; nothing outside `text` spells out words for
//! users. The words are moving into the Fluent catalogues `i18n/{en,fi,sv}/moty.ftl`, which the
//! functions here ask with `t!`/`t_in!` (`i18n.rs` says how; `contact.rs` is converted whole, the
//! rest still holds English literals). Flag names (`--name`) and value codes (`working-age`) are
//! the command-line vocabulary and stay the same in every language.

mod actor;
mod areas;
mod consult;
mod contact;
mod correct;
mod dpo;
mod estimates;
mod feedback;
mod files;
pub mod format;
pub mod i18n;
mod kela;
mod labels;
mod language;
mod next;
mod outcomes;
mod overview;
mod plan;
mod platform;
mod protection;
mod regions;
mod schedule;
mod team;
mod timeline;

use std::path::Path;

pub use actor::*;
pub use areas::*;
pub use consult::*;
pub use contact::*;
pub use correct::*;
pub use dpo::*;
pub use estimates::*;
pub use feedback::*;
pub use files::*;
pub use kela::*;
pub use labels::*;
pub use language::*;
pub use next::*;
pub use outcomes::*;
pub use overview::*;
pub use plan::*;
pub use platform::*;
pub use protection::*;
pub use regions::*;
pub use schedule::*;
pub use team::*;
pub use timeline::*;

pub use crate::domain::chars::shown;
use crate::domain::records::Consent;
use crate::domain::{ConsentKind, ConsentMethod};

// --- errors: input -------------------------------------------------------------------------

pub const EMPTY: &str = "must not be empty";
pub const DISK_FULL: &str =
    "the disk holding the register is full; nothing of this command was saved and earlier data is intact. Free space and try again";
pub const READ_ONLY: &str =
    "the register cannot be written (read-only file, folder or disk); nothing was saved. Look-ups also need to write the access log";
pub const NO_LOGIN: &str =
    "the operating system does not name the user running moty; every entry records who wrote it, so moty will not run without a login name";
pub const TEXT_EDITED: &str =
    "its text does not match the commitment the chain holds (the text was changed)";
pub const TEXT_REMOVED: &str = "its text is missing and no purge erased it";
pub fn purge_open_case(case_id: &str) -> String {
    format!("case {case_id} is open; only a closed case is purged (close it first with moty close)")
}

pub fn already_purged(case_id: &str) -> String {
    format!("case {case_id} was already purged")
}

pub fn purged(case_id: &str, texts: i64, client: bool) -> String {
    let client = if client {
        "; the client's name, identity code and phone were erased"
    } else {
        "; the client has other cases, so their identity stays"
    };
    format!(
        "Purged case {case_id}: {texts} texts erased{client}.
"
    )
}

pub const PURGED_NONE: &str = "No closed case was due for purging.
";

pub fn witness_broken(log: &str, rows: i64, head: &str) -> String {
    format!("{log} was rewritten since you last saw it: row {rows} no longer has the hash {head} you saw (report this to the data protection officer; moty audit verify shows it)")
}

pub fn key_shape(bytes: usize) -> String {
    format!("a key here is {} hexadecimal digits", bytes * 2)
}

pub fn file_exists(path: &std::path::Path) -> String {
    format!(
        "{} exists; moty never replaces it (choose another name)",
        path.display()
    )
}

pub const CHECKPOINT_FORGED: &str =
    "the checkpoint's signature does not hold with that public key: it was changed, or signed with another key";

pub fn other_register(id: &str) -> String {
    format!("the checkpoint is of another register (id {id})")
}

pub fn checkpoint_not_held(at: &str) -> String {
    format!("does not hold the head signed in the checkpoint of {at}")
}

pub fn keygen_done(path: &std::path::Path, public: &str) -> String {
    format!("Wrote a new signing key to {} (keep it away from the register, e.g. with the data protection officer). Its public key, to check checkpoints with:\n{public}\n", path.display())
}

pub fn checkpoint_written(path: &std::path::Path) -> String {
    format!("Wrote the signed checkpoint to {}.\n", path.display())
}

pub fn unreadable(error: &str) -> String {
    format!("the register cannot be read: {error}; restore it from a backup (moty restore BACKUP --force)")
}

pub fn missing_triggers(missing: &[&str]) -> String {
    if missing.is_empty() {
        "the logs, the timeline and the plan versions refuse changes".to_string()
    } else {
        format!("these safeguards were removed, so rows can be changed or deleted unseen by SQLite: {}; the hash chains still show any change (moty audit verify)", missing.join(", "))
    }
}

pub fn record_differs(record: &str, id: &str, what: &str) -> String {
    format!("the {record} {id} ({what}) differs from what the timeline recorded: it was edited outside moty")
}

pub fn head_shape(value: &str) -> String {
    format!("'{value}' is not a head; write LOG:ROWS:HASH, e.g. events:120:<64 hexadecimal digits>, with LOG one of events, access_log, disclosure_log, anchors")
}

pub const NO_KEY_FOR_NEW: &str =
    "this moty encrypts the register, and no key was given: it will not create an unencrypted one. Set MOTY_DB_KEY or pass --key-file FILE";

pub fn key_file_open(mode: u32) -> String {
    format!(
        "the key file can be read by others (mode {:o}); make it private: chmod 600 FILE",
        mode & 0o777
    )
}

pub fn restore_would_lose(timeline: i64, diverged: bool) -> String {
    if diverged {
        return "the register's logs do not continue the backup's (it is not this register's past, or a log was rewritten); nothing was restored. To restore anyway, give --accept-loss REASON: the reason and what is lost are recorded".to_string();
    }
    format!("the register has {timeline} timeline entries written after the backup, which a restore cannot carry (what they did is not in the backup); nothing was restored. To restore anyway, give --accept-loss REASON: the reason and what is lost are recorded")
}

pub const FORCED_RESTORE: &str = "restored with --force";

pub fn restore_counts(carried: i64, lost: i64, purges: usize) -> String {
    format!("Carried {carried} rows written after the backup (log rows and consultations); lost {lost}; purges applied again: {purges}.\n")
}

pub fn restored_over_unreadable(backup: &Path, aside: &Path) -> String {
    format!("Restored {} over a register that could not be read; the unreadable file is kept as {} (give it to whoever investigates; delete it when they are done). Everything written after the backup is lost, and the restore records it.\n", backup.display(), aside.display())
}

pub fn processing_stopped(case_id: &str, on: chrono::NaiveDate) -> String {
    format!("the client withdrew multi-professional consent on {on}, which stops all further processing of case {case_id}: only look-ups, recording a new consent (moty consent give) and closing (moty close) are allowed")
}

pub const INTERRUPTED: &str = "interrupted; nothing more was recorded";
pub const PHONE_SHAPE: &str =
    "a phone number is 5 to 15 digits, optionally starting with +, with spaces or hyphens between";
pub const OTHER_SIGN_PAIRING: &str =
    "--other-sign describes the sign \"other\": give both --sign other and --other-sign TEXT";
pub const BUSY: &str =
    "the register is busy: another moty has held it for over 15 seconds; try again in a moment";
pub const NO_HOME: &str =
    "cannot find your home directory for the default register; pass --db PATH or set MOTY_DB";

pub fn missing_flags(flags: &[String]) -> String {
    format!(
        "missing {}: pass {}",
        if flags.len() == 1 {
            "a required value"
        } else {
            "required values"
        },
        flags.join(", ")
    )
}

pub fn one_of(value: &str, allowed: &[&str]) -> String {
    format!(
        "'{}' is not allowed; use one of: {}",
        shown(value),
        allowed.join(", ")
    )
}

pub fn control_character(c: char) -> String {
    format!(
        "contains the control character U+{:04X}; remove it",
        u32::from(c)
    )
}

pub fn bidi_character(c: char) -> String {
    format!(
        "contains the bidirectional control character U+{:04X}, which reorders how text is shown; remove it",
        u32::from(c)
    )
}

pub fn too_long(max: usize, length: usize) -> String {
    format!("at most {max} characters are allowed, this has {length}")
}

pub fn name_character(c: char) -> String {
    format!(
        "'{c}' cannot be part of a name; a name has letters, spaces, hyphens, apostrophes and full stops"
    )
}

pub fn place_character(c: char) -> String {
    format!("'{c}' is not allowed here; use letters, digits, spaces and hyphens")
}

pub fn not_a_date(value: &str) -> String {
    i18n::t!("input-not-a-date", value = shown(value))
}

pub fn in_future(date: chrono::NaiveDate, today: chrono::NaiveDate) -> String {
    format!("{date} is in the future (today is {today}); the register records what has happened")
}

pub fn birth_year_range(from: i32, to: i32) -> String {
    format!("a birth year from {from} to {to}")
}

pub fn case_id_shape(value: &str) -> String {
    format!(
        "'{}' is not a case id; a case id looks like 2026-0007 (year, hyphen, number)",
        shown(value)
    )
}

pub fn allowed_now() -> &'static str {
    "set MOTY_NOW to an RFC 3339 time (2026-11-23T09:00:00+02:00), a Helsinki time (2026-11-23 09:00) or a date"
}

pub fn now_years(value: &str) -> String {
    format!(
        "'{}' is outside the years 1900–2199; {}",
        shown(value),
        allowed_now()
    )
}

pub fn date_years(value: &str) -> String {
    format!(
        "'{}' is outside the years 1900–2199; the register holds dates from 1900 on",
        shown(value)
    )
}

pub fn before_birth(date: chrono::NaiveDate, birth: chrono::NaiveDate) -> String {
    format!("{date} is before the client's birth ({birth}, from the identity code); check the date")
}

pub fn nonexistent_local_time() -> &'static str {
    "that wall-clock time does not exist in Helsinki (the clocks skip it for summer time)"
}

pub const NOT_UTF8: &str =
    "is not valid UTF-8 text; check the terminal's or the script's character encoding";

pub fn argument(lossy: &str) -> String {
    format!("the argument \"{lossy}\"")
}

pub fn read_stdin_failed(field: &str) -> String {
    format!("{field} -: standard input could not be read as UTF-8 text")
}

// --- errors: identity codes ----------------------------------------------------------------

const HETU_FORM: &str =
    "an identity code is DDMMYY, a century sign, three digits and a check character (e.g. 131052-308T)";

pub fn hetu_length(length: usize) -> String {
    format!("has {length} characters, not 11; {HETU_FORM}")
}

pub fn hetu_digits() -> String {
    format!("the birth date and the individual number must be digits; {HETU_FORM}")
}

pub fn hetu_century(sign: char) -> String {
    format!(
        "'{sign}' is not a century sign; use + (1800s), - Y X W V U (1900s) or A B C D E F (2000s)"
    )
}

pub fn hetu_date(part: &str) -> String {
    format!("the birth date {part} (DDMMYY) does not exist")
}

pub fn hetu_individual(number: &str) -> String {
    format!("the individual number {number} is not in use; numbers run from 002 to 899 (900–999 are temporary)")
}

pub fn hetu_temporary(number: &str) -> String {
    format!(
        "the individual number {number} marks a temporary identity code; add --temporary-hetu to accept it"
    )
}

pub fn hetu_check() -> &'static str {
    "the check character does not match the digits; one of the characters is mistyped"
}

pub fn hetu_future() -> &'static str {
    "the birth date of this identity code is in the future"
}

// --- errors: the register file -------------------------------------------------------------

pub fn cannot_create(path: &Path) -> String {
    format!("cannot create {}", path.display())
}

pub fn cannot_open(path: &Path) -> String {
    format!("cannot open the register {}", path.display())
}

pub fn no_register(path: &Path) -> String {
    format!(
        "there is no register at {}; `moty refer` creates it, or pass --db PATH / set MOTY_DB",
        path.display()
    )
}

pub fn not_a_register(path: &Path) -> String {
    format!(
        "{} is not a moty register; it was left untouched. Check --db or MOTY_DB",
        path.display()
    )
}

pub fn newer_register(path: &Path, version: i64, latest: i64) -> String {
    format!(
        "{} was written by a newer moty (schema {version}; this moty knows up to {latest}); it was left untouched. Update moty",
        path.display()
    )
}

pub fn migration_broke_reference(table: &str, rowid: i64, parent: &str) -> String {
    format!(
        "updating the register's schema would leave row {rowid} of {table} pointing at a missing row of {parent}, so nothing was changed; the register needs repair before this moty can use it (the moty that wrote it still can). Keep the file and report this"
    )
}

pub fn no_wal(mode: &str) -> String {
    format!("the register could not be switched to WAL journaling (it stayed in {mode}); is it on a network filesystem?")
}

// --- refusals and look-ups -----------------------------------------------------------------

pub fn no_case(case_id: &str) -> String {
    format!("there is no case {case_id}; `moty find` looks cases up by name, code or phone")
}

pub fn case_closed(case_id: &str) -> String {
    format!("case {case_id} is closed; reopen it first")
}

/// A known client (found by the identity code, or by `--client-of`) given another name. The
/// registered name is not shown: a refusal writes no access-log row, so it may show nothing
/// that identifies the client beyond what the user typed.
pub fn name_differs(given: &str, by_code: bool) -> String {
    let (found, check) = if by_code {
        ("the identity code belongs to", "check the identity code")
    } else {
        (
            "the case given to --client-of belongs to",
            "check the case id",
        )
    };
    format!(
        "{found} a registered client under another name than \"{given}\"; {check}, or add --rename to record \"{given}\" as the client's name"
    )
}

pub fn kela_screen_said_no(case_id: &str) -> String {
    format!(
        "the second Kela screen at the joint assessment of case {case_id} said no; book the Kela hour only with --override-screen REASON"
    )
}

pub const NO_SCREEN_TO_OVERRIDE: &str =
    "the joint assessment's Kela screen did not say no; there is nothing to override";

pub const OVERRIDE_SCREEN_KELA_ONLY: &str =
    "--override-screen goes with booking a Kela hour (--kind kela)";

pub fn minor_refused(on: chrono::NaiveDate) -> String {
    format!(
        "the client is under 18 on {on} and the target group is adults; refer them to the services for children and young people, or pass --minor REASON to register them anyway"
    )
}

pub const MINOR_BUT_ADULT: &str =
    "the client is 18 or over on the referral date; --minor is only for a client under 18";

pub fn open_case_exists(case_id: &str) -> String {
    format!(
        "the client already has an open case {case_id}; add to that case, or pass --another-case to open a second one"
    )
}

pub fn year_full(year: i32) -> String {
    format!("all 9,999,999 case numbers of {year} are used")
}

pub fn method_not_for(kind: ConsentKind, methods: &[ConsentMethod]) -> String {
    let allowed: Vec<&str> = methods.iter().map(|m| m.as_str()).collect();
    format!(
        "a {kind} consent is given {}; allowed: {}",
        match methods {
            [ConsentMethod::Oral] => "orally",
            [ConsentMethod::Written] => "in writing",
            _ => "in writing or orally",
        },
        allowed.join(", ")
    )
}

pub fn consent_in_force(existing: &Consent) -> String {
    format!(
        "a {} {} consent given on {} is already in force (consent {})",
        existing.method, existing.kind, existing.given_on, existing.id
    )
}

pub fn no_consent_in_force(case_id: &str, kind: Option<ConsentKind>, id: Option<i64>) -> String {
    match (kind, id) {
        (_, Some(id)) => format!("case {case_id} has no consent {id} in force"),
        (Some(kind), None) => format!("case {case_id} has no {kind} consent in force"),
        (None, None) => format!("case {case_id} has no consent in force"),
    }
}

pub fn several_in_force(consents: &[Consent]) -> String {
    let ids: Vec<String> = consents
        .iter()
        .map(|c| format!("{} ({})", c.id, c.kind))
        .collect();
    format!(
        "several consents are in force: {}; name one with --id",
        ids.join(", ")
    )
}

pub fn withdrawn_before_given(given_on: chrono::NaiveDate) -> String {
    format!("a consent cannot be withdrawn before it was given ({given_on})")
}

pub fn sent_before_given(given_on: chrono::NaiveDate) -> String {
    format!("the form cannot have been sent before the consent was given ({given_on})")
}

pub fn kela_consent_needed(case_id: &str) -> String {
    format!(
        "case {case_id} has no Kela information-exchange consent in force; record it first: moty consent give {case_id} --kind kela-exchange --method written"
    )
}

// --- the path of a case --------------------------------------------------------------------

pub fn step_refused(step: &str, from: crate::domain::Phase, allowed: &[String]) -> String {
    format!(
        "cannot {step}: the case is {from}; allowed next: {}",
        allowed.join(", ")
    )
}

pub fn consent_gate(
    step: &str,
    needs: &[ConsentMethod],
    in_force: Option<ConsentMethod>,
    withdrawn: bool,
    case_id: &str,
) -> String {
    let what = match needs {
        [ConsentMethod::Written] => "written multi-professional consent (with the contact request)",
        _ => "multi-professional consent (written, or oral recorded)",
    };
    // The least the step needs: oral where oral is enough.
    let method = needs.last().map_or("written", |m| m.as_str());
    let why = match (in_force, withdrawn) {
        (Some(method), _) => format!("only {method} consent is in force"),
        (None, true) => "the client withdrew their consent".to_string(),
        (None, false) => "none is in force".to_string(),
    };
    format!(
        "cannot {step}: it needs {what}, and {why}; record it with moty consent give {case_id} --kind multi-professional --method {method}"
    )
}

pub fn before_phase(since: chrono::NaiveDate) -> String {
    format!(
        "the case has been in its present phase since {since}; a date before it is not possible"
    )
}

pub fn before_closed(closed_on: chrono::NaiveDate) -> String {
    format!("the case was closed on {closed_on}; it cannot be reopened before that")
}

pub fn flag_not_for(flag: &str, decision: crate::domain::Decision) -> String {
    let belongs = match flag {
        "--advice" => "single-issue",
        "--to" => "redirect",
        "--reason" => "decline",
        _ => "collaboration-team",
    };
    let _ = flag;
    format!("this goes with --decision {belongs}, not {decision}")
}

// --- encryption ----------------------------------------------------------------------------

pub const NOT_ENCRYPTED_BUILD: &str =
    "this moty was built without encryption at rest; build it with --features encrypted, or unset the key";
pub const REKEY_NEEDS_KEY: &str =
    "rekey changes the key of an encrypted register: give the present key (MOTY_DB_KEY or --key-file) and the new one in MOTY_DB_NEW_KEY";

pub fn wrong_key(path: &Path) -> String {
    format!(
        "{}: wrong key, or not a moty register; it was left untouched",
        path.display()
    )
}
pub const REKEYED: &str =
    "Changed the register's key. Keep the new key where the old one was kept.\n";
pub const ENCRYPTED_YES: &str = "the register is encrypted (SQLCipher)";
pub const ENCRYPTED_NO_KEY: &str =
    "this build encrypts, but the register has no key: set MOTY_DB_KEY to encrypt new registers";
pub const ENCRYPTION_NOT_BUILT: &str =
    "this build has no encryption at rest (build with --features encrypted)";
pub const PROMPT_KEY: &str = "The register's key";
