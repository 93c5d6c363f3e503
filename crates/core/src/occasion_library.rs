//! The occasions this computer knows: the built-in set and those a
//! department's file or a backup brought in. Imported ones are stored and
//! merge with the built-ins by id: the same id with the same content is the
//! same occasion; the same id with other content is kept beside the one here
//! under a new id, its name marked （导入）. Nothing here is ever replaced.

use crate::ids::beside_id;
use crate::naming::imported_name;
use crate::occasion::{Occasion, OccasionSet, OCCASIONS_FORMAT, OCCASIONS_FORMAT_VERSION};

#[derive(Debug, Clone, PartialEq)]
pub struct OccasionLibrary {
    /// The built-ins first, then the imported ones in the order they came.
    all: OccasionSet,
    builtin: usize,
}

/// What became of one incoming occasion.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Placed {
    /// One with this id and this content is here already.
    Same,
    /// New here: added as it is.
    New,
    /// Its id is taken here by other content: it is `to` here, named
    /// （导入）; `added` is false when an earlier import put it there.
    Beside {
        from: String,
        to: String,
        added: bool,
    },
}

/// An occasions set with nothing in it yet (the format fields filled).
pub fn occasion_set(occasions: Vec<Occasion>) -> OccasionSet {
    OccasionSet {
        format: OCCASIONS_FORMAT.into(),
        format_version: OCCASIONS_FORMAT_VERSION,
        occasions,
    }
}

/// No occasion at all (a start for tests and empty values).
impl Default for OccasionLibrary {
    fn default() -> Self {
        OccasionLibrary {
            all: occasion_set(Vec::new()),
            builtin: 0,
        }
    }
}

impl OccasionLibrary {
    /// The built-ins and the stored imported occasions. A stored one whose id
    /// a later release's built-in took is kept (and stored again), though
    /// the built-in answers to that id: nothing stored is lost.
    pub fn new(builtin: OccasionSet, imported: Vec<Occasion>) -> OccasionLibrary {
        let count = builtin.occasions.len();
        let mut all = builtin;
        all.occasions.extend(imported);
        OccasionLibrary {
            all,
            builtin: count,
        }
    }

    /// Every occasion, as the picker and the 材料 read them.
    pub fn set(&self) -> &OccasionSet {
        &self.all
    }

    pub fn get(&self, id: &str) -> Option<&Occasion> {
        self.all.get(id)
    }

    /// The imported occasions, as stored.
    pub fn imported(&self) -> &[Occasion] {
        &self.all.occasions[self.builtin..]
    }

    pub fn is_builtin(&self, id: &str) -> bool {
        self.all.occasions[..self.builtin]
            .iter()
            .any(|o| o.id == id)
    }

    /// Where `o` would go: nowhere (the same is here), as it is, or beside
    /// the one here under a new id (also clear of `reserved`, the ids other
    /// occasions of the same file will take).
    pub fn place(&self, o: &Occasion, reserved: &[String]) -> Placed {
        match self.get(&o.id) {
            None => Placed::New,
            Some(here) if here == o => Placed::Same,
            Some(_) => match self.imported().iter().find(|e| e == &&beside(o, &e.id)) {
                Some(e) => Placed::Beside {
                    from: o.id.clone(),
                    to: e.id.clone(),
                    added: false,
                },
                None => Placed::Beside {
                    from: o.id.clone(),
                    to: beside_id(&o.id, |id| {
                        self.get(id).is_some() || reserved.iter().any(|r| r == id)
                    }),
                    added: true,
                },
            },
        }
    }

    /// Adds incoming occasions by [`place`](Self::place), and says what became
    /// of each, in order.
    pub fn add(&mut self, incoming: Vec<Occasion>) -> Vec<Placed> {
        incoming
            .into_iter()
            .map(|o| {
                let placed = self.place(&o, &[]);
                match &placed {
                    Placed::New => self.all.occasions.push(o),
                    Placed::Beside {
                        to, added: true, ..
                    } => self.all.occasions.push(beside(&o, to)),
                    _ => {}
                }
                placed
            })
            .collect()
    }
}

/// `o` as kept beside another with its id: under `id`, named （导入）.
fn beside(o: &Occasion, id: &str) -> Occasion {
    Occasion {
        id: id.to_string(),
        label: imported_name(&o.label),
        ..o.clone()
    }
}
