//! The session runner: the window's front end to the session controller.
//! It turns keys and buttons into controls, keeps a `Board` of what to show,
//! and hands every other effect (sound, checkpoint, the record) to the app.

mod view;

use crate::core::board::Board;
use crate::core::catalogue::Catalogue;
use crate::core::session::{Control, Effect, HurtChoice, MAX_PAIN, Session};
use crate::ui::keys::Hotkey;
use chrono::{DateTime, Local};
use std::time::{Duration, Instant};

/// While a start waits for sound, look for it this often.
const STARTING_TICK: Duration = Duration::from_millis(50);
/// The breathing circle moves in steps of this.
const BREATH_TICK: Duration = Duration::from_millis(250);
const CLOCK_MARGIN_MS: u64 = 3;
/// Without a key or a pointer move for this long, a running session hides
/// its controls and the ring takes the room.
pub const HIDE_CONTROLS_AFTER: Duration = Duration::from_secs(5);

#[derive(Debug, Clone)]
pub enum Message {
    Control(Control),
    /// "This hurts": mark the step, then ask what to do.
    Hurts,
    /// After "this hurts": skip the rest of this exercise.
    SkipPainful,
    /// After "this hurts": this exercise's holds a third shorter.
    Easier,
    /// Close the dialog; after "this hurts", go on gently.
    KeepGoing,
    /// After "this hurts": stop the session.
    StopAfterHurt,
    AskStop,
    ConfirmStop,
    PainBefore(u8),
    ToggleMute,
    Volume(f32),
    /// Close the sound notice.
    DismissNotice,
}

/// What the app should do.
#[derive(Debug)]
pub enum Action {
    None,
    /// Carry these out (sound, checkpoint, the ended record).
    Effects(Vec<Effect>),
    ToggleMute,
    /// Change the volume by this much.
    Volume(f32),
    /// The sound notice was closed: do not show it again.
    NoticeDismissed,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialog {
    ConfirmStop,
    Hurts,
}

pub struct Runner {
    session: Session,
    board: Board,
    dialog: Option<Dialog>,
    pub pain_before: Option<u8>,
    /// Shown while the session runs: no sound output, and why.
    pub notice: Option<String>,
    /// Shown on the first get-ready: what hurt in this routine last time.
    pub gentle: Option<String>,
    pub muted: bool,
    /// No growing circle, no controls hiding away.
    pub reduce_motion: bool,
    /// The last key, click or pointer move.
    last_input: Instant,
    controls_hidden: bool,
    /// The routine's title as shown, worked out once: it is drawn every
    /// frame and finding a bundled routine's means hashing the routine.
    title: String,
}

impl Runner {
    /// A runner for `session` (just made, not started).
    pub fn new(session: Session, now: Instant) -> Runner {
        let board = Board::new(
            session.plan(),
            session.routine(),
            &session.snapshot(now),
            Catalogue::builtin(),
        );
        let title = crate::core::library::shown_title(&session.routine_id(), &session.plan().title);
        Runner {
            title,
            session,
            board,
            dialog: None,
            pain_before: None,
            notice: None,
            gentle: None,
            muted: false,
            reduce_motion: false,
            last_input: now,
            controls_hidden: false,
        }
    }

    pub fn board(&self) -> &Board {
        &self.board
    }

    pub fn dialog(&self) -> Option<Dialog> {
        self.dialog
    }

    /// The routine's title as shown (a bundled one's in the language).
    pub fn title(&self) -> &str {
        &self.title
    }

    pub fn session(&self) -> &Session {
        &self.session
    }

    /// Whether the session's clock runs (not waiting, paused or over).
    pub fn is_running(&self) -> bool {
        self.session.status() == crate::core::engine::Status::Running
    }

    pub fn is_starting(&self) -> bool {
        self.session.is_starting()
    }

    /// Whether the controls are out of sight (a running session, left
    /// alone for a while).
    pub fn controls_hidden(&self) -> bool {
        self.controls_hidden
    }

    /// A key, a click or a pointer move: the controls come back.
    pub fn input(&mut self, now: Instant) {
        self.last_input = now;
        self.controls_hidden = false;
    }

    /// Only while the session runs with nothing asked of the person.
    fn may_hide_controls(&self) -> bool {
        !self.reduce_motion
            && self.dialog.is_none()
            && self.is_running()
            && !self.session.is_starting()
    }

    /// How long until the screen next needs to change: the clock's next
    /// second, the next cue or segment, a step of the breathing circle, or
    /// a look for sound while starting. `None` while nothing moves.
    pub fn next_tick(&self, now: Instant) -> Option<Duration> {
        if self.session.is_starting() {
            return Some(STARTING_TICK);
        }
        let event = self.session.next_wake(now)?;
        let snapshot = self.session.snapshot(now);
        let into_second = (snapshot.remaining_in_segment.as_millis() % 1000) as u64;
        // Just past the boundary, so the rounded-up clock has changed.
        let clock = Duration::from_millis(into_second + CLOCK_MARGIN_MS);
        let mut wait = event.min(clock);
        if snapshot.breath.is_some() && !self.reduce_motion {
            wait = wait.min(BREATH_TICK);
        }
        if !self.controls_hidden && self.may_hide_controls() {
            wait = wait.min((self.last_input + HIDE_CONTROLS_AFTER).saturating_duration_since(now));
        }
        Some(wait.max(Duration::from_millis(1)))
    }

    pub fn start(&mut self, now: Instant, wall: DateTime<Local>) -> Action {
        self.control(Control::Start, now, wall)
    }

    pub fn tick(&mut self, now: Instant, wall: DateTime<Local>) -> Action {
        let effects = self.session.tick(now, wall);
        self.refresh(now);
        self.controls_hidden = self.may_hide_controls()
            && now.saturating_duration_since(self.last_input) >= HIDE_CONTROLS_AFTER;
        effects_action(effects)
    }

    pub fn sound_ready(&mut self, now: Instant, wall: DateTime<Local>) -> Action {
        let effects = self.session.sound_ready(now, wall);
        self.refresh(now);
        effects_action(effects)
    }

    pub fn update(&mut self, message: Message, now: Instant, wall: DateTime<Local>) -> Action {
        self.input(now);
        match message {
            Message::Control(control) => self.control(control, now, wall),
            Message::Hurts => self.hurts(now, wall),
            Message::SkipPainful => self.hurt_choice(HurtChoice::Skip, now, wall),
            Message::Easier => self.hurt_choice(HurtChoice::Easier, now, wall),
            Message::StopAfterHurt => self.hurt_choice(HurtChoice::Stop, now, wall),
            Message::KeepGoing if self.dialog == Some(Dialog::Hurts) => {
                self.hurt_choice(HurtChoice::Gently, now, wall)
            }
            Message::KeepGoing => {
                self.dialog = None;
                Action::None
            }
            Message::AskStop => {
                self.dialog = Some(Dialog::ConfirmStop);
                Action::None
            }
            Message::ConfirmStop => {
                self.dialog = None;
                self.control(Control::Stop, now, wall)
            }
            Message::PainBefore(pain) => {
                self.pain_before = (pain <= MAX_PAIN).then_some(pain);
                Action::None
            }
            Message::ToggleMute => Action::ToggleMute,
            Message::DismissNotice => {
                self.notice = None;
                Action::NoticeDismissed
            }
            Message::Volume(change) => Action::Volume(change),
        }
    }

    /// What a key means on this screen.
    pub fn hotkey(&self, key: Hotkey) -> Option<Message> {
        if let Some(dialog) = self.dialog {
            return match (dialog, key) {
                (_, Hotkey::Escape) => Some(Message::KeepGoing),
                (Dialog::ConfirmStop, Hotkey::Enter) => Some(Message::ConfirmStop),
                (Dialog::Hurts, Hotkey::Enter) => Some(Message::SkipPainful),
                (Dialog::Hurts, Hotkey::Stop) => Some(Message::StopAfterHurt),
                (Dialog::Hurts, Hotkey::Easier) if self.can_ease() => Some(Message::Easier),
                _ => None,
            };
        }
        match key {
            Hotkey::Space => Some(Message::Control(Control::TogglePause)),
            Hotkey::Right => Some(Message::Control(Control::Next)),
            Hotkey::Left => Some(Message::Control(Control::Back)),
            Hotkey::Escape => Some(Message::AskStop),
            Hotkey::Hurts => Some(Message::Hurts),
            Hotkey::Mute => Some(Message::ToggleMute),
            Hotkey::VolumeUp => Some(Message::Volume(0.1)),
            Hotkey::VolumeDown => Some(Message::Volume(-0.1)),
            _ => None,
        }
    }

    fn control(&mut self, control: Control, now: Instant, wall: DateTime<Local>) -> Action {
        let effects = self.session.control(control, now, wall);
        self.refresh(now);
        effects_action(effects)
    }

    /// In every phase: getting into a pose is often when it hurts.
    fn hurts(&mut self, now: Instant, wall: DateTime<Local>) -> Action {
        if !self.can_mark_hurt() {
            return Action::None;
        }
        self.dialog = Some(Dialog::Hurts);
        self.control(Control::Hurts, now, wall)
    }

    /// Any time the session is under way (during Get ready the step is
    /// the one coming).
    pub fn can_mark_hurt(&self) -> bool {
        !self.session.is_over()
    }

    fn hurt_choice(&mut self, choice: HurtChoice, now: Instant, wall: DateTime<Local>) -> Action {
        self.dialog = None;
        let effects = self
            .session
            .hurt_choice(choice, now, wall, Catalogue::builtin());
        self.refresh(now);
        effects_action(effects)
    }

    /// Whether "make it easier" is on offer for the step that hurts.
    pub fn can_ease(&self) -> bool {
        self.session.can_ease(Catalogue::builtin())
    }

    fn refresh(&mut self, now: Instant) {
        self.board = Board::new(
            self.session.plan(),
            self.session.routine(),
            &self.session.snapshot(now),
            Catalogue::builtin(),
        );
    }
}

fn effects_action(effects: Vec<Effect>) -> Action {
    if effects.is_empty() {
        Action::None
    } else {
        Action::Effects(effects)
    }
}
