//! Editing `mimeapps.list` (the MIME Applications Associations spec): the
//! `[Default Applications]` group maps a MIME type to desktop file ids.

const GROUP: &str = "[Default Applications]";

fn is_group(line: &str) -> bool {
    line.trim_start().starts_with('[')
}

fn key_of(line: &str) -> Option<&str> {
    line.split_once('=').map(|(key, _)| key.trim())
}

/// `text` with `mime` defaulting to `desktop_id`, replacing any earlier
/// default for that type and keeping everything else.
pub fn with_default(text: &str, mime: &str, desktop_id: &str) -> String {
    let entry = format!("{mime}={desktop_id};");
    let mut lines: Vec<String> = Vec::new();
    let mut in_group = false;
    let mut done = false;
    let mut group_end = None;
    for line in text.lines() {
        if is_group(line) {
            in_group = line.trim() == GROUP;
            if in_group {
                group_end = Some(lines.len() + 1);
            }
        } else if in_group && key_of(line) == Some(mime) {
            if !done {
                lines.push(entry.clone());
                done = true;
            }
            continue;
        } else if in_group && !line.trim().is_empty() {
            group_end = Some(lines.len() + 1);
        }
        lines.push(line.to_string());
    }
    if !done {
        match group_end {
            Some(at) => lines.insert(at, entry),
            None => {
                if lines.last().is_some_and(|l| !l.trim().is_empty()) {
                    lines.push(String::new());
                }
                lines.push(GROUP.to_string());
                lines.push(entry);
            }
        }
    }
    lines.join("\n") + "\n"
}

/// `text` without `desktop_id` as the default for `mime`, or `None` when it
/// was not there (another app's default is left alone).
pub fn without_default(text: &str, mime: &str, desktop_id: &str) -> Option<String> {
    let mut changed = false;
    let mut in_group = false;
    let mut lines = Vec::new();
    for line in text.lines() {
        if is_group(line) {
            in_group = line.trim() == GROUP;
        } else if in_group && key_of(line) == Some(mime) {
            let value = line.split_once('=').map_or("", |(_, v)| v);
            let ids: Vec<&str> = value
                .split(';')
                .map(str::trim)
                .filter(|id| !id.is_empty())
                .collect();
            if ids.contains(&desktop_id) {
                changed = true;
                let rest: Vec<&str> = ids.into_iter().filter(|id| *id != desktop_id).collect();
                if !rest.is_empty() {
                    lines.push(format!("{mime}={};", rest.join(";")));
                }
                continue;
            }
        }
        lines.push(line.to_string());
    }
    changed.then(|| lines.join("\n") + "\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    const MIME: &str = "application/x-posewise-routine";
    const ID: &str = "io.github.posewise.Posewise.desktop";

    #[test]
    fn adds_a_group_to_an_empty_file() {
        assert_eq!(
            with_default("", MIME, ID),
            format!("[Default Applications]\n{MIME}={ID};\n")
        );
    }

    #[test]
    fn replaces_an_old_default_and_keeps_the_rest() {
        let text = "[Added Associations]\ntext/plain=gedit.desktop;\n\n\
                    [Default Applications]\nimage/png=eog.desktop;\n\
                    application/x-posewise-routine=old.desktop;\n";
        let new = with_default(text, MIME, ID);
        assert!(new.contains("text/plain=gedit.desktop;\n"));
        assert!(new.contains("image/png=eog.desktop;\n"));
        assert!(new.contains(&format!("{MIME}={ID};\n")));
        assert!(!new.contains("old.desktop"));
    }

    #[test]
    fn adds_inside_an_existing_group_before_the_next() {
        let text = "[Default Applications]\nimage/png=eog.desktop;\n\n[Added Associations]\n";
        let new = with_default(text, MIME, ID);
        assert_eq!(
            new,
            format!(
                "[Default Applications]\nimage/png=eog.desktop;\n{MIME}={ID};\n\n[Added Associations]\n"
            )
        );
    }

    #[test]
    fn removing_undoes_adding_and_leaves_others_alone() {
        let text = "[Default Applications]\nimage/png=eog.desktop;\n";
        let added = with_default(text, MIME, ID);
        assert_eq!(without_default(&added, MIME, ID).as_deref(), Some(text));
        let other = with_default(text, MIME, "other.desktop");
        assert_eq!(without_default(&other, MIME, ID), None);
    }
}
