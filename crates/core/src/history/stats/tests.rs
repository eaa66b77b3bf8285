use super::*;
use crate::history::tests::record;
use crate::routine::Prescription;

fn day(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").expect("date")
}

/// A completed session of a routine with no prescription.
fn free(start: &str) -> SessionRecord {
    let mut record = record(start, None);
    record.prescription = None;
    record.routine_id = "free".into();
    record
}

fn refs(records: &[SessionRecord]) -> Vec<&SessionRecord> {
    records.iter().collect()
}

#[test]
fn a_streak_runs_across_month_ends() {
    let records: Vec<_> = [
        "2026-01-30",
        "2026-01-31",
        "2026-02-01",
        "2026-02-27",
        "2026-02-28",
        "2026-03-01",
        "2026-03-02",
    ]
    .iter()
    .map(|d| free(&format!("{d}T18:00:00+01:00")))
    .collect();
    let streak = streak(&refs(&records), day("2026-03-02"));
    assert_eq!(
        streak,
        Streak {
            current: 4,
            longest: 4
        }
    );
    let earlier = super::streak(&refs(&records), day("2026-02-02"));
    assert_eq!(
        earlier,
        Streak {
            current: 3,
            longest: 3
        },
        "today not done yet"
    );
    let lapsed = super::streak(&refs(&records), day("2026-03-04"));
    assert_eq!(lapsed.current, 0);
}

#[test]
fn a_day_counts_only_when_the_prescription_is_met() {
    // Twice a day prescribed: one session is not enough.
    let records = vec![
        record("2026-03-09T08:00:00+01:00", None),
        record("2026-03-09T19:00:00+01:00", None),
        record("2026-03-10T08:00:00+01:00", None),
        record("2026-03-11T08:00:00+01:00", None),
        record("2026-03-11T20:00:00+01:00", None),
    ];
    assert_eq!(
        counted_days(&refs(&records)),
        [day("2026-03-09"), day("2026-03-11")]
    );
    assert_eq!(streak(&refs(&records), day("2026-03-11")).longest, 1);
    let mut stopped = records.clone();
    stopped[4].completed = false;
    assert_eq!(counted_days(&refs(&stopped)), [day("2026-03-09")]);
}

#[test]
fn the_dst_change_neither_breaks_nor_doubles_a_streak() {
    // Europe/Berlin moved from +01:00 to +02:00 on 2026-03-29 at 02:00.
    let records: Vec<_> = [
        "2026-03-28T23:30:00+01:00",
        "2026-03-29T00:30:00+01:00",
        "2026-03-30T00:10:00+02:00",
        "2026-03-30T23:50:00+02:00",
    ]
    .iter()
    .map(|t| free(t))
    .collect();
    let days: Vec<_> = per_day(&refs(&records)).into_keys().collect();
    assert_eq!(
        days,
        [day("2026-03-28"), day("2026-03-29"), day("2026-03-30")]
    );
    assert_eq!(streak(&refs(&records), day("2026-03-30")).current, 3);
}

#[test]
fn each_session_counts_on_the_date_where_it_was_done() {
    // 23:30 in New York is already the next day in UTC and in Berlin.
    let records = vec![
        free("2026-01-10T23:30:00-05:00"),
        free("2026-01-11T09:00:00+01:00"),
        free("2026-01-12T22:00:00-05:00"),
    ];
    let days = per_day(&refs(&records));
    assert_eq!(days.len(), 3);
    assert!(days.contains_key(&day("2026-01-10")));
    assert_eq!(streak(&refs(&records), day("2026-01-12")).current, 3);
}

#[test]
fn adherence_is_done_over_prescribed_across_a_month_end() {
    // Twice a day, 7 days a week: 14 days → 28 sessions prescribed.
    let mut records = Vec::new();
    for d in 0..14u64 {
        let date = day("2026-01-25") + Days::new(d);
        records.push(record(&format!("{date}T08:00:00+01:00"), None));
        if d % 2 == 0 {
            records.push(record(&format!("{date}T20:00:00+01:00"), None));
        }
    }
    records.push(record("2026-02-08T08:00:00+01:00", None)); // outside
    let all = adherence(&refs(&records), day("2026-01-25"), day("2026-02-07"));
    assert_eq!(all.len(), 1);
    assert_eq!(all[0].done, 21);
    assert_eq!(all[0].prescribed, Some(28.0));
    assert_eq!(all[0].percent(), Some(75.0));
    let five_days = Prescription {
        times_per_day: Some(1),
        days_per_week: Some(5),
        weeks: None,
    };
    assert_eq!(prescribed(Some(five_days), 14), Some(10.0));
    assert_eq!(prescribed(None, 14), None);
}

#[test]
fn weeks_start_on_monday_and_cut_weeks_are_prescribed_pro_rata() {
    let records = vec![record("2026-03-01T08:00:00+01:00", None)]; // a Sunday
    let weeks = weeks(
        &refs(&records),
        records[0].prescription,
        day("2026-03-01"),
        day("2026-03-10"),
    );
    let starts: Vec<_> = weeks.iter().map(|w| w.start).collect();
    assert_eq!(
        starts,
        [day("2026-02-23"), day("2026-03-02"), day("2026-03-09")]
    );
    assert_eq!(weeks[0].totals.sessions, 1);
    assert_eq!(weeks[0].totals.minutes, 10);
    assert_eq!(weeks[0].prescribed, Some(2.0));
    assert_eq!(weeks[1].prescribed, Some(14.0));
    assert_eq!(weeks[2].prescribed, Some(4.0));
}

#[test]
fn pain_trend_average_and_the_warning_after_two_worse_sessions_in_a_row() {
    let records = vec![
        record("2026-03-03T08:00:00+01:00", Some((5, 7))),
        record("2026-03-01T08:00:00+01:00", Some((6, 4))),
        record("2026-03-02T08:00:00+01:00", Some((4, 5))),
        record("2026-03-02T20:00:00+01:00", None),
        record("2026-03-04T08:00:00+01:00", Some((3, 5))),
    ];
    let trend = pain_trend(&refs(&records));
    let dates: Vec<_> = trend.iter().map(|p| p.date).collect();
    assert_eq!(
        dates,
        [
            day("2026-03-01"),
            day("2026-03-02"),
            day("2026-03-03"),
            day("2026-03-04")
        ]
    );
    assert_eq!(average_change(&trend), Some(0.75));
    assert_eq!(
        warning(&trend),
        Some(Warning {
            first: day("2026-03-03"),
            second: day("2026-03-04")
        })
    );
    assert_eq!(warning(&trend[..3]), None, "one worse session is not two");
    assert_eq!(average_change(&[]), None);
}

#[test]
fn painful_exercises_are_counted_per_routine() {
    let mut records = vec![
        record("2026-03-01T08:00:00+01:00", None),
        record("2026-03-02T08:00:00+01:00", None),
        free("2026-03-03T08:00:00+01:00"),
    ];
    records[0].painful_steps = vec![1];
    records[1].painful_steps = vec![0, 1];
    records[2].painful_steps = vec![1];
    let painful = painful_steps(&refs(&records));
    let seen: Vec<_> = painful
        .iter()
        .map(|p| (p.routine_id.as_str(), p.step, p.count))
        .collect();
    let id = records[0].routine_id.as_str();
    assert_eq!(seen, [(id, 1, 2), (id, 0, 1), ("free", 1, 1)]);
    assert_eq!(painful[0].name, "Cobra pose");
}

#[test]
fn the_next_session_remembers_what_hurt_last_time_and_on_which_side() {
    use crate::plan::Side;
    use crate::session::{Hurt, HurtChoice};
    let mut records = vec![
        record("2026-03-02T08:00:00+01:00", None),
        record("2026-03-01T08:00:00+01:00", None),
        free("2026-03-03T08:00:00+01:00"),
    ];
    let id = records[0].routine_id.clone();
    // Nothing hurt in the last session of this routine: nothing to say.
    records[1].painful_steps = vec![0];
    assert_eq!(last_time_it_hurt(&records, &id), None);
    // The last one, recorded with the side and the choice.
    records[0].painful_steps = vec![1];
    records[0].hurt_choices = vec![Hurt {
        step: 1,
        side: Some(Side::Left),
        choice: HurtChoice::Gently,
    }];
    assert_eq!(
        last_time_it_hurt(&records, &id).as_deref(),
        Some("Last time the Cobra pose hurt on the left: go gently.")
    );
    // An older record with painful steps only: no side.
    records[0].hurt_choices.clear();
    assert_eq!(
        last_time_it_hurt(&records, &id).as_deref(),
        Some("Last time the Cobra pose hurt: go gently.")
    );
    assert_eq!(last_time_it_hurt(&records, "no such routine"), None);
}
