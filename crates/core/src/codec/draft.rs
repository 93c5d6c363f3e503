//! A draft as stored and exported (schema [`DRAFT_SCHEMA`]), with its
//! problems and ledger rows. Reading an older schema is `migrate`'s: these
//! readers only check the keys schema 1 had.
//!
//! [`DRAFT_SCHEMA`]: crate::DRAFT_SCHEMA

use crate::civil::CivilDate;
use crate::deadline::RowStatus;
use crate::draft::{
    default_aspects, default_occasion, Answer, Attendance, Criticism, Draft, FactAnswer,
    FactAnswers, Ignored, MemberFacts, OccasionEdit, Opinion, Person, Rating, Seen,
};
use crate::json::{one_of, to_json, At, FromJson, Out, Read, ToJson, Value};
use crate::problem::{Angle, Cause, CauseHead, ItemLink, PreviousProblem, Problem, Progress};
use crate::{json_enum, json_struct};

json_struct! {
    Draft [fill] {
        schema: "schema" [required],
        id: "id" [required],
        name: "name" [required],
        created: "created" [required],
        modified: "modified" [required],
        person: "person",
        templates: "templates" [required],
        answers: "answers",
        cause: "cause",
        report_edit: "report_edit",
        report_base: "report_base" [skip_none],
        report_occasion: "report_occasion" [skip_empty],
        report_others: "report_others" [skip_empty],
        occasion: "occasion" = default_occasion(),
        notice: "notice",
        problems: "problems",
        work: "work",
        previous: "previous",
        aspects: "aspects" = default_aspects(),
        facts: "facts",
        show_grade: "show_grade",
        carried_from: "carried_from" [skip_none],
        first_time: "first_time" [skip_false],
        talks: "talks" [skip_none],
        opinions_collected: "opinions_collected" [skip_none],
        opinions: "opinions" [skip_empty],
        cause_heads: "cause_heads" [skip_empty],
        criticisms: "criticisms" [skip_empty],
        studied: "studied" [skip_empty],
        pledge: "pledge" [skip_empty],
        // A date that does not read is dropped, not the draft: the default
        // date stands in until the person sets one again.
        material_date: "material_date" [skip_none, lenient],
        self_grade: "self_grade" [skip_empty],
        ignored: "ignored" [skip_empty],
        alt_layout: "alt_layout" [skip_false],
        // Member facts that do not read are dropped, not the draft.
        member: "member" [skip_empty, lenient],
        // Not a schema change: a build that does not know it drops it, and
        // only a tick of the path goes (a value it cannot read, the same).
        seen: "seen" [skip_empty, lenient],
    }
}

json_enum! {
    Seen {
        Material = "material",
        Ledger = "ledger",
    }
}

json_struct! {
    MemberFacts [fill] {
        meetings: "meetings" [skip_empty],
        party_days: "party_days" [skip_empty],
        dues: "dues" [skip_none],
        tasks: "tasks" [skip_empty],
        service: "service" [skip_empty],
    }
}

json_struct! {
    Attendance [fill] {
        held: "held" [skip_none],
        attended: "attended" [skip_none],
    }
}

json_struct! {
    OccasionEdit [fill] {
        occasion: "occasion",
        text: "text",
        base: "base" [skip_none],
    }
}

json_struct! {
    Ignored [fill] {
        check: "check",
        place: "place",
        words: "words",
    }
}

json_struct! {
    Criticism [fill] {
        to: "to" [skip_empty],
        text: "text",
    }
}

json_struct! {
    CauseHead [fill] {
        angle: "angle",
        text: "text",
    }
}

json_struct! {
    Opinion [fill] {
        id: "id",
        text: "text",
        problem: "problem" [skip_none],
        explanation: "explanation" [skip_empty],
    }
}

/// A date is written "2027-01-15".
impl ToJson for CivilDate {
    fn write(&self, o: &mut Out) {
        o.string(&self.iso());
    }
}

impl FromJson for CivilDate {
    fn read(v: &Value, at: At) -> Read<Self> {
        v.as_str()
            .and_then(CivilDate::parse_iso)
            .ok_or_else(|| at.expected("日期，写作 2027-01-15"))
    }
}

impl Draft {
    pub fn to_json(&self) -> String {
        to_json(self)
    }
}

json_struct! {
    Person [fill] {
        name: "name",
        unit: "unit",
        position: "position",
        joined: "joined",
        year: "year",
        gender: "gender" [skip_empty],
        ethnicity: "ethnicity" [skip_empty],
        born: "born" [skip_empty],
        education: "education" [skip_empty],
        standing: "standing" [skip_empty],
        in_post: "in_post" [skip_empty],
        rank: "rank" [skip_empty],
        probation: "probation" [skip_false],
        dept: "dept" [skip_empty],
    }
    // Schema 1's free-text 场合: `migrate` picks the occasion from it.
    check { "occasion": String }
}

json_struct! {
    Answer [fill] {
        rating: "rating",
        evidence: "evidence",
    }
    // Schema 1's notes: `migrate` makes them a problem on the item.
    check {
        "problem": String,
        "measure": String,
        "deadline": String,
        "cause": String,
    }
}

/// A rating is written as its level's id, or `na`.
impl ToJson for Rating {
    fn write(&self, o: &mut Out) {
        o.string(self.id());
    }
}

impl FromJson for Rating {
    fn read(v: &Value, at: At) -> Read<Self> {
        v.as_str()
            .map(Rating::parse)
            .ok_or_else(|| at.expected("文字"))
    }
}

/// The veto facts as stored: the ids answered 是, then those answered 否,
/// each list in the order given. (Hand-written around a declared pair of
/// lists: one list of answers in the model, two in the file.)
#[derive(Default)]
struct FactLists {
    yes: Vec<String>,
    no: Vec<String>,
}

json_struct! {
    FactLists [fill] {
        yes: "yes",
        no: "no",
    }
}

impl FromJson for FactAnswers {
    fn read(v: &Value, at: At) -> Read<Self> {
        let FactLists { yes, no } = FactLists::read(v, at)?;
        let entry = |answer| move |fact| FactAnswer { fact, answer };
        let entries = yes.into_iter().map(entry(true));
        let entries = entries.chain(no.into_iter().map(entry(false)));
        Ok(FactAnswers {
            entries: entries.collect(),
        })
    }
}

impl ToJson for FactAnswers {
    fn write(&self, o: &mut Out) {
        let list = |answer| self.answered(answer).map(str::to_string).collect();
        FactLists {
            yes: list(true),
            no: list(false),
        }
        .write(o);
    }
}

json_struct! {
    Problem [fill] {
        id: "id",
        item: "item" [skip_none],
        aspect: "aspect",
        judgement: "judgement" [skip_empty],
        text: "text",
        causes: "causes",
        measure: "measure",
        lead: "lead" [skip_empty],
        deadline: "deadline",
        standard: "standard",
        owner: "owner" [skip_empty],
        progress: "progress" [skip_empty],
        status: "status",
        closed: "closed" [skip_empty],
        remark: "remark" [skip_empty],
        created: "created",
        recurs_of: "recurs_of" [skip_none],
    }
}

json_struct! {
    Cause {
        angle: "angle",
        text: "text",
    }
}

json_struct! {
    ItemLink {
        template: "template" [required],
        item: "item" [required],
    }
}

json_struct! {
    PreviousProblem [fill] {
        id: "id",
        text: "text",
        status: "status",
        earlier: "earlier" [skip_false],
        reopened: "reopened" [skip_false],
        note: "note",
        row: "row" [skip_none],
    }
}

json_enum! {
    Progress {
        Done = "done",
        Ongoing = "ongoing",
        LongTerm = "long_term",
    }
}

json_enum! {
    RowStatus {
        NotStarted = "not_started",
        InProgress = "in_progress",
        Done = "done",
        Ongoing = "ongoing",
    }
}

/// An angle is written as its id, which the model owns (the editor's
/// choices use it too): `Angle::id` is a `match`, so an angle without one
/// does not compile; the reader takes the ids of `Angle::ALL`.
impl ToJson for Angle {
    fn write(&self, o: &mut Out) {
        o.string(self.id());
    }
}

impl FromJson for Angle {
    fn read(v: &Value, at: At) -> Read<Self> {
        let names = Angle::ALL.map(|a| (a.id(), a));
        one_of(v, at, &names)
    }
}
