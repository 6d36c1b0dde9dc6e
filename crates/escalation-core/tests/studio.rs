//! The policy studio's core against the built-in policies and the
//! documents they quote (issue 21: "The four built-in policies open in the
//! studio with their documents and every statement is located in its
//! document (a test counts them: all of them)").

use std::collections::BTreeMap;
use std::path::PathBuf;

use escalation_core::fidelity::normalise;
use escalation_core::policy::SourcedText;
use escalation_core::studio::{self, Agreement, Document, Kind, Mapped, Outcome};
use escalation_core::{Policy, built_in_policies, built_in_policy};

fn sources() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../policies/sources")
}

fn documents() -> BTreeMap<String, Document> {
    std::fs::read_dir(sources())
        .unwrap()
        .map(|entry| {
            let path = entry.unwrap().path();
            let id = path.file_stem().unwrap().to_string_lossy().into_owned();
            (
                id,
                Document::parse(&std::fs::read_to_string(&path).unwrap()),
            )
        })
        .collect()
}

fn labels(document: &Document) -> Vec<String> {
    document.sections.iter().map(|s| s.label()).collect()
}

/// The line (1-based) an offset is on, for messages.
fn line(document: &Document, offset: usize) -> usize {
    document.text[..offset].matches('\n').count() + 1
}

#[test]
fn each_source_document_splits_into_the_sections_it_has() {
    let documents = documents();

    let pan = &documents["pan-berkshire-2026"];
    assert_eq!(
        labels(pan),
        [
            "opening paragraph",
            "Stage 1",
            "Stage 2",
            "Stage 3",
            "Stage 4",
            "Conclusion"
        ]
    );
    // A stage's heading is the table row's first cell; the row's action
    // and timescales are in the stage.
    assert_eq!(
        pan.sections[1].heading.as_deref(),
        Some("Stage 1 - Promoting discussion to find a resolution for the child")
    );
    let stage_3 = &pan.sections[3];
    let shared = pan
        .text
        .find("<p>The details should also be shared")
        .unwrap();
    assert!(
        stage_3.range().contains(&shared),
        "the continuation row is Stage 3's"
    );
    assert_eq!(
        pan.label_at(pan.text.find("Berkshire Escalation").unwrap()),
        "heading"
    );

    let white_rock = &documents["white-rock-preschool"];
    assert_eq!(
        labels(white_rock),
        [
            "opening paragraph",
            "Stages of the policy",
            "Stage One",
            "Stage Two",
            "Stage Three"
        ]
    );
    // "1. avoiding professional disputes…" is a list item, indented and in
    // lower case: the opening is one section.
    let list_item = white_rock.text.find("1. avoiding").unwrap();
    assert_eq!(white_rock.section_at(list_item).unwrap().id, 0);

    let lscb = &documents["berkshire-lscb-2017"];
    assert_eq!(
        labels(lscb),
        [
            "opening paragraph",
            "section 1",
            "section 1.1",
            "section 1.2",
            "section 1.3",
            "section 2",
            "section 2.1",
            "Stage One",
            "section 2.2",
            "Stage Two",
            "section 2.3",
            "Stage Three",
            "section 2.4",
            "Stage Four",
            "section 2.5",
            "Stage Five",
            "section 2.6",
            "Important Additional Notes",
            "Escalation process for professionals with safeguarding concerns",
            "Appendix 1",
        ]
    );
    // 2.2 sits in Stage One, which sits in section 2; Appendix 1 in nothing.
    let chain: Vec<String> = lscb.chain(8).iter().map(|s| s.label()).collect();
    assert_eq!(chain, ["section 2.2", "Stage One", "section 2"]);
    assert_eq!(lscb.sections[19].parent, None);
    // "April 2017" and the boards' names are the title block, not headings.
    assert_eq!(
        lscb.label_at(lscb.text.find("April 2017").unwrap()),
        "heading"
    );

    let bedfordshire = &documents["bedfordshire-luton-2018"];
    let top: Vec<String> = bedfordshire
        .sections
        .iter()
        .filter(|s| s.kind != Kind::NumberedParagraph)
        .map(|s| s.label())
        .collect();
    assert_eq!(
        top,
        [
            "opening paragraph",
            "section 1",
            "section 2",
            "section 3",
            "section 4",
            "section 5",
            "section 6",
            "section 7",
            "section 8"
        ]
    );
    let paragraphs: Vec<&str> = bedfordshire
        .sections
        .iter()
        .filter_map(|s| (s.kind == Kind::NumberedParagraph).then_some(s.number_label.as_deref()?))
        .collect();
    assert_eq!(paragraphs.len(), 27, "{paragraphs:?}");
    assert_eq!(paragraphs[..4], ["1.1", "1.2", "1.3", "2.1"]);
    assert_eq!(paragraphs[paragraphs.len() - 1], "8.2");
    assert!(paragraphs.contains(&"6.10") && paragraphs.contains(&"3.5"));
    // The glossary ("BBC Bedford Borough Council", one a line) is opening
    // text, not a run of headings.
    let glossary = bedfordshire
        .text
        .find("BBC Bedford Borough Council")
        .unwrap();
    assert_eq!(bedfordshire.section_at(glossary).unwrap().id, 0);
    let heading_7 = bedfordshire
        .sections
        .iter()
        .find(|s| s.label() == "section 7")
        .unwrap();
    assert!(
        heading_7
            .heading
            .as_deref()
            .unwrap()
            .starts_with("7. What happens if the Disagreement")
    );

    // Every section is addressable by a name of its own.
    let anchors: Vec<String> = (0..lscb.sections.len()).map(|id| lscb.anchor(id)).collect();
    assert_eq!(anchors[..3], ["opening", "section-1", "section-1-1"]);
    assert_eq!(anchors[7], "stage-one");
    assert_eq!(anchors[19], "appendix-1");
    for document in documents.values() {
        let mut anchors: Vec<String> = (0..document.sections.len())
            .map(|id| document.anchor(id))
            .collect();
        anchors.sort();
        anchors.dedup();
        assert_eq!(anchors.len(), document.sections.len());
    }
    let twice = Document::parse("Stage 1\n\nTalk to them about it.\n\nStage 1\n\nAgain.\n");
    assert_eq!(
        [twice.anchor(1), twice.anchor(2)],
        ["stage-1", "stage-1--2"]
    );

    // The Wokingham page has no headings: it is all opening.
    assert_eq!(
        labels(&documents["wokingham-summary-page"]),
        ["opening paragraph"]
    );
}

/// Every statement of `policy` placed, with a message for each one not
/// located.
fn placed_counts(
    policy: &Policy,
    documents: &BTreeMap<String, Document>,
) -> (usize, usize, Vec<String>) {
    let placed = studio::place(policy, |id| documents.get(id));
    let located = placed.iter().filter(|p| p.located().is_some()).count();
    let reasons = placed.iter().filter_map(|p| p.reason()).collect();
    (placed.len(), located, reasons)
}

#[test]
fn every_statement_of_every_built_in_policy_is_located_in_its_document() {
    let documents = documents();
    let mut counts = Vec::new();
    let mut failures = Vec::new();
    let mut total = 0;
    for policy in built_in_policies() {
        let (statements, located, reasons) = placed_counts(policy, &documents);
        total += statements;
        counts.push(format!("{}: {located} of {statements} located", policy.id));
        failures.extend(reasons.into_iter().map(|r| format!("{}: {r}", policy.id)));
        // What was located is the passage: the document's bytes there, made
        // comparable, are the statement's words.
        for placed in studio::place(policy, |id| documents.get(id)) {
            let Some(location) = placed.located() else {
                continue;
            };
            let document = &documents[&placed.statement.source.document];
            let there = Mapped::new(&document.text[location.range()]).text;
            assert_eq!(
                there,
                normalise(placed.statement.passage()),
                "{}: {} is not what sits at line {}",
                policy.id,
                placed.statement.passage_path(),
                line(document, location.start)
            );
        }
        assert!(statements > 20, "{}: too few statements walked", policy.id);
    }
    println!("{}", counts.join("\n"));
    let readme =
        std::fs::read_to_string(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../README.md"))
            .unwrap();
    assert!(
        readme.contains(&format!("(all {total} located)")),
        "README.md should say \"(all {total} located)\""
    );
    assert!(
        failures.is_empty(),
        "not every statement is located ({}):\n{}",
        counts.join("; "),
        failures.join("\n")
    );
}

#[test]
fn a_statement_not_in_its_document_or_citing_a_missing_one_is_reported_with_why() {
    let documents = documents();
    let mut policy = built_in_policy("white-rock-preschool").unwrap().clone();
    policy.preparation[0].text = policy.preparation[0].text.replacen("should", "must", 1);
    policy.preparation.push(SourcedText {
        text: "Read the appendix.".to_string(),
        quote: None,
        source: escalation_core::policy::SourceRef {
            document: "not-in-sources".to_string(),
            section: "Appendix A".to_string(),
        },
    });
    let placed = studio::place(&policy, |id| documents.get(id));
    let reasons: Vec<String> = placed.iter().filter_map(|p| p.reason()).collect();
    assert_eq!(
        reasons,
        [
            "preparation[0].text: not word for word in the document \"white-rock-preschool\"",
            "preparation[4].text: the document \"not-in-sources\" was not given",
        ]
    );
    let (statements, located, _) = placed_counts(&policy, &documents);
    assert_eq!(located, statements - 2);
}

#[test]
fn where_each_statement_is_found_agrees_with_the_section_its_policy_names() {
    let documents = documents();
    let mut problems = Vec::new();
    let mut quality = Vec::new();
    for policy in built_in_policies() {
        let placed = studio::place(policy, |id| documents.get(id));
        let mut same_words = 0;
        for placed in &placed {
            let Outcome::Located {
                location,
                agreement,
                label,
            } = &placed.outcome
            else {
                continue;
            };
            let named = &placed.statement.source.section;
            same_words += usize::from(label == named);
            if *agreement != Agreement::Agrees {
                let document = &documents[&placed.statement.source.document];
                problems.push(format!(
                    "{}: {} names \"{named}\" but sits at line {} in \"{label}\" ({agreement:?})",
                    policy.id,
                    placed.statement.passage_path(),
                    line(document, location.start)
                ));
            }
        }
        quality.push(format!(
            "{}: {same_words} of {} named in the studio's own words",
            policy.id,
            placed.len()
        ));
    }
    println!("{}", quality.join("\n"));
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn a_section_name_that_points_elsewhere_disagrees() {
    let documents = documents();
    let cases = [
        ("white-rock-preschool", "Stage One", "Stage Two"),
        ("bedfordshire-luton-2018", "section 6.6", "section 6.8"),
        (
            "bedfordshire-luton-2018",
            "section 1, after section 1.3",
            "section 1.3",
        ),
        ("pan-berkshire-2026", "Conclusion", "Stage 4"),
        (
            "berkshire-lscb-2017",
            "Important Additional Notes",
            "Appendix 1",
        ),
    ];
    for (id, from, to) in cases {
        let mut policy = built_in_policy(id).unwrap().clone();
        let mut json = serde_json::to_value(&policy).unwrap();
        // Every statement that names `from` is made to name `to`.
        fn rename(value: &mut serde_json::Value, from: &str, to: &str) {
            match value {
                serde_json::Value::Object(map) => {
                    if map.get("section").and_then(|s| s.as_str()) == Some(from) {
                        map.insert("section".into(), to.into());
                    }
                    map.values_mut().for_each(|v| rename(v, from, to));
                }
                serde_json::Value::Array(items) => {
                    items.iter_mut().for_each(|v| rename(v, from, to))
                }
                _ => {}
            }
        }
        rename(&mut json, from, to);
        policy = serde_json::from_value(json).unwrap();
        let placed = studio::place(&policy, |id| documents.get(id));
        let renamed: Vec<_> = placed
            .iter()
            .filter(|p| p.statement.source.section == to)
            .collect();
        assert!(!renamed.is_empty(), "{id}: nothing named {from}");
        let disagreeing = renamed
            .iter()
            .filter(|p| {
                matches!(
                    p.outcome,
                    Outcome::Located {
                        agreement: Agreement::Disagrees,
                        ..
                    }
                )
            })
            .count();
        // Statements that already named `to` still agree; the renamed all disagree.
        let before = studio::place(built_in_policy(id).unwrap(), |id| documents.get(id))
            .iter()
            .filter(|p| p.statement.source.section == from)
            .count();
        assert_eq!(disagreeing, before, "{id}: {from} renamed {to}");
    }
}

#[test]
fn a_located_passage_selected_becomes_the_same_statement() {
    let documents = documents();
    let mut round_trips = 0;
    for policy in built_in_policies() {
        for placed in studio::place(policy, |id| documents.get(id)) {
            let Outcome::Located {
                location, label, ..
            } = &placed.outcome
            else {
                panic!("{}: {:?}", policy.id, placed.reason());
            };
            let document = &documents[&placed.statement.source.document];
            let (quote, section) = document.statement_from(location.range());
            let path = placed.statement.passage_path();
            assert_eq!(
                normalise(&quote),
                normalise(placed.statement.passage()),
                "{path}"
            );
            assert_eq!(&section, label, "{path}");
            assert_eq!(quote.trim(), quote, "{path}: the quote is trimmed");
            assert!(
                !quote.contains("  ") && !quote.contains('\n') && !quote.contains('<'),
                "{path}: {quote}"
            );
            // The quote is found again where it was selected.
            let again = document.locate_all(&quote);
            assert!(again.iter().any(|l| l == location), "{path}: {quote}");
            round_trips += 1;
        }
    }
    assert!(round_trips > 300, "{round_trips}");
}

#[test]
fn the_document_keeps_its_own_quotation_marks_in_a_quote() {
    let documents = documents();
    let document = &documents["bedfordshire-luton-2018"];
    // The policy file types curly marks; the document has straight ones.
    let location = document
        .locate("Lord Laming’s term ‘respectful uncertainty’ (2003)")
        .unwrap();
    let (quote, section) = document.statement_from(location.range());
    assert_eq!(quote, "Lord Laming's term 'respectful uncertainty' (2003)");
    assert_eq!(section, "section 3, after 3.1");
    // A selection that also takes in the blank lines and the start of the
    // next line keeps only whole characters, trimmed.
    let start = document.text.find("2.7 Professional").unwrap();
    let end = document.text.find("3. Research").unwrap() + 1;
    let (quote, section) = document.statement_from(start..end);
    assert!(
        quote.starts_with("2.7 Professional disagreements"),
        "{quote}"
    );
    assert!(quote.ends_with("networking forums 3"), "{quote}");
    assert_eq!(section, "section 2.7");
}

#[test]
fn white_rock_passages_no_statement_quotes_are_shaded() {
    let documents = documents();
    let document = &documents["white-rock-preschool"];
    let policy = built_in_policy("white-rock-preschool").unwrap();
    let unused = document.unused(policy, "white-rock-preschool");
    let unused_text: Vec<String> = unused
        .iter()
        .map(|r| normalise(&document.text[r.clone()]))
        .collect();
    let placed = studio::place(policy, |id| documents.get(id));
    let used: Vec<_> = placed
        .iter()
        .filter(|p| p.statement.source.document == "white-rock-preschool")
        .map(|p| p.located().unwrap().range())
        .collect();
    assert!(!used.is_empty());
    // No shaded part overlaps a quoted one, and each starts and ends on a word.
    for range in &unused {
        assert!(
            used.iter()
                .all(|u| u.end <= range.start || range.end <= u.start),
            "{range:?} overlaps a statement"
        );
        let text = &document.text[range.clone()];
        assert_eq!(text.trim(), text, "{text:?}");
    }
    // Every word of the document is quoted or shaded.
    let mut covered = vec![false; document.text.len()];
    for range in used.iter().chain(&unused) {
        covered[range.clone()].iter_mut().for_each(|c| *c = true);
    }
    for (at, c) in document.text.char_indices() {
        assert!(
            !c.is_alphanumeric() || covered[at],
            "{c:?} at line {} is neither quoted nor shaded",
            line(document, at)
        );
    }
    // What White Rock's file leaves out: its name and title, the headings'
    // own words, the Chair's phone number.
    assert!(
        unused_text[0].starts_with("White Rock Pre-school"),
        "{unused_text:?}"
    );
    assert!(
        unused_text
            .iter()
            .any(|t| t.contains("Stages of the policy")),
        "{unused_text:?}"
    );
    assert!(
        unused_text.iter().any(|t| t.contains("01803")),
        "{unused_text:?}"
    );
    assert!(
        !unused_text.iter().any(|t| t.contains("Levels of need")),
        "quoted as an area"
    );

    // Quoting a shaded passage takes it off the list.
    let first = unused[0].clone();
    let mut more = policy.clone();
    more.purpose.push(SourcedText {
        text: normalise(&document.text[first.clone()]),
        quote: None,
        source: escalation_core::policy::SourceRef {
            document: "white-rock-preschool".to_string(),
            section: "heading".to_string(),
        },
    });
    let after = document.unused(&more, "white-rock-preschool");
    assert!(!after.contains(&first));
    assert_eq!(after.len(), unused.len() - 1, "{after:?}");
}

#[test]
fn text_with_windows_line_breaks_splits_and_locates_the_same() {
    let documents = documents();
    for (id, document) in &documents {
        let windows = Document::parse(&document.text.replace('\n', "\r\n"));
        assert_eq!(labels(&windows), labels(document), "{id}");
    }
    let policy = built_in_policy("bedfordshire-luton-2018").unwrap();
    let windows = Document::parse(
        &documents["bedfordshire-luton-2018"]
            .text
            .replace('\n', "\r\n"),
    );
    let placed = studio::place(policy, |id| (id == policy.id).then_some(&windows));
    assert!(placed.iter().all(|p| matches!(
        p.outcome,
        Outcome::Located {
            agreement: Agreement::Agrees,
            ..
        }
    )));
}
