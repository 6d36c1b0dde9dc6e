use escalation_core::Action;
use escalation_core::date_input::{DateError, DateField, DateFields, parse_date_input};
use yew::prelude::*;

use crate::components::button::Button;
use crate::components::error_summary::{ErrorSummary, FieldError};
use crate::components::fields::{DateInput, date_field_id};
use crate::hooks::page::use_page;

const FIELD_ID: &str = "start-date";
const SUBJECT: &str = "Date the difference of opinion started";

#[component]
pub fn StartDate() -> Html {
    let props = use_page();
    let values = use_state(|| {
        props
            .journey
            .answers()
            .start_date
            .map(DateFields::from_date)
            .unwrap_or_default()
    });
    let error = use_state(|| None::<DateError>);

    let onchange = {
        let values = values.clone();
        Callback::from(move |(field, text): (DateField, String)| {
            let mut next = (*values).clone();
            match field {
                DateField::Day => next.day = text,
                DateField::Month => next.month = text,
                DateField::Year => next.year = text,
            }
            values.set(next);
        })
    };
    let on_continue = {
        let values = values.clone();
        let error = error.clone();
        let dispatch = props.dispatch.clone();
        let today = props.today;
        Callback::from(move |()| match parse_date_input(&values, today, SUBJECT) {
            Ok(date) => {
                error.set(None);
                dispatch.emit(Action::AnswerStartDate(date));
            }
            Err(problem) => error.set(Some(problem)),
        })
    };
    let errors = (*error)
        .iter()
        .map(|problem| FieldError {
            field_id: date_field_id(
                FIELD_ID,
                problem.fields.first().copied().unwrap_or(DateField::Day),
            )
            .into(),
            message: problem.message.clone().into(),
        })
        .collect::<Vec<_>>();
    html! {
        <>
            <ErrorSummary {errors} />
            <DateInput id={FIELD_ID} legend="When did the difference of opinion start?"
                hint="The day you first disagreed with the other professional’s decision. For example, 27 3 2026"
                values={(*values).clone()} error={(*error).clone()} {onchange} />
            <Button onclick={on_continue}>{ "Continue" }</Button>
        </>
    }
}
