use yew::prelude::*;

/// One row: a key, its value, and optionally a "Change" link.
#[derive(Clone, PartialEq)]
pub struct SummaryRow {
    pub key: AttrValue,
    pub value: Html,
    pub change: Option<Callback<()>>,
}

impl SummaryRow {
    pub fn new(key: impl Into<AttrValue>, value: impl Into<Html>) -> Self {
        SummaryRow {
            key: key.into(),
            value: value.into(),
            change: None,
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct SummaryListProps {
    pub rows: Vec<SummaryRow>,
}

/// Key and value pairs as a description list (GOV.UK summary list). A
/// "Change" link's hidden text names its key, so screen reader users hear
/// "Change area" rather than a row of identical "Change" links.
#[component]
pub fn SummaryList(props: &SummaryListProps) -> Html {
    html! {
        <dl class="eg-summary-list">
            { for props.rows.iter().map(|row| html! {
                <div class="eg-summary-list__row">
                    <dt class="eg-summary-list__key">{ row.key.clone() }</dt>
                    <dd class="eg-summary-list__value">{ row.value.clone() }</dd>
                    if let Some(change) = &row.change {
                        <dd class="eg-summary-list__actions">
                            <a href="#" onclick={change.reform(|event: MouseEvent| event.prevent_default())}>
                                { "Change" }
                                <span class="eg-visually-hidden">{ format!(" {}", row.key.to_ascii_lowercase()) }</span>
                            </a>
                        </dd>
                    }
                </div>
            }) }
        </dl>
    }
}

/// The policy's name, area, date and status, as rows.
pub fn policy_rows(policy: &escalation_core::Policy) -> Vec<SummaryRow> {
    policy
        .summary_rows()
        .into_iter()
        .map(|(key, value)| SummaryRow::new(key, value))
        .collect()
}
