//! The 材料体检: each check flags the cases it must and leaves alone the
//! ones it must not (sentences, or minimal drafts for the structural
//! checks), the right sentences of the goldens among them; the check words
//! file reads and validates; the ids are fixed.
#![cfg(not(target_arch = "wasm32"))]

#[path = "util/mod.rs"]
mod util;

use util::*;
use ziping_core::{
    builtin_occasions, check, length_finding, Angle, Attendance, Cause, CheckId, CheckWords,
    CivilDate, Draft, Finding, ItemLink, Occasion, Place, PreviousProblem, Problem, ProblemField,
    Progress, Severity,
};

fn occasion(id: &str) -> Occasion {
    builtin_occasions()
        .get(id)
        .cloned()
        .expect("a built-in occasion")
}

/// A 2026年度 组织生活会 draft dated 2027年1月15日 with `problems`.
fn draft(problems: Vec<Problem>) -> Draft {
    let mut d = Draft::new("d", "t", 1_795_500_000_000, &templates());
    d.person.year = "2026".into();
    d.material_date = CivilDate::new(2027, 1, 15);
    for (n, mut p) in problems.into_iter().enumerate() {
        if p.id.is_empty() {
            p.id = format!("p{}", n + 1);
        }
        d.problems.push(p);
    }
    d
}

/// A concrete, right problem (a golden's), to vary one field of.
fn good() -> Problem {
    Problem {
        id: "p1".into(),
        aspect: "旗帜鲜明讲政治".into(),
        judgement: "理论武装的深度不够".into(),
        text: "今年干部调整集中的几个月，第一议题学习后没有及时结合科室工作写出体会".into(),
        causes: vec![Cause {
            angle: Some(Angle::Lixiang),
            text: "对理论学习的重要性认识不足，把学习当成可以往后放的软任务".into(),
        }],
        measure: "制定个人学习计划，每周固定半天自学，第一议题学习后一周内结合干部工作写出落实措施"
            .into(),
        deadline: "2027年3月底前".into(),
        standard: "学习计划报党支部备案，一季度学习体会不少于2篇".into(),
        ..Problem::default()
    }
}

fn run(d: &Draft, occasion_id: &str) -> Vec<Finding> {
    let all = templates();
    let refs: Vec<&ziping_core::Template> = all.iter().collect();
    check(
        d,
        &occasion(occasion_id),
        &refs,
        CivilDate::new(2026, 12, 5).unwrap(),
    )
}

fn of(d: &Draft, id: CheckId) -> Vec<Finding> {
    // The draft's occasion where it names one of those the 材料 writes
    // 具体事例 for; else a 组织生活会.
    let occasion = match d.occasion.as_str() {
        o @ ("niandu-kaohe" | "minzhu-pingyi" | "congyan-zicha") => o,
        _ => "zuzhi-shenghuohui",
    };
    run(d, occasion)
        .into_iter()
        .filter(|f| f.check == id)
        .collect()
}

/// `good()` with one field set to `text`.
fn with(field: ProblemField, text: &str) -> Problem {
    let mut p = good();
    match field {
        ProblemField::Text => p.text = text.into(),
        ProblemField::Judgement => p.judgement = text.into(),
        ProblemField::Cause(_) => p.causes[0].text = text.into(),
        ProblemField::Measure => p.measure = text.into(),
        ProblemField::Lead => p.lead = text.into(),
        ProblemField::Deadline => p.deadline = text.into(),
        ProblemField::Standard => p.standard = text.into(),
    }
    p
}

/// Each of `must` flagged by `id` in `field`, none of `must_not`.
#[track_caller]
fn sentences(id: CheckId, field: ProblemField, must: &[&str], must_not: &[&str]) {
    assert!(must.len() >= 5 && must_not.len() >= 5, "five of each");
    for t in must {
        let found = of(&draft(vec![with(field, t)]), id);
        assert!(
            found
                .iter()
                .any(|f| matches!(&f.place, Place::Problem { field: g, .. } if *g == field)),
            "{} must flag {t:?}",
            id.id()
        );
    }
    for t in must_not {
        let found = of(&draft(vec![with(field, t)]), id);
        assert!(
            found.is_empty(),
            "{} must not flag {t:?}: {found:?}",
            id.id()
        );
    }
}

/// Each of `must` drafts flagged by `id`, none of `must_not`.
#[track_caller]
fn drafts(id: CheckId, must: Vec<Draft>, must_not: Vec<Draft>) {
    assert!(must.len() >= 5 && must_not.len() >= 5, "five of each");
    for (n, d) in must.iter().enumerate() {
        assert!(!of(d, id).is_empty(), "{} must flag draft {n}", id.id());
    }
    for (n, d) in must_not.iter().enumerate() {
        let found = of(d, id);
        assert!(
            found.is_empty(),
            "{} must not flag draft {n}: {found:?}",
            id.id()
        );
    }
}

#[test]
fn the_ids_are_fixed() {
    let ids: Vec<&str> = CheckId::ALL.iter().map(|c| c.id()).collect();
    assert_eq!(
        ids,
        [
            "no-instance",
            "praise-as-problem",
            "objective-cause",
            "names-others",
            "colloquial",
            "empty-measure",
            "deadline-unclear",
            "deadline-standard-mismatch",
            "aid-verbatim",
            "junk-evidence",
            "too-few-problems",
            "length",
            "recurring",
            "status-contradiction",
            "cause-repeated",
            "missing-aspect",
            "date-year",
            "previous-merged",
            "sensitive-admission",
            "praise-as-record",
            "vague-study",
            "top-grade-attendance",
            "excuse",
            "missing-preparation",
            "top-grade-unsupported",
            "period-ended",
            "too-many-problems",
            "other-occasion",
            "typo",
            "attendance-claim",
        ]
    );
    for c in CheckId::ALL {
        assert_eq!(CheckId::from_id(c.id()), Some(c));
    }
    let labels = [Severity::Must, Severity::Should, Severity::Note].map(|s| s.label());
    assert_eq!(labels, ["须修改", "建议", "提示"]);
}

#[test]
fn the_check_words_file_reads_and_validates() {
    let words = CheckWords::from_json(CheckWords::builtin_source()).expect("valid");
    assert_eq!(&words, CheckWords::builtin());
    // A department's file written before the `record` and `study` lists
    // still reads (without them, praise-as-record and vague-study find
    // nothing).
    let without = |src: &str, key: &str| {
        let from = src.find(&format!("\"{key}\"")).unwrap();
        // Its object holds no other braces; the comma after it goes with it.
        let to = from + src[from..].find('}').unwrap() + 1;
        let to = to + src[to..].find(|c: char| !c.is_whitespace()).unwrap_or(0);
        let to = to + usize::from(src[to..].starts_with(','));
        format!("{}{}", &src[..from], &src[to..])
    };
    let src = without(&without(CheckWords::builtin_source(), "record"), "study");
    let src = without(&src, "excuse");
    // Without the `stock` and `slogans` lists (their arrays hold no other
    // brackets), no phrase is stock and no clause a slogan.
    let list_out = |src: &str, key: &str| {
        let from = src.find(&format!("\"{key}\"")).expect("the list");
        let to = from + src[from..].find(']').expect("its end") + 1;
        let to = to + usize::from(src[to..].starts_with(','));
        format!("{}{}", &src[..from], &src[to..])
    };
    let src = list_out(&list_out(&src, "stock"), "slogans");
    let older = CheckWords::from_json(&src).expect("reads");
    assert!(older.stock.is_empty() && older.slogans.is_empty());
    assert!(!words.stock.is_empty() && !words.slogans.is_empty());
    assert!(older.record.words.is_empty());
    assert!(older.study.words.is_empty());
    assert!(older.excuse.words.is_empty());
    assert_eq!(older.praise, words.praise);
    assert!(!words.praise.words.is_empty());
    let bad = CheckWords::builtin_source().replacen("\"这块\"", "\"\"", 1);
    assert_eq!(
        CheckWords::from_json(&bad).unwrap_err(),
        "“colloquial.words”第 1 项是空的。"
    );
    let typo = CheckWords::builtin_source().replacen("\"praise\"", "\"prase\"", 1);
    assert_eq!(
        CheckWords::from_json(&typo).unwrap_err(),
        "“prase”不是可用的字段。"
    );
}

#[test]
fn no_instance() {
    sentences(
        CheckId::NoInstance,
        ProblemField::Text,
        &[
            "学习不够深入",
            "工作作风不够扎实",
            "有时怕得罪人",
            "调研少",
            "理论学习还不够系统，比如……",
            "服务意识不强，例如",
        ],
        &[
            "比如今年参与的一次换届考察中，有3份考察材料对干部不足的描述大同小异，共性语言多、个性特点少",
            "比如发现个别单位报送的干部档案材料不规范时，考虑到对方是多年打交道的老同事，只是电话提醒",
            "清单化、闭环式落实还不够到位，比如有2项交办事项办结后没有及时反馈结果",
            "传帮带做得不够，科室两名年轻同志独立办理核查件的能力提升慢",
            "开会的时候不太敢发言，怕说错了，组织生活会上也基本没提过什么意见",
            "学习《干部选拔任用工作条例》不够深入",
            "有时在工作群里转发未经核实的干部任免信息，虽然随后撤回，但反映出保密意识不牢",
        ],
    );
    // A 判断 with no 表现 at all.
    let mut p = good();
    p.text.clear();
    assert_eq!(of(&draft(vec![p]), CheckId::NoInstance).len(), 1);
    // Short and bare: 须修改.
    let f = &of(
        &draft(vec![with(ProblemField::Text, "学习不够深入")]),
        CheckId::NoInstance,
    )[0];
    assert_eq!(
        (f.severity, f.matched.as_str()),
        (Severity::Must, "学习不够深入")
    );
}

#[test]
fn stock_problems_have_no_instance_however_long() {
    // 共性问题 a reviewer sends back: stock phrases with little else, long
    // or not, are 须修改, and the message names the phrase.
    let stock = [
        ("理论学习还不够系统深入，有时存在以干代学、以会代学的现象，学习的深度和广度还有待进一步加强", "以干代学"),
        ("调查研究不够深入，深入基层的次数不多，有时满足于听汇报、看材料", "满足于听汇报"),
        ("创新意识还有待加强，工作中有时习惯于按老办法老套路办事", "老办法老套路"),
        ("有时存在好人主义思想，批评与自我批评开展得不够", "好人主义"),
        ("理论学习有待进一步加强", "有待进一步加强"),
    ];
    for (t, phrase) in stock {
        let found = of(
            &draft(vec![with(ProblemField::Text, t)]),
            CheckId::NoInstance,
        );
        assert_eq!(found.len(), 1, "{t}");
        assert_eq!(
            (found[0].severity, found[0].matched.as_str()),
            (Severity::Must, t)
        );
        assert!(
            found[0]
                .message
                .starts_with(&format!("“{phrase}”是人人都能写的套话")),
            "{t}: {}",
            found[0].message
        );
    }
    // A stock phrase beside an instance, or beside enough of the person's
    // own words to tell a story, is no 共性问题.
    sentences(
        CheckId::NoInstance,
        ProblemField::Text,
        &[
            "有时存在好人主义思想",
            "工作中有时按老办法老套路办事",
            "学习的深度和广度有待加强",
            "满足于听汇报",
            "批评与自我批评开展得不够",
        ],
        &[
            "满足于听汇报，到城关镇调研换届工作只听了镇党委书记介绍，没有找村干部和群众谈",
            "好人主义思想作祟，发现乡镇报送的考察对象谈话人数不够，没有当面指出、退回重做",
            "学用结合不够，今年学了干部监督工作的新规定，没有及时修改科室的核查工作流程",
            "存在以干代学的现象，干部调整集中的3个月里只参加了集中学习，没有自学",
            "老办法老套路办事，年度考核材料还是按往年的模板汇总，没有按新的考核办法分类整理",
        ],
    );
    // A stock heading before a short instance of the person's own is no
    // 共性问题 (a 建议 at most, by its length), and the lists' vague words
    // do not eat it (学习强国 is not 学习).
    for t in [
        "担当精神不足，信访积案化解推给了街道",
        "批评与自我批评不够，给局长提意见只谈了工作量大",
        "好人主义，科里小王报销单据不全我也签了字",
        "以干代学，理论学习强国积分常年垫底",
        "以文代学，读书班的心得是让办公室代写的",
        "满足于听汇报，扶贫车间停工半年我是最后知道的",
    ] {
        let found = of(
            &draft(vec![with(ProblemField::Text, t)]),
            CheckId::NoInstance,
        );
        assert!(
            found.iter().all(|f| f.severity != Severity::Must),
            "{t}: {found:?}"
        );
    }
    // Stock phrases stacked: 须修改 however many characters the words take.
    for t in [
        "开展批评和自我批评辣味不足，对同志的缺点不愿指出，怕得罪人",
        "自我要求有所放松，存在本领恐慌，面对新形势新任务感到力不从心",
        "创新意识不强，工作思路不宽，习惯于按部就班，对新情况新问题研究不够",
    ] {
        let found = of(
            &draft(vec![with(ProblemField::Text, t)]),
            CheckId::NoInstance,
        );
        assert_eq!(found[0].severity, Severity::Must, "{t}");
    }
    // Short and stock: 须修改 by its length as before, now saying why; short
    // and not stock, without the why.
    let f = &of(
        &draft(vec![with(ProblemField::Text, "有待加强")]),
        CheckId::NoInstance,
    )[0];
    assert_eq!(f.severity, Severity::Must);
    assert!(
        f.message.starts_with("“有待加强”是人人都能写的套话"),
        "{}",
        f.message
    );
    let f = &of(
        &draft(vec![with(ProblemField::Text, "调研少")]),
        CheckId::NoInstance,
    )[0];
    assert!(!f.message.contains("套话"), "{}", f.message);
    // 双 is no numeral: 双人考察流于形式 tells no instance.
    let f = of(
        &draft(vec![with(ProblemField::Text, "双人考察流于形式")]),
        CheckId::NoInstance,
    );
    assert_eq!(f[0].severity, Severity::Must);
}

#[test]
fn praise_as_problem() {
    sentences(
        CheckId::PraiseAsProblem,
        ProblemField::Text,
        &[
            "工作太投入了，经常加班到很晚，对家里人照顾不够",
            "对自己要求太严，有时让同事觉得有压力",
            "工作中太较真，比如一份材料改了5遍",
            "对家人照顾不够，今年全年只回家2次",
            "做事追求完美，比如今年的年度总结反复修改",
        ],
        &[
            "对科室同志的日常管理偏软，今年有1名同志两次超时报送核查结果，我只是口头提醒",
            "坚持原则、较真碰硬还不够，比如对个别同志报送材料超时的问题，只是口头提醒",
            "对科室同志要求不够严，批评点到为止，比如今年有2次",
            "比如在一次亲友聚会上有人打听干部调整的消息，自己虽然没有透露具体情况",
            "开展批评和自我批评还不够大胆，比如在今年的组织生活会上，给同志提意见只谈工作建议",
        ],
    );
    // A virtue given as a cause is praise too.
    sentences(
        CheckId::PraiseAsProblem,
        ProblemField::Cause(0),
        &[
            "事业心太强",
            "对自己要求过严，总想把工作做到最好",
            "责任心太强，什么事都想自己干",
            "工作起来忘我，顾不上身体",
            "追求完美，一份材料反复修改",
        ],
        &[
            "对理论学习的重要性认识不足，把学习当成可以往后放的软任务",
            "党性原则坚持得不够，把对同志的严格要求误当成不近人情",
            "责任心不强，满足于交差",
            "事业心有所减弱，满足于过得去",
            "工作标准不高，满足于不出错",
        ],
    );
}

#[test]
fn objective_cause() {
    sentences(
        CheckId::ObjectiveCause,
        ProblemField::Cause(0),
        &[
            "人少事多，顾不过来",
            "工作太忙，没有时间学习",
            "任务重、时间紧",
            "刚参加工作，不适应",
            "事情多的时候就顾不上了，服务意识还是不够",
            "科室工作量大",
            "这主要是由于干部监督工作的特殊性决定的，容不得半点马虎",
            "上级交办的临时性任务多，疲于应付",
        ],
        &[
            "对理论学习的重要性认识不足，认为干部工作业务性强、把业务干好就行，把学习当成可以往后放的软任务",
            "党性原则坚持得不够，存在怕得罪人、怕伤和气的好人主义思想，把一团和气当作团结",
            "以工作忙为借口放松了学习",
            "抓落实的韧劲不够，满足于事情办完",
            "识别评价干部的方法不多，平时对联系单位干部的日常表现了解不深，考察时主要依靠集中谈话和书面材料",
            "上年度整改满足于改了几份材料，写实的要求没有变成习惯，遇到任务集中时又回到老套路",
        ],
    );
    // With the person's own thinking beside it: a 建议, not a 须修改.
    let half = of(
        &draft(vec![with(ProblemField::Cause(0), "工作忙，服务意识不够")]),
        CheckId::ObjectiveCause,
    );
    assert_eq!(half[0].severity, Severity::Should);
    let pure = of(
        &draft(vec![with(ProblemField::Cause(0), "人少事多")]),
        CheckId::ObjectiveCause,
    );
    assert_eq!(pure[0].severity, Severity::Must);
}

/// A 表现 that gives a circumstance as its reason reads as an excuse: a
/// 建议; one that says what the person let slip, calls the circumstance an
/// excuse, or names one without blaming it, is their own.
#[test]
fn an_objective_excuse_in_a_problem() {
    sentences(
        CheckId::ObjectiveCause,
        ProblemField::Text,
        &[
            "有时候跟基层同志打电话语气生硬，因为事情太多了有点急",
            "今年材料报送有2次晚了，主要是人少事多",
            "由于工作量大，第一议题学习后没有写体会",
            "今年有2份考察材料写得比较粗，主要是时间紧",
            "刚参加工作，加上任务重，很多档案审核的规定还记不住",
        ],
        &[
            "以工作忙为由，今年有3次第一议题学习没有写体会",
            "任务一多就放松了学习，今年上半年只读了一本原著",
            "事情多的时候服务意识就淡了，今年有2次基层来电没有及时回复",
            "对刚来的年轻同志传帮带不够，今年新进科室的2名同志没有得到及时指导",
            "对领导安排的工作有时打折扣，今年有2项交办事项没有按时反馈",
            "遇到困难习惯先找客观原因，今年2项工作推进慢时没有从自身找不足",
            "开会没有时间观念，今年有3次参加支部学习迟到",
        ],
    );
    let text = "因为事情太多了，打电话语气不好";
    let found = of(
        &draft(vec![with(ProblemField::Text, text)]),
        CheckId::ObjectiveCause,
    );
    // A reviewer returns it (a 建议 until session 24).
    assert_eq!(found[0].severity, Severity::Must);
    assert!(found[0].message.contains("原因剖析"));
    // An occasion with no 原因剖析 does not send the person there.
    let mut d = draft(vec![with(ProblemField::Text, text)]);
    d.occasion = "minzhu-pingyi".into();
    let found = of(&d, CheckId::ObjectiveCause);
    assert!(
        !found[0].message.contains("原因剖析"),
        "{}",
        found[0].message
    );
}

#[test]
fn names_others() {
    sentences(
        CheckId::NamesOthers,
        ProblemField::Text,
        &[
            "比如今年考察时发现问题，带队的老同志说算了别写进去了，我就没有坚持",
            "比如今年领导让我先办后报，我没有提出意见",
            "比如今年王科长交办的2项任务反馈不及时",
            "比如今年和老李一起审核档案时把关不严，漏审3卷",
            "比如今年同事说不用书面退回，我就只是电话提醒了1次",
        ],
        &[
            "比如发现个别单位报送的干部档案材料不规范时，考虑到对方是多年打交道的老同事，只是电话提醒",
            "比如办理干部职级晋升审核时，有2次需要请科室负责同志把关政策口径",
            "对科室同志的日常管理偏软，今年有1名同志两次超时报送核查结果",
            "比如今年攒了几个问题再一起请教科长，有3次耽误了进度",
            "比如今年学习老黄牛精神的专题党课后，没有结合工作写出体会",
            "传帮带做得不够，科室两名年轻同志独立办理核查件的能力提升慢",
        ],
    );
}

#[test]
fn colloquial() {
    sentences(
        CheckId::Colloquial,
        ProblemField::Text,
        &[
            "自己感觉理论学习这块做得不太好，比如今年只写了1篇体会",
            "比如今年那本书看了一半就放下了，挺惭愧的",
            "比如今年给基层同志添了麻烦2次",
            "比如干部档案那些规定我看了好几遍还是记不住",
            "比如今年有啥问题都等科长定，共5次",
            "有时候跟基层同志打电话口气不太好，比如今年有2次",
            "群众来访有时候说话冲，比如今年3月有1次",
            "学习不够深入，比如今年的文件看了但是没往心里去",
            "比如今年好多政策文件只是转发，没有逐条学",
            "写材料不太行，比如今年有2篇简报被退回重写",
        ],
        &[
            "比如基层来电咨询干部档案政策时，有时只答复结论，没有把政策依据讲清楚，有的单位为同一个问题反复打电话",
            "开展批评和自我批评还不够大胆，比如在今年的组织生活会上，给同志提意见只谈工作建议，没有点到具体问题",
            "比如今年在急难险重任务面前挺身而出不够，2次主动请缨都半途而废",
            "今年干部调整集中的几个月，第一议题学习后没有及时结合科室工作写出体会，个人自学时间一拖再拖",
            "比如在一次亲友聚会上有人打听干部调整的消息，自己虽然没有透露具体情况，但没有当场明确拒绝，而是含糊应付",
        ],
    );
    // A written form is offered as the fix.
    let f = &of(
        &draft(vec![with(
            ProblemField::Text,
            "理论学习这块做得不够，比如今年只写了1篇体会",
        )]),
        CheckId::Colloquial,
    )[0];
    assert_eq!(
        f.fix.as_ref().map(|x| (x.from.as_str(), x.to.as_str())),
        Some(("这块", "方面"))
    );
}

#[test]
fn empty_measure() {
    sentences(
        CheckId::EmptyMeasure,
        ProblemField::Measure,
        &[
            "加强学习",
            "进一步提高认识",
            "加快进度",
            "注意改进",
            "敢于较真",
            "切实加强作风建设",
            "今后注意",
            "以后注意态度 耐心一点",
            "端正工作态度",
            "马上改",
            "立即改正",
            // Slogans, from a reviewer's reading of 周丽's measures.
            "进一步提高认识，加强学习，切实做到学懂弄通做实",
            "进一步解放思想，开拓创新，再接再励",
        ],
        &[
            "发现差错马上更正，当天书面报告科长",
            "制定个人学习计划，每周固定半天自学，第一议题学习后一周内结合干部工作写出落实措施",
            "考察材料写明每名干部的具体事例和数据，交稿前对照谈话记录逐人核对",
            "对档案审核中发现的问题一律书面反馈、限期整改，整改不到位的不予通过",
            "以后打电话注意语气，再忙也要把话说清楚",
            "下次组织生活会上至少发一次言",
            "接听基层来电时耐心解释政策，当天回复",
            "在社交场合和网络上不谈论干部工作，遇到打听干部调整情况的一律明确婉拒，重要情况按规定报告",
        ],
    );
    // A time word with no action (马上改, a user's measure) leaves nothing to
    // check: 须修改, as 改 alone is.
    let found = of(
        &draft(vec![with(ProblemField::Measure, "马上改")]),
        CheckId::EmptyMeasure,
    );
    assert_eq!(found[0].severity, Severity::Must);
    // Only a 时限 typed as the measure (a helper's terse 副科长: 长期坚持, with
    // the 时限 left empty), which the 材料 takes as the 时限: said so.
    for m in ["长期坚持", "年底前", "2027年6月底前。"] {
        let found = of(
            &draft(vec![with(ProblemField::Measure, m)]),
            CheckId::EmptyMeasure,
        );
        assert_eq!(found.len(), 1, "{m}");
        assert_eq!(found[0].severity, Severity::Must);
        assert!(found[0].message.contains("是整改时限，不是整改措施"), "{m}");
    }
    // A slogan (敢于较真, 主动作为, 坚决改正) says no more than 加强学习 does:
    // 须修改, as the reviewers read 副科长's 敢于较真; a method beside a
    // slogan word stands.
    // Every clause a slogan, however long (周丽's measures, a reviewer's
    // reading): 须修改 too.
    for m in [
        "敢于较真",
        "主动作为",
        "坚决改正",
        "严格自律",
        "积极主动",
        "进一步加强调查研究，多深入基层，多听取基层干部群众意见",
        "进一步改进工作方法，注意方式方法，多关心关爱科室同志",
        "进一步处理好工作和家庭的关系，注意劳逸结合",
        "多下基层",
        "提高政治站位",
    ] {
        let found = of(
            &draft(vec![with(ProblemField::Measure, m)]),
            CheckId::EmptyMeasure,
        );
        assert_eq!(found[0].severity, Severity::Must, "{m}");
    }
    for m in [
        "敢于较真，发现问题当面指出",
        "主动汇报，每周一次",
        "严格执行干部档案审核制度",
        "多听取基层意见，把意见整理成清单逐条答复",
        // From a helper's precision study: one clause opening as a slogan
        // does, then saying what is done.
        "坚持把考察对象的反面意见写入考察材料",
        "主动退回超标准配备的办公用房",
        "严格按照“凡提四必”要求核查拟提拔对象",
        "坚持双人考察、双人签字",
        "严格执行干部档案借阅登记",
        // From the diff's review: slogan-like openers before real actions.
        "主动退回多占的办公用房，坚决清退超标配车",
        "认真核对干部档案，严格执行专审程序",
        "坚持民主集中制，严格执行“三重一大”决策程序",
        "主动退回超配办公室",
    ] {
        let found = of(
            &draft(vec![with(ProblemField::Measure, m)]),
            CheckId::EmptyMeasure,
        );
        assert!(
            found.iter().all(|f| f.severity != Severity::Must),
            "{m}: {found:?}"
        );
    }
}

#[test]
fn deadline_unclear() {
    sentences(
        CheckId::DeadlineUnclear,
        ProblemField::Deadline,
        &[
            "马上改",
            "长期",
            "3个月内",
            "年底前",
            "尽快",
            "下次开会",
            "一直",
            "两周内",
            "明年3月底前",
        ],
        &[
            "立行立改",
            "长期坚持",
            "2027年3月底前",
            "2027年6月底前",
            "立知立改",
            "2027年底前",
        ],
    );
    let fix = |t: &str| {
        let f = of(
            &draft(vec![with(ProblemField::Deadline, t)]),
            CheckId::DeadlineUnclear,
        );
        f[0].fix.clone().map(|x| x.to)
    };
    assert_eq!(fix("马上改").as_deref(), Some("立行立改"));
    assert_eq!(fix("3个月内").as_deref(), Some("2027年4月底前"));
    assert_eq!(fix("长期").as_deref(), Some("长期坚持"));
    assert_eq!(fix("年底前").as_deref(), Some("2027年底前"));
    assert_eq!(fix("明年3月底前").as_deref(), Some("2028年3月底前"));
    assert_eq!(fix("尽快"), None);
    let f = &of(
        &draft(vec![with(ProblemField::Deadline, "3个月内")]),
        CheckId::DeadlineUnclear,
    )[0];
    assert_eq!(
        f.message,
        "时限“3个月内”是口头说法，按落款日期（2027年1月15日）算，即2027年4月30日前。材料写作“2027年4月底前”。"
    );
    // 立行立改 is no span: no date to count (it read 即2027年2月1日前).
    let f = &of(
        &draft(vec![with(ProblemField::Deadline, "马上改")]),
        CheckId::DeadlineUnclear,
    )[0];
    assert_eq!(f.message, "时限“马上改”是口头说法。材料写作“立行立改”。");
    // A 个人总结 dated in December: its 努力方向 say "2027年我将……于年底前",
    // so its 年底 is next year's, not the 落款日期's (it read 2026年底前).
    let mut d = draft(vec![with(ProblemField::Deadline, "年底")]);
    d.occasion = "niandu-kaohe".into();
    d.material_date = CivilDate::new(2026, 12, 7);
    let f = &of(&d, CheckId::DeadlineUnclear)[0];
    assert_eq!(f.fix.as_ref().map(|x| x.to.as_str()), Some("2027年底前"));
    assert_eq!(
        f.message,
        "时限“年底”没有写年份，读作“2027年底前”。写明年份更清楚。"
    );
    // 今年年底 is this year's, whatever the plan.
    d.problems[0].deadline = "今年年底前".into();
    let f = &of(&d, CheckId::DeadlineUnclear)[0];
    assert_eq!(f.fix.as_ref().map(|x| x.to.as_str()), Some("2026年底前"));
    d.problems[0].deadline = "年底".into();
    // The 自查 of the same day keeps the day's own year end.
    d.occasion = "congyan-zicha".into();
    let f = &of(&d, CheckId::DeadlineUnclear)[0];
    assert_eq!(f.fix.as_ref().map(|x| x.to.as_str()), Some("2026年底前"));
}

#[test]
fn deadline_standard_mismatch() {
    let pair = |deadline: &str, standard: &str| {
        let mut p = good();
        p.deadline = deadline.into();
        p.standard = standard.into();
        draft(vec![p])
    };
    drafts(
        CheckId::DeadlineStandardMismatch,
        vec![
            pair("2027年3月底前", "政策汇编按季度更新"),
            pair("长期坚持", "形成干部档案政策常见问题问答1份"),
            pair("长期坚持", "制定个人学习计划"),
            pair("立行立改", "台账动态更新"),
            pair("2027年6月底前", "谈心谈话常态化开展"),
        ],
        vec![
            pair(
                "2027年3月底前",
                "学习计划报党支部备案，一季度学习体会不少于2篇",
            ),
            pair("2027年6月底前", "形成干部档案政策常见问题问答1份"),
            pair("长期坚持", "每季度形成1份调研记录"),
            pair("立行立改", "考察材料经科室负责同志复核无共性表述"),
            pair("长期坚持", ""),
            pair("尽快", "按季度更新"),
        ],
    );
}

#[test]
fn aid_verbatim() {
    let t = template(WUXIANG);
    let item = t.item("w1-zhongcheng").expect("an item with aids");
    let aid = item.aids.problems[0].clone();
    let measure = item.aids.measures[0].clone();
    let on_item = |p: Problem| Problem {
        item: Some(ItemLink {
            template: WUXIANG.into(),
            item: "w1-zhongcheng".into(),
        }),
        ..p
    };
    let filled = aid.replace("【……】", "今年对照3项部署查找差距只列了1条");
    drafts(
        CheckId::AidVerbatim,
        vec![
            draft(vec![on_item(with(ProblemField::Text, &aid))]),
            draft(vec![with(ProblemField::Text, &aid)]),
            draft(vec![on_item(with(ProblemField::Measure, &measure))]),
            draft(vec![with(ProblemField::Text, "理论学习不够深入，比如【】")]),
            draft(vec![with(
                ProblemField::Text,
                "理论学习不够深入，比如【…】。",
            )]),
        ],
        vec![
            draft(vec![good()]),
            draft(vec![on_item(with(ProblemField::Text, &filled))]),
            draft(vec![on_item(with(
                ProblemField::Measure,
                &format!("{measure}，每次形成1份清单"),
            ))]),
            draft(vec![with(
                ProblemField::Text,
                "比如今年在【干部考察】中有2次",
            )]),
            draft(vec![with(
                ProblemField::Cause(0),
                "党性锻炼抓得不够经常，对照检查流于形式",
            )]),
        ],
    );
}

/// A draft with one good problem, for `occasion`.
fn on(occasion: &str) -> Draft {
    let mut d = draft(vec![good()]);
    d.occasion = occasion.into();
    d
}

/// A 个人总结 (which tells both) with `e` as one 具体事例.
fn with_evidence(e: &str) -> Draft {
    let mut d = on("niandu-kaohe");
    d.answer_mut(WUXIANG, "w1-xuexi").evidence = e.into();
    d
}

/// A 个人总结 with `w` as its one 工作实绩 line.
fn with_work(w: &str) -> Draft {
    let mut d = on("niandu-kaohe");
    d.work = vec![w.into()];
    d
}

#[test]
fn junk_evidence() {
    // A 个人总结 tells both (a 组织生活会 neither: see below).
    drafts(
        CheckId::JunkEvidence,
        vec![
            with_evidence("无"),
            with_evidence("严格遵守"),
            with_evidence("好"),
            with_evidence("已落实。"),
            with_work("同上"),
        ],
        vec![
            with_evidence("全年参加部机关第一议题学习24次，撰写学习体会8篇"),
            with_evidence(""),
            with_evidence("本人不属于个人有关事项报告对象"),
            with_work("全年参与干部考察12批次、考察干部86人次"),
            with_evidence("本年度科室未安排内部轮岗交流"),
        ],
    );
    let d = with_evidence("无");
    let f = &of(&d, CheckId::JunkEvidence)[0];
    assert_eq!(f.place.key(), "evidence:wuxiang-gongzuo:w1-xuexi");
}

/// Others' praise where what was done belongs, in a 具体事例 or a 工作实绩
/// line the occasion prints: 须修改 without a figure beside it.
#[test]
fn praise_as_record() {
    drafts(
        CheckId::PraiseAsRecord,
        vec![
            with_evidence("认真参加各类学习，受到领导一致好评"),
            with_evidence("作为老同志，经常给年轻同志讲经验，大家都很尊重我"),
            with_evidence("圆满完成领导交办的各项任务，成绩突出"),
            with_work("圆满完成了领导交办的各项工作任务，得到了领导和同志们的一致好评"),
            with_work("牵头干部档案专项审核，得到部领导充分肯定"),
            // Self-praise, from a reviewer's reading of 周丽.
            with_evidence("政治立场坚定，政治站位高，这一点是经得起检验的"),
            with_evidence("本人业务精通、经验丰富，是部里公认的业务骨干"),
        ],
        vec![
            with_evidence("全年参加部机关第一议题学习24次，撰写学习体会8篇"),
            with_evidence("撰写的调研报告被评为全市组织系统优秀调研成果二等奖"),
            with_work("全年参与干部考察12批次、考察干部86人次"),
            with_work("所在科室受到市委组织部通报表扬"),
            with_evidence("按时完成支部交办的任务"),
        ],
    );
    let praise = |d: &Draft| of(d, CheckId::PraiseAsRecord).remove(0);
    // Its weight: 须修改 without a figure of work beside it, else 建议; a
    // formula's name (“两个维护”) is no figure, and an ASCII quote closing
    // a name leaves the figure after it one.
    for (draft, severity) in [
        (with_evidence("受到领导一致好评"), Severity::Must),
        (with_work("审核档案320卷，受到好评"), Severity::Should),
        (
            with_evidence("坚决做到“两个维护”，政治站位高，这一点是经得起检验的"),
            Severity::Must,
        ),
        (
            with_evidence("全年参加理论学习二十四次，做到“两个维护”，政治站位高"),
            Severity::Should,
        ),
        (
            with_evidence("讲授\"微党课\"三次，深受群众好评"),
            Severity::Should,
        ),
    ] {
        assert_eq!(praise(&draft).severity, severity, "{draft:?}");
    }
    // Quoted as the text writes it, within one clause, the nearest first
    // part before the last; too far apart, as the list writes it. The
    // list's word stays the key (忽略).
    for (text, quoted) in [
        ("工作认真，深受群众好评", "“深受群众好评”是评价"),
        ("受到组织关心，受到同事表扬", "“受到同事表扬”是评价"),
        (
            "得到了分管部领导和科室同事们的一致表扬",
            "“得到……表扬”是评价",
        ),
    ] {
        let f = praise(&with_evidence(text));
        assert!(f.message.starts_with(quoted), "{}", f.message);
    }
    assert_eq!(
        praise(&with_evidence("工作认真，深受群众好评")).matched,
        "深受……好评"
    );
    // A 组织生活会 prints neither: nothing to say there.
    let mut d = with_evidence("受到领导一致好评");
    d.occasion = "zuzhi-shenghuohui".into();
    assert!(of(&d, CheckId::PraiseAsRecord).is_empty());
}

/// A 组织生活会 draft whose opening says `studied` was studied.
fn with_study(studied: &str) -> Draft {
    let mut d = on("zuzhi-shenghuohui");
    d.studied = studied.into();
    d
}

/// The opening's study that names nothing studied: a 建议, where the
/// occasion's opening prints it.
#[test]
fn vague_study() {
    drafts(
        CheckId::VagueStudy,
        vec![
            with_study("认真学习了相关文件"),
            with_study("本人认真学习了上级有关精神"),
            with_study("学习了支部发的学习材料"),
            with_study("认真学习了各类文件"),
            with_study("学习了必学篇目"),
            with_study("认真学习了相关文件，进一步统一了思想"),
            with_study("学习了相关文件和领导讲话精神"),
        ],
        vec![
            with_study("认真学习了中央八项规定及其实施细则精神等相关要求"),
            with_study("认真学习了《中国共产党纪律处分条例》等相关文件"),
            with_study("学习了党章和党的二十届四中全会精神"),
            with_study("学了党章，还有支部发的学习材料，二十届四中全会的精神也学了"),
            with_study("重温了习近平总书记关于组织工作的重要论述"),
        ],
    );
    let f = &of(&with_study("认真学习了相关文件"), CheckId::VagueStudy)[0];
    assert_eq!(f.severity, Severity::Should);
    assert_eq!(f.place.key(), "person:studied");
    // A 个人总结 prints no study: nothing to say there.
    let mut d = with_study("认真学习了相关文件");
    d.occasion = "niandu-kaohe".into();
    assert!(of(&d, CheckId::VagueStudy).is_empty());
}

/// A 民主评议 draft: 自评等次 `grade`, “三会一课” `meetings` and 主题党日
/// `days` as (held, attended).
fn with_grade(grade: &str, meetings: (u32, u32), days: Option<(u32, u32)>) -> Draft {
    let mut d = on("minzhu-pingyi");
    d.self_grade = grade.into();
    fn at((held, attended): (u32, u32)) -> Attendance {
        Attendance {
            held: Some(held),
            attended: Some(attended),
        }
    }
    d.member.meetings = at(meetings);
    d.member.party_days = days.map(at).unwrap_or_default();
    d
}

/// 无一缺席 where the member's own record shows absences: 须修改 under the
/// field that says it; none where the record is full or not given.
#[test]
fn a_perfect_attendance_claimed_against_the_record() {
    let mut d = with_grade("合格", (24, 22), None);
    d.answer_mut(WUXIANG, "w1-xuexi").evidence = "全年参加支部学习无一缺席".into();
    let found = of(&d, CheckId::AttendanceClaim);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].severity, Severity::Must);
    assert_eq!(found[0].matched, "无一缺席");
    assert!(found[0]
        .message
        .contains("全年支部“三会一课”24次、本人参加22次"));
    // A full record, or none given: nothing to contradict.
    d.member.meetings.attended = Some(24);
    assert!(of(&d, CheckId::AttendanceClaim).is_empty());
    d.member.meetings = Attendance::default();
    assert!(of(&d, CheckId::AttendanceClaim).is_empty());
}

/// 优秀 chosen by a member who missed more than one in five of the
/// branch's meetings: a 建议 under the 自评等次.
#[test]
fn top_grade_attendance() {
    drafts(
        CheckId::TopGradeAttendance,
        vec![
            with_grade("优秀", (24, 15), None),
            with_grade("优秀", (20, 20), Some((12, 8))),
            with_grade("优秀", (10, 0), None),
            with_grade("优秀", (24, 19), Some((12, 12))),
            with_grade(" 优秀 ", (5, 3), None),
        ],
        vec![
            with_grade("合格", (24, 15), None),
            with_grade("优秀", (24, 20), Some((12, 10))),
            with_grade("优秀", (0, 0), None),
            with_grade("", (24, 10), None),
            with_grade("优秀", (20, 20), None),
        ],
    );
    let f = &of(
        &with_grade("优秀", (24, 15), None),
        CheckId::TopGradeAttendance,
    )[0];
    assert_eq!(f.severity, Severity::Should);
    assert_eq!(f.place.key(), "person:self_grade");
    assert!(
        f.message
            .contains("全年支部召开“三会一课”24次、本人参加15次"),
        "{}",
        f.message
    );
    // A 预备党员 is given no 等次: an old choice is not asked about.
    let mut d = with_grade("优秀", (24, 15), None);
    d.person.standing = ziping_core::PROBATIONARY_MEMBER.into();
    assert!(of(&d, CheckId::TopGradeAttendance).is_empty());
    // A 组织生活会 has no 自评等次: nothing to say there.
    let mut d = with_grade("优秀", (24, 15), None);
    d.occasion = "zuzhi-shenghuohui".into();
    assert!(of(&d, CheckId::TopGradeAttendance).is_empty());
}

fn problems(n: usize) -> Draft {
    draft(
        (0..n)
            .map(|k| Problem {
                id: format!("p{}", k + 1),
                ..good()
            })
            .collect(),
    )
}

#[test]
fn too_few_problems() {
    drafts(
        CheckId::TooFewProblems,
        vec![
            problems(0),
            problems(1),
            problems(2),
            {
                let mut d = problems(2);
                d.problems.push(Problem {
                    id: "p9".into(),
                    ..Problem::default()
                });
                d
            },
            {
                let mut d = problems(1);
                d.problems.push(Problem {
                    id: "p8".into(),
                    ..Problem::default()
                });
                d
            },
        ],
        vec![
            problems(3),
            problems(4),
            problems(5),
            problems(6),
            problems(7),
        ],
    );
    assert_eq!(
        of(&problems(0), CheckId::TooFewProblems)[0].severity,
        Severity::Must
    );
    // 年度考核 asks for one.
    let one = run(&problems(1), "niandu-kaohe");
    assert!(!one.iter().any(|f| f.check == CheckId::TooFewProblems));
}

#[test]
fn length() {
    let range = Some((1500, 3000));
    for (chars, limit) in [
        (400, None),
        (1499, None),
        (3001, None),
        (5000, None),
        (1600, Some(1500)),
    ] {
        assert!(
            length_finding(chars, range, limit).is_some(),
            "{chars} {limit:?}"
        );
    }
    for (chars, range, limit) in [
        (1500, range, None),
        (3000, range, None),
        (2200, range, Some(2500)),
        (400, None, None),
        (9000, None, Some(10000)),
    ] {
        assert_eq!(length_finding(chars, range, limit), None, "{chars}");
    }
    let f = length_finding(1600, None, Some(1500)).unwrap();
    assert_eq!((f.check, f.severity), (CheckId::Length, Severity::Must));
    assert_eq!(
        f.message,
        "材料有1600字，超过单位规定的1500字。删去套话和重复的表态，保留事例和数字。"
    );
}

fn previous(id: &str, text: &str, status: Progress) -> PreviousProblem {
    PreviousProblem {
        id: id.into(),
        text: text.into(),
        status,
        ..PreviousProblem::default()
    }
}

/// A draft with one problem of `judgement` and last year's `rows`.
fn year_after(judgement: &str, rows: Vec<PreviousProblem>) -> Draft {
    let mut d = draft(vec![with(ProblemField::Judgement, judgement)]);
    d.previous = rows;
    d
}

#[test]
fn recurring() {
    let done = |t: &str| vec![previous("q1", t, Progress::Done)];
    let open = |t: &str| vec![previous("q1", t, Progress::Ongoing)];
    let linked = {
        let mut d = year_after("学习不够深入", done("学习不够"));
        d.problems[0].recurs_of = Some("q1".into());
        d
    };
    drafts(
        CheckId::Recurring,
        vec![
            year_after("学习不够深入", done("学习不够")),
            year_after("调查研究不够深入", open("调查研究还不够")),
            year_after("服务基层的意识还不够强", done("联系服务基层不够经常")),
            year_after("批评与自我批评辣味不足", done("批评和自我批评辣味不够")),
            year_after("业务学习还不够系统", open("业务学习系统性不强")),
        ],
        vec![
            linked,
            year_after("理论武装的深度不够", done("联系服务基层不够经常")),
            year_after("学用结合不够紧", open("业务学习不系统")),
            year_after("“一岗双责”落实得不够严", done("调查研究不够深入")),
            year_after("学习不够深入", vec![]),
            year_after("公平评价干部还有差距", done("作风不实")),
        ],
    );
}

#[test]
fn status_contradiction() {
    let done = |t: &str| vec![previous("q1", t, Progress::Done)];
    drafts(
        CheckId::StatusContradiction,
        vec![
            year_after("学习不够深入", done("学习不够")),
            year_after("调查研究不够深入", done("调查研究还不够")),
            year_after("服务基层的意识还不够强", done("联系服务基层不够经常")),
            year_after("批评与自我批评辣味不足", done("批评和自我批评辣味不够")),
            year_after("业务学习还不够系统", done("业务学习系统性不强")),
        ],
        vec![
            year_after(
                "学习不够深入",
                vec![previous("q1", "学习不够", Progress::Ongoing)],
            ),
            year_after(
                "学习不够深入",
                vec![previous("q1", "学习不够", Progress::LongTerm)],
            ),
            year_after("理论武装的深度不够", done("联系服务基层不够经常")),
            {
                // Linked: the 材料 already reports the row as 正在整改.
                let mut d = year_after("学习不够深入", done("学习不够"));
                d.problems[0].recurs_of = Some("q1".into());
                d
            },
            year_after("公平评价干部还有差距", done("作风不实")),
        ],
    );
    let d = year_after("学习不够深入", done("学习不够"));
    assert_eq!(
        of(&d, CheckId::StatusContradiction)[0].place,
        Place::Previous("q1".into())
    );
}

#[test]
fn cause_repeated() {
    let kept = "对理论学习的重要性认识不足，把学习当成可以往后放的软任务";
    let row_with = |cause: &str| PreviousProblem {
        row: Some(Problem {
            causes: vec![Cause {
                angle: Some(Angle::Lixiang),
                text: cause.into(),
            }],
            ..Problem::default()
        }),
        ..previous("q1", "业务学习系统性不强", Progress::Ongoing)
    };
    let year = |cause: &str, row: PreviousProblem| {
        let mut d = draft(vec![with(ProblemField::Cause(0), cause)]);
        d.previous = vec![row];
        d
    };
    drafts(
        CheckId::CauseRepeated,
        vec![
            year(kept, row_with(kept)),
            year(&format!("{kept}。"), row_with(kept)),
            year(&format!(" {kept} "), row_with(kept)),
            year("好人主义思想作怪", row_with("好人主义思想作怪")),
            year(
                "宗旨意识有所淡化，服务基层的主动性不够",
                row_with("宗旨意识有所淡化，服务基层的主动性不够。"),
            ),
        ],
        vec![
            year(
                kept,
                row_with("上年度整改满足于改了几份材料，写实的要求没有变成习惯"),
            ),
            year(
                "好人主义思想作怪，今年又怕得罪老同事",
                row_with("好人主义思想作怪"),
            ),
            // Carried before causes were kept: nothing to compare.
            year(
                kept,
                previous("q1", "业务学习系统性不强", Progress::Ongoing),
            ),
            year(
                kept,
                PreviousProblem {
                    row: Some(Problem::default()),
                    ..previous("q1", "x", Progress::Done)
                },
            ),
            year("对新政策学得不及时", row_with(kept)),
        ],
    );
}

#[test]
fn missing_aspect() {
    let notice = |aspects: &[&str], used: &[&str]| {
        let ps = used
            .iter()
            .enumerate()
            .map(|(n, a)| Problem {
                id: format!("p{}", n + 1),
                aspect: a.to_string(),
                ..good()
            })
            .collect();
        let mut d = draft(ps);
        d.aspects = aspects.iter().map(|a| a.to_string()).collect();
        d
    };
    let six = [
        "政治信仰",
        "党员意识",
        "理论学习",
        "能力本领",
        "作用发挥",
        "纪律作风",
    ];
    drafts(
        CheckId::MissingAspect,
        vec![
            notice(&six, &["党员意识", "能力本领", "理论学习", "纪律作风"]),
            notice(&six, &["政治信仰"]),
            notice(&["六项纪律", "作风建设"], &["六项纪律"]),
            notice(&["在政治信仰方面", "党员意识"], &["党员意识"]),
            notice(&six, &six[..5]),
            // The five tasks by default, one without a problem: a 提示.
            draft(vec![good()]),
        ],
        vec![
            notice(&six, &six),
            notice(&["在政治信仰方面", "党员意识"], &["政治信仰", "党员意识"]),
            // No problem yet: too-few-problems says so.
            notice(&six, &[]),
            // Every one of the five tasks with a problem.
            {
                let aspects = [
                    "旗帜鲜明讲政治",
                    "坚持原则守公道",
                    "专心专注练本领",
                    "真抓实干强作风",
                    "严格自律树形象",
                ];
                let mut d = notice(&aspects, &aspects);
                d.aspects = ziping_core::default_aspects();
                d
            },
            notice(
                &["六项纪律", "作风建设", ""],
                &["作风建设", "在六项纪律方面"],
            ),
        ],
    );
}

/// A notice's aspect without a problem is a 建议; one of the five tasks by
/// default a 提示 (the 材料 leaves it out).
#[test]
fn missing_aspect_weighs_by_who_named_it() {
    let weight = |d: &Draft| of(d, CheckId::MissingAspect)[0].severity;
    let mut d = draft(vec![good()]);
    assert_eq!(weight(&d), Severity::Note);
    d.aspects = vec!["政治信仰".into(), "旗帜鲜明讲政治".into()];
    assert_eq!(weight(&d), Severity::Should);
}

#[test]
fn date_year() {
    let dated = |y, m, d| {
        let mut x = draft(vec![good()]);
        x.material_date = CivilDate::new(y, m, d);
        x
    };
    let deadline = |t: &str| draft(vec![with(ProblemField::Deadline, t)]);
    drafts(
        CheckId::DateYear,
        vec![
            dated(2026, 3, 10),
            dated(2025, 12, 30),
            dated(2028, 1, 15),
            dated(2026, 9, 1),
            deadline("2026年3月底前"),
            deadline("2027年1月10日前"),
        ],
        vec![
            dated(2027, 1, 15),
            dated(2027, 3, 31),
            dated(2027, 2, 20),
            dated(2026, 12, 20),
            deadline("2027年3月底前"),
            {
                let mut x = dated(2026, 3, 10);
                x.person.year.clear();
                x
            },
        ],
    );
    let f = &of(&dated(2026, 3, 10), CheckId::DateYear)[0];
    assert_eq!(f.place, Place::Person("material_date"));
    assert_eq!(f.severity, Severity::Must);
}

#[test]
fn previous_merged() {
    let rows = |t: &str| {
        let mut d = draft(vec![good()]);
        d.previous = vec![previous("q1", t, Progress::Done)];
        d
    };
    drafts(
        CheckId::PreviousMerged,
        vec![
            rows("1.学习不够2.作风不扎实"),
            rows("1、学习不够；2、作风不扎实"),
            rows("一是学习不够，二是作风不实"),
            rows("（1）学习不够（2）作风不实"),
            rows("①学习不够②作风不实"),
        ],
        vec![
            rows("学习不够"),
            rows("联系服务基层不够经常"),
            rows("2026.1.2前学习不够"),
            rows("第1季度调研少于2次"),
            rows("业务学习系统性不强"),
        ],
    );
}

#[test]
fn sensitive_admission() {
    sentences(
        CheckId::SensitiveAdmission,
        ProblemField::Text,
        &[
            "比如今年填报个人有关事项时漏报了1套房产",
            "比如2026年报告个人有关事项时未如实报告配偶的投资情况",
            "比如今年在工作群里转发了未经核实的干部任免信息",
            "比如今年向亲友泄露了2名干部的考察情况",
            "比如今年春节收受了基层单位的礼品",
        ],
        &[
            "比如在一次亲友聚会上有人打听干部调整的消息，自己虽然没有透露具体情况，但没有当场明确拒绝",
            "保守组织工作秘密的意识还需增强，比如今年有2次在办公室谈论干部调整",
            "比如对防止泄露干部信息的要求学得不深，今年参加保密教育只有1次",
            "比如今年审核个人有关事项报告时，核查比对不够细，有3份需要退回补正",
            "比如基层来电咨询干部档案政策时，有时只答复结论，没有把政策依据讲清楚",
        ],
    );
    // Where the veto facts are asked (a 自查's 自评表 prints them), the
    // message says to answer the fact 是 too; a 组织生活会 asks none.
    let leak = with(
        ProblemField::Text,
        "比如今年在工作群里转发了未经核实的干部任免信息",
    );
    let says = |occasion: &str| {
        let mut d = draft(vec![leak.clone()]);
        d.occasion = occasion.into();
        of(&d, CheckId::SensitiveAdmission)[0].message.clone()
    };
    let fact = "在“否决事项”中如实答“是”";
    assert!(
        says("congyan-zicha").contains(fact),
        "{}",
        says("congyan-zicha")
    );
    assert!(says("minzhu-pingyi").contains(fact));
    assert!(!says("zuzhi-shenghuohui").contains(fact));
    assert!(!says("zuzhi-shenghuohui").contains("对照检查材料里"));
}

/// A problem explained away by the person's intent; the same words where
/// the person owns the thinking behind them are not flagged.
#[test]
fn excuse() {
    sentences(
        CheckId::Excuse,
        ProblemField::Text,
        &[
            "有时候跟基层同志打电话口气不太好，因为事情太多了有点急，其实也不是故意的",
            "今年有2次没有按时报送核查结果，并非故意拖延",
            "比如今年3月给基层退回材料时没有讲清原因，出发点是好的，但方法简单",
            "比如有1次会上批评同志时言辞过重，也是为了工作",
            "比如今年有一次把干部档案借阅登记漏填了，属于无心之失",
            "比如今年2次催报材料时对基层同志说话很冲，出发点也是好的",
            "比如今年有1次没按程序报备就先行处理了，并无恶意",
        ],
        &[
            "比如今年有1次会上批评同志时言辞过重，总觉得出发点是好的就可以不讲方法",
            "比如今年审核材料时，认为初衷是好的就没有追问基层的具体做法",
            "比如今年2次故意回避难题，把矛盾上交给科长",
            "比如今年有1次对基层来电没有耐心，语气生硬",
            "比如对出发点是否符合基层实际考虑不够，今年有2项制度下发后被退回修改",
            "比如今年有2次把“也是为了工作”当作推脱的借口，没有按时参加支部学习",
            "存在“出发点是好的就行”的错误认识，今年有1次下发通知前没有征求基层意见",
            "比如对基层同志反映的问题不是有意见就是有顾虑，今年有3次没有及时回应",
        ],
    );
    // In a cause too; the one in the 表现 of the persona (其实也不是故意的).
    let mut p = good();
    p.causes[0].text = "事出有因，主要是当时任务太急".into();
    let found = of(&draft(vec![p]), CheckId::Excuse);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].place.key(), "problem:p1:cause-0");
    // 须修改 in the problem itself, a 建议 in a cause.
    assert_eq!(found[0].severity, Severity::Should);
    let found = of(
        &draft(vec![with(
            ProblemField::Text,
            "今年有2次没有按时报送核查结果，并非故意拖延",
        )]),
        CheckId::Excuse,
    );
    assert_eq!(found[0].severity, Severity::Must);
}

/// A 组织生活会 whose opening would leave out the study, or both the
/// 谈心谈话 and the 征求意见: a 提示 under the field (the 材料 drops the
/// clause, issue 23); none once either is given, nor for an occasion whose
/// opening does not tell them.
#[test]
fn missing_preparation() {
    let prepared = |studied: &str, talks: Option<u32>, collected: Option<u32>| {
        let mut d = draft(vec![good()]);
        d.studied = studied.into();
        d.talks = talks;
        d.opinions_collected = collected;
        d
    };
    let studied = "认真学习了党章和《中国共产党纪律处分条例》";
    drafts(
        CheckId::MissingPreparation,
        vec![
            prepared("", Some(12), Some(8)),
            prepared(studied, None, None),
            prepared("", None, None),
            prepared("   ", Some(0), None),
            prepared("无", Some(12), Some(8)),
            prepared(studied, None, None),
        ],
        vec![
            prepared(studied, Some(12), Some(8)),
            prepared(studied, Some(0), None),
            prepared(studied, None, Some(3)),
            on("niandu-kaohe"),
            on("minzhu-pingyi"),
        ],
    );
    let places = |d: &Draft| {
        of(d, CheckId::MissingPreparation)
            .iter()
            .map(|f| (f.place.key(), f.severity))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        places(&prepared("", None, None)),
        [
            ("person:studied".to_string(), Severity::Note),
            ("person:talks".to_string(), Severity::Note)
        ]
    );
}

/// The problem of the issue's E2E: three findings under its fields.
#[test]
fn the_issues_problem_shows_three_checks() {
    let p = Problem {
        id: "p1".into(),
        text: "工作作风不够扎实".into(),
        causes: vec![Cause {
            angle: None,
            text: "工作太忙".into(),
        }],
        measure: "进一步提高认识".into(),
        ..Problem::default()
    };
    let found: Vec<(String, String)> = run(&draft(vec![p]), "zuzhi-shenghuohui")
        .into_iter()
        .filter(|f| matches!(f.place, Place::Problem { .. }))
        .map(|f| (f.check.id().to_string(), f.place.key()))
        .collect();
    let want = [
        ("no-instance", "problem:p1:text"),
        ("objective-cause", "problem:p1:cause-0"),
        ("empty-measure", "problem:p1:measure"),
    ];
    assert_eq!(found, want.map(|(a, b)| (a.to_string(), b.to_string())));
}

/// Bad input never panics: empty, odd and huge fields.
#[test]
fn odd_input_does_not_panic() {
    for t in [
        "",
        "【",
        "】【",
        "比如",
        "1.",
        "①",
        "老",
        "小",
        "王",
        "。。。",
        &"很".repeat(5000),
    ] {
        let mut p = with(ProblemField::Text, t);
        p.causes[0].text = t.into();
        p.measure = t.into();
        p.deadline = t.into();
        p.standard = t.into();
        let mut d = draft(vec![p]);
        d.previous = vec![previous("q1", t, Progress::Done)];
        d.work = vec![t.into()];
        d.answer_mut(WUXIANG, "w1-xuexi").evidence = t.into();
        let all = templates();
        let refs: Vec<&ziping_core::Template> = all.iter().collect();
        for o in builtin_occasions().occasions {
            check(&d, &o, &refs, CivilDate::new(2026, 12, 5).unwrap());
        }
    }
}

/// The 体检 as shown: a finding marked 忽略 stays away while its words
/// stay, and returns when they change; a fix applied in one click; the
/// 材料's length against the occasion's range, keyed by what is wrong.
#[test]
fn checkup_ignores_fixes_and_measures_length() {
    let all = templates();
    let refs: Vec<&ziping_core::Template> = all.iter().collect();
    let today = CivilDate::new(2026, 12, 5).unwrap();
    let mut p = good();
    p.deadline = "马上改".into();
    let mut d = draft(vec![p]);
    let o = occasion("zuzhi-shenghuohui");
    let (found, ignored) = ziping_core::checkup(&d, &o, &refs, today, 2000);
    assert_eq!(ignored, 0);
    let f = found
        .iter()
        .find(|f| f.check == CheckId::DeadlineUnclear)
        .cloned()
        .expect("马上改 is unclear");
    // Fixed in one click.
    let mut fixed = d.clone();
    assert!(ziping_core::apply_fix(
        &mut fixed,
        &f.place,
        f.fix.as_ref().unwrap()
    ));
    assert_eq!(fixed.problems[0].deadline, "立行立改");
    assert!(!ziping_core::apply_fix(
        &mut fixed,
        &f.place,
        f.fix.as_ref().unwrap()
    ));
    // 忽略: gone, and counted.
    d.ignored.push(f.ignore_key());
    let (found, ignored) = ziping_core::checkup(&d, &o, &refs, today, 2000);
    assert_eq!(ignored, 1);
    assert!(!found.iter().any(|g| g.check == CheckId::DeadlineUnclear));
    // Other words there: back.
    d.problems[0].deadline = "尽快".into();
    let (found, _) = ziping_core::checkup(&d, &o, &refs, today, 2000);
    assert!(found.iter().any(|g| g.check == CheckId::DeadlineUnclear));
    // Length: short of 1,500, keyed by 偏短 so typing on keeps 忽略.
    let (found, _) = ziping_core::checkup(&d, &o, &refs, today, 600);
    let short = found.iter().find(|g| g.check == CheckId::Length).unwrap();
    assert_eq!(short.matched, "偏短");
    assert_eq!(short.severity, Severity::Should);
    d.ignored.push(short.ignore_key());
    let (found, _) = ziping_core::checkup(&d, &o, &refs, today, 700);
    assert!(!found.iter().any(|g| g.check == CheckId::Length));
    // Heaviest first.
    let (found, _) = ziping_core::checkup(&draft(vec![]), &o, &refs, today, 0);
    assert!(found.windows(2).all(|w| w[0].severity <= w[1].severity));
}

/// From a review of the diff: the 口语 fix is not offered where an exception
/// word holds the first occurrence (没有点评 before 有点); two problems like
/// one 已整改到位 row give one finding, its words once.
#[test]
fn fixes_and_merges_do_not_misfire() {
    let d = draft(vec![with(
        ProblemField::Text,
        "没有点评到位，有点急躁，比如今年3月的一次考察谈话",
    )]);
    let f = of(&d, CheckId::Colloquial);
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].fix, None);
    let mut d = draft(vec![
        with(ProblemField::Text, "学习不够"),
        Problem {
            id: "p2".into(),
            ..with(ProblemField::Text, "学习不够")
        },
    ]);
    d.previous = vec![previous("q1", "学习不够", Progress::Done)];
    for f in of(&d, CheckId::StatusContradiction) {
        assert!(!f.matched.contains('、'), "{f:?}");
    }
}

/// Every item rated 好 and every veto fact denied on `occasion`, with
/// `examples` on the first items of 五项工作 and `work` as 工作实绩.
fn top_rated(occasion_id: &str, examples: &[&str], work: &[&str]) -> Draft {
    let mut d = on(occasion_id);
    for t in templates() {
        rate_all(&mut d, &t, "hao");
        deny_facts(&mut d, &t);
    }
    for f in &occasion(occasion_id).facts {
        d.facts.insert(f.id.clone(), false);
    }
    let t = template(WUXIANG);
    let ids: Vec<String> = t.items().map(|(_, i)| i.id.to_string()).collect();
    for (e, id) in examples.iter().zip(&ids) {
        d.answer_mut(WUXIANG, id).evidence = (*e).into();
    }
    d.work = work.iter().map(|w| w.to_string()).collect();
    d
}

/// The top 等次 stated on fewer than three pieces of evidence (具体事例 of
/// the items rated 好 and 工作实绩; none that says nothing or is praise):
/// a 建议, in the panel, or under the 自评等次 the member chose.
#[test]
fn top_grade_unsupported() {
    let real = "全年参加部机关第一议题学习24次，撰写学习体会8篇";
    let praised = "全年起草部务会材料46份，无差错，领导一致好评";
    let chosen = |grade: &str, examples: &[&str]| {
        let mut d = top_rated("minzhu-pingyi", examples, &[]);
        d.self_grade = grade.into();
        d
    };
    let shown = |on: bool| {
        let mut d = top_rated("niandu-kaohe", &[], &[]);
        d.show_grade = on;
        d
    };
    drafts(
        CheckId::TopGradeUnsupported,
        vec![
            top_rated("congyan-zicha", &[], &[]),
            top_rated("congyan-zicha", &[real, real], &[]),
            top_rated(
                "congyan-zicha",
                &["无", "同上", "工作成绩突出，领导一致好评", real],
                &[],
            ),
            chosen("优秀", &[real]),
            shown(true),
        ],
        vec![
            top_rated("congyan-zicha", &[real, real, real], &[]),
            // Praise beside a figure still tells what was done.
            top_rated("congyan-zicha", &[praised, praised, praised], &[]),
            top_rated(
                "congyan-zicha",
                &[real, real],
                &["全年参与干部考察12批次、考察干部86人次"],
            ),
            chosen("合格", &[]),
            shown(false),
            top_rated("zuzhi-shenghuohui", &[], &[]),
        ],
    );
    // A grade below the top: 较好 throughout is no 优秀.
    let mut d = top_rated("congyan-zicha", &[], &[]);
    for t in templates() {
        rate_all(&mut d, &t, "jiaohao");
    }
    assert!(of(&d, CheckId::TopGradeUnsupported).is_empty());
    // A 预备党员 is given no 等次.
    let mut d = chosen("优秀", &[]);
    d.person.standing = ziping_core::PROBATIONARY_MEMBER.into();
    assert!(of(&d, CheckId::TopGradeUnsupported).is_empty());
    // Not yet graded (an item open): nothing to support yet.
    let mut d = top_rated("congyan-zicha", &[], &[]);
    d.answer_mut(WUXIANG, "w1-xuexi").rating = None;
    assert!(of(&d, CheckId::TopGradeUnsupported).is_empty());
    let f = &of(
        &top_rated("congyan-zicha", &[real], &[]),
        CheckId::TopGradeUnsupported,
    )[0];
    assert_eq!(f.severity, Severity::Should);
    assert_eq!(f.place.key(), "material");
    assert!(
        f.message.starts_with("自评参考等次为“优秀”，而评为“好”的"),
        "{}",
        f.message
    );
    assert!(
        f.message
            .contains("只有1条写了具体事例，也没有写工作实绩，"),
        "{}",
        f.message
    );
    let f = &of(
        &top_rated("congyan-zicha", &[], &[]),
        CheckId::TopGradeUnsupported,
    )[0];
    assert!(
        f.message
            .contains("中没有一条写了具体事例，也没有写工作实绩，"),
        "{}",
        f.message
    );
    // Each checklist graded on its own (the 自查): only the items of one
    // graded at the top are counted.
    let count = |f: &Finding| -> usize {
        let at = f.message.find("“好”的").unwrap() + "“好”的".len();
        f.message[at..].split('条').next().unwrap().parse().unwrap()
    };
    let all = count(f);
    let mut d = top_rated("congyan-zicha", &[], &[]);
    rate_all(&mut d, &template(SIGE), "jiaohao");
    let f = &of(&d, CheckId::TopGradeUnsupported)[0];
    assert!(count(f) < all, "{} of {all}", count(f));
    let f = &of(&chosen("优秀", &[]), CheckId::TopGradeUnsupported)[0];
    assert_eq!(f.place.key(), "person:self_grade");
    assert!(f.message.starts_with("自评等次为“优秀”"), "{}", f.message);
    // Both checklists counted: a statement they share is said to count once
    // (a person who rated 44 is not told 38 without a word why).
    assert!(
        f.message.contains("条（两个清单共有的只计一次）中"),
        "{}",
        f.message
    );
}

/// `typo`: 错别字 and 的/得/地 slips (a reviewer's reading of 周丽's and 马强's
/// texts: 以身做则, 再接再励, 抓的不紧, 一个字一个字的抠), 须修改 with the right
/// form in one click, in every field `colloquial` reads; 学的不是 (what was
/// studied) is no slip.
#[test]
fn typos_are_fixed_in_one_click() {
    let mut d = on("niandu-kaohe");
    d.answer_mut(WUXIANG, "w3-chuanbangdai").evidence = "言传身教、以身做则，带出两名骨干".into();
    d.problems = vec![with(
        ProblemField::Text,
        "学习抓的不紧，比如今年只写了1篇体会",
    )];
    let found = of(&d, CheckId::Typo);
    let seen: Vec<(String, &str, Severity)> = found
        .iter()
        .map(|f| (f.place.key(), f.matched.as_str(), f.severity))
        .collect();
    assert_eq!(
        seen,
        [
            ("problem:p1:text".to_string(), "抓的不紧", Severity::Must),
            (
                "evidence:wuxiang-gongzuo:w3-chuanbangdai".to_string(),
                "以身做则",
                Severity::Must
            ),
        ]
    );
    let mut fixed = d.clone();
    for f in &found {
        assert!(ziping_core::apply_fix(
            &mut fixed,
            &f.place,
            f.fix.as_ref().unwrap()
        ));
    }
    assert_eq!(
        fixed.problems[0].text,
        "学习抓得不紧，比如今年只写了1篇体会"
    );
    assert!(of(&fixed, CheckId::Typo).is_empty());
    // Correct Chinese the list must leave alone (a reviewer found 做为,
    // 学的不够 and 一件一件的 misfiring: 争做为民服务的表率, 所学的不够用).
    d.answers.clear();
    for right in [
        "争做为民服务的表率，比如今年只参加了1次业务培训",
        "所学的不够用，比如今年只参加了1次业务培训",
        "把一件一件的小事办好，比如今年只参加了1次业务培训",
    ] {
        d.problems[0].text = right.into();
        assert!(of(&d, CheckId::Typo).is_empty(), "{right}");
    }
}

/// Spoken words in the other fields the 材料 prints in the person's words —
/// a 具体事例, a line of 工作实绩, 会前学习, 表态, a member's 交办任务 and 双报到
/// — are flagged under that field, where the occasion prints it, and fixed
/// in one click where a written form exists.
#[test]
fn colloquial_beyond_the_problems() {
    let spoken = "全年大概写了五六篇简报，挺有收获";
    let at = |d: &Draft| -> Vec<String> {
        of(d, CheckId::Colloquial)
            .iter()
            .filter(|f| !f.place.key().starts_with("problem:"))
            .map(|f| f.place.key())
            .collect()
    };
    // 年度考核 tells examples and 工作实绩.
    let mut d = on("niandu-kaohe");
    d.answer_mut(WUXIANG, "w1-xuexi").evidence = spoken.into();
    d.work = vec![spoken.into()];
    assert_eq!(at(&d), ["evidence:wuxiang-gongzuo:w1-xuexi", "work:0"]);
    // 组织生活会: 会前学习 and 表态, not the examples it does not print.
    let mut d = on("zuzhi-shenghuohui");
    d.answer_mut(WUXIANG, "w1-xuexi").evidence = spoken.into();
    d.studied = "学了党章，觉得挺有收获".into();
    d.pledge = "早点把问题改到位".into();
    assert_eq!(at(&d), ["person:studied", "person:pledge"]);
    // 民主评议: the member's 交办任务 and 双报到.
    let mut d = on("minzhu-pingyi");
    d.member.tasks = spoken.into();
    d.member.service = "去社区发发传单，挺好的".into();
    assert_eq!(at(&d), ["person:tasks", "person:service"]);
    let f = of(&d, CheckId::Colloquial)
        .into_iter()
        .find(|f| f.place.key() == "person:tasks")
        .unwrap();
    assert_eq!(f.matched, "挺、大概、五六篇");
    let mut fixed = d.clone();
    assert!(ziping_core::apply_fix(
        &mut fixed,
        &f.place,
        f.fix.as_ref().unwrap()
    ));
    assert_ne!(fixed.member.tasks, d.member.tasks);
    // Two spoken words with no written form: the example is given once.
    let mut d = on("minzhu-pingyi");
    d.member.tasks = "大概写了五六篇吧，都是信息简报".into();
    let f = &of(&d, CheckId::Colloquial)[0];
    assert_eq!(f.matched, "吧、大概、五六篇");
    assert_eq!(
        f.message.matches("材料用书面语").count(),
        1,
        "{}",
        f.message
    );
    assert!(f.message.contains("“大概”也是口语。"), "{}", f.message);
    // An approximate figure asks for the exact one.
    let mut d = on("minzhu-pingyi");
    d.member.service = "到社区报到，参加了两三次志愿服务".into();
    d.member.tasks = "编发支部简报十几期".into();
    let found = of(&d, CheckId::Colloquial);
    let said: Vec<String> = found
        .iter()
        .map(|f| format!("{} {}", f.place.key(), f.matched))
        .collect();
    assert_eq!(said, ["person:tasks 十几期", "person:service 两三次"]);
    assert!(found[1].message.contains("如“3次”"), "{}", found[1].message);
    // 40多人次 is said, 40余人次 written: a fix in one click.
    d.member.service = String::new();
    d.member.tasks = "经费240多万元，考察干部40多人次，多次参加换届".into();
    let f = &of(&d, CheckId::Colloquial)[0];
    assert_eq!(f.matched, "40多人");
    let mut fixed = d.clone();
    assert!(ziping_core::apply_fix(
        &mut fixed,
        &f.place,
        f.fix.as_ref().unwrap()
    ));
    assert_eq!(
        fixed.member.tasks,
        "经费240多万元，考察干部40余人次，多次参加换届"
    );
    d.member.tasks = "考察干部40余人次，多次参加换届".into();
    assert!(of(&d, CheckId::Colloquial).is_empty());
    for exact in [
        "编发支部简报6期，一二三等奖各1项",
        "参加志愿服务十四次",
        "第三批",
    ] {
        d.member.tasks = exact.into();
        let f = of(&d, CheckId::Colloquial);
        assert!(
            f.iter().all(|f| f.place.key() != "person:tasks"),
            "{exact}: {f:?}"
        );
    }
    // Written words say nothing.
    let mut d = on("minzhu-pingyi");
    d.member.tasks = "担任党小组长，编发支部简报6期".into();
    assert!(at(&d).is_empty());
}

/// A 预备党员 whose 预备期 (a year from the 入党时间), or one 试用期内 whose
/// 试用期 (a year from the 任现职时间), ended before the 材料's month: a
/// 建议 under the detail, where the occasion uses it.
#[test]
fn period_ended() {
    let member = |standing: &str, joined: &str| {
        let mut d = on("minzhu-pingyi");
        d.person.standing = standing.into();
        d.person.joined = joined.into();
        d
    };
    let recruit = |probation: bool, in_post: &str| {
        let mut d = on("niandu-kaohe");
        d.person.probation = probation;
        d.person.in_post = in_post.into();
        d
    };
    let pre = ziping_core::PROBATIONARY_MEMBER;
    // The 材料 is dated 2027年1月15日.
    drafts(
        CheckId::PeriodEnded,
        vec![
            member(pre, "2025年12月"),
            member(pre, "2025.6"),
            member(pre, "2024-03"),
            recruit(true, "2025.8"),
            recruit(true, "2025年12月"),
        ],
        vec![
            member(pre, "2026年1月"),
            member(ziping_core::PARTY_MEMBER, "2024.6"),
            member(pre, "去年"),
            recruit(true, "2026.1"),
            recruit(false, "2020.3"),
        ],
    );
    // Only where the occasion uses the detail: a 组织生活会 has neither.
    let mut d = member(pre, "2024.6");
    d.occasion = "zuzhi-shenghuohui".into();
    assert!(of(&d, CheckId::PeriodEnded).is_empty());
    let f = &of(&member(pre, "2025.12"), CheckId::PeriodEnded)[0];
    assert_eq!(f.place.key(), "person:standing");
    assert!(
        f.message
            .starts_with("入党时间为2025年12月，预备期一年，到落款日期2027年1月15日已满。"),
        "{}",
        f.message
    );
    let f = &of(&recruit(true, "2025.8"), CheckId::PeriodEnded)[0];
    assert_eq!(f.place.key(), "person:probation");
    assert!(f.message.contains("取消“试用期内”"), "{}", f.message);
}

/// More problems than the occasion holds: a 建议 on the 材料 (年度考核 1–3).
#[test]
fn too_many_problems() {
    let on_kaohe = |n: usize| {
        let mut d = problems(n);
        d.occasion = "niandu-kaohe".into();
        d
    };
    let on_meeting = |n: usize| problems(n);
    drafts(
        CheckId::TooManyProblems,
        vec![
            on_kaohe(4),
            on_kaohe(5),
            on_kaohe(9),
            on_meeting(7),
            on_meeting(10),
        ],
        vec![
            on_kaohe(3),
            on_kaohe(1),
            on_meeting(6),
            on_meeting(3),
            on_kaohe(0),
        ],
    );
    let f = &of(&on_kaohe(4), CheckId::TooManyProblems)[0];
    assert_eq!(f.severity, Severity::Should);
    assert!(
        f.message
            .starts_with("年度考核个人总结一般查摆1至3个问题，现在有4个。"),
        "{}",
        f.message
    );
}

/// The 原因 are checked only where the 材料 prints them: a 个人总结 and a
/// 民主评议 print none, so a cause they would flag in a 组织生活会 is left
/// alone there (a user was told twice to rewrite causes he handed in
/// nowhere).
#[test]
fn causes_are_checked_only_where_the_material_prints_them() {
    let mut p = good();
    p.causes[0].text = "工作太忙，没有时间学习".into();
    let mut d = draft(vec![p]);
    let at = |f: &Finding| {
        f.place
            == Place::Problem {
                id: "p1".into(),
                field: ProblemField::Cause(0),
            }
    };
    assert!(of(&d, CheckId::ObjectiveCause).iter().any(at));
    for o in ["niandu-kaohe", "minzhu-pingyi"] {
        d.occasion = o.into();
        assert!(!run(&d, o).iter().any(at), "{o}");
    }
    d.occasion = "congyan-zicha".into();
    assert!(of(&d, CheckId::ObjectiveCause).iter().any(at));
}

/// The 表态 and the 会前学习 are one field each, printed by every occasion
/// that has one: naming another meeting (以这次组织生活会为契机 in a
/// 民主评议, from a reviewer's reading of 周丽) is 须修改; naming this one,
/// or both, is not.
#[test]
fn other_occasion() {
    let mut d = draft(vec![good()]);
    d.pledge = "在今后的工作中，我将以这次组织生活会为契机，进一步提高政治站位".into();
    d.occasion = "minzhu-pingyi".into();
    let f = of(&d, CheckId::OtherOccasion);
    assert_eq!(f.len(), 1);
    assert_eq!(
        (f[0].severity, f[0].matched.as_str()),
        (Severity::Must, "组织生活会")
    );
    assert_eq!(f[0].place.key(), "person:pledge");
    d.occasion = "zuzhi-shenghuohui".into();
    assert!(of(&d, CheckId::OtherOccasion).is_empty());
    d.pledge = "以这次民主评议为契机，把问题改到位".into();
    assert_eq!(of(&d, CheckId::OtherOccasion).len(), 1);
    d.pledge = "以这次组织生活会和民主评议为契机，把问题改到位".into();
    assert!(of(&d, CheckId::OtherOccasion).is_empty());
    d.occasion = "minzhu-pingyi".into();
    assert!(of(&d, CheckId::OtherOccasion).is_empty());
    // A meeting named but not as "this one" is no copy, nor is a member's
    // task (民主评议 prints it).
    d.pledge = "按时参加组织生活会，主动开展批评与自我批评".into();
    assert!(of(&d, CheckId::OtherOccasion).is_empty());
    d.pledge = String::new();
    d.member.tasks = "负责筹备这次组织生活会，撰写会议记录12篇".into();
    assert!(of(&d, CheckId::OtherOccasion).is_empty());
    // Not printed by a 个人总结: nothing to say there.
    d.pledge = "以这次组织生活会为契机".into();
    d.occasion = "niandu-kaohe".into();
    assert!(of(&d, CheckId::OtherOccasion).is_empty());
}

/// An opinion the person explains rather than takes up is answered in the
/// 材料 in their words: an excuse there (不急不行，这也是没办法的事, from a
/// reviewer's reading of 周丽) is flagged under it; an opinion taken up as
/// a problem, or an occasion that prints no opinions, says nothing.
#[test]
fn an_excuse_in_an_opinions_explanation() {
    use ziping_core::Opinion;
    let mut d = draft(vec![good()]);
    d.opinions = vec![Opinion {
        id: "o1".into(),
        text: "周科长布置任务有时比较急".into(),
        problem: None,
        explanation: "很多任务都是上级临时交办的，不急不行，这也是没办法的事".into(),
    }];
    let f = of(&d, CheckId::Excuse);
    assert_eq!(f.len(), 1);
    assert_eq!(
        (f[0].place.key().as_str(), f[0].matched.as_str()),
        ("opinion:o1", "也是没办法")
    );
    assert_eq!(
        f[0].severity,
        Severity::Must,
        "an excuse to a colleague is sent back"
    );
    d.opinions[0].explanation = "情况属实，今后提前一天告知任务".into();
    assert!(of(&d, CheckId::Excuse).is_empty());
    d.opinions[0].explanation = "这也是没办法的事".into();
    d.opinions[0].problem = Some("p1".into());
    assert!(of(&d, CheckId::Excuse).is_empty(), "taken up as a problem");
    d.opinions[0].problem = None;
    d.occasion = "niandu-kaohe".into();
    assert!(of(&d, CheckId::Excuse).is_empty(), "no opinions printed");
    // A one-click fix lands in the explanation.
    d.occasion = "zuzhi-shenghuohui".into();
    d.opinions[0].explanation = "任务时效性挺强，今后提前告知".into();
    let f = &of(&d, CheckId::Colloquial)[0];
    assert_eq!(f.place.key(), "opinion:o1");
    let fix = f.fix.clone().expect("挺 has a written form");
    assert!(ziping_core::apply_fix(&mut d, &f.place, &fix));
    assert_eq!(d.opinions[0].explanation, "任务时效性比较强，今后提前告知");
}
