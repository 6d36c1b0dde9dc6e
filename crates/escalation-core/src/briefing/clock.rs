//! The presenter's clock: seven minutes in all, and each part's own
//! allowance ([`SECONDS`]), counted while it runs. Times are milliseconds
//! from any fixed start (the browser's clock); the clock only subtracts.

use super::model::SECONDS;
use crate::journey::PARTS;

/// The briefing's clock.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BriefingClock {
    /// Time counted before the clock last started.
    banked_ms: f64,
    /// When it last started, while it runs.
    running_since: Option<f64>,
    /// The part being presented, and the counted time when it began.
    part: u8,
    part_began_ms: f64,
}

impl BriefingClock {
    /// Stopped at 0:00, on `part`.
    pub fn new(part: u8) -> Self {
        BriefingClock {
            banked_ms: 0.0,
            running_since: None,
            part: part.clamp(1, PARTS),
            part_began_ms: 0.0,
        }
    }

    pub fn is_running(&self) -> bool {
        self.running_since.is_some()
    }

    pub fn start(&mut self, now: f64) {
        if self.running_since.is_none() {
            self.running_since = Some(now);
        }
    }

    pub fn pause(&mut self, now: f64) {
        self.banked_ms = self.elapsed_ms(now);
        self.running_since = None;
    }

    /// Counted time, in milliseconds.
    pub fn elapsed_ms(&self, now: f64) -> f64 {
        self.banked_ms
            + self
                .running_since
                .map_or(0.0, |since| (now - since).max(0.0))
    }

    /// The presenter moved to `part`: its own time starts now.
    pub fn move_to(&mut self, part: u8, now: f64) {
        let part = part.clamp(1, PARTS);
        if part != self.part {
            self.part = part;
            self.part_began_ms = self.elapsed_ms(now);
        }
    }

    /// Time counted on the current part.
    pub fn part_elapsed_ms(&self, now: f64) -> f64 {
        (self.elapsed_ms(now) - self.part_began_ms).max(0.0)
    }

    /// The current part's allowance, in seconds.
    pub fn part_allowance(&self) -> u32 {
        SECONDS[usize::from(self.part - 1)]
    }

    /// The whole briefing's allowance, in seconds: seven minutes.
    pub fn total_allowance() -> u32 {
        SECONDS.iter().sum()
    }

    /// The current part has run past its allowance.
    pub fn part_is_over(&self, now: f64) -> bool {
        self.part_elapsed_ms(now) >= f64::from(self.part_allowance()) * 1000.0
    }

    /// The briefing has run past seven minutes.
    pub fn is_over(&self, now: f64) -> bool {
        self.elapsed_ms(now) >= f64::from(Self::total_allowance()) * 1000.0
    }
}

/// "0:45", "7:00", "12:03": whole seconds, as a clock shows them.
pub fn clock_face(ms: f64) -> String {
    let seconds = (ms.max(0.0) / 1000.0).floor() as u64;
    format!("{}:{:02}", seconds / 60, seconds % 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_clock_counts_only_while_it_runs() {
        let mut clock = BriefingClock::new(1);
        assert_eq!(clock.elapsed_ms(5_000.0), 0.0);
        clock.start(10_000.0);
        assert_eq!(clock.elapsed_ms(40_000.0), 30_000.0);
        clock.pause(40_000.0);
        assert_eq!(clock.elapsed_ms(100_000.0), 30_000.0);
        clock.start(100_000.0);
        assert_eq!(clock.elapsed_ms(101_500.0), 31_500.0);
        assert_eq!(clock_face(clock.elapsed_ms(101_500.0)), "0:31");
    }

    #[test]
    fn each_part_has_its_own_time_and_allowance() {
        let mut clock = BriefingClock::new(1);
        clock.start(0.0);
        assert_eq!(clock.part_allowance(), 45);
        assert!(!clock.part_is_over(44_999.0));
        assert!(clock.part_is_over(45_000.0));
        clock.move_to(2, 50_000.0);
        assert_eq!(clock.part_elapsed_ms(50_000.0), 0.0);
        assert_eq!(clock.part_allowance(), 60);
        assert_eq!(clock_face(clock.part_elapsed_ms(80_000.0)), "0:30");
        // Staying on a part does not restart its time.
        clock.move_to(2, 90_000.0);
        assert_eq!(clock.part_elapsed_ms(90_000.0), 40_000.0);
        assert_eq!(BriefingClock::total_allowance(), 420);
        assert!(!clock.is_over(419_999.0));
        assert!(clock.is_over(420_000.0));
        assert_eq!(clock_face(420_000.0), "7:00");
    }
}
