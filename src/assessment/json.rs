//! Reading and writing the app's JSON files (drafts, templates, occasions,
//! backups, preferences) by hand: readers over a parsed [`serde_json::Value`]
//! and writers into a string, one small pair per type, next to the type.
//! serde's derived readers and writers cost the single file about 13 KB
//! more: each is compiled again for every place it is used. Tests check that
//! what is written reads back the same (`tests/json.rs`,
//! `every_field_reads_back_as_written` in `tests/draft.rs`, the templates'
//! export) and the messages word for word.
//!
//! A reader says where a fault is and what was expected, in words a person
//! fixing the file can act on: `“problems”第 3 项的“text”应是文字。`
//!
//! One difference from serde's readers, accepted: a key written twice in one
//! object is not refused; the last one counts (as in JavaScript's
//! `JSON.parse`). The app never writes one.

use std::collections::BTreeMap;

use serde_json::{Map, Value};

/// What went wrong, with where: the text after 结构不正确：.
pub type Read<T> = Result<T, String>;

/// Parses JSON text; the error keeps serde_json's line and column.
pub fn parse(json: &str) -> Result<Value, serde_json::Error> {
    serde_json::from_str(json)
}

/// Where a value sits in the file, for messages.
#[derive(Clone, Copy)]
pub struct At<'a> {
    parent: Option<&'a At<'a>>,
    step: Step<'a>,
}

#[derive(Clone, Copy)]
enum Step<'a> {
    Root,
    Key(&'a str),
    Index(usize),
}

impl<'a> At<'a> {
    /// The file itself.
    pub const ROOT: At<'static> = At {
        parent: None,
        step: Step::Root,
    };

    fn key(&'a self, key: &'a str) -> At<'a> {
        At {
            parent: Some(self),
            step: Step::Key(key),
        }
    }

    fn index(&'a self, n: usize) -> At<'a> {
        At {
            parent: Some(self),
            step: Step::Index(n),
        }
    }

    /// “problems”第 3 项的“text”; 文件 for the whole file.
    pub fn path(&self) -> String {
        let mut s = match self.parent {
            Some(p) if !matches!(p.step, Step::Root) => p.path(),
            _ => String::new(),
        };
        match self.step {
            Step::Root => s.push_str("文件"),
            Step::Key(k) => {
                if !s.is_empty() {
                    s.push('的');
                }
                s.push('“');
                s.push_str(k);
                s.push('”');
            }
            Step::Index(n) => {
                s.push_str("第 ");
                s.push_str(&(n + 1).to_string());
                s.push_str(" 项");
            }
        }
        s
    }

    /// "“x”应是文字".
    pub fn expected(&self, what: &str) -> String {
        let mut s = self.path();
        s.push_str("应是");
        s.push_str(what);
        s.push('。');
        s
    }
}

/// A type read from JSON.
pub trait FromJson: Sized {
    fn read(v: &Value, at: At) -> Read<Self>;
}

impl FromJson for String {
    fn read(v: &Value, at: At) -> Read<Self> {
        v.as_str()
            .map(str::to_string)
            .ok_or_else(|| at.expected("文字"))
    }
}

impl FromJson for bool {
    fn read(v: &Value, at: At) -> Read<Self> {
        v.as_bool().ok_or_else(|| at.expected(" true 或 false"))
    }
}

impl FromJson for u32 {
    fn read(v: &Value, at: At) -> Read<Self> {
        v.as_u64()
            .and_then(|n| u32::try_from(n).ok())
            .ok_or_else(|| at.expected(" 0 到 4294967295 之间的整数"))
    }
}

impl FromJson for u16 {
    fn read(v: &Value, at: At) -> Read<Self> {
        v.as_u64()
            .and_then(|n| u16::try_from(n).ok())
            .ok_or_else(|| at.expected(" 0 到 65535 之间的整数"))
    }
}

impl FromJson for u64 {
    fn read(v: &Value, at: At) -> Read<Self> {
        v.as_u64().ok_or_else(|| at.expected("非负整数"))
    }
}

impl FromJson for i64 {
    fn read(v: &Value, at: At) -> Read<Self> {
        v.as_i64().ok_or_else(|| at.expected("整数"))
    }
}

impl<T: FromJson> FromJson for Option<T> {
    fn read(v: &Value, at: At) -> Read<Self> {
        match v {
            Value::Null => Ok(None),
            v => T::read(v, at).map(Some),
        }
    }
}

impl<T: FromJson> FromJson for Vec<T> {
    fn read(v: &Value, at: At) -> Read<Self> {
        let list = v.as_array().ok_or_else(|| at.expected("列表"))?;
        list.iter()
            .enumerate()
            .map(|(n, v)| T::read(v, at.index(n)))
            .collect()
    }
}

impl<K: From<String> + Ord, T: FromJson> FromJson for BTreeMap<K, T> {
    fn read(v: &Value, at: At) -> Read<Self> {
        let map = v.as_object().ok_or_else(|| at.expected("对象（{…}）"))?;
        map.iter()
            .map(|(k, v)| Ok((K::from(k.clone()), T::read(v, at.key(k))?)))
            .collect()
    }
}

/// An object being read field by field.
pub struct Obj<'a> {
    map: &'a Map<String, Value>,
    at: At<'a>,
}

impl<'a> Obj<'a> {
    pub fn new(v: &'a Value, at: At<'a>) -> Read<Obj<'a>> {
        let map = v.as_object().ok_or_else(|| at.expected("对象（{…}）"))?;
        Ok(Obj { map, at })
    }

    /// Reads a field into `slot` if it is there (else leaves the default).
    /// Filling a default value field by field keeps each reader small: a
    /// fault drops one half-filled value, not each field read so far.
    #[inline(never)]
    pub fn get<T: FromJson>(&self, key: &str, slot: &mut T) -> Read<()> {
        if let Some(v) = self.map.get(key) {
            *slot = T::read(v, self.at.key(key))?;
        }
        Ok(())
    }

    /// Reads a field that must be there into `slot`.
    #[inline(never)]
    pub fn need<T: FromJson>(&self, key: &str, slot: &mut T) -> Read<()> {
        *slot = self.req(key)?;
        Ok(())
    }

    /// A field that must be there.
    pub fn req<T: FromJson>(&self, key: &str) -> Read<T> {
        match self.map.get(key) {
            Some(v) => T::read(v, self.at.key(key)),
            None => {
                let mut s = String::from("缺少");
                s.push_str(&self.at.key(key).path());
                s.push('。');
                Err(s)
            }
        }
    }

    /// A field that may be missing: its default then.
    pub fn opt<T: FromJson + Default>(&self, key: &str) -> Read<T> {
        self.or(key, T::default)
    }

    /// A field that may be missing: `missing()` then.
    pub fn or<T: FromJson>(&self, key: &str, missing: impl FnOnce() -> T) -> Read<T> {
        match self.map.get(key) {
            Some(v) => T::read(v, self.at.key(key)),
            None => Ok(missing()),
        }
    }

    /// Refuses a field not in `known` (a template's typo must not pass
    /// silently).
    pub fn only(&self, known: &[&str]) -> Read<()> {
        match self.map.keys().find(|k| !known.contains(&k.as_str())) {
            None => Ok(()),
            Some(k) => {
                let mut s = self.at.key(k).path();
                s.push_str("不是可用的字段。");
                Err(s)
            }
        }
    }
}

/// Reads a unit enum written as one of its snake_case names.
pub fn one_of<T: Copy>(v: &Value, at: At, names: &[(&str, T)]) -> Read<T> {
    let s = v.as_str().ok_or_else(|| at.expected("文字"))?;
    names
        .iter()
        .find(|(n, _)| *n == s)
        .map(|(_, t)| *t)
        .ok_or_else(|| {
            let all: Vec<&str> = names.iter().map(|(n, _)| *n).collect();
            let mut m = at.path();
            m.push_str("应是以下之一：");
            m.push_str(&all.join("、"));
            m.push('。');
            m
        })
}

/// JSON text being written, compact or indented by two spaces (the layout
/// serde_json's `to_string_pretty` gives).
pub struct Out {
    s: String,
    pretty: bool,
    depth: usize,
}

/// A type written as JSON, by hand, like its reader.
pub trait ToJson {
    fn write(&self, o: &mut Out);
}

/// `v` as compact JSON (stored values, backups).
pub fn to_json<T: ToJson + ?Sized>(v: &T) -> String {
    write(v, false)
}

/// `v` as indented JSON (a template or occasions file a person may edit).
pub fn to_json_pretty<T: ToJson + ?Sized>(v: &T) -> String {
    write(v, true)
}

fn write<T: ToJson + ?Sized>(v: &T, pretty: bool) -> String {
    let mut o = Out {
        s: String::new(),
        pretty,
        depth: 0,
    };
    v.write(&mut o);
    o.s
}

impl Out {
    fn line(&mut self) {
        if self.pretty {
            self.s.push('\n');
            for _ in 0..self.depth {
                self.s.push_str("  ");
            }
        }
    }

    /// A string, escaped as JSON requires.
    pub fn string(&mut self, v: &str) {
        self.s.push('"');
        for c in v.chars() {
            match c {
                '"' => self.s.push_str("\\\""),
                '\\' => self.s.push_str("\\\\"),
                '\n' => self.s.push_str("\\n"),
                '\r' => self.s.push_str("\\r"),
                '\t' => self.s.push_str("\\t"),
                c if (c as u32) < 0x20 => {
                    self.s.push_str("\\u00");
                    for shift in [4, 0] {
                        let d = (c as u32 >> shift) & 0xf;
                        self.s.push(char::from_digit(d, 16).unwrap_or('0'));
                    }
                }
                c => self.s.push(c),
            }
        }
        self.s.push('"');
    }

    /// A number, `true`, `false` or `null`, as written.
    pub fn raw(&mut self, v: &str) {
        self.s.push_str(v);
    }

    /// Starts an object; its fields follow, then [`Fields::end`].
    pub fn object(&mut self) -> Fields<'_> {
        self.s.push('{');
        self.depth += 1;
        Fields {
            o: self,
            empty: true,
        }
    }

    fn list<'a, T: ToJson + 'a>(&mut self, items: impl Iterator<Item = &'a T>) {
        self.s.push('[');
        self.depth += 1;
        let mut empty = true;
        for v in items {
            if !empty {
                self.s.push(',');
            }
            empty = false;
            self.line();
            v.write(self);
        }
        self.close(empty, ']');
    }

    fn close(&mut self, empty: bool, bracket: char) {
        self.depth -= 1;
        if !empty {
            self.line();
        }
        self.s.push(bracket);
    }
}

/// The fields of an object being written.
pub struct Fields<'a> {
    o: &'a mut Out,
    empty: bool,
}

impl Fields<'_> {
    /// Writes `"key": value`.
    pub fn field<T: ToJson + ?Sized>(&mut self, key: &str, v: &T) -> &mut Self {
        self.key(key);
        v.write(self.o);
        self
    }

    /// Writes the field unless `skip` (an empty or default value that is
    /// left out of the file).
    pub fn field_unless<T: ToJson + ?Sized>(&mut self, skip: bool, key: &str, v: &T) -> &mut Self {
        if !skip {
            self.field(key, v);
        }
        self
    }

    fn key(&mut self, key: &str) {
        if !self.empty {
            self.o.s.push(',');
        }
        self.empty = false;
        self.o.line();
        self.o.string(key);
        self.o.s.push(':');
        if self.o.pretty {
            self.o.s.push(' ');
        }
    }

    pub fn end(&mut self) {
        self.o.close(self.empty, '}');
    }
}

impl ToJson for str {
    fn write(&self, o: &mut Out) {
        o.string(self);
    }
}

impl ToJson for String {
    fn write(&self, o: &mut Out) {
        o.string(self);
    }
}

impl ToJson for bool {
    fn write(&self, o: &mut Out) {
        o.raw(if *self { "true" } else { "false" });
    }
}

macro_rules! number_to_json {
    ($($t:ty),*) => {$(
        impl ToJson for $t {
            fn write(&self, o: &mut Out) {
                o.raw(&self.to_string());
            }
        }
    )*};
}
number_to_json!(u16, u32, u64, i64);

impl<T: ToJson> ToJson for Option<T> {
    fn write(&self, o: &mut Out) {
        match self {
            Some(v) => v.write(o),
            None => o.raw("null"),
        }
    }
}

impl<T: ToJson> ToJson for Vec<T> {
    fn write(&self, o: &mut Out) {
        o.list(self.iter());
    }
}

impl<K: AsRef<str>, T: ToJson> ToJson for BTreeMap<K, T> {
    fn write(&self, o: &mut Out) {
        let mut f = o.object();
        for (k, v) in self {
            f.field(k.as_ref(), v);
        }
        f.end();
    }
}

/// Writes a unit enum as its name in `names` (the table its reader uses).
pub fn write_name<T: Copy + PartialEq>(v: T, names: &[(&str, T)], o: &mut Out) {
    let name = names.iter().find(|(_, t)| *t == v).map_or("", |(n, _)| *n);
    o.string(name);
}
