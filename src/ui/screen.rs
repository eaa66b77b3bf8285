//! One module per screen: each has its state, `Message`, `Action`, `update`
//! and `view`; the app switches between them.

pub mod routine_page;
pub mod routines;
pub mod runner;
pub mod settings;
pub mod summary;
pub mod today;
