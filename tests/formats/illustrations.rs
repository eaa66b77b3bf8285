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

/// Sage body fill (#8fb5a7) or accent (#e07a5f), give or take edges.
fn is_body(p: &tiny_skia::PremultipliedColorU8) -> bool {
    let near = |c: u8, want: u8| c.abs_diff(want) < 12;
    (near(p.red(), 0x8f) && near(p.green(), 0xb5) && near(p.blue(), 0xa7))
        || (near(p.red(), 0xe0) && near(p.green(), 0x7a) && near(p.blue(), 0x5f))
}

#[test]
fn every_pose_has_an_illustration_that_draws_a_figure() {
    for pose in Catalogue::builtin().poses() {
        let svg = illustration::svg(&pose.id).unwrap_or_else(|| panic!("{} has no SVG", pose.id));
        let pixmap = render(svg);
        let pixels = pixmap.pixels();
        let drawn = pixels.iter().filter(|p| p.alpha() > 0).count();
        // Outlines are dark slate (#2f3e46); the body is filled in sage,
        // far limbs in pale sage and the moving limb in the accent colour.
        let outline = pixels
            .iter()
            .filter(|p| p.alpha() > 200 && p.red() < 80 && p.green() < 90 && p.blue() < 100)
            .count();
        let figure = pixels
            .iter()
            .filter(|p| p.alpha() > 200 && (is_body(p) || p.red() < 80))
            .count();
        let share = |n: usize| n as f64 / pixels.len() as f64;
        assert!(
            share(drawn) > 0.05,
            "{}: only {:.1} % drawn",
            pose.id,
            share(drawn) * 100.0
        );
        assert!(
            share(outline) > 0.004,
            "{}: outline covers {:.1} %",
            pose.id,
            share(outline) * 100.0
        );
        assert!(
            share(figure) > 0.04,
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

fn generator(args: &[&str]) -> std::process::Output {
    Command::new("python3")
        .arg(concat!(env!("CARGO_MANIFEST_DIR"), "/tools/posefig.py"))
        .args(args)
        .output()
        .expect("python3 runs tools/posefig.py")
}

#[test]
fn the_generator_the_binary_and_the_catalogue_know_the_same_poses() {
    let listed = generator(&["--list"]);
    assert!(listed.status.success());
    let mut generated: Vec<String> = String::from_utf8_lossy(&listed.stdout)
        .lines()
        .map(str::to_owned)
        .collect();
    let mut embedded: Vec<String> = illustration::all().map(|(id, _)| id.to_owned()).collect();
    let mut catalogue: Vec<String> = Catalogue::builtin()
        .poses()
        .iter()
        .map(|p| p.id.clone())
        .collect();
    generated.sort();
    embedded.sort();
    catalogue.sort();
    assert_eq!(
        generated, catalogue,
        "tools/posefig.py vs assets/catalogue.json"
    );
    assert_eq!(
        embedded, catalogue,
        "src/core/illustration.rs vs assets/catalogue.json"
    );
}

#[test]
fn the_committed_svgs_are_what_the_generator_makes() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let out = dir.path().to_string_lossy().into_owned();
    let run = generator(&["-o", &out]);
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    for (id, committed) in illustration::all() {
        let fresh =
            std::fs::read_to_string(dir.path().join(format!("{id}.svg"))).unwrap_or_default();
        assert!(
            fresh == committed,
            "assets/poses/{id}.svg is stale: run python3 tools/posefig.py"
        );
    }
}
