//! The office formats: a STORED zip, XML text, the 材料 and tables as Word
//! documents, tables as Excel workbooks, plain text as Windows' Notepad
//! reads it.

mod docx;
mod wordml;
mod xlsx;
mod xml;
mod zip;

pub use docx::{column_twips, plain_docx, report_docx, table_docx, TABLE_TWIPS};
pub use xlsx::{column_name, sheet_name, table_xlsx, XLSX_CELL_MAX};
pub use xml::xml_text;
pub use zip::{crc32, zip_stored};

/// Plain text as a Windows PC opens it: a byte-order mark (Notepad before
/// Windows 10 reads UTF-8 without one as the local code page, GBK on a
/// Chinese PC) and CRLF line ends (before Windows 10 1809 it shows LF-only
/// text as one line).
pub fn windows_text(text: &str) -> String {
    "\u{feff}".to_string() + &text.replace("\r\n", "\n").replace('\n', "\r\n")
}
