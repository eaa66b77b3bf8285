//! Programmes that change week by week (format version 2): a step may run
//! only in some weeks (`from_week`, `until_week`) and change its dose from
//! a week on (`progress`). Everything that runs a routine runs one week of
//! it, `Routine::in_week`, which is a routine of version 1's shape.

mod changes;

use super::{Progress, Routine, Step};
use chrono::NaiveDate;

/// The longest programme, in weeks.
pub const MAX_WEEKS: u32 = 52;
/// Most dose changes one step may have (one a week at most).
pub const MAX_PROGRESS: usize = MAX_WEEKS as usize;
/// Longest `id`, in characters.
pub const MAX_ID_CHARS: usize = 64;

/// Where a day falls in a programme.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Week {
    /// The week whose doses apply: 1 to `of`.
    pub number: u32,
    /// How many weeks the programme has.
    pub of: u32,
    /// The day is past the programme's last week (its doses still apply).
    pub complete: bool,
}

impl Week {
    /// Week `asked` (counted from 1) of a programme of `of` weeks.
    pub fn of_programme(asked: u32, of: u32) -> Week {
        let of = of.clamp(1, MAX_WEEKS);
        Week {
            number: asked.clamp(1, of),
            of,
            complete: asked > of,
        }
    }

    /// The week to ask `Routine::in_week` for to get this one back (past
    /// the end: the week after the last).
    pub fn asked(self) -> u32 {
        self.number.saturating_add(u32::from(self.complete))
    }

    /// The week `day` falls in when week 1 begins on `start` (a day
    /// before the start is week 1).
    pub fn on(day: NaiveDate, start: NaiveDate, of: u32) -> Week {
        let days = (day - start).num_days().max(0);
        let asked = u32::try_from(days / 7)
            .unwrap_or(u32::MAX)
            .saturating_add(1);
        Week::of_programme(asked, of)
    }
}

impl Step {
    /// Whether the step uses anything of version 2.
    pub fn changes_by_week(&self) -> bool {
        self.from_week.is_some() || self.until_week.is_some() || !self.progress.is_empty()
    }

    /// Whether the step is done in `week`.
    pub fn runs_in(&self, week: u32) -> bool {
        self.from_week.is_none_or(|from| week >= from)
            && self.until_week.is_none_or(|until| week <= until)
    }

    /// The step as done in `week`: every change up to that week applied,
    /// and nothing of version 2 left.
    pub fn in_week(&self, week: u32) -> Step {
        let mut step = Step {
            from_week: None,
            until_week: None,
            progress: Vec::new(),
            ..self.clone()
        };
        for change in self.progress.iter().filter(|c| c.from_week <= week) {
            change.apply_to(&mut step);
        }
        step
    }
}

impl Progress {
    /// Whether the change gives any dose at all.
    pub fn changes_anything(&self) -> bool {
        self.hold_seconds.is_some()
            || self.reps.is_some()
            || self.sets.is_some()
            || self.rest_seconds.is_some()
            || self.set_rest_seconds.is_some()
            || self.breathing.is_some()
    }

    fn apply_to(&self, step: &mut Step) {
        step.hold_seconds = self.hold_seconds.or(step.hold_seconds);
        step.reps = self.reps.or(step.reps);
        step.sets = self.sets.or(step.sets);
        step.rest_seconds = self.rest_seconds.or(step.rest_seconds);
        step.set_rest_seconds = self.set_rest_seconds.or(step.set_rest_seconds);
        if self.breathing.is_some() {
            step.breathing.clone_from(&self.breathing);
        }
    }
}

impl Routine {
    /// Whether any step runs only in some weeks or changes its dose.
    pub fn changes_by_week(&self) -> bool {
        self.steps.iter().any(Step::changes_by_week)
    }

    /// The version the routine must be written with: 2 when it uses
    /// anything of version 2, else 1 (which an older Posewise reads).
    pub fn needed_version(&self) -> u64 {
        match self.id.is_some() || self.starts.is_some() || self.changes_by_week() {
            true => super::LATEST_VERSION,
            false => super::VERSION,
        }
    }

    /// How many weeks the programme has, when it changes by week.
    pub fn programme_weeks(&self) -> Option<u32> {
        self.changes_by_week().then(|| {
            self.prescription
                .and_then(|p| p.weeks)
                .unwrap_or(MAX_WEEKS)
                .clamp(1, MAX_WEEKS)
        })
    }

    /// The weeks where something begins: week 1 and every week a step
    /// starts, stops or changes its dose, in order. Empty for a routine
    /// that is the same every week.
    pub fn phase_weeks(&self) -> Vec<u32> {
        let Some(of) = self.programme_weeks() else {
            return Vec::new();
        };
        let mut weeks = vec![1];
        for step in &self.steps {
            weeks.extend(step.from_week);
            weeks.extend(step.until_week.map(|week| week.saturating_add(1)));
            weeks.extend(step.progress.iter().map(|change| change.from_week));
        }
        weeks.retain(|week| (1..=of).contains(week));
        weeks.sort_unstable();
        weeks.dedup();
        weeks
    }

    /// Where `day` falls in the programme, when week 1 began on `starts`
    /// or else on `first_session` (or begins today, before any session).
    /// None for a routine that is the same every week.
    pub fn week_on(&self, day: NaiveDate, first_session: Option<NaiveDate>) -> Option<Week> {
        let of = self.programme_weeks()?;
        let start = self.starts.or(first_session).unwrap_or(day);
        Some(Week::on(day, start, of))
    }

    /// The routine as done in `week` (past the end: the last week): only
    /// the steps that run then, each with that week's dose. It keeps the
    /// programme's `stable_id`, so its sessions count for the programme.
    /// A routine that is the same every week is returned as it is.
    pub fn in_week(&self, week: u32) -> Routine {
        let Some(of) = self.programme_weeks() else {
            return self.clone();
        };
        let shown = Week::of_programme(week, of);
        let week = shown.number;
        Routine {
            id: Some(self.stable_id()),
            starts: None,
            week: Some(shown),
            steps: self
                .steps
                .iter()
                .filter(|step| step.runs_in(week))
                .map(|step| step.in_week(week))
                .collect(),
            ..self.clone()
        }
    }

    /// The id that stays with the routine: its `id`, or else a hash of
    /// its content (the same routine gives the same id on every machine
    /// and every run: FNV-1a over its JSON).
    pub fn stable_id(&self) -> String {
        if let Some(id) = &self.id {
            return id.clone();
        }
        let hash = self
            .to_json()
            .bytes()
            .fold(0xcbf2_9ce4_8422_2325u64, |hash, byte| {
                (hash ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3)
            });
        format!("{hash:016x}")
    }
}

#[cfg(test)]
pub(crate) mod tests;
