//! What a person writes down for the 材料 besides ratings: problems (on any
//! item, whatever its rating, or free), their causes by angle, measures with a
//! 时限 and a 完成标准, the year's 工作实绩 and last year's problems with what
//! became of them.

use crate::civil::chinese_date;
use crate::deadline::{Deadline, RowStatus};
use crate::ids::{ItemId, TemplateId};

/// The angles a 原因剖析 goes along, in the order a 材料 lists them (GENRE §2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Angle {
    /// 理想信念 (理论学习、思想武装)
    Lixiang,
    /// 党性修养 (党性锻炼、自我要求)
    Dangxing,
    /// 宗旨意识 (群众观点、服务意识)
    Zongzhi,
    /// 纪律规矩 (纪律意识、规矩意识)
    Jilv,
    /// 担当作为 (精神状态、斗争精神)
    Dandang,
    /// 能力本领
    Nengli,
}

impl Angle {
    /// Every angle, in the order of a 原因剖析.
    pub const ALL: [Angle; 6] = [
        Angle::Lixiang,
        Angle::Dangxing,
        Angle::Zongzhi,
        Angle::Jilv,
        Angle::Dandang,
        Angle::Nengli,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Angle::Lixiang => "理想信念",
            Angle::Dangxing => "党性修养",
            Angle::Zongzhi => "宗旨意识",
            Angle::Jilv => "纪律规矩",
            Angle::Dandang => "担当作为",
            Angle::Nengli => "能力本领",
        }
    }

    /// What the angle covers, as a hint for the person.
    pub fn hint(self) -> &'static str {
        match self {
            Angle::Lixiang => "理论学习、思想武装",
            Angle::Dangxing => "党性锻炼、自我要求",
            Angle::Zongzhi => "群众观点、服务意识",
            Angle::Jilv => "纪律意识、规矩意识",
            Angle::Dandang => "精神状态、斗争精神",
            Angle::Nengli => "知识能力、专业素养",
        }
    }

    /// An example of the judgement that opens this angle of a 原因剖析, as a
    /// hint for the person (who writes their own).
    pub fn judgement_example(self) -> &'static str {
        match self {
            Angle::Lixiang => "如：理论学习的自觉性有所松懈",
            Angle::Dangxing => "如：党性锻炼还不够经常",
            Angle::Zongzhi => "如：群众观点有所淡化",
            Angle::Jilv => "如：纪律规矩意识还不够强",
            Angle::Dandang => "如：担当作为的劲头有所减弱",
            Angle::Nengli => "如：识人察人的本领还有不足",
        }
    }

    /// The 思想根源 angles: a 原因剖析 always has one of them.
    pub fn is_root(self) -> bool {
        matches!(self, Angle::Lixiang | Angle::Dangxing)
    }

    pub fn id(self) -> &'static str {
        match self {
            Angle::Lixiang => "lixiang",
            Angle::Dangxing => "dangxing",
            Angle::Zongzhi => "zongzhi",
            Angle::Jilv => "jilv",
            Angle::Dandang => "dandang",
            Angle::Nengli => "nengli",
        }
    }

    pub fn from_id(id: &str) -> Option<Angle> {
        Angle::ALL.into_iter().find(|a| a.id() == id)
    }
}

/// One cause of a problem, along one angle.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Cause {
    /// `None` for a cause carried over from schema 1, which had no angles.
    pub angle: Option<Angle>,
    pub text: String,
}

/// The judgement that opens one angle of the 原因剖析 ("理想信念有所弱化"),
/// in the person's words.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct CauseHead {
    pub angle: Option<Angle>,
    pub text: String,
}

/// The checklist item a problem was found under.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ItemLink {
    pub template: TemplateId,
    pub item: ItemId,
}

/// A problem the person found in themselves, with its rectification.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Problem {
    /// Stable within the draft ("p1", "p2" …); the ledger refers to it.
    pub id: String,
    /// The item it was found under; `None` for a problem of the draft as a whole.
    pub item: Option<ItemLink>,
    /// The aspect it is reported under (one of the draft's aspects).
    pub aspect: String,
    /// 判断: the problem in one short judgement ("理论武装的深度不够"),
    /// which heads its 表现 in the 材料; optional.
    pub judgement: String,
    /// 表现: the problem in the person's words, with an example.
    pub text: String,
    pub causes: Vec<Cause>,
    /// 整改措施
    pub measure: String,
    /// A short lead phrase heading the measure ("强化理论武装，坚持学用结合");
    /// optional.
    pub lead: String,
    /// 整改时限: 立行立改, 长期坚持, or a date such as 2027年3月底前.
    pub deadline: String,
    /// 完成标准
    pub standard: String,
    /// 责任人 in the ledger; blank means 本人.
    pub owner: String,
    /// 整改进展 / 完成情况.
    pub progress: String,
    /// The ledger row's 状态.
    pub status: RowStatus,
    /// 销号日期, as written.
    pub closed: String,
    /// 备注 in the ledger.
    pub remark: String,
    /// When the problem was written down (ms since the epoch; 立行立改
    /// counts from it). 0 for problems of older drafts: the draft's creation.
    pub created: i64,
    /// The id of last year's row this problem raises again (a 老问题), in the
    /// draft's `previous`; empty: the person said it is not one (a problem
    /// on an item raised last year is one unless they say so); `None`: not
    /// said (a build before this reads "" as an id it does not find, and
    /// goes by the item, as it did).
    pub recurs_of: Option<String>,
}

impl Problem {
    /// The person said it is not a 老问题 (`recurs_of` empty): it is not one
    /// by its item either, and nothing asks to link it.
    pub fn said_not_recurring(&self) -> bool {
        self.recurs_of.as_deref() == Some("")
    }

    /// The 状态 that counts: a 时限 of 长期坚持 makes it 长期坚持.
    pub fn row_status(&self) -> RowStatus {
        self.status.effective(&Deadline::parse(&self.deadline))
    }

    /// Closed in the ledger (已完成).
    pub fn is_closed(&self) -> bool {
        self.row_status() == RowStatus::Done
    }

    /// The problem in one line, as the ledger shows it: its 判断 and its
    /// 表现 ("理论武装的深度不够。比如……"), or the 表现 alone.
    pub fn statement(&self) -> String {
        let (judgement, text) = (self.judgement.trim(), self.text.trim());
        match (judgement.is_empty(), text.is_empty()) {
            (true, _) => text.to_string(),
            (false, true) => judgement.to_string(),
            (false, false) => {
                format!("{}。{text}", judgement.trim_end_matches(['。', '；', '，']))
            }
        }
    }

    /// The problem as next year's 材料 names it: its 判断, or its 表现
    /// without the example ([`problem_headline`]); none for a 表现 that
    /// says nothing (无: the 材料 never names a problem “无”).
    pub fn headline(&self) -> String {
        let judgement = self.judgement.trim().trim_end_matches(['。', '；', '，']);
        match judgement.is_empty() {
            true if says_nothing(&self.text) => String::new(),
            true => problem_headline(&self.text),
            false => judgement.to_string(),
        }
    }

    /// Whether the problem has a name fit to quote: its 判断, or a 表现
    /// whose statement (before any example) is short enough to stand as
    /// one. A long spoken sentence cut to its first clause is not: the 材料
    /// does not quote "自己刚来组织部" as a problem.
    pub fn has_name(&self) -> bool {
        if !self.judgement.trim().is_empty() {
            return true;
        }
        // The statement's own start (no spoken lead-in dropped), short.
        let name = self.headline();
        let text = crate::numbering::unnumbered(&self.text);
        !name.is_empty() && text.trim().starts_with(&name) && name.chars().count() <= NAME_CHARS
    }

    /// Nothing written yet.
    pub fn is_blank(&self) -> bool {
        self.text.trim().is_empty()
            && self.judgement.trim().is_empty()
            && self.measure.trim().is_empty()
            && self.lead.trim().is_empty()
            && self.deadline.trim().is_empty()
            && self.standard.trim().is_empty()
            && self.causes.iter().all(|c| c.text.trim().is_empty())
    }

    /// The 销号日期 that counts: the one written, while the row is 已完成. A
    /// day kept from before it was reopened, or typed ahead, is not printed,
    /// sent or carried (the person's text stays for when it is closed again).
    pub fn closed_date(&self) -> &str {
        match self.status {
            RowStatus::Done => self.closed.trim(),
            _ => "",
        }
    }

    /// Marked 已完成 (or 已整改到位) on `now`: the 销号日期 is that day,
    /// unless the person wrote one.
    pub fn close_on(&mut self, now: i64) {
        if self.closed.trim().is_empty() {
            self.closed = chinese_date(now);
        }
    }

    /// Whether a removal would lose anything the person wrote: the problem
    /// itself or its ledger row's 责任人, 进展, 销号 and 备注.
    pub fn holds_writing(&self) -> bool {
        !self.is_blank()
            || [&self.owner, &self.progress, &self.closed, &self.remark]
                .iter()
                .any(|f| !f.trim().is_empty())
    }
}

/// What became of one of last year's problems.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Progress {
    /// 已整改到位
    Done,
    /// 持续推进
    #[default]
    Ongoing,
    /// 长期坚持
    LongTerm,
}

impl Progress {
    pub const ALL: [Progress; 3] = [Progress::Done, Progress::Ongoing, Progress::LongTerm];

    /// What a ledger row's 状态 becomes when it is carried into next year:
    /// 已完成 is done, 长期坚持 stays 长期坚持, anything else is still open.
    pub fn of_row(status: RowStatus) -> Progress {
        match status {
            RowStatus::Done => Progress::Done,
            RowStatus::Ongoing => Progress::LongTerm,
            RowStatus::NotStarted | RowStatus::InProgress => Progress::Ongoing,
        }
    }

    /// The ledger 状态 of a carried row.
    pub fn row_status(self) -> RowStatus {
        match self {
            Progress::Done => RowStatus::Done,
            Progress::LongTerm => RowStatus::Ongoing,
            Progress::Ongoing => RowStatus::InProgress,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Progress::Done => "已整改到位",
            Progress::Ongoing => "持续推进",
            Progress::LongTerm => "长期坚持",
        }
    }
}

/// One of the previous year's (or the last meeting's) problems.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct PreviousProblem {
    pub id: String,
    /// The problem as it was stated then.
    pub text: String,
    pub status: Progress,
    /// Carried from a year before last and still open (长期坚持, 持续推进):
    /// not one of last year's own problems.
    pub earlier: bool,
    /// Marked 已整改到位, then linked to a problem raised again this year,
    /// which made it 持续推进 (unlinking makes it 已整改到位 again).
    pub reopened: bool,
    /// What was done (整改进展 / 完成情况).
    pub note: String,
    /// The ledger row it was carried from (结转到下一年度): its item (a
    /// problem raised again on that item is a 老问题), 整改措施, 整改时限,
    /// 完成标准, 责任人 and 销号日期. Kept whole so a draft is read with one
    /// problem reader.
    pub row: Option<Problem>,
}

impl PreviousProblem {
    /// Whether a removal would lose anything: its words, its account, or
    /// the ledger row it was carried with (asked first, as for a problem).
    pub fn holds_writing(&self) -> bool {
        self.row.is_some() || !self.text.trim().is_empty() || !self.note.trim().is_empty()
    }
}

/// The five tasks: the default aspects a 材料 is organised by.
pub const DEFAULT_ASPECTS: [&str; 5] = [
    "旗帜鲜明讲政治",
    "坚持原则守公道",
    "专心专注练本领",
    "真抓实干强作风",
    "严格自律树形象",
];

/// "旗帜鲜明讲政治" for "在旗帜鲜明讲政治方面" and the like, so an aspect typed
/// either way reads once as 在……方面.
pub fn aspect_core(aspect: &str) -> &str {
    let a = aspect.trim().trim_end_matches(['。', '；', '，']);
    let a = a.strip_prefix('在').unwrap_or(a);
    a.strip_suffix("方面").unwrap_or(a).trim()
}

/// Words that point to an "above" a 材料 does not have.
const POINTERS: [&str; 6] = ["同上", "同前", "同上述", "见上", "见上述", "见前"];

/// A status said with no account of it.
const STATUSES: [&str; 14] = [
    "已整改",
    "已整改到位",
    "已改",
    "改了",
    "已落实",
    "已完成",
    "已解决",
    "在改",
    "正在改",
    "在整改",
    "正在整改",
    "整改中",
    "推进中",
    "正在推进",
];

/// The other words that say nothing as a whole 具体事例 or 整改进展.
const NOTHING: [&str; 19] = [
    "无",
    "没有",
    "暂无",
    "无事例",
    "略",
    "好",
    "较好",
    "一般",
    "严格遵守",
    "无违规",
    "无违纪",
    "无违规违纪",
    "无违纪违规",
    "落实",
    "完成",
    "按时完成",
    "按要求完成",
    "-",
    "/",
];

/// Words that say nothing of what was done or how: 无, 同上, 见上, 好,
/// 严格遵守, 已落实, 已改, 按时完成 … as a whole 具体事例 or 整改进展, or parts
/// that each say nothing (严格遵守，无违规), and years served (干了三十多年了).
/// The 材料 never prints them as an example or an account: it asks for one.
pub fn says_nothing(text: &str) -> bool {
    let edges = ['。', '，', '；', '、', '.', ',', ';', '！', '!', '—', ' '];
    text.trim()
        .trim_matches(edges)
        .split(['，', '；', '、', ',', ';'])
        .all(|part| {
            let t = part.trim().trim_matches(edges);
            // 按要求完成了 as 按要求完成 (改了 is in the list as it is).
            let bare = t.strip_suffix('了').unwrap_or(t);
            t.is_empty()
                || [&POINTERS[..], &STATUSES, &NOTHING]
                    .iter()
                    .any(|l| l.contains(&t) || l.contains(&bare))
                || years_served(t)
        })
}

/// Whether `t` only says how long the person has served (干了三十多年了,
/// 工作20年): seniority, not a thing done. (干部……年 is no such thing.)
fn years_served(t: &str) -> bool {
    let Some(n) = ["干了", "工作了", "干", "工作"]
        .iter()
        .find_map(|w| t.strip_prefix(w))
        .and_then(|r| r.trim_end_matches('了').strip_suffix('年'))
    else {
        return false;
    };
    !n.is_empty()
        && n.chars()
            .all(|c| c.is_ascii_digit() || "一二三四五六七八九十百几两多余来".contains(c))
}

/// `text` without a first clause that points to an "above" the 材料 does
/// not have (同上，深刻领悟……; 见上；全年收发文件1200件) or repeats the status its
/// own words give (已整改，全年坚持学习); "" where nothing is said. A
/// clause the rest qualifies stays (已整改，但仍需长期坚持), as does a
/// denial (没有，工作太忙顾不上).
pub fn what_it_says(text: &str) -> &str {
    if says_nothing(text) {
        return "";
    }
    let mut t = text.trim();
    while let Some((first, rest)) = t.split_once(['，', '；', ',', ';']) {
        let rest = rest.trim_start();
        let first = first.trim();
        let qualified = ["但", "不过", "只是", "仍", "还"]
            .iter()
            .any(|w| rest.starts_with(w));
        if !(POINTERS.contains(&first) || STATUSES.contains(&first)) || qualified {
            break;
        }
        t = rest;
    }
    t
}

/// The spoken fillers a 表现 may open with before it says anything, longest
/// first (就是说 before 就是).
const RUN_UPS: [&str; 8] = [
    "就是说",
    "其实吧",
    "其实呢",
    "说实在的",
    "说实话",
    "老实说",
    "就是",
    "其实",
];

/// `text` without the spoken fillers it opens with (就是……, 其实吧，……,
/// 说实话：……), nor `also` (a headline leaves out 我觉得 too), nor the
/// punctuation after them; 其实施方案, 其实质, 其实际 keep their words.
/// All of it when nothing would be left.
pub fn without_run_up<'a>(text: &'a str, also: &[&str]) -> &'a str {
    let mut t = text;
    while let Some(rest) = RUN_UPS
        .iter()
        .chain(also)
        .find_map(|w| t.strip_prefix(w))
        .filter(|r| !r.starts_with(['施', '质', '际']))
    {
        t = rest.trim_start_matches(['，', ',', '：', ':', '、', ' ', '　']);
    }
    match t.trim().is_empty() {
        true => text,
        false => t,
    }
}

/// A problem as next year's 材料 names it: its statement without the
/// example (理论学习还存在以干代学的情况，比如…… → 理论学习还存在以干代学的情况).
pub fn problem_headline(text: &str) -> String {
    // Nor is the person's own numbering (1、……), nor spoken lead-ins
    // (就是我觉得……).
    let text = crate::numbering::unnumbered(text);
    let t = without_run_up(text.trim(), &["我觉得", "我感觉", "感觉", "我认为"]);
    // The first place where one of the markers of an example starts.
    let cut = t
        .char_indices()
        .map(|(i, _)| i)
        .find(|&i| {
            let rest = &t[i..];
            ["，比如", "。比如", "，例如", "。例如", "，如", "；", "。"]
                .iter()
                .any(|m| rest.starts_with(m))
        })
        .unwrap_or(t.len());
    let mut head = t[..cut].trim_end_matches(['，', '。', '；', '：']).trim();
    // A long spoken sentence is named by its first clause (a name in
    // quotes, not the whole story), where that clause says something.
    if head.chars().count() > HEADLINE_CHARS {
        let first = head.split('，').next().unwrap_or(head).trim();
        if first.chars().count() >= 4 {
            head = first;
        }
    }
    if head.is_empty() {
        t.to_string()
    } else {
        head.to_string()
    }
}

/// The longest 表现 quoted as a problem's name where no 判断 is written.
const NAME_CHARS: usize = 16;

/// The length past which a problem's name is cut to its first clause.
const HEADLINE_CHARS: usize = 24;
