//! The template file (`format: "ziping-template"`). Every object is strict:
//! a misspelt key in a template a department edits is refused, not ignored.
//! A template is checked (`validate`) once read.

use crate::json::{parse, to_json_pretty, At, FromJson, Value};
use crate::template::{
    AidCause, Aids, Band, Effect, Fact, Guidance, Item, Level, Model, Scale, Section, TaggedAids,
    Template, TemplateRef, Veto, TEMPLATE_FORMAT, TEMPLATE_FORMAT_VERSION,
};
use crate::validate::{validate, TemplateError};
use crate::{json_enum, json_struct};

impl Template {
    /// Parses and validates a template from JSON.
    pub fn from_json(json: &str) -> Result<Template, TemplateError> {
        if json.trim().is_empty() {
            return Err(TemplateError::Empty);
        }
        let value = parse(json).map_err(TemplateError::NotJson)?;
        Template::from_value(&value)
    }

    /// Reads and validates one already parsed (an import is).
    pub fn from_value(value: &Value) -> Result<Template, TemplateError> {
        if value.get("format").and_then(Value::as_str) != Some(TEMPLATE_FORMAT) {
            return Err(TemplateError::NotATemplate);
        }
        // A format version that is not a number is a fault the reader names.
        if let Some(v) = value.get("format_version").and_then(Value::as_u64) {
            if v > u64::from(TEMPLATE_FORMAT_VERSION) {
                return Err(TemplateError::NewerFormat(v));
            }
        }
        let template = Template::read(value, At::ROOT).map_err(TemplateError::Shape)?;
        validate(&template)?;
        Ok(template)
    }

    /// The template as pretty JSON, in the same format it is read from.
    pub fn to_json(&self) -> String {
        to_json_pretty(self)
    }
}

json_struct! {
    Template [strict, fill] {
        format: "format" [required],
        format_version: "format_version" [required],
        id: "id" [required],
        version: "version" [required],
        title: "title" [required],
        description: "description" [skip_empty],
        scale: "scale" [required],
        bands: "bands" [required],
        models: "models" [required],
        vetoes: "vetoes" [skip_empty],
        facts: "facts" [skip_empty],
        sections: "sections" [required],
    }
}

json_struct! {
    Fact [strict] {
        id: "id" [required],
        question: "question" [required],
        effect: "effect" [required],
        when: "when" [skip_empty],
        occasions: "occasions" [skip_empty],
        member: "member" [skip_empty],
    }
}

json_enum! {
    Effect {
        NotTop = "not_top",
        NoGrade = "no_grade",
        Lowest = "lowest",
        Gate = "gate",
    }
}

json_struct! {
    Scale [strict] {
        levels: "levels" [required],
        not_applicable_label: "not_applicable_label" [required],
    }
}

json_struct! {
    Level [strict] {
        id: "id" [required],
        label: "label" [required],
        share: "share" [required],
        weak: "weak" [skip_false],
    }
}

json_struct! {
    Band [strict] {
        label: "label" [required],
        min: "min" [required],
    }
}

json_struct! {
    Model [strict] {
        id: "id" [required],
        label: "label" [required],
    }
}

json_struct! {
    Veto [strict] {
        item: "item" [required],
        cap: "cap" [required],
        reason: "reason" [required],
    }
}

json_struct! {
    Section [strict, fill] {
        id: "id" [required],
        title: "title" [required],
        source: "source" [skip_empty],
        aspect: "aspect" [skip_empty],
        summary: "summary" [skip_empty],
        items: "items" [required],
    }
}

json_struct! {
    Item [strict, fill] {
        id: "id" [required],
        text: "text" [required],
        weight: "weight" [required],
        models: "models" [skip_empty],
        source: "source" [skip_empty],
        guidance: "guidance" [skip_empty],
        shares: "shares" [skip_none],
        replaces: "replaces" [skip_empty],
        supplement: "supplement" [skip_empty],
        aids: "aids" [skip_empty],
    }
}

json_struct! {
    Aids [strict, fill] {
        problems: "problems" [skip_empty],
        measures: "measures" [skip_empty],
        causes: "causes" [skip_empty],
        tagged: "tagged" [skip_empty],
    }
}

json_struct! {
    TaggedAids [strict, fill] {
        roles: "roles" [skip_empty],
        levels: "levels" [skip_empty],
        problems: "problems" [skip_empty],
        measures: "measures" [skip_empty],
        causes: "causes" [skip_empty],
    }
}

json_struct! {
    AidCause [strict] {
        angle: "angle" [required],
        text: "text" [required],
    }
}

json_struct! {
    Guidance [strict] {
        level: "level" [required],
        text: "text" [required],
    }
}

// A template as a draft records it (not strict: a draft is not edited by
// hand).
json_struct! {
    TemplateRef {
        id: "id" [required],
        version: "version" [required],
    }
}
