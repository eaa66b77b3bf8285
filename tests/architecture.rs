//! The core stays pure: no windowing and no audio device code under src/core.

use std::path::Path;

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("src/core exists").flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn core_imports_neither_iced_nor_rodio() {
    let mut files = Vec::new();
    rust_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src/core"),
        &mut files,
    );
    assert!(files.len() >= 5, "found only {files:?}");
    for file in files {
        let text = std::fs::read_to_string(&file).expect("readable");
        for (number, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or_default();
            for crate_name in ["iced", "rodio"] {
                assert!(
                    !code.contains(&format!("{crate_name}::"))
                        && !code.contains(&format!("use {crate_name}")),
                    "{}:{}: the core must not use {crate_name}",
                    file.display(),
                    number + 1
                );
            }
        }
    }
}
