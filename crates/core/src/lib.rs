//! The pure core: no iced, no rodio. Everything here is testable without a
//! window or a sound card.

pub mod announce;
pub mod audio;
pub mod board;
pub mod catalogue;
pub mod checkpoint;
pub mod clock;
pub mod data_folder;
pub mod dates;
pub mod device;
pub mod dose;
pub mod draft;
pub mod duration;
pub mod engine;
pub mod handout;
pub mod history;
pub mod i18n;
pub mod illustration;
pub mod json_span;
pub mod library;
pub mod location;
pub mod plan;
pub mod reminder;
pub mod report;
pub mod routine;
pub mod safety;
pub mod session;
pub mod settings;
pub mod store;
pub mod suggest;
pub mod today;
