//! Pure statistics over session records.
