//! clap's own words in Finnish (issue #15, one source for the help): under `--lang fi` the
//! pages' headings ("Argumentit", "Valitsimet") and the words beside an option's help
//! ("[oletus: …]", "[mahdolliset arvot: …]", "Mahdolliset arvot:", "[ympäristömuuttuja: …]"),
//! and clap's usage errors from the help catalogue (src/help/errors.rs), with clap's exit code 2
//! (tests/cli/bad_input.rs). Every command still parses under the Finnish headings. English
//! stays clap's own text (the English help snapshots, and the errors below).

use crate::common::{TestEnv, NOW};

fn fi<'a>(args: &[&'a str]) -> Vec<&'a str> {
    let mut all = vec!["--lang", "fi"];
    all.extend_from_slice(args);
    all
}

/// A usage error in Finnish: exit code 2, nothing on standard output, standard error saying
/// each of `says` and none of clap's English words.
fn refused_fi(env: &TestEnv, args: &[&str], says: &[&str]) -> String {
    let run = env.run_at(NOW, &fi(args));
    assert_eq!(run.code, 2, "{args:?}: {run:?}");
    assert!(run.stdout.is_empty(), "{args:?}: {run:?}");
    let text = &run.stderr;
    assert!(text.starts_with("virhe: "), "{args:?}: {text}");
    for words in says {
        assert!(text.contains(words), "{args:?}: {words:?} not in {text}");
    }
    assert!(
        text.ends_with("Lisätietoja: '--help'.\n"),
        "{args:?}: {text}"
    );
    for english in [
        "error:",
        "Usage:",
        "For more information",
        "tip:",
        "unexpected",
        "invalid value",
        "required",
        "possible values",
    ] {
        assert!(
            !text.contains(english),
            "{args:?}: English {english:?} in {text}"
        );
    }
    run.stderr
}

#[test]
fn commands_with_options_and_positionals_run_under_the_finnish_headings() {
    let env = TestEnv::new();
    let refer = env.run_at(
        NOW,
        &fi(&[
            "--json",
            "refer",
            "--name",
            "Aino Esimerkki",
            "--group",
            "working-age",
            "--source",
            "primary-care",
            "--channel",
            "yht405",
            "--reason",
            "useita päällekkäisiä tarpeita",
        ]),
    );
    assert_eq!(refer.code, 0, "{refer:?}");
    let case = refer.json()["case"].as_str().expect("case id").to_string();
    for args in [
        vec!["find", "Aino", "--reason", "yhteydenotto"],
        vec!["show", case.as_str(), "--reason", "yhteydenotto"],
        vec!["list", "--phase", "referred", "--group", "working-age"],
        vec!["list", "--closed", "--waiting-over", "0"],
        vec!["config", "set", "color", "never"],
        vec!["config", "get", "color"],
    ] {
        let run = env.run_at(NOW, &fi(&args));
        assert_eq!(run.code, 0, "{args:?}: {run:?}");
    }
    assert_eq!(env.count("SELECT count(*) FROM cases"), 1);
    // The same pages say their headings in Finnish.
    let page = env.ok_at(NOW, &fi(&["show", "--help"]));
    for words in [
        "Käyttö: moty show",
        "Argumentit:",
        "Valitsimet:",
        "Yleiset valitsimet:",
    ] {
        assert!(page.contains(words), "{words:?}: {page}");
    }
    for english in [
        "Usage:",
        "Arguments:",
        "Options:",
        "[env:",
        "[default:",
        "ossible values",
    ] {
        assert!(!page.contains(english), "{english:?}: {page}");
    }
    assert!(
        page.find("Argumentit:") < page.find("Valitsimet:"),
        "{page}"
    );
    assert!(
        page.find("  -h, --help") < page.find("Yleiset valitsimet:"),
        "{page}"
    );
    let page = env.ok_at(NOW, &fi(&["plan", "show", "--help"]));
    for words in [
        "[oletus: table]",
        "[mahdolliset arvot: table, md]",
        "Mahdolliset arvot:",
    ] {
        assert!(page.contains(words), "{words:?}: {page}");
    }
    assert!(page.contains("- never:  Ei värejä"), "{page}");
    // -h and --version work as clap's own do.
    let short = env.ok_at(NOW, &fi(&["list", "-h"]));
    let help_line = short.lines().find(|l| l.starts_with("  -h, --help"));
    assert!(
        help_line.is_some_and(|l| l.ends_with(" Näytä ohje (laajempi ohje: '--help')")),
        "{short}"
    );
    assert!(env.ok_at(NOW, &fi(&["--version"])).starts_with("moty "));
}

#[test]
fn clap_s_usage_errors_are_in_finnish_with_exit_code_2() {
    let env = TestEnv::new();
    let unknown = refused_fi(
        &env,
        &["find", "--bogus"],
        &[
            "virhe: tuntematon argumentti '--bogus'",
            "vihje: jos '--bogus' on arvo, kirjoita '-- --bogus'",
            "Käyttö: moty find",
        ],
    );
    assert!(unknown.contains("\n\nKäyttö: "), "{unknown}");
    refused_fi(
        &env,
        &["list", "--phase", "nonsense"],
        &[
            "virheellinen arvo 'nonsense' kohdassa '--phase <PHASE>'",
            "[mahdolliset arvot: referred, joint-assessment,",
        ],
    );
    refused_fi(
        &env,
        &["schedule", "held"],
        &[
            "nämä pakolliset argumentit puuttuvat:\n  <MEETING>",
            "Käyttö: moty schedule held ",
        ],
    );
    refused_fi(
        &env,
        &["liist"],
        &[
            "tuntematon alikomento 'liist'",
            "vihje: samankaltaisia alikomentoja: 'client', 'list'",
        ],
    );
    refused_fi(
        &env,
        &["demo", "--clients", "0"],
        &["virheellinen arvo '0' kohdassa '--clients <CLIENTS>': 0 ei ole välillä 1–1000000"],
    );
    refused_fi(
        &env,
        &["list", "--reason", "a", "--reason", "b"],
        &["argumentin '--reason <TEXT>' voi antaa vain kerran"],
    );
    refused_fi(
        &env,
        &["list", "--waiting-over"],
        &["'--waiting-over <DAYS>' tarvitsee arvon, mutta sitä ei annettu"],
    );
    refused_fi(
        &env,
        &["--color", "blue", "list"],
        &["virheellinen arvo 'blue' kohdassa '--color <WHEN>'"],
    );
    // What was typed cannot rewrite the terminal: its control characters are shown escaped.
    let sneaky = env.run_at(
        NOW,
        &fi(&["--color", "never", "list", "--x\u{1b}]0;title\u{7}"]),
    );
    assert_eq!(sneaky.code, 2, "{sneaky:?}");
    assert!(
        !sneaky.stderr.contains('\u{1b}') && !sneaky.stderr.contains('\u{7}'),
        "{sneaky:?}"
    );
    assert!(
        sneaky.stderr.contains("tuntematon argumentti"),
        "{sneaky:?}"
    );
    // Coloured as clap colours its own, when asked.
    let coloured = env.run_at(NOW, &fi(&["--color", "always", "list", "--bogus"]));
    assert_eq!(coloured.code, 2);
    assert!(coloured.stderr.contains("\u{1b}["), "{coloured:?}");
    assert!(coloured.stderr.contains("virhe:"), "{coloured:?}");
}

#[test]
fn in_english_the_errors_are_clap_s_own() {
    let env = TestEnv::new();
    let run = env.run_at(NOW, &["list", "--bogus"]);
    assert_eq!(run.code, 2);
    assert_eq!(
        run.stderr,
        "error: unexpected argument '--bogus' found\n\nUsage: moty list [OPTIONS]\n\n\
         For more information, try '--help'.\n"
    );
    let run = env.run_at(NOW, &["schedule", "held"]);
    assert_eq!(run.code, 2);
    assert_eq!(
        run.stderr,
        "error: the following required arguments were not provided:\n  <MEETING>\n\n\
         Usage: moty schedule held --db <PATH> --as <NAME> <MEETING>\n\n\
         For more information, try '--help'.\n"
    );
}
