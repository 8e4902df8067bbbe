//! Colour (issue #14, item 6): `--color`, then the configuration file's `color`, then `auto`,
//! which honours NO_COLOR, CLICOLOR_FORCE and CLICOLOR and colours only a terminal. Overdue and
//! urgent rows and error messages stand out; the text without the escape sequences is the
//! uncoloured text; JSON, Markdown, manual pages and completions are never coloured.
//!
//! TestEnv clears the environment, so a developer's NO_COLOR or CLICOLOR_FORCE never reaches
//! these tests; each sets the variables it is about.

use crate::common::{Run, TestEnv};
use crate::estimates::{assessed, json_at};

const ESC: char = '\u{1b}';
/// Long after the follow-up below was due.
const LATE: &str = "2027-06-01 10:00";

/// A case in follow-up whose call is overdue at `LATE`, and an urgent referral waiting for
/// triage: (the follow-up case, the urgent case).
fn register(env: &TestEnv) -> (String, String) {
    let (case, _) = assessed(env, "Aarne Myöhä");
    env.ok_at(
        "2026-11-26 10:00",
        &[
            "plan",
            &case,
            "--key-worker",
            "Outi Omainen",
            "--pathway",
            "service=doctor",
            "--client-confirmed",
            "--complete",
        ],
    );
    let due = json_at(env, LATE, &["follow-up", "due"]);
    assert_eq!(due["follow_ups"][0]["case"], case.as_str(), "{due}");
    assert_eq!(due["follow_ups"][0]["overdue"], true, "{due}");
    let urgent = env.refer("Eeva Kiire", &["--urgent"]);
    env.refer("Ville Tavallinen", &[]);
    (case, urgent)
}

/// Runs moty at `LATE` with extra environment variables.
fn run(env: &TestEnv, vars: &[(&str, &str)], args: &[&str]) -> Run {
    let output = env
        .command()
        .env("MOTY_NOW", LATE)
        .envs(vars.iter().copied())
        .args(args)
        .output()
        .expect("run moty");
    crate::common::into_run(output)
}

fn coloured(text: &str) -> bool {
    text.contains(ESC)
}

/// The text with every CSI sequence (ESC `[` … final byte) taken out.
fn plain(text: &str) -> String {
    let mut out = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == ESC && chars.peek() == Some(&'[') {
            chars.next();
            for c in chars.by_ref() {
                if ('@'..='~').contains(&c) {
                    break;
                }
            }
            continue;
        }
        out.push(c);
    }
    out
}

/// The line of `text` that names `needle`.
fn line<'a>(text: &'a str, needle: &str) -> &'a str {
    text.lines()
        .find(|l| plain(l).contains(needle))
        .unwrap_or_else(|| panic!("no line with {needle}: {text}"))
}

#[test]
fn always_colours_an_overdue_row_an_urgent_row_and_an_error() {
    let env = TestEnv::new();
    let (late, urgent) = register(&env);
    let due = run(&env, &[], &["--color", "always", "follow-up", "due"]);
    assert_eq!(due.code, 0, "{due:?}");
    assert!(coloured(line(&due.stdout, &late)), "{:?}", due.stdout);
    // The same mark in the Next block of `show`.
    let shown = run(&env, &[], &["show", &late, "--color=always"]);
    assert!(
        coloured(line(&shown.stdout, "overdue by")),
        "{:?}",
        shown.stdout
    );
    let queue = run(&env, &[], &["--color", "always", "triage", "--list"]);
    assert!(coloured(line(&queue.stdout, &urgent)), "{:?}", queue.stdout);
    assert!(
        !coloured(line(&queue.stdout, "Ville Tavallinen")),
        "only what stands out is coloured, beside the bold headings: {:?}",
        queue.stdout
    );
    // Errors: not found (3), bad input (2), a refusal (4).
    for (args, code) in [
        (vec!["--color", "always", "show", "2026-0999"], 3),
        (vec!["--color", "always", "list", "--phase", "nowhere"], 2),
        (
            vec!["--color", "always", "refer", "--name", "Eeva Kiire"],
            2,
        ),
        (
            vec![
                "--color",
                "always",
                "reopen",
                &urgent,
                "--note",
                "by mistake",
            ],
            4,
        ),
    ] {
        let refused = run(&env, &[], &args);
        assert_eq!(refused.code, code, "{args:?}: {refused:?}");
        assert!(coloured(&refused.stderr), "{args:?}: {refused:?}");
        assert!(
            plain(&refused.stderr).starts_with("moty: ")
                || plain(&refused.stderr).starts_with("error: "),
            "{refused:?}"
        );
    }
}

#[test]
fn never_and_a_pipe_by_default_have_no_colour() {
    let env = TestEnv::new();
    let (late, _) = register(&env);
    for args in [
        vec!["--color", "never", "follow-up", "due"],
        vec!["follow-up", "due"],
        vec!["--color", "auto", "follow-up", "due"],
        vec!["--color", "never", "show", "2026-0999"],
        vec!["show", "2026-0999"],
    ] {
        let out = run(&env, &[], &args);
        assert!(!coloured(&out.stdout), "{args:?}: {:?}", out.stdout);
        assert!(!coloured(&out.stderr), "{args:?}: {:?}", out.stderr);
    }
    assert!(run(&env, &[], &["follow-up", "due"]).stdout.contains(&late));
}

#[test]
fn no_color_clicolor_force_and_clicolor_decide_auto() {
    let env = TestEnv::new();
    register(&env);
    let due = ["follow-up", "due"];
    let with = |vars: &[(&str, &str)], args: &[&str]| {
        let out = run(&env, vars, args);
        assert_eq!(out.code, 0, "{vars:?}: {out:?}");
        coloured(&out.stdout)
    };
    // CLICOLOR_FORCE colours even a pipe, whatever its value (bixense.com: "set"; anstream, and
    // so clap's help, read it so); NO_COLOR wins over it.
    assert!(with(&[("CLICOLOR_FORCE", "1")], &due));
    assert!(with(&[("CLICOLOR_FORCE", "0")], &due));
    assert!(!with(&[("CLICOLOR_FORCE", "")], &due));
    assert!(!with(&[("NO_COLOR", "1"), ("CLICOLOR_FORCE", "1")], &due));
    // An empty NO_COLOR is not set (no-color.org).
    assert!(with(&[("NO_COLOR", ""), ("CLICOLOR_FORCE", "1")], &due));
    // CLICOLOR asks for colour only on a terminal: never into a pipe.
    assert!(!with(&[("CLICOLOR", "1")], &due));
    assert!(!with(&[("CLICOLOR", "0"), ("TERM", "xterm")], &due));
    // An explicit --color wins over the environment; --color auto is the environment's.
    assert!(!with(
        &[("CLICOLOR_FORCE", "1")],
        &["--color", "never", "follow-up", "due"]
    ));
    assert!(with(
        &[("NO_COLOR", "1")],
        &["--color", "always", "follow-up", "due"]
    ));
    assert!(with(
        &[("CLICOLOR_FORCE", "1")],
        &["--color", "auto", "follow-up", "due"]
    ));
    assert!(!with(
        &[("NO_COLOR", "1")],
        &["--color", "auto", "follow-up", "due"]
    ));
}

#[test]
fn the_configuration_file_decides_when_no_flag_does() {
    let env = TestEnv::new();
    register(&env);
    let due = ["follow-up", "due"];
    let colours = |vars: &[(&str, &str)], args: &[&str]| {
        let out = run(&env, vars, args);
        assert_eq!(out.code, 0, "{vars:?} {args:?}: {out:?}");
        coloured(&out.stdout)
    };
    env.ok(&["config", "set", "color", "always"]);
    assert_eq!(env.ok(&["config", "get", "color"]), "always\n");
    assert!(colours(&[], &due), "the file's choice, into a pipe");
    // The flag wins over the file.
    assert!(!colours(&[], &["--color", "never", "follow-up", "due"]));
    assert!(!colours(&[], &["--color", "auto", "follow-up", "due"]));
    // The file's explicit choice is the user's own for moty: it wins over the variables that
    // state a preference for every program (no-color.org), as --color does.
    assert!(colours(&[("NO_COLOR", "1")], &due));
    env.ok(&["config", "set", "color", "never"]);
    assert!(!colours(&[("CLICOLOR_FORCE", "1")], &due));
    assert!(colours(&[], &["--color", "always", "follow-up", "due"]));
    // `auto` in the file leaves it to the variables.
    env.ok(&["config", "set", "color", "auto"]);
    assert!(colours(&[("CLICOLOR_FORCE", "1")], &due));
    assert!(!colours(
        &[("NO_COLOR", "1"), ("CLICOLOR_FORCE", "1")],
        &due
    ));
    // A value that is not allowed is refused naming the allowed ones, the file untouched.
    let before = std::fs::read_to_string(env.dir.path().join("config.toml")).expect("file");
    let bad = env.run(&["config", "set", "color", "blue"]);
    assert_eq!(bad.code, 2, "{bad:?}");
    assert!(bad.stderr.contains("auto, always, never"), "{bad:?}");
    let after = std::fs::read_to_string(env.dir.path().join("config.toml")).expect("file");
    assert_eq!(after, before);
    // A file written by hand with such a value is bad input for every command.
    std::fs::write(env.dir.path().join("config.toml"), "color = \"blue\"\n").expect("write");
    let broken = env.run(&["list"]);
    assert_eq!(broken.code, 2, "{broken:?}");
    assert!(broken.stderr.contains("color"), "{broken:?}");
    std::fs::write(env.dir.path().join("config.toml"), "").expect("write");
    assert_eq!(env.ok(&["config", "get", "color"]), "(not set)\n");
    assert!(!colours(&[], &due));
}

#[test]
fn the_coloured_text_is_the_uncoloured_text_with_escape_sequences() {
    let env = TestEnv::new();
    let (late, urgent) = register(&env);
    for args in [
        vec!["follow-up", "due"],
        vec!["show", late.as_str()],
        vec!["show", urgent.as_str()],
        vec!["triage", "--list"],
        vec!["list"],
        vec!["schedule", "list", "--from", "2026-11-23"],
        vec!["doctor"],
        vec!["audit", "verify"],
        vec!["show", "2026-0999"],
        vec!["--help"],
        vec!["list", "--help"],
        vec!["list", "--phase", "nowhere"],
    ] {
        let mut always = vec!["--color", "always"];
        always.extend(&args);
        let mut never = vec!["--color", "never"];
        never.extend(&args);
        let (always, never) = (run(&env, &[], &always), run(&env, &[], &never));
        assert_eq!(always.code, never.code, "{args:?}");
        assert!(
            coloured(&always.stdout) || coloured(&always.stderr),
            "{args:?}: {always:?}"
        );
        assert_eq!(plain(&always.stdout), never.stdout, "{args:?}");
        assert_eq!(plain(&always.stderr), never.stderr, "{args:?}");
    }
}

#[test]
fn help_follows_the_same_choice() {
    let env = TestEnv::new();
    for (vars, args, colour) in [
        (vec![], vec!["--color", "always", "--help"], true),
        (vec![], vec!["--color", "never", "--help"], false),
        (vec![], vec!["--help"], false),
        (
            vec![],
            vec!["report", "queue", "--help", "--color=always"],
            true,
        ),
        (vec![("CLICOLOR_FORCE", "1")], vec!["--help"], true),
        (
            vec![("CLICOLOR_FORCE", "1")],
            vec!["--color", "never", "--help"],
            false,
        ),
        (
            vec![("NO_COLOR", "1"), ("CLICOLOR_FORCE", "1")],
            vec!["--help"],
            false,
        ),
    ] {
        let out = run(&env, &vars, &args);
        assert_eq!(out.code, 0, "{vars:?} {args:?}: {out:?}");
        assert_eq!(coloured(&out.stdout), colour, "{vars:?} {args:?}");
        assert!(plain(&out.stdout).contains("Usage:"), "{args:?}");
    }
    // clap's own usage errors too.
    let wrong = run(&env, &[], &["--color", "always", "list", "--no-such-flag"]);
    assert_eq!(wrong.code, 2, "{wrong:?}");
    assert!(coloured(&wrong.stderr), "{wrong:?}");
    let wrong = run(&env, &[], &["--color", "never", "list", "--no-such-flag"]);
    assert!(!coloured(&wrong.stderr), "{wrong:?}");
    // The file's choice reaches the help as well.
    env.ok(&["config", "set", "color", "always"]);
    assert!(coloured(&run(&env, &[], &["--help"]).stdout));
    // A --color value that is not allowed is clap's usage error.
    let bad = run(&env, &[], &["--color", "blue", "list"]);
    assert_eq!(bad.code, 2, "{bad:?}");
    assert!(plain(&bad.stderr).contains("always"), "{bad:?}");
}

#[test]
fn documents_for_scripts_and_files_are_never_coloured() {
    let env = TestEnv::new();
    let (late, _) = register(&env);
    for args in [
        vec!["--json", "follow-up", "due"],
        vec!["--json", "show", late.as_str()],
        vec!["report", "queue", "--all-regions"],
        vec!["--json", "report", "queue", "--all-regions"],
        vec!["report", "weekly", "--to-whom", "team", "--format", "csv"],
        vec!["report", "weekly", "--to-whom", "team", "--format", "md"],
        vec!["completions", "bash"],
        vec!["man", "list"],
        vec!["--json", "config", "list"],
    ] {
        let mut always = vec!["--color", "always"];
        always.extend(&args);
        let out = run(&env, &[("CLICOLOR_FORCE", "1")], &always);
        assert!(!coloured(&out.stdout), "{args:?}: {:?}", out.stdout);
        assert!(!out.stdout.is_empty(), "{args:?}: {out:?}");
    }
    let json = run(
        &env,
        &[],
        &["--color", "always", "--json", "follow-up", "due"],
    );
    assert_eq!(json.json()["follow_ups"][0]["case"], late.as_str());
}

/// At a terminal, `auto` colours: the overdue row stands out.
#[test]
fn auto_colours_at_a_terminal() {
    let env = TestEnv::new();
    let (late, _) = register(&env);
    let mut session = env.pty(LATE, &["follow-up", "due"]);
    session.exp_string("\u{1b}[").expect("a colour sequence");
    session.exp_string(&late).expect("the overdue row");
    session.exp_eof().expect("exit");
}
