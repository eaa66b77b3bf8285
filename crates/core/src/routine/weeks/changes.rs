//! What a week of a programme changes since the week before, in the words
//! Today shows: "Child's Pose: hold 30 s (was 20 s)", "New this week:
//! Bridge".

use crate::catalogue::Catalogue;
use crate::dose::rhythm;
use crate::duration::short_duration;
use crate::routine::{ResolvedStep, Routine};
use crate::t;
use std::time::Duration;

impl Routine {
    /// One line per step that starts, stops or changes its dose in `week`
    /// (none in week 1, past the end, or for a routine that is the same
    /// every week).
    pub fn changes_in(&self, week: u32, catalogue: &Catalogue) -> Vec<String> {
        let Some(of) = self.programme_weeks() else {
            return Vec::new();
        };
        if week <= 1 || week > of {
            return Vec::new();
        }
        let before = week - 1;
        self.steps
            .iter()
            .filter_map(|step| {
                let name = step.name_in(catalogue);
                match (step.runs_in(before), step.runs_in(week)) {
                    (false, true) => Some(t!("week-change-new", name = name.as_str())),
                    (true, false) => Some(t!("week-change-over", name = name.as_str())),
                    (true, true) => {
                        let was = ResolvedStep::in_catalogue(&step.in_week(before), catalogue);
                        let now = ResolvedStep::in_catalogue(&step.in_week(week), catalogue);
                        let changes = dose_changes(&was, &now);
                        (!changes.is_empty()).then(|| {
                            t!(
                                "week-change-step",
                                name = name.as_str(),
                                changes = changes.join(&t!("list-separator"))
                            )
                        })
                    }
                    (false, false) => None,
                }
            })
            .collect()
    }
}

/// "hold 30 s (was 20 s)", one for each part of the dose that differs.
fn dose_changes(was: &ResolvedStep, now: &ResolvedStep) -> Vec<String> {
    let seconds = |s: u32| short_duration(Duration::from_secs(u64::from(s)));
    let breath = |step: &ResolvedStep| step.breathing.as_ref().map(rhythm).unwrap_or_default();
    let changed = |was: u32, now: u32| (was != now).then(|| (seconds(now), seconds(was)));
    [
        changed(was.hold_seconds, now.hold_seconds)
            .map(|(now, was)| t!("week-change-hold", now = now.as_str(), was = was.as_str())),
        (was.reps != now.reps).then(|| t!("week-change-reps", now = now.reps, was = was.reps)),
        (was.sets != now.sets).then(|| t!("week-change-sets", now = now.sets, was = was.sets)),
        changed(was.rest_seconds, now.rest_seconds)
            .map(|(now, was)| t!("week-change-rest", now = now.as_str(), was = was.as_str())),
        changed(was.set_rest_seconds, now.set_rest_seconds).map(|(now, was)| {
            t!(
                "week-change-set-rest",
                now = now.as_str(),
                was = was.as_str()
            )
        }),
        (breath(was) != breath(now)).then(|| {
            let (was, now) = (breath(was), breath(now));
            t!(
                "week-change-breathing",
                now = now.as_str(),
                was = was.as_str()
            )
        }),
    ]
    .into_iter()
    .flatten()
    .collect()
}
