//! Check your answers and complete your record: three parts, each with
//! one job. `check_answers` shows what the user said, with Change links;
//! `record_form` is the record of issues and actions agreed; the downloads
//! and the print copy are `components::save_or_print`.

mod check_answers;
mod record_form;

use yew::prelude::*;

use super::PageProps;
use crate::components::load_record::LoadRecord;
use crate::components::markup::page_heading;
use crate::components::save_or_print::SaveOrPrint;

// Its own function in the download, not inlined into App's render.
#[inline(never)]
pub fn page(props: &PageProps) -> Html {
    html! {
        <>
            { page_heading("Check your answers and complete your record") }
            { check_answers::part(props) }
            { record_form::part(props) }
            <SaveOrPrint />
            <LoadRecord />
        </>
    }
}
