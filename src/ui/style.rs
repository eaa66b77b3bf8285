//! Colours, themes, type sizes and named style functions.

use crate::core::plan::SegmentKind;
use iced::theme::Palette;
use iced::widget::{button, container, text, text_input};
use iced::{Background, Border, Color, Theme, border, color};

/// What the session is doing, as the screen shows it: every phase has a
/// colour from the Okabe–Ito palette, always paired with its word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    GetReady,
    Hold,
    Rest,
    SwitchSides,
    Breathe,
    Warning,
}

impl Phase {
    pub fn of(kind: SegmentKind) -> Phase {
        match kind {
            SegmentKind::GetReady => Phase::GetReady,
            SegmentKind::Hold => Phase::Hold,
            SegmentKind::Rest | SegmentKind::SetRest => Phase::Rest,
            SegmentKind::SwitchSides => Phase::SwitchSides,
            SegmentKind::BreatheIn
            | SegmentKind::HoldIn
            | SegmentKind::BreatheOut
            | SegmentKind::HoldOut => Phase::Breathe,
        }
    }

    pub fn colour(self) -> Color {
        match self {
            Phase::GetReady => color!(0xE69F00),
            Phase::Hold => color!(0x0072B2),
            Phase::Rest => color!(0x009E73),
            Phase::SwitchSides => color!(0xCC79A7),
            Phase::Breathe => color!(0x56B4E9),
            Phase::Warning => color!(0xD55E00),
        }
    }
}

const LIGHT: Palette = Palette {
    background: color!(0xF7F5F0),
    text: color!(0x1F2328),
    primary: color!(0x0067A3),
    success: color!(0x007A5A),
    warning: color!(0xB07A00),
    danger: color!(0xB34700),
};

const DARK: Palette = Palette {
    background: color!(0x1A1D21),
    text: color!(0xECEFF1),
    primary: color!(0x56B4E9),
    success: color!(0x3DBE96),
    warning: color!(0xE6A93A),
    danger: color!(0xF08A4B),
};

pub fn theme(dark: bool) -> Theme {
    if dark {
        Theme::custom("Posewise dark", DARK)
    } else {
        Theme::custom("Posewise light", LIGHT)
    }
}

pub fn is_dark(theme: &Theme) -> bool {
    theme.extended_palette().is_dark
}

/// `a` blended towards `b` by `amount` (0 to 1).
pub fn mix(a: Color, b: Color, amount: f32) -> Color {
    let t = amount.clamp(0.0, 1.0);
    Color::from_rgb(
        a.r + (b.r - a.r) * t,
        a.g + (b.g - a.g) * t,
        a.b + (b.b - a.b) * t,
    )
}

/// Type sizes at the person's text size (100–200 %).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Sizes {
    scale: f32,
}

impl Sizes {
    pub fn new(percent: u16) -> Sizes {
        Sizes {
            scale: f32::from(percent.clamp(100, 200)) / 100.0,
        }
    }

    pub fn scale(self) -> f32 {
        self.scale
    }

    /// Already large: grows only half as fast as body text.
    pub fn phase(self) -> f32 {
        40.0 * (1.0 + (self.scale - 1.0) * 0.5)
    }

    pub fn title(self) -> f32 {
        30.0 * self.scale
    }

    pub fn heading(self) -> f32 {
        22.0 * self.scale
    }

    pub fn body(self) -> f32 {
        18.0 * self.scale
    }

    pub fn small(self) -> f32 {
        14.0 * self.scale
    }
}

/// The whole window behind a session: a soft tint of the phase colour.
/// It is the window's own background, not a widget's: the renderer clears
/// only what changed to it, where a window-sized quad would be redrawn
/// (and masked) for every change, however small.
pub fn phase_backdrop(theme: &Theme, phase: Phase) -> Color {
    let background = theme.palette().background;
    let amount = if is_dark(theme) { 0.22 } else { 0.16 };
    mix(background, phase.colour(), amount)
}

/// A badge in the phase colour with text that keeps its contrast.
pub fn badge(phase: Phase) -> impl Fn(&Theme) -> container::Style {
    move |_theme| {
        let fill = phase.colour();
        container::Style::default()
            .background(fill)
            .color(readable_on(fill))
            .border(border::rounded(999))
    }
}

/// Near-black or white, whichever has more contrast on `fill`.
pub fn readable_on(fill: Color) -> Color {
    let dark = color!(0x111111);
    if contrast(dark, fill) >= contrast(Color::WHITE, fill) {
        dark
    } else {
        Color::WHITE
    }
}

/// WCAG contrast ratio between two colours.
pub fn contrast(a: Color, b: Color) -> f32 {
    let channel = |v: f32| {
        if v <= 0.03928 {
            v / 12.92
        } else {
            ((v + 0.055) / 1.055).powf(2.4)
        }
    };
    let luminance =
        |c: Color| 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
    let (x, y) = (luminance(a), luminance(b));
    (x.max(y) + 0.05) / (x.min(y) + 0.05)
}

/// A surface raised a little from the background.
pub fn surface(theme: &Theme) -> Color {
    let background = theme.palette().background;
    if is_dark(theme) {
        mix(background, Color::WHITE, 0.07)
    } else {
        mix(background, Color::WHITE, 0.75)
    }
}

fn edge(theme: &Theme) -> Color {
    let palette = theme.palette();
    mix(palette.background, palette.text, 0.18)
}

pub fn card(theme: &Theme) -> container::Style {
    container::Style::default()
        .background(surface(theme))
        .border(Border {
            color: edge(theme),
            width: 1.0,
            radius: 12.0.into(),
        })
}

/// What sets a card apart from its neighbours: chosen, moving, or with a
/// problem.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    None,
    Selected,
    Dragged,
    Problem,
}

/// A card edged in the primary colour when selected or dragged, in the
/// warning colour when it has a problem.
pub fn marked_card(mark: Mark) -> impl Fn(&Theme) -> container::Style {
    move |theme| {
        let (color, width) = match mark {
            Mark::None => return card(theme),
            Mark::Selected => (theme.palette().primary, 2.0),
            Mark::Dragged => (theme.palette().primary, 3.0),
            Mark::Problem => (
                warning_text(theme).color.unwrap_or(theme.palette().danger),
                2.0,
            ),
        };
        card(theme).border(Border {
            color,
            width,
            radius: 12.0.into(),
        })
    }
}

/// The light card a pose picture sits on: the drawings are dark lines on
/// nothing, so they need a light ground in both themes.
pub fn picture_card(_theme: &Theme) -> container::Style {
    container::Style::default()
        .background(color!(0xF4F1EA))
        .border(border::rounded(16))
}

/// Cautions and safety text: a quiet box edged in the warning colour.
pub fn caution_box(theme: &Theme) -> container::Style {
    let background = theme.palette().background;
    container::Style::default()
        .background(mix(background, Phase::Warning.colour(), 0.10))
        .border(Border {
            color: Phase::Warning.colour(),
            width: 1.5,
            radius: 10.0.into(),
        })
}

/// A dialog floating over a dimmed screen.
pub fn dialog(theme: &Theme) -> container::Style {
    let palette = theme.extended_palette();
    container::Style::default()
        .background(palette.background.base.color)
        .border(Border {
            color: palette.background.strong.color,
            width: 1.0,
            radius: 14.0.into(),
        })
}

pub fn scrim(_theme: &Theme) -> container::Style {
    container::Style::default().background(Background::Color(Color {
        a: 0.55,
        ..Color::BLACK
    }))
}

pub fn subtle(theme: &Theme) -> text::Style {
    let palette = theme.extended_palette();
    text::Style {
        color: Some(mix(
            palette.background.base.text,
            palette.background.base.color,
            0.3,
        )),
    }
}

pub fn warning_text(theme: &Theme) -> text::Style {
    text::Style {
        color: Some(if is_dark(theme) {
            color!(0xF08A4B)
        } else {
            color!(0xA64300)
        }),
    }
}

/// A text field, edged in the warning colour when it has a problem.
pub fn field(invalid: bool) -> impl Fn(&Theme, text_input::Status) -> text_input::Style {
    move |theme, status| {
        let base = text_input::default(theme, status);
        if !invalid {
            return base;
        }
        let colour = warning_text(theme).color.unwrap_or(Phase::Warning.colour());
        text_input::Style {
            border: Border {
                color: colour,
                width: 2.0,
                ..base.border
            },
            ..base
        }
    }
}

/// Rounded buttons throughout.
pub fn primary_button(theme: &Theme, status: button::Status) -> button::Style {
    rounded(button::primary(theme, status))
}

/// A quiet button: the surface colour with an edge, text in the text colour.
pub fn secondary_button(theme: &Theme, status: button::Status) -> button::Style {
    let palette = theme.palette();
    let base = surface(theme);
    let (background, text_color) = match status {
        button::Status::Active => (base, palette.text),
        button::Status::Hovered => (mix(base, palette.primary, 0.12), palette.text),
        button::Status::Pressed => (mix(base, palette.primary, 0.22), palette.text),
        button::Status::Disabled => (base, mix(palette.text, palette.background, 0.55)),
    };
    button::Style {
        background: Some(background.into()),
        text_color,
        border: Border {
            color: edge(theme),
            width: 1.0,
            radius: 10.0.into(),
        },
        ..button::Style::default()
    }
}

pub fn danger_button(theme: &Theme, status: button::Status) -> button::Style {
    rounded(button::danger(theme, status))
}

/// A button in the warning colour ("This hurts").
pub fn hurts_button(theme: &Theme, status: button::Status) -> button::Style {
    let base = button::primary(theme, status);
    let fill = match status {
        button::Status::Hovered | button::Status::Pressed => {
            mix(Phase::Warning.colour(), Color::BLACK, 0.15)
        }
        button::Status::Disabled => return secondary_button(theme, status),
        button::Status::Active => Phase::Warning.colour(),
    };
    rounded(button::Style {
        background: Some(fill.into()),
        text_color: readable_on(fill),
        ..base
    })
}

/// A choice that is on (a selected rating) or off.
pub fn choice_button(selected: bool) -> impl Fn(&Theme, button::Status) -> button::Style {
    move |theme, status| {
        if selected {
            primary_button(theme, status)
        } else {
            secondary_button(theme, status)
        }
    }
}

fn rounded(style: button::Style) -> button::Style {
    button::Style {
        border: style.border.rounded(10),
        ..style
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_keeps_aa_contrast_on_both_themes_and_phase_tints() {
        for palette in [LIGHT, DARK] {
            assert!(contrast(palette.text, palette.background) >= 7.0);
            let amount = if palette.background.r < 0.5 {
                0.22
            } else {
                0.16
            };
            for phase in [
                Phase::GetReady,
                Phase::Hold,
                Phase::Rest,
                Phase::SwitchSides,
                Phase::Breathe,
                Phase::Warning,
            ] {
                let tint = mix(palette.background, phase.colour(), amount);
                let ratio = contrast(palette.text, tint);
                assert!(ratio >= 4.5, "{phase:?}: {ratio}");
                let on_badge = contrast(readable_on(phase.colour()), phase.colour());
                assert!(on_badge >= 4.5, "{phase:?} badge {on_badge}");
            }
        }
    }

    #[test]
    fn text_sizes_follow_the_setting_within_limits() {
        assert_eq!(Sizes::new(100).body(), 18.0);
        assert_eq!(Sizes::new(200).body(), 36.0);
        assert_eq!(Sizes::new(500).body(), 36.0);
        assert_eq!(Sizes::new(20).small(), 14.0);
    }
}
