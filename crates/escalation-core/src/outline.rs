//! What a page shows where the widget will be, before it starts, and
//! without JavaScript or WebAssembly: the emergency advice, Exit this page
//! as a plain link, and an outline of the policy's stages with what it says
//! about time, made from the policy data (never copied by hand). The
//! widget's own page is built with it; `policy-tool snippet` gives a host
//! the same inside the element the widget goes in.

use crate::policy::Policy;
use crate::policy::Voice;

/// Where Exit this page goes unless a site sets another.
pub const DEFAULT_EXIT_URL: &str = "https://www.bbc.co.uk/weather";

/// The emergency advice every screen shows, in the same place.
pub const EMERGENCY_ADVICE: &str = "If a child is in immediate danger, call 999.";
/// Exit this page's words: the visible label, and the word read before it.
pub const EXIT_LABEL: &str = "Exit this page";
pub const EXIT_HIDDEN_LABEL: &str = "Emergency";
/// The class the loader, the failure view and the component find the
/// button by.
pub const EXIT_BUTTON_CLASS: &str = "eg-exit-this-page__button";

/// Exit this page as a plain link, which works with no script running:
/// the fallback before the widget starts and the failure view after a fault
/// both use it; the widget's component renders the same classes and words.
pub fn exit_link_html(exit_url: &str) -> String {
    exit_link(exit_url, false)
}

/// Exit this page for the iframe page's own fallback (`frame.html`): it
/// leaves the whole tab.
pub fn frame_exit_link_html(exit_url: &str) -> String {
    exit_link(exit_url, true)
}

/// The link, leaving the whole tab (`target="_top"`) when `in_frame`, so
/// that without the widget a frame's Exit this page still takes the page
/// around it away.
fn exit_link(exit_url: &str, in_frame: bool) -> String {
    format!(
        "<div class=\"eg-exit-this-page\"><a href=\"{}\"{} class=\"{EXIT_BUTTON_CLASS}\" role=\"button\" rel=\"nofollow noreferrer\"><span class=\"eg-visually-hidden\">{EXIT_HIDDEN_LABEL}</span> {EXIT_LABEL}</a></div>\n",
        escape_html(exit_url),
        if in_frame { " target=\"_top\"" } else { "" }
    )
}

/// The emergency advice as warning text, for the fallback and the failure
/// view (the widget's `emergency_warning` renders the same).
pub fn emergency_html() -> String {
    format!(
        "<div class=\"eg-warning-text eg-warning-text--emergency\"><span class=\"eg-warning-text__icon\" aria-hidden=\"true\">!</span><strong class=\"eg-warning-text__text\"><span class=\"eg-visually-hidden\">Warning</span> {EMERGENCY_ADVICE}</strong></div>\n"
    )
}

/// `text` safe inside HTML text or a double-quoted attribute.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The fallback inside the widget's element: styled by the widget's own
/// classes where its stylesheet is on the page, readable plain where not.
pub fn fallback_html(policy: &Policy, exit_url: &str) -> String {
    fallback(policy, exit_url, false)
}

/// The fallback for the iframe page: its Exit this page leaves the whole
/// tab.
pub fn frame_fallback_html(policy: &Policy, exit_url: &str) -> String {
    fallback(policy, exit_url, true)
}

fn fallback(policy: &Policy, exit_url: &str, in_frame: bool) -> String {
    let e = escape_html;
    let mut html = String::new();
    html.push_str("<div class=\"eg\"><div class=\"eg-width-container\">\n");
    html.push_str(&exit_link(exit_url, in_frame));
    html.push_str(&emergency_html());
    html.push_str("<p class=\"eg-body\">The guide is loading. If it does not start, this is the outline of the policy; speak to your Designated Safeguarding Lead.</p>\n");
    let (date_label, date) = policy.date_in_words();
    html.push_str(&format!(
        "<h2 class=\"eg-heading-m\">{}</h2>\n<p class=\"eg-body\">{}. {}: {}. {}.</p>\n",
        e(&policy.title),
        e(&policy.area),
        date_label,
        e(&date),
        e(&policy.status_in_words())
    ));
    if let Some(superseded) = policy.superseded_in_words() {
        html.push_str(&format!(
            "<p class=\"eg-body eg-bold\">{}</p>\n",
            e(&superseded)
        ));
    }
    html.push_str("<ol class=\"eg-list\">\n");
    for stage in &policy.stages {
        let time = policy
            .time_at(stage.number)
            .map(|time| time.summary().join(". "))
            .unwrap_or_default();
        // The outline gives the policy's own words for who is involved,
        // each in quotation marks with its source.
        let who: Vec<String> = stage
            .who
            .iter()
            .map(|item| {
                e(&format!(
                    "{} (Source: {})",
                    Voice::quoted(item.policy_words()),
                    item.source.section
                ))
            })
            .collect();
        html.push_str(&format!(
            "<li><strong>{}</strong>. {}. Who: {}</li>\n",
            e(&stage.heading()),
            e(&time),
            who.join("; ")
        ));
    }
    html.push_str("</ol>\n");
    html.push_str(
        "<noscript><p class=\"eg-body\">This guide needs JavaScript to run.</p></noscript>\n",
    );
    html.push_str("</div></div>\n");
    html
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::built_in_policy;

    #[test]
    fn the_outline_lists_every_stage_with_its_time_from_the_data() {
        let policy = built_in_policy("bedfordshire-luton-2018").unwrap();
        let html = fallback_html(policy, DEFAULT_EXIT_URL);
        for stage in &policy.stages {
            assert!(html.contains(&escape_html(&stage.heading())));
        }
        assert!(html.contains("Timescales in a table not in the published policy"));
        assert!(html.contains("If a child is in immediate danger, call 999."));
        assert!(html.contains("href=\"https://www.bbc.co.uk/weather\""));
    }

    #[test]
    fn policy_text_cannot_become_markup() {
        let mut policy = built_in_policy("white-rock-preschool").unwrap().clone();
        policy.stages[0].title = "<script>alert(1)</script> & \"more\"".into();
        let html = fallback_html(&policy, "https://example.org/?a=1&b=\"2\"");
        assert!(!html.contains("<script>"));
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;more&quot;"));
        assert!(html.contains("href=\"https://example.org/?a=1&amp;b=&quot;2&quot;\""));
    }

    #[test]
    fn a_superseded_policy_says_so_in_its_outline() {
        let html = fallback_html(
            built_in_policy("berkshire-lscb-2017").unwrap(),
            DEFAULT_EXIT_URL,
        );
        assert!(html.contains("This policy has been superseded by"));
    }
}
