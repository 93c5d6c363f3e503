//! The lock's storage format: values encrypted at rest with a key derived
//! from the person's passphrase (本机加密).
//!
//! Pure (no yew, web-sys or gloo) and tested natively; it holds no rule of
//! the assessment, so it is a crate of its own. The browser derives the
//! key once, at unlock, with Web Crypto (PBKDF2-SHA-256, [`ITERATIONS`]);
//! from then on sealing and opening are synchronous Rust (AES-256-GCM), so the
//! save when the page is hidden still writes, encrypted. Randomness (salts,
//! nonces) is passed in by the caller.
//!
//! A sealed value is one line of text, dot-separated:
//! `zpenc.1.pbkdf2-sha256.600000.<salt>.<nonce>.<ciphertext+tag>` (base64url,
//! no padding). The header is authenticated together with the storage key
//! the value lives under, so a value moved to another key, or a header
//! changed, fails to open like a changed ciphertext.

pub mod base64;
mod envelope;
mod migrate;
mod passphrase;

pub use envelope::{
    check_passphrase, is_sealed, open, params_of, reveal, seal, verifier, KdfParams, Key,
    VaultError, BACKUP_CONTEXT, ITERATIONS, KDF, KEY_LEN, MARKER, MAX_ITERATIONS, NONCE_LEN,
    SALT_LEN, VERIFIER_CONTEXT, VERSION,
};
pub use migrate::{decrypt_all, encrypt_all, reencrypt_all, rekey, Migration};
pub use passphrase::{
    check_new_passphrase, retry_delay_ms, PassphraseError, MAX_RETRY_DELAY_MS, MIN_PASSPHRASE_CHARS,
};
