//! The WebAssembly starts here; the widget itself starts when the loader
//! script calls `start` (see `embed.rs`), with its stylesheet's address.
fn main() {
    escalation_guide::install_panic_hook();
}
