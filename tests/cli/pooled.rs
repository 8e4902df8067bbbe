//! moty through a connection pooler in front of the server (issue #17; docs/src/guides/server.md,
//! "A connection pooler"): PgBouncer in session pooling, as `.ci/pg` starts it (MOTY_TEST_POOL).
//! Each moty command is a connection of its own; through the pooler it gets a server session
//! that an earlier command of the same login used, reset with DISCARD ALL. These tests show the
//! pooler is really in the path (the login's commands share one server session) and that moty
//! keeps its guarantees there: who did what, who sees what, the chains, many at once. Skipped
//! locally without PgBouncer, a failure without it in CI (CI=true), like the server's tests.

use crate::common::PgDatabase;
use crate::server::{clock, moty, needed, ok, server};
use crate::teams::{case_of, refer as refer_with};

/// The pooler's superuser URL, or None locally without one (in CI its absence fails the test).
fn pool() -> Option<String> {
    let url = std::env::var("MOTY_TEST_POOL")
        .ok()
        .filter(|u| !u.is_empty());
    needed(url, "MOTY_TEST_POOL", "PgBouncer")
}

/// The URL of `db` signed in as `login` through the pooler at `pool`.
fn pooled(pool: &str, db: &PgDatabase, login: &str) -> String {
    let query = pool.split_once('?').map_or("", |(_, q)| q);
    format!("postgresql://{login}@/{}?{query}", db.name)
}

/// The server sessions `login` has open on `db` (as the server's own view says): their process
/// ids and when each began.
fn sessions(db: &PgDatabase, login: &str) -> Vec<(i32, String)> {
    db.client("postgres")
        .query(
            "SELECT pid, backend_start::text FROM pg_stat_activity
             WHERE usename = $1 AND datname = $2 ORDER BY pid",
            &[&login, &db.name],
        )
        .expect("pg_stat_activity")
        .iter()
        .map(|r| (r.get(0), r.get(1)))
        .collect()
}

/// A register with two coordinators of two teams; the clock set.
fn two_teams(admin: &str) -> PgDatabase {
    let db = PgDatabase::create(admin);
    ok(
        &db.url,
        &["admin", "user", "add", "pooled.north", "--team", "north-1"],
    );
    ok(
        &db.url,
        &["admin", "user", "add", "pooled.south", "--team", "south-1"],
    );
    clock(&db, "2026-11-23 10:00");
    db
}

/// `audit verify` by whoever `url` signs in as: it succeeds and no log is broken.
fn chains_hold(url: &str) {
    let verified: serde_json::Value =
        serde_json::from_str(&ok(url, &["--json", "audit", "verify"])).expect("json");
    let logs = verified["logs"].as_array().expect("logs");
    assert!(!logs.is_empty(), "{verified}");
    for log in logs {
        assert!(
            log["broken_at"].is_null() && log["problem"].is_null(),
            "{verified}"
        );
    }
}

/// A referral by whoever `url` signs in as (a temporary identity code): the case id.
fn refer(url: &str, name: &str, hetu: &str) -> String {
    let (code, out, err) = refer_with(url, name, hetu, &["--temporary-hetu"]);
    assert_eq!(code, 0, "{err}");
    case_of(&out)
}

#[test]
fn through_a_session_pooler_each_login_keeps_one_server_session_and_every_guarantee() {
    let (Some(admin), Some(pool)) = (server(), pool()) else {
        return;
    };
    let db = two_teams(&admin);
    let north = pooled(&pool, &db, "pooled.north");
    let south = pooled(&pool, &db, "pooled.south");

    let northern = refer(&north, "Aili Pohjanmaa", "120475-912R");
    let first = sessions(&db, "pooled.north");
    assert_eq!(
        first.len(),
        1,
        "the pooler keeps the login's session: {first:?}"
    );
    let shown = ok(&north, &["show", &northern]);
    assert!(shown.contains("Aili Pohjanmaa"), "{shown}");
    let found = ok(&north, &["find", "Pohjan"]);
    assert!(found.contains(&northern), "{found}");
    // The same server session served all three commands: the pooler is in the path.
    assert_eq!(sessions(&db, "pooled.north"), first);

    let southern = refer(&south, "Sulo Etelämaa", "030688-934L");
    assert_eq!(sessions(&db, "pooled.south").len(), 1);
    // Who sees what is the login's, whichever session served an earlier command.
    let list = ok(&south, &["list"]);
    assert!(
        list.contains(&southern) && !list.contains(&northern),
        "{list}"
    );
    let list = ok(&north, &["list"]);
    assert!(
        list.contains(&northern) && !list.contains(&southern),
        "{list}"
    );
    let (code, _, stderr) = moty(&south, &["show", &northern]);
    assert_ne!(code, 0, "south must not see the northern case");
    assert!(stderr.contains(&northern), "{stderr}");

    // Who did what: each row's actor is the login that ran the command, stamped by the server.
    let actors: Vec<(String, String, String)> = db
        .client("postgres")
        .query(
            "SELECT actor, command, coalesce(case_id, '') FROM access_log ORDER BY id",
            &[],
        )
        .expect("the access log")
        .iter()
        .map(|r| (r.get(0), r.get(1), r.get(2)))
        .collect();
    assert!(
        actors
            .iter()
            .any(|(a, c, k)| a == "pooled.north" && c == "show" && k == &northern),
        "{actors:?}"
    );
    for (login, case) in [("pooled.north", &northern), ("pooled.south", &southern)] {
        assert!(
            actors
                .iter()
                .any(|(a, c, k)| a == login && c == "list" && k == case),
            "{login} listed {case}: {actors:?}"
        );
    }
    assert!(
        !actors
            .iter()
            .any(|(a, _, k)| a == "pooled.south" && k == &northern),
        "south's refused look-up logged no row of the northern case: {actors:?}"
    );
    // The chains hold, checked by the owner through the pooler too.
    chains_hold(&pooled(&pool, &db, "postgres"));
}

#[test]
fn what_a_session_was_left_with_does_not_reach_the_next_command_on_it() {
    let (Some(admin), Some(pool)) = (server(), pool()) else {
        return;
    };
    let db = two_teams(&admin);
    let north = pooled(&pool, &db, "pooled.north");
    let case = refer(&north, "Aili Pohjanmaa", "120475-912R");
    let session = sessions(&db, "pooled.north");
    assert_eq!(
        session.len(),
        1,
        "the pooler keeps the login's session: {session:?}"
    );
    // Someone with the login's password leaves its pooled session set otherwise: another schema
    // first, another time zone and date style, the import's flag, the owner's role tried.
    let mut raw = postgres::Client::connect(&north, postgres::NoTls).expect("through the pooler");
    raw.batch_execute(
        "SET search_path = public; SET TimeZone = 'America/New_York';
         SET DateStyle = 'SQL, DMY'; SET moty.importing = 'on'; SET lock_timeout = '1ms'",
    )
    .expect("the session's settings");
    assert!(raw.batch_execute("SET ROLE moty_owner").is_err());
    drop(raw);
    assert_eq!(sessions(&db, "pooled.north"), session, "the same session");

    // The next command on that session stamps and chains as ever.
    ok(&north, &["show", &case]);
    assert_eq!(sessions(&db, "pooled.north"), session, "the same session");
    let (at, actor, clock): (String, String, String) = db
        .client("postgres")
        .query_one(
            "SELECT at, actor, clock FROM access_log WHERE command = 'show' ORDER BY id DESC
             LIMIT 1",
            &[],
        )
        .map(|r| (r.get(0), r.get(1), r.get(2)))
        .expect("the show's row");
    // 10:00 in Helsinki on 23 November is 08:00 UTC, in the stamp's own format.
    assert_eq!(
        (at.as_str(), actor.as_str(), clock.as_str()),
        ("2026-11-23T08:00:00Z", "pooled.north", "override")
    );
    chains_hold(&db.url);
}

#[test]
fn many_commands_at_once_through_the_pooler_all_land_once_and_in_order() {
    let (Some(admin), Some(pool)) = (server(), pool()) else {
        return;
    };
    let db = two_teams(&admin);
    let logins = ["pooled.north", "pooled.south"];
    let codes = [
        "120475-912R",
        "030688-934L",
        "270592-951V",
        "081163-977T",
        "150870-903A",
        "220981-9289",
        "050566-946T",
        "191294-965A",
    ];
    let urls: Vec<String> = logins.iter().map(|l| pooled(&pool, &db, l)).collect();
    // Eight referrals at once, four by each login: more clients than one session per login.
    let cases: Vec<String> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..8)
            .map(|i| {
                let url = &urls[i % 2];
                let code = codes[i];
                let name = format!(
                    "Testi {}",
                    ["Aalto", "Berg", "Cajan", "Dahl", "Eklund", "Forss", "Grön", "Hovi"][i]
                );
                s.spawn(move || refer(url, &name, code))
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("a referral"))
            .collect()
    });
    // The pooler keeps the sessions it opened for them.
    for login in logins {
        assert!(
            !sessions(&db, login).is_empty(),
            "{login}: no pooled session"
        );
    }
    let mut distinct = cases.clone();
    distinct.sort();
    distinct.dedup();
    assert_eq!(
        distinct.len(),
        8,
        "eight cases, each its own number: {cases:?}"
    );
    let events: i64 = db
        .client("postgres")
        .query_one(
            "SELECT count(DISTINCT case_id) FROM events WHERE kind = 'case-opened'",
            &[],
        )
        .expect("events")
        .get(0);
    assert_eq!(events, 8);
    chains_hold(&db.url);
}
