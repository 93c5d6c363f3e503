//! A line-then-sentence diff of two texts, to show the person how the
//! generated 材料 has changed since they edited it. Lines are compared first
//! (a longest common subsequence); a removed line and a nearby added line that
//! share a sentence are then compared by sentence (split after 。；！？), so
//! that a changed sentence stands out of its long paragraph. Pure and
//! bounded: a stretch too long to compare is shown as removed, then added.

/// What became of a piece of the old text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    Kept,
    Removed,
    Added,
}

/// A stretch of text with one fate: kept, removed or added.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Run {
    pub change: Change,
    pub text: String,
}

/// One line of the diff: a kept, removed or added line is one run; a line
/// changed in place is its sentences' runs, in reading order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DiffLine {
    pub runs: Vec<Run>,
}

impl DiffLine {
    /// Whether the line is as it was.
    pub fn is_kept(&self) -> bool {
        self.runs.iter().all(|r| r.change == Change::Kept)
    }
}

/// The most cells of the comparison table (old × new pieces in a stretch
/// between common ends): beyond it the stretch is not looked into.
const MAX_CELLS: usize = 1 << 20;

/// How many added lines after the last pairing a removed line is tried with.
const PAIR_WINDOW: usize = 8;

/// The diff from `old` to `new`, line by line.
pub fn diff_text(old: &str, new: &str) -> Vec<DiffLine> {
    let (a, b): (Vec<&str>, Vec<&str>) = (old.lines().collect(), new.lines().collect());
    let mut out = Vec::new();
    let (mut dels, mut adds) = (Vec::new(), Vec::new());
    // A last kept step past the end flushes the last changes.
    for (change, i) in ops(&a, &b).into_iter().chain([(Change::Kept, a.len())]) {
        match change {
            Change::Removed => dels.push(a[i]),
            Change::Added => adds.push(b[i]),
            Change::Kept => {
                changed_block(&dels, &adds, &mut out);
                dels.clear();
                adds.clear();
                out.extend(a.get(i).map(|l| line(Change::Kept, l)));
            }
        }
    }
    out
}

/// The sentences of a line, each with its closing mark (and any closing
/// quote or bracket after it); the rest of the line is the last sentence.
pub fn sentences(line: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut after_mark = false;
    for (i, c) in line.char_indices() {
        if matches!(c, '。' | '；' | '！' | '？') {
            after_mark = true;
        } else if after_mark && !matches!(c, '”' | '’' | '」' | '』' | '）' | '》') {
            out.push(&line[start..i]);
            start = i;
            after_mark = false;
        }
    }
    if start < line.len() {
        out.push(&line[start..]);
    }
    out
}

/// The lines to show: the changed ones, each with up to `context` kept
/// lines around it; `None` stands for kept lines left out. Nothing when
/// nothing changed.
pub fn around_changes(lines: &[DiffLine], context: usize) -> Vec<Option<&DiffLine>> {
    let changed: Vec<bool> = lines.iter().map(|l| !l.is_kept()).collect();
    let near = |i: usize| {
        let end = (i + context).min(lines.len().saturating_sub(1));
        changed[i.saturating_sub(context)..=end].contains(&true)
    };
    let mut out = Vec::new();
    let mut gap = false;
    for (i, l) in lines.iter().enumerate() {
        if near(i) {
            if gap {
                out.push(None);
                gap = false;
            }
            out.push(Some(l));
        } else {
            gap = true;
        }
    }
    if gap && !out.is_empty() {
        out.push(None);
    }
    out
}

fn line(change: Change, text: &str) -> DiffLine {
    DiffLine {
        runs: vec![Run {
            change,
            text: text.to_string(),
        }],
    }
}

/// Lines `dels` replaced by lines `adds`: a removed line is paired with
/// the first added line near it that shares a sentence; added lines passed
/// over, and lines left unpaired, stand whole.
fn changed_block(dels: &[&str], adds: &[&str], out: &mut Vec<DiffLine>) {
    let mut next = 0;
    for d in dels {
        let window = next..adds.len().min(next + PAIR_WINDOW);
        let paired = window
            .into_iter()
            .find_map(|k| Some((k, sentence_runs(d, adds[k])?)));
        match paired {
            Some((k, runs)) => {
                out.extend(adds[next..k].iter().map(|l| line(Change::Added, l)));
                out.push(DiffLine { runs });
                next = k + 1;
            }
            None => out.push(line(Change::Removed, d)),
        }
    }
    out.extend(adds[next..].iter().map(|l| line(Change::Added, l)));
}

/// The runs from `old` to `new` by sentence; `None` when they share none.
fn sentence_runs(old: &str, new: &str) -> Option<Vec<Run>> {
    let (a, b) = (sentences(old), sentences(new));
    let ops = ops(&a, &b);
    if !ops.iter().any(|(c, _)| *c == Change::Kept) {
        return None;
    }
    let mut runs: Vec<Run> = Vec::new();
    // Within a stretch of changes the old sentences come first, then the
    // new: the added ones wait for the next kept sentence or the end.
    let mut added = String::new();
    for (change, i) in ops.into_iter().chain([(Change::Kept, a.len())]) {
        let text = match change {
            Change::Added => {
                added.push_str(b[i]);
                continue;
            }
            Change::Removed => a[i],
            Change::Kept => {
                if !added.is_empty() {
                    let text = std::mem::take(&mut added);
                    runs.push(Run {
                        change: Change::Added,
                        text,
                    });
                }
                match a.get(i) {
                    Some(t) => t,
                    None => break,
                }
            }
        };
        match runs.last_mut() {
            Some(r) if r.change == change => r.text.push_str(text),
            _ => runs.push(Run {
                change,
                text: text.to_string(),
            }),
        }
    }
    Some(runs)
}

/// The steps from `a` to `b` keeping a longest common subsequence, each
/// with its index in `a` (kept, removed) or `b` (added): the common ends
/// are kept at once, the middle compared in an O(n·m) table unless it has
/// more than [`MAX_CELLS`] cells.
fn ops(a: &[&str], b: &[&str]) -> Vec<(Change, usize)> {
    let pre = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let suf = a[pre..]
        .iter()
        .rev()
        .zip(b[pre..].iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (x, y) = (&a[pre..a.len() - suf], &b[pre..b.len() - suf]);
    let (n, m, w) = (x.len(), y.len(), y.len() + 1);
    let mut out: Vec<(Change, usize)> = (0..pre).map(|i| (Change::Kept, i)).collect();
    // t[i * w + j]: the longest common subsequence of x[i..] and y[j..]
    // (at most 1024 long within MAX_CELLS, so u16 holds it); no table past
    // the bound, and then the middle is removed, then added.
    let cells = if n.saturating_mul(m) <= MAX_CELLS {
        (n + 1) * w
    } else {
        0
    };
    let mut t = vec![0u16; cells];
    if cells > 0 {
        for i in (0..n).rev() {
            for j in (0..m).rev() {
                t[i * w + j] = if x[i] == y[j] {
                    t[(i + 1) * w + j + 1] + 1
                } else {
                    t[(i + 1) * w + j].max(t[i * w + j + 1])
                };
            }
        }
    }
    let (mut i, mut j) = (0, 0);
    while i < n || j < m {
        if i < n && j < m && x[i] == y[j] {
            out.push((Change::Kept, pre + i));
            (i, j) = (i + 1, j + 1);
        } else if j == m || (i < n && t.get(i * w + w + j) >= t.get(i * w + j + 1)) {
            out.push((Change::Removed, pre + i));
            i += 1;
        } else {
            out.push((Change::Added, pre + j));
            j += 1;
        }
    }
    out.extend((pre + n..a.len()).map(|i| (Change::Kept, i)));
    out
}
