//! The browser's Web Crypto, for the lock: the key derived from a passphrase
//! (PBKDF2-SHA-256, asynchronous, once per unlock) and random bytes for salts
//! and nonces. Everything after the key is synchronous Rust (`vault`).
//! file:// is a secure context in Chromium and Firefox, so `crypto.subtle`
//! is there.

use js_sys::{Array, Object, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use ziping_vault::{KdfParams, Key, KEY_LEN};

/// Why the browser could not do what the lock needs.
pub const UNSUPPORTED: &str = "当前浏览器不支持本机加密所需的加密功能（Web Crypto），无法设置口令或解锁。请用新版 Chrome、Edge、Firefox 打开本文件。";

fn unsupported(e: JsValue) -> String {
    web_sys::console::warn_1(&e);
    UNSUPPORTED.to_string()
}

fn crypto() -> Result<web_sys::Crypto, String> {
    gloo::utils::window().crypto().map_err(unsupported)
}

/// PBKDF2-HMAC-SHA-256 of the passphrase (UTF-8) with `params`: the key the
/// values are sealed with. Takes as long as the count says (about a second).
pub async fn derive_key(passphrase: &str, params: KdfParams) -> Result<Key, String> {
    let subtle = crypto()?.subtle();
    let secret = Uint8Array::from(passphrase.as_bytes());
    let usages = Array::of1(&JsValue::from_str("deriveBits"));
    let base = subtle
        .import_key_with_str("raw", &secret, "PBKDF2", false, &usages)
        .map_err(unsupported)?;
    let base: web_sys::CryptoKey = JsFuture::from(base)
        .await
        .map_err(unsupported)?
        .unchecked_into();
    // The Pbkdf2Params dictionary as a plain object (docs/size.md).
    let algorithm = Object::new();
    for (field, value) in [
        ("name", JsValue::from_str("PBKDF2")),
        ("hash", JsValue::from_str("SHA-256")),
        ("iterations", params.iterations.into()),
        ("salt", Uint8Array::from(&params.salt[..]).into()),
    ] {
        Reflect::set(&algorithm, &field.into(), &value).map_err(unsupported)?;
    }
    let bits = subtle
        .derive_bits_with_object(&algorithm, &base, (KEY_LEN * 8) as u32)
        .map_err(unsupported)?;
    let bits = Uint8Array::new(&JsFuture::from(bits).await.map_err(unsupported)?);
    let mut bytes = [0u8; KEY_LEN];
    if bits.length() as usize != KEY_LEN {
        return Err(UNSUPPORTED.to_string());
    }
    bits.copy_to(&mut bytes);
    Ok(Key::new(bytes, params))
}

/// `N` bytes from the browser's cryptographic random source.
pub fn random<const N: usize>() -> Result<[u8; N], String> {
    let mut out = [0u8; N];
    fill(&mut out)?;
    Ok(out)
}

/// Fills `out` from the browser's cryptographic random source.
fn fill(out: &mut [u8]) -> Result<(), String> {
    crypto()?
        .get_random_values_with_u8_array(out)
        .map_err(unsupported)?;
    Ok(())
}
