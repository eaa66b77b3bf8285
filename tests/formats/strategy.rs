//! Random valid routines for property tests: small (at most a few hours),
//! with catalogue and custom poses, sides, reps, sets, rests, breathing,
//! and a get-ready time that may be 0.

use posewise::core::catalogue::{BreathPattern, Catalogue};
use posewise::core::routine::{CustomPose, Exercise, Prescription, Routine, Sides, Step};
use proptest::option;
use proptest::prelude::*;

/// Seconds in steps of 0.1, from `tenths` tenths.
fn seconds(tenths: std::ops::RangeInclusive<u32>) -> impl Strategy<Value = f64> {
    tenths.prop_map(|t| f64::from(t) / 10.0)
}

fn breathing() -> impl Strategy<Value = BreathPattern> {
    (
        seconds(5..=60),
        seconds(0..=30),
        seconds(5..=60),
        seconds(0..=30),
        any::<bool>(),
    )
        .prop_map(
            |(inhale, hold, exhale, hold_after, alternate_nostrils)| BreathPattern {
                inhale,
                hold,
                exhale,
                hold_after,
                alternate_nostrils,
            },
        )
}

fn exercise() -> impl Strategy<Value = Exercise> {
    let poses: Vec<String> = Catalogue::builtin()
        .poses()
        .iter()
        .map(|p| p.id.clone())
        .collect();
    let custom = (
        "[A-Z][a-z é\"\\\\]{0,20}",
        prop::collection::vec("[A-Z][a-z ,.]{0,30}", 0..3),
        any::<bool>(),
    )
        .prop_map(|(name, instructions, per_side)| {
            Exercise::Custom(CustomPose {
                name,
                instructions,
                per_side,
            })
        });
    prop_oneof![
        3 => prop::sample::select(poses).prop_map(Exercise::Pose),
        1 => custom,
    ]
}

fn sides() -> impl Strategy<Value = Sides> {
    prop::sample::select(vec![Sides::Both, Sides::Left, Sides::Right, Sides::None])
}

fn step() -> impl Strategy<Value = Step> {
    (
        exercise(),
        (
            option::of(1u32..=60),
            option::of(1u32..=4),
            option::of(1u32..=3),
        ),
        (option::of(0u32..=20), option::of(0u32..=30)),
        option::of(sides()),
        option::of(breathing()),
        option::of("[a-z ]{1,20}"),
    )
        .prop_map(|(exercise, dose, rests, sides, breathing, note)| {
            let mut step = Step::of(exercise);
            (step.hold_seconds, step.reps, step.sets) = dose;
            (step.rest_seconds, step.set_rest_seconds) = rests;
            (step.sides, step.breathing, step.note) = (sides, breathing, note);
            make_valid(step)
        })
}

/// Adjusts a random step the way validation asks.
fn make_valid(mut step: Step) -> Step {
    let (per_side, default_hold) = match &step.exercise {
        Exercise::Pose(id) => Catalogue::builtin()
            .find(id)
            .map_or((false, 30), |p| (p.per_side, p.default_hold_seconds)),
        Exercise::Custom(custom) => {
            step.hold_seconds = step.hold_seconds.or(Some(20));
            (custom.per_side, 30)
        }
    };
    if !per_side && step.sides.is_some_and(|s| s != Sides::None) {
        step.sides = Some(Sides::None);
    }
    if let Some(breath) = step.breathing {
        let tenths = [breath.inhale, breath.hold, breath.exhale, breath.hold_after]
            .iter()
            .map(|s| (s * 10.0).round() as u32)
            .sum::<u32>();
        // One whole second of margin against rounding in the check.
        if tenths + 10 > step.hold_seconds.unwrap_or(default_hold) * 10 {
            step.hold_seconds = Some(tenths / 10 + 2);
        }
    }
    step
}

fn prescription() -> impl Strategy<Value = Prescription> {
    (
        option::of(1u32..=12),
        option::of(1u32..=7),
        option::of(1u32..=52),
    )
        .prop_map(|(times_per_day, days_per_week, weeks)| Prescription {
            times_per_day,
            days_per_week,
            weeks,
        })
}

/// A routine that passes validation.
pub fn routine() -> impl Strategy<Value = Routine> {
    (
        "[A-Z][a-zA-Z \"\\\\é]{0,20}",
        (option::of("[a-zA-Z ]{1,12}"), option::of("[a-z\n ]{1,40}")),
        option::of(prescription()),
        prop_oneof![Just(Some(0)), option::of(0u32..=20)],
        prop::collection::vec(step(), 1..5),
    )
        .prop_map(
            |(title, (author, notes), prescription, get_ready_seconds, steps)| Routine {
                format: "posewise-routine".into(),
                version: 1,
                id: None,
                title,
                author,
                notes,
                prescription,
                starts: None,
                get_ready_seconds,
                steps,
                week: None,
            },
        )
}
