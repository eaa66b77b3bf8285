//! One module per screen: each has its state, `Message`, `Action`, `update`
//! and `view`; the app switches between them.

pub mod editor;
pub mod history;
pub mod pose_page;
pub mod poses;
pub mod routine_page;
pub mod routines;
pub mod runner;
pub mod settings;
pub mod summary;
pub mod today;
