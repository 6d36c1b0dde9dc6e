//! One part of the 7-minute briefing as it is presented: its title, a
//! picture where the part has one (the flowchart, the timeline), its
//! points in their voices with small numbered source marks, and the
//! sources listed at the foot. Fitted to the screen (`use_fit_screen`):
//! points that do not fit are left to the notes and the handout, and the
//! slide says how many.

use std::rc::Rc;

use escalation_core::briefing::{Part, Point, SourceMarks, Visual};
use yew::prelude::*;

use crate::components::contacts::details;
use crate::components::slide_point::slide_point;
use crate::components::slide_visuals::{slide_flowchart, slide_timeline};
use crate::hooks::fit_screen::use_fit_screen;
use crate::hooks::page::use_page;

#[derive(Properties, PartialEq)]
pub struct SlideProps {
    pub parts: Rc<Vec<Part>>,
    /// 1 to 7.
    pub number: u8,
    /// Fitted to the whole screen (the widget's own page, the iframe page,
    /// full screen); on a host's page, a screen high.
    pub whole_screen: bool,
    /// Where the points that do not fit are: "in the presenter view", or
    /// "below" where the part's notes show under it.
    pub rest_is: &'static str,
}

#[component]
pub fn Slide(props: &SlideProps) -> Html {
    let page = use_page();
    let policy: &escalation_core::Policy = &page.policy;
    let part = &props.parts[usize::from(props.number.clamp(1, 7) - 1)];
    let total: usize = part.slide.iter().map(|section| section.points.len()).sum();
    let slide = use_node_ref();
    let body = use_node_ref();
    let fit = use_fit_screen(
        slide.clone(),
        body.clone(),
        props.number,
        total,
        props.whole_screen,
    );
    // The points that fit, in order: the picture's, then the sections'.
    let timeline: &[escalation_core::briefing::TimeMark] = match &part.visual {
        Some(Visual::Timeline(time_marks)) => time_marks,
        _ => &[],
    };
    let shown = timeline.iter().flat_map(|mark| &mark.points).chain(
        part.slide
            .iter()
            .flat_map(|section| &section.points)
            .take(fit.shown),
    );
    // Numbered for what is on the screen only.
    let marks = SourceMarks::of(policy, shown);
    let number_of = |point: &Point| marks.number(policy, point);
    let given = |point: &Point| {
        point
            .role
            .as_ref()
            .and_then(|role| page.contacts.get(role))
            .map(details)
    };

    // The sections, as far as the points that fit.
    let mut left = fit.shown;
    let sections: Vec<Html> = part
        .slide
        .iter()
        .filter_map(|section| {
            let take = left.min(section.points.len());
            left -= take;
            (take > 0).then(|| {
                html! {
                    <section class="eg-slide__section">
                        <h2 class="eg-slide__heading">{ section.heading.clone() }</h2>
                        <ul class="eg-list eg-list--bullet">
                            { for section.points[..take].iter().map(|p| slide_point(p, number_of(p), given(p))) }
                        </ul>
                    </section>
                }
            })
        })
        .collect();
    let hidden = total - fit.shown.min(total);
    let scale = (fit.scale < 100).then(|| format!("font-size: {}%", fit.scale));
    let visual = match &part.visual {
        Some(Visual::Flowchart) => html! {
            <div class="eg-slide__visual" style={scale}>{ slide_flowchart(policy) }</div>
        },
        Some(Visual::Timeline(time_marks)) => html! {
            <div class="eg-slide__visual" style={scale}>{ slide_timeline(time_marks, &number_of) }</div>
        },
        None => Html::default(),
    };
    let visual_class = match &part.visual {
        Some(Visual::Flowchart | Visual::Timeline(_)) => Some("eg-slide__body--above"),
        None => None,
    };
    let style = fit.height.map(|height| format!("height: {height}px"));
    html! {
        <div class="eg-slide" ref={slide} {style}>
            <h1 class="eg-present__title" tabindex="-1">
                <span class="eg-present__counter">
                    { part.counter() }<span class="eg-visually-hidden">{ ": " }</span>
                </span>
                { part.title }
            </h1>
            <div class={classes!("eg-slide__body", visual_class)} ref={body}>
                { visual }
                <div class="eg-slide__points">{ for sections }</div>
            </div>
            if hidden > 0 {
                <p class="eg-slide__more">
                    { format!("{} {}.", escalation_core::count(hidden, "more point"), props.rest_is) }
                </p>
            }
            if !marks.sources.is_empty() {
                <div class="eg-slide__sources">
                    <h2 class="eg-visually-hidden">{ "Sources" }</h2>
                    <ol class="eg-slide__source-list">
                        { for marks.sources.iter().map(|words| html! { <li>{ words.clone() }</li> }) }
                    </ol>
                </div>
            }
        </div>
    }
}

/// The whole part, small and unfitted, for the presenter: its picture, then
/// every point it presents, each with its source's number and the sources
/// listed after.
pub fn whole_part(policy: &escalation_core::Policy, part: &Part) -> Html {
    let marks = SourceMarks::of(policy, part.slide_points());
    let number_of = |point: &Point| marks.number(policy, point);
    html! {
        <div class="eg-whole-part">
            { match &part.visual {
                Some(Visual::Flowchart) => slide_flowchart(policy),
                Some(Visual::Timeline(time_marks)) => slide_timeline(time_marks, &number_of),
                None => Html::default(),
            } }
            { for part.slide.iter().map(|section| html! {
                <>
                    <h3 class="eg-heading-s">{ section.heading.clone() }</h3>
                    <ul class="eg-list eg-list--bullet">
                        { for section.points.iter().map(|point| slide_point(point, number_of(point), None)) }
                    </ul>
                </>
            }) }
            if !marks.sources.is_empty() {
                <h3 class="eg-heading-s">{ "Sources" }</h3>
                <ol class="eg-list">
                    { for marks.sources.iter().map(|words| html! { <li>{ words.clone() }</li> }) }
                </ol>
            }
        </div>
    }
}
