//! A titled table of text: what the ledger exports (.xlsx, landscape .docx)
//! are written from. It knows nothing of the ledger itself.

/// A table to print or export.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Table {
    /// Short name: the spreadsheet's sheet tab (e.g. 整改台账).
    pub name: String,
    /// The title line, e.g. 2026年度个人整改台账.
    pub title: String,
    /// The line under the title: 单位、姓名、年度.
    pub subtitle: String,
    /// Column headers, printed again at the top of every page.
    pub headers: Vec<String>,
    /// Column widths in spreadsheet character units (one CJK character is
    /// about 2); one per header. Missing widths count as 10.
    pub widths: Vec<u32>,
    /// The rows; a row shorter than the headers has empty cells, a longer
    /// one is cut to the headers' number.
    pub rows: Vec<Vec<String>>,
    /// Lines under the table (a section after it, the signatures).
    pub notes: Vec<String>,
}

impl Table {
    /// The width of column `i`.
    pub fn width(&self, i: usize) -> u32 {
        self.widths.get(i).copied().unwrap_or(10).clamp(1, 255)
    }

    /// Row `r`'s cells, exactly as many as there are headers.
    pub fn cells<'a>(&self, row: &'a [String]) -> Vec<&'a str> {
        (0..self.headers.len())
            .map(|i| row.get(i).map_or("", String::as_str))
            .collect()
    }
}
