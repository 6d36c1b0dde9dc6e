//! A presented part on one screen: the slide is as tall as the screen below
//! where it starts, and if its points still do not fit, the last ones are
//! left to the notes and the handout (the slide says how many), so nothing
//! scrolls on a projector whatever the policy says. Measured in the
//! browser after each render, because only the browser knows how long a
//! line of words is; again when the window changes size.

use gloo_events::EventListener;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;
use yew::prelude::*;

use crate::browser;

/// No slide is made shorter than this, in CSS pixels: on a phone the page
/// scrolls instead.
const MIN_HEIGHT: f64 = 320.0;

#[derive(Clone, Debug, PartialEq)]
pub struct Fit {
    /// What the measurements are for: the part, and the window's size.
    key: (u8, u32),
    /// The slide's height, once measured.
    pub height: Option<f64>,
    /// How many of the part's points are shown.
    pub shown: usize,
    /// The type size of the slide's picture, in per cent: smaller when it
    /// does not fit on its own.
    pub scale: u8,
}

/// A width change no bigger than this is a scroll bar coming or going.
const SCROLL_BAR_AT_MOST: f64 = 30.0;

/// Below this width or height (and not full screen), a part is not fitted:
/// on a phone the page scrolls, and every point shows.
const SMALLEST_FITTED: (f64, f64) = (641.0, 500.0);

/// The smallest type a picture is drawn with, in per cent.
const MIN_SCALE: u8 = 50;

pub enum Step {
    Start { key: (u8, u32), total: usize },
    Height(f64),
    Fewer,
    Smaller,
}

impl Reducible for Fit {
    type Action = Step;
    fn reduce(self: std::rc::Rc<Self>, step: Step) -> std::rc::Rc<Self> {
        let mut next = (*self).clone();
        match step {
            Step::Start { key, total } => {
                next = Fit {
                    key,
                    height: None,
                    shown: total,
                    scale: 100,
                }
            }
            Step::Height(height) => next.height = Some(height),
            Step::Fewer => next.shown = next.shown.saturating_sub(1),
            Step::Smaller => next.scale = next.scale.saturating_sub(10).max(MIN_SCALE),
        }
        next.into()
    }
}

/// What scrolls when the slide is too tall: the full-screen element while
/// there is one, otherwise the page.
fn scroller(slide: &web_sys::Element) -> Option<web_sys::Element> {
    let full = slide.closest(".eg-width-container").ok().flatten();
    if let Some(full) = full
        && full.matches(":fullscreen").unwrap_or(false)
    {
        return Some(full);
    }
    browser::document()?.scrolling_element()
}

/// Fit `slide` (a column whose `body` takes what is left) to the screen,
/// for part `number` of `total` points. `whole_screen` is false on a
/// host's page, where the slide is a screen high but the page scrolls as
/// the host made it.
#[hook]
pub fn use_fit_screen(
    slide: NodeRef,
    body: NodeRef,
    number: u8,
    total: usize,
    whole_screen: bool,
) -> Fit {
    let fit = use_reducer(|| Fit {
        key: (number, 0),
        height: None,
        shown: total,
        scale: 100,
    });
    // Bumped when the window changes size, and when the slide's width
    // changes by more than a scroll bar would (its stylesheet arriving
    // after the first measure does that); its height is this hook's own
    // doing, so it is not heard.
    let resized = use_mut_ref(|| 0u32);
    let redraw = use_force_update();
    {
        let resized = resized.clone();
        let slide = slide.clone();
        use_effect_with((), move |_| {
            let bump = move || {
                *resized.borrow_mut() += 1;
                redraw.force_update();
            };
            let listener = browser::window().map(|window| {
                let bump = bump.clone();
                EventListener::new(&window, "resize", move |_| bump())
            });
            let width = std::cell::Cell::new(None::<f64>);
            let on_resize =
                Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
                    let Some(entry) = entries
                        .get(0)
                        .dyn_into::<web_sys::ResizeObserverEntry>()
                        .ok()
                    else {
                        return;
                    };
                    let now = entry.content_rect().width();
                    if width
                        .replace(Some(now))
                        .is_some_and(|before| (now - before).abs() > SCROLL_BAR_AT_MOST)
                    {
                        bump();
                    }
                });
            let observer = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok();
            if let (Some(observer), Some(element)) = (&observer, slide.cast::<web_sys::Element>()) {
                observer.observe(&element);
            }
            move || {
                drop(listener);
                if let Some(observer) = observer {
                    observer.disconnect();
                }
                drop(on_resize);
            }
        });
    }
    let key = (number, *resized.borrow());
    {
        let fit = fit.clone();
        use_effect(move || {
            if fit.key != key {
                fit.dispatch(Step::Start { key, total });
                return;
            }

            let (Some(slide), Some(body)) = (
                slide.cast::<web_sys::HtmlElement>(),
                body.cast::<web_sys::HtmlElement>(),
            ) else {
                return;
            };
            let Some(window) = browser::window() else {
                return;
            };
            let screen = window
                .inner_height()
                .ok()
                .and_then(|h| h.as_f64())
                .unwrap_or(0.0);
            let wide = window
                .inner_width()
                .ok()
                .and_then(|w| w.as_f64())
                .unwrap_or(0.0);
            let full = scroller(&slide).is_some_and(|s| s.matches(":fullscreen").unwrap_or(false));
            if !full && (wide < SMALLEST_FITTED.0 || screen < SMALLEST_FITTED.1) {
                if fit.height.is_some() || fit.shown != total || fit.scale != 100 {
                    fit.dispatch(Step::Start { key, total });
                }
                return;
            }
            let Some(height) = fit.height else {
                let top = if whole_screen {
                    let scroll = scroller(&slide);
                    let scroll_top = scroll.as_ref().map_or(0.0, |s| f64::from(s.scroll_top()));
                    let scroll_rect_top = scroll
                        .as_ref()
                        .filter(|s| s.matches(":fullscreen").unwrap_or(false))
                        .map_or(0.0, |s| s.get_bounding_client_rect().top());
                    slide.get_bounding_client_rect().top() - scroll_rect_top + scroll_top
                } else {
                    0.0
                };
                fit.dispatch(Step::Height((screen - top).floor().max(MIN_HEIGHT)));
                return;
            };
            if whole_screen && let Some(scroll) = scroller(&slide) {
                let over = f64::from(scroll.scroll_height() - scroll.client_height());
                if over > 0.5 && height > MIN_HEIGHT {
                    fit.dispatch(Step::Height((height - over.ceil()).max(MIN_HEIGHT)));
                    return;
                }
            }
            // A picture that does not fit is drawn smaller first: it is
            // the part's point. Then the points beside it are cut short.
            let overflows = |element: &web_sys::Element| {
                element.scroll_height() > element.client_height() + 1
                    || element.scroll_width() > element.client_width() + 1
            };
            if let Ok(Some(visual)) = body.query_selector(".eg-slide__visual")
                && overflows(&visual)
                && fit.scale > MIN_SCALE
            {
                fit.dispatch(Step::Smaller);
                return;
            }
            let too_tall = body.scroll_height() > body.client_height() + 1;
            let too_wide = body.scroll_width() > body.client_width() + 1;
            if too_tall || too_wide {
                if fit.shown > 0 {
                    fit.dispatch(Step::Fewer);
                } else if fit.scale > MIN_SCALE {
                    fit.dispatch(Step::Smaller);
                }
            }
        });
    }
    (*fit).clone()
}
