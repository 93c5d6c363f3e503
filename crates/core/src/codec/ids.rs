//! Typed ids: each a plain string in the file.

use crate::ids::{DraftId, ItemId, TemplateId};
use crate::json::{At, FromJson, Out, Read, ToJson, Value};

macro_rules! id_as_string {
    ($($id:ident),*) => {$(
        impl ToJson for $id {
            fn write(&self, o: &mut Out) {
                o.string(self.as_str());
            }
        }

        impl FromJson for $id {
            fn read(v: &Value, at: At) -> Read<Self> {
                String::read(v, at).map($id::from)
            }
        }
    )*};
}

id_as_string!(DraftId, TemplateId, ItemId);
