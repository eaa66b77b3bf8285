//! Reusable pieces of the window: the countdown ring and clock, the
//! breathing pacer, pose pictures, the way back.

pub mod back;
pub mod chart;
pub mod countdown;
pub mod heat_map;
pub mod minutes_chart;
pub mod pacer;
pub mod pain_chart;
pub mod picture;
pub mod pose_card;
pub mod ring;
