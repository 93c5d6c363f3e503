//! A table of text: headers and rows of cells. The ledger's printed table,
//! its carried rows and every table of the comparison are drawn by this one
//! function: a table is data. These tables are small and redrawn only with
//! their page.

use yew::prelude::*;

/// The table: `class` on it, `testid` as its `data-testid`.
pub fn text_table(
    class: &'static str,
    testid: Option<&'static str>,
    headers: &[String],
    rows: &[Vec<String>],
) -> Html {
    debug_assert!(
        rows.iter().all(|r| r.len() == headers.len()),
        "a cell per column"
    );
    html! {
        <table {class} data-testid={testid}>
            <thead><tr>{ for headers.iter().map(|h| html! { <th scope="col">{ h }</th> }) }</tr></thead>
            <tbody>
                // Each cell names its column (a narrow screen shows the rows
                // as cards, the header hidden).
                { for rows.iter().map(|r| html! {
                    <tr>{ for r.iter().zip(headers).map(|(c, h)| html! { <td data-label={h.clone()}>{ c }</td> }) }</tr>
                }) }
            </tbody>
        </table>
    }
}
