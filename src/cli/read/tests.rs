use super::*;
use crate::core::i18n::Scoped;

fn args(words: &[&str]) -> Vec<OsString> {
    std::iter::once("posewise")
        .chain(words.iter().copied())
        .map(OsString::from)
        .collect()
}

fn refused(lang: Lang, words: &[&str]) -> Answer {
    let _lang = Scoped::new(lang);
    match read(args(words)) {
        Ok(cli) => panic!("{words:?} was read as {cli:?}"),
        Err(answer) => answer,
    }
}

/// Every visible command with its path, as `translated()` builds it.
fn commands(root: &Command) -> Vec<(String, &Command)> {
    let mut found = vec![(root.get_name().to_owned(), root)];
    for sub in root.get_subcommands().filter(|c| !c.is_hide_set()) {
        found.push((sub.get_name().to_owned(), sub));
    }
    found
}

/// (command, option id, help) for every visible option of every command.
fn option_helps(lang: Lang) -> Vec<(String, String, String)> {
    let _lang = Scoped::new(lang);
    let root = translated();
    let mut helps = Vec::new();
    for (name, command) in commands(&root) {
        for arg in command.get_arguments().filter(|a| !a.is_hide_set()) {
            let help = arg.get_help().map(ToString::to_string).unwrap_or_default();
            helps.push((name.clone(), arg.get_id().to_string(), help));
        }
    }
    helps
}

#[test]
fn a_command_line_that_parses_is_read_as_it_is() {
    let _lang = Scoped::new(Lang::De);
    let cli = read(args(&[
        "play",
        "x.posewise.json",
        "--pain-before",
        "3",
        "--volume=0.5",
    ]));
    match cli.map(|cli| cli.command) {
        Ok(Some(super::super::Command::Play { sound, ratings, .. })) => {
            assert_eq!(ratings.pain_before, Some(3));
            assert!((sound.volume - 0.5).abs() < f32::EPSILON);
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn every_command_and_option_has_its_text_in_english() {
    let _lang = Scoped::new(Lang::En);
    let root = translated();
    for (name, command) in commands(&root) {
        let about = command.get_about().map(ToString::to_string);
        assert!(about.is_some_and(|a| !a.is_empty()), "{name} has no about");
        for arg in command.get_arguments().filter(|a| !a.is_hide_set()) {
            let help = arg.get_help().map(ToString::to_string).unwrap_or_default();
            assert!(
                !help.trim().is_empty(),
                "{name} {} has no help",
                arg.get_id()
            );
            let names = arg
                .get_value_names()
                .filter(|_| arg.get_action().takes_values());
            for value in names.into_iter().flatten() {
                let id = format!("cli-value-{}", value.as_str().to_lowercase());
                assert!(i18n::message_in(Lang::En, &id, None).is_some(), "{id}");
            }
        }
    }
}

#[test]
fn every_option_is_explained_in_every_language() {
    let english = option_helps(Lang::En);
    for lang in Lang::SPOKEN.into_iter().filter(|l| *l != Lang::En) {
        let theirs = option_helps(lang);
        assert_eq!(theirs.len(), english.len(), "{lang:?}");
        for (ours, theirs) in english.iter().zip(&theirs) {
            assert_eq!((&ours.0, &ours.1), (&theirs.0, &theirs.1));
            assert_ne!(
                ours.2, theirs.2,
                "{lang:?}: {} --{} is English",
                ours.0, ours.1
            );
        }
    }
}

#[test]
fn help_has_none_of_clap_s_english_words_in_another_language() {
    // clap's word, and the message that says it in the language (French
    // "Options" is English "Options" too).
    let clap_words = [
        ("Usage:", "cli-heading-usage"),
        ("Options:", "cli-heading-options"),
        ("Arguments:", "cli-heading-arguments"),
        ("Commands:", "cli-heading-commands"),
        ("[OPTIONS]", "cli-usage-options"),
        ("Print help", "cli-builtin-help"),
        ("possible values", "cli-possible-values"),
        ("[default", "cli-default"),
    ];
    for lang in Lang::SPOKEN.into_iter().filter(|l| *l != Lang::En) {
        for command in ["", "plan", "report", "remind", "play"] {
            let words: Vec<&str> = [command, "--help"]
                .into_iter()
                .filter(|w| !w.is_empty())
                .collect();
            let help = refused(lang, &words);
            assert!(help.to_stdout, "{lang:?} {command}");
            assert_eq!(help.code, 0);
            for (word, id) in clap_words {
                let theirs = i18n::message_in(lang, id, None).unwrap_or_default();
                assert!(
                    theirs.contains(word.trim_end_matches(':')) || !help.text.contains(word),
                    "{lang:?} `{command} --help` says {word:?}:\n{}",
                    help.text
                );
            }
        }
    }
}

#[test]
fn lang_on_the_command_line_chooses_the_language_of_the_help() {
    let help = refused(Lang::En, &["--lang", "fr", "--help"]);
    let _lang = Scoped::new(Lang::Fr);
    assert!(help.text.contains(&t!("cli-about")), "{}", help.text);
    assert!(
        help.text.contains(&t!("cli-heading-options")),
        "{}",
        help.text
    );
}

#[test]
fn a_number_out_of_range_is_refused_in_the_language_with_the_option_named() {
    let answer = refused(Lang::De, &["play", "x.posewise.json", "--pain-before=11"]);
    assert_eq!((answer.code, answer.to_stdout), (2, false));
    let _lang = Scoped::new(Lang::De);
    assert!(answer.text.contains("--pain-before"), "{}", answer.text);
    assert!(
        answer
            .text
            .contains(&t!("cli-expected-whole-number", most = 10)),
        "{}",
        answer.text
    );
    assert!(answer.text.contains(&t!("cli-try-help")), "{}", answer.text);
}

#[test]
fn an_unknown_option_is_named_with_a_near_one_in_the_language() {
    let answer = refused(Lang::Es, &["plan", "x.posewise.json", "--jsno"]);
    let _lang = Scoped::new(Lang::Es);
    assert!(
        answer
            .text
            .contains(&t!("cli-unexpected-argument", arg = "--jsno")),
        "{}",
        answer.text
    );
    assert!(
        answer
            .text
            .contains(&t!("cli-tip-similar", near = "--json")),
        "{}",
        answer.text
    );
    assert!(
        answer.text.contains(&t!("cli-heading-usage")),
        "{}",
        answer.text
    );
    assert!(!answer.text.contains("Usage:"), "{}", answer.text);
}

#[test]
fn a_choice_out_of_the_list_names_the_choices() {
    let answer = refused(Lang::PtBr, &["report", "--format", "pdf", "--out", "r.pdf"]);
    assert!(answer.text.contains("pdf"), "{}", answer.text);
    assert!(answer.text.contains("csv, json, html"), "{}", answer.text);
    assert_eq!(answer.code, 2);
}

#[test]
fn numbers_are_checked_before_use() {
    assert_eq!(up_to::<10>("10"), Ok(10));
    assert_eq!(up_to::<10>(" 0 "), Ok(0));
    for bad in ["11", "-1", "1.5", "", "99999999999999999999999"] {
        assert!(up_to::<10>(bad).is_err(), "{bad:?}");
    }
    assert_eq!(rating("7"), Ok(7));
    assert!(rating("300").is_err());
    assert_eq!(volume("0.8"), Ok(0.8));
    for bad in ["1.01", "-0.1", "NaN", "inf", "loud"] {
        assert!(volume(bad).is_err(), "{bad:?}");
    }
}

#[test]
fn the_version_is_printed_as_it_is() {
    let answer = refused(Lang::Hi, &["--version"]);
    assert_eq!(
        answer.text.trim(),
        format!("posewise {}", env!("CARGO_PKG_VERSION"))
    );
    assert_eq!((answer.code, answer.to_stdout), (0, true));
}
