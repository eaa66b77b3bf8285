//! The keyboard: every key the app answers, as one small enum, so screens
//! never look at raw key events and the mapping can be tested without a
//! window (subscriptions do not run in the simulator).

use iced::keyboard::{self, Key, key::Named};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hotkey {
    Space,
    Enter,
    Escape,
    Left,
    Right,
    Up,
    Down,
    /// H: "this hurts".
    Hurts,
    /// M: sound on or off.
    Mute,
    /// S: stop (a choice in the "this hurts" dialog).
    Stop,
    /// E: make it easier (a choice in the "this hurts" dialog).
    Easier,
    VolumeUp,
    VolumeDown,
    /// 0–9 without modifiers (pain ratings).
    Digit(u8),
    /// Ctrl+S.
    Save,
    /// Ctrl+O.
    Open,
    /// Delete.
    Delete,
    /// F2.
    Rename,
    /// F1: the safety notice and help.
    Help,
    /// Ctrl+1 … Ctrl+5: Today, Routines, Poses, History, Settings.
    Go(u8),
    /// Ctrl+Z.
    Undo,
    /// Ctrl+Shift+Z or Ctrl+Y.
    Redo,
    /// Ctrl+F: the search field.
    Find,
}

/// A key press the app answers, if any. Auto-repeat is ignored, so holding
/// Space cannot flicker pause on and off.
pub fn hotkey(event: keyboard::Event) -> Option<Hotkey> {
    let keyboard::Event::KeyPressed {
        key,
        modified_key,
        modifiers,
        repeat: false,
        ..
    } = event
    else {
        return None;
    };
    if modifiers.command() {
        return command_key(&key, modifiers.shift());
    }
    if modifiers.alt() || modifiers.logo() {
        return None;
    }
    match modified_key.as_ref() {
        Key::Named(named) => named_key(named),
        Key::Character(c) => character_key(c),
        Key::Unidentified => None,
    }
}

fn command_key(key: &Key, shift: bool) -> Option<Hotkey> {
    match key.as_ref() {
        Key::Character("s") => Some(Hotkey::Save),
        Key::Character("o") => Some(Hotkey::Open),
        Key::Character("f") => Some(Hotkey::Find),
        Key::Character("z" | "Z") if shift => Some(Hotkey::Redo),
        Key::Character("z" | "Z") => Some(Hotkey::Undo),
        Key::Character("y") => Some(Hotkey::Redo),
        Key::Character(c) => match c.parse::<u8>() {
            Ok(n @ 1..=5) => Some(Hotkey::Go(n)),
            _ => None,
        },
        _ => None,
    }
}

fn named_key(named: Named) -> Option<Hotkey> {
    Some(match named {
        Named::Space => Hotkey::Space,
        Named::Enter => Hotkey::Enter,
        Named::Escape => Hotkey::Escape,
        Named::ArrowLeft => Hotkey::Left,
        Named::ArrowRight => Hotkey::Right,
        Named::ArrowUp => Hotkey::Up,
        Named::ArrowDown => Hotkey::Down,
        Named::Delete => Hotkey::Delete,
        Named::F1 => Hotkey::Help,
        Named::F2 => Hotkey::Rename,
        _ => return None,
    })
}

fn character_key(c: &str) -> Option<Hotkey> {
    Some(match c {
        "h" | "H" => Hotkey::Hurts,
        "m" | "M" => Hotkey::Mute,
        "s" | "S" => Hotkey::Stop,
        "e" | "E" => Hotkey::Easier,
        "+" | "=" => Hotkey::VolumeUp,
        "-" | "_" => Hotkey::VolumeDown,
        " " => Hotkey::Space,
        _ => return c.parse::<u8>().ok().filter(|d| *d <= 9).map(Hotkey::Digit),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use iced::keyboard::{Location, Modifiers, key};

    fn press(key: Key, modifiers: Modifiers, repeat: bool) -> keyboard::Event {
        keyboard::Event::KeyPressed {
            key: key.clone(),
            modified_key: key,
            physical_key: key::Physical::Unidentified(key::NativeCode::Unidentified),
            location: Location::Standard,
            modifiers,
            text: None,
            repeat,
        }
    }

    fn char_key(c: &str) -> Key {
        Key::Character(c.into())
    }

    #[test]
    fn runner_keys_map_and_repeats_are_ignored() {
        let none = Modifiers::empty();
        let cases = [
            (Key::Named(Named::Space), Some(Hotkey::Space)),
            (Key::Named(Named::ArrowRight), Some(Hotkey::Right)),
            (Key::Named(Named::ArrowLeft), Some(Hotkey::Left)),
            (Key::Named(Named::Escape), Some(Hotkey::Escape)),
            (char_key("h"), Some(Hotkey::Hurts)),
            (char_key("M"), Some(Hotkey::Mute)),
            (char_key("+"), Some(Hotkey::VolumeUp)),
            (char_key("-"), Some(Hotkey::VolumeDown)),
            (char_key("7"), Some(Hotkey::Digit(7))),
            (char_key("x"), None),
            (Key::Named(Named::Tab), None),
        ];
        for (key, expected) in cases {
            assert_eq!(hotkey(press(key.clone(), none, false)), expected, "{key:?}");
            assert_eq!(hotkey(press(key, none, true)), None);
        }
    }

    #[test]
    fn control_combinations_are_commands_not_letters() {
        assert_eq!(
            hotkey(press(char_key("s"), Modifiers::CTRL, false)),
            Some(Hotkey::Save)
        );
        assert_eq!(
            hotkey(press(char_key("2"), Modifiers::CTRL, false)),
            Some(Hotkey::Go(2))
        );
        assert_eq!(
            hotkey(press(char_key("5"), Modifiers::CTRL, false)),
            Some(Hotkey::Go(5))
        );
        assert_eq!(hotkey(press(char_key("6"), Modifiers::CTRL, false)), None);
        assert_eq!(
            hotkey(press(char_key("z"), Modifiers::CTRL, false)),
            Some(Hotkey::Undo)
        );
        assert_eq!(
            hotkey(press(
                char_key("Z"),
                Modifiers::CTRL | Modifiers::SHIFT,
                false
            )),
            Some(Hotkey::Redo)
        );
        assert_eq!(hotkey(press(char_key("h"), Modifiers::CTRL, false)), None);
        assert_eq!(hotkey(press(char_key("h"), Modifiers::ALT, false)), None);
    }
}
