//! A person's own list numbering taken out of a field's text.

use ziping_core::{numbered_list, unnumbered};

#[test]
fn a_persons_numbering_is_taken_out_and_the_items_joined() {
    let cases = [
        (
            "1、学习不够深入\n2、作风不够扎实",
            "学习不够深入；作风不够扎实",
        ),
        ("1.学习不够2.作风不扎实", "学习不够；作风不扎实"),
        (
            "（1）当面指出并记录；\n（2）两次以上的进行提醒谈话。",
            "当面指出并记录；两次以上的进行提醒谈话",
        ),
        (
            "（四）有时在工作群里转发未经核实的信息；",
            "有时在工作群里转发未经核实的信息",
        ),
        (
            "一是党性原则坚持得不够;二是把严格要求误当成不近人情",
            "党性原则坚持得不够；把严格要求误当成不近人情",
        ),
        ("一是学习不深，二是调研不实。", "学习不深；调研不实"),
        (
            "①每月读一本书②每季度写一篇心得",
            "每月读一本书；每季度写一篇心得",
        ),
        (
            "1.每季度独立主办核查件不少于2件 2.我负责点评",
            "每季度独立主办核查件不少于2件；我负责点评",
        ),
        (
            "存在问题主要有：1、学习不够；2、调研不实。",
            "存在问题主要有：学习不够；调研不实",
        ),
        (
            "一、理论学习不系统。二、调查研究不深入。",
            "理论学习不系统；调查研究不深入",
        ),
        ("(1)读书 (2)写心得", "读书；写心得"),
        ("十、最后一条", "最后一条"),
        (
            "存在问题：一是学习不够，二是作风不实",
            "存在问题：学习不够；作风不实",
        ),
        // A 判断 pasted with its number: the 材料 numbers it itself.
        ("一是理想信念有所松懈。", "理想信念有所松懈"),
        ("二是党性锻炼不够经常", "党性锻炼不够经常"),
    ];
    for (typed, clean) in cases {
        assert_eq!(unnumbered(typed), clean, "{typed}");
    }
}

#[test]
fn numbers_that_are_not_a_list_stay() {
    let cases = [
        "今年有1名同志两次超时报送核查结果",
        "3、4月份各开展一次专题学习",
        "效率提高了1.5倍",
        "2027.6.30前完成",
        "一、二季度各开展一次",
        "统一是基本要求",
        "坚持一是一、二是二的原则",
        "全年完成(含补报)12件",
        "学习了《条例》第（一）项的规定",
        "撰写调研报告1篇，信息2条",
        "学习不够深入。比如今年只读了2本书。",
        "按照十九大以来的要求",
        // From a review: 一是 inside a sentence, a bracket or a quote, and a
        // number alone in a sentence, are the person's words.
        "第一是学习不够，第二是作风不实",
        "其一是学习不够，其二是作风不实",
        "学习不够（一是时间少，二是精力不足）",
        "会议上说：“一是要学，二是要做”",
        "使用Windows 10、WPS等软件",
        "见附件 (1) 所示",
        "任务已完成。3、下一步再议",
        "",
    ];
    for t in cases {
        assert_eq!(unnumbered(t), t, "{t}");
    }
}

#[test]
fn a_list_of_two_is_found_with_its_markers() {
    assert_eq!(
        numbered_list("1.学习不够2.作风不扎实"),
        Some(("1.".into(), "2.".into()))
    );
    assert_eq!(
        numbered_list("一是学习不够，二是作风不实"),
        Some(("一是".into(), "二是".into()))
    );
    assert_eq!(
        numbered_list("（一）学习不够（二）作风不实"),
        Some(("（一）".into(), "（二）".into()))
    );
    assert_eq!(numbered_list("①学习②作风"), Some(("①".into(), "②".into())));
    for one in [
        "1、学习不够深入",
        "（四）保密意识不牢",
        "2026.1起学习不够",
        "学习不够，作风不实",
    ] {
        assert_eq!(numbered_list(one), None, "{one}");
    }
}
