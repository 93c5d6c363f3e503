//! Bad input never panics: sealed values cut short, flipped, padded with
//! strange text, with fields of other lengths and numbers out of range,
//! opened, read for their parameters and migrated; a value that does not
//! open is never written over (`Migration::kept`). From a fixed seed;
//! `fuzz::Panics` names the exact input.
#![cfg(not(target_arch = "wasm32"))]

#[path = "../../core/tests/fuzz/mod.rs"]
mod fuzz;

use fuzz::*;
use ziping_vault::base64 as b64;
use ziping_vault::{
    check_new_passphrase, check_passphrase, decrypt_all, encrypt_all, is_sealed, open, params_of,
    reencrypt_all, retry_delay_ms, reveal, seal, verifier, KdfParams, Key, KEY_LEN, NONCE_LEN,
    SALT_LEN,
};

fn key(byte: u8) -> Key {
    Key::new(
        [byte; KEY_LEN],
        KdfParams {
            iterations: 1_000,
            salt: [byte; SALT_LEN],
        },
    )
}

const CONTEXT: &str = "ziping.v1.draft.d1";

/// A sealed draft's fields changed one way or another.
fn damaged(rng: &mut Rng, sealed: &str) -> String {
    match rng.below(4) {
        0 => mutate_text(rng, sealed),
        1 => String::from_utf8_lossy(&mutate_bytes(rng, sealed.as_bytes())).into_owned(),
        _ => {
            let mut fields: Vec<String> = sealed.split('.').map(String::from).collect();
            let i = rng.below(fields.len());
            fields[i] = match rng.below(6) {
                0 => String::new(),
                1 => ["0", "4294967295", "4294967296", "-1", "1e3", "600001"][rng.below(6)].into(),
                2 => b64::encode(&vec![7; rng.below(40)]),
                3 => nasty_string(rng),
                4 => format!("{}=", fields[i]),
                _ => fields[i][..fields[i].len() / 2].to_string(),
            };
            if rng.chance(4) {
                fields.insert(rng.below(fields.len()), String::new());
            }
            fields.join(".")
        }
    }
}

#[test]
fn fuzz_opening_damaged_values() {
    quiet_panics();
    let panics = Panics::default();
    let mut rng = Rng::new(0x5eed_0301);
    let (k, other) = (key(7), key(9));
    let draft = include_str!("../../../tests/fixtures/drafts/zuzhi-shenghuohui.json");
    let sealed = seal(&k, CONTEXT, draft, [3; NONCE_LEN]);
    let check = verifier(&k, [4; NONCE_LEN]);
    for n in 0..1500 {
        let value = if n % 2 == 0 {
            damaged(&mut rng, &sealed)
        } else {
            damaged(&mut rng, &check)
        };
        let opened = panics.guard("opening a damaged value", &value, || {
            is_sealed(&value);
            let _ = params_of(&value);
            let _ = reveal(None, CONTEXT, &value);
            let _ = reveal(Some(&other), CONTEXT, &value);
            let _ = check_passphrase(&k, &value);
            open(&k, CONTEXT, &value)
        });
        // A change that still opens must give back exactly what was sealed.
        if let Some(Ok(text)) = opened {
            if text != draft {
                panics.note("a damaged value opened to other text", &value);
            }
        }
        let entries = vec![
            (CONTEXT.to_string(), value.clone()),
            ("ziping.v1.prefs".to_string(), "{}".to_string()),
        ];
        let migrations = panics.guard("migrating a damaged value", &value, || {
            [
                decrypt_all(entries.clone(), &k),
                encrypt_all(entries.clone(), &k, &mut || [5; NONCE_LEN]),
                reencrypt_all(entries.clone(), &k, &other, &mut || [6; NONCE_LEN]),
            ]
        });
        // What did not open is kept, not written over.
        for m in migrations.iter().flatten() {
            let kept = m.kept.iter().any(|(key, _)| key == CONTEXT);
            let written = m.writes.iter().any(|(key, _)| key == CONTEXT);
            if kept && written {
                panics.note("a value that did not open was written over", &value);
            }
        }
    }
    for _ in 0..500 {
        let text = nasty_string(&mut rng);
        panics.guard("base64 and passphrases", &text, || {
            b64::decode(&text);
            let _ = check_new_passphrase(&text, &text);
        });
    }
    for n in [0, 1, 15, 16, 17, u32::MAX] {
        panics.guard("retry delay", &n, || retry_delay_ms(n));
    }
    panics.assert_none();
}
