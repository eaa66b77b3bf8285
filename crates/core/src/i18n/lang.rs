//! The languages Posewise speaks, and how a locale name picks one.

use unic_langid::LanguageIdentifier;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lang {
    En,
    De,
    Es,
    Fr,
    PtBr,
    Hi,
    /// The pseudo-language for layout tests.
    EnXa,
}

impl Lang {
    pub const ALL: [Lang; 7] = [
        Lang::En,
        Lang::De,
        Lang::Es,
        Lang::Fr,
        Lang::PtBr,
        Lang::Hi,
        Lang::EnXa,
    ];

    /// The real languages, offered in the settings.
    pub const SPOKEN: [Lang; 6] = [Lang::En, Lang::De, Lang::Es, Lang::Fr, Lang::PtBr, Lang::Hi];

    pub(crate) fn index(self) -> usize {
        Lang::ALL.iter().position(|&l| l == self).unwrap_or(0)
    }

    /// Its BCP 47 code, as in the settings file and `--lang`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
            Lang::Es => "es",
            Lang::Fr => "fr",
            Lang::PtBr => "pt-BR",
            Lang::Hi => "hi",
            Lang::EnXa => "en-XA",
        }
    }

    /// Its name in itself, for the Language setting.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::De => "Deutsch",
            Lang::Es => "Español",
            Lang::Fr => "Français",
            Lang::PtBr => "Português (Brasil)",
            Lang::Hi => "हिन्दी",
            Lang::EnXa => "[Éñğļîšħ ~ pšéûðö]",
        }
    }

    /// The espeak-ng voice that speaks it.
    pub fn voice(self) -> &'static str {
        match self {
            Lang::En | Lang::EnXa => "en",
            Lang::De => "de",
            Lang::Es => "es",
            Lang::Fr => "fr-fr",
            Lang::PtBr => "pt-br",
            Lang::Hi => "hi",
        }
    }

    /// Whether it writes 4,5 rather than 4.5.
    pub fn decimal_comma(self) -> bool {
        matches!(self, Lang::De | Lang::Es | Lang::Fr | Lang::PtBr)
    }

    pub(super) fn identifier(self) -> LanguageIdentifier {
        self.code().parse().unwrap_or_default()
    }

    /// The language a locale or language name stands for: `de`,
    /// `de_DE.UTF-8`, `pt-BR`, `pt_BR@euro`, `hi_IN`, `en-XA`. Portuguese
    /// from anywhere is Brazilian Portuguese, the only one there is. None for
    /// a language Posewise does not speak, and for `C` and `POSIX`.
    pub fn parse(name: &str) -> Option<Lang> {
        let name = name.trim();
        // Locale names are short; anything long is not one.
        if name.len() > 64 {
            return None;
        }
        let base = name.split(['.', '@']).next().unwrap_or("");
        let mut parts = base.split(['_', '-']);
        let language = parts.next().unwrap_or("").to_ascii_lowercase();
        let region = parts.next().unwrap_or("").to_ascii_uppercase();
        match (language.as_str(), region.as_str()) {
            ("en", "XA") => Some(Lang::EnXa),
            ("en", _) => Some(Lang::En),
            ("de", _) => Some(Lang::De),
            ("es", _) => Some(Lang::Es),
            ("fr", _) => Some(Lang::Fr),
            ("pt", _) => Some(Lang::PtBr),
            ("hi", _) => Some(Lang::Hi),
            _ => None,
        }
    }

    /// The language of the environment: the first of `LC_ALL`,
    /// `LC_MESSAGES` and `LANG` that is set decides, as for every other
    /// program; English when it names a language Posewise does not speak.
    pub fn from_env() -> Lang {
        Lang::from_vars(|name| std::env::var(name).ok())
    }

    pub fn from_vars(var: impl Fn(&str) -> Option<String>) -> Lang {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .into_iter()
            .filter_map(var)
            .find(|value| !value.is_empty())
            .and_then(|value| Lang::parse(&value))
            .unwrap_or(Lang::En)
    }
}

#[cfg(test)]
mod tests {
    use super::Lang;

    #[test]
    fn locale_names_pick_a_language() {
        for (name, lang) in [
            ("de_DE.UTF-8", Some(Lang::De)),
            ("de", Some(Lang::De)),
            ("es_ES.UTF-8", Some(Lang::Es)),
            ("fr_FR.UTF-8", Some(Lang::Fr)),
            ("fr_CA", Some(Lang::Fr)),
            ("pt_BR.UTF-8", Some(Lang::PtBr)),
            ("pt-br", Some(Lang::PtBr)),
            ("hi_IN", Some(Lang::Hi)),
            ("en-XA", Some(Lang::EnXa)),
            ("en_GB.UTF-8@euro", Some(Lang::En)),
            ("xx_YY", None),
            ("C", None),
            ("POSIX", None),
            ("", None),
        ] {
            assert_eq!(Lang::parse(name), lang, "{name}");
        }
        for lang in Lang::ALL {
            assert_eq!(Lang::parse(lang.code()), Some(lang));
        }
    }

    #[test]
    fn lc_all_then_lc_messages_then_lang_decide() {
        let env = |vars: &'static [(&'static str, &'static str)]| {
            Lang::from_vars(|name| {
                vars.iter()
                    .find(|(n, _)| *n == name)
                    .map(|(_, v)| (*v).to_owned())
            })
        };
        assert_eq!(env(&[("LANG", "de_DE.UTF-8")]), Lang::De);
        assert_eq!(
            env(&[("LANG", "de_DE.UTF-8"), ("LC_MESSAGES", "fr_FR")]),
            Lang::Fr
        );
        assert_eq!(
            env(&[
                ("LANG", "de_DE"),
                ("LC_MESSAGES", "fr_FR"),
                ("LC_ALL", "hi_IN")
            ]),
            Lang::Hi
        );
        assert_eq!(env(&[("LC_ALL", ""), ("LANG", "es_ES")]), Lang::Es);
        assert_eq!(env(&[("LANG", "xx_YY")]), Lang::En);
        assert_eq!(env(&[("LC_ALL", "C"), ("LANG", "de_DE")]), Lang::En);
        assert_eq!(env(&[]), Lang::En);
    }
}
