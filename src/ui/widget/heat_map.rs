//! The calendar heat map: weeks across, Monday to Sunday down, each day
//! shaded by its minutes on one blue ramp (lighter to darker on light,
//! darker to lighter on dark), today outlined, a "Less … More" key below.

use super::chart::{Chart, Drawn, Ink, label, scaled};
use crate::core::history::calendar::{Calendar, LEVELS};
use crate::core::{dates, t};
use crate::ui::style::{self, Sizes};
use chrono::Weekday;
use iced::alignment::{Horizontal, Vertical};
use iced::widget::canvas::{Frame, Path, Stroke};
use iced::{Color, Element, Point, Size, Theme};

pub struct HeatMap {
    calendar: Calendar,
    drawn: Drawn,
}

/// Cell size and margins at one text size.
struct Grid {
    text: f32,
    cell: f32,
    pitch: f32,
    left: f32,
    top: f32,
}

impl Grid {
    fn at(sizes: Sizes) -> Grid {
        let text = sizes.small();
        let cell = 18.0 * (1.0 + 0.6 * (sizes.scale() - 1.0));
        Grid {
            text,
            cell,
            pitch: cell + 4.0,
            left: text * 2.6,
            top: text * 1.7,
        }
    }

    fn corner(&self, column: usize, row: usize) -> Point {
        Point::new(
            self.left + self.pitch * column as f32,
            self.top + self.pitch * row as f32,
        )
    }
}

impl HeatMap {
    pub fn new(calendar: Calendar) -> HeatMap {
        HeatMap {
            calendar,
            drawn: Drawn::default(),
        }
    }

    /// The canvas size: the grid, its labels and the key.
    pub fn size(&self, sizes: Sizes) -> Size {
        let grid = Grid::at(sizes);
        let weeks = self.calendar.weeks.len().max(1) as f32;
        Size::new(
            grid.left + grid.pitch * weeks,
            grid.top + grid.pitch * 7.0 + grid.text * 2.4,
        )
    }

    pub fn view<'a, M: 'a>(&'a self, sizes: Sizes) -> Element<'a, M> {
        let size = self.size(sizes);
        scaled(self, sizes)
            .width(size.width)
            .height(size.height)
            .into()
    }
}

/// The colour of each level, 0 (no exercise) to `LEVELS - 1`.
pub fn ramp(theme: &Theme, level: u8) -> Color {
    // The grid sits on a card, so the ramp starts from the card's colour.
    let ink = Ink::of(theme);
    let ground = style::surface(theme);
    if level == 0 {
        let amount = if style::is_dark(theme) { 0.14 } else { 0.1 };
        return style::mix(ground, ink.text, amount);
    }
    let share = f32::from(level) / f32::from(LEVELS - 1);
    style::mix(ground, ink.done, 0.25 + 0.75 * share)
}

impl Chart for HeatMap {
    fn drawn(&self) -> &Drawn {
        &self.drawn
    }

    fn paint(&self, frame: &mut Frame, theme: &Theme, sizes: Sizes) {
        let grid = Grid::at(sizes);
        let ink = Ink::of(theme);
        for (row, day) in [
            (0, Weekday::Mon),
            (2, Weekday::Wed),
            (4, Weekday::Fri),
            (6, Weekday::Sun),
        ] {
            let name = dates::weekday_short(day);
            let y = grid.corner(0, row).y + grid.cell / 2.0;
            let at = Point::new(grid.left - 6.0, y);
            label(
                frame,
                name,
                at,
                grid.text,
                ink.subtle,
                (Horizontal::Right, Vertical::Center),
            );
        }
        for (column, month) in &self.calendar.months {
            let at = Point::new(grid.corner(*column, 0).x, 0.0);
            label(
                frame,
                month.clone(),
                at,
                grid.text,
                ink.subtle,
                (Horizontal::Left, Vertical::Top),
            );
        }
        let cell = Size::new(grid.cell, grid.cell);
        for (column, week) in self.calendar.weeks.iter().enumerate() {
            for (row, day) in week.iter().enumerate().filter(|(_, d)| !d.future) {
                let corner = grid.corner(column, row);
                frame.fill(
                    &Path::rounded_rectangle(corner, cell, 3.0.into()),
                    ramp(theme, day.level),
                );
                if day.today {
                    let outline = Path::rounded_rectangle(corner, cell, 3.0.into());
                    frame.stroke(
                        &outline,
                        Stroke::default().with_width(2.0).with_color(ink.text),
                    );
                }
            }
        }
        self.key(frame, &grid, theme, &ink);
    }
}

impl HeatMap {
    /// "Less ▢▢▢▢▢ More", right-aligned under the grid.
    fn key(&self, frame: &mut Frame, grid: &Grid, theme: &Theme, ink: &Ink) {
        let y = grid.top + grid.pitch * 7.0 + grid.text * 0.4;
        let small = (grid.cell * 0.8).round();
        let right = frame.width() - grid.text * 2.6;
        let first = right - f32::from(LEVELS) * (small + 3.0);
        for level in 0..LEVELS {
            let corner = Point::new(first + f32::from(level) * (small + 3.0), y);
            frame.fill(
                &Path::rounded_rectangle(corner, Size::new(small, small), 2.0.into()),
                ramp(theme, level),
            );
        }
        let middle = y + small / 2.0;
        let at = Point::new(first - 6.0, middle);
        label(
            frame,
            t!("chart-less"),
            at,
            grid.text,
            ink.subtle,
            (Horizontal::Right, Vertical::Center),
        );
        let at = Point::new(right + 3.0, middle);
        label(
            frame,
            t!("chart-more"),
            at,
            grid.text,
            ink.subtle,
            (Horizontal::Left, Vertical::Center),
        );
    }
}
