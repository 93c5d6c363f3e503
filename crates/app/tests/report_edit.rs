//! The person's edit of the report through the reducer: the generated text
//! it was made from is kept with it, so the app can say when that text has
//! changed since; 保留我的文本 moves the base on, 采用新文本 drops both.
#![cfg(not(target_arch = "wasm32"))]

use ziping_app::state::{apply, Action, AppState, Edit, ReportEdit};
use ziping_app::storage::Stored;
use ziping_core::{Draft, DraftId};

const NOW: i64 = 1_795_000_000_000;

struct App {
    state: AppState,
    now: i64,
}

impl App {
    fn new() -> App {
        let state = AppState::from_stored(
            Ok(Stored::default()),
            ziping_core::builtin_templates(),
            NOW,
            &mut || DraftId::from("n1"),
        );
        App { state, now: NOW }
    }

    fn act(&mut self, action: Action) -> &mut App {
        self.now += 1000;
        apply(&mut self.state, action, self.now, &mut || {
            DraftId::from("n2")
        });
        self
    }

    fn draft(&self) -> &Draft {
        self.state.draft()
    }

    fn edit_and_base(&self) -> (Option<&str>, Option<&str>) {
        let d = self.draft();
        (d.report_edit.as_deref(), d.report_base.as_deref())
    }
}

fn edit(text: &str, base: &str) -> Action {
    Action::Report(ReportEdit::Edit {
        text: text.into(),
        base: base.into(),
    })
}

fn keep(base: &str) -> Action {
    Action::Report(ReportEdit::Keep { base: base.into() })
}

#[test]
fn the_first_edit_stores_the_generated_text_it_was_made_from() {
    let mut app = App::new();
    assert_eq!(app.edit_and_base(), (None, None));
    app.act(edit("我的文字", "生成一"));
    assert_eq!(app.edit_and_base(), (Some("我的文字"), Some("生成一")));
}

#[test]
fn later_edits_keep_the_first_base() {
    let mut app = App::new();
    app.act(edit("我的", "生成一"))
        .act(edit("我的文字", "生成二"))
        .act(edit("我的文字啊", "生成三"));
    assert_eq!(app.edit_and_base(), (Some("我的文字啊"), Some("生成一")));
}

#[test]
fn following_the_generated_text_again_clears_the_edit_and_its_base() {
    let mut app = App::new();
    app.act(edit("我的文字", "生成一"));
    let revision = app.state.persist.revision;
    app.act(Action::Report(ReportEdit::Follow));
    assert_eq!(app.edit_and_base(), (None, None));
    assert_eq!(app.state.persist.revision, revision + 1, "it is saved");
    // A new edit after it records the base it is made from now.
    app.act(edit("又改了", "生成二"));
    assert_eq!(app.edit_and_base(), (Some("又改了"), Some("生成二")));
}

#[test]
fn keeping_mine_moves_the_base_on_and_keeps_the_edit() {
    let mut app = App::new();
    app.act(edit("我的文字", "生成一"));
    let d = app.draft();
    assert_eq!(d.report_base_outdated("生成二"), Some("生成一"));
    app.act(keep("生成二"));
    assert_eq!(app.edit_and_base(), (Some("我的文字"), Some("生成二")));
    assert_eq!(app.draft().report_base_outdated("生成二"), None);
    // Keeping again over the same text changes nothing, and is not saved.
    let (modified, revision) = (app.draft().modified, app.state.persist.revision);
    app.act(keep("生成二"));
    assert_eq!(app.draft().modified, modified);
    assert_eq!(app.state.persist.revision, revision);
}

#[test]
fn keeping_without_an_edit_changes_nothing() {
    let mut app = App::new();
    let revision = app.state.persist.revision;
    app.act(keep("生成一"));
    assert_eq!(app.edit_and_base(), (None, None));
    assert_eq!(app.state.persist.revision, revision);
}

#[test]
fn an_edit_without_a_base_has_nothing_to_compare() {
    let mut d = Draft {
        report_edit: Some("旧版本保存的修改".into()),
        ..Draft::default()
    };
    assert_eq!(d.report_base_outdated("生成一"), None);
    d.report_base = Some("生成一".into());
    assert_eq!(d.report_base_outdated("生成一"), None);
    assert_eq!(d.report_base_outdated("生成二"), Some("生成一"));
    d.report_edit = None;
    assert_eq!(d.report_base_outdated("生成二"), None, "no edit, no notice");
}

#[test]
fn the_base_is_saved_with_the_draft_and_read_back() {
    let mut app = App::new();
    app.act(edit("我的文字", "生成一\n第二行"));
    let json = app.draft().to_json();
    assert!(json.contains(r#""report_base":"生成一\n第二行""#), "{json}");
    let back = Draft::from_json(&json).unwrap();
    assert_eq!(back, *app.draft());
    assert_eq!(back.schema, 5);

    // Without a base nothing is written, and a draft without one reads.
    app.act(Action::Report(ReportEdit::Follow));
    let json = app.draft().to_json();
    assert!(!json.contains("report_base"), "{json}");
    let mut old = Draft::from_json(&json).unwrap();
    assert_eq!(old.report_base, None);
    old.report_edit = Some("我的文字".into());
    let back = Draft::from_json(&old.to_json()).unwrap();
    assert_eq!(
        (back.report_edit.as_deref(), back.report_base),
        (Some("我的文字"), None)
    );
}

fn occasion(id: &str) -> Action {
    Action::Material(Edit::SetOccasion(id.into()))
}

#[test]
fn each_occasion_keeps_its_own_edited_text() {
    let mut app = App::new();
    let first = app.draft().occasion.clone();
    app.act(edit("生活会的文字", "生活会生成"));
    app.act(occasion("niandu-kaohe"));
    assert_eq!(app.edit_and_base(), (None, None), "not the other's text");
    app.act(edit("总结的文字", "总结生成"));
    app.act(occasion(&first));
    assert_eq!(
        app.edit_and_base(),
        (Some("生活会的文字"), Some("生活会生成"))
    );
    assert_eq!(app.draft().report_occasion, first);
    // Saved and read back, each still has its own.
    let back = Draft::from_json(&app.draft().to_json()).unwrap();
    assert_eq!(back, *app.draft());
    app.act(occasion("niandu-kaohe"));
    assert_eq!(app.edit_and_base(), (Some("总结的文字"), Some("总结生成")));
}

#[test]
fn restoring_the_generated_text_can_be_undone_while_the_page_is_open() {
    let mut app = App::new();
    app.act(edit("我的文字", "生成一"));
    app.act(Action::Report(ReportEdit::Follow));
    assert_eq!(app.edit_and_base(), (None, None));
    assert!(app.state.notices.dropped_edit.is_some());
    app.act(Action::Report(ReportEdit::Undo));
    assert_eq!(app.edit_and_base(), (Some("我的文字"), Some("生成一")));
    assert_eq!(app.state.notices.dropped_edit, None, "once");
    // Not into another occasion's 材料.
    app.act(Action::Report(ReportEdit::Follow));
    app.act(occasion("niandu-kaohe"));
    app.act(Action::Report(ReportEdit::Undo));
    assert_eq!(app.edit_and_base(), (None, None));
}

#[test]
fn an_edit_saved_before_each_occasion_kept_its_own_goes_to_the_one_it_was_written_for() {
    // Written as a 组织生活会 材料, then the occasion switched (the old app
    // kept the text): it belongs to 组织生活会.
    let mut old = App::new().draft().clone();
    old.occasion = "niandu-kaohe".into();
    old.report_edit = Some("2026年度组织生活会个人对照检查材料\n正文".into());
    let json = old.to_json();
    assert!(!json.contains("report_occasion"), "{json}");
    let d = Draft::from_json(&json).unwrap();
    assert_eq!(d.occasion, "niandu-kaohe");
    assert_eq!(d.report_edit, None, "not under 个人总结's title");
    assert_eq!(d.report_others.len(), 1);
    assert_eq!(d.report_others[0].occasion, "zuzhi-shenghuohui");
    // A title that names none: the occasion chosen now.
    old.report_edit = Some("我自己的标题\n正文".into());
    let d = Draft::from_json(&old.to_json()).unwrap();
    assert_eq!(d.report_edit.as_deref(), Some("我自己的标题\n正文"));
    assert_eq!(d.report_occasion, "niandu-kaohe");
}
