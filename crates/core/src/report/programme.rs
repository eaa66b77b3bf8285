//! The report's part for a programme that changes by week: for each of its
//! weeks so far, the sessions done against those prescribed, beside that
//! week's dose, so the physiotherapist sees how each step up went.

use super::escape;
use crate::catalogue::Catalogue;
use crate::dose::dose;
use crate::routine::Routine;
use crate::session::SessionRecord;
use crate::t;
use std::fmt::Write;

/// One week of a programme as the report shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct ProgrammeWeek {
    pub week: u32,
    pub done: usize,
    /// Sessions a week the prescription asks for, when it says.
    pub prescribed: Option<u32>,
    /// "Child's pose: 30 s; Bridge: 10 s × 5".
    pub dose: String,
}

/// Weeks 1 to the latest week with a session in `records`, for
/// `programme` (no more than its own weeks).
pub fn weeks_of(
    programme: &Routine,
    records: &[SessionRecord],
    catalogue: &Catalogue,
) -> Vec<ProgrammeWeek> {
    let Some(of) = programme.programme_weeks() else {
        return Vec::new();
    };
    let id = programme.stable_id();
    let mine: Vec<(u32, bool)> = records
        .iter()
        .filter(|record| record.routine_id == id)
        .filter_map(|record| Some((record.week?, record.completed)))
        .collect();
    let Some(latest) = mine.iter().map(|&(week, _)| week).max() else {
        return Vec::new();
    };
    let prescribed = programme.prescription.map(|p| {
        p.times_per_day
            .unwrap_or(1)
            .saturating_mul(p.days_per_week.unwrap_or(7))
    });
    (1..=latest.min(of))
        .map(|week| ProgrammeWeek {
            week,
            done: mine
                .iter()
                .filter(|&&(w, completed)| w == week && completed)
                .count(),
            prescribed,
            dose: programme
                .in_week(week)
                .steps
                .iter()
                .map(|step| format!("{}: {}", step.name_in(catalogue), dose(step, catalogue)))
                .collect::<Vec<_>>()
                .join("; "),
        })
        .collect()
}

/// A section for each programme in `programmes` with sessions in
/// `records`; empty when there is none.
pub fn sections(
    records: &[SessionRecord],
    programmes: &[Routine],
    catalogue: &Catalogue,
) -> String {
    let mut html = String::new();
    for programme in programmes {
        let weeks = weeks_of(programme, records, catalogue);
        if weeks.is_empty() {
            continue;
        }
        let mut rows = String::new();
        for week in &weeks {
            let percent = week
                .prescribed
                .filter(|&p| p > 0)
                .map_or("–".to_string(), |p| {
                    format!("{:.0} %", 100.0 * week.done as f64 / f64::from(p))
                });
            let _ = write!(
                rows,
                "<tr><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td>\
                 <td class=\"n\">{percent}</td><td>{}</td></tr>",
                week.week,
                week.done,
                week.prescribed.map_or("–".to_string(), |p| p.to_string()),
                escape(&week.dose)
            );
        }
        let _ = write!(
            html,
            "<section><h2>{}</h2><table><tr><th>{}</th><th class=\"n\">{}</th>\
             <th class=\"n\">{}</th><th class=\"n\">{}</th><th>{}</th></tr>{rows}</table></section>",
            escape(&t!(
                "report-programme-title",
                title = crate::library::title_of(programme)
            )),
            escape(&t!("report-programme-week")),
            escape(&t!("report-done")),
            escape(&t!("report-prescribed")),
            escape(&t!("report-adherence")),
            escape(&t!("report-programme-dose")),
        );
    }
    html
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::DateTime;

    fn programme() -> Routine {
        let text = crate::routine::weeks::tests::THREE_PHASES;
        Routine::parse(text.as_bytes(), "six.json", Catalogue::builtin()).expect("valid")
    }

    fn session(programme: &Routine, week: u32, day: &str, completed: bool) -> SessionRecord {
        let started = DateTime::parse_from_rfc3339(&format!("{day}T08:00:00+01:00")).expect("time");
        let mut record = SessionRecord::new(
            &programme.in_week(week),
            started,
            started + chrono::Duration::minutes(5),
        );
        record.completed = completed;
        record
    }

    #[test]
    fn each_week_so_far_with_its_sessions_and_its_dose() {
        let six = programme();
        let records = [
            session(&six, 1, "2026-11-02", true),
            session(&six, 1, "2026-11-03", true),
            session(&six, 2, "2026-11-10", false),
            session(&six, 3, "2026-11-16", true),
        ];
        let weeks = weeks_of(&six, &records, Catalogue::builtin());
        let done: Vec<(u32, usize)> = weeks.iter().map(|w| (w.week, w.done)).collect();
        assert_eq!(
            done,
            [(1, 2), (2, 0), (3, 1)],
            "a stopped session is not done"
        );
        assert!(
            weeks.iter().all(|w| w.prescribed == Some(5)),
            "once a day, 5 days a week"
        );
        assert!(
            weeks[0].dose.starts_with("Child's pose: 20 s"),
            "{}",
            weeks[0].dose
        );
        assert!(!weeks[0].dose.contains("Bridge"));
        assert!(
            weeks[2].dose.contains("Child's pose: 30 s"),
            "{}",
            weeks[2].dose
        );
        assert!(weeks[2].dose.contains("Bridge: 10 s"), "{}", weeks[2].dose);

        let page = sections(&records, std::slice::from_ref(&six), Catalogue::builtin());
        assert!(page.contains("Six weeks: week by week"), "{page}");
        assert_eq!(page.matches("<tr><td>").count(), 3);
        assert!(
            page.contains("<td class=\"n\">2</td><td class=\"n\">5</td><td class=\"n\">40 %</td>")
        );
        // Sessions of other routines, or none yet: no section.
        assert!(sections(&records[..0], &[six], Catalogue::builtin()).is_empty());
    }
}
