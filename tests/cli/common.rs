//! The test environment: a temporary register, a cleared environment and a fixed clock, so each
//! test reads like a session at the terminal and its output is deterministic.

use std::ffi::OsStr;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use rusqlite::{Connection, OpenFlags};

mod engine;
pub use engine::{dump, engine, server_url, Cell, Engine, PgDatabase};

pub const NOW: &str = "2026-11-23 10:00";
pub const USER: &str = "coordinator-a";

pub struct TestEnv {
    pub dir: tempfile::TempDir,
    /// The register's file (SQLite; on PostgreSQL the register is `pg` and no file is made).
    pub db: PathBuf,
    /// The register is encrypted with TEST_KEY (the encrypted build; not a fixture's copy).
    pub keyed: bool,
    /// The test's own database when the suite runs on PostgreSQL (MOTY_TEST_PG).
    pub pg: Option<PgDatabase>,
}

/// What one run of the binary did.
#[derive(Debug)]
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.stdout))
    }
}

/// The key of every register a test makes in the encrypted build (the encrypted build refuses to
/// create an unencrypted register).
#[cfg(feature = "encrypted")]
pub const TEST_KEY: &str = "test key: correct horse battery staple";

/// Opens a register the way the tests read and tamper with it: with the test key when the file
/// is encrypted (the encrypted build), as it is otherwise.
pub fn open_with_flags(path: &Path, flags: OpenFlags) -> rusqlite::Result<Connection> {
    let conn = Connection::open_with_flags(path, flags)?;
    #[cfg(feature = "encrypted")]
    {
        let mut header = [0u8; 16];
        let encrypted = std::fs::File::open(path)
            .and_then(|mut f| std::io::Read::read_exact(&mut f, &mut header))
            .is_ok_and(|()| &header != b"SQLite format 3\0");
        if encrypted {
            conn.pragma_update(None, "key", TEST_KEY)?;
        }
    }
    Ok(conn)
}

/// The environment that gives a command spawned by hand the test key (the encrypted build; none
/// otherwise, where a key is refused).
pub fn key_vars() -> Vec<(&'static str, &'static str)> {
    #[cfg(feature = "encrypted")]
    return vec![("MOTY_DB_KEY", TEST_KEY)];
    #[cfg(not(feature = "encrypted"))]
    Vec::new()
}

pub fn open(path: &Path) -> rusqlite::Result<Connection> {
    open_with_flags(path, OpenFlags::default())
}

/// The binary the tests run: moty itself, or on PostgreSQL moty behind the wrapper that signs the
/// test's actor in and sets the server's test clock (common/pg-moty.sh).
pub fn binary() -> &'static str {
    match engine() {
        Engine::Sqlite => moty_binary(),
        Engine::Postgres(_) => pg_wrapper(),
    }
}

/// moty itself.
pub fn moty_binary() -> &'static str {
    env!("CARGO_BIN_EXE_moty")
}

/// The wrapper with the binary's path in it, written once under a name its content decides (so
/// runs share it and none leaves another behind), complete under a temporary name first.
fn pg_wrapper() -> &'static str {
    static WRAPPER: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    WRAPPER.get_or_init(|| {
        use std::hash::{Hash, Hasher};
        let script = include_str!("common/pg-moty.sh").replace("@MOTY@", moty_binary());
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        script.hash(&mut hasher);
        let path = std::env::temp_dir().join(format!("moty-pg-{:016x}.sh", hasher.finish()));
        let temporary = path.with_extension(format!("{}.tmp", std::process::id()));
        std::fs::write(&temporary, script).expect("write the PostgreSQL wrapper");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&temporary, std::fs::Permissions::from_mode(0o755))
                .expect("make the wrapper executable");
        }
        std::fs::rename(&temporary, &path).expect("put the wrapper in place");
        path.to_string_lossy().into_owned()
    })
}

impl TestEnv {
    /// A new, empty register on the engine under test (common::engine): a file in a temporary
    /// folder, or a fresh database on the throw-away PostgreSQL of MOTY_TEST_PG.
    pub fn new() -> TestEnv {
        let dir = tempfile::tempdir().expect("temp dir");
        let db = dir.path().join("register.sqlite3");
        let pg = match engine() {
            Engine::Sqlite => None,
            Engine::Postgres(admin) => Some(PgDatabase::create(&admin)),
        };
        TestEnv {
            dir,
            db,
            keyed: cfg!(feature = "encrypted") && pg.is_none(),
            pg,
        }
    }

    /// A copy of the register `tests/fixtures/NAME`, under the same name and private to the
    /// owner, as moty keeps a register. Always a SQLite file, on either engine: a test using a
    /// fixture is about the file (tests/cli/sqlite_only.txt).
    pub fn from_fixture(name: &str) -> TestEnv {
        let dir = tempfile::tempdir().expect("temp dir");
        let db = dir.path().join(name);
        std::fs::copy(fixture(name), &db).expect("copy the fixture");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&db, std::fs::Permissions::from_mode(0o600))
                .expect("make the copy private");
        }
        // A fixture is an unencrypted register: read without a key, even by the encrypted build.
        TestEnv {
            dir,
            db,
            keyed: false,
            pg: None,
        }
    }

    /// The binary with a cleared environment: only the register, the user and the clock.
    pub fn command(&self) -> Command {
        let mut command = Command::new(binary());
        command
            .env_clear()
            .env("MOTY_DB", self.register())
            .env("MOTY_USER", USER)
            .env("MOTY_NOW", NOW)
            .env("MOTY_STATE_DIR", self.dir.path().join("state"))
            // Never the developer's own configuration file.
            .env("MOTY_CONFIG", self.dir.path().join("config.toml"))
            // Nor their language: the environment is cleared (no MOTY_LANG, LC_ALL, LC_MESSAGES),
            // and the locale says nothing, so moty speaks English unless a test says otherwise.
            .env("LANG", "C")
            .current_dir(self.dir.path())
            .stdin(Stdio::null());
        #[cfg(feature = "encrypted")]
        if self.keyed {
            command.env("MOTY_DB_KEY", TEST_KEY);
        }
        command
    }

    pub fn run_with<S: AsRef<OsStr>>(&self, args: &[S], stdin: Option<&[u8]>) -> Run {
        let mut command = self.command();
        command.args(args);
        let output = match stdin {
            None => command.output().expect("run moty"),
            Some(input) => {
                command
                    .stdin(Stdio::piped())
                    .stdout(Stdio::piped())
                    .stderr(Stdio::piped());
                let mut child = command.spawn().expect("spawn moty");
                let mut pipe = child.stdin.take().expect("stdin");
                // The command may refuse before reading everything; a closed pipe is fine.
                let _ = pipe.write_all(input);
                drop(pipe);
                child.wait_with_output().expect("wait for moty")
            }
        };
        into_run(output)
    }

    pub fn run<S: AsRef<OsStr>>(&self, args: &[S]) -> Run {
        self.run_with(args, None)
    }

    /// Runs a command with the clock at `now` (Helsinki time, "YYYY-MM-DD HH:MM").
    pub fn run_at<S: AsRef<OsStr>>(&self, now: &str, args: &[S]) -> Run {
        let output = self
            .command()
            .env("MOTY_NOW", now)
            .args(args)
            .output()
            .expect("run moty");
        into_run(output)
    }

    /// Like `run_at`, for a command that must succeed.
    pub fn ok_at<S: AsRef<OsStr>>(&self, now: &str, args: &[S]) -> String {
        let run = self.run_at(now, args);
        assert_eq!(run.code, 0, "at {now}: expected success, got {run:?}");
        run.stdout
    }

    /// Runs a command that must be refused: the exit code, a message saying `says`, and the
    /// register's content exactly as before.
    pub fn refused_at(&self, now: &str, args: &[&str], code: i32, says: &str) {
        let before = self.dump();
        let run = self.run_at(now, args);
        assert_eq!(run.code, code, "{args:?}: {run:?}");
        assert!(run.stderr.contains(says), "{args:?}: {}", run.stderr);
        assert_eq!(self.dump(), before, "{args:?} changed the register");
    }

    /// Runs a command that must be refused after showing the user something of a client (so the
    /// refusal is a view): the exit code, a message saying `says`, one access-log row committed
    /// despite the refusal, and nothing else written.
    pub fn refused_and_logged(&self, now: &str, args: &[&str], code: i32, says: &str) {
        let before = self.dump();
        let logged = self.count("SELECT count(*) FROM access_log");
        let run = self.run_at(now, args);
        assert_eq!(run.code, code, "{args:?}: {run:?}");
        assert!(run.stderr.contains(says), "{args:?}: {}", run.stderr);
        assert_eq!(
            self.count("SELECT count(*) FROM access_log"),
            logged + 1,
            "{args:?}: one access-log row for the refusal"
        );
        assert_eq!(
            without_access_log(&self.dump()),
            without_access_log(&before),
            "{args:?} wrote more than its access-log row"
        );
    }

    /// The binary on a pseudo-terminal, as a coordinator at a terminal runs it.
    /// The binary on a pseudo-terminal with no key given (the encrypted build then asks for it).
    #[cfg(feature = "encrypted")]
    pub fn pty_without_key(&self, now: &str, args: &[&str]) -> rexpect::session::PtySession {
        let mut command = Command::new(binary());
        command
            .env_clear()
            .env("MOTY_DB", self.register())
            .env("MOTY_USER", USER)
            .env("MOTY_NOW", now)
            .env("MOTY_STATE_DIR", self.dir.path().join("state"))
            .env("MOTY_CONFIG", self.dir.path().join("config.toml"))
            .env("TERM", "xterm")
            .env("LANG", "C")
            .args(args);
        rexpect::session::spawn_command(command, Some(30_000)).expect("spawn on a pty")
    }

    pub fn pty(&self, now: &str, args: &[&str]) -> rexpect::session::PtySession {
        self.pty_with(now, args, &[])
    }

    /// `pty` with more environment variables (`LINES`, the terminal's height).
    pub fn pty_with(
        &self,
        now: &str,
        args: &[&str],
        vars: &[(&str, &str)],
    ) -> rexpect::session::PtySession {
        let mut command = Command::new(binary());
        command
            .env_clear()
            .env("MOTY_DB", self.register())
            .env("MOTY_USER", USER)
            .env("MOTY_NOW", now)
            .env("MOTY_STATE_DIR", self.dir.path().join("state"))
            .env("MOTY_CONFIG", self.dir.path().join("config.toml"))
            .env("TERM", "xterm")
            .env("LANG", "C")
            .envs(vars.iter().copied())
            .args(args);
        #[cfg(feature = "encrypted")]
        if self.keyed {
            command.env("MOTY_DB_KEY", TEST_KEY);
        }
        rexpect::session::spawn_command(command, Some(30_000)).expect("spawn on a pty")
    }

    /// Runs a command that must succeed and returns its standard output.
    pub fn ok<S: AsRef<OsStr>>(&self, args: &[S]) -> String {
        let run = self.run(args);
        assert_eq!(run.code, 0, "expected success, got {run:?}");
        run.stdout
    }

    /// Records the client's written contact request (yhteydenottopyyntö), which triage onto the
    /// Moty track needs beside the written multi-professional consent (seed 000).
    pub fn contact_request(&self, case: &str) {
        self.ok(&[
            "consent",
            "give",
            case,
            "--kind",
            "contact-request",
            "--method",
            "written",
        ]);
    }

    /// The same at `now` (MOTY_NOW), given that day.
    pub fn contact_request_at(&self, now: &str, case: &str) {
        self.ok_at(
            now,
            &[
                "consent",
                "give",
                case,
                "--kind",
                "contact-request",
                "--method",
                "written",
            ],
        );
    }

    /// Registers a referral with every required field; `extra` adds flags or overrides them.
    pub fn refer(&self, name: &str, extra: &[&str]) -> String {
        let run = self.try_refer(name, extra);
        assert_eq!(run.code, 0, "refer failed: {run:?}");
        run.json()["case"].as_str().expect("case id").to_string()
    }

    /// `refer`'s command (`--json`), its outcome whatever it is.
    pub fn try_refer(&self, name: &str, extra: &[&str]) -> Run {
        let defaults = [
            ("--name", name),
            ("--group", "working-age"),
            ("--source", "primary-care"),
            ("--channel", "yht405"),
            ("--reason", "several overlapping needs"),
        ];
        let mut args = vec!["--json", "refer"];
        for (flag, value) in defaults {
            if !extra.contains(&flag) {
                args.extend([flag, value]);
            }
        }
        args.extend_from_slice(extra);
        self.run(&args)
    }

    /// The register's SQLite file, read-only: for the tests about the file itself, which are
    /// listed in tests/cli/sqlite_only.txt. Everything else reads through `count`, `one`,
    /// `query`, `rows` (common::engine), which work on both engines.
    pub fn connection(&self) -> Connection {
        assert!(
            self.pg.is_none(),
            "a SQLite-only test ran on PostgreSQL: list it in tests/cli/sqlite_only.txt"
        );
        open_with_flags(&self.db, OpenFlags::SQLITE_OPEN_READ_ONLY)
            .expect("open the register read-only")
    }
}

/// A file committed under tests/fixtures.
pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

pub fn into_run(output: Output) -> Run {
    Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

/// A dump without the access log and its texts: what a view may not change.
pub fn without_access_log(dump: &str) -> String {
    let mut keep = true;
    dump.lines()
        .filter(|line| {
            if let Some(table) = line.strip_prefix("# ") {
                keep = table != "access_log" && table != "log_texts";
            }
            keep
        })
        .collect::<Vec<_>>()
        .join("\n")
}
