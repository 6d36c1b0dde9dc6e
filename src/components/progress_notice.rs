//! What went wrong with "Keep my progress", at the top of the page, with
//! what the user can do about it. Nothing here deletes anything unasked.

use chrono::NaiveDate;
use yew::prelude::*;

use crate::components::button::{Button, ButtonGroup, ButtonKind};
use crate::components::markup::body;
use crate::hooks::saved_progress::{SavedProgress, Trouble};

#[derive(Properties, PartialEq)]
pub struct ProgressNoticeProps {
    pub progress: SavedProgress,
    pub today: NaiveDate,
}

#[component]
pub fn ProgressNotice(props: &ProgressNoticeProps) -> Html {
    let Some(trouble) = &props.progress.trouble else {
        return Html::default();
    };
    let progress = props.progress.clone();
    let today = props.today;
    let (title, body, actions): (&str, Html, Html) = match trouble {
        Trouble::Unreadable { problem, .. } => {
            let download = {
                let progress = progress.clone();
                Callback::from(move |()| progress.download_unreadable(today))
            };
            let delete = Callback::from(move |()| progress.delete_unreadable());
            (
                "Your kept progress could not be used",
                html! {
                    <>
                        { body(problem.clone()) }
                        <p class="eg-body">
                            { "It is still kept on this device, unchanged, and nothing new will be kept \
                               until you decide what to do with it. Download it to keep a copy as it is." }
                        </p>
                    </>
                },
                html! {
                    <ButtonGroup>
                        <Button kind={ButtonKind::Secondary} onclick={download}>{ "Download it as it is" }</Button>
                        <Button kind={ButtonKind::Warning} onclick={delete}>{ "Delete it from this device" }</Button>
                    </ButtonGroup>
                },
            )
        }
        Trouble::OtherTab => (
            "Your progress is being kept in another tab too",
            html! {
                <p class="eg-body">
                    { "So that nothing typed in either is lost, this tab has stopped keeping progress. \
                       What is on this screen is unchanged: download your record to keep it, or turn \
                       “Keep my progress on this device” on again here to keep this tab’s version instead." }
                </p>
            },
            dismiss(&progress),
        ),
        Trouble::ClearedElsewhere => (
            "Your kept progress was deleted in another tab",
            html! {
                <p class="eg-body">
                    { "So this tab has stopped keeping progress too. What is on this screen is unchanged." }
                </p>
            },
            dismiss(&progress),
        ),
        Trouble::KeptElsewhere { .. } => {
            let download = {
                let progress = progress.clone();
                Callback::from(move |()| progress.download_unreadable(today))
            };
            let replace = {
                let progress = progress.clone();
                Callback::from(move |()| progress.replace_kept())
            };
            let cancel = Callback::from(move |()| progress.dismiss());
            (
                "Progress is already kept on this device",
                html! {
                    <p class="eg-body">
                        { "Another tab, or an earlier visit, kept progress on this device. Keeping this tab’s \
                           progress would replace it. Download it first if you want to keep it." }
                    </p>
                },
                html! {
                    <ButtonGroup>
                        <Button kind={ButtonKind::Secondary} onclick={download}>{ "Download the kept copy as it is" }</Button>
                        <Button kind={ButtonKind::Warning} onclick={replace}>{ "Replace it with this tab’s progress" }</Button>
                        <Button kind={ButtonKind::Secondary} onclick={cancel}>{ "Cancel" }</Button>
                    </ButtonGroup>
                },
            )
        }
        Trouble::NotKept(reason) => (
            "Your progress is not being kept on this device",
            html! {
                <p class="eg-body">{ format!("{reason} The last copy kept is unchanged.") }</p>
            },
            Html::default(),
        ),
    };
    html! {
        <div class="eg-notice" role="region" aria-labelledby="eg-notice-title">
            <h2 class="eg-heading-s" id="eg-notice-title">{ title }</h2>
            { body }
            { actions }
        </div>
    }
}

fn dismiss(progress: &SavedProgress) -> Html {
    let progress = progress.clone();
    html! {
        <Button kind={ButtonKind::Secondary} onclick={Callback::from(move |()| progress.dismiss())}>
            { "Dismiss" }
        </Button>
    }
}
