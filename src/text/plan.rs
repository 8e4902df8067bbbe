//! Words of the plan, the directory, the anonymous description and the follow-up.

use super::i18n::t;

pub fn fields_shape(part: &str, allowed: &[&str]) -> String {
    format!(
        "'{}' is not key=value with a known key; the keys are: {} (separate pairs with ;)",
        super::shown(part),
        allowed.join(", ")
    )
}

pub fn field_twice(key: &str) -> String {
    format!("{} is given twice", super::shown(key))
}

pub fn numbered_shape(value: &str) -> String {
    format!(
        "'{}' is not NUMBER=VALUE, e.g. 2=booked",
        super::shown(value)
    )
}

pub fn plan_not_started(phase: crate::domain::Phase) -> String {
    format!("the plan starts at the joint assessment or in the collaboration team; this case is {phase}")
}

pub fn unknown_service(code: &str, known: &[String]) -> String {
    let code = super::shown(code);
    format!("'{code}' is not in the service catalogue; use one of: {} (moty plan services add adds one)", known.join(", "))
}

pub fn no_entry(id: i64) -> String {
    format!("there is no directory entry {id}; moty directory list shows them")
}

pub fn no_item(what: &str, n: usize, count: usize) -> String {
    format!("there is no {what} {n}; the plan has {count}")
}

pub fn no_plan(case: &str) -> String {
    format!("case {case} has no plan yet; moty plan {case} --key-worker NAME … starts it")
}

pub fn no_version(case: &str, version: u32) -> String {
    format!("case {case} has no plan version {version}")
}

pub fn pathway_phase_open(missing: &[&str]) -> String {
    format!(
        "the pathway phase cannot be completed yet; missing: {}",
        missing.join("; ")
    )
}

pub const MISSING_KEY_WORKER: &str = "a key worker (--key-worker NAME)";
pub const MISSING_PATHWAY: &str = "at least one onward pathway (--pathway service=…)";
pub const MISSING_CONFIRMATION: &str =
    "the client's confirmation that they know how the pathway goes on and whom to contact (--client-confirmed)";
pub const MISSING_FOLLOW_UP: &str = "a follow-up with the client (moty follow-up CASE …)";
pub const NOTHING_CHANGED: &str = "Nothing to change; the plan stays as it is.\n";

pub fn plan_saved(case: &str, version: u32) -> String {
    format!("Saved version {version} of the plan of case {case}.\n")
}

pub fn pathways_completed(case: &str, due: &str) -> String {
    format!("Onward pathways agreed for case {case}; follow-up due {due}.\n")
}

pub fn closing_open(missing: &[&str]) -> String {
    format!(
        "a case closes as completed only when its work is done; missing: {}",
        missing.join("; ")
    )
}

pub fn description_leaks(what: &[String]) -> String {
    format!(
        "the description must be anonymous, but it contains {}; remove it and save again",
        what.join(", ")
    )
}

/// The client's data changed between the anonymity check and the save (another coordinator
/// renamed the client): nothing was saved.
pub const CLIENT_CHANGED_DURING_CHECK: &str =
    "the client's details changed while the description was being checked; nothing was saved, run the command again";

/// One finding of the anonymity check, in words.
pub fn leak_words(leak: &crate::domain::leak::Leak) -> String {
    use crate::domain::leak::Leak;
    match leak {
        Leak::Name(word) => format!(
            "the client's name (\"{}\"; if it is an ordinary word here, add --accept-word {})",
            super::shown(word),
            super::shown(word)
        ),
        Leak::IdentityCode => "the client's identity code".to_string(),
        Leak::BirthDate => "the client's birth date".to_string(),
        Leak::Phone => "the client's phone number".to_string(),
        Leak::Email => "an e-mail address".to_string(),
        Leak::Address => "a street address".to_string(),
        Leak::Municipality => {
            "the municipality of a client with a non-disclosure order for personal safety"
                .to_string()
        }
    }
}
pub const DESCRIPTION_SAVED: &str = "Saved the anonymous client description.\n";

pub fn not_in_follow_up(phase: crate::domain::Phase) -> String {
    format!("a follow-up comes after the onward pathways are agreed (moty plan CASE --complete); this case is {phase}")
}

pub const UNREACHED_STATUS: &str =
    "a client who was not reached is 'unreachable'; leave --status out or use unreachable";
pub const REACHED_STATUS: &str = "a client who was reached is on-path, on-the-way or dropped-off";

pub fn next_on_needed() -> &'static str {
    "--next again needs --next-on DATE, a day after today"
}

pub fn follow_up_recorded(case: &str, next: &str) -> String {
    format!("Recorded the follow-up of case {case}; next: {next}.\n")
}

pub fn directory_saved(id: i64) -> String {
    format!("Saved directory entry {id}.\n")
}

pub fn imported(count: usize) -> String {
    format!("Imported {count} directory entries.\n")
}

pub fn csv_line(line: u64, message: &str) -> String {
    format!("line {line}: {message}")
}

pub fn csv_header(expected: &str) -> String {
    format!("the first line must name the columns: {expected}")
}

pub const NOTHING_DUE: &str = "No follow-ups are due.\n";
pub const H_DUE: &str = "Due";
pub const H_OVERDUE: &str = "Days overdue";
pub const H_KEY_WORKER: &str = "Key worker";
pub const L_CONTACT: &str = "Contact (key worker)";
pub const L_PLAN: &str = "Plan";
pub const L_FOLLOW_UPS: &str = "Follow-ups";

pub fn service_code_shape(code: &str) -> String {
    format!("'{code}' is not a service code; use lower-case letters, digits and hyphens, e.g. memory-clinic")
}

pub const L_RESOURCES: &str = "Own resources";
pub const L_GOALS: &str = "Goals";
pub const L_CONFIRMED: &str = "Client knows the pathway and contact";
pub const H_ACTION: &str = "Agreed action";
pub const H_WHO: &str = "Who";
pub const H_BY_DATE: &str = "By";
pub const H_SERVICE: &str = "Service";
pub const H_PROFESSIONAL: &str = "Professional";
pub const H_APPOINTMENT: &str = "Appointment";
pub const H_PURPOSE: &str = "Purpose";
pub const H_CODE: &str = "Code";
pub const BOOKED_FOR_CLIENT: &str = "booked for the client";

pub fn changed_field(label: &str, value: Option<&str>) -> String {
    match value {
        Some(v) => format!("{label}: {v}"),
        None => format!("{label}: removed"),
    }
}

pub fn added_action(n: usize, what: &str) -> String {
    format!("action {n} added: {what}")
}

pub fn added_pathway(n: usize, service: &str) -> String {
    format!("pathway {n} added: {service}")
}

pub fn status_changed(what: &str, n: usize, status: &str) -> String {
    format!("{what} {n} is now {status}")
}

pub fn version_heading(version: u32, at: &str, actor: &str, note: Option<&str>) -> String {
    match note {
        Some(note) => format!("Version {version}, {at}, {actor}: {note}\n"),
        None => format!("Version {version}, {at}, {actor}\n"),
    }
}

pub fn description_template(
    date: &str,
    unit: &str,
    worker: &str,
    contact: &str,
    units: &str,
) -> String {
    format!(
        "Date: {date}\nReferring unit: {unit}\nReferring worker and contact: {worker} {contact}\nCollaborating units: {units}\n\nWhat services and support are wanted, from which unit:\n\nServices already received:\n\nWhat has worked, what has not:\n\nKey points of the service-need assessment:\n\n(No name, identity code, address or phone number of the client.)\n"
    )
}

pub const PROMPT_REACHED: &str = "Was the client reached?";
pub const PROMPT_FOLLOW_STATUS: &str = "Did the client reach the recommended services";
pub const PROMPT_KNOWS: &str = "Does the client know how the pathway goes on and whom to contact?";
pub const PROMPT_USEFULNESS: &str = "The client's usefulness score (1–10)";
pub const PROMPT_NEXT: &str = "What next";
pub const PROMPT_NEXT_ON: &str = "Next follow-up on (YYYY-MM-DD)";
pub const USEFULNESS_RANGE: &str = "a score from 1 to 10";

pub fn closed_jointly(by: &str) -> String {
    format!("ended together with the client by {by}")
}

pub const EMAIL_SHAPE: &str =
    "an e-mail address has one @, a name before it and a domain with a dot after it (aino@kotka.fi), and no spaces";

pub fn need_shape(value: &str) -> String {
    format!(
        "'{}' has no =TEXT; write AREA=TEXT (housing=needs a flat of her own), or AREA= to remove the need",
        super::shown(value)
    )
}

pub fn manifest_log(problem: String) -> String {
    format!("names a log moty does not keep: {problem}")
}

pub fn manifest_count(log: &str, rows: i64) -> String {
    format!(
        "records {rows} rows for {}; a count is never negative. The manifest was not written by moty or was edited",
        super::shown(log)
    )
}

pub fn manifest_head(log: &str) -> String {
    format!(
        "the entry for {} is not a 64-character hash or is given twice; the manifest was not written by moty or was edited",
        super::shown(log)
    )
}

pub fn cannot_read_field(field: &str) -> String {
    format!("cannot read {field}")
}

/// A size in words: whole MiB or KiB where it is one.
fn size(bytes: u64) -> String {
    match bytes {
        b if b >= 1024 * 1024 && b % (1024 * 1024) == 0 => format!("{} MiB", b / (1024 * 1024)),
        b if b >= 1024 && b % 1024 == 0 => format!("{} KiB", b / 1024),
        b => format!("{b} bytes"),
    }
}

pub fn over_limit(limit: u64) -> String {
    format!(
        "is larger than the limit of {}; nothing was read beyond it. Check that this is the right file",
        size(limit)
    )
}

pub fn cannot_read(path: &std::path::Path) -> String {
    format!("cannot read {}", path.display())
}

pub fn csv_not_utf8(column: &str) -> String {
    format!("{column}: not valid UTF-8 text; save the file as UTF-8")
}

pub const H_ROLE: &str = "Role";
pub const H_TEAM: &str = "Team";
pub const H_WHEN_TO_REFER: &str = "When to refer";
pub const LEAD: &str = "lead";

pub fn follow_up_line(
    on: chrono::NaiveDate,
    status: &str,
    usefulness: Option<u8>,
    next: &str,
) -> String {
    match usefulness {
        Some(score) => format!("Follow-up {on}: {status}, usefulness {score}/10, next: {next}"),
        None => format!("Follow-up {on}: {status}, next: {next}"),
    }
}

// --- reports -------------------------------------------------------------------------------

pub const S_TEAM_AGENDA: &str = "Yhteistyöaika agenda";
pub const S_UNITS_WAITING: &str = "Requested units that have not answered";
pub const S_MEETINGS: &str = "Joint assessments and the Kela hour";
pub const S_MISSING: &str = "Consents missing and Kela forms not sent for booked meetings";
pub const S_REFERRALS: &str = "New referrals in the past week, by source and channel";
pub const S_FOLLOW_UPS: &str = "Follow-ups due and overdue";
pub const S_UNTRIAGED: &str = "Untriaged referrals, longest waiting first";
pub const S_COLLECT: &str = "Consents to collect";
pub const S_FORMS: &str = "Kela forms to send before the next hour";
pub const S_TO_MARK: &str = "Meetings to mark held";
pub const S_NO_KEY_WORKER: &str = "Plans without a key worker";
pub const MISSING_MULTI: &str = "multi-professional consent";

/// The title of a report section, by its key.
pub fn section_title(key: &str) -> &'static str {
    match key {
        "team_agenda" => S_TEAM_AGENDA,
        "units_not_answered" => S_UNITS_WAITING,
        "meetings" => S_MEETINGS,
        "consents_and_forms" => S_MISSING,
        "new_referrals" => S_REFERRALS,
        "follow_ups" | "follow_ups_due" => S_FOLLOW_UPS,
        "register" => S_REGISTER,
        "withheld" => S_WITHHELD,
        "untriaged" => S_UNTRIAGED,
        "consents_to_collect" => S_COLLECT,
        "kela_forms" => S_FORMS,
        "meetings_to_mark_held" => S_TO_MARK,
        "plans_without_key_worker" => S_NO_KEY_WORKER,
        "team_units_late" => super::S_TEAM_UNITS_LATE.as_str(),
        _ => "",
    }
}

/// What a report lists as missing, by its code.
pub fn missing_label(code: &str) -> &str {
    use crate::domain::report::missing;
    match code {
        missing::MULTI_PROFESSIONAL_CONSENT => MISSING_MULTI,
        missing::KELA_CONSENT => MISSING_KELA_CONSENT,
        missing::CONTACT_REQUEST => "the client's contact request (yhteydenottopyyntö)",
        missing::KELA_FORM_LATE => "Kela form sent late",
        missing::KELA_FORM_NOT_SENT => "Kela form not sent",
        other => super::team_missing_label(other).unwrap_or(other),
    }
}
pub const MISSING_KELA_CONSENT: &str = "Kela information-exchange consent";
pub const NONE_THIS_WEEK: &str = "None.";
pub const EXCEL_IS_CSV: &str = "--excel goes with --format csv";

pub fn unit_answer(unit: &str, worker: Option<&str>, on: Option<chrono::NaiveDate>) -> String {
    match (worker, on) {
        (Some(worker), Some(on)) => format!("{unit}: {worker} named {on}"),
        _ => format!("{unit}: not answered"),
    }
}

pub fn weekly_title(week: &str, monday: &str, sunday: &str) -> String {
    format!("Yhteistyö-tiimi weekly {week} ({monday} – {sunday})")
}

pub fn weekly_what(week: &str, format: &str) -> String {
    format!("weekly report {week} ({format})")
}

pub fn queue_title(today: &str) -> String {
    format!("Work list {today}")
}

pub const H_FIGURE: &str = "Figure";
pub const H_KEY: &str = "Key";
pub const H_VALUE: &str = "Value";
pub const CHART_FUNNEL: &str = "Cases through the phases";
pub const CHART_SEGMENTS: &str = "Suuntima segments";
pub const CHART_SERVICES: &str = "Onward services";
pub const CHART_TIME_SAVED: &str = "Time saved";
pub const MEAN: &str = "mean";
pub const ALL_FIGURES: &str = "All figures";

pub fn chart_usefulness(n: u32) -> String {
    format!("Usefulness to the client, 1–10 (N = {n})")
}

pub fn outcomes_title(from: &str, to: &str, region: Option<&str>) -> String {
    match region {
        Some(region) => format!("Outcomes of cases referred {from} – {to}, region {region}"),
        None => format!("Outcomes of cases referred {from} – {to}"),
    }
}

pub const H_COMMAND: &str = "Command";
pub const H_WHY: &str = "Why";
pub const H_RECIPIENT: &str = "To whom";
pub const H_CASES: &str = "Cases";

// --- audit ---------------------------------------------------------------------------------

pub const CHAIN_EDITED: &str = "the row was changed after it was written (its hash does not match)";

pub fn chain_gap(expected: i64, found: i64) -> String {
    format!("rows are missing or out of order: expected row {expected}, found row {found}")
}

pub const S_WITHHELD: &str =
    "Withheld (fields that would identify the client; fix them in the register)";
pub const S_REGISTER: &str = "Register (the timeline's hash chain when this was exported)";

pub fn backup_check_failed(result: &str) -> String {
    format!("the copy failed its check ({result}); it was not completed")
}

pub fn backup_recipient(path: &std::path::Path) -> String {
    format!("backup file {}", path.display())
}

pub fn backup_done(path: &std::path::Path, events: i64) -> String {
    format!(
        "Backed up the register to {} ({events} timeline entries); manifest beside it.\n",
        path.display()
    )
}

pub fn restore_newer(current: &str, backup: &str) -> String {
    format!(
        "the register has changes newer than the backup (last change {current}, the backup's {backup}); pass --force to overwrite them"
    )
}

pub fn restored(backup: &std::path::Path, register: &std::path::Path) -> String {
    format!("Restored {} into {}.", backup.display(), register.display())
}

pub const CHAIN_REWRITTEN: &str =
    "the rows recorded in the manifest were rewritten (the head differs)";

pub fn chain_truncated(recorded: i64, now: i64) -> String {
    format!("rows were removed from the end: the manifest recorded {recorded}, the log has {now}")
}

pub fn chain_broken(logs: usize) -> String {
    t!("chain-broken", logs = logs)
}

pub const CHAIN_OK: &str = "intact";

pub const H_LOG: &str = "Log";
pub const H_ROWS: &str = "Rows";
pub const H_HEAD: &str = "Head";

pub const UNREACHED_ANSWERS: &str =
    "the client was not reached (--reached no), so there are no answers to record; leave out --usefulness, --knows-contact, --time-saved and --appointments-saved";
pub const UNREACHED_CLOSE: &str =
    "a case is closed together with the client only after reaching them; follow up again (--next again) or close it with moty close --reason unreachable";

pub fn assessment_first_for_plan() -> &'static str {
    "the pathway phase starts after the joint assessment is held; mark it held first (moty schedule held MEETING)"
}

/// An area of need in words (the referral's signs share some codes with other meanings).
pub fn need_label(area: crate::domain::NeedArea) -> &'static str {
    match area {
        crate::domain::NeedArea::Health => "health",
        crate::domain::NeedArea::Social => "social situation",
        crate::domain::NeedArea::Finances => "finances",
        crate::domain::NeedArea::Housing => "housing",
        crate::domain::NeedArea::WorkStudy => "work and study",
        crate::domain::NeedArea::FunctionalCapacity => "functional capacity",
        crate::domain::NeedArea::Other => "other needs",
    }
}

pub fn broken_keys(count: i64) -> String {
    t!("broken-keys", count = count)
}

pub fn schema_version(version: i64, latest: i64) -> String {
    format!("version {version} (this moty writes {latest})")
}

pub fn clock_notes(log: &str, overridden: i64, earlier: i64) -> String {
    let notes = t!(
        "clock-notes",
        log = log,
        overridden = overridden,
        earlier = earlier
    );
    format!("{notes}\n")
}

pub const CLOCK_OVERRIDDEN: &str = "clock overridden";

pub fn chain_line(log: &str, rows: i64) -> String {
    t!("chain-line", log = log, rows = rows)
}

pub fn file_mode(mode: u32) -> String {
    if mode & 0o077 == 0 {
        format!("{mode:o}, private to the owner")
    } else {
        format!("{mode:o}: others can read the register; chmod 600 it")
    }
}

pub fn folder_mode(dir: &std::path::Path, mode: u32) -> String {
    format!("{} is {mode:o}", dir.display())
}

pub fn network_fs(kind: &str) -> String {
    format!("{kind} is a network filesystem: SQLite's locking is not safe on it, and moty refuses to write there; keep the register on a local disk, or use a shared server register (PostgreSQL) — see \"The register file\" in moty's book (docs/)")
}

pub const UNKNOWN_FS: &str = "the filesystem could not be determined";

pub fn doctor_failed(count: usize) -> String {
    t!("doctor-failed", count = count)
}

pub const H_CHECK: &str = "Check";
pub const H_DETAIL: &str = "Detail";

pub const NOTHING_IN_DIRECTORY: &str = "Nothing found in the directory.\n";
pub const PRO_NOT_A_NUMBER: &str =
    "pro= takes the number of a directory entry (moty directory find shows them)";
pub const NEXT_ON_ONLY_AGAIN: &str = "--next-on goes with --next again";

pub fn chain_footer(rows: i64, head: &str) -> String {
    format!("Register timeline when this was made: {rows} entries, hash-chain head {head} (moty audit verify prints the same).")
}
