//! The pages of the bar at the top, which screens link to.

/// The pages reachable from the bar at the top.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Page {
    Today,
    Routines,
    Poses,
    History,
    Settings,
}

impl Page {
    /// In the order of the bar, Ctrl+1 to Ctrl+5.
    pub const ALL: [Page; 5] = [
        Page::Today,
        Page::Routines,
        Page::Poses,
        Page::History,
        Page::Settings,
    ];
}
