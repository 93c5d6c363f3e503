//! The lock's storage format (`vault`), through the public API: sealing and
//! opening, wrong keys, tampered and truncated values, the version field, the
//! passphrase verifier, and migrating a store to encrypted and back.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;

use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
use base64::Engine;

use ziping_vault::{
    check_passphrase, decrypt_all, encrypt_all, is_sealed, open, params_of, reencrypt_all, reveal,
    seal, verifier, KdfParams, Key, Migration, VaultError, ITERATIONS, KEY_LEN, NONCE_LEN,
    SALT_LEN, VERSION,
};

/// The key both sides must derive: PBKDF2-HMAC-SHA-256 of this passphrase
/// (UTF-8) with salt 00 01 … 0f at 600,000 iterations. `tests/web.rs` checks
/// that the browser's Web Crypto derives the same bytes.
const VECTOR_PASSPHRASE: &str = "从严治部 口令 2026";
const VECTOR_KEY: &str = "2d21c04ba884532f7d1fdeecd6e2cb09f43f5d331da820bc2e8c190d55504110";

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// What the browser does at unlock, natively.
fn derive(passphrase: &str, params: KdfParams) -> Key {
    let mut bytes = [0u8; KEY_LEN];
    pbkdf2::pbkdf2_hmac::<sha2::Sha256>(
        passphrase.as_bytes(),
        &params.salt,
        params.iterations,
        &mut bytes,
    );
    Key::new(bytes, params)
}

/// Fast parameters for the tests that are not about the count.
fn params(salt_byte: u8) -> KdfParams {
    KdfParams {
        iterations: 1_000,
        salt: [salt_byte; SALT_LEN],
    }
}

fn key(passphrase: &str) -> Key {
    derive(passphrase, params(7))
}

/// Distinct nonces, as `crypto.getRandomValues` would give.
fn nonces() -> impl FnMut() -> [u8; NONCE_LEN] {
    let mut n = 0u64;
    move || {
        n += 1;
        let mut out = [0u8; NONCE_LEN];
        out[..8].copy_from_slice(&n.to_le_bytes());
        out
    }
}

const DRAFT: &str = r#"{"id":"d1","person":{"name":"张三"},"notes":"在抓党建促发展上用力不够"}"#;

#[test]
fn the_native_derivation_is_pbkdf2_hmac_sha256() {
    // RFC 7914, section 11, first PBKDF2-HMAC-SHA256 vector.
    let mut out = [0u8; 64];
    pbkdf2::pbkdf2_hmac::<sha2::Sha256>(b"passwd", b"salt", 1, &mut out);
    assert_eq!(
        hex(&out),
        "55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc\
         49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783"
    );
}

#[test]
fn the_key_vector_at_600000_iterations() {
    let salt: [u8; SALT_LEN] = std::array::from_fn(|i| i as u8);
    let params = KdfParams::new(salt);
    assert_eq!(params.iterations, 600_000);
    assert_eq!(ITERATIONS, 600_000);
    let mut bytes = [0u8; KEY_LEN];
    pbkdf2::pbkdf2_hmac::<sha2::Sha256>(
        VECTOR_PASSPHRASE.as_bytes(),
        &salt,
        ITERATIONS,
        &mut bytes,
    );
    assert_eq!(hex(&bytes), VECTOR_KEY);
}

#[test]
fn a_sealed_value_opens_to_what_was_sealed() {
    let k = key("正确的口令");
    let mut nonce = nonces();
    for text in [DRAFT, "", "d1", &"长文本".repeat(10_000)] {
        let sealed = seal(&k, "ziping.v1.draft.d1", text, nonce());
        assert!(is_sealed(&sealed));
        assert_eq!(open(&k, "ziping.v1.draft.d1", &sealed).as_deref(), Ok(text));
    }
}

#[test]
fn a_sealed_value_shows_nothing_of_the_text_and_never_repeats() {
    let k = key("正确的口令");
    let mut nonce = nonces();
    let a = seal(&k, "ziping.v1.draft.d1", DRAFT, nonce());
    let b = seal(&k, "ziping.v1.draft.d1", DRAFT, nonce());
    assert_ne!(a, b, "a fresh nonce every time");
    for secret in ["张三", "党建", "name", "notes"] {
        assert!(!a.contains(secret), "{secret} in {a}");
    }
    assert!(a.starts_with("zpenc.1.pbkdf2-sha256.1000."), "{a}");
    assert!(
        a.chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c)),
        "one line of plain ASCII: {a}"
    );
}

#[test]
fn the_header_carries_count_and_salt() {
    let salt = [3u8; SALT_LEN];
    let k = derive("口令", KdfParams::new(salt));
    let sealed = seal(&k, "c", "x", [0; NONCE_LEN]);
    assert!(
        sealed.starts_with("zpenc.1.pbkdf2-sha256.600000."),
        "{sealed}"
    );
    assert_eq!(params_of(&sealed), Ok(KdfParams::new(salt)));
}

#[test]
fn a_wrong_key_opens_nothing() {
    let right = key("正确的口令");
    let sealed = seal(&right, "ziping.v1.draft.d1", DRAFT, [1; NONCE_LEN]);
    // Same salt and count, other passphrase: the authentication fails.
    let wrong = key("错误的口令");
    assert_eq!(
        open(&wrong, "ziping.v1.draft.d1", &sealed),
        Err(VaultError::Damaged)
    );
    // Another salt: known before trying, and said so.
    let other = derive("正确的口令", params(8));
    assert_eq!(
        open(&other, "ziping.v1.draft.d1", &sealed),
        Err(VaultError::OtherPassphrase)
    );
}

#[test]
fn a_value_moved_to_another_key_does_not_open() {
    let k = key("口令");
    let sealed = seal(&k, "ziping.v1.draft.d1", DRAFT, [1; NONCE_LEN]);
    assert_eq!(
        open(&k, "ziping.v1.draft.d2", &sealed),
        Err(VaultError::Damaged)
    );
}

#[test]
fn any_changed_character_is_detected() {
    let k = key("口令");
    let sealed = seal(&k, "ctx", DRAFT, [9; NONCE_LEN]);
    for (i, c) in sealed.char_indices() {
        for replacement in ['A', 'z', '0', '-', '.'] {
            if replacement == c {
                continue;
            }
            let mut tampered = sealed.clone();
            tampered.replace_range(i..i + c.len_utf8(), &replacement.to_string());
            assert!(
                open(&k, "ctx", &tampered).is_err(),
                "changing byte {i} to {replacement} went unnoticed"
            );
        }
    }
}

#[test]
fn a_tampered_ciphertext_is_damaged() {
    let k = key("口令");
    let sealed = seal(&k, "ctx", DRAFT, [9; NONCE_LEN]);
    let (head, ct) = sealed.rsplit_once('.').unwrap();
    let flipped = if ct.starts_with('A') { 'B' } else { 'A' };
    let tampered = format!("{head}.{flipped}{}", &ct[1..]);
    assert_eq!(open(&k, "ctx", &tampered), Err(VaultError::Damaged));
    assert_eq!(
        VaultError::Damaged.to_string(),
        "加密内容已损坏或被改动过，无法解密。"
    );
}

#[test]
fn every_truncation_is_refused() {
    let k = key("口令");
    let sealed = seal(&k, "ctx", DRAFT, [5; NONCE_LEN]);
    for len in 0..sealed.len() {
        let cut = &sealed[..len];
        let result = open(&k, "ctx", cut);
        assert!(
            matches!(
                result,
                Err(VaultError::Damaged | VaultError::Malformed(_) | VaultError::NotSealed)
            ),
            "cut at {len}: {result:?}"
        );
    }
    let cut = &sealed[..sealed.len() - 10];
    assert!(open(&k, "ctx", cut)
        .unwrap_err()
        .to_string()
        .contains("无法解密"));
}

#[test]
fn a_newer_version_is_refused_in_plain_words() {
    let k = key("口令");
    let sealed = seal(&k, "ctx", DRAFT, [5; NONCE_LEN]);
    let newer = sealed.replacen("zpenc.1.", "zpenc.2.", 1);
    assert_eq!(open(&k, "ctx", &newer), Err(VaultError::NewerVersion(2)));
    // A newer format may change every other field: only the version is read.
    assert_eq!(
        params_of("zpenc.7.argon2id.whatever"),
        Err(VaultError::NewerVersion(7))
    );
    assert_eq!(
        VaultError::NewerVersion(2).to_string(),
        format!(
            "这份内容由更新版本的自评程序加密（加密格式版本 2，本程序只认识到版本 {VERSION}）。请使用新版本的程序打开。"
        )
    );
    for bad in ["zpenc.0.", "zpenc.x.", "zpenc..", "zpenc.-1."] {
        let v = sealed.replacen("zpenc.1.", bad, 1);
        assert_eq!(
            open(&k, "ctx", &v),
            Err(VaultError::Malformed("版本号")),
            "{v}"
        );
    }
}

#[test]
fn unknown_derivations_and_absurd_counts_are_refused() {
    let k = key("口令");
    let sealed = seal(&k, "ctx", DRAFT, [5; NONCE_LEN]);
    let argon = sealed.replacen("pbkdf2-sha256", "argon2id", 1);
    assert_eq!(
        open(&k, "ctx", &argon),
        Err(VaultError::UnknownKdf("argon2id".into()))
    );
    for count in ["0", "10000001", "4294967296", "1e6", ""] {
        let v = sealed.replacen(".1000.", &format!(".{count}."), 1);
        assert_eq!(
            params_of(&v),
            Err(VaultError::Malformed("迭代次数")),
            "{count}"
        );
    }
}

#[test]
fn plain_values_pass_through_and_sealed_ones_need_the_key() {
    let k = key("口令");
    assert_eq!(reveal(None, "ctx", DRAFT).as_deref(), Ok(DRAFT));
    assert_eq!(reveal(Some(&k), "ctx", "d1").as_deref(), Ok("d1"));
    let sealed = seal(&k, "ctx", DRAFT, [5; NONCE_LEN]);
    assert_eq!(reveal(None, "ctx", &sealed), Err(VaultError::Locked));
    assert_eq!(reveal(Some(&k), "ctx", &sealed).as_deref(), Ok(DRAFT));
    // Only the marker and its dot make a value sealed.
    assert!(!is_sealed("zpencil"));
    assert!(!is_sealed("{\"zpenc.1\":1}"));
    assert_eq!(open(&k, "ctx", DRAFT), Err(VaultError::NotSealed));
}

#[test]
fn the_verifier_tells_a_wrong_passphrase_without_any_data() {
    let right = derive("正确的口令", params(1));
    let v = verifier(&right, [2; NONCE_LEN]);
    assert!(is_sealed(&v));
    // Unlocking derives with the verifier's own parameters.
    let p = params_of(&v).unwrap();
    assert_eq!(p, params(1));
    assert_eq!(check_passphrase(&derive("正确的口令", p), &v), Ok(()));
    assert_eq!(
        check_passphrase(&derive("正确的口令 ", p), &v),
        Err(VaultError::WrongPassphrase)
    );
    assert_eq!(
        check_passphrase(&derive("", p), &v),
        Err(VaultError::WrongPassphrase)
    );
    assert_eq!(
        VaultError::WrongPassphrase.to_string(),
        "口令不正确。请检查大小写、输入法（中/英文、全角/半角）后重试。"
    );
    // A verifier is not a data value of any key.
    assert_eq!(
        open(&right, "ziping.v1.draft.d1", &v),
        Err(VaultError::Damaged)
    );
}

#[test]
fn a_key_never_prints_its_bytes() {
    let k = Key::new([0xab; KEY_LEN], params(1));
    let shown = format!("{k:?}");
    assert!(!shown.contains("ab") && !shown.contains("171"), "{shown}");
}

// --- Migration, against an in-memory key-value map -------------------------

type Store = BTreeMap<String, String>;

fn plain_store() -> Store {
    [
        ("ziping.v1.draft.d1", DRAFT),
        (
            "ziping.v1.draft.d2",
            r#"{"id":"d2","person":{"name":"李四"},"problem":"学习不够深入"}"#,
        ),
        (
            "ziping.v1.template.dept",
            r#"{"id":"dept","title":"本部门模板"}"#,
        ),
        ("ziping.v1.current", "d1"),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect()
}

fn entries(store: &Store) -> Vec<(String, String)> {
    store.iter().map(|(k, v)| (k.clone(), v.clone())).collect()
}

fn apply(store: &mut Store, m: &Migration) {
    for (k, v) in &m.writes {
        store.insert(k.clone(), v.clone());
    }
}

#[test]
fn a_plain_store_is_encrypted_and_back() {
    let original = plain_store();
    let mut store = original.clone();
    let k = key("口令");
    let mut nonce = nonces();
    let m = encrypt_all(entries(&store), &k, &mut nonce);
    assert!(m.kept.is_empty());
    assert_eq!(m.writes.len(), original.len());
    apply(&mut store, &m);
    for (key, value) in &store {
        assert!(is_sealed(value), "{key} left plain");
        for secret in ["张三", "李四", "党建", "学习", "本部门"] {
            assert!(!value.contains(secret), "{secret} readable in {key}");
        }
    }
    // Running it again changes nothing.
    assert_eq!(
        encrypt_all(entries(&store), &k, &mut nonce),
        Migration::default()
    );
    let m = decrypt_all(entries(&store), &k);
    assert!(m.kept.is_empty());
    apply(&mut store, &m);
    assert_eq!(store, original);
    assert_eq!(decrypt_all(entries(&store), &k), Migration::default());
}

#[test]
fn an_interrupted_encryption_completes_when_run_again() {
    let original = plain_store();
    let mut store = original.clone();
    let k = key("口令");
    let mut nonce = nonces();
    let mut m = encrypt_all(entries(&store), &k, &mut nonce);
    m.writes.truncate(2);
    apply(&mut store, &m);
    // A mixed store reads fine: sealed values open, plain ones pass through.
    for (key, value) in &store {
        assert_eq!(reveal(Some(&k), key, value).as_deref(), Ok(&*original[key]));
    }
    let rest = encrypt_all(entries(&store), &k, &mut nonce);
    assert_eq!(rest.writes.len(), original.len() - 2);
    apply(&mut store, &rest);
    assert!(store.values().all(|v| is_sealed(v)));
}

#[test]
fn a_new_passphrase_reencrypts_everything() {
    let original = plain_store();
    let mut store = original.clone();
    let old = derive("旧口令", params(1));
    let new = derive("新口令", params(2));
    let mut nonce = nonces();
    let m = encrypt_all(entries(&store), &old, &mut nonce);
    apply(&mut store, &m);
    // One value still plain (say, written just before): sealed too.
    store.insert("ziping.v1.current".into(), "d1".into());
    let m = reencrypt_all(entries(&store), &old, &new, &mut nonce);
    assert!(m.kept.is_empty());
    assert_eq!(m.writes.len(), original.len());
    apply(&mut store, &m);
    for (key, value) in &store {
        assert_eq!(open(&old, key, value), Err(VaultError::OtherPassphrase));
        assert_eq!(open(&new, key, value).as_deref(), Ok(&*original[key]));
    }
    // Interrupted and run again: what already has the new key stays.
    assert_eq!(
        reencrypt_all(entries(&store), &old, &new, &mut nonce),
        Migration::default()
    );
}

#[test]
fn a_value_that_does_not_open_is_reported_and_kept() {
    let mut store = plain_store();
    let k = key("口令");
    let mut nonce = nonces();
    let m = encrypt_all(entries(&store), &k, &mut nonce);
    apply(&mut store, &m);
    // Cut short by the last three bytes of its ciphertext.
    let (head, ct) = store["ziping.v1.draft.d2"].rsplit_once('.').unwrap();
    let mut ct = B64.decode(ct).unwrap();
    ct.truncate(ct.len() - 3);
    let damaged = format!("{head}.{}", B64.encode(ct));
    store.insert("ziping.v1.draft.d2".into(), damaged.clone());
    let foreign = seal(
        &derive("别人的口令", params(9)),
        "ziping.v1.draft.d3",
        "{}",
        nonce(),
    );
    store.insert("ziping.v1.draft.d3".into(), foreign.clone());

    let m = decrypt_all(entries(&store), &k);
    assert_eq!(
        m.kept,
        vec![
            ("ziping.v1.draft.d2".to_string(), VaultError::Damaged),
            (
                "ziping.v1.draft.d3".to_string(),
                VaultError::OtherPassphrase
            ),
        ]
    );
    assert!(m
        .writes
        .iter()
        .all(|(key, _)| !key.ends_with("d2") && !key.ends_with("d3")));
    apply(&mut store, &m);
    assert_eq!(store["ziping.v1.draft.d2"], damaged, "kept exactly");
    assert_eq!(store["ziping.v1.draft.d3"], foreign, "kept exactly");
    assert_eq!(store["ziping.v1.draft.d1"], DRAFT);

    // Encrypting and changing the passphrase keep them too.
    let m = encrypt_all(entries(&store), &k, &mut nonce);
    assert_eq!(m.kept.len(), 2);
    let new = derive("新口令", params(2));
    let m = reencrypt_all(entries(&store), &k, &new, &mut nonce);
    assert_eq!(
        m.kept,
        vec![
            ("ziping.v1.draft.d2".to_string(), VaultError::Damaged),
            (
                "ziping.v1.draft.d3".to_string(),
                VaultError::OtherPassphrase
            ),
        ]
    );
}

// --- The passphrase ----------------------------------------------------------

#[test]
fn a_new_passphrase_must_be_long_enough_and_typed_twice_alike() {
    use ziping_vault::{check_new_passphrase, PassphraseError};
    assert_eq!(check_new_passphrase("", ""), Err(PassphraseError::TooShort));
    assert_eq!(
        check_new_passphrase("  abcde  ", "  abcde  "),
        Err(PassphraseError::TooShort)
    );
    assert_eq!(check_new_passphrase("从严治部口令", "从严治部口令"), Ok(()));
    assert_eq!(
        check_new_passphrase("从严治部口令", "从严治部口令 "),
        Err(PassphraseError::Mismatch)
    );
    assert_eq!(
        PassphraseError::TooShort.to_string(),
        "口令至少需要 6 个字符（不含首尾空格）。请换一个更长、别人猜不到的口令。"
    );
}

#[test]
fn wrong_passphrases_wait_longer_each_time_up_to_a_limit() {
    use ziping_vault::{retry_delay_ms, MAX_RETRY_DELAY_MS};
    let waits: Vec<u32> = (0..8).map(retry_delay_ms).collect();
    assert_eq!(waits, [0, 1000, 2000, 4000, 8000, 16000, 30000, 30000]);
    assert_eq!(retry_delay_ms(u32::MAX), MAX_RETRY_DELAY_MS);
}

// --- The envelope's base64url ------------------------------------------------

#[test]
fn base64url_matches_rfc_4648_and_the_crate() {
    use ziping_vault::base64::{decode, encode};
    // RFC 4648, section 10, without padding.
    for (plain, text) in [
        ("", ""),
        ("f", "Zg"),
        ("fo", "Zm8"),
        ("foo", "Zm9v"),
        ("foob", "Zm9vYg"),
        ("fooba", "Zm9vYmE"),
        ("foobar", "Zm9vYmFy"),
    ] {
        assert_eq!(encode(plain.as_bytes()), text);
        assert_eq!(decode(text).as_deref(), Some(plain.as_bytes()));
    }
    // Every byte value and every length up to 3 chunks, against the crate.
    let bytes: Vec<u8> = (0..=255u8).rev().chain(0..=255).collect();
    for start in 0..64 {
        for len in 0..10 {
            let slice = &bytes[start * 7..start * 7 + len];
            let ours = encode(slice);
            assert_eq!(ours, B64.encode(slice));
            assert_eq!(decode(&ours).as_deref(), Some(slice));
        }
    }
    assert_eq!(encode(&[0xfb, 0xff]), "-_8");
}

#[test]
fn base64url_refuses_what_no_encoding_gives() {
    use ziping_vault::base64::decode;
    for bad in [
        "A", "Zm9vY", "Zg==", "Zm+v", "Zm/v", "Zh", "Zm9", "Z m9v", "Zm9v\n",
    ] {
        assert_eq!(decode(bad), None, "{bad:?}");
        assert!(B64.decode(bad).is_err(), "the crate agrees on {bad:?}");
    }
}
