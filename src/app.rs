use std::rc::Rc;

use escalation_core::contacts::Contacts;
use escalation_core::journey::STEPS;
use escalation_core::saved::{self, RecordKind};
use escalation_core::{Action, Journey, Page, PolicyShape, built_in_policy};
use gloo_events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::browser;
use crate::components::back_link::BackLink;
use crate::components::button::ActionLink;
use crate::components::exit_this_page::ExitThisPage;
use crate::components::privacy_controls::PrivacyControls;
use crate::components::progress_notice::ProgressNotice;
use crate::components::warning_text::{emergency_warning, warning_text};
use crate::guide::{Guide, JourneyRef, Session};
use crate::hooks::browser_history::use_browser_history;
use crate::hooks::focus_heading::use_focus_heading_on_new_page;
use crate::hooks::saved_progress::{Stored, Trouble, use_saved_progress};
use crate::pages::{self, PageProps};
use crate::settings::{Problem, Settings, StartView};
use crate::shared_policy::SharedPolicy;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub settings: Settings,
    /// Settings that could not be used, to tell the user about.
    pub problems: Vec<Problem>,
    /// The policy the widget was set to follow: built in, or the host's own.
    pub policy: SharedPolicy,
    /// Contact details the host gives for the policy's roles.
    pub contacts: Rc<Contacts>,
}

/// The journey, held by Yew. The reducer itself lives in `escalation-core`.
#[derive(PartialEq)]
struct JourneyState(Rc<Journey>);

impl Reducible for JourneyState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = (*self.0).clone().reduce(action);
        if next == *self.0 {
            self
        } else {
            Rc::new(JourneyState(Rc::new(next)))
        }
    }
}

/// Where the widget starts: progress kept on this device if the user asked
/// for that, else a new journey with the configured policy. A kept copy
/// that cannot be used is returned as it is, to be kept until the user
/// decides.
fn initial_state(settings: &Settings, policy: SharedPolicy) -> (Journey, Stored, Option<String>) {
    // Training mode's bundle, taking over: exactly where the user was.
    if let Some(handed) = &settings.handed_over {
        let keeping = Stored::Carried(handed.keeping.clone());
        return (handed.journey.clone(), keeping, None);
    }
    let mut fresh = Journey::new(PolicyShape::of(&policy));
    let opening = match settings.start {
        StartView::Journey => None,
        StartView::Overview => Some(Page::Overview),
        StartView::Timeline => Some(Page::Timeline),
        StartView::About => Some(Page::About),
        StartView::Training => Some(Page::Briefing(1)),
    };
    if let Some(page) = opening {
        fresh = fresh.reduce(Action::Show(page));
    }
    match browser::stored_progress(&settings.progress_key) {
        Some(text) => match saved::load(text.as_bytes(), policy.finder()) {
            Ok(journey) => {
                // The kept journey's policy, not the one the page asked for:
                // say so, rather than silently show another policy.
                let kept = policy.finder()(&journey.policy().id);
                let notice = kept.filter(|kept| kept.id != policy.id).map(|kept| {
                    format!(
                        "Your progress kept on this device follows “{}”, so the guide shows it rather than “{}”. To follow “{}”, choose “Clear everything” below.",
                        kept.title, policy.title, policy.title
                    )
                });
                (
                    fresh.reduce(Action::Restore(Box::new(journey))),
                    Stored::Restored(text.into()),
                    notice,
                )
            }
            Err(problem) => (
                fresh,
                Stored::Unreadable {
                    raw: text.into(),
                    problem: problem.in_words(saved::Kept::OnThisDevice),
                },
                None,
            ),
        },
        None => (fresh, Stored::Nothing, None),
    }
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let settings = &props.settings;
    if settings.panic_for_tests {
        panic!("data-test-panic: failing on purpose, to show the failure view");
    }
    // The briefing's presenter view, in a window of its own: it opens on
    // the briefing, and neither reads nor keeps progress.
    let presenter_window = use_memo((), |_| crate::presenter::presenter_window());
    let initial = use_memo((), |_| match &*presenter_window {
        // On the policy the briefing in the other window is on.
        Some(id) => {
            let policy = props.policy.finder()(id).map_or(props.policy, SharedPolicy);
            let fresh =
                Journey::new(PolicyShape::of(&policy)).reduce(Action::Show(Page::Briefing(1)));
            (fresh, Stored::Nothing, None)
        }
        None => initial_state(settings, props.policy),
    });
    let state = use_reducer_eq(|| JourneyState(Rc::new(initial.0.clone())));
    let handed = settings.handed_over.as_deref();
    let notices = use_state(|| match handed {
        Some(handed) => handed.notices.clone(),
        None => props
            .problems
            .iter()
            .filter(|problem| problem.for_the_user())
            .map(ToString::to_string)
            .chain(initial.2.clone())
            .collect::<Vec<_>>(),
    });
    // The journey as it was last downloaded, and the briefing record as its
    // own file last held it, to know if work is unsaved.
    let downloaded = use_state(|| handed.and_then(|handed| handed.downloaded.clone().map(Rc::new)));
    let downloaded_briefing =
        use_state(|| handed.and_then(|handed| handed.downloaded_briefing.clone()));

    let journey = state.0.clone();
    // One callback for the widget's life, so components that compare their
    // props (the record page's answers) see the same one on every render.
    let dispatch = {
        let state = state.dispatcher();
        (*use_memo((), move |_| {
            Callback::from(move |action| state.dispatch(action))
        }))
        .clone()
    };
    // The policy the journey follows: the one set, or another built-in
    // policy the user chose.
    let policy = props.policy.finder()(&journey.policy().id).map_or(props.policy, SharedPolicy);
    let today = settings.today.date();
    let calendar = escalation_core::Calendar::new(settings.division.unwrap_or(policy.division))
        .with_closures(settings.closures.iter().copied());
    let carried = handed.map(|handed| handed.history);
    let history = use_browser_history(journey.depth(), dispatch.clone(), settings.history, carried);
    let content = use_node_ref();
    use_focus_heading_on_new_page(
        journey.depth(),
        journey.page(),
        content.clone(),
        handed.is_some_and(|handed| handed.focused),
    );

    // Kept on this device only when the user has asked for it.
    let progress = use_saved_progress(
        settings.progress_key.as_str().into(),
        initial.1.clone(),
        journey.clone(),
        today,
    );

    // Typed work that is not in a JSON file the user downloaded: loading a
    // record over it asks first.
    let unsaved = journey.has_unsaved_work(downloaded.as_deref(), downloaded_briefing.as_ref());
    let briefing_unsaved =
        journey.has_unsaved_briefing(downloaded.as_deref(), downloaded_briefing.as_ref());
    // Warn before leaving while that work is not being kept on this device
    // either (keeping is off, or failing).
    let leaving_loses_work = unsaved && !(progress.keep && progress.trouble.is_none());
    {
        use_effect_with(leaving_loses_work, move |&unsaved| {
            let listener = (unsaved).then(browser::window).flatten().map(|window| {
                let options = EventListenerOptions::enable_prevent_default();
                EventListener::new_with_options(&window, "beforeunload", options, move |event| {
                    // "Exit this page" is meant to lose work, at once.
                    if crate::exit::is_leaving() {
                        return;
                    }
                    event.prevent_default();
                    if let Some(event) = event.dyn_ref::<web_sys::BeforeUnloadEvent>() {
                        event.set_return_value("");
                    }
                })
            });
            move || drop(listener)
        });
    }

    let on_exit = {
        let dispatch = dispatch.clone();
        let progress = progress.clone();
        Callback::from(move |()| {
            // Keeping off too, or the reset journey would be stored at once;
            // every widget's kept progress goes.
            progress.forget();
            browser::forget_all_progress();
            dispatch.emit(Action::Reset);
        })
    };
    let on_keep = {
        let progress = progress.clone();
        Callback::from(move |on: bool| progress.set_keep(on))
    };
    let on_clear = {
        let progress = progress.clone();
        let downloaded = downloaded.clone();
        let downloaded_briefing = downloaded_briefing.clone();
        let dispatch = dispatch.clone();
        let notices = notices.clone();
        Callback::from(move |()| {
            progress.forget();
            downloaded.set(None);
            downloaded_briefing.set(None);
            notices.set(Vec::new());
            dispatch.emit(Action::Reset);
        })
    };
    let on_saved = {
        let downloaded = downloaded.clone();
        let downloaded_briefing = downloaded_briefing.clone();
        let journey = journey.clone();
        Callback::from(move |kind: RecordKind| match kind {
            RecordKind::Journey => downloaded.set(Some(journey.clone())),
            RecordKind::Briefing => downloaded_briefing.set(Some(journey.briefing().clone())),
        })
    };

    let guide = Rc::new(Guide {
        policy,
        today,
        calendar,
        contacts: props.contacts.clone(),
        custom_policy: built_in_policy(&props.policy.id).is_none(),
        own_page: settings.own_page,
    });
    let session = Rc::new(Session {
        journey: JourneyRef(journey.clone()),
        dispatch: dispatch.clone(),
        unsaved,
        briefing_unsaved,
        on_saved,
    });
    let page_props = PageProps {
        guide: guide.clone(),
        journey: session.journey.clone(),
        dispatch: dispatch.clone(),
    };
    // Pages are plain functions of their props (only the date question and
    // the components inside pages hold state), which keeps the download small.
    let page = match journey.page() {
        Page::Start => pages::start::page(&page_props),
        Page::ChoosePolicy => pages::choose_policy::page(&page_props),
        Page::Overview => pages::overview::page(&page_props),
        Page::Timeline => pages::timeline::page(&page_props),
        Page::About => pages::about::page(&page_props),
        Page::ImmediateDanger => pages::immediate_danger::page(&page_props),
        Page::Urgent => pages::urgent::page(&page_props),
        Page::SpeakToDsl => pages::speak_to_dsl::page(&page_props),
        Page::WhoDisagree => pages::who_disagree::page(&page_props),
        Page::OwnOrganisation => pages::own_organisation::page(&page_props),
        Page::NotSureWho => pages::not_sure_who::page(&page_props),
        Page::Topic => pages::topic::page(&page_props),
        Page::Preparation => pages::preparation::page(&page_props),
        Page::SelfCheck => pages::self_check::page(&page_props),
        Page::StartDate => html! { <pages::start_date::StartDate /> },
        Page::Stage(number) => pages::stage::page(&page_props, number),
        Page::EndOfProcess => pages::end_of_process::page(&page_props),
        Page::Record => pages::record::page(&page_props),
        #[cfg(feature = "training")]
        Page::Briefing(number) if presenter_window.is_some() => {
            html! { <pages::presenter::Presenter {number} /> }
        }
        #[cfg(feature = "training")]
        Page::Briefing(number) => {
            html! { <pages::briefing::Briefing {number} /> }
        }
        #[cfg(feature = "training")]
        Page::FacilitatorNotes => pages::facilitator_notes::page(&page_props),
        #[cfg(feature = "training")]
        Page::Handout => pages::handout::page(&page_props),
        #[cfg(feature = "training")]
        Page::Sheet => html! { <pages::sheet::Sheet /> },
        #[cfg(feature = "training")]
        Page::Scenarios => pages::scenarios::page(&page_props),
        #[cfg(feature = "training")]
        Page::BriefingRecord => html! { <pages::briefing_record::BriefingRecordPage /> },
        // Training mode is a bundle of its own: this one hands over to it.
        #[cfg(not(feature = "training"))]
        Page::Briefing(_)
        | Page::FacilitatorNotes
        | Page::Handout
        | Page::Sheet
        | Page::Scenarios
        | Page::BriefingRecord => {
            let handed = crate::hand_over::handed(
                &journey,
                &progress,
                history.session,
                &settings.host,
                (downloaded.as_deref(), downloaded_briefing.as_ref()),
                &notices,
            );
            let on_back = journey.can_go_back().then(|| {
                let history = history.clone();
                Callback::from(move |()| history.back())
            });
            html! { <crate::hand_over::TrainingHandOver {handed} {on_back} /> }
        }
    };
    let exit_url = settings.exit_url.clone();
    let show = |target: Page| dispatch.reform(move |()| Action::Show(target));
    let current = journey.page();
    // A part of the briefing on a screen shows the part, Exit this page
    // and the 999 line only (and any notice the user must see).
    let presenting = matches!(current, Page::Briefing(_));

    html! {
        <ContextProvider<Rc<Guide>> context={guide}>
        <ContextProvider<Rc<Session>> context={session}>
        <div class={classes!("eg-width-container", matches!(current, Page::Briefing(_)).then_some("eg-width-container--present"))}>
            <ExitThisPage url={exit_url} {on_exit} />
            { emergency_warning() }
            // Named for its policy, so two widgets on a page have distinct
            // landmarks.
            if !presenting {
            <nav class="eg-tools eg-no-print" aria-label={format!("Guide to {}", policy.title)}>
                <ul class="eg-tools__list">
                    if current != Page::Overview {
                        <li><ActionLink onclick={show(Page::Overview)}>{ "The whole process" }</ActionLink></li>
                    }
                    if current != Page::Timeline {
                        <li><ActionLink onclick={show(Page::Timeline)}>{ "Your timeline" }</ActionLink></li>
                    }
                </ul>
            </nav>
            if journey.can_go_back() {
                <BackLink onclick={Callback::from(move |()| history.back())} />
            }
            }
            // What the user must know (another policy shown than the page
            // asked for, kept progress on another) shows while presenting
            // too; that a policy is superseded, part 1 says.
            { for notices.iter().map(|notice| warning_text(html! { notice.clone() }, false)) }
            if !presenting {
            if progress.trouble.is_some() {
                <ProgressNotice progress={progress.clone()} {today} />
            }
            if let Some(superseded) = policy.superseded_in_words() {
                { warning_text(html! { superseded }, false) }
            }
            }
            // Keyed by depth so each page starts with fresh component state.
            <div class="eg-page" ref={content} key={journey.depth()}>
                if let Some((number, label)) = current.step() {
                    <p class="eg-caption">
                        { format!("Step {number} of {STEPS}: {label}") }
                        if let Page::Stage(stage) = current {
                            { format!(", stage {stage} of {}", policy.stages.len()) }
                        }
                    </p>
                }
                { page }
            </div>
            if !presenting {
                <PrivacyControls keep={progress.keep}
                    keep_blocked={matches!(progress.trouble, Some(Trouble::Unreadable { .. }))}
                    {on_keep} {on_clear} />
            }
        </div>
        </ContextProvider<Rc<Session>>>
        </ContextProvider<Rc<Guide>>>
    }
}
