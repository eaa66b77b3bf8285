//! The breathing pacer: one circle that grows on the in-breath, stays while
//! the breath is held, and shrinks on the out-breath.

use crate::core::plan::SegmentKind;
use iced::alignment;
use iced::widget::canvas::{self, Frame, Geometry, Path, Stroke, Text};
use iced::{Color, Font, Rectangle, Renderer, Theme, mouse};

#[derive(Debug, Clone, PartialEq)]
pub struct Pacer {
    pub kind: SegmentKind,
    /// How much of this breath phase has passed, 0 to 1.
    pub fraction: f32,
    pub colour: Color,
    pub outline: Color,
    /// The seconds left in this breath phase, shown inside the circle.
    pub seconds: String,
    /// The seconds' colour, readable on `colour`.
    pub text: Color,
    pub font: Font,
    /// Reduce motion: the circle keeps one size; the phase's word and
    /// seconds say the breath.
    pub still: bool,
}

/// The circle's size when it keeps still.
const STILL_FULLNESS: f32 = 0.6;

/// How full the lungs are, 0 (empty) to 1 (full), eased so the circle
/// moves like a breath rather than at a constant speed.
pub fn fullness(kind: SegmentKind, fraction: f32) -> f32 {
    let t = fraction.clamp(0.0, 1.0);
    let eased = t * t * (3.0 - 2.0 * t);
    match kind {
        SegmentKind::BreatheIn => eased,
        SegmentKind::BreatheOut => 1.0 - eased,
        SegmentKind::HoldIn => 1.0,
        _ => 0.0,
    }
}

impl<Message> canvas::Program<Message> for Pacer {
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
        let center = frame.center();
        let largest = bounds.width.min(bounds.height) / 2.0 - 6.0;
        let smallest = largest * 0.35;
        let fullness = if self.still {
            STILL_FULLNESS
        } else {
            fullness(self.kind, self.fraction)
        };
        let radius = smallest + (largest - smallest) * fullness;
        frame.stroke(
            &Path::circle(center, largest),
            Stroke::default().with_width(2.0).with_color(self.outline),
        );
        frame.fill(&Path::circle(center, radius), self.colour);
        // The seconds of this breath phase, in the middle: small enough to
        // stay inside the circle at its smallest.
        frame.fill_text(Text {
            content: self.seconds.clone(),
            position: center,
            color: self.text,
            size: (smallest * 1.1).into(),
            font: self.font,
            align_x: alignment::Horizontal::Center.into(),
            align_y: alignment::Vertical::Center,
            ..Text::default()
        });
        vec![frame.into_geometry()]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_circle_grows_in_holds_and_shrinks_out() {
        assert_eq!(fullness(SegmentKind::BreatheIn, 0.0), 0.0);
        assert!(fullness(SegmentKind::BreatheIn, 0.5) > 0.4);
        assert_eq!(fullness(SegmentKind::BreatheIn, 1.0), 1.0);
        assert_eq!(fullness(SegmentKind::HoldIn, 0.3), 1.0);
        assert_eq!(fullness(SegmentKind::BreatheOut, 0.0), 1.0);
        assert_eq!(fullness(SegmentKind::BreatheOut, 1.0), 0.0);
        assert_eq!(fullness(SegmentKind::HoldOut, 0.5), 0.0);
        let rising: Vec<f32> = (0..=10)
            .map(|i| fullness(SegmentKind::BreatheIn, i as f32 / 10.0))
            .collect();
        assert!(rising.windows(2).all(|w| w[1] >= w[0]));
    }
}
