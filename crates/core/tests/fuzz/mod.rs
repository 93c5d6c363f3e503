//! Deterministic fuzzing for the robustness tests of the pure crates
//! (ziping-core's, and ziping-report's and ziping-app's through `#[path]`):
//! a xorshift generator with a fixed seed, mutations of text, bytes and
//! parsed JSON towards what damaged or hand-edited files hold, and a guard
//! that catches a panic and keeps the exact input that caused it.
#![allow(dead_code)]

use std::cell::RefCell;
use std::panic::{catch_unwind, AssertUnwindSafe};

use serde_json::{Map, Number, Value};

/// xorshift64*: small, fixed, the same sequence on every machine.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.max(1))
    }

    pub fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    /// 0 to n - 1 (0 for n = 0).
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }

    pub fn chance(&mut self, one_in: usize) -> bool {
        self.below(one_in) == 0
    }

    pub fn pick<'a, T>(&mut self, list: &'a [T]) -> &'a T {
        &list[self.below(list.len())]
    }
}

/// Text people paste and files carry that a reader may trip on.
pub const NASTY: &[&str] = &[
    "",
    " ",
    "\u{0}",
    "\u{b}",
    "\u{1f}",
    "\u{7f}",
    "\n\r\t",
    "\u{feff}",
    "\u{200b}",
    "\u{200f}",
    "\u{202e}",
    "\u{fffd}",
    "e\u{301}\u{302}\u{303}",
    "\u{301}",
    "😀",
    "👨‍👩‍👧",
    "𠀀𪚥",
    "２０２６年１月",
    "２０２６－０１－１５",
    "二〇二六年一月",
    "二〇二六年十三月",
    "马上改",
    "年底前",
    "明年底前",
    "明年十三月底前",
    "2026年13月40日",
    "2026年2月29日",
    "2024年2月29日前",
    "0年",
    "0000年",
    "99999年",
    "9999年12月31日",
    "1900年1月1日",
    "2199年12月底前",
    "9999999999",
    "-9999999999",
    "99个月内",
    "0个月内",
    "52周内",
    "99周内",
    "十三个月内",
    "三十一周内",
    "第五季度末",
    "第〇季度",
    "12月99日前",
    "2月30号",
    "2026.",
    "2026..",
    "2026-",
    "2026/13",
    "2026-02-30",
    "2026-1-1-1",
    "年年年",
    "月月",
    "立行立改、长期坚持",
    "并并并",
    "、、、",
    "【】",
    "【",
    "】",
    "“",
    "”",
    "……",
    "{}",
    "{{",
    "}}",
    "{姓名}",
    "{unknown",
    "<>&\"'",
    "]]>",
    "\\",
    "%s%n",
    "../..",
    "CON",
    "a/b\\c:d*e?f\"g<h>i|j",
];

/// Raw JSON put into a file's text where a value goes.
pub const JSON_BITS: &[&str] = &[
    "null",
    "true",
    "false",
    "0",
    "-0",
    "-0.0",
    "1e308",
    "-1e308",
    "1e309",
    "0.5",
    "-1",
    "9999999999",
    "9223372036854775807",
    "-9223372036854775808",
    "18446744073709551615",
    "18446744073709551616",
    "4294967296",
    "65536",
    "\"\"",
    "\"\\ud800\"",
    "\"\\udc00x\"",
    "\"\\u0000\"",
    "\"\\u000b\\u001f\"",
    "[]",
    "{}",
    "[[[[[[[[[[]]]]]]]]]]",
    "{\"\":{}}",
    "\"马上改\"",
    "\"2026年13月40日\"",
];

pub fn nasty_string(rng: &mut Rng) -> String {
    match rng.below(12) {
        // Now and then 100 KB, as a pasted document.
        0 if rng.chance(6) => "长".repeat(34_000),
        0 => "长".repeat(rng.below(2_000)),
        1 => {
            let n = rng.below(8) + 1;
            (0..n).map(|_| *rng.pick(NASTY)).collect()
        }
        2 => {
            // Random code points, astral ones too.
            let n = rng.below(20);
            (0..n)
                .filter_map(|_| char::from_u32(rng.below(0x2_0000) as u32))
                .collect()
        }
        3 => format!("{}{}", rng.pick(NASTY), rng.next() as i64),
        _ => rng.pick(NASTY).to_string(),
    }
}

pub fn nasty_number(rng: &mut Rng) -> Value {
    let f: f64 = match rng.below(12) {
        0 => 1e308,
        1 => -1e308,
        2 => -0.0,
        3 => 0.5,
        4 => -1.0,
        5 => 2.5e9,
        _ => f64::NAN,
    };
    match rng.below(10) {
        0 => Value::from(i64::MIN),
        1 => Value::from(i64::MAX),
        2 => Value::from(u64::MAX),
        3 => Value::from(9_999_999_999_i64),
        4 => Value::from(-9_999_999_999_i64),
        5 => Value::from(u64::from(u32::MAX) + rng.below(2) as u64),
        7 => Value::from([65_535, 65_536, 99_999, 1_000_000][rng.below(4)]),
        6 => Value::from(rng.next() as i64 % 100),
        _ => Number::from_f64(f).map_or(Value::from(0), Value::Number),
    }
}

/// A value of any kind, nested up to `depth`.
pub fn random_value(rng: &mut Rng, depth: usize) -> Value {
    match rng.below(if depth == 0 { 5 } else { 7 }) {
        0 => Value::Null,
        1 => Value::Bool(rng.chance(2)),
        2 => nasty_number(rng),
        3 | 4 => Value::String(nasty_string(rng)),
        5 => Value::Array(
            (0..rng.below(4))
                .map(|_| random_value(rng, depth - 1))
                .collect(),
        ),
        _ => {
            let mut m = Map::new();
            for _ in 0..rng.below(4) {
                m.insert(nasty_string(rng), random_value(rng, depth - 1));
            }
            Value::Object(m)
        }
    }
}

/// `v` of another kind with something of it kept where it can be: a
/// number as text, a list of the value, an object holding it, nothing.
fn retyped(rng: &mut Rng, v: &Value) -> Value {
    match rng.below(8) {
        0 => Value::Null,
        1 => Value::String(match v {
            Value::String(s) => s.clone(),
            v => v.to_string(),
        }),
        2 => Value::Array(vec![v.clone()]),
        3 => {
            let mut m = Map::new();
            m.insert("value".into(), v.clone());
            Value::Object(m)
        }
        4 => match v {
            Value::String(s) => s
                .parse::<f64>()
                .ok()
                .and_then(Number::from_f64)
                .map_or_else(|| nasty_number(rng), Value::Number),
            Value::Number(n) => n
                .as_f64()
                .and_then(|f| Number::from_f64(f + 0.5))
                .map_or(Value::Null, Value::Number),
            _ => nasty_number(rng),
        },
        5 => Value::Bool(rng.chance(2)),
        _ => random_value(rng, 2),
    }
}

fn count(v: &Value) -> usize {
    1 + match v {
        Value::Array(a) => a.iter().map(count).sum(),
        Value::Object(m) => m.values().map(count).sum(),
        _ => 0,
    }
}

/// Calls `f` on the `n`th node of `v` in preorder.
fn at_node(v: &mut Value, n: &mut usize, f: &mut dyn FnMut(&mut Value)) -> bool {
    if *n == 0 {
        f(v);
        return true;
    }
    *n -= 1;
    match v {
        Value::Array(a) => a.iter_mut().any(|c| at_node(c, n, f)),
        Value::Object(m) => m.values_mut().any(|c| at_node(c, n, f)),
        _ => false,
    }
}

/// One change somewhere in a parsed file: a value of another kind, a
/// strange string or number, a key dropped, renamed or added, an element
/// dropped or doubled, an object emptied.
pub fn mutate_json(rng: &mut Rng, v: &Value) -> Value {
    let mut out = v.clone();
    for _ in 0..1 + rng.below(3) {
        let mut n = rng.below(count(&out));
        at_node(&mut out, &mut n, &mut |node| change(rng, node));
    }
    out
}

fn change(rng: &mut Rng, node: &mut Value) {
    match (rng.below(10), &mut *node) {
        (0..=2, _) => *node = retyped(rng, node),
        (3, Value::String(s)) => {
            let t = mutate_text(rng, s);
            *s = t;
        }
        (3 | 4, _) => *node = Value::String(nasty_string(rng)),
        (5, _) => *node = nasty_number(rng),
        (6, Value::Object(m)) if !m.is_empty() => {
            let key = m
                .keys()
                .nth(rng.below(m.len()))
                .cloned()
                .unwrap_or_default();
            let val = m.remove(&key).unwrap_or(Value::Null);
            if rng.chance(2) {
                m.insert(nasty_string(rng), val);
            }
        }
        (6, Value::Array(a)) if !a.is_empty() => {
            let i = rng.below(a.len());
            if rng.chance(2) {
                a.remove(i);
            } else {
                let dup = a[i].clone();
                a.insert(i, dup);
            }
        }
        (7, Value::Object(m)) => {
            m.insert(nasty_string(rng), random_value(rng, 2));
        }
        (7, Value::Array(a)) => a.push(random_value(rng, 2)),
        (8, Value::Object(m)) => m.clear(),
        (8, Value::Array(a)) => a.clear(),
        _ => *node = random_value(rng, 3),
    }
}

/// The char boundaries of `text`, every one for short text, about `max`
/// evenly spread otherwise (and the last few).
pub fn cut_points(text: &str, max: usize) -> Vec<usize> {
    let all: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
    let step = (all.len() / max.max(1)).max(1);
    let mut out: Vec<usize> = all.iter().copied().step_by(step).collect();
    out.extend(all.iter().rev().take(4));
    out.sort_unstable();
    out.dedup();
    out
}

/// A char boundary of `text` at or before byte `i`.
fn floor(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// One to three edits of `text` at char boundaries: cut, deleted range,
/// doubled range, something strange inserted (text or raw JSON), a char
/// replaced.
pub fn mutate_text(rng: &mut Rng, text: &str) -> String {
    let mut t = text.to_string();
    for _ in 0..1 + rng.below(3) {
        let a = floor(&t, rng.below(t.len() + 1));
        let b = floor(&t, a + rng.below(64));
        match rng.below(7) {
            0 => t.truncate(a),
            1 => t.replace_range(a..b, ""),
            2 => {
                let dup = t[a..b].to_string();
                t.insert_str(a, &dup);
            }
            3 => {
                let bit: &str = rng.pick::<&str>(JSON_BITS);
                t.insert_str(a, bit);
            }
            4 => {
                let s = nasty_string(rng);
                t.insert_str(a, &s);
            }
            5 => {
                let c = *rng.pick(&['"', '\\', '{', '}', '[', ']', ',', ':', '0', '-', 'e']);
                t.insert(a, c);
            }
            _ => {
                let end = floor(&t, a + 4);
                let s = nasty_string(rng);
                t.replace_range(a..end, &s);
            }
        }
    }
    t
}

/// One to three byte edits: cut anywhere (mid-char too), a byte flipped,
/// inserted or deleted.
pub fn mutate_bytes(rng: &mut Rng, bytes: &[u8]) -> Vec<u8> {
    let mut b = bytes.to_vec();
    for _ in 0..1 + rng.below(3) {
        let i = rng.below(b.len() + 1);
        match rng.below(4) {
            0 => b.truncate(i),
            1 if i < b.len() => b[i] ^= 1 << rng.below(8),
            2 => b.insert(i, rng.next() as u8),
            _ if i < b.len() => {
                b.remove(i);
            }
            _ => b.push(0xff),
        }
    }
    b
}

/// Panics caught so far, each with its input, reported together at the end.
#[derive(Default)]
pub struct Panics {
    found: RefCell<Vec<String>>,
}

impl Panics {
    /// Runs `f`; a panic is kept with `what` and the exact `input` (Rust
    /// string syntax, to paste into a regression test) instead of ending
    /// the run.
    pub fn guard<T>(
        &self,
        what: &str,
        input: &dyn std::fmt::Debug,
        f: impl FnOnce() -> T,
    ) -> Option<T> {
        GUARDING.with(|g| g.set(g.get() + 1));
        let result = catch_unwind(AssertUnwindSafe(f));
        GUARDING.with(|g| g.set(g.get() - 1));
        match result {
            Ok(t) => Some(t),
            Err(e) => {
                let msg = e
                    .downcast_ref::<&str>()
                    .map(|s| s.to_string())
                    .or_else(|| e.downcast_ref::<String>().cloned())
                    .unwrap_or_default();
                let at = WHERE.with(|w| w.borrow().clone());
                let mut shown = format!("{input:?}");
                if shown.len() > 20_000 {
                    let keep = floor(&shown, 20_000);
                    shown.truncate(keep);
                    shown.push_str("…(cut for the report)");
                }
                self.found.borrow_mut().push(format!(
                    "{what} panicked at {at} ({msg}) on input:\n{shown}"
                ));
                None
            }
        }
    }

    /// Keeps a fault that is not a panic (data read and not saved back the
    /// same), with its input.
    pub fn note(&self, what: &str, input: &str) {
        self.found
            .borrow_mut()
            .push(format!("{what}; input:\n{input:?}"));
    }

    /// Fails, naming every input that panicked (the first 3 in full, then
    /// each place once).
    #[track_caller]
    pub fn assert_none(&self) {
        let found = self.found.borrow();
        if found.is_empty() {
            return;
        }
        let mut places: Vec<&str> = found
            .iter()
            .map(|f| f.split(" on input").next().unwrap_or(f))
            .collect();
        places.sort_unstable();
        places.dedup();
        let shown: Vec<&str> = found.iter().take(3).map(String::as_str).collect();
        panic!(
            "{} fault(s) on bad input, at:\n{}\n\nthe first:\n\n{}",
            found.len(),
            places.join("\n"),
            shown.join("\n\n")
        );
    }
}

thread_local! {
    /// How many guards this thread is inside.
    static GUARDING: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
    /// Where the last panic inside a guard was.
    static WHERE: RefCell<String> = const { RefCell::new(String::new()) };
}

/// Silences the default panic message inside a guard (which reports each
/// panic with its input); panics elsewhere, the final report's too, keep
/// theirs. Once per process.
pub fn quiet_panics() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let default = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if GUARDING.with(|g| g.get()) == 0 {
                default(info);
            } else {
                let at = info.location().map(|l| l.to_string()).unwrap_or_default();
                WHERE.with(|w| *w.borrow_mut() = at);
            }
        }));
    });
}

/// `v` with its structure kept and some leaves changed: each string
/// replaced by strange text, each number by an extreme one, with a chance
/// of one in `one_in`; the file still reads, so what reads it next is
/// reached.
pub fn sprinkle(rng: &mut Rng, v: &Value, one_in: usize) -> Value {
    let mut out = v.clone();
    leaves(&mut out, &mut |leaf| match leaf {
        Value::String(s) if rng.chance(one_in) => *s = nasty_string(rng),
        Value::Number(_) if rng.chance(one_in) => *leaf = nasty_number(rng),
        _ => {}
    });
    out
}

fn leaves(v: &mut Value, f: &mut dyn FnMut(&mut Value)) {
    match v {
        Value::Array(a) => a.iter_mut().for_each(|c| leaves(c, f)),
        Value::Object(m) => m.values_mut().for_each(|c| leaves(c, f)),
        leaf => f(leaf),
    }
}

/// `v` with some of its prose (strings with a character past ASCII:
/// not ids or names of choices) edited as [`mutate_text`] does, each with
/// a chance of one in `one_in`: strict files (occasions, templates) still
/// read, and what they say reaches what prints it.
pub fn sprinkle_prose(rng: &mut Rng, v: &Value, one_in: usize) -> Value {
    let mut out = v.clone();
    leaves(&mut out, &mut |leaf| {
        if let Value::String(s) = leaf {
            if !s.is_ascii() && rng.chance(one_in) {
                *s = mutate_text(rng, s);
            }
        }
    });
    out
}
