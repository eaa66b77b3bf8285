use super::*;
use crate::catalogue::Catalogue;
use crate::routine::Routine;

fn plan(steps: &str, get_ready_seconds: u32) -> Plan {
    let json = format!(
        r#"{{"format":"posewise-routine","version":1,"title":"t",
        "get_ready_seconds":{get_ready_seconds},"steps":[{steps}]}}"#
    );
    let routine = Routine::parse(json.as_bytes(), "t", Catalogue::builtin()).expect("valid");
    Plan::build(&routine, Catalogue::builtin())
}

/// Holds of 40 s and 20 s with reps and sides, rests of 15 s and 5 s,
/// breathing (two 11 s breaths), and a custom exercise named like a
/// catalogue alias; 13 s to get ready.
fn mixed() -> Plan {
    plan(
        r#"{"pose":"knee-to-chest","hold_seconds":40,"reps":2,"rest_seconds":15},
        {"pose":"trunk-rotation","hold_seconds":20,"reps":2,"rest_seconds":5},
        {"pose":"deep-breathing","hold_seconds":22},
        {"custom":{"name":"Child pose","instructions":["Kneel."]},"hold_seconds":20}"#,
        13,
    )
}

fn pairs(plan: &Plan) -> Vec<(u64, String)> {
    announcements(plan)
        .into_iter()
        .map(|a| (a.at_ms, a.text))
        .collect()
}

#[test]
fn times_every_announcement() {
    let expected = [
        // 350 + 22 words × 400 ms + 500 ms fits before the beeps at 10 s.
        (
            350,
            "Knee-to-chest stretch, 40 seconds, left side first. Lie on your \
             back with both knees bent and your feet flat on the floor.",
        ),
        (33_000, "Halfway"),
        (53_350, "Switch sides"),
        (86_000, "Halfway"),
        (106_350, "Rest"),
        // Ends 500 ms before the rest's beeps at 118 s.
        (114_700, "Next: Knee-to-chest stretch, rep 2 of 2"),
        (141_000, "Halfway"),
        (161_350, "Switch sides"),
        (194_000, "Halfway"),
        // After the step-done chime; its 23 words would reach the beeps.
        (215_150, "Trunk rotation, 20 seconds, left side first."),
        // So the instruction follows the start of the first hold (227 s),
        // ending 500 ms or more before its beeps at 244 s.
        (
            227_350,
            "Lie on your back with your knees bent, feet together and arms \
             out to the sides.",
        ),
        (247_350, "Switch sides"),
        // The 5 s rest has no room for what comes next.
        (280_350, "Rest"),
        (305_350, "Switch sides"),
        (
            339_150,
            "Deep breathing, 22 seconds. Sit comfortably or lie on your back \
             with your knees bent.",
        ),
        // A custom exercise: its instructions are not in the plan.
        (374_150, "Child pose, 20 seconds."),
        (406_350, "Session complete. Well done."),
    ];
    let expected: Vec<(u64, String)> = expected
        .into_iter()
        .map(|(at, text)| (at, text.to_string()))
        .collect();
    assert_eq!(pairs(&mixed()), expected);
}

#[test]
fn no_announcement_runs_into_a_countdown_or_the_next_one() {
    let plan = mixed();
    let said = announcements(&plan);
    let countdowns: Vec<(u64, u64)> = plan
        .segments
        .iter()
        .enumerate()
        .map(|(index, segment)| (quiet_from(&plan, index), segment.end_ms()))
        .filter(|(from, end)| from < end)
        .collect();
    assert!(!countdowns.is_empty());
    for (index, a) in said.iter().enumerate() {
        let end = a.at_ms + speech_ms(&a.text);
        for &(from, to) in &countdowns {
            assert!(end <= from || a.at_ms >= to, "{a:?} in {from}..{to}");
        }
        if let Some(next) = said.get(index + 1) {
            assert!(end <= next.at_ms, "{a:?} runs into {next:?}");
        }
    }
}

#[test]
fn a_long_hold_gets_one_halfway_and_a_short_one_none() {
    let plan = mixed();
    let said = announcements(&plan);
    for segment in plan.segments.iter().filter(|s| s.kind == SegmentKind::Hold) {
        let halfways = said
            .iter()
            .filter(|a| a.text == "Halfway")
            .filter(|a| (segment.start_ms..segment.end_ms()).contains(&a.at_ms))
            .count();
        let expected = usize::from(segment.duration_ms == 40_000);
        assert_eq!(halfways, expected, "{segment:?}");
    }
}

#[test]
fn no_halfway_when_a_cue_sounds_near_the_middle() {
    let mut plan = mixed();
    // The first hold runs from 13 s to 53 s: its middle is at 33 s.
    let at = plan.cues.partition_point(|c| c.at_ms < 34_000);
    plan.cues.insert(
        at,
        Cue {
            at_ms: 34_000,
            kind: CueKind::Countdown,
            side: None,
            segment: 1,
        },
    );
    let halfways: Vec<u64> = announcements(&plan)
        .into_iter()
        .filter(|a| a.text == "Halfway")
        .map(|a| a.at_ms)
        .collect();
    assert_eq!(halfways, [86_000, 141_000, 194_000]);
}

#[test]
fn with_the_default_get_ready_the_instruction_follows_the_first_hold_start() {
    let plan = plan(
        r#"{"pose":"knee-to-chest","hold_seconds":30,"reps":2,"rest_seconds":10},
        {"pose":"anulom-vilom","hold_seconds":120}"#,
        5,
    );
    let expected = [
        (350, "Knee-to-chest stretch, 30 seconds, left side first."),
        // The first hold runs from 5 s to 35 s, its beeps from 32 s: the
        // 15 words end at 11.35 s. Not said again on later sides or reps.
        (
            5_350,
            "Lie on your back with both knees bent and your feet flat on the floor.",
        ),
        (20_000, "Halfway"),
        (35_350, "Switch sides"),
        (55_000, "Halfway"),
        (70_350, "Rest"),
        (73_700, "Next: Knee-to-chest stretch, rep 2 of 2"),
        (95_000, "Halfway"),
        (110_350, "Switch sides"),
        (130_000, "Halfway"),
        // Breathing has no hold to say it in, nor room in the get-ready.
        (146_150, "Alternate nostril breathing, 2 minutes."),
        (270_350, "Session complete. Well done."),
    ];
    let expected: Vec<(u64, String)> = expected
        .into_iter()
        .map(|(at, text)| (at, text.to_string()))
        .collect();
    assert_eq!(pairs(&plan), expected);
}

#[test]
fn a_short_first_hold_hears_the_first_clause() {
    // The first hold runs from 5 s to 13 s, its beeps from 10 s: the whole
    // instruction would end at 11.35 s, its first clause ends at 8.55 s.
    let short_get_ready = plan(r#"{"pose":"knee-to-chest","hold_seconds":8}"#, 5);
    let said = pairs(&short_get_ready);
    assert_eq!(
        said[..2],
        [
            (
                350,
                "Knee-to-chest stretch, 8 seconds, left side first.".to_string()
            ),
            (5_350, "Lie on your back with both knees bent.".to_string()),
        ]
    );
    assert_eq!(said[2], (13_350, "Switch sides".to_string()));
    // With 10 s to get ready (beeps from 7 s) the clause fits there first.
    let long_get_ready = plan(r#"{"pose":"knee-to-chest","hold_seconds":8}"#, 10);
    assert_eq!(
        pairs(&long_get_ready)[..2],
        [
            (
                350,
                "Knee-to-chest stretch, 8 seconds, left side first. Lie on your back \
                 with both knees bent."
                    .to_string()
            ),
            (18_350, "Switch sides".to_string()),
        ]
    );
}

#[test]
fn an_instruction_with_no_room_anywhere_is_left_out() {
    // The first hold runs from 5 s to 10 s, its beeps from 7 s.
    let plan = plan(r#"{"pose":"knee-to-chest","hold_seconds":5}"#, 5);
    assert_eq!(
        pairs(&plan),
        [
            (
                350,
                "Knee-to-chest stretch, 5 seconds, left side first.".to_string()
            ),
            (10_350, "Switch sides".to_string()),
            (20_350, "Session complete. Well done.".to_string()),
        ]
    );
}

#[test]
fn a_long_instruction_at_the_hold_start_silences_its_halfway() {
    const LONG: &str = "Lie on your back with both knees bent, your feet flat on \
        the floor hip-width apart, your arms resting by your sides with the \
        palms down, your shoulders relaxed, your chin tucked in a little and \
        your lower back resting gently on the floor.";
    let plan = plan(r#"{"pose":"knee-to-chest","hold_seconds":30}"#, 5);
    let said: Vec<(u64, String)> = announcements_with(&plan, |_| Some(LONG.to_string()))
        .into_iter()
        .map(|a| (a.at_ms, a.text))
        .collect();
    // 44 words from 5.35 s end at 22.95 s, past the first hold's middle
    // (20 s) but 500 ms or more before its beeps at 32 s.
    assert_eq!(LONG.split_whitespace().count(), 44);
    assert_eq!(
        said,
        [
            (
                350,
                "Knee-to-chest stretch, 30 seconds, left side first.".to_string()
            ),
            (5_350, LONG.to_string()),
            (35_350, "Switch sides".to_string()),
            (55_000, "Halfway".to_string()),
            (70_350, "Session complete. Well done.".to_string()),
        ]
    );
}

#[test]
fn the_first_clause_ends_at_a_comma_semicolon_or_and() {
    assert_eq!(
        first_clause("Stand facing a wall, about an arm's length away.").as_deref(),
        Some("Stand facing a wall.")
    );
    assert_eq!(
        first_clause("Breathe in; hold it.").as_deref(),
        Some("Breathe in.")
    );
    assert_eq!(
        first_clause("Lie face down with your legs together and your hands flat.").as_deref(),
        Some("Lie face down with your legs together.")
    );
    assert_eq!(
        first_clause("Lie on your back with your legs straight.").as_deref(),
        None
    );
}

#[test]
fn a_rest_between_sets_says_which_set_comes() {
    let plan = plan(
        r#"{"pose":"bridge","hold_seconds":10,"sets":2,"set_rest_seconds":20}"#,
        5,
    );
    let next: Vec<_> = pairs(&plan)
        .into_iter()
        .filter(|(_, text)| text.starts_with("Next"))
        .collect();
    // The set rest runs from 15 s to 35 s; its beeps start at 32 s.
    assert_eq!(
        next,
        [(28_700, "Next: Bridge pose, set 2 of 2".to_string())]
    );
}

#[test]
fn the_length_said_is_one_hold_not_the_whole_step() {
    let plan = plan(
        r#"{"pose":"balasana","hold_seconds":45,"reps":2},
        {"pose":"bridge","hold_seconds":10,"sets":2,"set_rest_seconds":20}"#,
        5,
    );
    let texts: Vec<_> = announcements(&plan).into_iter().map(|a| a.text).collect();
    assert_eq!(texts[0], "Child's pose, 45 seconds.");
    assert!(
        texts.contains(&"Bridge pose, 10 seconds.".to_string()),
        "{texts:?}"
    );
}
