//! "Make it easier": a step that hurts keeps going with holds a third
//! shorter. The routine itself is never changed (its id, and so the
//! record's, stays the same); the session runs an eased copy.

use crate::catalogue::Catalogue;
use crate::routine::Routine;
use crate::routine::resolved::{ResolvedStep, breath_phases_ms};
use std::collections::BTreeSet;

/// The shorter hold for a step that holds `seconds`: a third off, rounded
/// to the nearest second, but never shorter than one breath of the step's
/// breathing (nor than one second). `None` when that is no shorter.
pub fn eased_hold(step: &ResolvedStep) -> Option<u32> {
    let shorter = (u64::from(step.hold_seconds) * 2).div_ceil(3);
    let floor_ms = step.breathing.map_or(1000, |breath| {
        breath_phases_ms(&breath).iter().sum::<u64>().max(1000)
    });
    let eased = shorter.max(floor_ms.div_ceil(1000));
    (eased < u64::from(step.hold_seconds)).then_some(eased as u32)
}

/// `routine` with the holds of `steps` made easier (indices past its end
/// are ignored).
pub fn eased(routine: &Routine, steps: &BTreeSet<usize>, catalogue: &Catalogue) -> Routine {
    let mut routine = routine.clone();
    for &index in steps {
        let Some(step) = routine.steps.get_mut(index) else {
            continue;
        };
        if let Some(hold) = eased_hold(&ResolvedStep::in_catalogue(step, catalogue)) {
            step.hold_seconds = Some(hold);
        }
    }
    routine
}

/// Whether step `index` of `routine` can be made easier (it exists, and a
/// third off is still at least one breath).
pub fn can_ease(routine: &Routine, index: usize, catalogue: &Catalogue) -> bool {
    routine
        .steps
        .get(index)
        .is_some_and(|step| eased_hold(&ResolvedStep::in_catalogue(step, catalogue)).is_some())
}
