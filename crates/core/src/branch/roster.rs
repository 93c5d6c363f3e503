//! 应交名单: who is to hand in a 问题清单, against who has: the line a
//! secretary reads to know whom to chase (应交12人，已交9人，未交3人：…).

use super::summary::Summary;

/// The names typed as a roster, split at 顿号, commas, semicolons, spaces
/// and line breaks, each once, in the order typed.
pub fn parse_roster(text: &str) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for name in text.split(|c: char| "、,，;；".contains(c) || c.is_whitespace()) {
        if !name.is_empty() && !names.iter().any(|n| n == name) {
            names.push(name.to_string());
        }
    }
    names
}

/// A name as compared: without the spaces a list may align it with (王　芳).
fn bare(name: &str) -> String {
    name.chars().filter(|c| !c.is_whitespace()).collect()
}

impl Summary {
    /// 应交12人，已交9人，未交3人：张三、李四、王五。 (or 应交12人，已全部交齐。),
    /// then 名单外已交：… for members the roster does not name (a typo, or
    /// someone from elsewhere); `None` without a roster. A member counts as
    /// handed in by name, whatever their rows.
    pub fn roster_line(&self) -> Option<String> {
        if self.roster.is_empty() {
            return None;
        }
        let handed: Vec<String> = self.members.iter().map(|m| bare(&m.name)).collect();
        let missing: Vec<&str> = self
            .roster
            .iter()
            .filter(|n| !handed.contains(&bare(n)))
            .map(String::as_str)
            .collect();
        let expected = self.roster.len();
        let mut line = match missing.len() {
            0 => format!("应交{expected}人，已全部交齐。"),
            k => format!(
                "应交{expected}人，已交{}人，未交{k}人：{}。",
                expected - k,
                missing.join("、")
            ),
        };
        let listed: Vec<String> = self.roster.iter().map(|n| bare(n)).collect();
        let outside: Vec<&str> = self
            .members
            .iter()
            .filter(|m| !listed.contains(&bare(&m.name)))
            .map(|m| m.name.trim())
            .collect();
        if !outside.is_empty() {
            line.push_str(&format!("名单外已交：{}。", outside.join("、")));
        }
        Some(line)
    }
}
