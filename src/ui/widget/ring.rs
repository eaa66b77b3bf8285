//! The countdown ring: a track and an arc for the part of the phase done.

use iced::widget::canvas::{self, Frame, Geometry, Path, Stroke, stroke};
use iced::{Color, Point, Radians, Rectangle, Renderer, Theme, mouse};
use std::f32::consts::{FRAC_PI_2, TAU};

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Ring {
    /// How much of the phase has passed, 0 to 1.
    pub fraction: f32,
    pub colour: Color,
    pub track: Color,
}

impl Ring {
    /// The stroke's width on a ring `diameter` across.
    pub fn stroke_width(diameter: f32) -> f32 {
        (diameter * 0.06).clamp(6.0, 22.0)
    }

    /// The radius of the ring's inner edge: what fits inside it must stay
    /// within this of the centre.
    pub fn inner_radius(diameter: f32) -> f32 {
        let width = Ring::stroke_width(diameter);
        diameter / 2.0 - width * 1.5
    }
}

impl<Message> canvas::Program<Message> for Ring {
    type State = ();

    fn draw(
        &self,
        _state: &(),
        renderer: &Renderer,
        _theme: &Theme,
        bounds: Rectangle,
        _cursor: mouse::Cursor,
    ) -> Vec<Geometry> {
        let mut frame = Frame::new(renderer, bounds.size());
        let diameter = bounds.width.min(bounds.height);
        let width = Ring::stroke_width(diameter);
        let radius = diameter / 2.0 - width;
        let center = frame.center();
        let line = |colour| {
            Stroke::default()
                .with_width(width)
                .with_color(colour)
                .with_line_cap(stroke::LineCap::Round)
        };
        frame.stroke(&Path::circle(center, radius), line(self.track));
        let left = 1.0 - self.fraction.clamp(0.0, 1.0);
        if left > 0.0 {
            frame.stroke(&arc(center, radius, left), line(self.colour));
        }
        vec![frame.into_geometry()]
    }
}

/// The arc still to go: from 12 o'clock clockwise, shrinking as time passes.
fn arc(center: Point, radius: f32, part: f32) -> Path {
    Path::new(|builder| {
        builder.arc(canvas::path::Arc {
            center,
            radius,
            start_angle: Radians(-FRAC_PI_2),
            end_angle: Radians(-FRAC_PI_2 + TAU * part),
        });
    })
}
