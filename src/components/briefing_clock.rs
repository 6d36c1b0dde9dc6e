//! The presenter's clock: the seven minutes, and the time on this part
//! against its allowance, with Start, Pause and Reset. The counting is the
//! core's (`BriefingClock`); this shows it once a second while it runs.

use std::cell::RefCell;
use std::rc::Rc;

use escalation_core::briefing::{BriefingClock, clock_face, duration_in_words};
use gloo_timers::callback::Interval;
use yew::prelude::*;

use crate::components::button::{Button, ButtonGroup, ButtonKind};

#[derive(Properties, PartialEq)]
pub struct ClockProps {
    /// The part being presented, 1 to 7.
    pub number: u8,
}

#[component]
pub fn BriefingClockView(props: &ClockProps) -> Html {
    let clock: Rc<RefCell<BriefingClock>> = use_mut_ref(|| BriefingClock::new(props.number));
    let redraw = use_force_update();
    let now = js_sys::Date::now();
    clock.borrow_mut().move_to(props.number, now);
    let running = clock.borrow().is_running();
    {
        let redraw = redraw.clone();
        use_effect_with(running, move |&running| {
            let interval = running.then(|| Interval::new(1_000, move || redraw.force_update()));
            move || drop(interval)
        });
    }
    let act = |change: fn(&mut BriefingClock, f64, u8)| {
        let clock = clock.clone();
        let redraw = redraw.clone();
        let number = props.number;
        Callback::from(move |()| {
            change(&mut clock.borrow_mut(), js_sys::Date::now(), number);
            redraw.force_update();
        })
    };
    let shown = *clock.borrow();
    let allowance = shown.part_allowance();
    html! {
        <section class="eg-clock" aria-labelledby="eg-clock-heading">
            <h2 class="eg-heading-m" id="eg-clock-heading">{ "Clock" }</h2>
            <p class={classes!("eg-clock__total", shown.is_over(now).then_some("eg-clock--over"))}>
                <span class="eg-clock__face">{ clock_face(shown.elapsed_ms(now)) }</span>
                { format!(" of {}", clock_face(f64::from(BriefingClock::total_allowance()) * 1000.0)) }
            </p>
            <p class={classes!("eg-clock__part", shown.part_is_over(now).then_some("eg-clock--over"))}>
                { format!("This part: {} of {} ({})", clock_face(shown.part_elapsed_ms(now)),
                    clock_face(f64::from(allowance) * 1000.0), duration_in_words(allowance)) }
                if shown.part_is_over(now) {
                    <span class="eg-bold">{ ": time to move on" }</span>
                }
            </p>
            <ButtonGroup>
                if running {
                    <Button kind={ButtonKind::Secondary} onclick={act(|clock, now, _| clock.pause(now))}>{ "Pause the clock" }</Button>
                } else {
                    <Button kind={ButtonKind::Secondary} onclick={act(|clock, now, _| clock.start(now))}>{ "Start the clock" }</Button>
                }
                <Button kind={ButtonKind::Secondary} onclick={act(|clock, _, number| *clock = BriefingClock::new(number))}>{ "Reset the clock" }</Button>
            </ButtonGroup>
        </section>
    }
}
