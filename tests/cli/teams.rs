//! Teams on a PostgreSQL server (issue #16, item 7): row-level security shows a coordinator their
//! team's clients, a regional lead their region's, the data protection officer the logs; the one
//! look-up across teams takes a whole identity code, answers only whether there is an open case
//! elsewhere and whom to call, and is logged; a coordinator's `audit verify` checks what the team
//! can see and says so. Needs the throw-away server of `.ci/pg` (see server.rs).

use crate::common::PgDatabase;
use crate::server::{clock, moty, ok, server};

const ANNA_CLIENT: &str = "150385-412A";
const VILLE_CLIENT: &str = "020790-4345";

/// A register with two teams in two regions, a lead of the northern one and an auditor.
fn two_teams(admin: &str) -> PgDatabase {
    let db = PgDatabase::create(admin);
    for args in [
        &[
            "anna.testi",
            "--team",
            "pohjoinen-1",
            "--region",
            "Pohjoinen",
        ][..],
        &["ville.testi", "--team", "etela-1", "--region", "Etela"],
        &["esa.testi", "--role", "lead", "--region", "Pohjoinen"],
        &["dpo.testi", "--role", "auditor"],
    ] {
        let mut all = vec!["admin", "user", "add"];
        all.extend_from_slice(args);
        ok(&db.url, &all);
    }
    clock(&db, "2026-11-23 10:00");
    db
}

/// The two teams, the northern one with a case of Aino's (ANNA_CLIENT): the register, Anna's and
/// Ville's sign-ins, and what `refer --json` printed.
fn with_her_case(admin: &str) -> (PgDatabase, String, String, String) {
    let db = two_teams(admin);
    let (anna, ville) = (db.as_login("anna.testi"), db.as_login("ville.testi"));
    let (code, out, err) = refer(&anna, "Aino Pohjola", ANNA_CLIENT, &[]);
    assert_eq!(code, 0, "{err}");
    (db, anna, ville, out)
}

/// A referral by whoever `url` signs in as; returns the case id.
pub(crate) fn refer(url: &str, name: &str, hetu: &str, extra: &[&str]) -> (i32, String, String) {
    let mut args = vec![
        "--json",
        "refer",
        "--name",
        name,
        "--hetu",
        hetu,
        "--group",
        "working-age",
        "--source",
        "primary-care",
        "--channel",
        "yht405",
        "--reason",
        "several needs",
    ];
    args.extend_from_slice(extra);
    moty(url, &args)
}

pub(crate) fn case_of(stdout: &str) -> String {
    let doc: serde_json::Value = serde_json::from_str(stdout).expect("json");
    doc["case"].as_str().expect("case").to_string()
}

fn count(db: &PgDatabase, login: &str, sql: &str) -> i64 {
    db.client(login)
        .query_one(sql, &[])
        .unwrap_or_else(|e| panic!("{sql} as {login}: {e}"))
        .get(0)
}

/// What `audit verify --json`, run by whoever `url` signs in as, says of the access log.
fn access_log_verified(url: &str) -> serde_json::Value {
    let verified: serde_json::Value =
        serde_json::from_str(&ok(url, &["--json", "audit", "verify"])).expect("json");
    verified["logs"]
        .as_array()
        .expect("logs")
        .iter()
        .find(|l| l["log"] == "access_log")
        .expect("the access log")
        .clone()
}

#[test]
fn a_coordinator_sees_their_teams_clients_and_a_lead_their_regions() {
    let Some(admin) = server() else { return };
    let db = two_teams(&admin);
    let (anna, ville, esa) = (
        db.as_login("anna.testi"),
        db.as_login("ville.testi"),
        db.as_login("esa.testi"),
    );
    let (code, out, err) = refer(&anna, "Aino Pohjola", ANNA_CLIENT, &[]);
    assert_eq!(code, 0, "{err}");
    let northern = case_of(&out);
    let (code, out, err) = refer(&ville, "Veikko Etelä", VILLE_CLIENT, &[]);
    assert_eq!(code, 0, "{err}");
    let southern = case_of(&out);
    assert_ne!(northern, southern);

    // Through moty: each team's list has its own client only; the other's case is not found.
    let list = ok(&anna, &["list"]);
    assert!(
        list.contains("Aino Pohjola") && !list.contains("Veikko"),
        "{list}"
    );
    let list = ok(&ville, &["list"]);
    assert!(
        list.contains("Veikko Etelä") && !list.contains("Aino"),
        "{list}"
    );
    let (code, _, err) = moty(&anna, &["show", &southern]);
    assert_eq!(code, 3, "another team's case is not there for her: {err}");
    assert!(
        ok(&anna, &["find", "Veikko"]).contains("No"),
        "a name finds nothing"
    );

    // Past moty, straight SQL as the coordinator: the server shows the team's rows only.
    for (login, case) in [("anna.testi", &northern), ("ville.testi", &southern)] {
        // The look-up functions that search the trigram indexes as the owner (008_search.sql)
        // answer only what the caller may see: her own team's client, not the other's.
        for fragments in ["pohjola", "etela", "aino", "veikko"] {
            let seen = count(
                &db,
                login,
                &format!("SELECT count(*) FROM moty.search_names('{fragments}')"),
            );
            let own = (login == "anna.testi") == matches!(fragments, "pohjola" | "aino");
            assert_eq!(seen, i64::from(own), "{login} searching {fragments}");
        }
        assert_eq!(
            count(&db, login, "SELECT count(*) FROM moty.search_names('')"),
            1,
            "{login}: no fragment, every client she may see"
        );
        assert_eq!(count(&db, login, "SELECT count(*) FROM cases"), 1);
        assert_eq!(count(&db, login, "SELECT count(*) FROM clients"), 1);
        assert_eq!(
            count(
                &db,
                login,
                &format!("SELECT count(*) FROM events WHERE case_id <> '{case}'")
            ),
            0,
            "no timeline row of another team's case"
        );
        assert_eq!(
            count(&db, login, "SELECT count(*) FROM referrals"),
            1,
            "nor its referral"
        );
        assert!(
            db.client(login)
                .query_one("SELECT count(*) FROM members", &[])
                .is_err(),
            "who works where is the owner's"
        );
    }
    // Nor can she write into the other team's case, or make a case of another team.
    let refused = db.client("anna.testi").batch_execute(&format!(
        "UPDATE cases SET urgency = 'urgent' WHERE id = '{southern}'"
    ));
    assert!(
        refused.is_ok(),
        "an update of an unseen row touches nothing"
    );
    assert_eq!(
        count(
            &db,
            "postgres",
            "SELECT count(*) FROM cases WHERE urgency = 'urgent'"
        ),
        0
    );
    assert!(db
        .client("anna.testi")
        .batch_execute(&format!(
            "INSERT INTO events (case_id, kind, detail, effective_on)
             VALUES ('{southern}', 'case-reopened', '{{}}', '2026-11-23')"
        ))
        .is_err());

    // Nor record an import, which would excuse disclosures without a legal basis.
    assert!(db
        .client("anna.testi")
        .batch_execute(
            "INSERT INTO anchors (reason, log, old_rows, old_head, new_rows, new_head, detail)
             VALUES ('import', 'disclosure_log', 0, repeat('0', 64), 0, repeat('0', 64),
                     '{\"without_basis\": {\"first\": 1, \"last\": 9}}')"
        )
        .is_err());

    // The northern lead reads the northern team's case, not the southern one.
    // The lead's look-up functions answer by the region's rules too.
    for (fragments, seen) in [("pohjola", 1), ("etela", 0)] {
        let sql = format!("SELECT count(*) FROM moty.search_names('{fragments}')");
        assert_eq!(
            count(&db, "esa.testi", &sql),
            seen,
            "the lead searching {fragments}"
        );
    }
    let list = ok(&esa, &["list"]);
    assert!(
        list.contains("Aino Pohjola") && !list.contains("Veikko"),
        "{list}"
    );
    // The auditor reads the logs, no client.
    assert_eq!(count(&db, "dpo.testi", "SELECT count(*) FROM events"), 2);
    assert!(db
        .client("dpo.testi")
        .query_one("SELECT count(*) FROM clients", &[])
        .is_err());
    // …and writes none: not the access log, not through log_access either.
    let logged = count(&db, "postgres", "SELECT count(*) FROM access_log");
    for sql in [
        "INSERT INTO access_log (command, action) VALUES ('show', 'view')",
        "SELECT * FROM log_access('[{\"command\": \"show\", \"action\": \"view\"}]')",
    ] {
        let refused = db.client("dpo.testi").batch_execute(sql).expect_err(sql);
        assert_eq!(
            refused.code(),
            Some(&postgres::error::SqlState::INSUFFICIENT_PRIVILEGE),
            "{sql}: {refused:?}"
        );
    }
    assert_eq!(
        count(&db, "postgres", "SELECT count(*) FROM access_log"),
        logged
    );
}

#[test]
fn a_look_up_across_teams_takes_a_whole_identity_code_answers_whom_to_call_and_is_logged() {
    let Some(admin) = server() else { return };
    let db = two_teams(&admin);
    let (anna, ville) = (db.as_login("anna.testi"), db.as_login("ville.testi"));
    ok(
        &anna,
        &[
            "settings",
            "contact",
            "--region",
            "Pohjoinen",
            "--phone",
            "040 555 0100",
            "--phone-hours",
            "Mon-Fri 9:00-10:00",
        ],
    );
    let (code, _, err) = refer(&anna, "Aino Pohjola", ANNA_CLIENT, &[]);
    assert_eq!(code, 0, "{err}");
    let lookups = "SELECT count(*) FROM access_log WHERE command = 'cross-team-lookup'
                   AND actor = 'ville.testi'";
    let before = count(&db, "postgres", lookups);

    // The southern coordinator, on the phone with someone: a name says nothing…
    let by_name = ok(&ville, &["find", "Aino"]);
    assert!(!by_name.contains("pohjoinen-1"), "{by_name}");
    assert_eq!(
        count(&db, "postgres", lookups),
        before,
        "no look-up by a name"
    );
    // …the whole identity code says there is an open case in the northern team, whom to call.
    let found = ok(&ville, &["find", ANNA_CLIENT]);
    assert!(found.contains("pohjoinen-1"), "{found}");
    assert!(found.contains("040 555 0100"), "{found}");
    assert!(!found.contains("Aino"), "nothing of hers: {found}");
    let json: serde_json::Value =
        serde_json::from_str(&ok(&ville, &["--json", "find", ANNA_CLIENT])).expect("json");
    assert_eq!(json["matches"].as_array().map(Vec::len), Some(0));
    assert_eq!(json["elsewhere"][0]["open"], true);
    assert_eq!(json["elsewhere"][0]["team"], "pohjoinen-1");
    // Each look-up is in the access log under his name, about her.
    assert_eq!(count(&db, "postgres", lookups), before + 2);
    let client_logged = count(
        &db,
        "postgres",
        &format!(
            "SELECT count(*) FROM access_log a JOIN clients k ON k.id = a.client_id
             WHERE a.command = 'cross-team-lookup' AND k.hetu = '{ANNA_CLIENT}'"
        ),
    );
    assert_eq!(client_logged, 2);
    // The northern team's access report of her shows who looked.
    assert_eq!(
        count(
            &db,
            "anna.testi",
            "SELECT count(*) FROM access_log WHERE command = 'cross-team-lookup'
             AND actor = 'ville.testi'"
        ),
        2,
        "her team sees the look-ups of its client"
    );
    // The function takes a whole identity code only.
    assert!(db
        .client("ville.testi")
        .query("SELECT * FROM lookup_hetu('150385')", &[])
        .is_err());
}

#[test]
fn an_import_looks_up_every_identity_code_across_teams_at_once_and_logs_each() {
    let Some(admin) = server() else { return };
    let (db, _, ville, _) = with_her_case(&admin);
    let folder = tempfile::tempdir().expect("a folder");
    let sheet = |name: &str, lines: &[(&str, &str)]| {
        let mut text = String::from("nimi,henkilötunnus,asiakasryhmä,lähde,kanava,syy\n");
        for (who, hetu) in lines {
            text.push_str(&format!(
                "{who},{hetu},working-age,primary-care,yht405,needs\n"
            ));
        }
        let path = folder.path().join(name);
        std::fs::write(&path, text).expect("write the sheet");
        path.to_string_lossy().into_owned()
    };
    // His look-ups about the client with this identity code, or about nobody the register knows.
    let lookups = |hetu: Option<&str>| {
        let whom = hetu.map_or("a.client_id IS NULL".into(), |h| format!("k.hetu = '{h}'"));
        count(
            &db,
            "postgres",
            &format!(
                "SELECT count(*) FROM access_log a LEFT JOIN clients k ON k.id = a.client_id
                 WHERE a.command = 'cross-team-lookup' AND a.action = 'search'
                     AND a.actor = 'ville.testi' AND {whom}"
            ),
        )
    };
    // The southern team's sheet names her, whose case is open in the northern team: refused,
    // naming whom to call, as refer refuses it; nothing written.
    let refused = sheet(
        "refused.csv",
        &[("Veli Uusi", VILLE_CLIENT), ("Aino Pohjola", ANNA_CLIENT)],
    );
    let (code, _, err) = moty(&ville, &["import", "referrals", &refused]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("line 3"), "{err}");
    assert!(err.contains("pohjoinen-1"), "{err}");
    assert_eq!(count(&db, "postgres", "SELECT count(*) FROM cases"), 1);
    // Each code was looked up and logged once, under his name: hers with her client, the
    // unknown one with none.
    assert_eq!(lookups(Some(ANNA_CLIENT)), 1);
    assert_eq!(lookups(None), 1);
    // A sheet without her: imported, each code looked up again by the sheet's check and by its
    // batch's, so logged twice more.
    let imported = sheet("imported.csv", &[("Veli Uusi", VILLE_CLIENT)]);
    ok(&ville, &["import", "referrals", &imported]);
    assert_eq!(lookups(None), 3);
    assert_eq!(lookups(Some(ANNA_CLIENT)), 1);
    // It answers and logs as lookup_hetu does, code by code: her open case elsewhere, his own
    // client (whose case is his team's) as known without one, an unknown person not at all.
    let unknown = "010101-123N";
    let by_one = format!(
        "SELECT string_agg(l::text, ';' ORDER BY u.n) FROM unnest(ARRAY['{ANNA_CLIENT}',
             '{VILLE_CLIENT}', '{unknown}']) WITH ORDINALITY AS u (code, n),
             LATERAL lookup_hetu(u.code) AS l"
    );
    let at_once = format!(
        "SELECT string_agg((l.client_id, l.open_elsewhere, l.team, l.region, l.coordinators,
             l.phone, l.phone_hours)::text, ';' ORDER BY l.k)
         FROM lookup_hetus(ARRAY['{ANNA_CLIENT}', '{VILLE_CLIENT}', '{unknown}']) AS l"
    );
    let answer = |sql: &str| -> String {
        db.client("ville.testi")
            .query_one(sql, &[])
            .unwrap_or_else(|e| panic!("{sql}: {e}"))
            .get(0)
    };
    let (one, many) = (answer(&by_one), answer(&at_once));
    assert_eq!(one, many);
    assert!(one.contains(",t,pohjoinen-1,Pohjoinen,"), "{one}");
    assert_eq!(one.matches(';').count(), 1, "{one}");
    let logged = |newest: i64| {
        count(
            &db,
            "postgres",
            &format!(
                "SELECT count(DISTINCT (at, actor, command, action, client_id, case_id, os_user,
                     clock, text_hash)) FROM (SELECT * FROM access_log
                     WHERE id > (SELECT max(id) FROM access_log) - {newest}) AS t"
            ),
        )
    };
    assert_eq!(logged(6), 3, "the same three rows, twice");
    // The rows are chained like every other, whichever function wrote them: the auditor walks the whole log, intact.
    let total = count(&db, "postgres", "SELECT count(*) FROM access_log");
    let verified = access_log_verified(&db.as_login("dpo.testi"));
    assert_eq!(verified["rows"].as_i64(), Some(total), "{verified}");
    assert!(verified["problem"].is_null(), "{verified}");
    // The function takes whole identity codes only, and is not the auditor's.
    assert!(db
        .client("ville.testi")
        .query("SELECT * FROM lookup_hetus(ARRAY['150385'])", &[])
        .is_err());
    assert!(db
        .client("dpo.testi")
        .query(
            &format!("SELECT * FROM lookup_hetus(ARRAY['{ANNA_CLIENT}'])"),
            &[]
        )
        .is_err());
}

#[test]
fn refer_finds_another_teams_open_case_through_the_same_look_up() {
    let Some(admin) = server() else { return };
    let (db, _, ville, out) = with_her_case(&admin);
    let northern = case_of(&out);
    let cases = "SELECT count(*) FROM cases";
    // The southern team cannot open a second case for her unknowingly: refused, naming whom.
    let (code, _, err) = refer(&ville, "Aino Pohjola", ANNA_CLIENT, &[]);
    assert_eq!(code, 4, "{err}");
    assert!(err.contains("pohjoinen-1"), "{err}");
    assert_eq!(count(&db, "postgres", cases), 1, "nothing written");
    // Agreed: a second case, the register's one client.
    let (code, out, err) = refer(&ville, "Aino Pohjola", ANNA_CLIENT, &["--another-case"]);
    assert_eq!(code, 0, "{err}");
    let southern = case_of(&out);
    assert_eq!(count(&db, "postgres", cases), 2);
    assert_eq!(count(&db, "postgres", "SELECT count(*) FROM clients"), 1);
    // He sees his case and the client, not the northern case.
    let (code, _, _) = moty(&ville, &["show", &northern]);
    assert_eq!(code, 3);
    assert!(ok(&ville, &["show", &southern]).contains("Aino Pohjola"));
    // A login the owner placed in no team opens nothing.
    // (Logins are the cluster's: an earlier run on the same server may have made it already.)
    let unplaced = db.as_login("kalle.testi");
    db.client("postgres")
        .batch_execute(
            "DO $$ BEGIN CREATE ROLE \"kalle.testi\" LOGIN;
             EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
             GRANT moty_coordinator TO \"kalle.testi\"",
        )
        .expect("a login placed in no team");
    let (code, _, err) = refer(&unplaced, "Kaisa Tiimitön", VILLE_CLIENT, &[]);
    assert_eq!(code, 4, "{err}");
    assert!(err.contains("--team"), "{err}");
    assert_eq!(count(&db, "postgres", cases), 2);
}

#[test]
fn a_coordinators_audit_verify_checks_what_the_team_sees_and_the_auditor_all() {
    let Some(admin) = server() else { return };
    let db = two_teams(&admin);
    let (anna, ville, dpo) = (
        db.as_login("anna.testi"),
        db.as_login("ville.testi"),
        db.as_login("dpo.testi"),
    );
    // Interleaved work of both teams: each team's rows sit between the other's.
    for (url, name, hetu) in [
        (&anna, "Aino Pohjola", ANNA_CLIENT),
        (&ville, "Veikko Etelä", VILLE_CLIENT),
    ] {
        let (code, _, err) = refer(url, name, hetu, &[]);
        assert_eq!(code, 0, "{err}");
        ok(url, &["list"]);
    }
    let total = count(&db, "postgres", "SELECT count(*) FROM access_log");
    let hers = count(&db, "anna.testi", "SELECT count(*) FROM access_log");
    assert!(hers < total, "she sees some rows only");
    let access = access_log_verified(&anna);
    assert_eq!(access["rows"], hers);
    assert_eq!(access["of"], total);
    assert!(access["problem"].is_null(), "{access}");
    let text = ok(&anna, &["audit", "verify"]);
    assert!(
        text.contains("moty_auditor"),
        "says it checked part: {text}"
    );
    // The auditor walks every row.
    let total = count(&db, "postgres", "SELECT count(*) FROM access_log");
    let access = access_log_verified(&dpo);
    assert_eq!(access["rows"].as_i64(), Some(total));
    assert!(access.get("of").is_none(), "{access}");

    // A superuser rewrites one of the southern team's rows past moty: the auditor's walk finds it.
    db.client("postgres")
        .batch_execute(
            "ALTER TABLE access_log DISABLE TRIGGER USER;
             UPDATE access_log SET command = 'forged' WHERE actor = 'ville.testi' AND id =
                 (SELECT min(id) FROM access_log WHERE actor = 'ville.testi');
             ALTER TABLE access_log ENABLE TRIGGER USER;",
        )
        .expect("rewrite");
    let (code, out, _) = moty(&dpo, &["audit", "verify"]);
    assert_ne!(code, 0, "{out}");
}
