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
    html! {
        <table {class} data-testid={testid}>
            <thead><tr>{ for headers.iter().map(|h| html! { <th scope="col">{ h }</th> }) }</tr></thead>
            <tbody>
                { for rows.iter().map(|r| html! {
                    <tr>{ for r.iter().map(|c| html! { <td>{ c }</td> }) }</tr>
                }) }
            </tbody>
        </table>
    }
}
