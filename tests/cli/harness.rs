//! The suite's two engines (issue #16): tests/cli/sqlite_only.txt, the tests skipped on
//! PostgreSQL, names real tests and nothing more, and every test that opens the SQLite file itself
//! is on it. Checked against the test sources (the test binary cannot list its own tests).

use std::path::{Path, PathBuf};

use crate::common::{Cell, TestEnv};

fn cli_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cli")
}

/// (NAME, reason) of every line of sqlite_only.txt.
fn entries() -> Vec<(String, String)> {
    let text = std::fs::read_to_string(cli_dir().join("sqlite_only.txt")).expect("the list");
    text.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .map(|line| {
            let (name, reason) = line.split_once(' ').unwrap_or((line, ""));
            (name.to_string(), reason.trim().to_string())
        })
        .collect()
}

/// (module, source) of every module tests/cli/main.rs declares.
fn modules() -> Vec<(String, String)> {
    let main = std::fs::read_to_string(cli_dir().join("main.rs")).expect("main.rs");
    main.lines()
        .filter_map(|line| {
            let line = line.trim();
            let name = line
                .strip_prefix("pub mod ")
                .or_else(|| line.strip_prefix("mod "))?
                .strip_suffix(';')?;
            let source = std::fs::read_to_string(cli_dir().join(format!("{name}.rs")))
                .unwrap_or_else(|e| panic!("{name}.rs: {e}"));
            Some((name.to_string(), source))
        })
        .collect()
}

/// The names of the functions a source defines (tests, also those in `proptest!`, and helpers).
fn functions(source: &str) -> Vec<String> {
    source
        .lines()
        .filter_map(|line| {
            let rest = line.trim_start().strip_prefix("fn ")?;
            let end = rest.find(|c: char| !(c.is_alphanumeric() || c == '_'))?;
            Some(rest[..end].to_string())
        })
        .collect()
}

/// What marks a test as opening the SQLite file itself.
const FILE_MARKERS: [&str; 6] = [
    ".connection()",
    "common::open(",
    "open_with_flags(",
    "from_fixture(",
    "Register::open(",
    " open(&env.db)",
];

/// (test, line) of every `#[test]` function whose body opens the file itself, outside a block
/// guarded by `env.pg.is_none()` (a look at most a few lines up).
fn file_openers(source: &str) -> Vec<(String, String)> {
    let lines: Vec<&str> = source.lines().collect();
    let mut found = Vec::new();
    let mut is_test = false;
    let mut current: Option<String> = None;
    for (i, line) in lines.iter().enumerate() {
        if line.starts_with("#[test]") {
            is_test = true;
            continue;
        }
        if line.starts_with("fn ") || line.starts_with("pub fn ") {
            current = is_test
                .then(|| functions(line).into_iter().next())
                .flatten();
            is_test = false;
            continue;
        }
        if line.starts_with("#[") {
            continue;
        }
        if line.starts_with(|c: char| !c.is_whitespace()) && !line.starts_with('}') {
            is_test = false;
        }
        let Some(test) = &current else { continue };
        let guarded = lines[i.saturating_sub(6)..i]
            .iter()
            .any(|l| l.contains("pg.is_none()"));
        if !guarded && FILE_MARKERS.iter().any(|m| line.contains(m)) {
            found.push((test.clone(), line.trim().to_string()));
        }
    }
    found
}

#[test]
fn every_sqlite_only_name_is_a_test_or_a_module_and_skips_nothing_else() {
    let modules = modules();
    let entries = entries();
    assert!(!entries.is_empty());
    let mut seen = std::collections::HashSet::new();
    for (name, reason) in &entries {
        assert!(seen.insert(name), "{name}: listed twice");
        assert!(!reason.is_empty(), "{name}: no reason given");
        let (module, test) = name
            .split_once("::")
            .unwrap_or_else(|| panic!("{name}: write module:: or module::test"));
        let source = modules
            .iter()
            .find(|(m, _)| m == module)
            .map(|(_, s)| s)
            .unwrap_or_else(|| panic!("{name}: no module {module} in tests/cli/main.rs"));
        // `--skip` matches any test whose path contains the name: it must not reach another
        // module's tests or another test that only begins the same way.
        for (other, _) in &modules {
            assert!(
                other == module || !other.ends_with(module),
                "{name} would also skip tests of {other}"
            );
        }
        if test.is_empty() {
            continue;
        }
        let functions = functions(source);
        assert!(
            functions.iter().any(|f| f == test),
            "{name}: no fn {test} in tests/cli/{module}.rs (renamed or removed?)"
        );
        for f in &functions {
            assert!(
                f == test || !f.starts_with(test),
                "{name} would also skip {module}::{f}"
            );
        }
    }
}

#[test]
fn every_test_that_opens_the_sqlite_file_is_listed() {
    let entries = entries();
    let listed = |module: &str, test: &str| {
        entries
            .iter()
            .any(|(name, _)| name == &format!("{module}::") || name == &format!("{module}::{test}"))
    };
    let mut missing = Vec::new();
    for (module, source) in modules() {
        if module == "common" || module == "harness" {
            continue;
        }
        for (test, line) in file_openers(&source) {
            if !listed(&module, &test) {
                missing.push(format!("{module}::{test}: {line}"));
            }
        }
    }
    missing.dedup();
    assert!(
        missing.is_empty(),
        "tests that open the SQLite file itself and are not in tests/cli/sqlite_only.txt (list \
         them, or read through env.count/one/query/rows/exec_raw):\n{}",
        missing.join("\n")
    );
}

#[test]
fn the_checks_see_what_they_look_for() {
    let source = "#[test]\nfn reads() {\n    let c = env.connection();\n}\n\nfn helper() {\n    \
                  env.connection();\n}\n\n#[test]\n#[cfg(unix)]\nfn guarded() {\n    if \
                  env.pg.is_none() {\n        env.connection();\n    }\n}\n";
    assert_eq!(
        file_openers(source),
        [("reads".to_string(), "let c = env.connection();".to_string())]
    );
    assert_eq!(functions(source), ["reads", "helper", "guarded"]);
}

/// The engine-neutral reads give SQLite's values on either engine: run on SQLite always, and on
/// PostgreSQL when the suite runs there (on a table of its own beside moty's).
#[test]
fn the_engine_neutral_reads_give_the_values_sqlite_gives() {
    let env = TestEnv::new();
    env.exec_raw(env.dialect(
        "CREATE TABLE probe (id INTEGER PRIMARY KEY, flag INTEGER, day TEXT, note TEXT,
             detail TEXT, data BLOB, share REAL);
         INSERT INTO probe VALUES (1, 1, '2026-12-01', 'it''s', '{\"phase\": \"referred\",
             \"n\": 3, \"deep\": {\"k\": \"v\"}}', x'00ff', 0.5);
         INSERT INTO probe VALUES (2, 0, '2026-12-02', NULL, '{}', NULL, NULL);",
        "CREATE TABLE moty.probe (id bigint PRIMARY KEY, flag boolean, day date, note text,
             detail text, data bytea, share double precision, at timestamptz);
         INSERT INTO moty.probe VALUES (1, true, '2026-12-01', 'it''s', '{\"phase\": \"referred\",
             \"n\": 3, \"deep\": {\"k\": \"v\"}}', '\\x00ff', 0.5, '2026-11-23 10:00+02');
         INSERT INTO moty.probe VALUES (2, false, '2026-12-02', NULL, '{}', NULL, NULL, NULL);",
    ));
    assert_eq!(env.count("SELECT count(*) FROM probe"), 2);
    let first: (i64, i64, String, Option<String>) = env.one(
        "SELECT id, flag, day, note FROM probe WHERE day = ?1",
        &["2026-12-01"],
    );
    assert_eq!(
        first,
        (1, 1, "2026-12-01".to_string(), Some("it's".to_string()))
    );
    let second: (i64, Option<String>) =
        env.one("SELECT flag, note FROM probe WHERE note IS NULL", &[]);
    assert_eq!(second, (0, None));
    assert_eq!(
        env.query::<String>(
            "SELECT json_extract(detail, '$.phase') FROM probe
             WHERE json_extract(detail, '$.phase') IS NOT NULL AND json_extract(detail, '$.n') = 3
             AND json_extract(detail, '$.deep.k') = 'v' AND flag = 1",
            &[]
        ),
        ["referred"]
    );
    assert_eq!(
        env.cells("SELECT data, share FROM probe ORDER BY id", &[]),
        [
            vec![Cell::Blob(vec![0, 255]), Cell::Real(0.5)],
            vec![Cell::Null, Cell::Null]
        ]
    );
    assert_eq!(
        env.rows("SELECT id, note FROM probe ORDER BY id"),
        [["1", "it's"], ["2", "NULL"]]
    );
    if env.pg.is_some() {
        assert_eq!(
            env.one::<String>("SELECT at FROM probe WHERE id = 1", &[]),
            "2026-11-23T08:00:00Z"
        );
    }
    let before = env.dump();
    assert!(before.contains("# probe\n"), "{before}");
    env.exec_raw("UPDATE probe SET note = 'edited' WHERE id = 2");
    assert_ne!(env.dump(), before);
    // A file exists once written; a server's register (made by its owner) counts as made once
    // moty has written something to it, which this probe did not.
    assert_eq!(env.register_exists(), env.pg.is_none());
}
