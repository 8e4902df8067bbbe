//! Signed checkpoints: the heads of every chain, signed with an Ed25519 key kept outside the
//! register (`moty audit keygen`, `moty audit checkpoint`). Someone who can rewrite the register
//! and recompute its hashes cannot sign a new checkpoint without the key; `audit verify
//! --checkpoint FILE --public-key KEY` checks that every head it signed still holds.

use std::path::Path;

use anyhow::Result;
use ed25519_dalek::{Signature, Signer, SigningKey, Verifier, VerifyingKey};
use serde::{Deserialize, Serialize};

use super::Session;
use crate::domain::records::LogHead;
use crate::error::UserError;
use crate::store::chain;
use crate::{files, text};

/// The largest key or checkpoint file read.
const MAX_FILE: u64 = 64 * 1024;

/// What a checkpoint signs.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, schemars::JsonSchema)]
pub struct Heads {
    pub register_id: String,
    pub at: String,
    pub logs: Vec<LogHead>,
}

/// A checkpoint file: the heads, the public key and the signature (hex).
#[derive(Debug, Clone, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Checkpoint {
    #[serde(flatten)]
    pub heads: Heads,
    pub public_key: String,
    pub signature: String,
}

/// The bytes signed: the heads as compact JSON, fields in their declared order.
fn message(heads: &Heads) -> Result<Vec<u8>> {
    Ok(serde_json::to_vec(heads)?)
}

fn read_hex<const N: usize>(field: &str, text: &str) -> Result<[u8; N], UserError> {
    let mut out = [0u8; N];
    hex::decode_to_slice(text.trim(), &mut out)
        .map_err(|_| UserError::invalid(field, text::key_shape(N)))?;
    Ok(out)
}

fn read_file(path: &Path, field: &str) -> Result<String> {
    let file =
        std::fs::File::open(path).map_err(|_| UserError::NotFound(text::cannot_read(path)))?;
    let bytes = files::read_limited(file, MAX_FILE, field)?;
    String::from_utf8(bytes).map_err(|_| UserError::invalid(field, text::not_utf8()).into())
}

/// Makes a new signing key: written to `key_file` (a new file, private to its owner, never the
/// register); returns the public key (hex) to give to whoever checks checkpoints.
pub fn keygen(key_file: &Path, register: &Path) -> Result<String> {
    let mut secret = [0u8; 32];
    getrandom::fill(&mut secret).map_err(|e| anyhow::anyhow!("reading system randomness: {e}"))?;
    let key = SigningKey::from_bytes(&secret);
    let line = format!("{}\n", hex::encode(secret));
    files::prepare(key_file, line.as_bytes(), false, register)?.commit()?;
    Ok(hex::encode(key.verifying_key().to_bytes()))
}

/// Signs the register's heads with the key in `key_file`.
pub fn checkpoint(session: &mut Session, key_file: &Path) -> Result<Checkpoint> {
    let secret = read_hex::<32>("--key", &read_file(key_file, "--key")?)?;
    let key = SigningKey::from_bytes(&secret);
    let at = session.author().at.to_string();
    let heads = session.read(|tx| {
        Ok(Heads {
            register_id: chain::register_id(tx)?,
            at,
            logs: chain::heads(tx)?
                .into_iter()
                .map(|(log, rows, head)| LogHead {
                    log: log.table().to_string(),
                    rows,
                    head,
                })
                .collect(),
        })
    })?;
    let signature = key.sign(&message(&heads)?);
    Ok(Checkpoint {
        public_key: hex::encode(key.verifying_key().to_bytes()),
        signature: hex::encode(signature.to_bytes()),
        heads,
    })
}

/// Writes a checkpoint document to `path`: a new file, private to its owner, never the register.
pub fn write(path: &Path, document: &str, register: &Path) -> Result<()> {
    files::prepare(path, document.as_bytes(), false, register)?.commit()
}

/// Reads a checkpoint and checks its signature against `public_key` (hex, or a file holding it):
/// the heads it signed, if the signature holds.
pub fn signed_heads(path: &Path, public_key: &str) -> Result<Heads> {
    let checkpoint: Checkpoint = serde_json::from_str(&read_file(path, "--checkpoint")?)
        .map_err(|e| UserError::invalid("--checkpoint", e.to_string()))?;
    let given = match Path::new(public_key).is_file() {
        true => read_file(Path::new(public_key), "--public-key")?,
        false => public_key.to_string(),
    };
    let key = VerifyingKey::from_bytes(&read_hex::<32>("--public-key", &given)?)
        .map_err(|_| UserError::invalid("--public-key", text::key_shape(32)))?;
    let signature = Signature::from_bytes(&read_hex::<64>("--checkpoint", &checkpoint.signature)?);
    key.verify(&message(&checkpoint.heads)?, &signature)
        .map_err(|_| UserError::Refused(text::checkpoint_forged()))?;
    Ok(checkpoint.heads)
}

/// Reads the key file's public key, for a person who has lost it.
pub fn public_key(key_file: &Path) -> Result<String> {
    let secret = read_hex::<32>("--key", &read_file(key_file, "--key")?)?;
    Ok(hex::encode(
        SigningKey::from_bytes(&secret).verifying_key().to_bytes(),
    ))
}

/// Checks that the checkpoint was of this register.
pub fn same_register(session: &mut Session, heads: &Heads) -> Result<()> {
    let id = session.read(chain::register_id)?;
    if id != heads.register_id {
        return Err(UserError::Refused(text::other_register(&heads.register_id)).into());
    }
    Ok(())
}
