//! 本机加密: the lock screen, the passphrase form and the lock's settings.

mod forgot_passphrase;
mod lock_screen;
mod lock_settings;

pub use forgot_passphrase::ForgotPassphrase;
pub use lock_screen::{input, passphrase_form, Prompt};
pub use lock_settings::{lock_settings, LockOutcome};
