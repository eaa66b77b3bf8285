//! Minutes per week as bars, with the prescribed minutes as a dashed line.

use super::chart::{Chart, Drawn, Ink, dashed, date_label, label, plot_area, scaled, y_axis};
use crate::core::history::axis;
use crate::core::t;
use crate::ui::style::{Phase, Sizes};
use chrono::NaiveDate;
use iced::alignment::{Horizontal, Vertical};
use iced::widget::canvas::{Frame, Path};
use iced::{Element, Fill, Point, Size, Theme};

/// Minutes per week, with the prescribed minutes as a dashed line.
pub struct MinutesChart {
    /// (Monday, minutes), oldest first.
    weeks: Vec<(NaiveDate, f64)>,
    target: Option<f64>,
    drawn: Drawn,
}

impl MinutesChart {
    pub fn new(weeks: Vec<(NaiveDate, f64)>, target: Option<f64>) -> MinutesChart {
        MinutesChart {
            weeks,
            target,
            drawn: Drawn::default(),
        }
    }

    pub fn height(sizes: Sizes) -> f32 {
        220.0 + 80.0 * (sizes.scale() - 1.0)
    }

    pub fn view<'a, M: 'a>(&'a self, sizes: Sizes) -> Element<'a, M> {
        scaled(self, sizes)
            .width(Fill)
            .height(MinutesChart::height(sizes))
            .into()
    }

    fn draw(&self, frame: &mut Frame, theme: &Theme, sizes: Sizes) {
        let ink = Ink::of(theme);
        let text = sizes.small();
        let most = self.weeks.iter().map(|w| w.1).fold(0.0, f64::max);
        let ticks = axis::ticks(most.max(self.target.unwrap_or(0.0)), 4);
        let digits = ticks.last().map_or(1, |t| format!("{t:.0}").len()) as f32;
        let plot = plot_area(frame.size(), text, text * 0.62 * digits + 12.0);
        y_axis(frame, plot, &ticks, text, &ink);
        let at = Point::new(plot.x - 8.0, 0.0);
        label(
            frame,
            t!("chart-minutes"),
            at,
            text,
            ink.subtle,
            (Horizontal::Left, Vertical::Top),
        );
        let top = ticks.last().copied().unwrap_or(1.0).max(1.0);
        let y = |v: f64| plot.y + plot.height * (1.0 - (v / top) as f32);
        let n = self.weeks.len().max(1);
        let pitch = plot.width / n as f32;
        let bar = (pitch * 0.7).min(text * 3.0);
        let every = axis::stride(n, plot.width, text * 3.6);
        for (i, (monday, minutes)) in self.weeks.iter().enumerate() {
            let centre = plot.x + pitch * (i as f32 + 0.5);
            let top_y = y(*minutes);
            let corner = Point::new(centre - bar / 2.0, top_y);
            frame.fill_rectangle(
                corner,
                Size::new(bar, plot.y + plot.height - top_y),
                ink.done,
            );
            if (self.weeks.len() - 1 - i).is_multiple_of(every) {
                date_label(frame, *monday, centre, plot, text, &ink);
            }
        }
        if let Some(target) = self.target {
            let ty = y(target);
            let line = Path::line(Point::new(plot.x, ty), Point::new(plot.x + plot.width, ty));
            let orange = Phase::GetReady.colour();
            frame.stroke(&line, dashed(orange, 2.0));
            let words = t!("chart-target", minutes = format!("{target:.0}"));
            let at = Point::new(plot.x + plot.width, 0.0);
            label(
                frame,
                words,
                at,
                text,
                ink.text,
                (Horizontal::Right, Vertical::Top),
            );
        }
    }
}

impl Chart for MinutesChart {
    fn drawn(&self) -> &Drawn {
        &self.drawn
    }

    fn paint(&self, frame: &mut Frame, theme: &Theme, sizes: Sizes) {
        self.draw(frame, theme, sizes);
    }
}
