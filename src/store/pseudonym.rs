//! Pseudonymous client keys for exports that must let a reader see that two rows are the same
//! client without saying who: HMAC-SHA256 of the client's id under a secret kept in the register
//! (made once from the operating system's random source). Never a hash of the identity code,
//! which anyone could recompute from a guess.

use super::db::OptionalExtension;
use super::Tx;
use anyhow::{Context, Result};
use hmac::{Hmac, KeyInit, Mac};
use sha2::Sha256;

use super::meta;

const SECRET_KEY: &str = "pseudonym_secret";

/// The register's secret, made on first use.
fn secret(tx: &Tx) -> Result<String> {
    if let Some(secret) = meta::get(tx, SECRET_KEY)? {
        return Ok(secret);
    }
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes)
        .map_err(|e| anyhow::anyhow!("reading the system's random source: {e}"))?;
    let secret = hex::encode(bytes);
    meta::set(tx, SECRET_KEY, &secret)?;
    Ok(secret)
}

/// Makes the register's pseudonym secret if it has none yet (it is made on first use), so that
/// keys can then be read in a read-only transaction.
pub fn ensure_secret(tx: &Tx) -> Result<()> {
    secret(tx).map(|_| ())
}

/// The client's key in exports: the first 12 hex digits of the HMAC of their id. A client brought
/// from a team's file by `moty admin import-sqlite` keeps the key the file gave it: the HMAC of
/// its id in the file under the file's secret (`pseudonym_keys`).
pub fn client_key(tx: &Tx, client_id: i64) -> Result<String> {
    let kept: Option<(String, i64)> = tx
        .prepare_cached("SELECT secret, original_id FROM pseudonym_keys WHERE client_id = ?1")?
        .query_row([client_id], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()
        .context("reading an imported client's pseudonym key")?;
    Keys::default().of(tx, client_id, kept)
}

/// Keys of many clients whose kept pseudonyms are already read (`report::naming`): the register's
/// secret is read once, when a client without a kept pseudonym first needs it.
#[derive(Debug, Default)]
pub struct Keys {
    secret: Option<String>,
}

impl Keys {
    /// The key of `client_id`, whose kept pseudonym (secret, original id) is `kept`.
    pub fn of(&mut self, tx: &Tx, client_id: i64, kept: Option<(String, i64)>) -> Result<String> {
        let (secret, keyed) = match kept {
            Some(kept) => kept,
            None => {
                let secret = match &self.secret {
                    Some(secret) => secret.clone(),
                    None => self.secret.insert(secret(tx)?).clone(),
                };
                (secret, client_id)
            }
        };
        let mut mac =
            Hmac::<Sha256>::new_from_slice(secret.as_bytes()).context("keying the pseudonym")?;
        mac.update(keyed.to_string().as_bytes());
        Ok(hex::encode(&mac.finalize().into_bytes()[..6]))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_client_gets_the_same_key_and_the_key_depends_on_the_secret() {
        let conn = rusqlite::Connection::open_in_memory().expect("memory");
        let tx = &Tx {
            conn: crate::store::Conn::File(&conn),
        };
        conn.execute_batch(
            "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
             CREATE TABLE pseudonym_keys (client_id INTEGER PRIMARY KEY, secret TEXT NOT NULL,
                 original_id INTEGER NOT NULL) STRICT;",
        )
        .expect("meta");
        let first = client_key(tx, 1).expect("key");
        assert_eq!(first.len(), 12);
        assert_eq!(client_key(tx, 1).expect("key"), first, "stable");
        assert_ne!(client_key(tx, 2).expect("key"), first, "per client");
        tx.execute("UPDATE meta SET value = 'another secret'", [])
            .expect("update");
        assert_ne!(
            client_key(tx, 1).expect("key"),
            first,
            "keyed by the register's secret"
        );
        // A client brought from a file keeps the file's key: its id there under the file's secret.
        tx.execute("UPDATE meta SET value = 'the file''s secret'", [])
            .expect("update");
        let in_the_file = client_key(tx, 7).expect("key");
        tx.execute("UPDATE meta SET value = 'the server''s secret'", [])
            .expect("update");
        tx.execute(
            "INSERT INTO pseudonym_keys VALUES (42, 'the file''s secret', 7)",
            [],
        )
        .expect("insert");
        assert_eq!(client_key(tx, 42).expect("key"), in_the_file);
    }
}
