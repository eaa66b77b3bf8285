//! Reusable pieces of the window: the countdown ring and clock, the
//! breathing pacer, pose pictures.

pub mod countdown;
pub mod pacer;
pub mod picture;
pub mod pose_card;
pub mod ring;
