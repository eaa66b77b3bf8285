//! Whether the desktop prefers a dark look. Asked once the window is up, so
//! it never slows the first window down: first the XDG desktop portal's
//! colour scheme over D-Bus, then `GTK_THEME`.

use std::time::Duration;

/// A portal that does not answer within this is taken as no answer.
const PORTAL_WAIT: Duration = Duration::from_millis(800);

/// `Some(true)` for dark, `Some(false)` for light, `None` when the desktop
/// does not say.
pub async fn prefers_dark() -> Option<bool> {
    let portal = tokio::time::timeout(PORTAL_WAIT, portal_colour_scheme()).await;
    match portal {
        Ok(Some(scheme)) => from_colour_scheme(scheme),
        _ => None,
    }
    .or_else(|| from_gtk_theme(std::env::var("GTK_THEME").ok().as_deref()))
}

/// org.freedesktop.appearance color-scheme: 0 no preference, 1 dark,
/// 2 light.
async fn portal_colour_scheme() -> Option<u32> {
    let connection = zbus::Connection::session().await.ok()?;
    let reply = connection
        .call_method(
            Some("org.freedesktop.portal.Desktop"),
            "/org/freedesktop/portal/desktop",
            Some("org.freedesktop.portal.Settings"),
            "ReadOne",
            &("org.freedesktop.appearance", "color-scheme"),
        )
        .await
        .ok()?;
    let value: zbus::zvariant::OwnedValue = reply.body().deserialize().ok()?;
    u32::try_from(value).ok()
}

fn from_colour_scheme(scheme: u32) -> Option<bool> {
    match scheme {
        1 => Some(true),
        2 => Some(false),
        _ => None,
    }
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

    #[test]
    fn portal_colour_schemes() {
        assert_eq!(from_colour_scheme(1), Some(true));
        assert_eq!(from_colour_scheme(2), Some(false));
        assert_eq!(from_colour_scheme(0), None);
    }
}
