//! The rules a well-formed policy must also follow, field by field.

use std::collections::BTreeSet;

use crate::policy::{IssueDate, Policy, Status};
use crate::text::truncate;

use super::checker::Checker;
use super::problem::Problem;

/// The rules a well-formed policy must also follow. Returns every problem.
pub fn validate(policy: &Policy) -> Vec<Problem> {
    let mut check = Checker {
        problems: Vec::new(),
        source_ids: policy
            .sources
            .iter()
            .map(|source| source.id.clone())
            .collect(),
    };
    check.identifier("id", &policy.id);
    check.text("title", &policy.title);
    check.text("area", &policy.area);
    for (field, date) in [("issued", &policy.issued), ("updated", &policy.updated)] {
        if let Some(date) = date
            && IssueDate::parse(date).is_none()
        {
            check.problem(
                field,
                format!(
                    "\"{}\" is not a date; write it as YYYY, YYYY-MM or YYYY-MM-DD",
                    truncate(date, 80)
                ),
            );
        }
    }
    if let Status::Superseded { by, by_title } = &policy.status {
        check.identifier("status.by", by);
        if by == &policy.id {
            check.problem("status.by", "a policy cannot be superseded by itself");
        }
        check.text("status.by_title", by_title);
    }

    check.not_empty("sources", policy.sources.len());
    let mut seen_sources = BTreeSet::new();
    for (index, source) in policy.sources.iter().enumerate() {
        let path = format!("sources[{index}]");
        check.identifier(&format!("{path}.id"), &source.id);
        if !seen_sources.insert(source.id.as_str()) {
            check.problem(
                format!("{path}.id"),
                format!("duplicate source id \"{}\"", source.id),
            );
        }
        check.text(&format!("{path}.title"), &source.title);
        check.optional_text(&format!("{path}.publisher"), source.publisher.as_deref());
        check.optional_text(&format!("{path}.date"), source.date.as_deref());
        check.optional_text(&format!("{path}.used_for"), source.used_for.as_deref());
    }

    check.sourced_list("purpose", &policy.purpose, true);
    check.sourced_list("principles", &policy.principles, false);

    check.not_empty("areas", policy.areas.len());
    let mut seen_areas = BTreeSet::new();
    for (index, area) in policy.areas.iter().enumerate() {
        let path = format!("areas[{index}]");
        check.identifier(&format!("{path}.id"), &area.id);
        if !seen_areas.insert(area.id.as_str()) {
            check.problem(
                format!("{path}.id"),
                format!("duplicate area id \"{}\"", area.id),
            );
        }
        check.text(&format!("{path}.title"), &area.title);
        check.optional_text(&format!("{path}.quote"), area.quote.as_deref());
        check.source_ref(&format!("{path}.source"), &area.source);
        check.sourced_list(&format!("{path}.examples"), &area.examples, false);
    }

    check.sourced_list("scope.applies_when", &policy.scope.applies_when, true);
    for (index, route) in policy.scope.other_routes.iter().enumerate() {
        let path = format!("scope.other_routes[{index}]");
        check.text(&format!("{path}.title"), &route.title);
        check.acted_on(&format!("{path}.steps"), &route.steps, true);
    }
    check.sourced_list("preparation", &policy.preparation, false);
    check.sourced_list("self_check.when", &policy.self_check.when, false);
    check.acted_on("self_check.questions", &policy.self_check.questions, false);
    check.sourced_list(
        "self_check.respectful_uncertainty",
        &policy.self_check.respectful_uncertainty,
        false,
    );
    check.acted_on(
        "immediate_danger.guidance",
        &policy.immediate_danger.guidance,
        false,
    );
    check.acted_on(
        "immediate_danger.skipping_stages",
        &policy.immediate_danger.skipping_stages,
        false,
    );

    check.stages(&policy.stages);
    let stage_numbers: BTreeSet<u32> = policy.stages.iter().map(|stage| stage.number).collect();
    for (index, note) in policy.time_notes.iter().enumerate() {
        let path = format!("time_notes[{index}]");
        check.text(&format!("{path}.text"), &note.text);
        check.text(&format!("{path}.quote"), &note.quote);
        check.source_ref(&format!("{path}.source"), &note.source);
        check.stage_list(&format!("{path}.stages"), &note.stages, &stage_numbers);
    }

    for (name, list) in policy.after.named_lists() {
        check.sourced_list(&format!("after.{name}"), list, false);
    }

    let mut seen_terms = BTreeSet::new();
    for (index, entry) in policy.glossary.iter().enumerate() {
        let path = format!("glossary[{index}]");
        check.text(&format!("{path}.term"), &entry.term);
        if !seen_terms.insert(entry.term.as_str()) {
            check.problem(
                format!("{path}.term"),
                format!("\"{}\" is defined twice", entry.term),
            );
        }
        check.text(&format!("{path}.meaning"), &entry.meaning);
        check.source_ref(&format!("{path}.source"), &entry.source);
    }

    let mut seen_roles = BTreeSet::new();
    for (index, role) in policy.contact_roles.iter().enumerate() {
        let path = format!("contact_roles[{index}]");
        check.identifier(&format!("{path}.id"), &role.id);
        if !seen_roles.insert(role.id.as_str()) {
            check.problem(
                format!("{path}.id"),
                format!("duplicate contact role id \"{}\"", role.id),
            );
        }
        check.text(&format!("{path}.name"), &role.name);
        check.text(&format!("{path}.when"), &role.when);
        check.optional_text(&format!("{path}.quote"), role.quote.as_deref());
        check.source_ref(&format!("{path}.source"), &role.source);
        check.stage_list(&format!("{path}.stages"), &role.stages, &stage_numbers);
    }

    for (index, gap) in policy.gaps.iter().enumerate() {
        let path = format!("gaps[{index}]");
        check.text(&format!("{path}.text"), &gap.text);
        check.optional_text(&format!("{path}.quote"), gap.quote.as_deref());
        check.source_ref(&format!("{path}.source"), &gap.source);
        check.stage_list(&format!("{path}.stages"), &gap.stages, &stage_numbers);
    }
    check.problems
}
