//! Whether the page shows the app or the lock screen (本机加密), as a small
//! pure reducer. The lock record is read by one effect of the UI's `Root`:
//! an action asks for a read ([`GateAction::Check`]), the effect reads the
//! record and dispatches what it read ([`GateAction::Read`]), and the gate
//! decides from that. The key itself is held outside (the UI's keyring);
//! the gate knows only the parameters it was derived with.

use ziping_vault::{self as vault, KdfParams};

/// Why the lock record is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Check {
    /// The page opened.
    Start,
    /// 锁定, or the idle time ran out: lock if the store is encrypted.
    Lock,
    /// Another window changed the lock record or cleared the store.
    Elsewhere,
}

/// What the page shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Screen {
    /// Nothing yet: the lock record has not been read.
    Reading,
    /// The app, mounted for the `mount`-th time (a new mount reads the store
    /// afresh), and the parameters of the key this window holds (`None`:
    /// the store is plain).
    Open { mount: u32, key: Option<KdfParams> },
    /// The lock screen for this lock record; `elsewhere` when another window
    /// set or changed the passphrase.
    Locked { record: String, elsewhere: bool },
}

/// What happens to the gate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GateAction {
    /// Read the lock record, for this reason.
    Check(Check),
    /// The lock record as the store holds it now (`None`: plain).
    Read(Option<String>),
    /// The lock screen opened the store with a key of these parameters.
    Unlocked(KdfParams),
    /// A passphrase was set or changed here (`Some`) or removed (`None`).
    KeyChanged(Option<KdfParams>),
}

/// The page's gate: what it shows and the read it waits for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Gate {
    pub screen: Screen,
    /// A read of the lock record asked for and not yet answered.
    pub check: Option<Check>,
    /// How many reads were asked for: the effect runs once for each.
    pub checks: u32,
    /// How many times the app was opened.
    mounts: u32,
}

impl Default for Gate {
    /// At start: nothing shown until the lock record is read.
    fn default() -> Gate {
        Gate {
            screen: Screen::Reading,
            check: Some(Check::Start),
            checks: 1,
            mounts: 0,
        }
    }
}

impl Gate {
    pub fn apply(&mut self, action: GateAction) {
        match action {
            GateAction::Check(why) => {
                self.check = Some(why);
                self.checks += 1;
            }
            GateAction::Read(record) => {
                if let Some(why) = self.check.take() {
                    self.read(why, record);
                }
            }
            GateAction::Unlocked(params) => {
                if let Screen::Locked { .. } = self.screen {
                    self.screen = self.open(Some(params));
                }
            }
            GateAction::KeyChanged(params) => {
                if let Screen::Open { key, .. } = &mut self.screen {
                    *key = params;
                }
            }
        }
    }

    fn read(&mut self, why: Check, record: Option<String>) {
        let theirs = record.as_deref().and_then(|r| vault::params_of(r).ok());
        // An open app stays while its key is still the store's (none for
        // none); a new record or none is taken everywhere else.
        if let (Check::Elsewhere, Screen::Open { key, .. }) = (why, &self.screen) {
            if *key == theirs {
                return;
            }
        }
        let started = self.screen != Screen::Reading;
        self.screen = match record {
            Some(record) => Screen::Locked {
                record,
                elsewhere: started && why == Check::Elsewhere,
            },
            None => self.open(None),
        };
    }

    /// The app, mounted anew.
    fn open(&mut self, key: Option<KdfParams>) -> Screen {
        self.mounts += 1;
        Screen::Open {
            mount: self.mounts,
            key,
        }
    }

    /// The key this window should hold: `false` once the app is locked or
    /// open on a plain store.
    pub fn holds_key(&self) -> bool {
        matches!(self.screen, Screen::Open { key: Some(_), .. })
    }
}
