//! Rules about the passphrase itself: what a new one must be, and how long
//! a wrong one makes the person wait before the next try.

use std::fmt;

/// The shortest passphrase accepted, in characters (a Chinese character
/// counts as one).
pub const MIN_PASSPHRASE_CHARS: usize = 6;
/// The longest wait after wrong passphrases.
pub const MAX_RETRY_DELAY_MS: u32 = 30_000;

/// Why a new passphrase is not accepted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PassphraseError {
    TooShort,
    Mismatch,
}

impl fmt::Display for PassphraseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PassphraseError::TooShort => write!(
                f,
                "口令至少需要 {MIN_PASSPHRASE_CHARS} 个字符（不含首尾空格）。请换一个更长、别人猜不到的口令。"
            ),
            PassphraseError::Mismatch => {
                write!(f, "两次输入的口令不一致，请重新输入。")
            }
        }
    }
}

impl std::error::Error for PassphraseError {}

/// Checks a new passphrase typed twice.
pub fn check_new_passphrase(passphrase: &str, again: &str) -> Result<(), PassphraseError> {
    // At least MIN_PASSPHRASE_CHARS characters: the last of them exists.
    if passphrase
        .trim()
        .chars()
        .nth(MIN_PASSPHRASE_CHARS - 1)
        .is_none()
    {
        return Err(PassphraseError::TooShort);
    }
    if passphrase != again {
        return Err(PassphraseError::Mismatch);
    }
    Ok(())
}

/// How long to wait after `failures` wrong passphrases in a row: none before
/// the first, then 1 s, doubling, at most [`MAX_RETRY_DELAY_MS`].
pub fn retry_delay_ms(failures: u32) -> u32 {
    match failures {
        0 => 0,
        n => 1000u32
            .saturating_mul(1 << (n - 1).min(15))
            .min(MAX_RETRY_DELAY_MS),
    }
}
