//! The draft as a whole: evidence and 工作实绩 that say nothing or give
//! others' praise for what was done, too few
//! problems, an aspect of the notice left empty, a 落款日期 that does not
//! fit the 年度, and the 材料's length.

use super::context::Ctx;
use super::finding::{is_ignored, CheckId, Finding, Place, Severity};
use super::wording::{colloquial_at, figure};
use super::words::{as_written, CheckWords};
use crate::civil::{month_text, read_month};
use crate::draft::{default_aspects, Draft, Opinion, Rating};
use crate::grade::{bands_for, occasion_grade};
use crate::occasion::PartKind;
use crate::occasion::PersonDetail;
use crate::problem::{aspect_core, says_nothing};

/// `junk-evidence`: a 具体事例 or a 工作实绩 line that says nothing (无、
/// 严格遵守、好、已落实: `says_nothing`).
pub(crate) fn evidence(cx: &Ctx, out: &mut Vec<Finding>) {
    // Only where the occasion's 材料 prints them: a 组织生活会 tells no
    // 具体事例 and no 工作实绩, and a finding there would change nothing.
    // The draft's items in their order, each answered statement once; a
    // 不适用 item's note is its reason, not an example.
    let examples = cx.occasion.uses_examples();
    let mut seen = Vec::new();
    let items = cx
        .templates
        .iter()
        .flat_map(|t| t.items().map(move |(_, i)| (*t, i)))
        .filter(|_| examples);
    for (t, item) in items {
        let key = t.answer_key(item);
        let Some(a) = cx.d.answer_for(t, item) else {
            continue;
        };
        if seen.contains(&key) || matches!(a.rating, Some(crate::draft::Rating::NotApplicable)) {
            continue;
        }
        seen.push(key);
        {
            let t = a.evidence.trim();
            let at = Place::Evidence {
                template: key.0.into(),
                item: key.1.into(),
            };
            if !t.is_empty() && says_nothing(t) {
                out.push(Finding::new(CheckId::JunkEvidence, Severity::Should, at, t).says(format!(
                    "具体事例“{t}”不是事例，材料不会把它当作成绩。写一件做过的事，最好带数字，如：“全年参加部机关第一议题学习24次，撰写学习体会8篇”；没有可写的就空着。"
                )));
            } else {
                colloquial_at(cx, at.clone(), t, out);
                praise_as_record(cx, at, t, out);
            }
        }
    }
    for (n, w) in
        cx.d.work
            .iter()
            .enumerate()
            .filter(|_| cx.occasion.uses_work())
    {
        let t = w.trim();
        if !t.is_empty() && says_nothing(t) {
            out.push(Finding::new(CheckId::JunkEvidence, Severity::Should, Place::Work(n), t).says(format!(
                "工作实绩“{t}”没有内容。写做了什么、做了多少，如：“全年参与干部考察12批次、考察干部86人次”。"
            )));
        } else {
            colloquial_at(cx, Place::Work(n), t, out);
            praise_as_record(cx, Place::Work(n), t, out);
        }
    }
}

/// `praise-as-record`: others' praise (一致好评、成绩突出) where what was
/// done belongs: 须修改 with no figure beside it, else 建议. A 表彰 or a
/// title given is a fact, not praise (the list's `unless`).
fn praise_as_record(cx: &Ctx, at: Place, t: &str, out: &mut Vec<Finding>) {
    let Some((m, severity)) = record_praise(cx.words, t) else {
        return;
    };
    let returned = match severity {
        Severity::Must => "审核时会被退回",
        _ => "实绩写了，评价可以删去",
    };
    let quoted = as_written(t, &m);
    out.push(Finding::new(CheckId::PraiseAsRecord, severity, at, &m).says(format!(
        "“{quoted}”是评价，不是实绩，{returned}。写做了什么、做了多少、结果如何，如：“全年起草部务会材料46份，办理文电1200余件，无差错”。"
    )));
}

/// The praise in `t` and how `praise-as-record` weighs it: 须修改 with no
/// figure of work beside it (a time, 2026年 or 一年来, is none), else 建议.
fn record_praise(words: &CheckWords, t: &str) -> Option<(String, Severity)> {
    let m = words.record.find(t)?;
    let severity = match figure(words, t, true) {
        true => Severity::Should,
        false => Severity::Must,
    };
    Some((m, severity))
}

/// The praise `praise-as-record` makes 须修改 in the 具体事例 or 工作实绩
/// line `text` at `at` (一致好评 with no figure beside it), unless the person
/// marked it 忽略: the 材料 asks for what was done after it, quoting the
/// praise as the text writes it.
pub fn unproven_praise(d: &Draft, at: &Place, text: &str) -> Option<String> {
    record_praise(CheckWords::builtin(), text.trim())
        .filter(|(m, severity)| {
            *severity == Severity::Must && !is_ignored(&d.ignored, CheckId::PraiseAsRecord, at, m)
        })
        .map(|(m, _)| as_written(text, &m))
}

/// `too-few-problems`, `too-many-problems`, `missing-aspect`, the 落款日期's
/// `date-year` and the checks of the draft as a whole below.
pub(crate) fn material(cx: &Ctx, out: &mut Vec<Finding>) {
    let live: Vec<_> = cx.d.problems.iter().filter(|p| !p.is_blank()).collect();
    let want = cx.occasion.problems;
    let n = live.len() as u32;
    if cx.occasion.has_part(PartKind::Problems) && n < want.min {
        let severity = if n == 0 {
            Severity::Must
        } else {
            Severity::Should
        };
        out.push(Finding::new(CheckId::TooFewProblems, severity, Place::Material, n.to_string()).says(format!(
            "{}一般查摆{}至{}个问题，现在有{n}个。每个问题写明具体表现，如：“坚持原则、较真碰硬还不够，比如……”。",
            cx.occasion.label, want.min, want.max
        )));
    }
    // More than the occasion holds: a 个人总结 states its 不足 briefly, a
    // list of many reads as 凑数 and none is written deep.
    if cx.occasion.has_part(PartKind::Problems) && n > want.max {
        out.push(
            Finding::new(
                CheckId::TooManyProblems,
                Severity::Should,
                Place::Material,
                "过多",
            )
            .says(format!(
                "{}一般查摆{}至{}个问题，现在有{n}个。合并相近的问题，把主要的几个写具体、写深入。",
                cx.occasion.label, want.min, want.max
            )),
        );
    }
    // The aspects, each with a problem: those a notice names (the person
    // changed the five tasks' defaults) as 建议, the five tasks as 提示
    // (the 材料 asks for one where an aspect has none; GENRE wants every
    // aspect to have one).
    // None listed (a draft made without them, or all removed): the 材料
    // goes by the five tasks, and so do the checks.
    // Only a meeting notice's aspects are the person's to name; the 自查 is
    // written against the five tasks, as the 材料 does.
    let aspects = match cx.occasion.aspects_editable && !cx.d.aspects.is_empty() {
        true => cx.d.aspects.clone(),
        false => default_aspects(),
    };
    let named = aspects != default_aspects();
    let weight = if named {
        Severity::Should
    } else {
        Severity::Note
    };
    if cx.occasion.problems_by_aspect() && !live.is_empty() {
        let used: Vec<String> = live
            .iter()
            .map(|p| cx.occasion.aspect_of(cx.templates, p))
            .collect();
        let mut seen: Vec<&str> = Vec::new();
        for a in &aspects {
            let a = aspect_core(a);
            if a.is_empty() || seen.contains(&a) {
                continue;
            }
            seen.push(a);
            if !used.iter().any(|u| u == a) {
                out.push(Finding::new(CheckId::MissingAspect, weight, Place::Material, a).says(format!(
                    "“{a}”方面还没有查摆问题，材料里这一方面会留出待补充的位置；审核时一般要求每个方面都有问题或一句说明，如：“在{a}方面，……还有差距，比如……”。"
                )));
            }
        }
    }
    date_year(cx, out);
    own_words(cx, out);
    opinions(cx, out);
    vague_study(cx, out);
    missing_preparation(cx, out);
    top_grade_attendance(cx, out);
    top_grade_unsupported(cx, out);
    period_ended(cx, out);
}

/// `period-ended`: a 中共预备党员 whose year of 预备期 (from the 入党时间)
/// ended before the 材料's month, or one 试用期内 whose year of 试用期 (from
/// the 任现职时间, 新录用公务员试用期为一年) did, where the occasion uses the
/// detail: a reviewer who knows the dates asks whether they were 转正 — and
/// whether a 等次 is due after all (neither is given one while it lasts).
fn period_ended(cx: &Ctx, out: &mut Vec<Finding>) {
    let (o, p) = (cx.occasion, &cx.d.person);
    let ended = |since: &str| {
        let (y, m) = read_month(since)?;
        let end = (i64::from(y) + 1) * 12 + i64::from(m);
        let dated = i64::from(cx.dated.year) * 12 + i64::from(cx.dated.month);
        (dated > end).then(|| month_text(since))
    };
    if o.uses(PersonDetail::Standing) && p.is_probationary() {
        if let Some(since) = ended(&p.joined) {
            out.push(Finding::new(CheckId::PeriodEnded, Severity::Should, Place::Person("standing"), "预备期").says(format!(
                "入党时间为{since}，预备期一年，到落款日期{}已满。是否已经转正，以支部大会讨论和上级党组织批准为准：已批准转正的，把政治面貌改为“中共党员”；还没有讨论、没有批准或预备期延长的，保持“中共预备党员”；不清楚的，先向支部书记问清楚。",
                cx.dated_text
            )));
        }
    }
    if o.uses(PersonDetail::Probation) && p.probation {
        if let Some(since) = ended(&p.in_post) {
            out.push(Finding::new(CheckId::PeriodEnded, Severity::Should, Place::Person("probation"), "试用期").says(format!(
                "任现职时间为{since}，新录用公务员试用期为一年，到落款日期{}已满。试用期内只写评语、不定等次：已转正定级的，取消“试用期内”；不清楚的，先向人事部门问清楚。",
                cx.dated_text
            )));
        }
    }
}

/// `top-grade-unsupported`: the 材料 states the top 等次 — the 参考等次 it
/// prints, or the 自评等次 the member chose — on fewer than three pieces of
/// evidence: 具体事例 of the items rated at the top level and lines of
/// 工作实绩, none that says nothing or is others' praise (a reviewer asks
/// what the 优秀 rests on: 自评优秀，事例呢？). Only where the 材料 tells
/// the examples, so that writing them answers it, and with at least four
/// items rated at the top.
fn top_grade_unsupported(cx: &Ctx, out: &mut Vec<Finding>) {
    let o = cx.occasion;
    if !o.prints_examples(cx.d.alt_layout) || !o.shows_grade(cx.d) {
        return;
    }
    // The grade, and the templates whose items it rests on: all of them
    // for one grade, only those graded at the top where each has its own.
    let (top, at, said, graded) = if o.grade_chosen() {
        let Some(top) = o.bands.first().map(|b| b.label.as_str()) else {
            return;
        };
        if cx.d.self_grade.trim() != top || cx.d.person.is_probationary() {
            return;
        }
        (
            top,
            Place::Person("self_grade"),
            "自评等次",
            cx.templates.to_vec(),
        )
    } else {
        let g = occasion_grade(o, cx.templates, cx.d);
        let mut top = None;
        let mut graded = Vec::new();
        for (title, _, label) in &g.grades {
            let of_it = cx
                .templates
                .iter()
                .filter(|t| t.title == *title || title.is_empty());
            for t in of_it {
                // The first band of the set the grade is given in.
                let first = bands_for(o, t).first().map(|b| b.label.as_str());
                if first.is_some() && label.as_deref() == first {
                    top = first;
                    graded.push(*t);
                }
            }
        }
        let Some(top) = top else {
            return;
        };
        (top, Place::Material, "自评参考等次", graded)
    };
    // Each answered statement once, as the 自评表 tells it.
    let (mut rated, mut told) = (0usize, 0usize);
    let mut seen = Vec::new();
    let mut level = "";
    let mut shared = false;
    for t in graded {
        let Some(best) = t.scale.levels.first() else {
            continue;
        };
        for (_, item) in t.items() {
            let key = t.answer_key(item);
            let Some(a) = cx.d.answer_for(t, item) else {
                continue;
            };
            if a.rating != Some(Rating::Level(best.id.clone())) {
                continue;
            }
            // A statement both checklists hold is counted once (the person
            // rated it in each: said, so the count is not taken for a slip).
            if seen.contains(&key) {
                shared = true;
                continue;
            }
            seen.push(key);
            level = &best.label;
            rated += 1;
            told += usize::from(evidence_counts(cx, &a.evidence));
        }
    }
    let work = match o.uses_work() {
        true => cx.d.work.iter().filter(|w| evidence_counts(cx, w)).count(),
        false => 0,
    };
    if rated >= 4 && told + work < 3 {
        let told = match told {
            0 => "没有一条写了具体事例".to_string(),
            n => format!("只有{n}条写了具体事例"),
        };
        let work = match (o.uses_work(), work) {
            (false, _) => String::new(),
            (true, 0) => "，也没有写工作实绩".to_string(),
            (true, n) => format!("，工作实绩{n}条"),
        };
        let once = match shared {
            true => "（两个清单共有的只计一次）",
            false => "",
        };
        out.push(Finding::new(CheckId::TopGradeUnsupported, Severity::Should, at, top).says(format!(
            "{said}为“{top}”，而评为“{level}”的{rated}条{once}中{told}{work}，审核时会问“{top}”的依据。在最能说明问题的几条下写上做过的事（做了什么、多少、结果），如：“全年参加部机关第一议题学习24次，撰写学习体会8篇”；事例写不出的，重新审视这一条的评价。"
        )));
    }
}

/// Whether a 具体事例 or a line of 工作实绩 is evidence of what was done:
/// written, saying something (not 无、同上), and not others' praise alone
/// (praise beside a figure still tells what was done).
fn evidence_counts(cx: &Ctx, text: &str) -> bool {
    let t = text.trim();
    !t.is_empty()
        && !says_nothing(t)
        && record_praise(cx.words, t).is_none_or(|(_, s)| s != Severity::Must)
}

/// `colloquial` in the fields the 材料 prints in the person's own words
/// besides the problems, the evidence and the 工作实绩: 会前学习 and 表态
/// where the opening or closing prints them, and a member's 交办任务 and
/// 双报到 where the occasion tells them.
fn own_words(cx: &Ctx, out: &mut Vec<Finding>) {
    let o = cx.occasion;
    let d = cx.d;
    let printed = |p: &str| o.opening.contains(p) || o.closing.contains(p);
    let fields = [
        ("studied", &d.studied, printed("{study}")),
        ("pledge", &d.pledge, printed("{pledge}")),
        ("tasks", &d.member.tasks, o.uses_member_fact("tasks")),
        ("service", &d.member.service, o.uses_member_fact("service")),
    ];
    for (name, text, told) in fields {
        if told && !text.trim().is_empty() {
            colloquial_at(cx, Place::Person(name), text, out);
            if matches!(name, "studied" | "pledge") {
                other_occasion(cx, name, text, out);
            }
        }
    }
}

/// `colloquial` and `excuse` on the explanation of an opinion the person
/// does not take up as a problem, where the 材料 prints the opinions (a
/// meeting's preparation): "不急不行，这也是没办法的事" answers a colleague
/// with an excuse.
fn opinions(cx: &Ctx, out: &mut Vec<Finding>) {
    if !cx.occasion.has_preparation() {
        return;
    }
    let d = cx.d;
    for o in &d.opinions {
        let t = o.explanation.trim();
        if t.is_empty() || d.claimed(o).is_some() || o.text.trim().is_empty() {
            continue;
        }
        let at = || Place::Opinion(o.id.clone());
        colloquial_at(cx, at(), t, out);
        // 须修改, not a problem's 建议: answering a colleague's opinion
        // with an excuse is what a 材料 is sent back for.
        if let Some(m) = cx.words.excuse.find(t) {
            out.push(Finding::new(CheckId::Excuse, Severity::Must, at(), &m).says(format!(
                "“{m}”读起来像辩解，审核时会被认为没有正视同志们的意见。意见属实的，在“回应”中认领为问题；不属实的，只说明实际情况，如：“这几次任务上级要求当天报送，已向提意见的同志说明，今后提前告知”。"
            )));
        }
    }
}

/// `other-occasion`: a 会前学习 or 表态 (one each per draft, printed by every
/// occasion that has one) calling a meeting that is not this 材料's "this
/// one": 以这次组织生活会为契机 in a 民主评议 (按时参加组织生活会 is a pledge
/// for any).
fn other_occasion(cx: &Ctx, name: &'static str, text: &str, out: &mut Vec<Finding>) {
    if let Some(m) = another_meeting(&cx.occasion.title, text) {
        out.push(Finding::new(CheckId::OtherOccasion, Severity::Must, Place::Person(name), m).says(format!(
            "这一栏各类材料共用，写的“{m}”不是这份材料的场合，审核时一看就是照搬。改成不提会议名称的说法，各类材料都能用，如：“以这次查摆为新起点，把问题逐项改到位”。"
        )));
    }
}

/// The meeting `text` calls "this one" (这次组织生活会) where the occasion
/// titled `title` is another; none where the text names this one too.
fn another_meeting(title: &str, text: &str) -> Option<&'static str> {
    const MEETINGS: [&str; 2] = ["组织生活会", "民主评议"];
    let this = |m: &str| {
        ["这次", "本次", "此次"]
            .iter()
            .any(|w| text.contains(&format!("{w}{m}")))
    };
    if MEETINGS
        .iter()
        .any(|m| title.contains(m) && text.contains(m))
    {
        return None;
    }
    MEETINGS.into_iter().find(|m| this(m))
}

/// What `other-occasion` finds in the 会前学习 or 表态 (`name`: studied,
/// pledge) of a 材料 titled `title`, unless the person marked it 忽略: the
/// 材料 asks for other words after it.
pub fn names_another_meeting(d: &Draft, title: &str, name: &'static str) -> Option<&'static str> {
    let text = match name {
        "studied" => &d.studied,
        _ => &d.pledge,
    };
    another_meeting(title, text)
        .filter(|m| !is_ignored(&d.ignored, CheckId::OtherOccasion, &Place::Person(name), m))
}

/// Whether the explanation of an opinion not taken up holds an excuse (`excuse`,
/// 须修改 there), unless the person marked it 忽略: the 材料 asks for an
/// answer after it.
pub fn excused(d: &Draft, o: &Opinion) -> bool {
    CheckWords::builtin()
        .excuse
        .find(o.explanation.trim())
        .is_some_and(|m| {
            !is_ignored(
                &d.ignored,
                CheckId::Excuse,
                &Place::Opinion(o.id.clone()),
                &m,
            )
        })
}

/// `top-grade-attendance`: the top 自评等次 (优秀) chosen by a member who
/// attended fewer than four in five of the branch's “三会一课” or 主题党日,
/// where the member chooses the grade (民主评议).
fn top_grade_attendance(cx: &Ctx, out: &mut Vec<Finding>) {
    let Some(top) = cx
        .occasion
        .bands
        .first()
        .filter(|_| cx.occasion.grade_chosen())
    else {
        return;
    };
    // A 预备党员 is given no 等次 (the field is not shown, the 材料 prints
    // none), whatever was chosen before.
    if cx.d.self_grade.trim() != top.label || cx.d.person.is_probationary() {
        return;
    }
    let m = &cx.d.member;
    for (name, a) in [
        ("召开“三会一课”", m.meetings),
        ("开展主题党日", m.party_days),
    ] {
        let (Some(held), Some(went)) = (a.held, a.attended) else {
            continue;
        };
        if held > 0 && u64::from(went) * 5 < u64::from(held) * 4 {
            let top = &top.label;
            out.push(Finding::new(CheckId::TopGradeAttendance, Severity::Should, Place::Person("self_grade"), format!("{name}{went}/{held}")).says(format!(
                "自评“{top}”，而全年支部{name}{held}次、本人参加{went}次，支部评议时会对照组织生活参加情况。缺席有正当理由的（如因公出差并已请假），在材料中写明后可点“忽略”；否则请重新考虑自评等次。"
            )));
            return;
        }
    }
}

/// `vague-study`: the opening's study (会前学习) that names nothing studied
/// (认真学习了相关文件), where the occasion's opening prints it.
fn vague_study(cx: &Ctx, out: &mut Vec<Finding>) {
    if !cx.occasion.opening.contains("{study}") {
        return;
    }
    if let Some(m) = cx.words.study.find(&cx.d.studied) {
        out.push(Finding::new(CheckId::VagueStudy, Severity::Should, Place::Person("studied"), &m).says(format!(
            "会前学习只写了“{m}”，没有写明学了什么，审核时会追问。写出篇目或内容，如：“本人认真学习了党章和《中国共产党纪律处分条例》，重温了《干部选拔任用工作条例》”。"
        )));
    }
}

/// `missing-preparation`: what the opening of a 组织生活会 tells of the
/// meeting's preparation not written — the study, or both the 谈心谈话 and
/// the 征求意见 — a 提示: the 材料 leaves the study's clause out (issue 23)
/// and asks for the figures, and a reviewer reads the opening for them.
fn missing_preparation(cx: &Ctx, out: &mut Vec<Finding>) {
    let opening = &cx.occasion.opening;
    if opening.contains("{study}") && says_nothing(&cx.d.studied) {
        out.push(Finding::new(CheckId::MissingPreparation, Severity::Note, Place::Person("studied"), "").says(
            "还没写会前学习了什么，材料开头会略去这一句；审核时一般要看会前学了什么，如：“本人认真学习了党章和《中国共产党纪律处分条例》”。",
        ));
    }
    if opening.contains("{preparation}")
        && cx.d.talks.is_none()
        && cx.d.opinions_collected.is_none()
    {
        out.push(Finding::new(CheckId::MissingPreparation, Severity::Note, Place::Person("talks"), "").says(
            "还没填会前谈心谈话的人次和征求意见建议的条数，材料开头会留出待补充的位置；组织生活会前应当开展谈心谈话、征求意见，填上后开头写明，如：“会前开展谈心谈话12人次、征求意见建议8条”。",
        ));
    }
}

/// `date-year`: a 落款日期 the person set outside the 年度: before the year
/// began, in the 年度 itself for an occasion held the year after, more than
/// two months before the occasion's months, or in a later year.
fn date_year(cx: &Ctx, out: &mut Vec<Finding>) {
    let (Some(day), Some(y)) = (cx.d.material_date, cx.year) else {
        return;
    };
    let month = |year: i32, m: u32| i64::from(year) * 12 + i64::from(m) - 1;
    let at = month(day.year, day.month);
    let (wrong, when) = match cx.occasion.date_window {
        Some(w) => {
            let (sy, sm) = w.start(y);
            let end = crate::occasion::DateWindow {
                from: w.to,
                to: w.to,
            }
            .start(y);
            let early = at + 2 < month(sy, sm);
            let late = day.year > end.0;
            let when = if (sy, sm) == end {
                format!("{sy}年{sm}月")
            } else {
                format!("{sy}年{sm}月至{}年{}月", end.0, end.1)
            };
            (early || late || day.year < y, when)
        }
        None => (
            day.year < y || day.year > y + 1,
            format!("{y}年或{}年初", y + 1),
        ),
    };
    if wrong {
        out.push(
            Finding::new(
                CheckId::DateYear,
                Severity::Must,
                Place::Person("material_date"),
                day.to_string(),
            )
            .says(format!(
                "落款日期{day}与{y}年度不符：{y}年度的{}一般在{when}。如：“{}年1月15日”。",
                cx.occasion.label,
                y + 1
            )),
        );
    }
}

/// `length`: the 材料's `chars` (characters, spaces not counted) against
/// the occasion's usual range (建议) and a department's limit (须修改: the
/// box of a form holds no more). [`checkup`](super::checkup) runs it on
/// the 材料's body with the occasion's `length`.
pub fn length_finding(
    chars: usize,
    range: Option<(u32, u32)>,
    limit: Option<u32>,
) -> Option<Finding> {
    let n = chars as u64;
    if let Some(max) = limit.filter(|m| n > u64::from(*m)) {
        return Some(
            // Keyed by what is wrong, not the count: 忽略 holds while the
            // person types on.
            Finding::new(CheckId::Length, Severity::Must, Place::Material, "超限").says(format!(
                "材料有{n}字，超过单位规定的{max}字。删去套话和重复的表态，保留事例和数字。"
            )),
        );
    }
    let (min, max) = range?;
    let (what, hint) = if n < u64::from(min) {
        (
            "偏短",
            "问题要写具体表现，原因要剖析到思想上，措施要写清做法和时限",
        )
    } else if n > u64::from(max) {
        (
            "偏长",
            "长不等于好：合并相近的问题，删去套话，保留事例和数字",
        )
    } else {
        return None;
    };
    Some(
        Finding::new(CheckId::Length, Severity::Should, Place::Material, what).says(format!(
            "材料有{n}字，{what}：这类材料一般{min}至{max}字。{hint}。"
        )),
    )
}
