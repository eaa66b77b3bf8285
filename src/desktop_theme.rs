//! Whether the desktop prefers a dark look. Asked once the window is up, so
//! it never slows the first window down.

/// `Some(true)` for dark, `Some(false)` for light, `None` when the desktop
/// does not say.
pub async fn prefers_dark() -> Option<bool> {
    from_gtk_theme(std::env::var("GTK_THEME").ok().as_deref())
}

/// `GTK_THEME=Adwaita:dark` and themes named "…-dark" ask for dark.
fn from_gtk_theme(value: Option<&str>) -> Option<bool> {
    let value = value?.to_lowercase();
    Some(value.ends_with(":dark") || value.ends_with("-dark"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gtk_theme_names_tell_dark_from_light() {
        assert_eq!(from_gtk_theme(Some("Adwaita:dark")), Some(true));
        assert_eq!(from_gtk_theme(Some("Arc-Dark")), Some(true));
        assert_eq!(from_gtk_theme(Some("Adwaita")), Some(false));
        assert_eq!(from_gtk_theme(None), None);
    }
}
