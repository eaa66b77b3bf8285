//! What the History charts share: a `Cache` drawn again only when the
//! data, the window size, the theme or the text size changes; colours;
//! text in the app's font; axes and date labels.

use crate::ui::font;
use crate::ui::style::{self, Phase, Sizes};
use chrono::NaiveDate;
use iced::alignment::{Horizontal, Vertical};
use iced::widget::canvas::{self, Frame, Geometry, LineDash, Path, Stroke};
use iced::widget::canvas::{Cache, Text};
use iced::{Color, Pixels, Point, Rectangle, Renderer, Size, Theme, mouse};
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

const DASH: [f32; 2] = [8.0, 5.0];

pub fn dashed(color: Color, width: f32) -> Stroke<'static> {
    Stroke {
        line_dash: LineDash {
            segments: &DASH,
            offset: 0,
        },
        ..Stroke::default().with_width(width).with_color(color)
    }
}

/// Where the plot sits inside the canvas, leaving room for the labels.
pub fn plot_area(size: Size, text: f32, left: f32) -> Rectangle {
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
pub fn y_axis(frame: &mut Frame, plot: Rectangle, ticks: &[f64], text: f32, ink: &Ink) {
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

/// A date under the plot, kept inside the canvas at either end.
pub fn date_label(
    frame: &mut Frame,
    date: NaiveDate,
    x: f32,
    plot: Rectangle,
    text: f32,
    ink: &Ink,
) {
    let half = text * 1.8;
    let (x, align) = if x + half > frame.width() {
        (frame.width() - 2.0, Horizontal::Right)
    } else if x - half < 0.0 {
        (0.0, Horizontal::Left)
    } else {
        (x, Horizontal::Center)
    };
    let at = Point::new(x, plot.y + plot.height + 6.0);
    let words = crate::core::dates::short_date(date);
    label(frame, words, at, text, ink.subtle, (align, Vertical::Top));
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
