//! The office formats: a STORED zip, XML text, the 材料 and tables as Word
//! documents, tables as Excel workbooks.

mod docx;
mod wordml;
mod xlsx;
mod xml;
mod zip;

pub use docx::{column_twips, plain_docx, report_docx, table_docx, TABLE_TWIPS};
pub use xlsx::{column_name, sheet_name, table_xlsx, XLSX_CELL_MAX};
pub use xml::xml_text;
pub use zip::{crc32, zip_stored};
