//! The check words file (`format: "ziping-checks"`, `data/checks.json`).
//! Every object is strict: a department edits such a file by hand.

use crate::check::{CheckWords, ColloquialWords, ObjectiveWords, OthersWords, WordList, Written};
use crate::json::{parse, At, FromJson};
use crate::json_struct;

impl CheckWords {
    /// Parses and validates a check words file; the message says where and
    /// what is wrong.
    pub fn from_json(json: &str) -> Result<CheckWords, String> {
        let value = parse(json).map_err(|e| format!("体检词表不是有效的 JSON：{e}"))?;
        let words = CheckWords::read(&value, At::ROOT)?;
        words.validate()?;
        Ok(words)
    }
}

json_struct! {
    CheckWords [strict, fill] {
        format: "format" [required],
        format_version: "format_version" [required],
        praise: "praise" [required],
        objective: "objective" [required],
        others: "others" [required],
        colloquial: "colloquial" [required],
        typos: "typos",
        vague: "vague" [required],
        concrete: "concrete" [required],
        slogans: "slogans",
        instance: "instance" [required],
        counters: "counters" [required],
        numerals: "numerals" [required],
        sensitive: "sensitive" [required],
        record: "record",
        study: "study",
        excuse: "excuse",
        stop: "stop" [required],
        stock: "stock",
    }
}

json_struct! {
    WordList [strict, fill] {
        words: "words" [required],
        unless: "unless",
    }
}

json_struct! {
    ObjectiveWords [strict, fill] {
        words: "words" [required],
        unless: "unless",
        own: "own",
        because: "because",
    }
}

json_struct! {
    OthersWords [strict, fill] {
        words: "words" [required],
        unless: "unless",
        surnames: "surnames" [required],
        not_names: "not_names",
        titles: "titles" [required],
    }
}

json_struct! {
    ColloquialWords [strict, fill] {
        words: "words" [required],
        unless: "unless",
        written: "written",
    }
}

json_struct! {
    Written [strict, fill] {
        from: "from" [required],
        to: "to" [required],
    }
}
