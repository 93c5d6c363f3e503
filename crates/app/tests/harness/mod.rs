//! The app over its reducer, as the tests drive it: the state from what was
//! stored, a clock that moves a second with each action, new draft ids
//! "{prefix}1", "{prefix}2" … (another computer has its own prefix), and a
//! saver that writes the way the autosave does.
#![allow(dead_code)]

use ziping_app::state::{apply, Action, AppState};
use ziping_app::storage::{self, KeyValue, Saver, Stored};
use ziping_core::{Draft, DraftId};

/// 2026-11-18 in UTC+8.
pub const NOW: i64 = 1_795_000_000_000;

pub struct App {
    pub state: AppState,
    pub saver: Saver,
    ids: u32,
    now: i64,
    prefix: &'static str,
}

impl App {
    pub fn with(stored: Stored) -> App {
        App::on("n", stored)
    }

    pub fn on(prefix: &'static str, stored: Stored) -> App {
        App::at(prefix, NOW, stored)
    }

    /// [`App::on`] with the clock starting at `now`.
    pub fn at(prefix: &'static str, now: i64, stored: Stored) -> App {
        let saver = Saver::from_loaded(&stored);
        let mut ids = 0;
        let state = AppState::from_stored(
            Ok(stored),
            ziping_core::builtin_templates(),
            now,
            &mut || {
                ids += 1;
                DraftId::from(format!("{prefix}{ids}"))
            },
        );
        App {
            state,
            saver,
            ids,
            now,
            prefix,
        }
    }

    /// The app as it starts over `store`.
    pub fn open(store: &dyn KeyValue) -> App {
        App::with(storage::load(store).unwrap())
    }

    pub fn act(&mut self, action: Action) -> &mut App {
        self.now += 1000;
        let (ids, prefix) = (&mut self.ids, self.prefix);
        apply(&mut self.state, action, self.now, &mut || {
            *ids += 1;
            DraftId::from(format!("{prefix}{ids}"))
        });
        self
    }

    pub fn draft(&self) -> &Draft {
        self.state.draft()
    }

    pub fn revision(&self) -> u64 {
        self.state.persist.revision
    }

    /// Writes what changed, as the autosave does.
    pub fn save(&mut self, store: &mut dyn KeyValue) {
        self.saver.sync(store, &self.state.save_set()).unwrap();
    }
}
