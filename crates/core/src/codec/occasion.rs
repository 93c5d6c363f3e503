//! The occasions file (`format: "ziping-occasions"`). Every object is
//! strict, as a template's: a department edits this file by hand. A set is
//! checked (`OccasionSet::validate`) once read.

use crate::json::{parse, to_json_pretty, At, FromJson, Value};
use crate::occasion::{
    DateWindow, EffectRule, GradeShown, Group, Layout, LengthRange, Occasion, OccasionError,
    OccasionSet, PartKind, PartSpec, ProblemCount, OCCASIONS_FORMAT, OCCASIONS_FORMAT_VERSION,
};
use crate::{json_enum, json_struct};

impl OccasionSet {
    /// Parses and validates an occasions file.
    pub fn from_json(json: &str) -> Result<OccasionSet, OccasionError> {
        let value = parse(json).map_err(OccasionError::NotJson)?;
        OccasionSet::from_value(&value)
    }

    /// Reads and validates one already parsed (an import is).
    pub fn from_value(value: &Value) -> Result<OccasionSet, OccasionError> {
        if value.get("format").and_then(Value::as_str) != Some(OCCASIONS_FORMAT) {
            return Err(OccasionError::NotOccasions);
        }
        // A format version that is not a number is a fault the reader names.
        if let Some(v) = value.get("format_version").and_then(Value::as_u64) {
            if v > u64::from(OCCASIONS_FORMAT_VERSION) {
                return Err(OccasionError::NewerFormat(v));
            }
        }
        let set = OccasionSet::read(value, At::ROOT).map_err(OccasionError::Shape)?;
        set.validate()?;
        Ok(set)
    }

    pub fn to_json(&self) -> String {
        to_json_pretty(self)
    }
}

json_struct! {
    OccasionSet [strict] {
        format: "format" [required],
        format_version: "format_version" [required],
        occasions: "occasions" [required],
    }
}

// `problems` and `grade` are read first, as the hand-written reader did, so
// a file with several faults is told of the same one.
json_struct! {
    Occasion [strict] {
        id: "id" [required],
        label: "label" [required],
        title: "title" [required],
        opening: "opening",
        closing: "closing",
        problems: "problems" [required, first],
        aspects_editable: "aspects_editable" [skip_false],
        parts: "parts" [required],
        grade: "grade" [required, first],
        score: "score" [skip_false],
        appendix: "appendix" [skip_false],
        bands: "bands" [skip_empty],
        effects: "effects" [skip_empty],
        facts: "facts" [skip_empty],
        date_window: "date_window" [skip_none],
        length: "length" [skip_none],
        parts_label: "parts_label" [skip_empty],
        alternative: "alternative" [skip_none],
    }
}

json_struct! {
    LengthRange [strict] {
        min: "min" [required],
        max: "max" [required],
    }
}

json_struct! {
    Layout [strict] {
        label: "label" [required],
        parts: "parts" [required],
    }
}

json_struct! {
    Group [strict] {
        heading: "heading" [required],
        aspects: "aspects" [skip_empty],
        items: "items" [skip_empty],
        work: "work" [skip_false],
        results: "results" [skip_false],
        duties: "duties" [skip_false],
        clean: "clean" [skip_empty],
        ask: "ask" [skip_empty],
        member: "member" [skip_empty],
    }
}

json_struct! {
    DateWindow [strict] {
        from: "from" [required],
        to: "to" [required],
    }
}

json_struct! {
    ProblemCount [strict] {
        min: "min" [required],
        max: "max" [required],
    }
}

json_enum! {
    GradeShown {
        Never = "never",
        Optional = "optional",
        Always = "always",
    }
}

json_struct! {
    PartSpec [strict] {
        kind: "kind" [required],
        heading: "heading",
        by_aspect: "by_aspect" [skip_false],
        deadlines: "deadlines" [skip_false],
        work: "work" [skip_false],
        work_last: "work_last" [skip_false],
        examples: "examples" [skip_false],
        chosen: "chosen" [skip_false],
        groups: "groups" [skip_empty],
        prose: "prose" [skip_false],
        conduct: "conduct" [skip_false],
    }
}

json_enum! {
    PartKind {
        Basic = "basic",
        Achievements = "achievements",
        Previous = "previous",
        Problems = "problems",
        Causes = "causes",
        Measures = "measures",
        Grade = "grade",
    }
}

json_struct! {
    EffectRule [strict] {
        fact: "fact" [required],
        effect: "effect" [required],
        consequence: "consequence" [skip_empty],
    }
}
