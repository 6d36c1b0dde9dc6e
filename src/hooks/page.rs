use yew::prelude::*;

use crate::hooks::guide::use_guide;
use crate::hooks::session::use_session;
use crate::pages::PageProps;

/// What a page function is given, for a page that is a component of its
/// own (one with state: the date question, the briefing).
#[hook]
pub fn use_page() -> PageProps {
    let guide = use_guide();
    let session = use_session();
    PageProps {
        guide,
        journey: session.journey.clone(),
        dispatch: session.dispatch.clone(),
    }
}
