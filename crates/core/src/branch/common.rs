//! Common problems: rows of several members that come from the same
//! checklist item, or that sit under the same aspect and read alike (at
//! least half of their 表现's character pairs shared, Dice's measure, over
//! the problem's statement without its example).

use crate::problem::problem_headline;

use super::summary::Summary;

/// A problem raised by several members.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CommonProblem {
    /// The members who raised it, by name, in the 汇总's order.
    pub names: Vec<String>,
    /// The aspect most of its rows are under ("" when none).
    pub aspect: String,
    /// Its rows' statements, shortest first, one of those that read alike
    /// (办事拖拉；工作效率低), joined by "；".
    pub label: String,
    /// Its rows: (member index, row index) in the 汇总.
    pub rows: Vec<(usize, usize)>,
}

impl CommonProblem {
    /// 3名同志（张三、李四、王五）查摆了专心专注练本领方面的相近问题：理论学习不够深入
    pub fn line(&self) -> String {
        let who = format!("{}名同志（{}）", self.names.len(), self.names.join("、"));
        let what = match self.label.as_str() {
            "" => String::new(),
            l => format!("：{l}"),
        };
        match self.aspect.as_str() {
            "" => format!("{who}查摆了相近问题{what}"),
            a => format!("{who}查摆了{a}方面的相近问题{what}"),
        }
    }
}

/// The character pairs of a statement, sorted, each once, punctuation
/// left out.
fn pairs(text: &str) -> Vec<(char, char)> {
    let chars: Vec<char> = problem_headline(text)
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect();
    let mut out: Vec<(char, char)> = Vec::with_capacity(chars.len());
    for w in chars.windows(2) {
        if let Err(at) = out.binary_search(&(w[0], w[1])) {
            out.insert(at, (w[0], w[1]));
        }
    }
    out
}

fn dice(a: &[(char, char)], b: &[(char, char)]) -> bool {
    if a.is_empty() || b.is_empty() {
        return false;
    }
    let (mut i, mut j, mut shared) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                i += 1;
                j += 1;
            }
        }
    }
    2 * shared * 2 >= a.len() + b.len()
}

/// Whether two 表现 read alike (the rule above).
pub fn reads_alike(a: &str, b: &str) -> bool {
    dice(&pairs(a), &pairs(b))
}

fn root(parent: &mut [usize], mut i: usize) -> usize {
    while parent[i] != i {
        parent[i] = parent[parent[i]];
        i = parent[i];
    }
    i
}

/// The common problems of a 汇总 (removed rows left out), those raised by
/// the most members first.
pub fn common_problems(s: &Summary) -> Vec<CommonProblem> {
    struct Live<'a> {
        at: (usize, usize),
        member: &'a str,
        aspect: &'a str,
        item: Option<&'a crate::problem::ItemLink>,
        text: &'a str,
        pairs: Vec<(char, char)>,
    }
    let mut live = Vec::new();
    for (m, member) in s.members.iter().enumerate() {
        for (r, row) in member.rows.iter().enumerate().filter(|(_, r)| !r.removed) {
            let p = &row.problem;
            live.push(Live {
                at: (m, r),
                member: &member.draft,
                aspect: p.aspect.trim(),
                item: p.item.as_ref(),
                text: &p.text,
                pairs: pairs(&p.text),
            });
        }
    }
    let mut parent: Vec<usize> = (0..live.len()).collect();
    for i in 0..live.len() {
        for j in i + 1..live.len() {
            let (a, b) = (&live[i], &live[j]);
            let same_item = a.item.is_some() && a.item == b.item;
            if a.member != b.member
                && (same_item || (a.aspect == b.aspect && dice(&a.pairs, &b.pairs)))
            {
                let (ra, rb) = (root(&mut parent, i), root(&mut parent, j));
                parent[rb] = ra;
            }
        }
    }
    let mut groups: Vec<(usize, Vec<usize>)> = Vec::new();
    for i in 0..live.len() {
        let r = root(&mut parent, i);
        match groups.iter_mut().find(|(g, _)| *g == r) {
            Some((_, v)) => v.push(i),
            None => groups.push((r, vec![i])),
        }
    }
    let found = groups.into_iter().filter_map(|(_, idx)| {
        let mut members: Vec<&str> = Vec::new();
        let mut names: Vec<String> = Vec::new();
        for &i in &idx {
            if !members.contains(&live[i].member) {
                members.push(live[i].member);
                // Inside the line's own brackets: 未填姓名, not （未填姓名）.
                let name = s.members[live[i].at.0].name_or("未填姓名");
                names.push(name.to_string());
            }
        }
        if members.len() < 2 {
            return None;
        }
        // The aspect most of its rows are under (the first in order among
        // as many).
        let (mut aspect, mut most) = ("", 0);
        for &i in &idx {
            let a = live[i].aspect;
            let n = idx.iter().filter(|&&j| live[j].aspect == a).count();
            if n > most || (n == most && a < aspect) {
                (aspect, most) = (a, n);
            }
        }
        // Its statements, shortest first (in order among as short), each
        // unless it reads like one already named: rows of one item may say
        // different things, and no member's words stand for another's.
        let mut heads: Vec<String> = Vec::new();
        for &i in &idx {
            let h = problem_headline(live[i].text);
            let len = h.chars().count();
            let at = heads.iter().position(|o| {
                let n = o.chars().count();
                n > len || (n == len && *o > h)
            });
            heads.insert(at.unwrap_or(heads.len()), h);
        }
        let mut named: Vec<String> = Vec::new();
        for h in heads {
            // A row with no statement (a measure alone) names nothing.
            if !h.is_empty() && !named.iter().any(|n| reads_alike(n, &h)) {
                named.push(h);
            }
        }
        let label = named.join("；");
        Some(CommonProblem {
            names,
            aspect: aspect.to_string(),
            label,
            rows: idx.iter().map(|&i| live[i].at).collect(),
        })
    });
    // By members, most first; in the order found among equals.
    let mut out: Vec<CommonProblem> = Vec::new();
    for c in found {
        let at = out.iter().position(|o| o.names.len() < c.names.len());
        out.insert(at.unwrap_or(out.len()), c);
    }
    out
}
