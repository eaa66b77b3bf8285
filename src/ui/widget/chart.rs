//! Canvas charts for History: pain before and after as two lines, and
//! minutes per week as bars. Each keeps its geometry in a `Cache`, drawn
//! again only when its data, the window size, the theme or the text size
//! changes.

use crate::core::history::axis::{self, PainSample};
use crate::ui::font;
use crate::ui::style::{self, Phase, Sizes};
use chrono::NaiveDate;
use iced::alignment::{Horizontal, Vertical};
use iced::widget::canvas::{self, Frame, Geometry, LineDash, Path, Stroke};
use iced::widget::canvas::{Cache, Text};
use iced::{Color, Element, Fill, Pixels, Point, Rectangle, Renderer, Size, Theme, color, mouse};
use std::cell::Cell;

/// A cache that also forgets its picture when the theme or text size
/// changes, which the cache itself cannot see.
#[derive(Default)]
pub struct Drawn {
    cache: Cache,
    key: Cell<Option<(u32, bool)>>,
}

impl Drawn {
    pub fn draw(
        &self,
        renderer: &Renderer,
        size: Size,
        theme: &Theme,
        sizes: Sizes,
        draw: impl FnOnce(&mut Frame),
    ) -> Geometry {
        let key = (sizes.scale().to_bits(), style::is_dark(theme));
        if self.key.get() != Some(key) {
            self.cache.clear();
            self.key.set(Some(key));
        }
        self.cache.draw(renderer, size, draw)
    }
}

/// The colours every chart shares, for one theme.
pub struct Ink {
    pub text: Color,
    pub subtle: Color,
    pub grid: Color,
    /// Exercise done: Okabe–Ito blue, lighter on dark.
    pub done: Color,
}

impl Ink {
    pub fn of(theme: &Theme) -> Ink {
        let palette = theme.palette();
        let dark = style::is_dark(theme);
        Ink {
            text: palette.text,
            subtle: style::mix(palette.text, palette.background, 0.3),
            grid: style::mix(palette.background, palette.text, 0.14),
            done: if dark {
                Phase::Breathe.colour()
            } else {
                Phase::Hold.colour()
            },
        }
    }
}

/// Text in the app's font.
pub fn label(
    frame: &mut Frame,
    content: impl Into<String>,
    at: Point,
    size: f32,
    color: Color,
    align: (Horizontal, Vertical),
) {
    frame.fill_text(Text {
        content: content.into(),
        position: at,
        color,
        size: Pixels(size),
        font: font::REGULAR,
        align_x: align.0.into(),
        align_y: align.1,
        ..Text::default()
    });
}

const BEFORE: Color = color!(0xD55E00);
const DASH: [f32; 2] = [8.0, 5.0];

fn dashed(color: Color, width: f32) -> Stroke<'static> {
    Stroke {
        line_dash: LineDash {
            segments: &DASH,
            offset: 0,
        },
        ..Stroke::default().with_width(width).with_color(color)
    }
}

/// Where the plot sits inside the canvas, leaving room for the labels.
fn plot_area(size: Size, text: f32, left: f32) -> Rectangle {
    let top = text * 2.0;
    let bottom = text * 2.0;
    Rectangle {
        x: left,
        y: top,
        width: (size.width - left - 12.0).max(1.0),
        height: (size.height - top - bottom).max(1.0),
    }
}

/// Horizontal grid lines with their values on the left.
fn y_axis(frame: &mut Frame, plot: Rectangle, ticks: &[f64], text: f32, ink: &Ink) {
    let top = ticks.last().copied().unwrap_or(1.0).max(1.0);
    for &tick in ticks {
        let y = plot.y + plot.height * (1.0 - (tick / top) as f32);
        let line = Path::line(Point::new(plot.x, y), Point::new(plot.x + plot.width, y));
        frame.stroke(
            &line,
            Stroke::default().with_width(1.0).with_color(ink.grid),
        );
        label(
            frame,
            format!("{tick:.0}"),
            Point::new(plot.x - 8.0, y),
            text,
            ink.subtle,
            (Horizontal::Right, Vertical::Center),
        );
    }
}

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
            "Pain (0–10)",
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

/// A date under the plot, kept inside the canvas at either end.
fn date_label(frame: &mut Frame, date: NaiveDate, x: f32, plot: Rectangle, text: f32, ink: &Ink) {
    let half = text * 1.8;
    let (x, align) = if x + half > frame.width() {
        (frame.width() - 2.0, Horizontal::Right)
    } else if x - half < 0.0 {
        (0.0, Horizontal::Left)
    } else {
        (x, Horizontal::Center)
    };
    let at = Point::new(x, plot.y + plot.height + 6.0);
    let words = date.format("%-d %b").to_string();
    label(frame, words, at, text, ink.subtle, (align, Vertical::Top));
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
        "before",
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
        "after",
        at,
        text,
        ink.text,
        (Horizontal::Left, Vertical::Center),
    );
}

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
            "Minutes",
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
            if (self.weeks.len() - 1 - i) % every == 0 {
                date_label(frame, *monday, centre, plot, text, &ink);
            }
        }
        if let Some(target) = self.target {
            let ty = y(target);
            let line = Path::line(Point::new(plot.x, ty), Point::new(plot.x + plot.width, ty));
            let orange = Phase::GetReady.colour();
            frame.stroke(&line, dashed(orange, 2.0));
            let words = format!("target {target:.0} min a week");
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

/// A chart with the text size it is drawn at.
pub struct Scaled<'a, C> {
    chart: &'a C,
    sizes: Sizes,
}

/// What the canvas programs need from a chart.
pub trait Chart {
    fn drawn(&self) -> &Drawn;
    fn paint(&self, frame: &mut Frame, theme: &Theme, sizes: Sizes);
}

impl Chart for PainChart {
    fn drawn(&self) -> &Drawn {
        &self.drawn
    }
    fn paint(&self, frame: &mut Frame, theme: &Theme, sizes: Sizes) {
        self.draw(frame, theme, sizes);
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

impl<M, C: Chart> canvas::Program<M> for Scaled<'_, C> {
    type State = ();

    fn draw(
        &self,
        _state: &(),
        renderer: &Renderer,
        theme: &Theme,
        bounds: Rectangle,
        _cursor: mouse::Cursor,
    ) -> Vec<Geometry> {
        let geometry =
            self.chart
                .drawn()
                .draw(renderer, bounds.size(), theme, self.sizes, |frame| {
                    self.chart.paint(frame, theme, self.sizes);
                });
        vec![geometry]
    }
}

/// Puts any chart on a canvas at a given size.
pub fn scaled<'a, M: 'a, C: Chart>(chart: &'a C, sizes: Sizes) -> canvas::Canvas<Scaled<'a, C>, M> {
    canvas::Canvas::new(Scaled { chart, sizes })
}
