//! The History screen (filled in with the screen).
