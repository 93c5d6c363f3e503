//! The line-then-sentence diff, through its public API: each line written
//! wdiff-style, `[-removed-]` and `{+added+}` around what changed.

use ziping_report::{around_changes, diff_text, sentences, Change, DiffLine};

fn show(line: &DiffLine) -> String {
    line.runs
        .iter()
        .map(|r| match r.change {
            Change::Kept => r.text.clone(),
            Change::Removed => format!("[-{}-]", r.text),
            Change::Added => format!("{{+{}+}}", r.text),
        })
        .collect()
}

#[track_caller]
fn assert_diff(old: &str, new: &str, expected: &[&str]) {
    let lines: Vec<String> = diff_text(old, new).iter().map(show).collect();
    assert_eq!(lines, expected);
}

#[test]
fn sentences_end_after_their_mark_and_closing_quote() {
    assert_eq!(
        sentences("　　一是学习不深。二是“不够实”；三是！最后"),
        ["　　一是学习不深。", "二是“不够实”；", "三是！", "最后"]
    );
    assert_eq!(sentences("他说：“好。”然后？"), ["他说：“好。”", "然后？"]);
    assert_eq!(sentences("没有句号"), ["没有句号"]);
    assert!(sentences("").is_empty());
}

#[test]
fn the_same_text_is_all_kept() {
    let text = "标题\n　　第一句。第二句。\n张三";
    assert_diff(text, text, &["标题", "　　第一句。第二句。", "张三"]);
    assert!(diff_text(text, text).iter().all(DiffLine::is_kept));
}

#[test]
fn a_changed_sentence_stands_out_of_its_paragraph() {
    assert_diff(
        "标题\n　　一是学习不深。二是调研不够。三是作风不实。\n张三",
        "标题\n　　一是学习不深。二是调研不够深入。三是作风不实。\n张三",
        &[
            "标题",
            "　　一是学习不深。[-二是调研不够。-]{+二是调研不够深入。+}三是作风不实。",
            "张三",
        ],
    );
}

#[test]
fn sentences_added_and_removed_within_a_line() {
    assert_diff(
        "甲。乙。丙。",
        "甲。丙。丁。",
        &["甲。[-乙。-]丙。{+丁。+}"],
    );
    assert_diff("甲。乙。", "新。甲。乙。", &["{+新。+}甲。乙。"]);
}

#[test]
fn lines_that_share_no_sentence_are_removed_then_added() {
    assert_diff(
        "一、存在的问题\n【待补充：姓名】",
        "一、存在的问题\n张三",
        &["一、存在的问题", "[-【待补充：姓名】-]", "{+张三+}"],
    );
}

#[test]
fn whole_lines_added_and_removed() {
    assert_diff(
        "一\n二\n三",
        "一\n三\n四",
        &["一", "[-二-]", "三", "{+四+}"],
    );
    assert_diff("", "一\n二", &["{+一+}", "{+二+}"]);
    assert_diff("一\n二", "", &["[-一-]", "[-二-]"]);
    assert_diff("", "", &[]);
}

#[test]
fn a_new_paragraph_before_a_changed_one_is_added_whole() {
    assert_diff(
        "头\n　　甲。乙。\n尾",
        "头\n　　新的一段。\n　　甲。乙改。\n尾",
        &[
            "头",
            "{+　　新的一段。+}",
            "　　甲。[-乙。-]{+乙改。+}",
            "尾",
        ],
    );
}

#[test]
fn long_unrelated_texts_stay_bounded() {
    // 1,200 × 1,200 differing lines are past the table's bound: shown
    // removed, then added, without comparing them.
    let old: String = (0..1200).map(|i| format!("旧{i}\n")).collect();
    let new: String = (0..1200).map(|i| format!("新{i}\n")).collect();
    let lines = diff_text(&format!("头\n{old}尾"), &format!("头\n{new}尾"));
    assert_eq!(lines.len(), 2402);
    assert_eq!(show(&lines[0]), "头");
    assert_eq!(show(&lines[1]), "[-旧0-]");
    assert_eq!(show(&lines[1201]), "{+新0+}");
    assert_eq!(show(&lines[2401]), "尾");
    // Common ends are kept without a table: one change among 5,000 lines.
    let same: String = (0..5000).map(|i| format!("第{i}行。\n")).collect();
    let lines = diff_text(
        &format!("{same}甲。乙。\n{same}"),
        &format!("{same}甲。丙。\n{same}"),
    );
    let changed: Vec<String> = lines.iter().filter(|l| !l.is_kept()).map(show).collect();
    assert_eq!(changed, ["甲。[-乙。-]{+丙。+}"]);
    assert_eq!(lines.len(), 10001);
}

#[test]
fn around_changes_leaves_out_kept_lines_far_from_them() {
    let old = "1\n2\n3\n4\n5\n6\n7";
    let new = "1\n2\n3\n四\n5\n6\n7";
    let lines = diff_text(old, new);
    let shown: Vec<String> = around_changes(&lines, 1)
        .into_iter()
        .map(|l| l.map_or_else(|| "…".to_string(), show))
        .collect();
    assert_eq!(shown, ["…", "3", "[-4-]", "{+四+}", "5", "…"]);
    let at_ends = diff_text("a\nb\nc", "A\nb\nC");
    let shown: Vec<String> = around_changes(&at_ends, 0)
        .into_iter()
        .map(|l| l.map_or_else(|| "…".to_string(), show))
        .collect();
    assert_eq!(shown, ["[-a-]", "{+A+}", "…", "[-c-]", "{+C+}"]);
    assert!(around_changes(&diff_text("a", "a"), 2).is_empty());
}
