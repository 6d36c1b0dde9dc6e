//! A host's policy file: any bytes, through the checks in
//! crates/escalation-core/tests/support/fuzz_checks.rs.
#![no_main]

// Each target uses one of the two checks.
#[allow(dead_code)]
#[path = "../../crates/escalation-core/tests/support/fuzz_checks.rs"]
mod fuzz_checks;

libfuzzer_sys::fuzz_target!(|bytes: &[u8]| {
    fuzz_checks::check_policy_bytes(bytes);
});
