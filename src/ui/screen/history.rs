//! The History screen: the sessions logged, a 12-week calendar, pain
//! before and after over time, minutes per week, adherence per routine,
//! filters and "Save report…".

mod model;
#[cfg(test)]
mod tests;
mod view;

use crate::core::routine::Routine;
use crate::core::session::SessionRecord;
use crate::ui::keys::Hotkey;
use crate::ui::style::Sizes;
use crate::ui::widget::heat_map::HeatMap;
use crate::ui::widget::minutes_chart::MinutesChart;
use crate::ui::widget::pain_chart::PainChart;
use chrono::NaiveDate;
use iced::Element;
use std::path::PathBuf;

use model::Selection;
pub use model::{Choice, Range, ReportKind};

#[derive(Debug, Clone)]
pub enum Message {
    RoutinePicked(Choice),
    RangePicked(Range),
    SaveReport,
    /// Where to save the report, from the file dialog.
    ReportPicked(Option<PathBuf>),
    GoToday,
}

#[derive(Debug)]
pub enum Action {
    None,
    /// Ask where to save the report.
    PickReportFile,
    /// Write `text` to `path`, then tell `report_written`.
    WriteReport {
        path: PathBuf,
        text: String,
    },
    GoToday,
}

/// How the last "Save report…" went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Saved {
    Done(String),
    Failed(String),
}

pub struct HistoryScreen {
    records: Vec<SessionRecord>,
    today: NaiveDate,
    choices: Vec<Choice>,
    choice: Choice,
    range: Range,
    selection: Selection,
    heat_map: HeatMap,
    pain: PainChart,
    minutes: MinutesChart,
    saved: Option<Saved>,
    /// The library's routines that change by week, for the report.
    programmes: Vec<Routine>,
}

impl HistoryScreen {
    /// `routine`: a routine id to show only that routine's sessions.
    pub fn new(records: &[SessionRecord], today: NaiveDate, routine: Option<String>) -> Self {
        let choice = model::choice_for(records, routine.as_deref());
        let range = Range::Weeks12;
        let selection = Selection::new(records, &choice, range, today);
        let (heat_map, pain, minutes) = charts(&selection);
        HistoryScreen {
            records: records.to_vec(),
            today,
            choices: model::choices(records),
            choice,
            range,
            selection,
            heat_map,
            pain,
            minutes,
            saved: None,
            programmes: Vec::new(),
        }
    }

    /// Reports the weeks of these programmes too.
    pub fn with_programmes(self, programmes: Vec<Routine>) -> Self {
        HistoryScreen { programmes, ..self }
    }

    pub fn choice(&self) -> &Choice {
        &self.choice
    }

    pub fn range(&self) -> Range {
        self.range
    }

    pub fn update(&mut self, message: Message) -> Action {
        match message {
            Message::RoutinePicked(choice) => {
                self.choice = choice;
                self.refresh();
            }
            Message::RangePicked(range) => {
                self.range = range;
                self.refresh();
            }
            Message::SaveReport => return Action::PickReportFile,
            Message::ReportPicked(Some(path)) => {
                let text =
                    self.selection
                        .report(ReportKind::of(&path), self.today, &self.programmes);
                return Action::WriteReport { path, text };
            }
            Message::ReportPicked(None) => {}
            Message::GoToday => return Action::GoToday,
        }
        Action::None
    }

    /// What writing the report came to: the path, or the error in words.
    pub fn report_written(&mut self, result: Result<PathBuf, String>) {
        self.saved = Some(match result {
            Ok(path) => Saved::Done(format!("Saved the report to {}", path.display())),
            Err(error) => Saved::Failed(error),
        });
    }

    fn refresh(&mut self) {
        self.selection = Selection::new(&self.records, &self.choice, self.range, self.today);
        (self.heat_map, self.pain, self.minutes) = charts(&self.selection);
        self.saved = None;
    }

    pub fn hotkey(&self, key: Hotkey) -> Option<Message> {
        match key {
            Hotkey::Save if !self.records.is_empty() => Some(Message::SaveReport),
            _ => None,
        }
    }

    pub fn view(&self, sizes: Sizes) -> Element<'_, Message> {
        view::page(self, sizes)
    }
}

fn charts(selection: &Selection) -> (HeatMap, PainChart, MinutesChart) {
    (
        HeatMap::new(selection.calendar.clone()),
        PainChart::new(selection.pain.clone()),
        MinutesChart::new(selection.weeks.clone(), selection.target),
    )
}
