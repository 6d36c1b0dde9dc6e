//! A saved record file: any bytes, through the checks in
//! crates/escalation-core/tests/support/fuzz_checks.rs. Under cargo fuzz
//! the checksum is not checked (`cfg(fuzzing)` in saved.rs), so the fuzzer
//! reaches the checks behind it: limits, dates, the policy's shape, the
//! journey's consistency.
#![no_main]

// Each target uses one of the two checks.
#[allow(dead_code)]
#[path = "../../crates/escalation-core/tests/support/fuzz_checks.rs"]
mod fuzz_checks;

libfuzzer_sys::fuzz_target!(|bytes: &[u8]| {
    fuzz_checks::check_saved_bytes(bytes);
});
