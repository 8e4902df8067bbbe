//! Completion scripts and manual pages, generated from the command line's own definitions:
//! the scripts parse in their shells, every page renders without a warning, and neither needs a
//! register.

use std::process::Command;

use crate::common::TestEnv;

/// A program on PATH; absent, the check is skipped locally and fails under CI=true (`.ci/run`
/// installs them).
fn have(program: &str) -> bool {
    let found = Command::new(program)
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !found {
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "{program} is missing: .ci/run installs it"
        );
        println!("skipped: no {program} here (CI installs it)");
    }
    found
}

#[test]
fn every_completion_script_parses_in_its_shell_without_a_register() {
    let env = TestEnv::new();
    for (shell, check) in [
        ("bash", &["bash", "-n"][..]),
        ("zsh", &["zsh", "-n"][..]),
        ("fish", &["fish", "--no-execute"][..]),
    ] {
        let run = env.run(&["completions", shell]);
        assert_eq!(run.code, 0, "{shell}: {run:?}");
        for word in ["refer", "triage", "report", "json", "region"] {
            assert!(run.stdout.contains(word), "{shell} completes {word}");
        }
        if !have(check[0]) {
            continue;
        }
        let script = env.dir.path().join(format!("moty.{shell}"));
        std::fs::write(&script, &run.stdout).expect("write");
        let parsed = Command::new(check[0])
            .args(&check[1..])
            .arg(&script)
            .output()
            .expect("run the shell");
        assert!(
            parsed.status.success(),
            "{shell}: {}",
            String::from_utf8_lossy(&parsed.stderr)
        );
    }
    for shell in ["powershell", "elvish"] {
        let run = env.run(&["completions", shell]);
        assert_eq!(run.code, 0, "{shell}: {run:?}");
        assert!(run.stdout.contains("moty"), "{shell}");
    }
    assert!(!env.register_exists(), "no register was made");
    let run = env.run(&["completions", "tcsh"]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.stderr.contains("tcsh"), "{}", run.stderr);
}

#[test]
fn every_manual_page_renders_without_a_warning() {
    let env = TestEnv::new();
    let top = env.run(&["man"]);
    assert_eq!(top.code, 0, "{top:?}");
    assert!(top.stdout.starts_with(".ie \\n(.g .ds Aq"), "roff");
    // Every command and subcommand has a page.
    let commands: Vec<Vec<&str>> = vec![
        vec![],
        vec!["refer"],
        vec!["report", "outcomes"],
        vec!["settings", "units"],
        vec!["schedule", "held"],
        vec!["feedback"],
        vec!["consult"],
        vec!["move-region"],
    ];
    let groff = have("groff");
    for command in commands {
        let mut args = vec!["man"];
        args.extend(&command);
        let run = env.run(&args);
        assert_eq!(run.code, 0, "{command:?}: {run:?}");
        let title = if command.is_empty() {
            "moty".to_string()
        } else {
            format!("moty-{}", command.join("-"))
        };
        assert!(run.stdout.contains(&format!(".TH {title} 1")), "{title}");
        if !groff {
            continue;
        }
        let mut render = Command::new("groff")
            .args(["-k", "-man", "-ww", "-Tutf8"])
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("groff");
        use std::io::Write;
        render
            .stdin
            .take()
            .expect("stdin")
            .write_all(run.stdout.as_bytes())
            .expect("write");
        let out = render.wait_with_output().expect("groff");
        assert!(out.status.success(), "{title}");
        assert_eq!(
            String::from_utf8_lossy(&out.stderr),
            "",
            "{title} renders without warnings"
        );
    }
    let run = env.run(&["man", "report", "nope"]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(
        run.stderr
            .contains("COMMAND: there is no command 'moty report nope'; one of: weekly"),
        "{}",
        run.stderr
    );
    assert!(!env.register_exists(), "no register was made");
}

#[test]
fn a_manual_page_has_the_help_s_examples_one_command_to_a_line() {
    let env = TestEnv::new();
    let page = env.run(&["man", "backup"]);
    assert_eq!(page.code, 0, "{page:?}");
    assert!(!page.stdout.contains(".SH EXTRA"), "{}", page.stdout);
    let examples = &page.stdout[page.stdout.find(".SH EXAMPLES").expect("EXAMPLES")..];
    // Each command verbatim (no fill, no justification), after its comment.
    assert!(
        examples.contains(
            ".PP\nA dated copy on another disk, with its manifest beside it\n.RS 4\n.nf\nmoty backup "
        ),
        "{examples}"
    );
}
