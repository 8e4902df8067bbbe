//! Restore never erases the logs: what was logged after the backup is carried into the restored
//! register, a restore that would lose timeline entries needs a reason, purges done after the
//! backup are applied again, and an unreadable register can be restored over (kept aside).

use crate::common::TestEnv;

fn path(p: &std::path::Path) -> &str {
    p.to_str().expect("utf-8 path")
}

#[test]
fn look_ups_and_exports_after_the_backup_are_carried_into_the_restored_register() {
    let env = TestEnv::new();
    let case = env.refer("Palautus Kantava", &[]);
    let backup = env.dir.path().join("b.sqlite3");
    env.ok(&["backup", path(&backup)]);
    let access_at_backup = env.count("SELECT count(*) FROM access_log");
    env.ok(&["show", &case, "--reason", "phone call"]);
    env.ok(&[
        "report",
        "weekly",
        "--to-whom",
        "Yhteistyö-tiimi",
        "--format",
        "json",
    ]);
    let access_before = env.count("SELECT count(*) FROM access_log");
    let disclosures_before = env.count("SELECT count(*) FROM disclosure_log");
    let run = env.run(&["--json", "restore", path(&backup)]);
    assert_eq!(run.code, 0, "{run:?}");
    let done = run.json();
    assert_eq!(
        done["carried"]["access_log"],
        access_before - access_at_backup
    );
    assert_eq!(done["lost"], serde_json::json!({}));
    // Nothing of the logs is gone: the look-up, its reason, the backup's own disclosure row and
    // the export's.
    assert_eq!(env.count("SELECT count(*) FROM access_log"), access_before);
    assert_eq!(
        env.count("SELECT count(*) FROM disclosure_log"),
        disclosures_before
    );
    assert_eq!(
        env.count(
            "SELECT count(*) FROM access_log a JOIN log_texts t ON t.log = 'access_log'
             AND t.row_id = a.id WHERE a.command = 'show' AND t.body = 'phone call'"
        ),
        1
    );
    assert_eq!(
        env.count("SELECT count(*) FROM disclosure_log WHERE what = 'backup of the register'"),
        1
    );
    // The restore itself is recorded: from which backup, by whom.
    let (actor, detail): (String, String) = env.one(
        "SELECT actor, detail FROM anchors WHERE reason = 'restore' ORDER BY id DESC LIMIT 1",
        &[],
    );
    assert_eq!(actor, crate::common::USER);
    assert!(detail.contains("b.sqlite3"), "{detail}");
    let verify = env.run(&["audit", "verify"]);
    assert_eq!(verify.code, 0, "{verify:?}");
    assert!(verify.stderr.is_empty(), "{}", verify.stderr);
}

#[test]
fn a_restore_of_a_backup_taken_before_a_purge_applies_the_purge_again() {
    let env = TestEnv::new();
    let case = env.refer(
        "Poistuva Palautettava",
        &["--reason", "SECRET-REASON-TO-PURGE"],
    );
    env.ok(&["close", &case, "--reason", "other"]);
    let backup = env.dir.path().join("before-purge.sqlite3");
    env.ok(&["backup", path(&backup)]);
    env.ok(&["purge", &case, "--reason", "wrong-person"]);
    let run = env.run(&["--json", "restore", path(&backup)]);
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(run.json()["purges_reapplied"], serde_json::json!([case]));
    let reason: String = env.one("SELECT reason FROM referrals WHERE case_id = ?1", &[&case]);
    assert_eq!(reason, "-", "the purge holds after the restore");
    let name: String = env.one("SELECT name FROM clients", &[]);
    assert_eq!(name, "-");
    assert_eq!(env.run(&["audit", "verify"]).code, 0);
}

#[test]
fn an_unreadable_register_is_restored_over_with_a_reason_and_kept_aside() {
    let env = TestEnv::new();
    env.refer("Rikki Rekisteri", &[]);
    let backup = env.dir.path().join("good.sqlite3");
    env.ok(&["backup", path(&backup)]);
    // The register is destroyed (its header overwritten).
    let checkpoint = crate::common::open(&env.db).expect("open");
    checkpoint
        .execute_batch("PRAGMA wal_checkpoint(TRUNCATE);")
        .expect("checkpoint");
    drop(checkpoint);
    let mut bytes = std::fs::read(&env.db).expect("read");
    for byte in bytes.iter_mut().take(100) {
        *byte = 0x42;
    }
    std::fs::write(&env.db, &bytes).expect("destroy");
    let refused = env.run(&["restore", path(&backup)]);
    assert_ne!(refused.code, 0, "{refused:?}");
    let run = env.run(&[
        "restore",
        path(&backup),
        "--accept-loss",
        "the laptop's disk failed",
    ]);
    assert_eq!(run.code, 0, "{run:?}");
    let kept = std::fs::read_dir(env.dir.path())
        .expect("dir")
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().contains(".unreadable-"))
        .count();
    assert!(kept >= 1, "the unreadable register is kept aside");
    assert_eq!(env.count("SELECT count(*) FROM cases"), 1);
    assert_eq!(env.run(&["audit", "verify"]).code, 0);
    let detail: String = env.one(
        "SELECT detail FROM anchors WHERE reason = 'restore' LIMIT 1",
        &[],
    );
    assert!(detail.contains("disk failed"), "{detail}");
}

#[test]
fn consultations_recorded_after_the_backup_are_carried_and_a_link_made_after_it_is_lost() {
    let env = TestEnv::new();
    let now = "2026-11-23 10:00";
    let consult = |topic: &str| {
        let run = env.run_at(
            now,
            &[
                "--json",
                "consult",
                "--channel",
                "phone",
                "--unit",
                "reception-services",
                "--topic",
                topic,
                "--advice",
                "Refer with the client's written consent",
                "--referral-expected",
                "maybe",
            ],
        );
        assert_eq!(run.code, 0, "{run:?}");
        run.json()["consultation"]["id"].to_string()
    };
    let case = env.refer("Konsultoitu Palautus", &[]);
    consult("Before the backup");
    let backup = env.dir.path().join("b.sqlite3");
    env.ok_at(now, &["backup", path(&backup)]);
    let after = consult("After the backup");
    let run = env.run_at(now, &["--json", "restore", path(&backup)]);
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(run.json()["carried"]["consultations"], 1, "{run:?}");
    assert_eq!(
        env.count("SELECT count(*) FROM consultations WHERE topic = 'After the backup'"),
        1
    );
    env.ok_at(now, &["audit", "verify"]);

    // A link made after a backup came with a timeline entry: the restore needs a reason, and
    // says the link is lost while the consultation itself is kept.
    let backup2 = env.dir.path().join("b2.sqlite3");
    env.ok_at(now, &["backup", path(&backup2)]);
    env.ok_at(now, &["consult", "link", &after, &case]);
    let refused = env.run_at(now, &["restore", path(&backup2)]);
    assert_eq!(refused.code, 4, "{refused:?}");
    assert_eq!(env.count("SELECT count(*) FROM consultation_links"), 1);
    let run = env.run_at(
        now,
        &[
            "--json",
            "restore",
            path(&backup2),
            "--accept-loss",
            "the link is made again by hand",
        ],
    );
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(run.json()["lost"]["consultation_links"], 1, "{run:?}");
    assert_eq!(env.count("SELECT count(*) FROM consultation_links"), 0);
    assert_eq!(env.count("SELECT count(*) FROM consultations"), 2);
    env.ok_at(now, &["audit", "verify"]);
}

#[test]
fn a_backup_restored_into_a_new_path_opens_for_a_look_and_the_live_register_is_untouched() {
    let env = TestEnv::new();
    let case = env.refer("Katsottava Varmuuskopio", &[]);
    let backup = env.dir.path().join("b.sqlite3");
    env.ok(&["backup", path(&backup)]);
    env.refer("Myöhempi Lähete", &[]);
    let live_events = env.count("SELECT count(*) FROM events");
    let look = env.dir.path().join("look.sqlite3");
    let run = env.run(&["--db", path(&look), "--json", "restore", path(&backup)]);
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(run.json()["lost"], serde_json::json!({}));
    let shown = env.ok(&["--db", path(&look), "show", &case]);
    assert!(shown.contains("Katsottava Varmuuskopio"), "{shown}");
    env.ok(&["--db", path(&look), "audit", "verify"]);
    // The live register is as it was; a second restore into the copy is an ordinary one.
    assert_eq!(env.count("SELECT count(*) FROM events"), live_events);
    let again = env.run(&["--db", path(&look), "restore", path(&backup)]);
    assert_eq!(again.code, 0, "{again:?}");
}
