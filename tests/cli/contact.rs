//! The coordinators' contact card (seed 000; issue #13, item 13): kept as settings, the team's and
//! each regional pair's, and printed for the referring units by `moty contact`.

use crate::common::TestEnv;

fn json(env: &TestEnv, args: &[&str]) -> serde_json::Value {
    let mut all = vec!["--json"];
    all.extend_from_slice(args);
    let run = env.run(&all);
    assert_eq!(run.code, 0, "{args:?}: {run:?}");
    run.json()
}

#[test]
fn the_card_tells_the_referring_units_how_to_reach_the_coordinators() {
    let env = TestEnv::new();
    let kept = json(
        &env,
        &[
            "settings",
            "contact",
            "--phone",
            "040 555 0100",
            "--phone-hours",
            "Mon-Fri 9:00-10:00",
            "--office-hours",
            "mon-fri 09:00-15:00",
            "--teams",
            "moty.coordinators@example.fi",
            "--email",
            "monialainen@example.fi",
            "--coordination-book",
            "yht405",
        ],
    );
    assert_eq!(kept["exists"], true);
    assert_eq!(
        kept["card"]["phone_hours"], "mon-fri 09:00-10:00",
        "one form"
    );
    json(
        &env,
        &[
            "settings",
            "contact",
            "--region",
            "south",
            "--coordinators",
            "Liisa Esimerkki, social counsellor; Maija Malli, nurse",
            "--phone",
            "040 555 0101",
        ],
    );
    json(
        &env,
        &[
            "settings",
            "contact",
            "--region",
            "north",
            "--coordinators",
            "Niina Näyte, social counsellor; Mirva Malli, nurse",
            "--phone",
            "040 555 0102",
        ],
    );
    assert_eq!(env.count("SELECT count(*) FROM contact_cards"), 3);
    assert_eq!(
        env.count(
            "SELECT count(*) FROM contact_cards WHERE region = '' AND changed_by = 'coordinator-a'"
        ),
        1
    );

    let card = env.ok(&["contact"]);
    for expected in [
        "How to reach the Moty coordinators\n",
        "  Primary care: put the client in the LC coordination book yht405",
        "  Emergency department and social services: secure e-mail monialainen@example.fi",
        "  Ask the client first for written consent and a contact request.",
        "  Teams: moty.coordinators@example.fi (when shown as available)",
        "  Phone: 040 555 0100, Mon–Fri 09:00–10:00",
        "Office hours: Mon–Fri 09:00–15:00",
        "  north: Niina Näyte, social counsellor; Mirva Malli, nurse, 040 555 0102",
        "  south: Liisa Esimerkki, social counsellor; Maija Malli, nurse, 040 555 0101",
    ] {
        assert!(card.contains(expected), "{expected:?}:\n{card}");
    }
    for line in card.lines() {
        assert!(line.chars().count() <= 80, "{line:?}");
    }
    // A region's card: its own phone and pair over the team's channels.
    let north = env.ok(&["contact", "--region", "North"]);
    assert!(
        north.contains("region north")
            && north.contains("Phone: 040 555 0102, Mon–Fri 09:00–10:00")
            && north.contains("Coordinators: Niina Näyte")
            && north.contains("yht405"),
        "{north}"
    );
    let doc = json(&env, &["contact", "--region", "south"]);
    assert_eq!(doc["card"]["region"], "south");
    assert_eq!(doc["card"]["phone"], "040 555 0101");
    assert_eq!(doc["card"]["email"], "monialainen@example.fi");
    let channels: Vec<(&str, &str)> = doc["card"]["channels"]
        .as_array()
        .expect("channels")
        .iter()
        .map(|w| {
            (
                w["channel"].as_str().unwrap_or_default(),
                w["address"].as_str().unwrap_or_default(),
            )
        })
        .collect();
    assert_eq!(
        channels,
        [
            ("yht405", "yht405"),
            ("secure-email", "monialainen@example.fi"),
            ("teams", "moty.coordinators@example.fi"),
            ("phone", "040 555 0101"),
        ]
    );
    assert_eq!(doc["regions"].as_array().map(Vec::len), Some(0));
    let all = json(&env, &["contact"]);
    assert_eq!(all["regions"].as_array().map(Vec::len), Some(2));
    // The card names no client and reads nobody's data: no access-log row.
    assert_eq!(env.count("SELECT count(*) FROM access_log"), 0);

    // A field emptied: the team's value stands in again.
    json(
        &env,
        &[
            "settings", "contact", "--region", "north", "--unset", "phone",
        ],
    );
    let north = json(&env, &["contact", "--region", "north"]);
    assert_eq!(north["card"]["phone"], "040 555 0100");
    let kept = env.ok(&["settings", "contact", "--region", "north"]);
    assert!(kept.contains("The contact card of region north"), "{kept}");
}

#[test]
fn without_settings_the_card_has_the_default_hours() {
    let env = TestEnv::new();
    env.refer("Rekisteri Alkaa", &[]);
    let card = env.ok(&["contact"]);
    assert!(
        card.contains("No contact details are set yet")
            && card.contains("Phone hour: Mon–Fri 09:00–10:00")
            && card.contains("Office hours: Mon–Fri 09:00–15:00"),
        "{card}"
    );
    let doc = json(&env, &["contact"]);
    assert_eq!(doc["card"]["phone_hours"], "mon-fri 09:00-10:00");
    assert_eq!(doc["card"]["channels"].as_array().map(Vec::len), Some(0));
    let kept = env.ok(&["settings", "contact"]);
    assert!(kept.contains("Mon–Fri 09:00–15:00 (the default)"), "{kept}");
}

#[test]
fn bad_contact_settings_are_refused_naming_the_field_and_nothing_is_written() {
    let env = TestEnv::new();
    env.refer("Rekisteri Olemassa", &[]);
    let now = crate::common::NOW;
    for (args, code, says) in [
        (vec!["--phone", "call us"], 2, "--phone"),
        (vec!["--phone-hours", "9-10"], 2, "--phone-hours"),
        (
            vec!["--phone-hours", "mon-fri 10:00-09:00"],
            2,
            "--phone-hours",
        ),
        (
            vec!["--office-hours", "maanantai 09:00-15:00"],
            2,
            "--office-hours",
        ),
        (vec!["--teams", "moty team"], 2, "--teams"),
        (vec!["--teams", "http://teams.example.fi/x"], 2, "--teams"),
        (vec!["--email", "monialainen"], 2, "--email"),
        (
            vec!["--coordination-book", "yht 405"],
            2,
            "--coordination-book",
        ),
        (vec!["--coordinators", ""], 2, "--coordinators"),
        (
            vec!["--region", "north;south", "--phone", "040 555 0100"],
            2,
            "--region",
        ),
        (
            vec!["--phone", "040 555 0100", "--unset", "phone"],
            2,
            "--unset",
        ),
        (vec!["--unset", "fax"], 2, "fax"),
    ] {
        let mut all = vec!["settings", "contact"];
        all.extend(args);
        env.refused_at(now, &all, code, says);
    }
    env.refused_at(
        now,
        &["contact", "--region", "east"],
        3,
        "no contact card for region \"east\"",
    );
    env.refused_at(now, &["contact", "--region", "ea$t"], 2, "--region");
}
