//! Two coordinators (and a script) on one register at once: every write lands, none is lost,
//! and a register held too long answers "busy" with exit code 5.

use std::thread;

use crate::common::TestEnv;

#[test]
fn processes_registering_at_the_same_time_all_succeed_and_nothing_is_lost() {
    let env = TestEnv::new();
    const WRITERS: usize = 8;
    const EACH: usize = 6;
    thread::scope(|scope| {
        for writer in 0..WRITERS {
            let env = &env;
            scope.spawn(move || {
                for n in 0..EACH {
                    let name = format!(
                        "Writer{} Client{}",
                        (b'A' + writer as u8) as char,
                        (b'A' + n as u8) as char
                    );
                    env.refer(&name, &[]);
                }
            });
        }
    });
    let total = (WRITERS * EACH) as i64;
    assert_eq!(env.count("SELECT count(*) FROM cases"), total);
    assert_eq!(env.count("SELECT count(DISTINCT id) FROM cases"), total);
    assert_eq!(
        env.count("SELECT max(seq) FROM cases"),
        total,
        "numbers without gaps"
    );
    assert_eq!(
        env.count("SELECT count(*) FROM events WHERE kind = 'case-opened'"),
        total
    );
    assert_eq!(env.count("SELECT count(*) FROM access_log"), total);
    let integrity: String = env
        .connection()
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .expect("integrity");
    assert_eq!(integrity, "ok");
}

#[test]
fn a_register_held_by_another_writer_answers_busy_and_writes_nothing() {
    let env = TestEnv::new();
    env.refer("Kaarlo Kallio", &[]);
    let before = env.dump();
    let holder = rusqlite::Connection::open(&env.db).expect("open");
    holder
        .execute_batch("BEGIN IMMEDIATE")
        .expect("hold the write lock");
    let run = env.run(&[
        "refer",
        "--name",
        "Kaarlo Kallio",
        "--group",
        "working-age",
        "--source",
        "kela",
        "--channel",
        "phone",
        "--reason",
        "x",
        "--another-case",
    ]);
    holder.execute_batch("ROLLBACK").expect("release");
    drop(holder);
    assert_eq!(run.code, 5, "{run:?}");
    assert!(run.stderr.contains("busy"), "{}", run.stderr);
    assert!(
        !run.stderr.contains("locked"),
        "no SQLite wording escapes: {}",
        run.stderr
    );
    assert_eq!(env.dump(), before);
}
