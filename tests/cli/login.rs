//! Signing in to a register on a server (issue #16, item 9): `moty login` keeps a person's
//! password in the operating system's credential store, `Conn::connect` uses it when the URL
//! carries none, `moty logout` forgets it, and `doctor` warns of a password written in the URL.
//!
//! The server's tests need the throw-away server of `.ci/pg` (MOTY_TEST_PG): skipped without it
//! locally, a failure without it in CI (CI=true). That server trusts every local login, so the
//! tests' password logins (members of the group `moty_pw_test`) get a scram-sha-256 line of
//! their own at the top of its pg_hba.conf (written once, through the superuser's COPY).
//!
//! The binary runs with a cleared environment: on Linux no session bus, so the credential store
//! is the kernel's keyutils user keyring. Where that is not allowed either (a container whose
//! seccomp profile blocks keyctl), the round trip through the store is skipped, saying so (with
//! CI=true only when MOTY_TEST_NO_CREDENTIAL_STORE=1 says it is expected).

use std::io::Write;
use std::process::{Command, Stdio};
use std::sync::Mutex;

use crate::common::{moty_binary, PgDatabase};
use crate::server::server;

/// moty run with `db` as its register (and `config` as its configuration file), `stdin` on its
/// standard input, nothing else from the environment.
fn moty_with(
    db: Option<&str>,
    config: Option<&std::path::Path>,
    stdin: &str,
    args: &[&str],
) -> (i32, String, String) {
    let state = std::env::temp_dir().join("moty-login-tests");
    let mut command = Command::new(moty_binary());
    command
        .env_clear()
        .env("LANG", "C")
        .env("MOTY_STATE_DIR", &state)
        .env(
            "MOTY_CONFIG",
            config.map_or_else(|| state.join("none.toml"), |c| c.to_path_buf()),
        )
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    if let Some(db) = db {
        command.env("MOTY_DB", db);
    }
    let mut child = command.spawn().expect("run moty");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin.as_bytes())
        .expect("write stdin");
    let output = child.wait_with_output().expect("moty's output");
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

fn moty(db: &str, stdin: &str, args: &[&str]) -> (i32, String, String) {
    moty_with(Some(db), None, stdin, args)
}

fn validate(doc: &serde_json::Value) {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/schemas/login.json");
    let schema: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).expect("the schema")).expect("json");
    let validator = jsonschema::validator_for(&schema).expect("a valid schema");
    let errors: Vec<String> = validator.iter_errors(doc).map(|e| e.to_string()).collect();
    assert!(errors.is_empty(), "{doc}: {errors:?}");
}

/// No credential store works here: the round trip through it is skipped, saying so; with
/// CI=true only when MOTY_TEST_NO_CREDENTIAL_STORE=1 says that is expected (a container whose
/// seccomp profile blocks keyctl), so a store that broke never passes silently.
fn no_store(stderr: &str) {
    assert!(
        std::env::var("CI").as_deref() != Ok("true")
            || std::env::var("MOTY_TEST_NO_CREDENTIAL_STORE").as_deref() == Ok("1"),
        "CI=true and no credential store ({stderr}); set MOTY_TEST_NO_CREDENTIAL_STORE=1 where none can work"
    );
    eprintln!("no credential store here ({stderr}): the round trip through it is skipped");
}

static HBA: Mutex<bool> = Mutex::new(false);

/// A login with a password on `db`'s server, which asks it for the password (scram-sha-256),
/// in moty's coordinators' group.
fn password_login(db: &PgDatabase, admin: &str, password: &str) -> String {
    static LOGINS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = LOGINS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let login = format!("moty_pw_{}_{n}_{}", std::process::id(), rand_suffix());
    let mut client = postgres::Client::connect(admin, postgres::NoTls).expect("the server");
    {
        let mut done = HBA.lock().unwrap_or_else(|e| e.into_inner());
        if !*done {
            client
                .batch_execute(
                    "DO $$ BEGIN CREATE ROLE moty_pw_test NOLOGIN;
                     EXCEPTION WHEN duplicate_object THEN NULL; END $$;
                     DO $$
                     DECLARE
                         hba text := current_setting('hba_file');
                         body text := pg_read_file(current_setting('hba_file'));
                         line text := 'local all +moty_pw_test scram-sha-256';
                     BEGIN
                         IF position(line IN body) = 0 THEN
                             EXECUTE format('COPY (SELECT l FROM unnest(%L::text[]) WITH ORDINALITY AS t(l, n) ORDER BY n) TO %L',
                                 array_prepend(line, string_to_array(body, E'\\n')), hba);
                             PERFORM pg_reload_conf();
                         END IF;
                     END $$;",
                )
                .expect("the scram line in pg_hba.conf");
            *done = true;
        }
    }
    client
        .batch_execute(&format!(
            "CREATE ROLE {login} LOGIN PASSWORD '{password}' IN ROLE moty_pw_test, moty_coordinator"
        ))
        .expect("the password login");
    // The reload is the postmaster's: wait until the server asks this login for its password.
    let url = db.as_login(&login);
    for _ in 0..50 {
        if postgres::Client::connect(&url, postgres::NoTls).is_err() {
            return login;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    panic!("the server never asked {login} for a password (pg_hba.conf)");
}

fn rand_suffix() -> usize {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos() as usize)
}

#[test]
fn login_and_logout_refuse_a_register_file_and_a_password_in_the_url() {
    let dir = tempfile::tempdir().expect("a folder");
    let file = dir.path().join("register.sqlite3");
    let file = file.to_str().expect("utf-8");
    for command in ["login", "logout"] {
        let (code, _, stderr) = moty(file, "secret\n", &[command]);
        assert_eq!(code, 2, "{command}: {stderr}");
        assert!(
            stderr.contains("--db") && stderr.contains("postgresql://"),
            "{stderr}"
        );
    }
    assert!(!std::path::Path::new(file).exists(), "no register made");
    // A password in the URL: it would sit in the environment or a file; login names the way out.
    let (code, _, stderr) = moty(
        "postgresql://anna:secret@db.example.fi/moty",
        "secret\n",
        &["login"],
    );
    assert_eq!(code, 2, "{stderr}");
    assert!(
        stderr.contains("--db") && stderr.contains("password"),
        "{stderr}"
    );
    // A URL without a login.
    let (code, _, stderr) = moty("postgresql://db.example.fi/moty", "secret\n", &["login"]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("names no login"), "{stderr}");
}

#[test]
fn an_unusable_certificate_in_the_configuration_is_bad_input_naming_the_file() {
    let dir = tempfile::tempdir().expect("a folder");
    let config = dir.path().join("config.toml");
    let missing = dir.path().join("anna.pem");
    std::fs::write(
        &config,
        format!(
            "[server]\nurl = \"postgresql://anna@db.example.fi/moty\"\ncertificate = \"{}\"\n",
            missing.display()
        ),
    )
    .expect("write the configuration");
    let (code, _, stderr) = moty_with(None, Some(&config), "", &["list"]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("anna.pem"), "{stderr}");
    // Not a certificate at all.
    std::fs::write(&missing, "not a certificate").expect("write");
    let (code, _, stderr) = moty_with(None, Some(&config), "", &["list"]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("anna.pem"), "{stderr}");
    // A file register and a server both named: which one is meant is not guessed.
    std::fs::write(
        &config,
        "db = \"/tmp/x.sqlite3\"\n[server]\nurl = \"postgresql://anna@db.example.fi/moty\"\n",
    )
    .expect("write");
    let (code, _, stderr) = moty_with(None, Some(&config), "", &["list"]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("server.url"), "{stderr}");
}

#[test]
fn the_configurations_server_url_opens_the_register_on_the_server() {
    let Some(admin) = server() else { return };
    let db = PgDatabase::create(&admin);
    let dir = tempfile::tempdir().expect("a folder");
    let config = dir.path().join("config.toml");
    std::fs::write(&config, format!("[server]\nurl = \"{}\"\n", db.url)).expect("write");
    let (code, stdout, stderr) = moty_with(None, Some(&config), "", &["--json", "doctor"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.contains("\"server\""), "{stdout}");
}

#[test]
fn doctor_warns_of_a_password_written_in_the_url() {
    let Some(admin) = server() else { return };
    let db = PgDatabase::create(&admin);
    // The throw-away server trusts the superuser: any password in the URL signs in.
    let with_password = db.url.replacen("postgres@", "postgres:Salasana1@", 1);
    assert_ne!(with_password, db.url);
    let check = |url: &str| -> String {
        let (code, stdout, stderr) = moty(url, "", &["--json", "doctor"]);
        assert_eq!(code, 0, "{stderr}");
        let doc: serde_json::Value = serde_json::from_str(&stdout).expect("json");
        let checks = doc["checks"].as_array().expect("checks");
        let line = checks
            .iter()
            .find(|c| c["check"] == "password")
            .unwrap_or_else(|| panic!("a password line: {stdout}"));
        assert!(!line.to_string().contains("Salasana1"), "{line}");
        line["status"].as_str().expect("status").to_string()
    };
    assert_eq!(check(&with_password), "warn");
    assert_eq!(check(&db.url), "ok");
    let (_, stdout, _) = moty(&with_password, "", &["doctor"]);
    assert!(
        stdout.contains("plain text") && stdout.contains("moty login"),
        "{stdout}"
    );
}

#[test]
fn a_wrong_password_is_refused_and_nothing_is_kept() {
    let Some(admin) = server() else { return };
    let db = PgDatabase::create(&admin);
    let login = password_login(&db, &admin, "Oikea-salasana-7");
    let url = db.as_login(&login);
    let (code, stdout, stderr) = moty(&url, "Väärä-salasana\n", &["login"]);
    assert_eq!(code, 4, "{stdout}{stderr}");
    assert!(stderr.contains("did not accept the password"), "{stderr}");
    assert!(stderr.contains("nothing was stored"), "{stderr}");
    // Nothing kept: a command still cannot sign in, and logout finds nothing to remove.
    let (code, _, stderr) = moty(&url, "", &["list"]);
    assert_ne!(code, 0, "{stderr}");
    let (code, stdout, stderr) = moty(&url, "", &["--json", "logout"]);
    if stderr.contains("credential store cannot") {
        no_store(&stderr);
        return;
    }
    assert_eq!(code, 0, "{stderr}");
    let doc: serde_json::Value = serde_json::from_str(&stdout).expect("json");
    validate(&doc);
    assert_eq!(doc["removed"], false, "{doc}");
    // An empty password is not sent at all.
    let (code, _, stderr) = moty(&url, "\n", &["login"]);
    assert_eq!(code, 2, "{stderr}");
}

#[test]
fn login_keeps_the_password_in_the_credential_store_and_commands_sign_in_with_it() {
    let Some(admin) = server() else { return };
    let db = PgDatabase::create(&admin);
    let password = "Kirjautuminen-2026";
    let login = password_login(&db, &admin, password);
    let url = db.as_login(&login);
    // Without it the server refuses the command.
    let (code, _, stderr) = moty(&url, "", &["list"]);
    assert_ne!(code, 0, "{stderr}");
    assert!(
        stderr.contains("asks for the password") && stderr.contains("run moty login"),
        "{stderr}"
    );

    let (code, stdout, stderr) = moty(&url, &format!("{password}\n"), &["--json", "login"]);
    if code == 1 && stderr.contains("credential store cannot") {
        no_store(&stderr);
        return;
    }
    assert_eq!(code, 0, "{stderr}");
    assert!(!stdout.contains(password) && !stderr.contains(password));
    let doc: serde_json::Value = serde_json::from_str(&stdout).expect("json");
    validate(&doc);
    assert_eq!(doc["action"], "login", "{doc}");
    let account = doc["account"].as_str().expect("account").to_string();
    assert!(account.starts_with(&format!("{login}@")), "{account}");
    assert!(account.ends_with(&format!("/{}", db.name)), "{account}");

    // The URL alone now signs in: the command runs as the login, and doctor sees no password.
    let (code, _, stderr) = moty(&url, "", &["list"]);
    assert_eq!(code, 0, "{stderr}");
    let (code, stdout, stderr) = moty(&url, "", &["doctor"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stdout.contains("no password in the register's URL"),
        "{stdout}"
    );

    // A second login replaces the password; logout removes it, and the URL alone fails again.
    let (code, stdout, stderr) = moty(&url, &format!("{password}\n"), &["login"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stdout.contains("Signed in") && stdout.contains(&account),
        "{stdout}"
    );
    let (code, stdout, stderr) = moty(&url, "", &["--json", "logout"]);
    assert_eq!(code, 0, "{stderr}");
    let doc: serde_json::Value = serde_json::from_str(&stdout).expect("json");
    validate(&doc);
    assert_eq!(doc["removed"], true, "{doc}");
    let (code, _, stderr) = moty(&url, "", &["list"]);
    assert_ne!(code, 0, "{stderr}");
    let (code, stdout, _) = moty(&url, "", &["logout"]);
    assert_eq!(code, 0);
    assert!(stdout.contains("No password was kept"), "{stdout}");
}

/// Stops the TLS server of `tls-pg.sh` with the test.
struct TlsServer(std::path::PathBuf);

impl Drop for TlsServer {
    fn drop(&mut self) {
        let pg_ctl = "/usr/lib/postgresql/15/bin/pg_ctl";
        let data = self.0.join("data");
        let data = data.to_str().unwrap_or_default();
        let args = ["-D", data, "-m", "immediate", "stop"];
        let mut command = if running_as_root() {
            let mut c = Command::new("runuser");
            c.args(["-u", "postgres", "--", pg_ctl]);
            c
        } else {
            Command::new(pg_ctl)
        };
        let _ = command.args(args).output();
    }
}

fn running_as_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
}

#[test]
fn a_client_certificate_from_the_configuration_signs_in_over_tls() {
    // The throw-away server's presence says PostgreSQL is installed; this test starts its own,
    // with TLS on a TCP port (the suite's server has a Unix socket only, where TLS is not used).
    let Some(_) = server() else { return };
    if Command::new("openssl").arg("version").output().is_err() {
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "CI=true but no openssl to make the test's certificates"
        );
        eprintln!("no openssl: the client certificate test is skipped");
        return;
    }
    let dir = tempfile::tempdir().expect("a folder");
    let script =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cli/common/tls-pg.sh");
    let started = Command::new("bash")
        .arg(&script)
        .arg(dir.path())
        .arg(moty_binary())
        .output()
        .expect("run tls-pg.sh");
    let _server = TlsServer(dir.path().to_path_buf());
    assert!(
        started.status.success(),
        "tls-pg.sh: {}",
        String::from_utf8_lossy(&started.stderr)
    );
    let port = String::from_utf8_lossy(&started.stdout).trim().to_string();
    let folder = dir.path().display().to_string();
    let url = format!("postgresql://certuser@localhost:{port}/reg?sslmode=require");
    let config = |name: &str, lines: &str| {
        let path = dir.path().join(name);
        std::fs::write(&path, format!("[server]\nurl = \"{url}\"\n{lines}")).expect("write");
        path
    };
    // Without the area's CA the server's certificate is not trusted.
    let (code, _, stderr) = moty_with(None, Some(&config("bare.toml", "")), "", &["list"]);
    assert_ne!(code, 0, "{stderr}");
    assert!(stderr.contains("TLS"), "{stderr}");
    // With the CA but no certificate the server refuses the login.
    let ca = format!("ca = \"{folder}/ca.pem\"\n");
    let (code, _, stderr) = moty_with(None, Some(&config("ca.toml", &ca)), "", &["list"]);
    assert_ne!(code, 0, "{stderr}");
    assert!(stderr.contains("certificate"), "{stderr}");
    // The certificate as PEM (certificate and key in one file) or as PKCS#12: signed in.
    for file in ["client.pem", "client.p12"] {
        let lines = format!("{ca}certificate = \"{folder}/{file}\"\n");
        let path = config(&format!("{file}.toml"), &lines);
        let (code, stdout, stderr) = moty_with(None, Some(&path), "", &["list"]);
        assert_eq!(code, 0, "{file}: {stderr}");
        assert!(stdout.contains("No cases"), "{file}: {stdout}");
        let (code, stdout, stderr) = moty_with(None, Some(&path), "", &["doctor"]);
        assert_eq!(code, 0, "{file}: {stderr}");
        assert!(
            stdout.contains("no password in the register's URL"),
            "{stdout}"
        );
    }
}
