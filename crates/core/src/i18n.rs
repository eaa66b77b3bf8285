//! Every text a person reads or hears, in their language.
//!
//! Messages live in Fluent files, `assets/i18n/<language>/*.ftl`, compiled
//! into the binary: `posewise.ftl` for the window, the command line, the
//! handout, the report and the spoken coaching; `poses.ftl` for the pose
//! catalogue and the bundled routines. English is the source and the
//! fallback: a message missing in a language is said in English. `en-XA` is
//! a pseudo-language for testing layouts: English, accented, 40 % longer and
//! bracketed.
//!
//! The language is chosen once per process (`set`, from `LC_ALL`,
//! `LC_MESSAGES` or `LANG`, the settings or `--lang`) and can change at any
//! time; a thread may override it for itself (`Scoped`), which the tests
//! use to run languages side by side.

mod lang;
mod pseudo;

pub use lang::Lang;
pub use pseudo::pseudo;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::cell::Cell;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicBool, AtomicU8, Ordering};

/// The Fluent files of a language, in the order they are loaded.
fn sources(lang: Lang) -> &'static [&'static str] {
    macro_rules! files {
        ($code:literal) => {
            &[
                include_str!(concat!("../../../assets/i18n/", $code, "/notify.ftl")),
                include_str!(concat!("../../../assets/i18n/", $code, "/posewise.ftl")),
                include_str!(concat!("../../../assets/i18n/", $code, "/poses.ftl")),
            ]
        };
    }
    match lang {
        Lang::En | Lang::EnXa => files!("en"),
        Lang::De => files!("de"),
        Lang::Es => files!("es"),
        Lang::Fr => files!("fr"),
        Lang::PtBr => files!("pt-BR"),
        Lang::Hi => files!("hi"),
    }
}

static CURRENT: AtomicU8 = AtomicU8::new(0);

thread_local! {
    static OVERRIDE: Cell<Option<Lang>> = const { Cell::new(None) };
}

static CHOSEN_ON_COMMAND_LINE: AtomicBool = AtomicBool::new(false);

/// Makes `lang` the language of the whole process, or only of this thread
/// when it has its own (`Scoped`).
pub fn set(lang: Lang) {
    let scoped = OVERRIDE.with(|o| {
        let scoped = o.get().is_some();
        if scoped {
            o.set(Some(lang));
        }
        scoped
    });
    if !scoped {
        CURRENT.store(lang.index() as u8, Ordering::Relaxed);
    }
}

/// `--lang`: the language of the process, which the settings then leave.
pub fn choose_on_command_line(lang: Lang) {
    set(lang);
    CHOSEN_ON_COMMAND_LINE.store(true, Ordering::Relaxed);
}

/// Whether `--lang` chose the language.
pub fn chosen_on_command_line() -> bool {
    CHOSEN_ON_COMMAND_LINE.load(Ordering::Relaxed)
}

/// The language text is given in now, on this thread.
pub fn current() -> Lang {
    OVERRIDE.with(Cell::get).unwrap_or_else(|| {
        Lang::ALL[usize::from(CURRENT.load(Ordering::Relaxed)) % Lang::ALL.len()]
    })
}

/// This thread speaks `lang` until the guard is dropped.
#[must_use = "the language returns when the guard is dropped"]
pub struct Scoped(Option<Lang>);

impl Scoped {
    pub fn new(lang: Lang) -> Scoped {
        Scoped(OVERRIDE.with(|o| o.replace(Some(lang))))
    }
}

impl Drop for Scoped {
    fn drop(&mut self) {
        OVERRIDE.with(|o| o.set(self.0));
    }
}

/// Which of a language's files hold its catalogue (`poses.ftl`).
const CATALOGUE_FILE: usize = 2;
const FILES: usize = 3;

/// How many of a language's files its messages are looked up in while
/// the app runs: English leaves out its catalogue file, since the
/// catalogue's English is `assets/catalogue.json` itself (the file is for
/// translators, and for the test that holds the two together).
fn runtime_files(lang: Lang) -> usize {
    match lang {
        Lang::En | Lang::EnXa => CATALOGUE_FILE,
        _ => FILES,
    }
}

/// One file of a language, parsed when a message is first looked up in
/// it: `posewise remind` waiting on its notification reads only
/// `notify.ftl`.
fn bundle(lang: Lang, file: usize) -> &'static FluentBundle<FluentResource> {
    static BUNDLES: [[OnceLock<FluentBundle<FluentResource>>; FILES]; Lang::ALL.len()] =
        [const { [const { OnceLock::new() }; FILES] }; Lang::ALL.len()];
    BUNDLES[lang.index()][file].get_or_init(|| bundle_of(lang, &sources(lang)[file..=file]))
}

fn bundle_of(lang: Lang, files: &[&str]) -> FluentBundle<FluentResource> {
    let mut bundle = FluentBundle::new_concurrent(vec![lang.identifier()]);
    // Isolation marks would be spoken and drawn as boxes.
    bundle.set_use_isolating(false);
    if lang == Lang::EnXa {
        // Only the message's own words: a value put in it is already
        // in the pseudo-language, and would grow twice.
        bundle.set_transform(Some(pseudo::stretch));
    }
    for source in files {
        // The files are part of the binary and checked by the tests
        // (every id in every language parses and resolves), so an error
        // here is a build defect; what does parse is still used.
        let resource = FluentResource::try_new((*source).to_owned()).unwrap_or_else(|(r, _)| r);
        let _ = bundle.add_resource(resource);
    }
    bundle
}

/// Message `id` in `lang`, or None when that language lacks it.
fn format_in(lang: Lang, id: &str, args: Option<&FluentArgs<'_>>) -> Option<String> {
    (0..runtime_files(lang)).find_map(|file| format_with(bundle(lang, file), id, args))
}

fn format_with(
    bundle: &FluentBundle<FluentResource>,
    id: &str,
    args: Option<&FluentArgs<'_>>,
) -> Option<String> {
    let pattern = bundle.get_message(id)?.value()?;
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, args, &mut errors);
    errors.is_empty().then(|| text.into_owned())
}

/// Message `id` in the current language, with `args`; English when the
/// language lacks it, and the id itself when English does too.
pub fn message(id: &str, args: Option<&FluentArgs<'_>>) -> String {
    let lang = current();
    let text = format_in(lang, id, args)
        .or_else(|| format_in(Lang::En, id, args))
        .unwrap_or_else(|| id.to_owned());
    if lang == Lang::EnXa {
        format!("[{text}]")
    } else {
        text
    }
}

/// Message `id` in `lang` only, for checking translations.
pub fn message_in(lang: Lang, id: &str, args: Option<&FluentArgs<'_>>) -> Option<String> {
    format_in(lang, id, args).or_else(|| match lang {
        Lang::En => format_with(bundle(Lang::En, CATALOGUE_FILE), id, args),
        _ => None,
    })
}

/// Text that has an English original elsewhere (the catalogue, a bundled
/// routine): message `id` in the current language, or `english` itself.
pub fn or_english(id: &str, english: &str) -> String {
    or_english_with(id, None, english)
}

/// As `or_english`, for a message with variables (`english` is already
/// filled in).
pub fn or_english_with(id: &str, args: Option<&FluentArgs<'_>>, english: &str) -> String {
    match current() {
        Lang::En => english.to_owned(),
        Lang::EnXa => pseudo(english),
        lang => format_in(lang, id, args).unwrap_or_else(|| english.to_owned()),
    }
}

/// A value for a message variable.
pub fn value<'a>(value: impl Into<FluentValue<'a>>) -> FluentValue<'a> {
    value.into()
}

/// A number with `places` decimals, with the language's decimal mark.
pub fn decimal(number: f64, places: usize) -> String {
    with_decimal_mark(format!("{number:.places$}"))
}

/// `number` as briefly as it can be written, with the language's decimal
/// mark: 60, 0.5 or 0,5.
pub fn number(number: f64) -> String {
    with_decimal_mark(format!("{number}"))
}

/// A number Rust wrote (with a point) in the language's decimal mark.
pub fn with_decimal_mark(text: String) -> String {
    match current().decimal_comma() {
        true => text.replace('.', ","),
        false => text,
    }
}

/// A message: `t!("id")` or `t!("id", name = value, …)`.
#[macro_export]
macro_rules! t {
    ($id:literal) => {
        $crate::i18n::message($id, None)
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = $crate::i18n::Args::new();
        $( args.set(stringify!($name), $crate::i18n::value($value)); )+
        $crate::i18n::message($id, Some(&args))
    }};
}

pub use fluent_bundle::FluentArgs as Args;

/// Every message id of a language's files, in file order.
pub fn ids(lang: Lang) -> Vec<String> {
    entries(lang).map(|(id, _)| id).collect()
}

/// The variables each message of `lang` uses, by id.
pub fn variables(lang: Lang) -> Vec<(String, std::collections::BTreeSet<String>)> {
    entries(lang).collect()
}

fn entries(lang: Lang) -> impl Iterator<Item = (String, std::collections::BTreeSet<String>)> {
    use fluent_bundle::FluentResource;
    let sources = sources(lang);
    sources.iter().flat_map(|source| {
        let resource = FluentResource::try_new((*source).to_owned()).unwrap_or_else(|(r, _)| r);
        resource
            .entries()
            .filter_map(|entry| match entry {
                fluent_syntax::ast::Entry::Message(m) => {
                    let mut names = std::collections::BTreeSet::new();
                    if let Some(p) = &m.value {
                        variables_of(p, &mut names);
                    }
                    Some((m.id.name.to_owned(), names))
                }
                _ => None,
            })
            .collect::<Vec<_>>()
    })
}

fn variables_of(
    pattern: &fluent_syntax::ast::Pattern<&str>,
    names: &mut std::collections::BTreeSet<String>,
) {
    use fluent_syntax::ast::{Expression, InlineExpression, PatternElement};
    fn inline(e: &InlineExpression<&str>, names: &mut std::collections::BTreeSet<String>) {
        match e {
            InlineExpression::VariableReference { id } => {
                let _ = names.insert(id.name.to_owned());
            }
            InlineExpression::FunctionReference { arguments, .. } => {
                for a in &arguments.positional {
                    inline(a, names);
                }
            }
            InlineExpression::Placeable { expression } => expression_of(expression, names),
            _ => {}
        }
    }
    fn expression_of(e: &Expression<&str>, names: &mut std::collections::BTreeSet<String>) {
        match e {
            Expression::Inline(i) => inline(i, names),
            Expression::Select { selector, variants } => {
                inline(selector, names);
                for v in variants {
                    variables_of(&v.value, names);
                }
            }
        }
    }
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_of(expression, names);
        }
    }
}

/// Problems found parsing a language's files, as `file:line: message`.
pub fn parse_errors(lang: Lang) -> Vec<String> {
    sources(lang)
        .iter()
        .enumerate()
        .flat_map(
            |(n, source)| match FluentResource::try_new((*source).to_owned()) {
                Ok(_) => Vec::new(),
                Err((_, errors)) => errors
                    .into_iter()
                    .map(|e| {
                        let line = source[..e.pos.start.min(source.len())].lines().count();
                        format!("{} file {n} line {line}: {:?}", lang.code(), e.kind)
                    })
                    .collect(),
            },
        )
        .collect()
}
