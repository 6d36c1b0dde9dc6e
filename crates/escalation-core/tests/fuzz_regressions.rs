//! Inputs the fuzzers found (tests/fuzz-inputs/<target>/), replayed through
//! the same checks the fuzz targets run (support/fuzz_checks.rs), so a crash
//! fixed once stays fixed. Saved records are replayed as found and again
//! with their checksum made to match (`saved::checksum_of`), as a careful
//! forger would make it, because the fuzzer runs with the checksum off.

mod support {
    pub mod fuzz_checks;
}

use std::fs;
use std::path::PathBuf;

use escalation_core::saved::LoadError;
use escalation_core::{Journey, built_in_policy, saved};
use support::fuzz_checks::{
    check_briefing_bytes, check_host_settings_bytes, check_policy_bytes, check_saved_bytes,
};

fn inputs(folder: &str) -> Vec<(String, Vec<u8>)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(folder);
    let mut files: Vec<(String, Vec<u8>)> = fs::read_dir(&dir)
        .unwrap_or_else(|error| panic!("{}: {error}", dir.display()))
        .map(|entry| {
            let path = entry.unwrap().path();
            (path.display().to_string(), fs::read(&path).unwrap())
        })
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no inputs in {}", dir.display());
    files
}

/// The file with its checksum made to match its journey, as anyone can.
fn resealed(bytes: &[u8]) -> Option<Vec<u8>> {
    let mut file: serde_json::Value = serde_json::from_slice(bytes).ok()?;
    let journey: Journey = serde_json::from_value(file.get("journey")?.clone()).ok()?;
    file["checksum"] = saved::checksum_of(&journey).into();
    serde_json::to_vec(&file).ok()
}

#[test]
fn policy_files_the_fuzzer_found_are_handled() {
    // valid-variant-*: policies the fuzzer changed that still pass every
    // check; the rest each break one rule and must be refused, named.
    for (name, bytes) in inputs("tests/fuzz-inputs/policy_file") {
        let loaded = check_policy_bytes(&bytes);
        assert_eq!(loaded, name.contains("valid-variant"), "{name}");
    }
}

#[test]
fn saved_records_the_fuzzer_found_are_handled_as_found_and_resealed() {
    for (_, bytes) in inputs("tests/fuzz-inputs/saved_record") {
        check_saved_bytes(&bytes);
        if let Some(forged) = resealed(&bytes) {
            check_saved_bytes(&forged);
        }
    }
}

#[test]
fn a_saved_briefing_record_is_refused_as_a_journey_and_loads_as_a_briefing_record() {
    let bytes = fs::read(
        PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fuzz-inputs/saved_record/briefing-record-pan-berkshire-2026.json"),
    )
    .unwrap();
    assert!(!check_saved_bytes(&bytes), "not a journey's record");
    assert!(check_briefing_bytes(&bytes), "a briefing record");
}

#[test]
fn a_crafted_record_with_no_pages_is_refused_as_changed() {
    // Found by the saved_record fuzzer: an empty trail passed every check
    // and the first look at the page on screen panicked.
    let bytes = fs::read(
        PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fuzz-inputs/saved_record/empty-trail.json"),
    )
    .unwrap();
    let forged = resealed(&bytes).expect("the journey in it reads");
    assert_eq!(
        saved::load(&forged, built_in_policy).unwrap_err(),
        LoadError::Tampered
    );
}

#[test]
fn the_fuzzers_seed_records_load() {
    // Files saved by this version of the guide, which the saved_record
    // fuzzer starts from: a change to the saved format that breaks them
    // breaks every record users have kept.
    for (name, bytes) in inputs("../../fuzz/seeds/saved_record") {
        assert!(check_saved_bytes(&bytes), "{name} did not load");
        // Resealing an untouched file changes nothing: the forged files
        // above are refused for what is in them, not for their checksum.
        assert!(
            check_saved_bytes(&resealed(&bytes).unwrap()),
            "{name} resealed"
        );
    }
}

#[test]
fn host_settings_the_fuzzer_found_are_handled() {
    for (_, bytes) in inputs("tests/fuzz-inputs/host_settings") {
        check_host_settings_bytes(&bytes);
    }
}
