//! One sealed value: the key it is sealed with, the envelope's text form,
//! sealing and opening, and the verifier that tells a wrong passphrase
//! without touching any data.

use std::borrow::Cow;
use std::fmt;

use super::base64 as b64;
use aes_gcm::aead::{AeadInPlace, KeyInit};
use aes_gcm::{Aes256Gcm, Nonce, Tag};

/// First field of every sealed value.
pub const MARKER: &str = "zpenc";
/// The envelope's format version; a newer one is refused, never guessed at.
pub const VERSION: u32 = 1;
/// The only key derivation of version 1.
pub const KDF: &str = "pbkdf2-sha256";
/// PBKDF2 iterations for a new passphrase (OWASP 2023 for PBKDF2-HMAC-SHA256).
/// Stored in every value, so a later version can raise it.
pub const ITERATIONS: u32 = 600_000;
/// A stored count above this is refused: deriving would hang the page.
pub const MAX_ITERATIONS: u32 = 10_000_000;
pub const SALT_LEN: usize = 16;
pub const NONCE_LEN: usize = 12;
/// AES-256.
pub const KEY_LEN: usize = 32;
/// GCM's authentication tag, at the end of the ciphertext.
const TAG_LEN: usize = 16;

/// The context the verifier is sealed under (it lives under no draft's key).
pub const VERIFIER_CONTEXT: &str = "ziping.verifier";
/// The context an encrypted backup file is sealed under.
pub const BACKUP_CONTEXT: &str = "ziping.backup";
/// What the verifier holds; only the right key opens it.
const VERIFIER_TEXT: &str = "ziping 本机加密";

/// How a key is derived from the passphrase: stored with every value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KdfParams {
    pub iterations: u32,
    pub salt: [u8; SALT_LEN],
}

impl KdfParams {
    /// Parameters for a new passphrase: today's count and a fresh salt.
    pub fn new(salt: [u8; SALT_LEN]) -> KdfParams {
        KdfParams {
            iterations: ITERATIONS,
            salt,
        }
    }
}

/// A derived key and the parameters it was derived with. Held in memory
/// from unlock to lock; never stored, never printed.
#[derive(Clone, PartialEq, Eq)]
pub struct Key {
    bytes: [u8; KEY_LEN],
    params: KdfParams,
}

impl Key {
    /// `bytes`: PBKDF2-HMAC-SHA-256(passphrase as UTF-8, params.salt,
    /// params.iterations), 32 bytes.
    pub fn new(bytes: [u8; KEY_LEN], params: KdfParams) -> Key {
        Key { bytes, params }
    }

    pub fn params(&self) -> &KdfParams {
        &self.params
    }

    fn cipher(&self) -> Aes256Gcm {
        Aes256Gcm::new(&self.bytes.into())
    }
}

impl fmt::Debug for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Key({} iterations, ..)", self.params.iterations)
    }
}

impl Drop for Key {
    fn drop(&mut self) {
        // Best effort: a dropped key does not linger in the wasm heap.
        self.bytes.fill(0);
    }
}

/// Why a value could not be opened. Messages say what happened and what to do;
/// the caller adds that the stored value is kept untouched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum VaultError {
    /// The value is encrypted and the app is locked.
    Locked,
    /// Not a sealed value at all.
    NotSealed,
    /// The marker is there but the rest is not an envelope (cut short, edited).
    Malformed(&'static str),
    /// Sealed by a newer version of the app.
    NewerVersion(u32),
    /// A key derivation this version does not know.
    UnknownKdf(String),
    /// Sealed with another passphrase (other salt or count) than the one unlocked.
    OtherPassphrase,
    /// The authentication failed: the value was changed or cut short.
    Damaged,
    /// The passphrase does not open the verifier.
    WrongPassphrase,
}

impl fmt::Display for VaultError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use VaultError::*;
        match self {
            Locked => write!(f, "本机数据已加密，请先输入口令解锁。"),
            NotSealed => write!(f, "这不是本程序加密的内容。"),
            Malformed(what) => write!(
                f,
                "加密内容不完整或格式不对（{what}），可能被截断或改动过，无法解密。"
            ),
            NewerVersion(v) => write!(
                f,
                "这份内容由更新版本的自评程序加密（加密格式版本 {v}，本程序只认识到版本 {VERSION}）。请使用新版本的程序打开。"
            ),
            UnknownKdf(name) => write!(
                f,
                "这份内容使用了本程序不认识的密钥算法（{name}），请使用新版本的程序打开。"
            ),
            OtherPassphrase => write!(
                f,
                "这份内容是用另一个口令加密的（口令可能在另一个窗口中改过），当前口令无法解密。请锁定后用新口令重新解锁。"
            ),
            Damaged => write!(f, "加密内容已损坏或被改动过，无法解密。"),
            WrongPassphrase => write!(
                f,
                "口令不正确。请检查大小写、输入法（中/英文、全角/半角）后重试。"
            ),
        }
    }
}

impl std::error::Error for VaultError {}

/// Whether a stored value is sealed (it may still be damaged).
pub fn is_sealed(value: &str) -> bool {
    value
        .strip_prefix(MARKER)
        .is_some_and(|rest| rest.starts_with('.'))
}

/// A sealed value taken apart.
struct Envelope<'a> {
    /// Everything before the nonce: authenticated with the context.
    header: &'a str,
    params: KdfParams,
    nonce: [u8; NONCE_LEN],
    ciphertext: Vec<u8>,
}

fn header(params: &KdfParams) -> String {
    let mut header = format!("{MARKER}.{VERSION}.{KDF}.{}.", params.iterations);
    b64::encode_into(&mut header, &params.salt);
    header
}

fn fixed<const N: usize>(field: &str, what: &'static str) -> Result<[u8; N], VaultError> {
    b64::decode(field)
        .and_then(|b| b.try_into().ok())
        .ok_or(VaultError::Malformed(what))
}

fn parse(value: &str) -> Result<Envelope<'_>, VaultError> {
    use VaultError::Malformed;
    if !is_sealed(value) {
        return Err(VaultError::NotSealed);
    }
    let fields: Vec<&str> = value.split('.').collect();
    let version: u32 = fields
        .get(1)
        .and_then(|v| v.parse().ok())
        .filter(|&v| v > 0)
        .ok_or(Malformed("版本号"))?;
    if version > VERSION {
        return Err(VaultError::NewerVersion(version));
    }
    if fields.len() != 7 {
        return Err(Malformed("字段数"));
    }
    if fields[2] != KDF {
        return Err(VaultError::UnknownKdf(fields[2].to_string()));
    }
    let iterations: u32 = fields[3]
        .parse()
        .ok()
        .filter(|n| (1..=MAX_ITERATIONS).contains(n))
        .ok_or(Malformed("迭代次数"))?;
    let salt = fixed::<SALT_LEN>(fields[4], "盐值")?;
    let nonce = fixed::<NONCE_LEN>(fields[5], "随机数")?;
    let ciphertext = b64::decode(fields[6])
        .filter(|c| c.len() >= TAG_LEN)
        .ok_or(Malformed("密文"))?;
    let header_len = fields[..5].iter().map(|f| f.len() + 1).sum::<usize>() - 1;
    Ok(Envelope {
        header: &value[..header_len],
        params: KdfParams { iterations, salt },
        nonce,
        ciphertext,
    })
}

/// What GCM authenticates besides the ciphertext: the header and the
/// storage key (`context`) the value belongs to.
fn aad(header: &str, context: &str) -> Vec<u8> {
    [header.as_bytes(), b"\n", context.as_bytes()].concat()
}

/// Seals `plaintext`, to be stored under `context` (its storage key).
/// `nonce` must be fresh random bytes for every call.
pub fn seal(key: &Key, context: &str, plaintext: &str, nonce: [u8; NONCE_LEN]) -> String {
    let header = header(&key.params);
    // Sealed in place, then the tag appended.
    let mut sealed = plaintext.as_bytes().to_vec();
    match key.cipher().encrypt_in_place_detached(
        Nonce::from_slice(&nonce),
        &aad(&header, context),
        &mut sealed,
    ) {
        Ok(tag) => sealed.extend_from_slice(&tag),
        // aes-gcm fails only on inputs over 64 GiB (before it encrypts
        // anything): nothing of the text is kept.
        Err(_) => sealed.clear(),
    }
    let mut out = header;
    for field in [&nonce[..], &sealed] {
        out.push('.');
        b64::encode_into(&mut out, field);
    }
    out
}

/// Opens a value sealed under `context` with `key`.
pub fn open(key: &Key, context: &str, value: &str) -> Result<String, VaultError> {
    let envelope = parse(value)?;
    if envelope.params != key.params {
        return Err(VaultError::OtherPassphrase);
    }
    // `parse` made sure the tag is there.
    let mut plain = envelope.ciphertext;
    let tag = plain.split_off(plain.len() - TAG_LEN);
    key.cipher()
        .decrypt_in_place_detached(
            Nonce::from_slice(&envelope.nonce),
            &aad(envelope.header, context),
            &mut plain,
            Tag::from_slice(&tag),
        )
        .map_err(|_| VaultError::Damaged)?;
    // Authentic, so it is what `seal` was given: always UTF-8.
    String::from_utf8(plain).map_err(|_| VaultError::Damaged)
}

/// A stored value as text to read: plain values as they are, sealed ones
/// opened with `key` (`Locked` without one).
pub fn reveal<'a>(
    key: Option<&Key>,
    context: &str,
    value: &'a str,
) -> Result<Cow<'a, str>, VaultError> {
    if !is_sealed(value) {
        return Ok(Cow::Borrowed(value));
    }
    let key = key.ok_or(VaultError::Locked)?;
    open(key, context, value).map(Cow::Owned)
}

/// The derivation parameters a sealed value (the verifier) was made with:
/// what unlocking must derive the key with.
pub fn params_of(value: &str) -> Result<KdfParams, VaultError> {
    parse(value).map(|e| e.params)
}

/// The verifier for `key`: stored beside the data, it tells whether a
/// passphrase is right without opening any of it.
pub fn verifier(key: &Key, nonce: [u8; NONCE_LEN]) -> String {
    seal(key, VERIFIER_CONTEXT, VERIFIER_TEXT, nonce)
}

/// `Ok` when `key` (derived from the passphrase typed, with
/// `params_of(verifier)`) is the key the verifier was made with.
pub fn check_passphrase(key: &Key, verifier: &str) -> Result<(), VaultError> {
    match open(key, VERIFIER_CONTEXT, verifier) {
        Ok(text) if text == VERIFIER_TEXT => Ok(()),
        Ok(_) => Err(VaultError::Malformed("校验值")),
        Err(VaultError::Damaged | VaultError::OtherPassphrase) => Err(VaultError::WrongPassphrase),
        Err(e) => Err(e),
    }
}
