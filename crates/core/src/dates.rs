//! Dates, weekdays and months in the person's language. The names come
//! from the translation files (no locale database is linked in: the
//! binary stays small).

use crate::t;
use chrono::{Datelike, NaiveDate, Weekday};

/// "1 June 2025", "1. Juni 2025", "1 de junio de 2025".
pub fn long_date(date: NaiveDate) -> String {
    t!(
        "date-long",
        day = date.day(),
        month = month_name(date.month()),
        year = date.year()
    )
}

/// "Sunday 1 June", "Sonntag, 1. Juni": a day this year, in full.
pub fn day(date: NaiveDate) -> String {
    t!(
        "date-day",
        weekday = weekday_name(date.weekday()),
        day = date.day(),
        month = month_name(date.month())
    )
}

/// "1 Jun 2025": a day with its year, short.
pub fn medium_date(date: NaiveDate) -> String {
    t!(
        "date-medium",
        day = date.day(),
        month = month_short(date.month()),
        year = date.year()
    )
}

/// "1 Jun", "1. Juni": a day in the current year.
pub fn short_date(date: NaiveDate) -> String {
    t!(
        "date-short",
        day = date.day(),
        month = month_short(date.month())
    )
}

/// "June", "Juni", "जून"; `month` from 1 to 12.
pub fn month_name(month: u32) -> String {
    t!("month", month = month_key(month))
}

/// "Jun", "Juni".
pub fn month_short(month: u32) -> String {
    t!("month-short", month = month_key(month))
}

/// "Monday", "Montag".
pub fn weekday_name(day: Weekday) -> String {
    t!("weekday", day = weekday_key(day))
}

/// "Mon", "Mo".
pub fn weekday_short(day: Weekday) -> String {
    t!("weekday-short", day = weekday_key(day))
}

fn month_key(month: u32) -> &'static str {
    const KEYS: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    KEYS[(month.clamp(1, 12) - 1) as usize]
}

fn weekday_key(day: Weekday) -> &'static str {
    match day {
        Weekday::Mon => "mon",
        Weekday::Tue => "tue",
        Weekday::Wed => "wed",
        Weekday::Thu => "thu",
        Weekday::Fri => "fri",
        Weekday::Sat => "sat",
        Weekday::Sun => "sun",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, Scoped};

    #[test]
    fn dates_read_as_each_language_writes_them() {
        let date = NaiveDate::from_ymd_opt(2025, 6, 1).unwrap_or_default();
        let said = |lang| {
            let _lang = Scoped::new(lang);
            (long_date(date), weekday_name(date.weekday()))
        };
        assert_eq!(said(Lang::En), ("1 June 2025".into(), "Sunday".into()));
        assert_eq!(said(Lang::De), ("1. Juni 2025".into(), "Sonntag".into()));
        assert_eq!(
            said(Lang::Es),
            ("1 de junio de 2025".into(), "domingo".into())
        );
        assert_eq!(said(Lang::Fr), ("1 juin 2025".into(), "dimanche".into()));
        assert_eq!(
            said(Lang::PtBr),
            ("1 de junho de 2025".into(), "domingo".into())
        );
        assert_eq!(said(Lang::Hi), ("1 जून 2025".into(), "रविवार".into()));
    }
}
