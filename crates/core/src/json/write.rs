//! The writers' half: JSON text built field by field.

use std::collections::BTreeMap;

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
