//! The app icon as raw pixels, ready for a window icon. Regenerate it from
//! `assets/icon/posewise.svg` with `tools/make-icon.sh`.

/// Width and height of [`ICON_64_RGBA`], in pixels.
pub const ICON_SIZE: u32 = 64;

/// 64×64 RGBA, 8 bits a channel, straight alpha, rows top to bottom.
pub const ICON_64_RGBA: &[u8] = include_bytes!("../../assets/icon/posewise-64.rgba");

#[cfg(test)]
mod tests {
    use super::{ICON_64_RGBA, ICON_SIZE};
    use std::collections::HashSet;

    #[test]
    fn is_a_full_64_px_square() {
        assert_eq!(ICON_64_RGBA.len(), (ICON_SIZE * ICON_SIZE * 4) as usize);
    }

    #[test]
    fn is_not_blank() {
        let pixels: Vec<&[u8]> = ICON_64_RGBA.chunks_exact(4).collect();
        let opaque = pixels.iter().filter(|p| p[3] == 255).count();
        let transparent = pixels.iter().filter(|p| p[3] == 0).count();
        let colours: HashSet<&[u8]> = pixels
            .iter()
            .filter(|p| p[3] == 255)
            .map(|p| &p[..3])
            .collect();

        assert!(opaque > 0, "no opaque pixel");
        assert!(transparent > 0, "no transparent pixel");
        assert!(colours.len() > 2, "only {} colours", colours.len());
    }
}
