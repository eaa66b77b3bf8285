//! Every catalogue pose has an illustration that parses and draws a figure.

use posewise::core::catalogue::Catalogue;
use posewise::core::illustration;
use resvg::{tiny_skia, usvg};
use std::process::Command;

const SIZE: u32 = 256;

fn render(svg: &str) -> tiny_skia::Pixmap {
    let tree = usvg::Tree::from_str(svg, &usvg::Options::default()).expect("the SVG parses");
    let mut pixmap = tiny_skia::Pixmap::new(SIZE, SIZE).expect("a pixmap");
    let scale = SIZE as f32 / tree.size().width().max(tree.size().height());
    resvg::render(
        &tree,
        tiny_skia::Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    pixmap
}

#[test]
fn every_pose_has_an_illustration_that_draws_a_figure() {
    for pose in Catalogue::builtin().poses() {
        let svg = illustration::svg(&pose.id).unwrap_or_else(|| panic!("{} has no SVG", pose.id));
        let pixmap = render(svg);
        let pixels = pixmap.pixels();
        let drawn = pixels.iter().filter(|p| p.alpha() > 0).count();
        // The figure is drawn in dark slate (#2f3e46).
        let figure = pixels
            .iter()
            .filter(|p| p.alpha() > 200 && p.red() < 80 && p.green() < 90 && p.blue() < 100)
            .count();
        let share = |n: usize| n as f64 / pixels.len() as f64;
        assert!(
            share(drawn) > 0.05,
            "{}: only {:.1} % drawn",
            pose.id,
            share(drawn) * 100.0
        );
        assert!(
            share(figure) > 0.02,
            "{}: figure covers {:.1} %",
            pose.id,
            share(figure) * 100.0
        );
    }
}

#[test]
fn the_command_line_prints_illustrations_and_lists_them() {
    let bin = env!("CARGO_BIN_EXE_posewise");
    let out = Command::new(bin)
        .args(["pose-svg", "child-pose"])
        .output()
        .expect("runs");
    assert!(out.status.success());
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        illustration::svg("balasana").unwrap_or_default()
    );
    let unknown = Command::new(bin)
        .args(["pose-svg", "balasanna"])
        .output()
        .expect("runs");
    assert_eq!(unknown.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&unknown.stderr).contains("did you mean 'balasana'?"));
    let list = Command::new(bin)
        .args(["poses", "--json"])
        .output()
        .expect("runs");
    let json: serde_json::Value = serde_json::from_slice(&list.stdout).expect("JSON");
    let poses = json["poses"].as_array().expect("poses");
    assert!(poses.iter().all(|p| p["illustration"] == true));
}
