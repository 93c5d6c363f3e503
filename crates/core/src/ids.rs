//! Typed ids: a draft's, a template's and an item's id are different things
//! and cannot be mixed up. Each is a plain string on disk (`codec::ids`), so
//! every stored draft, backup and template keeps its format.
//!
//! Ids that come from outside (an imported template or backup) must use the
//! safe character set ([`is_safe_id`]); wherever an id goes into a CSS
//! selector it is escaped ([`css_string`]), so even a legacy id cannot break
//! one.

use std::borrow::Borrow;
use std::fmt;
use std::ops::Deref;

/// The longest id accepted from outside.
pub const MAX_ID_LEN: usize = 64;

/// Whether `id` is 1–64 ASCII letters, digits, `-` or `_`: safe in storage
/// keys, element attributes and file names without escaping.
pub fn is_safe_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= MAX_ID_LEN
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// A fresh id within a list: `prefix` and one more than the highest number
/// in use after it ("p3" after "p1", "p2"), so an id removed is never
/// given again while a higher one stands.
pub fn next_id<'a>(prefix: char, ids: impl IntoIterator<Item = &'a str>) -> String {
    let used: Vec<u64> = ids
        .into_iter()
        .filter_map(|id| id.strip_prefix(prefix)?.parse().ok())
        .collect();
    let top = used.iter().max().copied().unwrap_or(0);
    // Past the largest number (a hand-edited id): the first one free.
    let n = top
        .checked_add(1)
        .unwrap_or_else(|| (1..).find(|n| !used.contains(n)).unwrap_or(1));
    format!("{prefix}{n}")
}

/// The id an imported template or occasion takes when `id` is taken here
/// by one with other content: `<id>-imported`, then `-imported-2` … (safe,
/// at most [`MAX_ID_LEN`]), the first that `taken` refuses.
pub fn beside_id(id: &str, taken: impl Fn(&str) -> bool) -> String {
    let mut n = 1;
    loop {
        let suffix = match n {
            1 => "-imported".to_string(),
            n => format!("-imported-{n}"),
        };
        let mut base: String = id.chars().take(MAX_ID_LEN - suffix.len()).collect();
        base.push_str(&suffix);
        if !taken(&base) {
            return base;
        }
        n += 1;
    }
}

/// `value` as a quoted CSS string (`"…"`), for attribute selectors such as
/// `[data-item-id=…]`: quotes and backslashes escaped, control characters
/// and line breaks as hex escapes.
pub fn css_string(value: &str) -> String {
    let mut out = String::with_capacity(value.len() + 2);
    out.push('"');
    for c in value.chars() {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() => {
                // A hex escape and the space that ends it; controls are < 0xA0.
                let n = c as u32;
                out.push('\\');
                for shift in [4, 0] {
                    out.push(char::from_digit((n >> shift) & 0xf, 16).unwrap_or('0'));
                }
                out.push(' ');
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

macro_rules! typed_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct $name(String);

        impl $name {
            pub fn new(id: impl Into<String>) -> Self {
                $name(id.into())
            }

            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl Deref for $name {
            type Target = str;
            fn deref(&self) -> &str {
                &self.0
            }
        }

        impl Borrow<str> for $name {
            fn borrow(&self) -> &str {
                &self.0
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl From<&str> for $name {
            fn from(s: &str) -> Self {
                $name(s.to_string())
            }
        }

        impl From<String> for $name {
            fn from(s: String) -> Self {
                $name(s)
            }
        }

        impl From<&String> for $name {
            fn from(s: &String) -> Self {
                $name(s.clone())
            }
        }

        impl PartialEq<str> for $name {
            fn eq(&self, other: &str) -> bool {
                self.0 == other
            }
        }

        impl PartialEq<&str> for $name {
            fn eq(&self, other: &&str) -> bool {
                self.0 == *other
            }
        }

        impl PartialEq<String> for $name {
            fn eq(&self, other: &String) -> bool {
                &self.0 == other
            }
        }
    };
}

typed_id!(
    /// A draft's id, e.g. `d1764000000000-123456`.
    DraftId
);
typed_id!(
    /// A template's stable id, e.g. `wuxiang-gongzuo`.
    TemplateId
);
typed_id!(
    /// An item's id within its template, e.g. `w3-peixun`.
    ItemId
);

impl DraftId {
    /// A fresh id from the time and a random number (0–999,999) the caller
    /// draws, so two tabs never clash.
    pub fn generate(now: i64, random: u32) -> DraftId {
        DraftId(format!("d{now}-{:06}", random % 1_000_000))
    }
}
