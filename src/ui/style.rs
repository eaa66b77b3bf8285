//! Colours, themes, type sizes and named style functions.

use crate::core::plan::SegmentKind;
use iced::theme::Palette;
use iced::widget::{button, container, text, text_input};
use iced::widget::{pick_list, toggler};
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

/// The widest a page's content grows, centred in a wider window; every
/// page has the same margins.
pub const PAGE_WIDTH: f32 = 960.0;
/// The space around a page's content.
pub const PAGE_PADDING: u16 = 24;

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
    // Less in the dark: a warm colour over dark grey turns muddy.
    let amount = if is_dark(theme) { 0.12 } else { 0.16 };
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

/// The edge of a control (a button, a field, a switch): at least 3:1
/// against the background and the card surface, so it can be told apart.
pub fn control_edge(theme: &Theme) -> Color {
    let palette = theme.palette();
    mix(palette.background, palette.text, 0.55)
}

/// A scrollbar that reads as one: a tinted rail and a thumb at control
/// contrast, never a thin line that passes for a divider.
pub fn scroll(
    theme: &Theme,
    status: iced::widget::scrollable::Status,
) -> iced::widget::scrollable::Style {
    use iced::widget::scrollable;
    let mut style = scrollable::default(theme, status);
    let palette = theme.palette();
    let rail = scrollable::Rail {
        background: Some(mix(palette.background, palette.text, 0.08).into()),
        border: Border {
            radius: 5.0.into(),
            ..Border::default()
        },
        scroller: scrollable::Scroller {
            background: control_edge(theme).into(),
            border: Border {
                radius: 5.0.into(),
                ..Border::default()
            },
        },
    };
    style.vertical_rail = rail;
    style.horizontal_rail = rail;
    style
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

/// A text field: a visible edge, a placeholder that can be read (and is
/// still quieter than a value), edged in the warning colour when it has a
/// problem.
pub fn field(invalid: bool) -> impl Fn(&Theme, text_input::Status) -> text_input::Style {
    move |theme, status| {
        let mut base = text_input::default(theme, status);
        base.placeholder = subtle(theme).color.unwrap_or(theme.palette().text);
        if matches!(status, text_input::Status::Active) {
            base.border.color = control_edge(theme);
        }
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
    filled(theme, theme.palette().primary, status)
}

/// A button filled with `colour`: darker (lighter in the dark theme) when
/// hovered and pressed, its text always the readable one of near-black and
/// white.
fn filled(theme: &Theme, colour: Color, status: button::Status) -> button::Style {
    let towards = if is_dark(theme) {
        Color::WHITE
    } else {
        Color::BLACK
    };
    let fill = match status {
        button::Status::Active => colour,
        button::Status::Hovered => mix(colour, towards, 0.12),
        button::Status::Pressed => mix(colour, towards, 0.22),
        button::Status::Disabled => return secondary_button(theme, status),
    };
    rounded(button::Style {
        background: Some(fill.into()),
        text_color: readable_on(fill),
        ..button::primary(theme, status)
    })
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
            color: control_edge(theme),
            width: 1.0,
            radius: 10.0.into(),
        },
        ..button::Style::default()
    }
}

/// A switch whose track shows when it is off (3:1 against the page) and
/// whose knob stands out from the track.
pub fn switch(theme: &Theme, status: toggler::Status) -> toggler::Style {
    let palette = theme.palette();
    let mut style = toggler::default(theme, status);
    let on = match status {
        toggler::Status::Active { is_toggled }
        | toggler::Status::Hovered { is_toggled }
        | toggler::Status::Disabled { is_toggled } => is_toggled,
    };
    if !matches!(status, toggler::Status::Disabled { .. }) {
        let track = if on {
            palette.primary
        } else {
            control_edge(theme)
        };
        style.background = track.into();
        style.foreground = readable_on(track).into();
    }
    style.background_border_color = control_edge(theme);
    style.background_border_width = 1.0;
    style
}

/// A drop-down: the edge and text of the other controls.
pub fn picker(theme: &Theme, status: pick_list::Status) -> pick_list::Style {
    let palette = theme.palette();
    let mut style = pick_list::default(theme, status);
    style.background = surface(theme).into();
    style.text_color = palette.text;
    style.handle_color = palette.text;
    style.placeholder_color = subtle(theme).color.unwrap_or(palette.text);
    if matches!(status, pick_list::Status::Active) {
        style.border.color = control_edge(theme);
    }
    style
}

pub fn danger_button(theme: &Theme, status: button::Status) -> button::Style {
    filled(theme, theme.palette().danger, status)
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

    fn fill(background: Option<Background>) -> Color {
        match background {
            Some(Background::Color(colour)) => colour,
            other => panic!("a plain fill, not {other:?}"),
        }
    }

    /// Every text on every background it is drawn on reads at 4.5:1, and
    /// every control's edge or fill stands out at 3:1, in both themes.
    #[test]
    fn every_text_and_control_pair_meets_its_contrast_in_both_themes() {
        for dark in [false, true] {
            let theme = theme(dark);
            let palette = theme.palette();
            let name = if dark { "dark" } else { "light" };
            let page = palette.background;
            let card = surface(&theme);
            let dialog = theme.extended_palette().background.base.color;
            let caution = mix(page, Phase::Warning.colour(), 0.10);
            let text_on = |label: &str, text: Color, ground: Color| {
                let ratio = contrast(text, ground);
                assert!(ratio >= 4.5, "{name}: {label}: {ratio:.2}:1");
            };
            let edge_on = |label: &str, edge: Color, ground: Color| {
                let ratio = contrast(edge, ground);
                assert!(ratio >= 3.0, "{name}: {label}: {ratio:.2}:1");
            };
            let quiet = subtle(&theme).color.expect("a colour");
            let warning = warning_text(&theme).color.expect("a colour");
            for (ground_name, ground) in [("page", page), ("card", card), ("dialog", dialog)] {
                text_on(&format!("text on the {ground_name}"), palette.text, ground);
                text_on(&format!("quiet text on the {ground_name}"), quiet, ground);
                text_on(
                    &format!("warning text on the {ground_name}"),
                    warning,
                    ground,
                );
                edge_on(
                    &format!("a control's edge on the {ground_name}"),
                    control_edge(&theme),
                    ground,
                );
            }
            text_on("text in a caution box", palette.text, caution);
            text_on("warning text in a caution box", warning, caution);
            for status in [
                button::Status::Active,
                button::Status::Hovered,
                button::Status::Pressed,
            ] {
                for (label, style) in [
                    ("primary button", primary_button(&theme, status)),
                    ("secondary button", secondary_button(&theme, status)),
                    ("danger button", danger_button(&theme, status)),
                    ("this-hurts button", hurts_button(&theme, status)),
                    ("chosen choice", choice_button(true)(&theme, status)),
                    ("other choice", choice_button(false)(&theme, status)),
                ] {
                    let ground = fill(style.background);
                    text_on(&format!("{label} {status:?}"), style.text_color, ground);
                    // A button shows by its fill or, when its fill is the
                    // card's, by its edge.
                    let shows = contrast(ground, page).max(contrast(style.border.color, page));
                    assert!(
                        shows >= 3.0,
                        "{name}: {label} {status:?} on the page: {shows:.2}:1"
                    );
                }
            }
            let field = field(false)(&theme, text_input::Status::Active);
            let inside = fill(Some(field.background));
            text_on("a field's value", field.value, inside);
            text_on("a field's placeholder", field.placeholder, inside);
            edge_on("a field's edge", field.border.color, page);
            edge_on("a field's edge on a card", field.border.color, card);
            for on in [false, true] {
                let switch = switch(&theme, toggler::Status::Active { is_toggled: on });
                let track = fill(Some(switch.background));
                let knob = fill(Some(switch.foreground));
                edge_on(&format!("a switch's track (on: {on})"), track, page);
                edge_on(
                    &format!("a switch's track on a card (on: {on})"),
                    track,
                    card,
                );
                edge_on(&format!("a switch's knob (on: {on})"), knob, track);
            }
            let picker = picker(&theme, pick_list::Status::Active);
            let inside = fill(Some(picker.background));
            text_on("a drop-down's text", picker.text_color, inside);
            edge_on("a drop-down's edge", picker.border.color, page);
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
