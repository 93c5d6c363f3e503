//! The reducer, natively: every action through the public `apply`, with a
//! fixed clock and predictable ids; and the Saver against the in-memory store.
#![cfg(not(target_arch = "wasm32"))]

#[path = "../../core/tests/util/mod.rs"]
mod util;

use std::rc::Rc;

use util::*;
use ziping_app::state::{
    apply, clear_failed_message, clear_list, Action, AppState, ImportNotice, NoteField, Page,
    PersonField, ReportEdit, SaveStatus,
};
use ziping_app::storage::{
    self, draft_key, KeyValue, MemoryStore, Saver, StorageError, Stored, SyncReport, Unreadable,
    CURRENT_KEY,
};
use ziping_core::{
    Backup, Draft, DraftId, ImportError, ImportPlan, OnConflict, Rating, Template, FIRST_DRAFT_NAME,
};

const NOW: i64 = 1_795_000_000_000;

/// Ids "n1", "n2", … in order.
struct Ids(u32);

impl Ids {
    fn next(&mut self) -> DraftId {
        self.0 += 1;
        format!("n{}", self.0).into()
    }
}

struct App {
    state: AppState,
    ids: Ids,
    now: i64,
}

impl App {
    fn with(stored: Stored) -> App {
        let mut ids = Ids(0);
        let state = AppState::from_stored(
            Ok(stored),
            ziping_core::builtin_templates(),
            NOW,
            &mut || ids.next(),
        );
        App {
            state,
            ids,
            now: NOW,
        }
    }

    fn new() -> App {
        App::with(Stored::default())
    }

    fn act(&mut self, action: Action) -> &mut App {
        self.now += 1000;
        let ids = &mut self.ids;
        apply(&mut self.state, action, self.now, &mut || ids.next());
        self
    }

    fn names(&self) -> Vec<&str> {
        self.state
            .library
            .drafts
            .iter()
            .map(|d| d.name.as_str())
            .collect()
    }

    fn current(&self) -> &str {
        &self.state.library.current
    }

    fn revision(&self) -> u64 {
        self.state.persist.revision
    }
}

fn stored_draft(id: &str, name: &str, modified: i64) -> Draft {
    let mut d = Draft::new(id, name, modified, &templates());
    d.modified = modified;
    d
}

fn stored_with(drafts: Vec<Draft>, current: Option<&str>) -> Stored {
    Stored {
        drafts,
        current: current.map(str::to_string),
        ..Stored::default()
    }
}

fn rate(t: &str, item: &str, level: &str) -> Action {
    Action::Rate {
        template: t.into(),
        item: item.into(),
        rating: Rating::parse(level),
    }
}

// ---- start ----

#[test]
fn first_use_makes_one_draft_over_the_newest_built_ins() {
    let app = App::new();
    assert_eq!(app.names(), [FIRST_DRAFT_NAME]);
    assert_eq!(app.current(), "n1");
    let d = app.state.draft();
    assert_eq!(d.templates.len(), 2);
    assert_eq!(d.created, NOW);
    assert_eq!(app.revision(), 0, "nothing to save before the first change");
}

/// A new draft assesses the year (NOW is November 2026: 2026); a stored
/// draft keeps the 年度 it has, empty or not.
#[test]
fn a_new_draft_has_the_year_being_assessed_and_a_stored_one_keeps_its_own() {
    let mut app = App::new();
    assert_eq!(app.state.draft().person.year, "2026");
    app.act(Action::NewDraft(None));
    assert_eq!(app.state.draft().person.year, "2026");
    let app = App::with(stored_with(vec![stored_draft("a", "甲", 2)], Some("a")));
    assert_eq!(
        app.state.draft().person.year,
        "",
        "a stored draft unchanged"
    );
}

/// Opening 结果与报告 (the 材料) and 整改台账 is noted once on the draft, for
/// the path's ticks; other screens change nothing.
#[test]
fn opening_the_material_and_the_ledger_is_noted_once() {
    use ziping_core::Seen;
    let mut app = App::new();
    let made = app.state.draft().modified;
    app.act(Action::Show(Page::Drafts));
    assert_eq!(app.revision(), 0, "nothing noted");
    app.act(Action::Show(Page::Results));
    assert_eq!(app.state.draft().seen, [Seen::Material]);
    assert_eq!(app.state.draft().modified, made, "a note, not an edit");
    assert!(app.state.draft().is_untouched());
    let (revision, modified) = (app.revision(), app.state.draft().modified);
    assert_eq!(revision, 1);
    app.act(Action::Show(Page::Checklist));
    app.act(Action::Show(Page::Results));
    assert_eq!(app.revision(), revision, "once");
    assert_eq!(app.state.draft().modified, modified);
    app.act(Action::Show(Page::Ledger));
    assert_eq!(app.state.draft().seen, [Seen::Material, Seen::Ledger]);
    let json = ziping_core::json::to_json(&**app.state.draft());
    assert!(json.contains(r#""seen":["material","ledger"]"#), "{json}");
    // Another window that saw other screens of the same draft is no
    // conflict: both windows' notes are kept.
    let mut theirs = (**app.state.draft()).clone();
    theirs.seen = vec![Seen::Ledger];
    let mut app2 = App::new();
    app2.act(Action::ExternalChange {
        id: app2.state.draft().id.clone(),
        draft: Some(Box::new(theirs.clone())),
    });
    assert!(app2.state.notices.conflict.is_none());
    assert_eq!(app2.state.draft().seen, [Seen::Ledger]);
    app.act(Action::ExternalChange {
        id: theirs.id.clone(),
        draft: Some(Box::new(theirs)),
    });
    assert!(app.state.notices.conflict.is_none(), "no conflict");
    assert_eq!(app.state.draft().seen, [Seen::Material, Seen::Ledger]);
}

#[test]
fn start_opens_the_stored_current_draft_or_the_newest() {
    let drafts = vec![stored_draft("a", "甲", 2), stored_draft("b", "乙", 1)];
    let app = App::with(stored_with(drafts.clone(), Some("b")));
    assert_eq!(app.current(), "b");
    let app = App::with(stored_with(drafts, Some("gone")));
    assert_eq!(app.current(), "a");
}

#[test]
fn a_storage_error_at_start_is_kept_and_a_draft_made() {
    let mut ids = Ids(0);
    let s = AppState::from_stored(
        Err(StorageError::Unavailable),
        templates(),
        NOW,
        &mut || ids.next(),
    );
    assert_eq!(s.notices.load_error, Some(StorageError::Unavailable));
    assert_eq!(s.library.drafts.len(), 1);
}

// ---- editing the open draft ----

#[test]
fn rate_sets_the_rating_stamps_modified_and_bumps_the_revision() {
    let mut app = App::new();
    app.act(rate(WUXIANG, "w1-lilun", "hao"));
    let d = app.state.draft();
    assert_eq!(
        d.answer(WUXIANG, "w1-lilun").unwrap().rating,
        Some(Rating::parse("hao"))
    );
    assert_eq!(d.modified, NOW + 1000);
    assert_eq!(app.revision(), 1);
}

#[test]
fn set_note_writes_the_example() {
    let mut app = App::new();
    app.act(Action::SetNote {
        template: WUXIANG.into(),
        item: "w1-xuexi".into(),
        field: NoteField::Evidence,
        value: "事例".into(),
    });
    let d = app.state.draft();
    assert_eq!(d.answer(WUXIANG, "w1-xuexi").unwrap().evidence, "事例");
    assert_eq!(app.revision(), 1);
}

/// A shared statement is answered where it is kept: rating 四个模范's
/// m4-lianjie rates 五项工作's w5-baxiang, once for both.
#[test]
fn a_shared_statement_is_rated_where_it_is_kept() {
    let mut app = App::new();
    app.act(rate(SIGE, "m4-lianjie", "jiaohao"));
    let d = app.state.draft();
    assert_eq!(
        d.answer(WUXIANG, "w5-baxiang").unwrap().rating,
        Some(Rating::parse("jiaohao"))
    );
    assert!(d.answer(SIGE, "m4-lianjie").is_none());
}

/// Problems on any item, their causes, measures and aids, 工作实绩, last
/// year's problems, aspects, facts and the occasion, through the reducer.
#[test]
fn the_materials_inputs_are_edited_through_the_reducer() {
    use ziping_app::state::{Edit, ProblemField};
    use ziping_core::{Angle, Progress};
    let mut app = App::new();
    let m = |e: Edit| Action::Material(e);
    app.act(rate(WUXIANG, "w1-xuexi", "hao"))
        .act(m(Edit::SetOccasion("niandu-kaohe".into())))
        .act(m(Edit::AddProblem {
            item: Some((SIGE.into(), "m4-lianjie".into())),
            text: "落实……还有差距，比如【……】。".into(),
        }))
        .act(m(Edit::AddProblem {
            item: None,
            text: String::new(),
        }))
        .act(m(Edit::SetProblem {
            id: "p2".into(),
            field: ProblemField::Aspect,
            value: "严格自律树形象".into(),
        }))
        .act(m(Edit::AddCause {
            problem: "p1".into(),
            angle: Angle::Jilv,
            text: "纪律意识不强".into(),
        }))
        .act(m(Edit::SetCause {
            problem: "p1".into(),
            index: 0,
            angle: Angle::Dangxing,
            text: "自我要求不严".into(),
        }))
        .act(m(Edit::InsertMeasure {
            problem: "p1".into(),
            text: "逐项自查".into(),
        }))
        .act(m(Edit::InsertMeasure {
            problem: "p1".into(),
            text: "列出清单".into(),
        }))
        .act(m(Edit::AddWork))
        .act(m(Edit::SetWork(0, "考察干部86人次".into())))
        .act(m(Edit::AddPrevious))
        .act(m(Edit::SetPrevious {
            index: 0,
            text: "学习不够".into(),
            note: "已补学".into(),
            status: Progress::Done,
        }))
        .act(m(Edit::SetAspects(vec!["在学习方面".into()])))
        .act(m(Edit::SetFact("f-baxiang".into(), Some(false))))
        .act(m(Edit::SetProblem {
            id: "p1".into(),
            field: ProblemField::Judgement,
            value: "廉洁自律的标准不够高".into(),
        }))
        .act(m(Edit::SetProblem {
            id: "p1".into(),
            field: ProblemField::Lead,
            value: "严守纪律规矩".into(),
        }))
        .act(m(Edit::SetFirstTime(true)));
    let d = app.state.draft();
    assert_eq!(d.occasion, "niandu-kaohe");
    assert!(d.first_time);
    let p = d.problem("p1").unwrap();
    assert_eq!(
        (&p.judgement[..], &p.lead[..]),
        ("廉洁自律的标准不够高", "严守纪律规矩")
    );
    let p1 = d.problem("p1").unwrap();
    // Found under 四个模范's shared item: linked where its answer is kept.
    assert_eq!(p1.item.as_ref().unwrap().item, "w5-baxiang");
    assert_eq!(p1.causes[0].angle, Some(Angle::Dangxing));
    assert_eq!(p1.measure, "逐项自查；列出清单");
    assert_eq!(d.problem("p2").unwrap().aspect, "严格自律树形象");
    assert_eq!(d.work, ["考察干部86人次"]);
    assert_eq!(d.previous[0].status, Progress::Done);
    assert_eq!(d.aspects, ["在学习方面"]);
    assert_eq!(d.fact("f-baxiang"), Some(false));
    let before = app.revision();
    app.act(m(Edit::RemoveCause {
        problem: "p1".into(),
        index: 0,
    }))
    .act(m(Edit::RemoveProblem("p2".into())))
    .act(m(Edit::RemoveWork(0)))
    .act(m(Edit::RemovePrevious(0)))
    .act(m(Edit::SetFact("f-baxiang".into(), None)));
    let d = app.state.draft();
    assert!(d.problem("p1").unwrap().causes.is_empty());
    assert!(d.problem("p2").is_none() && d.work.is_empty() && d.previous.is_empty());
    assert_eq!(d.fact("f-baxiang"), None);
    assert_eq!(app.revision(), before + 5);
    // An edit of something that is not there changes nothing.
    app.act(m(Edit::RemoveWork(9)));
    assert_eq!(app.revision(), before + 5);
}

#[test]
fn a_chosen_measure_replaces_one_with_no_method() {
    use ziping_app::state::{Edit, ProblemField};
    let m = |e: Edit| Action::Material(e);
    // 加强学习 typed, then the 参考措施 clicked (`ignored`: the 体检's
    // empty-measure finding marked 忽略 in between): the measure after.
    let chosen = |ignored: bool| {
        let mut app = App::new();
        app.act(m(Edit::AddProblem {
            item: None,
            text: "学习不够深入".into(),
        }))
        .act(m(Edit::SetProblem {
            id: "p1".into(),
            field: ProblemField::Measure,
            value: "加强学习".into(),
        }));
        if ignored {
            app.act(m(Edit::Ignore(ziping_core::Ignored {
                check: "empty-measure".into(),
                place: "problem:p1:measure".into(),
                words: "加强学习".into(),
            })));
        }
        app.act(m(Edit::InsertMeasure {
            problem: "p1".into(),
            text: "每周固定学习2小时".into(),
        }));
        app.state.draft().problem("p1").unwrap().measure.clone()
    };
    // A measure with no method gives way to the one chosen; once the
    // person marked it 忽略, the chosen one follows it.
    assert_eq!(chosen(false), "每周固定学习2小时");
    assert_eq!(chosen(true), "加强学习；每周固定学习2小时");
}

/// A draft of the version-1 templates moves to the newest (五项工作 version 4,
/// 四个模范 version 3) on request.
#[test]
fn a_draft_moves_to_the_new_template_versions_on_request() {
    use ziping_app::state::Edit;
    let old = Draft::from_json(include_str!("../../../tests/fixtures/draft-v1.json")).unwrap();
    let mut app = App::with(Stored {
        drafts: vec![old],
        ..Stored::default()
    });
    assert_eq!(app.state.draft_templates()[0].version, 1);
    app.act(Action::Material(Edit::UpgradeTemplates));
    assert_eq!(app.state.draft_templates()[0].version, 4);
    assert_eq!(app.state.draft_templates()[1].version, 3);
    let before = app.revision();
    app.act(Action::Material(Edit::UpgradeTemplates));
    assert_eq!(app.revision(), before, "already on the newest version");
}

/// Which `Edit` variant `e` is. No `_` arm: a new variant does not compile
/// until it is named here, and so until the test below edits with it.
fn edit_kind(e: &ziping_app::state::Edit) -> usize {
    use ziping_app::state::Edit;
    match e {
        Edit::SetOccasion(_) => 0,
        Edit::SetNotice(_) => 1,
        Edit::SetShowGrade(_) => 2,
        Edit::AddProblem { .. } => 3,
        Edit::SetProblem { .. } => 4,
        Edit::RemoveProblem(_) => 5,
        Edit::AddCause { .. } => 6,
        Edit::SetCause { .. } => 7,
        Edit::RemoveCause { .. } => 8,
        Edit::InsertMeasure { .. } => 9,
        Edit::AddWork => 10,
        Edit::SetWork(..) => 11,
        Edit::RemoveWork(_) => 12,
        Edit::AddPrevious => 13,
        Edit::SetPrevious { .. } => 14,
        Edit::RemovePrevious(_) => 15,
        Edit::SetAspects(_) => 16,
        Edit::SetFact(..) => 17,
        Edit::UpgradeTemplates => 18,
        Edit::SetFirstTime(_) => 19,
        Edit::LinkRecurrence { .. } => 20,
        Edit::SetPreparation { .. } => 21,
        Edit::AddOpinion => 22,
        Edit::SetOpinion { .. } => 23,
        Edit::RemoveOpinion(_) => 24,
        Edit::SetCauseHead { .. } => 25,
        Edit::AddCriticism => 26,
        Edit::SetCriticism { .. } => 27,
        Edit::RemoveCriticism(_) => 28,
        Edit::SetStudied(_) => 29,
        Edit::SetPledge(_) => 30,
        Edit::SetMaterialDate(_) => 31,
        Edit::SetSelfGrade(_) => 32,
        Edit::SetAltLayout(_) => 33,
        Edit::Ignore(_) => 34,
        Edit::RestoreIgnored => 35,
        Edit::ApplyFix { .. } => 36,
        Edit::SetMeetings(_) => 37,
        Edit::SetPartyDays(_) => 38,
        Edit::SetDues(_) => 39,
        Edit::SetTasks(_) => 40,
        Edit::SetService(_) => 41,
        Edit::SetPreviousClosed { .. } => 42,
    }
}
const EDIT_KINDS: usize = 43;

/// Every kind of material edit changes the draft, stamps it modified and
/// bumps the revision; every kind that finds nothing to change (an unknown
/// problem, an index past the end, a fact not answered, templates already
/// the newest) leaves the draft, its modified time and the revision as they
/// were.
#[test]
fn every_material_edit_changes_the_draft_and_one_that_finds_nothing_changes_nothing() {
    use ziping_app::state::{Edit, ProblemField};
    use ziping_core::{Angle, Attendance, Progress};
    let old = Draft::from_json(include_str!("../../../tests/fixtures/draft-v1.json")).unwrap();
    let mut app = App::with(Stored {
        drafts: vec![old],
        ..Stored::default()
    });
    let changing = vec![
        Edit::UpgradeTemplates,
        Edit::SetOccasion("minzhu-pingyi".into()),
        Edit::SetNotice("通知".into()),
        Edit::SetShowGrade(!app.state.draft().show_grade),
        Edit::SetFirstTime(!app.state.draft().first_time),
        Edit::AddProblem {
            item: None,
            text: "问题".into(),
        },
        Edit::AddProblem {
            item: None,
            text: String::new(),
        },
        Edit::SetProblem {
            id: "p1".into(),
            field: ProblemField::Text,
            value: "问题一".into(),
        },
        Edit::RemoveProblem("p2".into()),
        Edit::AddCause {
            problem: "p1".into(),
            angle: Angle::Jilv,
            text: "纪律意识不强".into(),
        },
        Edit::SetCause {
            problem: "p1".into(),
            index: 0,
            angle: Angle::Dangxing,
            text: "自我要求不严".into(),
        },
        Edit::InsertMeasure {
            problem: "p1".into(),
            text: "逐项自查".into(),
        },
        Edit::RemoveCause {
            problem: "p1".into(),
            index: 0,
        },
        Edit::AddWork,
        Edit::SetWork(0, "实绩".into()),
        Edit::RemoveWork(0),
        Edit::AddPrevious,
        Edit::SetPrevious {
            index: 0,
            text: "学习不够".into(),
            note: "已补学".into(),
            status: Progress::Done,
        },
        Edit::SetPreviousClosed {
            index: 0,
            closed: "2026年3月31日".into(),
        },
        Edit::LinkRecurrence {
            problem: "p1".into(),
            previous: Some("q1".into()),
        },
        Edit::RemovePrevious(0),
        Edit::SetAspects(vec!["在学习方面".into()]),
        Edit::SetFact("f-baxiang".into(), Some(false)),
        Edit::SetFact("f-baxiang".into(), None),
        Edit::SetPreparation {
            talks: Some(12),
            opinions_collected: Some(8),
        },
        Edit::AddOpinion,
        Edit::SetOpinion {
            index: 0,
            text: "调研偏少".into(),
            problem: Some("p1".into()),
            explanation: String::new(),
        },
        Edit::RemoveOpinion(0),
        Edit::SetCauseHead {
            angle: Angle::Lixiang,
            text: "理想信念有所弱化".into(),
        },
        Edit::AddCriticism,
        Edit::SetCriticism {
            index: 0,
            to: "王五".into(),
            text: "考察谈话记录写得过简".into(),
        },
        Edit::RemoveCriticism(0),
        Edit::SetStudied("学习了新修订的《中国共产党纪律处分条例》".into()),
        Edit::SetPledge("把查摆的问题逐项改到位".into()),
        Edit::SetMaterialDate(ziping_core::CivilDate::new(2027, 2, 10)),
        Edit::SetMaterialDate(None),
        Edit::SetSelfGrade("合格".into()),
        Edit::SetAltLayout(true),
        Edit::Ignore(ziping_core::Ignored {
            check: "colloquial".into(),
            place: "problem:p1:text".into(),
            words: "这块".into(),
        }),
        Edit::RestoreIgnored,
        Edit::ApplyFix {
            place: ziping_core::Place::Problem {
                id: "p1".into(),
                field: ziping_core::ProblemField::Deadline,
            },
            fix: ziping_core::Fix {
                from: "2027年3月底前".into(),
                to: "立行立改".into(),
            },
        },
        Edit::SetMeetings(Attendance {
            held: Some(24),
            attended: Some(22),
        }),
        Edit::SetPartyDays(Attendance {
            held: Some(12),
            attended: None,
        }),
        Edit::SetDues(Some(true)),
        Edit::SetTasks("承办支部主题党日活动2次".into()),
        Edit::SetService("到社区报到，参加志愿服务6次".into()),
    ];
    let idle = vec![
        Edit::UpgradeTemplates,
        // A fix whose words are no longer in the field.
        Edit::ApplyFix {
            place: ziping_core::Place::Problem {
                id: "p1".into(),
                field: ziping_core::ProblemField::Deadline,
            },
            fix: ziping_core::Fix {
                from: "马上改".into(),
                to: "立行立改".into(),
            },
        },
        Edit::SetProblem {
            id: "p9".into(),
            field: ProblemField::Measure,
            value: "措施".into(),
        },
        Edit::RemoveProblem("p9".into()),
        Edit::AddCause {
            problem: "p9".into(),
            angle: Angle::Jilv,
            text: "原因".into(),
        },
        Edit::SetCause {
            problem: "p1".into(),
            index: 9,
            angle: Angle::Jilv,
            text: "原因".into(),
        },
        Edit::RemoveCause {
            problem: "p1".into(),
            index: 9,
        },
        Edit::InsertMeasure {
            problem: "p9".into(),
            text: "措施".into(),
        },
        Edit::SetWork(9, "实绩".into()),
        Edit::RemoveWork(9),
        Edit::SetPrevious {
            index: 9,
            text: "问题".into(),
            note: String::new(),
            status: Progress::Done,
        },
        Edit::RemovePrevious(9),
        Edit::SetPreviousClosed {
            index: 9,
            closed: "2026年3月31日".into(),
        },
        Edit::SetFact("f-baxiang".into(), None),
        Edit::LinkRecurrence {
            problem: "p9".into(),
            previous: Some("q1".into()),
        },
        Edit::SetOpinion {
            index: 9,
            text: "意见".into(),
            problem: None,
            explanation: String::new(),
        },
        Edit::RemoveOpinion(9),
        Edit::SetCauseHead {
            angle: Angle::Nengli,
            text: String::new(),
        },
        Edit::SetCriticism {
            index: 9,
            to: String::new(),
            text: "批评".into(),
        },
        Edit::RemoveCriticism(9),
        Edit::SetMaterialDate(None),
        Edit::SetDues(Some(true)),
    ];
    let kinds: std::collections::BTreeSet<usize> = changing.iter().map(edit_kind).collect();
    assert_eq!(
        kinds.len(),
        EDIT_KINDS,
        "every kind of edit changes the draft"
    );
    for edit in changing {
        let (before, revision) = ((**app.state.draft()).clone(), app.revision());
        app.act(Action::Material(edit.clone()));
        let d = app.state.draft();
        assert_ne!(**d, before, "{edit:?} changes the draft");
        assert_eq!(d.modified, app.now, "{edit:?} stamps it modified");
        assert_eq!(app.revision(), revision + 1, "{edit:?} is saved");
    }
    for edit in idle {
        let (before, revision) = (Rc::clone(app.state.draft()), app.revision());
        app.act(Action::Material(edit.clone()));
        assert_eq!(**app.state.draft(), *before, "{edit:?} changes nothing");
        assert_eq!(app.revision(), revision, "{edit:?} has nothing to save");
    }
}

/// An edit that writes what is already there (the same name, rating,
/// occasion, example, cause, ledger field) stamps nothing and saves nothing;
/// a real edit does both.
#[test]
fn an_edit_that_changes_nothing_leaves_modified_and_the_revision() {
    use ziping_app::state::{Edit, LedgerEdit, LedgerField};
    let mut app = App::new();
    let note = |value: &str| Action::SetNote {
        template: WUXIANG.into(),
        item: "w1-xuexi".into(),
        field: NoteField::Evidence,
        value: value.into(),
    };
    let owner = |value: &str| {
        Action::Ledger(LedgerEdit::Set {
            id: "p1".into(),
            field: LedgerField::Owner,
            value: value.into(),
        })
    };
    let edits = [
        Action::SetPerson(PersonField::Name, "张三".into()),
        rate(WUXIANG, "w1-lilun", "hao"),
        note("事例"),
        Action::SetCause("根源".into()),
        // The occasion first: each keeps its own edited 材料.
        Action::Material(Edit::SetOccasion("niandu-kaohe".into())),
        Action::Report(ReportEdit::Edit {
            text: "我的文字".into(),
            base: "生成的文字".into(),
        }),
        Action::Material(Edit::AddProblem {
            item: None,
            text: "问题".into(),
        }),
        owner("李四"),
    ];
    for edit in edits.clone() {
        let revision = app.revision();
        app.act(edit.clone());
        assert_eq!(app.state.draft().modified, app.now, "{edit:?} stamps it");
        assert_eq!(app.revision(), revision + 1, "{edit:?} is saved");
    }
    let modified = app.state.draft().modified;
    let revision = app.revision();
    // The same again, but the problem: adding one is always a change.
    for edit in edits
        .into_iter()
        .filter(|e| !matches!(e, Action::Material(Edit::AddProblem { .. })))
    {
        app.act(edit.clone());
        assert_eq!(
            app.state.draft().modified,
            modified,
            "{edit:?} stamps nothing"
        );
        assert_eq!(app.revision(), revision, "{edit:?} has nothing to save");
    }
    // A real edit after them still stamps and saves.
    app.act(Action::SetPerson(PersonField::Name, "王五".into()));
    assert_eq!(app.state.draft().modified, app.now);
    assert_eq!(app.revision(), revision + 1);
}

#[test]
fn person_cause_and_report_edit_are_saved_with_the_draft() {
    let mut app = App::new();
    app.act(Action::SetPerson(PersonField::Name, "张三".into()))
        .act(Action::SetPerson(PersonField::Year, "2026".into()))
        .act(Action::SetCause("根源".into()))
        .act(Action::Report(ReportEdit::Edit {
            text: "我的文字".into(),
            base: "生成的文字".into(),
        }));
    let d = app.state.draft();
    assert_eq!(PersonField::Name.get(&d.person), "张三");
    assert_eq!(d.person.year, "2026");
    assert_eq!(d.cause, "根源");
    assert_eq!(d.report_edit.as_deref(), Some("我的文字"));
    app.act(Action::Report(ReportEdit::Follow));
    assert_eq!(app.state.draft().report_edit, None);
}

/// Which `PersonField` `f` is. No `_` arm: a new field does not compile
/// until it is named here, and so until the test below sets it.
fn person_kind(f: PersonField) -> usize {
    match f {
        PersonField::Name => 0,
        PersonField::Unit => 1,
        PersonField::Position => 2,
        PersonField::Joined => 3,
        PersonField::Year => 4,
        PersonField::Gender => 5,
        PersonField::Ethnicity => 6,
        PersonField::Born => 7,
        PersonField::Education => 8,
        PersonField::Standing => 9,
        PersonField::InPost => 10,
        PersonField::Rank => 11,
        PersonField::Probation => 12,
        PersonField::Dept => 13,
    }
}
const PERSON_KINDS: usize = 14;

/// Every detail of the person is set through `SetPerson`, read back by
/// `get`, saved and stamped; the same value again changes nothing; and the
/// draft keeps them all through its JSON.
#[test]
fn every_person_field_is_set_saved_and_read_back() {
    let fields = [
        (PersonField::Name, "李小雨"),
        (PersonField::Unit, "某市委组织部干部监督科"),
        (PersonField::Position, "科员"),
        (PersonField::Joined, "2025.12"),
        // Not 2026: a new draft (NOW in 2026) has it already.
        (PersonField::Year, "2025"),
        (PersonField::Gender, "女"),
        (PersonField::Ethnicity, "汉族"),
        (PersonField::Born, "2001-05"),
        (PersonField::Education, "大学本科"),
        (PersonField::Standing, "中共预备党员"),
        (PersonField::InPost, "2025年8月"),
        (PersonField::Rank, "科员"),
        (PersonField::Probation, "是"),
        (PersonField::Dept, "组织科"),
    ];
    let mut seen = [false; PERSON_KINDS];
    let mut app = App::new();
    for (field, value) in fields {
        seen[person_kind(field)] = true;
        let revision = app.revision();
        app.act(Action::SetPerson(field, value.into()));
        assert_eq!(field.get(&app.state.draft().person), value, "{field:?}");
        assert_eq!(app.revision(), revision + 1, "{field:?} is saved");
        app.act(Action::SetPerson(field, value.into()));
        assert_eq!(app.revision(), revision + 1, "{field:?} again: no change");
    }
    assert!(seen.iter().all(|s| *s), "every field is set: {seen:?}");
    let d = app.state.draft();
    assert!(d.person.probation && d.person.is_probationary());
    assert_eq!(Draft::from_json(&d.to_json()).unwrap().person, d.person);
    app.act(Action::SetPerson(PersonField::Probation, String::new()));
    assert!(!app.state.draft().person.probation);
    assert_eq!(PersonField::Probation.get(&app.state.draft().person), "");
}

/// The 自评等次 the member chose is stored with the draft; "" clears it.
#[test]
fn the_chosen_grade_is_saved_with_the_draft() {
    use ziping_app::state::Edit;
    let mut app = App::new();
    app.act(Action::Material(Edit::SetSelfGrade("基本合格".into())));
    let d = app.state.draft();
    assert_eq!(d.self_grade, "基本合格");
    assert!(d.to_json().contains(r#""self_grade":"基本合格""#));
    assert_eq!(
        Draft::from_json(&d.to_json()).unwrap().self_grade,
        "基本合格"
    );
    app.act(Action::Material(Edit::SetSelfGrade(String::new())));
    assert!(!app.state.draft().to_json().contains("self_grade"));
}

/// A member's facts (民主评议): each set on its own, kept with the draft
/// and read back; cleared, the draft's file has no `member` at all.
#[test]
fn member_facts_are_set_saved_and_cleared() {
    use ziping_app::state::Edit;
    use ziping_core::Attendance;
    let mut app = App::new();
    let both = |held, attended| Attendance { held, attended };
    app.act(Action::Material(Edit::SetMeetings(both(
        Some(24),
        Some(22),
    ))))
    .act(Action::Material(Edit::SetPartyDays(both(
        Some(12),
        Some(12),
    ))))
    .act(Action::Material(Edit::SetDues(Some(true))))
    .act(Action::Material(Edit::SetTasks("承办主题党日2次".into())))
    .act(Action::Material(Edit::SetService("社区报到".into())));
    let d = app.state.draft();
    assert!(d.to_json().contains(
        r#""member":{"meetings":{"held":24,"attended":22},"party_days":{"held":12,"attended":12},"dues":true,"tasks":"承办主题党日2次","service":"社区报到"}"#
    ));
    assert_eq!(Draft::from_json(&d.to_json()).unwrap().member, d.member);
    // The meetings edit replaces both numbers: a blank one is none.
    app.act(Action::Material(Edit::SetMeetings(both(Some(24), None))));
    assert_eq!(app.state.draft().member.meetings, both(Some(24), None));
    for edit in [
        Edit::SetMeetings(Attendance::default()),
        Edit::SetPartyDays(Attendance::default()),
        Edit::SetDues(None),
        Edit::SetTasks(String::new()),
        Edit::SetService(String::new()),
    ] {
        app.act(Action::Material(edit));
    }
    assert!(!app.state.draft().to_json().contains("member"));
}

/// The 材料's date: set, cleared, stored with the draft and read back.
#[test]
fn the_material_date_is_set_cleared_and_saved_with_the_draft() {
    use ziping_app::state::Edit;
    use ziping_core::CivilDate;
    let day = CivilDate::new(2027, 2, 10);
    let mut store = MemoryStore::new();
    let mut saver = Saver::from_loaded(&load(&store));
    let mut app = App::new();
    app.act(Action::Material(Edit::SetMaterialDate(day)));
    assert_eq!(app.state.draft().material_date, day);
    assert_eq!(app.state.draft().modified, app.now);
    sync(&mut saver, &mut store, &app.state).unwrap();
    let stored = store.get(&draft_key("n1")).unwrap().unwrap();
    assert!(
        stored.contains(r#""material_date":"2027-02-10""#),
        "{stored}"
    );
    let back = App::with(load(&store));
    assert_eq!(back.state.draft().material_date, day);
    assert_eq!(**back.state.draft(), **app.state.draft());
    // Cleared: the default again, and left out of the stored draft.
    let revision = app.revision();
    app.act(Action::Material(Edit::SetMaterialDate(None)));
    assert_eq!(app.state.draft().material_date, None);
    assert_eq!(app.revision(), revision + 1);
    sync(&mut saver, &mut store, &app.state).unwrap();
    let stored = store.get(&draft_key("n1")).unwrap().unwrap();
    assert!(!stored.contains("material_date"), "{stored}");
}

/// (结果与报告 and 整改台账 are also noted as seen, for the path: see
/// `opening_the_material_and_the_ledger_is_noted_once`.)
#[test]
fn show_and_show_tab_change_only_what_is_shown() {
    let mut app = App::new();
    app.act(Action::Show(Page::Compare)).act(Action::ShowTab(1));
    assert_eq!(app.state.nav.page, Page::Compare);
    assert_eq!(app.state.nav.tab, 1);
    assert_eq!(app.revision(), 0);
}

// ---- the drafts library ----

#[test]
fn new_draft_goes_first_and_opens_on_the_checklist() {
    let mut app = App::new();
    app.act(Action::Show(Page::Drafts)).act(Action::ShowTab(1));
    app.act(Action::NewDraft(None));
    assert_eq!(app.names(), ["新的自评 2", FIRST_DRAFT_NAME]);
    assert_eq!(app.current(), "n2");
    assert_eq!(
        (app.state.nav.page, app.state.nav.tab),
        (Page::Checklist, 0)
    );
    assert_eq!(app.revision(), 1);
}

#[test]
fn new_draft_from_a_department_template_uses_its_newest_version() {
    let mut app = App::new();
    let mut t = Template::from_json(include_str!(
        "../../../data/templates/example-department.json"
    ))
    .unwrap();
    app.act(Action::ImportFile {
        file_name: "t.json".into(),
        content: Ok(t.to_json().into_bytes()),
    })
    .act(Action::ConfirmImport);
    t.version += 1;
    app.act(Action::ImportFile {
        file_name: "t2.json".into(),
        content: Ok(t.to_json().into_bytes()),
    })
    .act(Action::ConfirmImport);
    app.act(Action::NewDraft(Some("example-department".into())));
    let d = app.state.draft();
    assert_eq!(d.name, format!("{}自评", t.title));
    assert_eq!(d.templates, vec![t.reference()]);
}

#[test]
fn open_draft_switches_by_id_and_ignores_unknown_ids() {
    let mut app = App::with(stored_with(
        vec![stored_draft("a", "甲", 2), stored_draft("b", "乙", 1)],
        None,
    ));
    app.act(Action::ShowTab(1))
        .act(Action::OpenDraft("b".into()));
    assert_eq!(app.current(), "b");
    assert_eq!(app.state.nav.tab, 0);
    let before = app.revision();
    app.act(Action::OpenDraft("nope".into()));
    assert_eq!(app.current(), "b");
    assert_eq!(app.revision(), before);
}

#[test]
fn rename_trims_and_a_blank_rename_changes_nothing() {
    let mut app = App::new();
    app.act(Action::RenameDraft("n1".into(), "  年度自评  ".into()));
    assert_eq!(app.names(), ["年度自评"]);
    let before = app.revision();
    app.act(Action::RenameDraft("n1".into(), "   ".into()));
    assert_eq!(app.names(), ["年度自评"]);
    assert_eq!(app.revision(), before);
}

#[test]
fn duplicate_goes_right_after_the_original_and_the_open_draft_stays_open() {
    let mut app = App::with(stored_with(
        vec![stored_draft("a", "甲", 2), stored_draft("b", "乙", 1)],
        Some("b"),
    ));
    app.act(Action::DuplicateDraft("a".into()));
    assert_eq!(app.names(), ["甲", "甲（副本）", "乙"]);
    assert_eq!(app.current(), "b");
    let copy = &app.state.library.drafts[1];
    assert_eq!(copy.id, "n1");
    assert_eq!(copy.created, NOW + 1000);
}

#[test]
fn deleting_another_draft_keeps_the_open_one() {
    let mut app = App::with(stored_with(
        vec![stored_draft("a", "甲", 2), stored_draft("b", "乙", 1)],
        Some("b"),
    ));
    app.act(Action::DeleteDraft("a".into()));
    assert_eq!(app.names(), ["乙"]);
    assert_eq!(app.current(), "b");
    assert_eq!(app.state.library.deleted.as_ref().unwrap().index, 0);
}

#[test]
fn deleting_the_open_draft_opens_the_first_left() {
    let mut app = App::with(stored_with(
        vec![
            stored_draft("a", "甲", 3),
            stored_draft("b", "乙", 2),
            stored_draft("c", "丙", 1),
        ],
        Some("b"),
    ));
    app.act(Action::ShowTab(1))
        .act(Action::DeleteDraft("b".into()));
    assert_eq!(app.names(), ["甲", "丙"]);
    assert_eq!(app.current(), "a");
    assert_eq!(app.state.nav.tab, 0);
}

#[test]
fn deleting_the_last_draft_makes_a_fresh_one() {
    let mut app = App::new();
    app.act(Action::DeleteDraft("n1".into()));
    assert_eq!(app.names(), [FIRST_DRAFT_NAME]);
    assert_eq!(app.current(), "n2");
}

#[test]
fn undo_puts_a_draft_back_where_it_was_or_at_the_end() {
    let mut app = App::with(stored_with(
        vec![
            stored_draft("a", "甲", 3),
            stored_draft("b", "乙", 2),
            stored_draft("c", "丙", 1),
        ],
        Some("a"),
    ));
    app.act(Action::DeleteDraft("b".into()))
        .act(Action::UndoDelete);
    let mut names = app.names();
    names.sort();
    assert_eq!(names, ["丙", "乙", "甲"], "all three kept");
    assert_eq!(app.current(), "a", "undo does not change the open draft");
    assert!(app.state.library.deleted.is_none());

    app.act(Action::DeleteDraft("c".into()))
        .act(Action::DeleteDraft("b".into()))
        .act(Action::UndoDelete);
    assert_eq!(app.names(), ["甲", "乙"], "only the last delete is undone");
    app.act(Action::DeleteDraft("b".into()));
    app.state.library.drafts.truncate(0);
    app.state
        .library
        .drafts
        .push(Rc::new(stored_draft("z", "末", 1)));
    app.state.library.current = "z".into();
    app.act(Action::UndoDelete);
    assert_eq!(
        app.names(),
        ["末", "乙"],
        "an index past the end goes to the end"
    );
}

#[test]
fn undo_with_nothing_deleted_changes_nothing() {
    let mut app = App::new();
    let before = app.state.clone();
    app.act(Action::UndoDelete);
    assert_eq!(app.state, before);
}

#[test]
fn a_clear_that_succeeds_starts_over_with_a_new_epoch_and_nothing_to_save() {
    let mut app = App::new();
    app.act(rate(WUXIANG, "w1-lilun", "hao"))
        .act(Action::NewDraft(None))
        .act(Action::Show(Page::Drafts))
        .act(Action::SetFontScale(150));
    let revision = app.revision();
    app.act(Action::Clear);
    assert!(
        app.state.persist.clearing,
        "the request waits for the effect"
    );
    assert_eq!(
        app.names().len(),
        2,
        "nothing changes before the store is cleared"
    );
    app.act(Action::Cleared(Ok(())));
    assert_eq!(app.names(), [FIRST_DRAFT_NAME]);
    assert_eq!(app.state.nav.page, Page::Checklist);
    assert_eq!(app.state.persist.storage_epoch, 1);
    assert_eq!(app.state.prefs.font_scale, 100);
    assert_eq!(app.revision(), revision);
    assert_eq!(app.state.persist.saved_revision, revision);
    assert!(app.state.draft().answers.is_empty());
}

#[test]
fn a_clear_that_fails_changes_nothing_but_the_message() {
    let mut app = App::new();
    app.act(rate(WUXIANG, "w1-lilun", "hao"))
        .act(Action::NewDraft(None))
        .act(Action::Show(Page::Drafts))
        .act(Action::SetFontScale(150));
    let before = app.state.clone();
    let refused = StorageError::Failed("The operation is insecure.".into());
    app.act(Action::Clear)
        .act(Action::Cleared(Err(refused.clone())));
    assert_eq!(app.state.notices.clear_failed, Some(refused.clone()));
    let mut after = app.state.clone();
    after.notices.clear_failed = None;
    assert_eq!(after, before, "the state is exactly as it was");
    assert_eq!(
        clear_failed_message(&refused),
        "本机数据没有清除，草稿和设置都还在。请关闭在其他窗口或标签页中打开的本程序，再试一次；如果仍然失败，可能是浏览器禁止了写入本地存储，可以在浏览器的设置中清除本网站的数据。（写入本地存储失败：The operation is insecure.）"
    );
    // Trying again takes the message away until the answer.
    app.act(Action::Clear);
    assert_eq!(app.state.notices.clear_failed, None);
    app.act(Action::Cleared(Ok(())));
    assert_eq!(app.names(), [FIRST_DRAFT_NAME]);
}

#[test]
fn an_answer_nobody_asked_for_changes_nothing() {
    let mut app = App::new();
    app.act(rate(WUXIANG, "w1-lilun", "hao"));
    let before = app.state.clone();
    app.act(Action::Cleared(Ok(())))
        .act(Action::Cleared(Err(StorageError::Unavailable)));
    assert_eq!(app.state, before);
}

#[test]
fn the_clear_confirmation_lists_what_goes() {
    let mut app = App::new();
    assert_eq!(
        clear_list(&app.state, false),
        [
            "草稿 1 份：“我的个人自评”",
            "显示设置（字号、备份提醒、自动锁定时间）"
        ]
    );
    app.act(Action::NewDraft(None)).act(Action::NewDraft(None));
    assert_eq!(
        clear_list(&app.state, true),
        [
            "草稿 3 份：“新的自评 3”、“新的自评 2”、“我的个人自评”",
            "显示设置（字号、备份提醒、自动锁定时间）",
            "本机加密的口令（清除后本机不再加密）"
        ]
    );
    app.act(Action::NewDraft(None));
    let mut stored = stored_with(
        (1..=5)
            .map(|i| stored_draft(&format!("d{i}"), &format!("草稿{i}"), 10 - i))
            .collect(),
        None,
    );
    let v1 = Template::from_json(include_str!(
        "../../../data/templates/example-department.json"
    ))
    .unwrap();
    let mut v2 = v1.clone();
    v2.version = 2;
    stored.templates = vec![v1, v2];
    stored.unreadable = vec![Unreadable {
        key: draft_key("x"),
        raw: "{".into(),
        error: "坏了".into(),
    }];
    let app = App::with(stored);
    assert_eq!(
        clear_list(&app.state, false),
        [
            "草稿：“草稿1”、“草稿2”、“草稿3”等 5 份",
            "导入的评价模板 2 个",
            "无法读取的内容 1 项",
            "显示设置（字号、备份提醒、自动锁定时间）"
        ]
    );
}

// ---- other windows ----

#[test]
fn a_change_to_another_draft_is_taken_silently() {
    let mut app = App::with(stored_with(
        vec![stored_draft("a", "甲", 2), stored_draft("b", "乙", 1)],
        Some("a"),
    ));
    let mut theirs = stored_draft("b", "乙（改）", 5);
    theirs.cause = "x".into();
    app.act(Action::ExternalChange {
        id: "b".into(),
        draft: Some(Box::new(theirs.clone())),
    });
    assert_eq!(*app.state.library.drafts[1], theirs);
    assert!(app.state.notices.conflict.is_none());
    app.act(Action::ExternalChange {
        id: "new".into(),
        draft: Some(Box::new(stored_draft("new", "新", 9))),
    });
    assert_eq!(app.names(), ["甲", "乙（改）", "新"]);
    app.act(Action::ExternalChange {
        id: "b".into(),
        draft: None,
    });
    assert_eq!(app.names(), ["甲", "新"]);
    assert_eq!(
        app.revision(),
        0,
        "what came from storage is not written back"
    );
}

#[test]
fn the_same_content_from_another_window_is_no_conflict() {
    let d = stored_draft("a", "甲", 2);
    let mut app = App::with(stored_with(vec![d.clone()], Some("a")));
    app.act(Action::ExternalChange {
        id: "a".into(),
        draft: Some(Box::new(d)),
    });
    assert!(app.state.notices.conflict.is_none());
}

#[test]
fn a_change_to_the_open_draft_asks_and_keep_mine_writes_it_back() {
    let mut app = App::with(stored_with(vec![stored_draft("a", "甲", 2)], Some("a")));
    app.act(rate(WUXIANG, "w1-lilun", "hao"));
    let theirs = stored_draft("a", "甲（他处）", 9);
    app.act(Action::ExternalChange {
        id: "a".into(),
        draft: Some(Box::new(theirs)),
    });
    assert!(app.state.notices.conflict.is_some());
    assert_eq!(app.state.save_set().held.as_deref(), Some("a"), "held back");
    let before = app.revision();
    app.act(Action::ResolveConflict { keep_mine: true });
    assert!(app.state.notices.conflict.is_none());
    assert_eq!(app.state.save_set().held, None);
    assert_eq!(app.names(), ["甲"]);
    assert!(app.revision() > before, "mine is written back");
}

#[test]
fn a_conflict_knows_whether_this_window_holds_anything_unsaved() {
    // Everything here saved: closing loses nothing, until a change is made.
    let mut app = App::with(stored_with(vec![stored_draft("a", "甲", 2)], Some("a")));
    app.act(rate(WUXIANG, "w1-lilun", "hao"));
    let saved = app.revision();
    app.act(Action::Saved {
        revision: saved,
        result: Ok("10:00:00".into()),
    });
    app.act(Action::ExternalChange {
        id: "a".into(),
        draft: Some(Box::new(stored_draft("a", "甲（他处）", 9))),
    });
    let typed = |app: &App| app.state.notices.conflict.as_ref().map(|c| c.typed);
    assert_eq!(typed(&app), Some(false), "only shown here");
    // Looking at another screen marks it seen: nothing typed.
    let before = app.revision();
    app.act(Action::Show(Page::Ledger));
    assert!(app.revision() > before, "the seen mark is saved");
    assert_eq!(typed(&app), Some(false), "a screen seen is nothing typed");
    app.act(rate(WUXIANG, "w1-lilun", "jiaohao"));
    assert_eq!(typed(&app), Some(true), "typed since");
    // Another save here (of other drafts) and another change there: what
    // was typed is still held back.
    let revision = app.revision();
    app.act(Action::Saved {
        revision,
        result: Ok("10:00:01".into()),
    });
    app.act(Action::ExternalChange {
        id: "a".into(),
        draft: Some(Box::new(stored_draft("a", "甲（他处二）", 10))),
    });
    assert_eq!(
        typed(&app),
        Some(true),
        "still typed after a second change there"
    );

    // A change not yet saved when it opens counts too.
    let mut app = App::with(stored_with(vec![stored_draft("a", "甲", 2)], Some("a")));
    app.act(rate(WUXIANG, "w1-lilun", "hao"));
    app.act(Action::ExternalChange {
        id: "a".into(),
        draft: Some(Box::new(stored_draft("a", "甲（他处）", 9))),
    });
    assert_eq!(typed(&app), Some(true), "unsaved when it opened");
}

#[test]
fn take_theirs_replaces_the_open_draft() {
    let mut app = App::with(stored_with(vec![stored_draft("a", "甲", 2)], Some("a")));
    let theirs = stored_draft("a", "甲（他处）", 9);
    app.act(Action::ExternalChange {
        id: "a".into(),
        draft: Some(Box::new(theirs.clone())),
    })
    .act(Action::ResolveConflict { keep_mine: false });
    assert_eq!(**app.state.draft(), theirs);
}

#[test]
fn take_theirs_when_it_was_deleted_there_removes_it_here() {
    let mut app = App::with(stored_with(
        vec![stored_draft("a", "甲", 2), stored_draft("b", "乙", 1)],
        Some("a"),
    ));
    app.act(Action::ExternalChange {
        id: "a".into(),
        draft: None,
    })
    .act(Action::ResolveConflict { keep_mine: false });
    assert_eq!(app.names(), ["乙"]);
    assert_eq!(app.current(), "b");
    assert!(
        app.state.library.deleted.is_none(),
        "not offered for undo: it was deleted there"
    );
}

// ---- saving ----

#[test]
fn saved_records_the_time_and_the_revision_and_failures_are_shown() {
    let mut app = App::new();
    app.act(rate(WUXIANG, "w1-lilun", "hao"));
    app.act(Action::Saved {
        revision: 1,
        result: Ok("10:00:00".into()),
    });
    assert_eq!(app.state.persist.save, SaveStatus::Saved("10:00:00".into()));
    assert_eq!(app.state.persist.saved_revision, 1);
    app.act(Action::Saved {
        revision: 0,
        result: Ok("10:00:01".into()),
    });
    assert_eq!(app.state.persist.saved_revision, 1, "never goes back");
    app.act(Action::Saved {
        revision: 2,
        result: Err(StorageError::QuotaExceeded),
    });
    assert_eq!(
        app.state.persist.save,
        SaveStatus::Failed(StorageError::QuotaExceeded)
    );
    assert_eq!(app.state.persist.saved_revision, 1);
}

#[test]
fn prefs_font_scale_backup_and_reminder() {
    let mut app = App::new();
    app.act(Action::SetFontScale(125)).act(Action::BackedUp);
    assert_eq!(app.state.prefs.font_scale, 125);
    assert_eq!(app.state.prefs.last_backup, Some(NOW + 2000));
    app.act(Action::DismissBackupReminder);
    assert_eq!(app.state.prefs.reminder_dismissed, Some(NOW + 3000));
}

// ---- imports ----

fn backup(drafts: Vec<Draft>) -> Vec<u8> {
    Backup::new(drafts, NOW, "test").to_json().into_bytes()
}

#[test]
fn an_import_waits_for_confirmation_and_cancel_changes_nothing() {
    let mut app = App::new();
    let before = app.state.library.clone();
    app.act(Action::ImportFile {
        file_name: "b.json".into(),
        content: Ok(backup(vec![stored_draft("x", "外来", 1)])),
    });
    assert!(matches!(
        *app.state.import.pending.as_ref().unwrap().plan,
        ImportPlan::Drafts(_)
    ));
    assert_eq!(app.state.library, before);
    app.act(Action::CancelImport);
    assert!(app.state.import.pending.is_none());
    assert_eq!(app.state.library, before);
}

#[test]
fn a_bad_file_gets_its_message_and_changes_nothing() {
    let mut app = App::new();
    let before = app.state.library.clone();
    app.act(Action::ImportFile {
        file_name: "x.json".into(),
        content: Ok(b"{".to_vec()),
    });
    match &app.state.import.notice {
        Some(ImportNotice::Failed { file_name, error }) => {
            assert_eq!(file_name, "x.json");
            assert!(matches!(error, ImportError::NotJson(_)));
        }
        other => panic!("{other:?}"),
    }
    app.act(Action::ImportFile {
        file_name: "y".into(),
        content: Err(ImportError::NotText),
    });
    assert!(matches!(
        app.state.import.notice,
        Some(ImportNotice::Failed { .. })
    ));
    assert_eq!(app.state.library, before);
    app.act(Action::DismissImportNotice);
    assert!(app.state.import.notice.is_none());
}

#[test]
fn import_keep_both_adds_a_renamed_copy_first() {
    // Changed since it was made: not the fresh draft an import replaces.
    let mut mine = stored_draft("a", "甲", 2);
    mine.modified += 1;
    let mut app = App::with(stored_with(vec![mine.clone()], Some("a")));
    let mut theirs = mine.clone();
    theirs.cause = "他们的".into();
    app.act(Action::ImportFile {
        file_name: "b.json".into(),
        content: Ok(backup(vec![theirs])),
    })
    .act(Action::ConfirmImport);
    assert_eq!(app.names(), ["甲（导入）", "甲"]);
    assert_eq!(app.state.library.drafts[0].id, "n1");
    assert_eq!(*app.state.library.drafts[1], mine);
    assert_eq!(app.current(), "a");
    assert_eq!(app.state.nav.page, Page::Drafts);
    assert_eq!(
        app.state.import.notice,
        Some(ImportNotice::Done(
            "已从“b.json”导入 1 份草稿。导入的草稿在下方列表中，点它的“打开”接着写。".into()
        ))
    );
}

/// 忘记口令: the backup chosen on the lock screen comes into the store just
/// cleared without a second confirmation, in place of the fresh empty draft
/// of the same name, and its newest draft opens.
#[test]
fn a_backup_chosen_after_forgetting_the_passphrase_is_restored_at_once() {
    let mut app = App::new();
    assert_eq!(app.names(), [FIRST_DRAFT_NAME]);
    let mut mine = stored_draft("a", FIRST_DRAFT_NAME, 2);
    mine.cause = "备份里的".into();
    let other = stored_draft("b", "2025年度自评", 1);
    app.act(Action::RestoreNext).act(Action::ImportFile {
        file_name: "备份.json".into(),
        content: Ok(backup(vec![other, mine.clone()])),
    });
    assert!(
        app.state.import.pending.is_none(),
        "nothing left to confirm"
    );
    assert!(!app.state.import.restore);
    assert_eq!(app.names(), ["2025年度自评", FIRST_DRAFT_NAME]);
    assert_eq!(*app.state.library.drafts[1], mine);
    assert_eq!(app.current(), "a");
    assert_eq!(app.state.nav.page, Page::Drafts);
    assert_eq!(
        app.state.import.notice,
        Some(ImportNotice::Done(
            "已从“备份.json”导入 2 份草稿。口令已随清除一并取消，如需加密，请在“本机加密”中重新设置。"
                .into()
        ))
    );
    // Only the next file: a later import asks as usual, and keeps what is here.
    app.act(Action::ImportFile {
        file_name: "b.json".into(),
        content: Ok(backup(vec![stored_draft("x", "外来", 1)])),
    });
    assert!(app.state.import.pending.is_some());
    app.act(Action::CancelImport);
    // A draft already written in is never dropped, and a bad file changes nothing.
    let mut app = App::new();
    app.act(rate(WUXIANG, "w1-xuexi", "hao"))
        .act(Action::RestoreNext)
        .act(Action::ImportFile {
            file_name: "x.json".into(),
            content: Ok(b"{".to_vec()),
        });
    assert!(!app.state.import.restore);
    assert_eq!(app.names(), [FIRST_DRAFT_NAME]);
    app.act(Action::RestoreNext).act(Action::ImportFile {
        file_name: "备份.json".into(),
        content: Ok(backup(vec![mine])),
    });
    assert_eq!(app.state.library.drafts.len(), 2);
    assert_eq!(app.current(), "a");
    // Only a store's one fresh draft gives way: an untouched draft beside
    // another (one a second window added meanwhile) stays.
    let mut app = App::with(stored_with(
        vec![stored_draft("p", "甲", 1), stored_draft("q", "乙", 1)],
        Some("p"),
    ));
    assert!(app.state.library.drafts.iter().all(|d| d.is_untouched()));
    app.act(Action::RestoreNext).act(Action::ImportFile {
        file_name: "备份.json".into(),
        content: Ok(backup(vec![stored_draft("r", "丙", 1)])),
    });
    let mut names = app.names();
    names.sort();
    assert_eq!(names, ["丙", "乙", "甲"], "all three kept");
}

#[test]
fn import_replace_takes_the_existing_drafts_place() {
    let mine = stored_draft("a", "甲", 2);
    let mut app = App::with(stored_with(
        vec![stored_draft("z", "乙", 3), mine.clone()],
        Some("a"),
    ));
    let mut theirs = mine.clone();
    theirs.cause = "他们的".into();
    app.act(Action::ImportFile {
        file_name: "b.json".into(),
        content: Ok(backup(vec![theirs.clone()])),
    })
    .act(Action::SetOnConflict(OnConflict::Replace))
    .act(Action::ConfirmImport);
    assert_eq!(app.names(), ["乙", "甲"]);
    assert_eq!(*app.state.library.drafts[1], theirs);
    assert_eq!(app.current(), "a");
}

#[test]
fn a_newer_template_version_keeps_the_old_one_for_drafts_that_use_it() {
    let mut app = App::new();
    let v1 = Template::from_json(include_str!(
        "../../../data/templates/example-department.json"
    ))
    .unwrap();
    app.act(Action::ImportFile {
        file_name: "v1.json".into(),
        content: Ok(v1.to_json().into_bytes()),
    })
    .act(Action::ConfirmImport)
    .act(Action::NewDraft(Some(v1.id.clone())));
    let first_item = v1.items().next().unwrap().1.id.clone();
    app.act(rate(&v1.id, &first_item, "dadao"));
    let mut v2 = v1.clone();
    v2.version = 2;
    v2.sections[0].items.remove(0);
    app.act(Action::ImportFile {
        file_name: "v2.json".into(),
        content: Ok(v2.to_json().into_bytes()),
    })
    .act(Action::ConfirmImport);
    let lib = &app.state.library.templates;
    assert_eq!(lib.custom().len(), 2, "v1 stays while a draft uses it");
    let shown = app.state.draft_templates();
    assert_eq!(shown[0].version, 1);
    assert!(shown[0].item(&first_item).is_some());
    // Once no draft uses v1 (and nothing can undo), it goes at the next import.
    app.act(Action::DeleteDraft(app.state.library.current.clone()));
    app.act(Action::DeleteDraft(app.state.library.current.clone()));
    app.state.library.deleted = None;
    app.act(Action::ImportFile {
        file_name: "v2.json".into(),
        content: Ok(v2.to_json().into_bytes()),
    })
    .act(Action::ConfirmImport);
    assert_eq!(app.state.library.templates.custom().len(), 1);
    assert_eq!(app.state.library.templates.custom()[0].version, 2);
}

// ---- the Saver, against the in-memory store ----

fn load(store: &MemoryStore) -> Stored {
    storage::load(store).unwrap()
}

fn sync(
    saver: &mut Saver,
    store: &mut MemoryStore,
    state: &AppState,
) -> Result<SyncReport, StorageError> {
    saver.sync(store, &state.save_set())
}

#[test]
fn the_first_draft_is_written_even_when_a_second_is_made_before_any_edit() {
    // The lost-draft journey: first use makes a draft; the person makes a
    // second one at once; both must be stored.
    let mut store = MemoryStore::new();
    let stored = load(&store);
    let mut saver = Saver::from_loaded(&stored);
    let mut app = App::with(stored);
    app.act(Action::NewDraft(None));
    sync(&mut saver, &mut store, &app.state).unwrap();
    let back = load(&store);
    let mut names: Vec<String> = back.drafts.iter().map(|d| d.name.clone()).collect();
    names.sort();
    assert_eq!(names, ["我的个人自评", "新的自评 2"]);
    assert_eq!(back.current.as_deref(), Some("n2"));
}

#[test]
fn the_saver_writes_only_what_changed_and_removes_what_went() {
    let mut store = MemoryStore::new();
    let mut app = App::new();
    let mut saver = Saver::from_loaded(&load(&store));
    app.act(Action::NewDraft(None));
    sync(&mut saver, &mut store, &app.state).unwrap();
    assert_eq!(
        store.writes, 4,
        "two drafts, the current id and the open draft's snapshot"
    );
    app.act(rate(WUXIANG, "w1-lilun", "hao"));
    sync(&mut saver, &mut store, &app.state).unwrap();
    assert_eq!(store.writes, 6, "only the edited draft, and its snapshot");
    app.act(Action::DeleteDraft("n1".into()));
    sync(&mut saver, &mut store, &app.state).unwrap();
    assert!(store.get(&draft_key("n1")).unwrap().is_none());
    assert_eq!(store.writes, 6);
    // A saver built from what was loaded writes nothing when nothing changed.
    let mut fresh = Saver::from_loaded(&load(&store));
    let before = store.writes;
    sync(&mut fresh, &mut store, &app.state).unwrap();
    assert_eq!(store.writes, before);
}

#[test]
fn a_failed_write_is_reported_and_retried_next_time() {
    let mut store = MemoryStore::new();
    let mut app = App::new();
    let mut saver = Saver::from_loaded(&load(&store));
    app.act(rate(WUXIANG, "w1-lilun", "hao"));
    store.fail_writes = Some(StorageError::QuotaExceeded);
    assert_eq!(
        sync(&mut saver, &mut store, &app.state),
        Err(StorageError::QuotaExceeded)
    );
    store.fail_writes = None;
    sync(&mut saver, &mut store, &app.state).unwrap();
    assert_eq!(load(&store).drafts.len(), 1);
    assert_eq!(store.get(CURRENT_KEY).unwrap().as_deref(), Some("n1"));
}

#[test]
fn unreadable_values_are_reported_and_never_touched() {
    let mut store = MemoryStore::new();
    store.set(&draft_key("bad"), "{not json").unwrap();
    store.set("other.app.key", "x").unwrap();
    let stored = load(&store);
    assert_eq!(stored.unreadable.len(), 1);
    let Unreadable { key, raw, .. } = &stored.unreadable[0];
    assert_eq!(
        (key.as_str(), raw.as_str()),
        ("ziping.v1.draft.bad", "{not json")
    );
    let mut saver = Saver::from_loaded(&stored);
    let mut app = App::with(stored);
    app.act(rate(WUXIANG, "w1-lilun", "hao"));
    sync(&mut saver, &mut store, &app.state).unwrap();
    storage::clear_all(&mut store).unwrap();
    assert_eq!(
        store.keys().unwrap(),
        ["other.app.key"],
        "clear removes only our keys"
    );
    let mut store2 = MemoryStore::new();
    store2.set(&draft_key("bad"), "{not json").unwrap();
    let stored = load(&store2);
    let mut saver = Saver::from_loaded(&stored);
    let mut app = App::with(stored);
    app.act(rate(WUXIANG, "w1-lilun", "hao"));
    sync(&mut saver, &mut store2, &app.state).unwrap();
    assert_eq!(
        store2.get(&draft_key("bad")).unwrap().as_deref(),
        Some("{not json")
    );
}

#[test]
fn a_template_under_the_old_key_is_moved_to_its_versioned_key() {
    let mut store = MemoryStore::new();
    let t = Template::from_json(include_str!(
        "../../../data/templates/example-department.json"
    ))
    .unwrap();
    store
        .set("ziping.v1.template.example-department", &t.to_json())
        .unwrap();
    let stored = load(&store);
    assert_eq!(stored.templates.len(), 1);
    let mut saver = Saver::from_loaded(&stored);
    let mut app = App::with(stored);
    app.act(rate(WUXIANG, "w1-lilun", "hao"));
    sync(&mut saver, &mut store, &app.state).unwrap();
    let keys = store.keys().unwrap();
    assert!(keys.contains(&format!(
        "ziping.v1.template.example-department.v{}",
        t.version
    )));
    assert!(!keys.contains(&"ziping.v1.template.example-department".to_string()));
}

/// Three stored drafts ("a" open, "b", "c"), loaded, and a Saver that has
/// made its first save (which serialises each once).
fn three_drafts() -> (MemoryStore, Saver, App) {
    let mut store = MemoryStore::new();
    for (id, name, modified) in [("a", "甲", 3), ("b", "乙", 2), ("c", "丙", 1)] {
        let d = stored_draft(id, name, modified);
        store.set(&draft_key(id), &d.to_json()).unwrap();
    }
    store.set(CURRENT_KEY, "a").unwrap();
    let stored = load(&store);
    let mut saver = Saver::from_loaded(&stored);
    let app = App::with(stored);
    let first = sync(&mut saver, &mut store, &app.state).unwrap();
    assert_eq!(
        first,
        SyncReport {
            serialised: 3,
            written: 0,
            removed: 0
        },
        "the first save reads each draft once and writes nothing that is stored as it is"
    );
    store.writes = 0;
    (store, saver, app)
}

#[test]
fn a_save_serialises_only_the_drafts_that_changed() {
    let (mut store, mut saver, mut app) = three_drafts();
    app.act(rate(WUXIANG, "w1-lilun", "hao"));
    let report = sync(&mut saver, &mut store, &app.state).unwrap();
    assert_eq!(
        report,
        SyncReport {
            serialised: 1,
            written: 1,
            removed: 0
        }
    );
    assert_eq!(load(&store).drafts[0].answers.len(), 1);
    let again = sync(&mut saver, &mut store, &app.state).unwrap();
    assert_eq!(
        again,
        SyncReport::default(),
        "nothing changed, nothing read"
    );
    app.act(Action::RenameDraft("c".into(), "丙（改）".into()));
    let report = sync(&mut saver, &mut store, &app.state).unwrap();
    assert_eq!((report.serialised, report.written), (1, 1));
    assert_eq!(store.writes, 2);
}

/// Another window stores its version of `id` and this window hears of it.
fn elsewhere(app: &mut App, store: &mut MemoryStore, theirs: Option<Draft>, id: &str) {
    match &theirs {
        Some(d) => store.set(&draft_key(id), &d.to_json()).unwrap(),
        None => store.remove(&draft_key(id)).unwrap(),
    }
    app.act(Action::ExternalChange {
        id: id.into(),
        draft: theirs.map(Box::new),
    });
}

#[track_caller]
fn stored_name(store: &MemoryStore, id: &str) -> Option<String> {
    let raw = store.get(&draft_key(id)).unwrap()?;
    Some(Draft::from_json(&raw).unwrap().name)
}

#[test]
fn while_a_conflict_is_open_this_window_does_not_write_that_draft() {
    let (mut store, mut saver, mut app) = three_drafts();
    elsewhere(
        &mut app,
        &mut store,
        Some(stored_draft("a", "甲（他处）", 9)),
        "a",
    );
    assert!(app.state.notices.conflict.is_some());
    // Edits here while the notice is open: the open draft waits, the others save.
    app.act(rate(WUXIANG, "w1-lilun", "hao"))
        .act(Action::RenameDraft("b".into(), "乙（改）".into()));
    let report = sync(&mut saver, &mut store, &app.state).unwrap();
    assert_eq!((report.serialised, report.written), (1, 1), "only 乙");
    assert_eq!(stored_name(&store, "a").as_deref(), Some("甲（他处）"));
    assert_eq!(stored_name(&store, "b").as_deref(), Some("乙（改）"));
    // Keep mine: written back, with the edit made meanwhile.
    app.act(Action::ResolveConflict { keep_mine: true });
    let report = sync(&mut saver, &mut store, &app.state).unwrap();
    assert_eq!((report.serialised, report.written), (1, 1));
    let back = load(&store);
    let a = back.drafts.iter().find(|d| d.id == "a").unwrap();
    assert_eq!((a.name.as_str(), a.answers.len()), ("甲", 1));
}

#[test]
fn a_draft_deleted_elsewhere_is_not_written_back_while_its_conflict_is_open() {
    let (mut store, mut saver, mut app) = three_drafts();
    elsewhere(&mut app, &mut store, None, "a");
    app.act(rate(WUXIANG, "w1-lilun", "hao"));
    sync(&mut saver, &mut store, &app.state).unwrap();
    assert_eq!(stored_name(&store, "a"), None);
    app.act(Action::ResolveConflict { keep_mine: true });
    sync(&mut saver, &mut store, &app.state).unwrap();
    assert_eq!(stored_name(&store, "a").as_deref(), Some("甲"));
}

#[test]
fn taking_theirs_writes_nothing_back_with_or_without_a_save_in_between() {
    for save_between in [false, true] {
        let (mut store, mut saver, mut app) = three_drafts();
        elsewhere(
            &mut app,
            &mut store,
            Some(stored_draft("a", "甲（他处）", 9)),
            "a",
        );
        app.act(rate(WUXIANG, "w1-lilun", "hao"));
        if save_between {
            sync(&mut saver, &mut store, &app.state).unwrap();
        }
        let writes = store.writes;
        app.act(Action::ResolveConflict { keep_mine: false });
        let report = sync(&mut saver, &mut store, &app.state).unwrap();
        assert_eq!(
            report,
            SyncReport::default(),
            "save between: {save_between}"
        );
        assert_eq!(store.writes, writes);
        assert_eq!(stored_name(&store, "a").as_deref(), Some("甲（他处）"));
        // Saving resumes: the next edit is written.
        app.act(rate(WUXIANG, "w1-lilun", "hao"));
        let report = sync(&mut saver, &mut store, &app.state).unwrap();
        assert_eq!((report.serialised, report.written), (1, 1));
    }
}

#[test]
fn taking_a_deletion_elsewhere_removes_nothing_more() {
    let (mut store, mut saver, mut app) = three_drafts();
    elsewhere(&mut app, &mut store, None, "a");
    app.act(Action::ResolveConflict { keep_mine: false });
    assert_eq!(app.names(), ["乙", "丙"]);
    let report = sync(&mut saver, &mut store, &app.state).unwrap();
    assert_eq!(report.removed, 0, "the other window removed it");
    assert_eq!(report.written, 1, "the open draft's id");
    assert_eq!(store.get(CURRENT_KEY).unwrap().as_deref(), Some("b"));
}

#[test]
fn what_another_window_stored_is_not_written_back() {
    let (mut store, mut saver, mut app) = three_drafts();
    elsewhere(
        &mut app,
        &mut store,
        Some(stored_draft("b", "乙（他处）", 9)),
        "b",
    );
    elsewhere(&mut app, &mut store, Some(stored_draft("d", "丁", 9)), "d");
    elsewhere(&mut app, &mut store, None, "c");
    assert!(app.state.notices.conflict.is_none());
    app.act(rate(WUXIANG, "w1-lilun", "hao"));
    let report = sync(&mut saver, &mut store, &app.state).unwrap();
    assert_eq!(
        report,
        SyncReport {
            serialised: 1,
            written: 1,
            removed: 0
        },
        "only the edit here"
    );
    // A change here after theirs is written again.
    app.act(Action::RenameDraft("b".into(), "乙（再改）".into()));
    let report = sync(&mut saver, &mut store, &app.state).unwrap();
    assert_eq!((report.serialised, report.written), (1, 1));
    assert_eq!(stored_name(&store, "b").as_deref(), Some("乙（再改）"));
}

/// A start reads only the built-in versions its drafts use: a new user the
/// two newest, a returning user with a version-1 draft those two as well.
#[test]
fn a_start_reads_only_the_builtin_versions_in_use() {
    let read = |state: &AppState| {
        let lib = &state.library.templates;
        lib.builtin().iter().filter(|b| b.is_read()).count()
    };
    let new_user = AppState::from_stored(
        Ok(Stored::default()),
        ziping_core::Builtin::shipped(),
        NOW,
        &mut || "n1".into(),
    );
    assert_eq!(new_user.draft_templates().len(), 2);
    assert_eq!(read(&new_user), 2);
    let old = Draft::from_json(include_str!("../../../tests/fixtures/draft-v1.json")).unwrap();
    let returning = AppState::from_stored(
        Ok(stored_with(vec![old], None)),
        ziping_core::Builtin::shipped(),
        NOW,
        &mut || "n1".into(),
    );
    let versions: Vec<u32> = returning
        .draft_templates()
        .iter()
        .map(|t| t.version)
        .collect();
    assert_eq!(versions, [1, 1]);
    assert_eq!(read(&returning), 2);
    // The drafts screen lists every version: all are read then.
    assert_eq!(returning.library.templates.by_template().len(), 2);
    assert_eq!(read(&returning), 7);
}

/// The example department template, and the keys of one of its versions
/// in an earlier release's form and in the versioned form.
fn template_keys() -> (Template, String, String) {
    let t = Template::from_json(include_str!(
        "../../../data/templates/example-department.json"
    ))
    .unwrap();
    let new_key = format!("ziping.v1.template.example-department.v{}", t.version);
    (
        t,
        "ziping.v1.template.example-department".to_string(),
        new_key,
    )
}

/// `store` loaded, a rating made and saved, as a start and an autosave do.
fn load_rate_save(store: &mut MemoryStore) -> Stored {
    let stored = load(store);
    let mut saver = Saver::from_loaded(&stored);
    let mut app = App::with(stored.clone());
    app.act(rate(WUXIANG, "w1-lilun", "hao"));
    sync(&mut saver, store, &app.state).unwrap();
    stored
}

/// One version of a department template under both key forms (an earlier
/// release's `ziping.v1.template.<id>` and `….v<version>`), their texts
/// different: a save keeps both texts in storage, whichever is read.
#[test]
fn a_template_under_both_key_forms_loses_neither_text() {
    let mut store = MemoryStore::new();
    let (t, old_key, new_key) = template_keys();
    let mut other = t.clone();
    other.title = format!("{}（另一份）", t.title);
    store.set(&old_key, &t.to_json()).unwrap();
    store.set(&new_key, &other.to_json()).unwrap();
    let stored = load_rate_save(&mut store);
    // The version's own key is read; the other text kept unread, said so.
    assert_eq!(stored.templates, vec![other.clone()]);
    assert_eq!(stored.unreadable.len(), 1);
    assert_eq!(stored.unreadable[0].key, old_key);
    assert!(stored.unreadable[0].error.contains("内容不同"));
    let texts: Vec<String> = store
        .keys()
        .unwrap()
        .into_iter()
        .filter(|k| k.starts_with("ziping.v1.template."))
        .filter_map(|k| store.get(&k).unwrap())
        .collect();
    for title in [&t.title, &other.title] {
        assert!(
            texts
                .iter()
                .any(|s| Template::from_json(s).unwrap().title == *title),
            "{title} lost: {texts:?}"
        );
    }
}

/// The same text under both key forms is one template: read once, nothing
/// reported, and the earlier release's key gone at the next save.
#[test]
fn a_template_under_both_key_forms_with_one_text_is_read_once() {
    let mut store = MemoryStore::new();
    let (t, old_key, new_key) = template_keys();
    store.set(&old_key, &t.to_json()).unwrap();
    store.set(&new_key, &t.to_json()).unwrap();
    let stored = load_rate_save(&mut store);
    assert_eq!(stored.templates.len(), 1);
    assert!(stored.unreadable.is_empty(), "{:?}", stored.unreadable);
    let keys = store.keys().unwrap();
    assert!(keys.contains(&new_key));
    assert!(!keys.contains(&old_key));
}

/// The version's own key damaged beside an earlier release's key: the
/// earlier key's text is read (the drafts keep their checklist), and a
/// save changes neither key.
#[test]
fn a_template_whose_own_key_is_damaged_is_read_from_the_old_one() {
    let mut store = MemoryStore::new();
    let (t, old_key, new_key) = template_keys();
    store.set(&old_key, &t.to_json()).unwrap();
    store.set(&new_key, "{not json").unwrap();
    let stored = load_rate_save(&mut store);
    assert_eq!(stored.templates, vec![t.clone()]);
    assert_eq!(stored.unreadable.len(), 1);
    assert_eq!(stored.unreadable[0].key, new_key);
    assert_eq!(store.get(&new_key).unwrap().as_deref(), Some("{not json"));
    assert_eq!(store.get(&old_key).unwrap(), Some(t.to_json()));
}
