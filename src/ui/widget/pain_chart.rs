//! Pain before and after over time: two lines in two Okabe–Ito colours
//! that also differ by dash and by point shape, with a key.

use super::chart::{Chart, Drawn, Ink, dashed, date_label, label, plot_area, scaled, y_axis};
use crate::core::history::axis::{self, PainSample};
use crate::core::t;
use crate::ui::style::Phase;
use crate::ui::style::Sizes;
use iced::alignment::{Horizontal, Vertical};
use iced::widget::canvas::{Frame, Path, Stroke};
use iced::{Color, Element, Fill, Point, Rectangle, Size, Theme, color};

const BEFORE: Color = color!(0xD55E00);

/// Pain before (solid, round points) and after (dashed, square points).
pub struct PainChart {
    samples: Vec<PainSample>,
    drawn: Drawn,
}

impl PainChart {
    pub fn new(samples: Vec<PainSample>) -> PainChart {
        PainChart {
            samples,
            drawn: Drawn::default(),
        }
    }

    pub fn height(sizes: Sizes) -> f32 {
        240.0 + 90.0 * (sizes.scale() - 1.0)
    }

    pub fn view<'a, M: 'a>(&'a self, sizes: Sizes) -> Element<'a, M> {
        scaled(self, sizes)
            .width(Fill)
            .height(PainChart::height(sizes))
            .into()
    }

    fn draw(&self, frame: &mut Frame, theme: &Theme, sizes: Sizes) {
        let ink = Ink::of(theme);
        let text = sizes.small();
        let plot = plot_area(frame.size(), text, text * 1.4 + 10.0);
        y_axis(frame, plot, &axis::ticks(10.0, 5), text, &ink);
        label(
            frame,
            t!("chart-pain-axis"),
            Point::new(plot.x - 8.0, 0.0),
            text,
            ink.subtle,
            (Horizontal::Left, Vertical::Top),
        );
        pain_legend(frame, plot, text, &ink);
        let n = self.samples.len();
        let inset = 8.0;
        let x = |i: usize| {
            if n < 2 {
                plot.center_x()
            } else {
                plot.x + inset + (plot.width - 2.0 * inset) * i as f32 / (n - 1) as f32
            }
        };
        let y = |v: f32| plot.y + plot.height * (1.0 - v / 10.0);
        let wanted = (plot.width / (text * 5.5)).floor() as usize;
        for i in axis::spread(n, wanted.clamp(2, 8)) {
            date_label(frame, self.samples[i].date, x(i), plot, text, &ink);
        }
        let before: Vec<Point> = (0..n)
            .map(|i| Point::new(x(i), y(self.samples[i].before)))
            .collect();
        let after: Vec<Point> = (0..n)
            .map(|i| Point::new(x(i), y(self.samples[i].after)))
            .collect();
        let mark = if n > 60 { 2.5 } else { 4.0 };
        let solid = Stroke::default().with_width(2.5).with_color(BEFORE);
        frame.stroke(&polyline(&before), solid);
        frame.stroke(&polyline(&after), dashed(ink.done, 2.5));
        for p in &before {
            frame.fill(&Path::circle(*p, mark), BEFORE);
        }
        for p in &after {
            square(frame, *p, mark, ink.done);
        }
        // Where it hurt more after than before: a ring, not colour alone.
        let ring = Stroke::default()
            .with_width(2.5)
            .with_color(Phase::Warning.colour());
        for (sample, p) in self.samples.iter().zip(&after) {
            if axis::rose(sample) {
                frame.stroke(&Path::circle(*p, mark * 2.6), ring);
            }
        }
    }
}

fn polyline(points: &[Point]) -> Path {
    Path::new(|b| {
        for (i, p) in points.iter().enumerate() {
            if i == 0 {
                b.move_to(*p);
            } else {
                b.line_to(*p);
            }
        }
    })
}

fn square(frame: &mut Frame, center: Point, half: f32, color: Color) {
    let corner = Point::new(center.x - half, center.y - half);
    frame.fill_rectangle(corner, Size::new(2.0 * half, 2.0 * half), color);
}

/// "● before  ■ after", each with its line, at the top right.
fn pain_legend(frame: &mut Frame, plot: Rectangle, text: f32, ink: &Ink) {
    let y = text * 0.7;
    let line = text * 2.0;
    let word = text * 3.2;
    let right = plot.x + plot.width;
    let after_x = right - word - line;
    let before_x = after_x - text - word - line;
    let solid = Stroke::default().with_width(2.5).with_color(BEFORE);
    frame.stroke(
        &Path::line(Point::new(before_x, y), Point::new(before_x + line, y)),
        solid,
    );
    frame.fill(
        &Path::circle(Point::new(before_x + line / 2.0, y), 4.0),
        BEFORE,
    );
    let at = Point::new(before_x + line + 6.0, y);
    label(
        frame,
        t!("chart-before"),
        at,
        text,
        ink.text,
        (Horizontal::Left, Vertical::Center),
    );
    let segment = Path::line(Point::new(after_x, y), Point::new(after_x + line, y));
    frame.stroke(&segment, dashed(ink.done, 2.5));
    square(frame, Point::new(after_x + line / 2.0, y), 4.0, ink.done);
    let at = Point::new(after_x + line + 6.0, y);
    label(
        frame,
        t!("chart-after"),
        at,
        text,
        ink.text,
        (Horizontal::Left, Vertical::Center),
    );
}

impl Chart for PainChart {
    fn drawn(&self) -> &Drawn {
        &self.drawn
    }

    fn paint(&self, frame: &mut Frame, theme: &Theme, sizes: Sizes) {
        self.draw(frame, theme, sizes);
    }
}
