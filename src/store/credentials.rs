//! Signing in to a register on a server without a password in a file (issue #16, item 9): the
//! person's password kept in the operating system's credential store (`moty login`), their client
//! certificate and an extra CA from the configuration file's `[server]` section.
//!
//! The store is the platform's own, through keyring-core: the Windows Credential Manager, the
//! macOS login keychain, on Linux the Secret Service (GNOME Keyring, KWallet) where the desktop
//! runs one, else the kernel's keyutils user keyring (no daemon needed: a headless machine; kept
//! until the machine restarts, description `moty:ACCOUNT`). One entry per server login: service
//! `moty`, account `LOGIN@HOST:PORT/DATABASE` ([`account`]).
//!
//! Kerberos / GSSAPI single sign-on is not here: the Rust `postgres` driver does not speak it.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use keyring_core::{CredentialStore, Entry};

/// The service every moty entry in the credential store is filed under.
pub const SERVICE: &str = "moty";

/// What the credential store said, in the words the caller turns into a message.
#[derive(Debug)]
pub enum StoreError {
    /// No credential store works here (the message says which were tried and why).
    Unavailable(String),
    /// The store is there but refused or failed (locked, denied, …).
    Failed(String),
}

impl std::fmt::Display for StoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StoreError::Unavailable(why) | StoreError::Failed(why) => f.write_str(why),
        }
    }
}

impl std::error::Error for StoreError {}

/// What names one login on one server in the store: `LOGIN@HOST:PORT/DATABASE` (a Unix socket's
/// folder as the host; several hosts joined by commas; the port 5432 and the database named as
/// the login when the URL leaves them out, as the server itself takes them). None when the URL
/// names no login.
pub fn account(config: &postgres::Config) -> Option<String> {
    let user = config.get_user()?;
    let hosts: Vec<String> = config
        .get_hosts()
        .iter()
        .map(|host| match host {
            postgres::config::Host::Tcp(name) => name.clone(),
            #[cfg(unix)]
            postgres::config::Host::Unix(folder) => folder.display().to_string(),
        })
        .collect();
    let hosts = if hosts.is_empty() {
        "localhost".to_string()
    } else {
        hosts.join(",")
    };
    let port = config.get_ports().first().copied().unwrap_or(5432);
    let database = config.get_dbname().unwrap_or(user);
    Some(format!("{user}@{hosts}:{port}/{database}"))
}

/// Where a password is kept: an entry of the platform's store (keyring-core), or on Linux
/// without a Secret Service a key in the kernel's user keyring.
enum Kept {
    Entry(Entry),
    #[cfg(target_os = "linux")]
    Kernel(String),
}

/// The platform's credential store for `account`, and the store's name (`windows`, `keychain`,
/// `secret-service`, `keyutils`).
fn entry(account: &str) -> Result<(Kept, &'static str), StoreError> {
    let in_store = |store: Arc<CredentialStore>| {
        Entry::new_in_store(&store, SERVICE, account)
            .map(Kept::Entry)
            .map_err(|e| StoreError::Failed(e.to_string()))
    };
    #[cfg(target_os = "windows")]
    {
        let store = windows_native_keyring_store::Store::new()
            .map_err(|e| StoreError::Unavailable(e.to_string()))?;
        Ok((in_store(store)?, "windows"))
    }
    #[cfg(target_os = "macos")]
    {
        let store = apple_native_keyring_store::keychain::Store::new()
            .map_err(|e| StoreError::Unavailable(e.to_string()))?;
        Ok((in_store(store)?, "keychain"))
    }
    #[cfg(target_os = "linux")]
    {
        // The desktop's Secret Service first (it keeps the password across restarts); without
        // a session bus or a service on it, the kernel's user keyring.
        match dbus_secret_service_keyring_store::Store::new() {
            Ok(store) => Ok((in_store(store)?, "secret-service")),
            Err(_) => Ok((Kept::Kernel(format!("{SERVICE}:{account}")), "keyutils")),
        }
    }
    #[cfg(not(any(target_os = "windows", target_os = "macos", target_os = "linux")))]
    {
        let _ = in_store;
        Err(StoreError::Unavailable(
            "no credential store on this operating system".to_string(),
        ))
    }
}

/// The kernel's user keyring (Linux): kept until the machine restarts, for this user's
/// processes only.
#[cfg(target_os = "linux")]
mod kernel {
    use linux_keyutils::{KeyError, KeyPermissions, KeyRing, KeyRingIdentifier};

    use super::StoreError;

    fn ring() -> Result<KeyRing, StoreError> {
        KeyRing::from_special_id(KeyRingIdentifier::User, false)
            .map_err(|e| StoreError::Unavailable(format!("keyutils: {e:?}")))
    }

    fn failed(e: KeyError) -> StoreError {
        StoreError::Failed(format!("keyutils: {e:?}"))
    }

    pub fn keep(description: &str, password: &str) -> Result<(), StoreError> {
        let key = ring()?.add_key(description, password).map_err(failed)?;
        // The possessor and the user (this user's other processes, with or without a session
        // keyring of their own) may view, read, write and search it; nobody else anything.
        key.set_perms(KeyPermissions::from_u32(0x3f0f_0000))
            .map_err(failed)
    }

    pub fn kept(description: &str) -> Result<Option<String>, StoreError> {
        match ring()?.search(description) {
            Ok(key) => {
                let bytes = key.read_to_vec().map_err(failed)?;
                String::from_utf8(bytes)
                    .map(Some)
                    .map_err(|e| StoreError::Failed(e.to_string()))
            }
            Err(KeyError::KeyDoesNotExist) => Ok(None),
            Err(e) => Err(failed(e)),
        }
    }

    pub fn forget(description: &str) -> Result<bool, StoreError> {
        match ring()?.search(description) {
            Ok(key) => key.invalidate().map(|()| true).map_err(failed),
            Err(KeyError::KeyDoesNotExist) => Ok(false),
            Err(e) => Err(failed(e)),
        }
    }
}

/// Keeps `password` for `account`, replacing one kept before; the store's name.
pub fn keep(account: &str, password: &str) -> Result<&'static str, StoreError> {
    let (kept, name) = entry(account)?;
    match kept {
        Kept::Entry(entry) => entry
            .set_password(password)
            .map_err(|e| StoreError::Failed(e.to_string()))?,
        #[cfg(target_os = "linux")]
        Kept::Kernel(description) => kernel::keep(&description, password)?,
    }
    Ok(name)
}

/// The password kept for `account`, None when there is none.
pub fn kept(account: &str) -> Result<Option<String>, StoreError> {
    match entry(account)?.0 {
        Kept::Entry(entry) => match entry.get_password() {
            Ok(password) => Ok(Some(password)),
            Err(keyring_core::Error::NoEntry) => Ok(None),
            Err(e) => Err(StoreError::Failed(e.to_string())),
        },
        #[cfg(target_os = "linux")]
        Kept::Kernel(description) => kernel::kept(&description),
    }
}

/// Removes the password kept for `account`: whether there was one.
pub fn forget(account: &str) -> Result<bool, StoreError> {
    match entry(account)?.0 {
        Kept::Entry(entry) => match entry.delete_credential() {
            Ok(()) => Ok(true),
            Err(keyring_core::Error::NoEntry) => Ok(false),
            Err(e) => Err(StoreError::Failed(e.to_string())),
        },
        #[cfg(target_os = "linux")]
        Kept::Kernel(description) => kernel::forget(&description),
    }
}

/// For `Conn::connect`: a URL without a password gets the one `moty login` kept, if any. A store
/// that cannot be reached is no password (the server then says what it misses).
pub fn fill_password(config: &mut postgres::Config) {
    if config.get_password().is_some() {
        return;
    }
    if let Some(password) = account(config).and_then(|a| kept(&a).ok().flatten()) {
        config.password(password);
    }
}

/// A connection's failure, said better where the server asked for a password that neither the
/// URL nor the credential store gave (the driver says only "invalid configuration").
pub fn explain(config: &postgres::Config, e: super::db::Error) -> super::db::Error {
    let super::db::Error::Postgres(error) = &e else {
        return e;
    };
    let missing =
        std::error::Error::source(error).is_some_and(|s| s.to_string() == "password missing");
    match account(config) {
        Some(account) if missing && config.get_password().is_none() => {
            super::db::Error::SignIn(crate::text::no_password_kept(&account))
        }
        _ => e,
    }
}

/// Whether a register's URL carries a password (doctor warns: it sits in plain text).
pub fn url_has_password(url: &str) -> bool {
    url.parse::<postgres::Config>()
        .is_ok_and(|config| config.get_password().is_some())
}

/// A server URL's parts `moty login` needs: (account, whether it carries a password); None for
/// a URL the driver cannot read or one without a login.
pub fn login_of(url: &str) -> Option<(String, bool)> {
    let config = url.parse::<postgres::Config>().ok()?;
    Some((account(&config)?, config.get_password().is_some()))
}

/// What the server said to a password.
pub enum Verdict {
    Accepted,
    /// The server refused the login or its password (SQLSTATE class 28).
    Rejected,
    /// The server could not be reached, or failed otherwise.
    Failed(super::db::Error),
}

/// Signs in to `url` with `password`, to see whether the server takes it (nothing is kept).
pub fn try_password(url: &str, password: &str) -> Verdict {
    let mut config: postgres::Config = match url.parse() {
        Ok(config) => config,
        Err(e) => return Verdict::Failed(super::db::Error::Postgres(e)),
    };
    config.password(password);
    match super::pg::Conn::connect_with(&config) {
        Ok(_) => Verdict::Accepted,
        Err(super::db::Error::Postgres(e))
            if e.code().is_some_and(|code| code.code().starts_with("28")) =>
        {
            Verdict::Rejected
        }
        Err(e) => Verdict::Failed(e),
    }
}

/// The configuration file's client certificate and extra CA (`[server]`), for every connection.
#[derive(Debug, Default, Clone)]
pub struct TlsFiles {
    /// PEM (the certificate chain and its PKCS#8 private key in one file) or PKCS#12
    /// (`.p12`/`.pfx`, without a password).
    pub certificate: Option<PathBuf>,
    /// An extra CA certificate (PEM or DER) to trust besides the system's.
    pub ca: Option<PathBuf>,
}

static TLS_FILES: Mutex<Option<TlsFiles>> = Mutex::new(None);

/// Sets the certificate files every connection of this run uses (read by the command layer from
/// the configuration file).
pub fn use_tls_files(files: TlsFiles) {
    if let Ok(mut slot) = TLS_FILES.lock() {
        *slot = Some(files);
    }
}

/// Why a certificate file could not be used: the file and what was wrong.
#[derive(Debug)]
pub struct TlsFileError {
    pub path: PathBuf,
    pub reason: String,
}

/// The TLS connector: the system's trust, plus the configuration's CA and client certificate.
pub fn tls_connector() -> Result<native_tls::TlsConnector, TlsFileError> {
    let files = TLS_FILES
        .lock()
        .ok()
        .and_then(|f| f.clone())
        .unwrap_or_default();
    let mut builder = native_tls::TlsConnector::builder();
    if let Some(path) = &files.ca {
        let bytes = read(path)?;
        let ca = native_tls::Certificate::from_pem(&bytes)
            .or_else(|_| native_tls::Certificate::from_der(&bytes))
            .map_err(|e| bad(path, e))?;
        builder.add_root_certificate(ca);
    }
    if let Some(path) = &files.certificate {
        let bytes = read(path)?;
        let identity = if is_pem(&bytes) {
            // native-tls wants the certificates and the key apart: one file holds both.
            let (certificates, key) = pem_parts(&bytes);
            native_tls::Identity::from_pkcs8(&certificates, &key)
        } else {
            native_tls::Identity::from_pkcs12(&bytes, "")
        }
        .map_err(|e| bad(path, e))?;
        builder.identity(identity);
    }
    builder.build().map_err(|e| TlsFileError {
        path: PathBuf::new(),
        reason: e.to_string(),
    })
}

fn is_pem(bytes: &[u8]) -> bool {
    bytes.windows(11).any(|w| w == b"-----BEGIN ")
}

/// A PEM file's CERTIFICATE blocks, and its PRIVATE KEY block (PKCS#8), each as PEM.
fn pem_parts(bytes: &[u8]) -> (Vec<u8>, Vec<u8>) {
    let text = String::from_utf8_lossy(bytes);
    let (mut certificates, mut key) = (String::new(), String::new());
    let mut rest = text.as_ref();
    while let Some(start) = rest.find("-----BEGIN ") {
        let block = &rest[start..];
        let label_end = block[11..].find("-----").map_or(block.len(), |i| i + 11);
        let label = &block[11..label_end];
        let end_marker = format!("-----END {label}-----");
        let Some(end) = block.find(&end_marker) else {
            break;
        };
        let whole = &block[..end + end_marker.len()];
        let kept = match label {
            "CERTIFICATE" => Some(&mut certificates),
            "PRIVATE KEY" => Some(&mut key),
            _ => None,
        };
        if let Some(kept) = kept {
            kept.push_str(whole);
            kept.push('\n');
        }
        rest = &block[end + end_marker.len()..];
    }
    (certificates.into_bytes(), key.into_bytes())
}

fn read(path: &Path) -> Result<Vec<u8>, TlsFileError> {
    std::fs::read(path).map_err(|e| bad(path, e))
}

fn bad(path: &Path, e: impl std::fmt::Display) -> TlsFileError {
    TlsFileError {
        path: path.to_path_buf(),
        reason: e.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::account;

    #[test]
    fn accounts_name_login_host_port_and_database() {
        let config = |url: &str| url.parse::<postgres::Config>().expect("a URL");
        assert_eq!(
            account(&config("postgresql://anna@db.example.fi/moty")).as_deref(),
            Some("anna@db.example.fi:5432/moty")
        );
        assert_eq!(
            account(&config("postgresql://anna@db.example.fi:6432")).as_deref(),
            Some("anna@db.example.fi:6432/anna")
        );
        assert_eq!(account(&config("postgresql://db.example.fi/moty")), None);
    }
}
