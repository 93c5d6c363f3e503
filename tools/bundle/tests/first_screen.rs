//! The first screen the build prerenders with the app's own components.

use ziping::prerender::first_screen;

#[test]
fn it_is_the_checklist_of_a_new_user() {
    let html = first_screen();
    assert!(html.starts_with("<header class=\"header no-print\">"));
    assert!(html.contains("我的个人自评"), "the new draft's name");
    assert!(html.contains("已评 0/29"));
    assert!(html
        .contains("<input value=\"hao\" type=\"radio\" name=\"wuxiang-gongzuo:w1-zhongcheng\">"));
    assert!(!html.contains("checked"), "nothing is rated yet");
    assert!(!html.contains("data-all-rendered"), "only the first chunk");
}

#[test]
fn it_is_plain_deterministic_markup() {
    let html = first_screen();
    assert_eq!(html, first_screen(), "same input, same bytes");
    assert!(!html.contains("<!--"), "no hydration markers");
    assert!(!html.contains("<script"));
    assert!(!html.contains("<template"));
}
