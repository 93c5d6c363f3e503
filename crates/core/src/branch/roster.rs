//! 应交名单: who is to hand in a 问题清单, against who has: the line a
//! secretary reads to know whom to chase (应交12人，已交9人，未交3人：…).

use super::summary::{Member, Summary};

/// The names typed as a roster, split at 顿号, commas, semicolons, line
/// breaks and spaces, each once, in the order typed. One-character parts
/// between spaces are one name aligned with them (王　芳, as a list in a
/// document writes a two-character name).
pub fn parse_roster(text: &str) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    let mut add = |name: &mut String| {
        if !name.is_empty() && !names.iter().any(|n| n == name) {
            names.push(std::mem::take(name));
        }
        name.clear();
    };
    for piece in text.split(|c: char| "、,，;；\n\r".contains(c)) {
        let mut aligned = String::new();
        for part in piece.split_whitespace() {
            if part.chars().count() == 1 {
                aligned.push_str(part);
            } else {
                add(&mut aligned);
                add(&mut part.to_string());
            }
        }
        add(&mut aligned);
    }
    names
}

/// A name as compared: without the spaces a list may align it with (王　芳).
fn bare(name: &str) -> String {
    name.chars().filter(|c| !c.is_whitespace()).collect()
}

impl Summary {
    /// 应交12人，已交9人，未交3人：张三、李四、王五。 (or 应交12人，已全部交齐。),
    /// then 不在名单内但已交：…（请核对姓名）。 for members the roster does
    /// not name (a typo, or someone from elsewhere); `None` without a
    /// roster. A member counts as
    /// handed in by name, whatever their rows.
    pub fn roster_line(&self) -> Option<String> {
        // As typed here, or as a file holds it (hand-edited: blanks and
        // repeats left out).
        let mut listed: Vec<(String, &str)> = Vec::new();
        for name in &self.roster {
            let key = bare(name);
            if !key.is_empty() && !listed.iter().any(|(k, _)| *k == key) {
                listed.push((key, name.trim()));
            }
        }
        if listed.is_empty() {
            return None;
        }
        let handed: Vec<String> = self.members.iter().map(|m| bare(&m.name)).collect();
        let missing: Vec<&str> = listed
            .iter()
            .filter(|(k, _)| !handed.contains(k))
            .map(|(_, n)| *n)
            .collect();
        let expected = listed.len();
        let mut line = match missing.len() {
            0 => format!("应交{expected}人，已全部交齐。"),
            k => format!(
                "应交{expected}人，已交{}人，未交{k}人：{}。",
                expected - k,
                missing.join("、")
            ),
        };
        let outside: Vec<&str> = (self.members.iter().zip(&handed))
            .filter(|(_, h)| !listed.iter().any(|(k, _)| k == *h))
            .map(|(m, _)| m.shown_name())
            .collect();
        if !outside.is_empty() {
            line.push_str(&format!(
                "不在名单内但已交：{}（请核对姓名）。",
                outside.join("、")
            ));
        }
        Some(line)
    }

    /// The members whose file lists no problem (none, or only removed
    /// ones): the table has no heading for them, so the counts' 共N名同志
    /// would not say who. `None` when every member lists one.
    pub fn empty_line(&self) -> Option<String> {
        let empty: Vec<&str> = (self.members.iter())
            .filter(|m| m.rows.iter().all(|r| r.removed))
            .map(Member::shown_name)
            .collect();
        (!empty.is_empty())
            .then(|| format!("{}交来的问题清单中没有问题，请核对。", empty.join("、")))
    }
}

impl Member {
    /// The member's name as the 汇总's lines name them: （未填姓名） for a
    /// file sent without one.
    pub fn shown_name(&self) -> &str {
        self.name_or("（未填姓名）")
    }

    /// The member's name, or `unnamed` for a file sent without one (未填姓名
    /// inside a line's own brackets).
    pub fn name_or<'a>(&'a self, unnamed: &'a str) -> &'a str {
        match self.name.trim() {
            "" => unnamed,
            name => name,
        }
    }
}
