//! Files moty writes (`report weekly --out`, `report outcomes --html`, `schedule ics --out`,
//! `backup DEST` and its manifest): never the register, never through a link, never over an
//! existing file without --force, never half a file or a leftover temporary one, and always
//! exactly one disclosure-log row per file produced.

use std::path::{Path, PathBuf};

use crate::common::TestEnv;

/// The four commands that write a file, writing to `dest`, with `--force` if asked.
fn writers(dest: &Path, force: bool) -> Vec<Vec<String>> {
    let dest = dest.to_str().expect("utf-8 path").to_string();
    let mut all: Vec<Vec<&str>> = vec![
        vec![
            "report",
            "weekly",
            "--to-whom",
            "team",
            "--format",
            "md",
            "--out",
        ],
        vec!["schedule", "ics", "--out"],
        vec!["report", "outcomes", "--html"],
        vec!["backup"],
    ];
    all.iter_mut()
        .map(|args| {
            let mut args: Vec<String> = args.iter().map(|a| a.to_string()).collect();
            args.push(dest.clone());
            if force {
                args.push("--force".to_string());
            }
            args
        })
        .collect()
}

fn disclosures(env: &TestEnv) -> i64 {
    env.count("SELECT count(*) FROM disclosure_log")
}

/// The temporary files moty left in `dir`.
fn leftovers(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .expect("read dir")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|name| name.contains(".moty-tmp-"))
        .collect()
}

fn with_a_case() -> TestEnv {
    let env = TestEnv::new();
    env.refer("Aino Export", &[]);
    env
}

#[cfg(unix)]
fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).expect("meta").permissions().mode() & 0o777
}

/// Every writer refuses `dest` (exit 4, saying `says`), with and without --force, and leaves the
/// register's bytes, its rows and the folder's temporary files as they were.
fn refused_everywhere(env: &TestEnv, dest: &Path, says: &str) {
    for force in [false, true] {
        for args in writers(dest, force) {
            let bytes = std::fs::read(&env.db).expect("register");
            let (rows, dump) = (disclosures(env), env.dump());
            let run = env.run(&args);
            assert_eq!(run.code, 4, "{args:?}: {run:?}");
            assert!(run.stderr.contains(says), "{args:?}: {}", run.stderr);
            assert_eq!(std::fs::read(&env.db).expect("register"), bytes, "{args:?}");
            assert_eq!((disclosures(env), env.dump()), (rows, dump), "{args:?}");
            assert_eq!(leftovers(env.dir.path()), Vec::<String>::new(), "{args:?}");
        }
    }
}

#[test]
fn the_register_and_its_wal_and_shm_are_never_written_however_they_are_named() {
    let env = with_a_case();
    let dir = env.dir.path();
    let folder_link = dir.join("same-folder");
    let hard_link = dir.join("another-name.sqlite3");
    #[cfg(unix)]
    std::os::unix::fs::symlink(dir, &folder_link).expect("link the folder");
    std::fs::hard_link(&env.db, &hard_link).expect("hard link");
    let names = |suffix: &str| -> Vec<PathBuf> {
        let name = format!("register.sqlite3{suffix}");
        let mut paths = vec![
            dir.join(&name),
            // Relative to the working directory (the register's folder).
            PathBuf::from(&name),
            PathBuf::from(format!("./{name}")),
        ];
        #[cfg(unix)]
        paths.push(folder_link.join(&name));
        paths
    };
    // While no other connection is open there is no -wal or -shm: the names are refused anyway,
    // since a file there would be taken for the register's.
    for suffix in ["", "-wal", "-shm"] {
        for dest in names(suffix) {
            refused_everywhere(&env, &dest, "is the register");
        }
    }
    refused_everywhere(&env, &hard_link, "is the register");
    // With a reader holding the register open, the -wal and -shm files exist.
    let reader = env.connection();
    let _: i64 = reader
        .query_row("SELECT count(*) FROM cases", [], |r| r.get(0))
        .expect("read");
    assert!(dir.join("register.sqlite3-wal").exists());
    for suffix in ["", "-wal", "-shm"] {
        for dest in names(suffix) {
            refused_everywhere(&env, &dest, "is the register");
        }
    }
}

#[test]
fn an_existing_file_is_refused_without_force_and_replaced_privately_with_it() {
    let env = with_a_case();
    for (i, args) in writers(Path::new("PLACEHOLDER"), false).iter().enumerate() {
        let dest = env.dir.path().join(format!("existing-{i}.out"));
        std::fs::write(&dest, b"someone else's file").expect("plant");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&dest, std::fs::Permissions::from_mode(0o644)).expect("chmod");
        }
        let mut args = args.clone();
        *args.last_mut().expect("dest") = dest.to_str().expect("path").to_string();
        let rows = disclosures(&env);
        let run = env.run(&args);
        assert_eq!(run.code, 4, "{args:?}: {run:?}");
        assert!(run.stderr.contains("--force"), "{}", run.stderr);
        assert_eq!(std::fs::read(&dest).expect("kept"), b"someone else's file");
        assert_eq!(disclosures(&env), rows, "a refusal records nothing");

        args.push("--force".to_string());
        env.ok(&args);
        assert_ne!(
            std::fs::read(&dest).expect("replaced"),
            b"someone else's file"
        );
        #[cfg(unix)]
        assert_eq!(mode(&dest), 0o600, "{args:?}: the replacement is private");
        assert_eq!(disclosures(&env), rows + 1);
        assert_eq!(leftovers(env.dir.path()), Vec::<String>::new());
    }
}

#[test]
fn a_backup_whose_manifest_exists_is_refused_without_force() {
    let env = with_a_case();
    let dest = env.dir.path().join("b.sqlite3");
    let manifest = env.dir.path().join("b.sqlite3.manifest.json");
    std::fs::write(&manifest, b"{}").expect("plant");
    let run = env.run(&["backup", dest.to_str().expect("path")]);
    assert_eq!(run.code, 4, "{run:?}");
    assert!(!dest.exists(), "nothing is written when a refusal is due");
    assert_eq!(std::fs::read(&manifest).expect("kept"), b"{}");
    env.ok(&["backup", dest.to_str().expect("path"), "--force"]);
    assert!(dest.exists());
    assert_ne!(std::fs::read(&manifest).expect("replaced"), b"{}");
}

#[cfg(unix)]
#[test]
fn a_symbolic_link_is_refused_and_its_target_never_written() {
    let env = with_a_case();
    let dir = env.dir.path();
    let target = dir.join("target.txt");
    std::fs::write(&target, b"target").expect("target");
    let link = dir.join("link.out");
    std::os::unix::fs::symlink(&target, &link).expect("link");
    refused_everywhere(&env, &link, "symbolic link");
    assert_eq!(std::fs::read(&target).expect("target"), b"target");

    // A dangling link: following it would create a file at its target (world-readable under a
    // usual umask, for a backup before this was fixed).
    let nowhere = dir.join("nowhere.sqlite3");
    let dangling = dir.join("dangling.sqlite3");
    std::os::unix::fs::symlink(&nowhere, &dangling).expect("link");
    refused_everywhere(&env, &dangling, "symbolic link");
    assert!(!nowhere.exists(), "the link's target was not created");
    assert!(!dir.join("nowhere.sqlite3.manifest.json").exists());
}

#[test]
fn a_failed_write_leaves_neither_a_file_nor_a_temporary_one_nor_a_row() {
    let env = with_a_case();
    let dir = env.dir.path();
    std::fs::write(dir.join("a-file"), b"not a folder").expect("plant");
    let missing_folder = dir.join("no-such-folder").join("x.out");
    let file_as_folder = dir.join("a-file").join("x.out");
    for dest in [&missing_folder, &file_as_folder] {
        for args in writers(dest, false) {
            if args[0] == "backup" && dest == &missing_folder {
                // A backup creates its folder (private to its owner) instead.
                env.ok(&args);
                #[cfg(unix)]
                assert_eq!(mode(dest.parent().expect("folder")), 0o700);
                continue;
            }
            let rows = disclosures(&env);
            let run = env.run(&args);
            assert_ne!(run.code, 0, "{args:?}: {run:?}");
            assert!(run.stderr.contains("cannot create"), "{}", run.stderr);
            assert!(!dest.exists());
            assert_eq!(disclosures(&env), rows, "{args:?}: no row without a file");
            assert_eq!(leftovers(dir), Vec::<String>::new(), "{args:?}");
        }
    }
}

#[cfg(unix)]
#[test]
fn a_read_only_folder_leaves_nothing_behind() {
    use std::os::unix::fs::PermissionsExt;
    let env = with_a_case();
    let locked = env.dir.path().join("locked");
    std::fs::create_dir(&locked).expect("mkdir");
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o555)).expect("chmod");
    // As root, permissions do not stop writes, so the folder would not be read-only at all; the
    // missing-folder test above covers the same path there.
    let probe = locked.join("probe");
    if std::fs::write(&probe, b"").is_ok() {
        let _ = std::fs::remove_file(&probe);
        return;
    }
    let dest = locked.join("x.out");
    for args in writers(&dest, false) {
        let rows = disclosures(&env);
        let run = env.run(&args);
        assert_ne!(run.code, 0, "{args:?}: {run:?}");
        assert_eq!(disclosures(&env), rows, "{args:?}");
        assert_eq!(leftovers(&locked), Vec::<String>::new(), "{args:?}");
    }
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o755)).expect("chmod");
}

#[test]
fn one_disclosure_row_per_file_produced() {
    let env = with_a_case();
    let out = env.dir.path().join("out");
    std::fs::create_dir(&out).expect("mkdir");
    let rows = disclosures(&env);
    let mut produced = 0;
    for round in 0..2 {
        for i in 0..4 {
            let args = &writers(&out.join(format!("f{i}")), false)[i];
            let run = env.run(args);
            // The second round finds every file in place and is refused.
            assert_eq!(
                run.code,
                if round == 0 { 0 } else { 4 },
                "{args:?}: {run:?}"
            );
            produced += usize::from(run.code == 0);
        }
    }
    let files: Vec<_> = std::fs::read_dir(&out)
        .expect("read")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|name| !name.ends_with(".manifest.json"))
        .collect();
    assert_eq!(files.len(), produced, "{files:?}");
    assert_eq!(disclosures(&env) - rows, produced as i64);
    assert_eq!(leftovers(&out), Vec::<String>::new());
}

#[test]
fn doctor_warns_about_a_leftover_temporary_file() {
    let env = with_a_case();
    let checks = |env: &TestEnv| -> serde_json::Value {
        let run = env.run(&["--json", "doctor"]);
        assert_eq!(
            run.code, 0,
            "a leftover is a warning, not a failure: {run:?}"
        );
        run.json()["checks"]
            .as_array()
            .expect("checks")
            .iter()
            .find(|c| c["check"] == "temporary files")
            .expect("the temporary-files check")
            .clone()
    };
    assert_eq!(checks(&env)["status"], "ok");
    let leftover = ".weekly.md.moty-tmp-4242-0";
    std::fs::write(env.dir.path().join(leftover), b"half").expect("plant");
    let check = checks(&env);
    assert_eq!(check["status"], "warn");
    let detail = check["detail"].as_str().expect("detail");
    assert!(
        detail.contains(leftover) && detail.contains("delete"),
        "{detail}"
    );
}
