//! What every command prints, in Finnish and English, at 80 and 120 columns (issue #15): one
//! story through every command moty has, run four times — `fi` and `en`, `COLUMNS=80` and `120`
//! — each on its own demo register with a fixed clock, so every output is the same at every run.
//! Each step's output is an insta snapshot (`tests/cli/snapshots/outputs__LANG__NAME.snap`, both
//! widths in one file); a test fails when a command has no step; and every Finnish output is
//! searched for English words left over (a stop-list), apart from the text people stored.
//!
//! After changing an output on purpose: `INSTA_UPDATE=always cargo test --test cli outputs`, and
//! read the changed snapshots (`git diff tests/cli/snapshots/outputs__*`).

use std::collections::BTreeMap;
use std::sync::OnceLock;

use crate::common::TestEnv;

/// One step of the story: the clock (Helsinki time), the command line after `moty` (`{dir}` is
/// the register's folder), the exit code it must end with, and what it reads from standard input.
struct Step {
    now: &'static str,
    line: &'static str,
    code: i32,
    kind: Kind,
}

/// How a step's output is checked.
#[derive(PartialEq)]
enum Kind {
    /// The same in every build on every machine: a snapshot.
    Same,
    /// Differs between the plain and the encrypted build (`rekey`): a snapshot per build.
    PerBuild,
    /// Describes the machine (`doctor`: its file system, the folder's mode, the build's
    /// encryption): its exit code and the stop-list, no snapshot.
    Machine,
}

const fn at(now: &'static str, line: &'static str) -> Step {
    Step {
        now,
        line,
        code: 0,
        kind: Kind::Same,
    }
}

const fn refused(now: &'static str, line: &'static str, code: i32) -> Step {
    Step {
        now,
        line,
        code,
        kind: Kind::Same,
    }
}

const fn machine(now: &'static str, line: &'static str) -> Step {
    Step {
        now,
        line,
        code: 0,
        kind: Kind::Machine,
    }
}

/// `rekey` changes the encrypted build's key (to `NEW_KEY`, the last step so that the others
/// keep theirs) and is refused by the plain build (exit code 4).
const REKEY: Step = Step {
    now: D4,
    line: "rekey",
    code: if cfg!(feature = "encrypted") { 0 } else { 4 },
    kind: Kind::PerBuild,
};

/// The key `rekey` changes to (`MOTY_DB_NEW_KEY`; read by no other command).
const NEW_KEY: &str = "a new test key: staple battery horse correct";

const D0: &str = "2026-12-01 10:00";
const D1: &str = "2026-12-02 15:30";
const D2: &str = "2026-12-03 15:00";
const D3: &str = "2026-12-10 12:00";
const D4: &str = "2027-02-15 09:00";

/// The story. The demo register holds cases 2026-0001…0030; the story refers 2026-0009 and
/// walks it along the whole path, then looks at everything.
const STORY: &[Step] = &[
    at(D0, "demo {db} --clients 8"),
    at(D0, "list"),
    at(D0, "find koskela --reason phone-hour"),
    at(D0, "show 2026-0001 --reason phone-hour"),
    at(D0, "config path"),
    at(D0, "config set region south"),
    at(D0, "config get region"),
    at(D0, "config list"),
    at(D0, "config unset region"),
    at(D0, "settings my-region south"),
    at(D0, "settings follow-up-weeks 10"),
    at(D0, "settings retention"),
    at(D0, "settings areas"),
    at(D0, "settings statements"),
    at(D0, "settings statements new --from {dir}/statements.csv"),
    at(D0, "settings units"),
    at(D0, "settings units list"),
    at(D0, "settings units add ohjaamo --area employment --fi Ohjaamo --sv Ohjaamo --en Ohjaamo"),
    at(D0, "settings units map Aikuissossu adult-social-work"),
    at(D0, "settings units unmapped"),
    at(D0, "settings units deactivate ohjaamo"),
    at(D0, "settings contact --phone \"040 555 0100\" --email moty@example.fi --coordination-book yht405"),
    at(D0, "contact"),
    at(D0, "directory add --name \"Noora Huhtala\" --role fysioterapeutti --unit Kuntoutus --phone \"040 555 0302\""),
    at(D0, "directory edit 1 --team-lead yes"),
    at(D0, "directory import {dir}/directory.csv"),
    at(D0, "directory list"),
    at(D0, "directory find kuntoutus"),
    at(D0, "plan services list"),
    at(D0, "plan services add debt-counselling --name Velkaneuvonta --area family-social"),
    at(D0, "plan services set-area debt-counselling health-medical"),
    at(D0, "schedule slots list"),
    at(D0, "schedule slots add --kind kela --weekday 4 --start 10:00 --minutes 60 --capacity 4"),
    at(D0, "schedule slots remove 5"),
    at(D0, "schedule slots settings --kela-lead-days 5"),
    at(D0, "schedule close-day 2026-12-16 --reason Suunnittelupäivä"),
    at(D0, "consult --channel phone --unit reception-services --topic Toimeentulo --advice \"Ohjattiin Kelaan\" --referral-expected maybe"),
    at(D0, "consult list"),
    at(D0, "refer --name \"Tuuli Testinen\" --hetu 131052-308T --group working-age --source primary-care --channel yht405 --reason \"Useita päällekkäisiä tarpeita\" --phone \"040 555 0199\" --region south"),
    refused(D0, "show 2026-9999", 3),
    refused(D0, "refer --name \"Tuuli Testinen\" --group nobody --source primary-care --channel yht405 --reason x", 2),
    at(D0, "consult link 1 2026-0009"),
    at(D0, "consent give 2026-0009 --kind multi-professional --method written"),
    at(D0, "consent give 2026-0009 --kind kela-exchange --method written"),
    at(D0, "consent give 2026-0009 --kind contact-request --method written"),
    at(D0, "consent list 2026-0009"),
    at(D0, "triage --list"),
    at(D0, "triage 2026-0009 --decision joint-assessment --kela-screen yes --team nurse --team social-counsellor"),
    at(D0, "schedule 2026-0009 --kind joint-assessment --dry-run"),
    at(D0, "schedule 2026-0009 --kind joint-assessment"),
    at(D0, "schedule list"),
    at(D0, "schedule ics --to-whom Outlook --out {dir}/week.ics"),
    at(D1, "schedule held 5 --segment verkosto --omaolo yes --kela-screen yes --attended client --attended nurse"),
    at(D1, "feedback 2026-0009 --usefulness 9 --text Hyvä"),
    at(D1, "estimate 2026-0009 --saved doctor=2 --time-saved 2-4-weeks"),
    at(D1, "survey 2026-0009 --role nurse --added-value 4"),
    at(D1, "correct 2026-0009 segment yhteiso --reason \"Suuntima sanoi yhteisö\""),
    at(D1, "consent send-kela 2026-0009"),
    at(D1, "schedule 2026-0009 --kind kela"),
    at(D2, "schedule held 6"),
    at(D2, "kela-outcome 2026-0009 --benefit sairauspäiväraha --responsible nurse --due 2026-12-15"),
    at(D2, "plan 2026-0009 --goals \"Toimeentulo kuntoon\" --need housing=\"Vuokra liian korkea\" --key-worker \"Sanna Sosiaalinen\" --pathway \"service=doctor;booked=yes;appointment=2026-12-10\""),
    at(D2, "plan describe 2026-0009"),
    at(D2, "plan 2026-0009 --client-confirmed --complete"),
    at(D2, "plan show 2026-0009"),
    at(D2, "plan show 2026-0009 --history"),
    at(D2, "client 2026-0009 --language sv --interpreter ruotsi"),
    at(D2, "refer --name \"Pekka Polkunen\" --group older-pmt --source social-services --channel phone --reason Asuminen"),
    at(D2, "consent give 2026-0010 --kind multi-professional --method oral"),
    at(D2, "consent give 2026-0010 --kind contact-request --method written"),
    at(D2, "triage 2026-0010 --decision collaboration-team --kela-screen no --unit adult-social-work"),
    at(D2, "schedule request 2026-0010 --approved-by \"Eila Esimerkki\""),
    at(D2, "plan describe 2026-0010 --text \"Iäkäs asiakas, asuminen ja toimeentulo.\""),
    at(D2, "schedule send-description 2026-0010"),
    at(D2, "schedule acknowledge 2026-0010 --unit adult-social-work --schedule tiistai --due 2026-12-20"),
    at(D2, "schedule answer 2026-0010 --unit adult-social-work --worker \"Tarja Malli\""),
    at(D2, "schedule move 7 --video-link https://teams.example.fi/meet/abc"),
    at(D3, "schedule cancel 7 --reason \"Asiakas sairaalassa\""),
    at(D3, "schedule 2026-0010 --kind team"),
    at(D3, "move-region 2026-0009 north --note \"Muutti Kouvolaan\""),
    at(D4, "schedule no-show 8 --note \"Ei vastannut\""),
    at(D4, "follow-up due --all"),
    at(D4, "follow-up 2026-0009 --reached yes --status on-path --knows-contact yes --next close"),
    at(D4, "close 2026-0004 --reason unreachable"),
    at(D4, "reopen 2026-0009 --note \"Soitti uudelleen\""),
    at(D4, "consent withdraw 2026-0009 --kind kela-exchange --note \"Ei halua\""),
    at(D4, "show 2026-0009"),
    at(D4, "report queue"),
    at(D4, "report outcomes --from 2026-01-01 --until 2027-02-15"),
    at(D4, "report consultations --from 2026-11-01 --until 2027-02-15"),
    at(D4, "report weekly --to-whom Yhteistyö-tiimi --format md"),
    at(D4, "audit access 2026-0009"),
    at(D4, "audit disclosures"),
    at(D4, "audit anomalies --from 2026-01-01"),
    at(D4, "audit keygen --out {dir}/dpo.key"),
    at(D4, "audit checkpoint --key {dir}/dpo.key --out {dir}/checkpoint.json"),
    at(D4, "audit export --log access --format csv --to-whom DPO --out {dir}/access.csv"),
    at(D4, "settings fhir-base https://fhir.example.fi/moty"),
    at(D4, "settings wellbeing-area --name Esimerkkialue --oid 1.2.246.10.1234567.10.0"),
    at(D4, "export fhir 2026-0009 --to-whom asiakas --out {dir}/asia.json"),
    at(D4, "audit verify"),
    at(D4, "backup {dir}/backup.sqlite3"),
    at(D4, "restore {dir}/backup.sqlite3 --force"),
    machine(D4, "doctor"),
    // `admin` is for a register on a server: on the story's file each is refused, naming --db.
    refused(D4, "admin init", 2),
    refused(D4, "admin migrate", 2),
    refused(D4, "admin user add anna.virtanen --team pohjoinen --region Pohjoinen", 2),
    refused(D4, "admin import-sqlite team.sqlite3 --team north", 2),
    // `login`/`logout` likewise: a file needs no signing in (tests/cli/login.rs on a server).
    refused(D4, "login", 2),
    refused(D4, "logout", 2),
    at(D4, "import referrals {dir}/referrals.csv"),
    at(D4, "purge 2026-0008 --reason wrong-person --note \"Väärä henkilö\""),
    at(D4, "completions bash"),
    at(D4, "man backup"),
    REKEY,
];

/// Commands whose whole output is long and not words (a completion script, a manual page):
/// their first lines stand for it.
const FIRST_LINES: &[(&str, usize)] = &[("completions", 12), ("man", 24)];

/// Files the story reads.
fn inputs(dir: &std::path::Path) {
    let write = |name: &str, text: &str| std::fs::write(dir.join(name), text).expect("write input");
    write(
        "statements.csv",
        "code,fi,sv,en\nmattered-to-me,Asiani tuli kuulluksi,Jag blev hörd,I was heard\n",
    );
    write(
        "referrals.csv",
        "nimi;henkilötunnus;väliaikainen tunnus;asiakasryhmä;lähde;kanava;syy;päivämäärä\nHilkka Harjoitus;120461-9135;kyllä;older-pmt;primary-care;yht405;Muistihuolia;12.2.2027\n",
    );
    write(
        "directory.csv",
        "name,role,unit,area,team,team_lead,phone,email,when_to_refer\nOlli Ranta,lääkäri,Vastaanotto,,,no,040 555 0303,,\n",
    );
}

/// The words of a step's command line, `{dir}` put in.
fn words(step: &Step, dir: &str) -> Vec<String> {
    crate::help::shell_words(step.line)
        .unwrap_or_else(|e| panic!("{}: {e}", step.line))
        .into_iter()
        .map(|w| w.replace("{dir}", dir))
        .collect()
}

/// The command path of a step (`schedule slots add`), its leading words that are not values.
fn path(step: &Step, commands: &[Vec<String>]) -> Vec<String> {
    let words = crate::help::shell_words(step.line).expect("words");
    let mut best = Vec::new();
    for command in commands {
        if command.len() > best.len()
            && words.len() >= command.len()
            && words[..command.len()] == command[..]
        {
            best = command.clone();
        }
    }
    best
}

/// Every command path moty has that does something (not a group), as `moty --help` nests them.
fn leaves() -> Vec<Vec<String>> {
    let pages = crate::help::pages();
    pages
        .iter()
        .filter(|(path, command)| !path.is_empty() && !command.is_subcommand_required_set())
        .map(|(path, _)| path.clone())
        .collect()
}

/// The output of every step in one language at one width.
fn run_story(lang: &str, columns: &str) -> Vec<String> {
    let env = TestEnv::new();
    let dir = env.dir.path().to_str().expect("path").to_string();
    inputs(env.dir.path());
    // The register: the demo's, at the path every step opens.
    let db = env.db.to_str().expect("path").to_string();
    let mut out = Vec::new();
    for step in STORY {
        let mut args = vec!["--lang".to_string(), lang.to_string()];
        args.extend(
            words(step, &dir)
                .into_iter()
                .map(|w| w.replace("{db}", &db)),
        );
        let output = env
            .command()
            .env("MOTY_NOW", step.now)
            .env("COLUMNS", columns)
            .env("MOTY_DB_NEW_KEY", NEW_KEY)
            .args(&args)
            .output()
            .expect("run moty");
        let code = output.status.code().unwrap_or(-1);
        let stdout = String::from_utf8_lossy(&output.stdout);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(
            code, step.code,
            "{lang} {columns}: moty {}\n{stdout}\n{stderr}",
            step.line
        );
        let first = words(step, &dir);
        let stdout: String = match FIRST_LINES.iter().find(|(c, _)| first[0] == *c) {
            Some((_, n)) => stdout.lines().take(*n).map(|l| format!("{l}\n")).collect(),
            None => stdout.into_owned(),
        };
        let mut text = stdout.replace(&db, "[DB]").replace(&dir, "[DIR]");
        if !stderr.is_empty() {
            text.push_str(&format!("[stderr]\n{}", stderr.replace(&dir, "[DIR]")));
        }
        out.push(redacted(&text));
    }
    out
}

/// What differs between two runs of the same story: a signing key's public half, a checkpoint's
/// signature, a team export's pseudonyms (from each register's own secret).
fn redacted(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split_inclusive(|c: char| !c.is_ascii_alphanumeric()) {
        let core = word.trim_end_matches(|c: char| !c.is_ascii_alphanumeric());
        if core.len() >= 16
            && core.chars().all(|c| c.is_ascii_hexdigit())
            && core.chars().any(|c| c.is_ascii_digit())
        {
            out.push_str("[HEX]");
            out.push_str(&word[core.len()..]);
        } else {
            out.push_str(word);
        }
    }
    out
}

/// A name for each step's snapshot: its command path, numbered when the path comes again.
fn names(commands: &[Vec<String>]) -> Vec<String> {
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    STORY
        .iter()
        .map(|step| {
            let path = path(step, commands);
            let base = if path.is_empty() {
                "moty".to_string()
            } else {
                path.join("-")
            };
            let count = seen.entry(base.clone()).or_default();
            *count += 1;
            match *count {
                1 => base,
                n => format!("{base}-{n}"),
            }
        })
        .collect()
}

#[test]
fn every_command_has_a_step_in_the_story() {
    let commands = leaves();
    let covered: Vec<Vec<String>> = STORY.iter().map(|s| path(s, &commands)).collect();
    let missing: Vec<String> = commands
        .iter()
        .filter(|c| !covered.contains(c))
        .map(|c| c.join(" "))
        .collect();
    assert!(
        missing.is_empty(),
        "commands with no step in the story: {missing:?}"
    );
}

/// Each language's outputs of the story, at 80 and at 120 columns.
type Outputs = BTreeMap<&'static str, (Vec<String>, Vec<String>)>;

/// The outputs of the story: for each language, at 80 and at 120 columns. The four runs go in
/// parallel (each on its own register) and are shared by the tests below.
fn outputs() -> &'static Outputs {
    static OUTPUTS: OnceLock<Outputs> = OnceLock::new();
    OUTPUTS.get_or_init(|| {
        std::thread::scope(|scope| {
            let runs: Vec<_> = ["fi", "en"]
                .into_iter()
                .map(|lang| {
                    let narrow = scope.spawn(move || run_story(lang, "80"));
                    let wide = scope.spawn(move || run_story(lang, "120"));
                    (lang, narrow, wide)
                })
                .collect();
            runs.into_iter()
                .map(|(lang, narrow, wide)| {
                    let narrow = narrow.join().expect("the story at 80 columns");
                    let wide = wide.join().expect("the story at 120 columns");
                    (lang, (narrow, wide))
                })
                .collect()
        })
    })
}

#[test]
fn every_output_in_finnish_and_english_at_80_and_120_columns() {
    let commands = leaves();
    let names = names(&commands);
    for (lang, (narrow, wide)) in outputs() {
        for ((name, step), (narrow, wide)) in names.iter().zip(STORY).zip(narrow.iter().zip(wide)) {
            let name = match step.kind {
                Kind::Machine => continue,
                Kind::PerBuild if cfg!(feature = "encrypted") => format!("{name}-encrypted"),
                _ => name.clone(),
            };
            let body = if narrow == wide {
                format!("$ moty {}\n── 80 and 120 columns ──\n{narrow}", step.line)
            } else {
                format!(
                    "$ moty {}\n── 80 columns ──\n{narrow}── 120 columns ──\n{wide}",
                    step.line
                )
            };
            insta::with_settings!({ snapshot_path => "snapshots", prepend_module_to_snapshot => false, omit_expression => true }, {
                insta::assert_snapshot!(format!("outputs__{lang}__{name}"), body);
            });
        }
    }
}
/// English words that have no business in Finnish output (whole words, any case; not "to",
/// which is Finnish for Thursday).
const STOP_LIST: &[&str] = &[
    "the",
    "and",
    "case",
    "cases",
    "client",
    "clients",
    "day",
    "days",
    "meeting",
    "meetings",
    "not",
    "with",
    "for",
    "of",
    "is",
    "was",
    "were",
    "no",
    "yes",
    "none",
    "row",
    "rows",
    "from",
    "until",
    "booked",
    "held",
    "cancelled",
    "sent",
    "recorded",
    "saved",
    "open",
    "closed",
    "phase",
    "plan",
    "consent",
    "referral",
    "region",
    "total",
    "week",
    "weeks",
    "date",
    "name",
    "phone",
    "status",
    "unit",
    "units",
    "service",
    "services",
    "by",
];

/// Steps whose output is not moty's words: a completion script; the configuration's keys
/// (`region = south`); the names the register keeps in all three languages (units, service
/// areas, the feedback statements: `Englanniksi: …` is data); the access log's command column
/// (`consent give`, as typed).
const EXEMPT: &[&str] = &[
    "completions",
    "config",
    "settings units",
    "settings areas",
    "settings statements",
    "audit access",
];

/// Every Finnish output, at both widths, has none of the stop-list's words — apart from what
/// people typed into the register (the story types Finnish; the demo's texts follow the
/// language it was built in), command lines moty suggests (`moty consent give …`: codes and
/// flags are ASCII in every language) and the outputs that are not words (a completion script,
/// a manual page's markup is checked as words, its commands are not).
#[test]
fn no_english_word_is_left_in_finnish_output() {
    let (narrow, wide) = &outputs()["fi"];
    let mut found = Vec::new();
    for (step, text) in STORY.iter().zip(narrow).chain(STORY.iter().zip(wide)) {
        if EXEMPT.iter().any(|e| step.line.starts_with(e)) {
            continue;
        }
        for line in text.lines() {
            // A suggested command line runs to the end of its line.
            let words = line.split("moty ").next().unwrap_or(line);
            // Codes (`older-pmt`, `employment-services`) are ASCII in every language.
            let tokens = words.split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '_'));
            for word in tokens.filter(|w| !w.contains(['-', '_'])) {
                let lower = word.to_lowercase();
                if STOP_LIST.contains(&lower.as_str()) {
                    found.push(format!("{}: {word:?} in {line:?}", step.line));
                }
            }
        }
    }
    found.dedup();
    assert!(
        found.is_empty(),
        "English left in Finnish output ({}):\n{}",
        found.len(),
        found.join("\n")
    );
}
