//! The readers' half: a parsed value read field by field, with where a
//! fault is.

use std::collections::BTreeMap;

use serde_json::{Map, Value};

/// What went wrong, with where: the text after 结构不正确：.
pub type Read<T> = Result<T, String>;

/// Parses JSON text; the error says where, in Chinese (第2行第5个字符附近格式
///有误), for the messages a person reads.
pub fn parse(json: &str) -> Result<Value, String> {
    serde_json::from_str(json).map_err(|e| {
        // serde_json counts bytes; a person counts characters.
        let line = e.line();
        let text = json.lines().nth(line.saturating_sub(1)).unwrap_or("");
        let mut at = e.column().saturating_sub(1).min(text.len());
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        let column = text[..at].chars().count() + 1;
        match e.classify() {
            serde_json::error::Category::Eof => format!("内容在第{line}行就中断了，文件不完整"),
            _ => format!("第{line}行第{column}个字符附近格式有误"),
        }
    })
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
        let mut out = Vec::with_capacity(list.len());
        for (n, v) in list.iter().enumerate() {
            out.push(T::read(v, at.index(n))?);
        }
        Ok(out)
    }
}

impl<K: From<String> + Ord, T: FromJson> FromJson for BTreeMap<K, T> {
    fn read(v: &Value, at: At) -> Read<Self> {
        let map = v.as_object().ok_or_else(|| at.expected("对象（{…}）"))?;
        // Inserted one by one: collecting sorts first, a copy of the sort's
        // code for each map type (crate::order).
        let mut out = BTreeMap::new();
        for (k, v) in map {
            out.insert(K::from(k.clone()), T::read(v, at.key(k))?);
        }
        Ok(out)
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

    /// Reads a field into `slot` if it is there (else leaves the default):
    /// a reader that fills a default value field by field drops one
    /// half-filled value at a fault, not each field read so far.
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

    /// A field that may be missing: `None` then.
    pub fn maybe<T: FromJson>(&self, key: &str) -> Read<Option<T>> {
        match self.map.get(key) {
            Some(v) => T::read(v, self.at.key(key)).map(Some),
            None => Ok(None),
        }
    }

    /// Checks that a field, if there, reads as a `T`, and drops it (a key
    /// kept only for a migration, which reads it from the parsed file).
    pub fn check<T: FromJson>(&self, key: &str) -> Read<()> {
        self.maybe::<T>(key).map(drop)
    }

    /// A field that may be missing: its default then.
    pub fn opt<T: FromJson + Default>(&self, key: &str) -> Read<T> {
        match self.map.get(key) {
            Some(v) => T::read(v, self.at.key(key)),
            None => Ok(T::default()),
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
