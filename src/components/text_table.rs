//! A table of text: headers and rows of cells. The ledger's printed table,
//! its carried rows and every table of the comparison are drawn by this one
//! component, so each costs data, not code.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TextTableProps {
    pub headers: Vec<String>,
    pub rows: Vec<Vec<String>>,
    #[prop_or_default]
    pub class: Classes,
    #[prop_or_default]
    pub testid: Option<AttrValue>,
}

#[function_component]
pub fn TextTable(props: &TextTableProps) -> Html {
    html! {
        <table class={props.class.clone()} data-testid={props.testid.clone()}>
            <thead><tr>{ for props.headers.iter().map(|h| html! { <th scope="col">{ h }</th> }) }</tr></thead>
            <tbody>
                { for props.rows.iter().map(|r| html! {
                    <tr>{ for r.iter().map(|c| html! { <td>{ c }</td> }) }</tr>
                }) }
            </tbody>
        </table>
    }
}
