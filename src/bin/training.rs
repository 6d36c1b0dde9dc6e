//! Training mode's WebAssembly: the whole guide, with the 7-minute
//! briefing, as a bundle of its own. The loader fetches it only when the
//! user opens the briefing, and calls `take_over` (`src/hand_over.rs`).
fn main() {
    escalation_guide::install_panic_hook();
}
