//! A point of the briefing as it is presented: its label, its words in
//! their voice (this guide's own labelled as such), and a small number
//! for its source, listed at the foot of the slide.

use escalation_core::briefing::{Point, Voice};
use escalation_core::policy::Voice as PolicyVoice;
use yew::prelude::*;

/// A point's small source mark: its number in the list at the foot.
fn mark(number: Option<usize>) -> Html {
    match number {
        Some(number) => html! {
            <sup class="eg-slide__mark">
                <span class="eg-visually-hidden">{ " (source " }</span>{ number }
                <span class="eg-visually-hidden">{ ")" }</span>
            </sup>
        },
        None => Html::default(),
    }
}

/// One point as presented: its label, its words in their voice (this
/// guide's own labelled), and its mark.
pub fn slide_point(point: &Point, number: Option<usize>, given: Option<Html>) -> Html {
    let text = match point.voice {
        Voice::Quote => {
            html! { <q class="eg-quote-text eg-policy-voice">{ point.text.clone() }</q> }
        }
        Voice::Summary => html! {
            <>
                <span class="eg-guide-label">{ format!("{}: ", PolicyVoice::SUMMARY_LABEL) }</span>
                <span class="eg-guide-voice">{ point.text.clone() }</span>
            </>
        },
        Voice::Note => html! {
            <>
                <span class="eg-guide-label">{ format!("{}: ", PolicyVoice::NOTE_LABEL) }</span>
                <span class="eg-guide-voice">{ point.text.clone() }</span>
            </>
        },
        Voice::Silence => html! { <span class="eg-silent">{ point.text.clone() }</span> },
        Voice::Guide => html! { { point.text.clone() } },
    };
    html! {
        <li>
            if let Some(label) = &point.label {
                <span class="eg-bold">{ format!("{label}: ") }</span>
            }
            { text }{ mark(number) }
            if let Some(given) = given {
                <span class="eg-contact--given">{ "Given by this website: " }{ given }</span>
            }
        </li>
    }
}
