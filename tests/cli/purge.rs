//! Erasure without breaking the chains: a purged case's identifiable content is gone from every
//! table and from the file's bytes, while `audit verify` still passes and the figures still count
//! the case; a text removed or changed outside a purge is found.

use crate::common::TestEnv;

const SECRETS: &[&str] = &[
    "Poistettava",
    "Purkunen",
    "131052-308T",
    "0405550199",
    "555 0199",
    "SECRET-REFERRAL-REASON",
    "SECRET-CONSENT-SCOPE",
    "SECRET-DECLINE-REASON",
    "SECRET-LOOKUP-REASON",
];

/// A case with the client's identity and typed texts in every place a purge must reach, closed at
/// triage (declined).
fn closed_case(env: &TestEnv) -> String {
    let case = env.refer(
        "Purkunen Poistettava",
        &[
            "--hetu",
            "131052-308T",
            "--phone",
            "040 555 0199",
            "--reason",
            "SECRET-REFERRAL-REASON",
            "--on",
            "2026-11-02",
        ],
    );
    env.ok(&[
        "consent",
        "give",
        &case,
        "--kind",
        "multi-professional",
        "--method",
        "oral",
        "--on",
        "2026-11-02",
        "--scope",
        "SECRET-CONSENT-SCOPE",
    ]);
    env.ok(&["show", &case, "--reason", "SECRET-LOOKUP-REASON"]);
    env.ok(&[
        "triage",
        &case,
        "--decision",
        "decline",
        "--kela-screen",
        "no",
        "--reason",
        "SECRET-DECLINE-REASON",
        "--on",
        "2026-11-03",
    ]);
    case
}

fn file_bytes(env: &TestEnv) -> Vec<u8> {
    let mut bytes = std::fs::read(&env.db).expect("register");
    for suffix in ["-wal", "-journal"] {
        let mut path = env.db.as_os_str().to_owned();
        path.push(suffix);
        if let Ok(more) = std::fs::read(std::path::PathBuf::from(path)) {
            bytes.extend(more);
        }
    }
    bytes
}

/// Every text value of every table, one per line (the dump helper prints bytes, not text).
fn all_text(env: &TestEnv) -> String {
    let tables: Vec<String> = env.query(
        env.dialect(
            "SELECT name FROM sqlite_schema WHERE type = 'table'",
            "SELECT table_name::text FROM information_schema.tables
             WHERE table_schema = 'moty' AND table_type = 'BASE TABLE'",
        ),
        &[],
    );
    let mut out = String::new();
    for table in tables {
        for row in env.cells(&format!("SELECT * FROM \"{table}\""), &[]) {
            for cell in row {
                if let crate::common::Cell::Text(t) = cell {
                    out.push_str(&t);
                    out.push('\n');
                }
            }
        }
    }
    out
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack
        .windows(needle.len())
        .any(|w| w == needle.as_bytes())
}

#[test]
fn a_purged_case_is_gone_from_the_tables_and_the_file_while_the_chains_verify() {
    let env = TestEnv::new();
    let kept = env.refer("Jaana Jatkaja", &["--reason", "KEPT-REASON"]);
    let case = closed_case(&env);
    let outcomes_before = env
        .run(&["--json", "report", "outcomes", "--from", "2026-11-01"])
        .json();
    // (In the encrypted build no text is readable in the file at all.)
    let before = file_bytes(&env);
    assert!(
        cfg!(feature = "encrypted") || contains(&before, "SECRET-DECLINE-REASON"),
        "the text is there before"
    );

    let run = env.run(&["--json", "purge", &case, "--reason", "wrong-person"]);
    assert_eq!(run.code, 0, "{run:?}");
    let purged = run.json();
    assert_eq!(purged["purged"][0]["case"], case.as_str());
    assert_eq!(purged["purged"][0]["client_erased"], true);
    assert!(purged["purged"][0]["texts_erased"].as_i64().unwrap_or(0) >= 2);

    // Gone from every table and from the file's bytes (the WAL is checkpointed and emptied).
    let dump = all_text(&env);
    let bytes = file_bytes(&env);
    for secret in SECRETS {
        assert!(!dump.contains(secret), "{secret} is still in a table");
        assert!(!contains(&bytes, secret), "{secret} is still in the file");
    }
    assert!(
        dump.contains("KEPT-REASON"),
        "another client's case is untouched"
    );
    assert!(env.ok(&["show", &kept]).contains("Jaana Jatkaja"));

    // The chains still verify, the purge is on the timeline, the figures still count the case.
    let verify = env.run(&["--json", "audit", "verify"]);
    assert_eq!(verify.code, 0, "{verify:?}");
    let shown = env.run(&["--json", "show", &case]).json();
    let kinds: Vec<&str> = shown["timeline"]
        .as_array()
        .expect("timeline")
        .iter()
        .map(|e| e["kind"].as_str().unwrap_or(""))
        .collect();
    assert!(kinds.contains(&"case-purged"), "{kinds:?}");
    assert!(shown["timeline"]
        .as_array()
        .expect("timeline")
        .iter()
        .any(|e| e["detail"]["erased"] == true));
    let outcomes_after = env
        .run(&["--json", "report", "outcomes", "--from", "2026-11-01"])
        .json();
    assert_eq!(outcomes_after["cases"], outcomes_before["cases"]);
    assert_eq!(outcomes_after["funnel"], outcomes_before["funnel"]);

    // A second purge, and a purge of an open case, are refused and change nothing.
    env.refused_at(
        crate::common::NOW,
        &["purge", &case, "--reason", "other"],
        4,
        "already purged",
    );
    env.refused_at(
        crate::common::NOW,
        &["purge", &kept, "--reason", "other"],
        4,
        "close it first",
    );
}

#[test]
fn a_text_removed_or_changed_outside_a_purge_is_found() {
    let env = TestEnv::new();
    let case = closed_case(&env);
    let id: i64 = env.count(
        "SELECT e.id FROM events e JOIN log_texts t ON t.log = 'events' AND t.row_id = e.id
         WHERE e.kind = 'triaged'",
    );
    let conn = crate::common::open(&env.db).expect("open");
    conn.execute_batch(&format!(
        "DROP TRIGGER log_texts_no_update;
         UPDATE log_texts SET body = replace(body, 'SECRET', 'EDITED') WHERE row_id = {id};"
    ))
    .expect("tamper");
    drop(conn);
    let edited = env.run(&["--json", "audit", "verify"]);
    assert_eq!(edited.code, 4, "{edited:?}");
    assert!(edited.stdout.contains("changed"), "{}", edited.stdout);
    let conn = crate::common::open(&env.db).expect("open");
    conn.execute(
        "DELETE FROM log_texts WHERE log = 'events' AND row_id = ?1",
        [id],
    )
    .expect("remove");
    drop(conn);
    let removed = env.run(&["--json", "audit", "verify"]);
    assert_eq!(removed.code, 4, "{removed:?}");
    assert!(removed.stdout.contains("no purge"), "{}", removed.stdout);
    let _ = case;
}

#[test]
fn a_retention_purge_takes_only_the_cases_closed_before_the_date() {
    let env = TestEnv::new();
    let old = closed_case(&env);
    let newer = env.refer("Nelli Nuorempi", &["--on", "2026-11-20"]);
    env.ok(&[
        "triage",
        &newer,
        "--decision",
        "decline",
        "--kela-screen",
        "no",
        "--reason",
        "NEWER-DECLINE",
        "--on",
        "2026-11-21",
    ]);
    let run = env.run(&[
        "--json",
        "purge",
        "--closed-before",
        "2026-11-10",
        "--reason",
        "retention",
    ]);
    assert_eq!(run.code, 0, "{run:?}");
    let purged: Vec<&str> = run.json()["purged"]
        .as_array()
        .expect("purged")
        .iter()
        .map(|p| p["case"].as_str().unwrap_or(""))
        .collect::<Vec<_>>()
        .into_iter()
        .map(|s| if s == old { "old" } else { "other" })
        .collect();
    assert_eq!(purged, ["old"]);
    assert!(all_text(&env).contains("NEWER-DECLINE"));
    assert!(!all_text(&env).contains("SECRET-DECLINE-REASON"));
    assert_eq!(env.run(&["audit", "verify"]).code, 0);
    // Bad input: a date in the future, no case nor date.
    env.refused_at(
        crate::common::NOW,
        &[
            "purge",
            "--closed-before",
            "2030-01-01",
            "--reason",
            "retention",
        ],
        2,
        "--closed-before",
    );
    let none = env.run(&["purge", "--reason", "retention"]);
    assert_eq!(none.code, 2, "{none:?}");
}
