package org.jiceng.examples.demo;

import java.util.Locale;
import java.util.Optional;

/**
 * The language the CLI speaks: help, progress, errors and row errors. Chosen once at the entry point from
 * the user's locale and overridden by {@code --lang zh|en}; the SDK itself never reads the default locale.
 * Public for the pipeline, which writes its step results and the report in the run's language.
 */
public enum Language {
    /** 简体中文. */
    ZH("zh"),
    /** English. */
    EN("en");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    /** @return the value {@code --lang} takes for this language */
    String code() {
        return code;
    }

    /**
     * @param locale the user's locale, read once by {@link JicengDemo#main}
     * @return Chinese for any {@code zh} locale (zh-CN, zh-TW, zh-HK …), English otherwise
     */
    static Language of(Locale locale) {
        return locale.getLanguage().equals("zh") ? ZH : EN;
    }

    /**
     * @param text a {@code --lang} value, case-insensitive; {@code zh-CN}, {@code zh_CN} and {@code en-US}
     *     style tags are accepted for their language
     * @return the language, or empty when it is neither zh nor en
     */
    static Optional<Language> parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        int dash = t.indexOf('-');
        String lang = dash < 0 ? t : t.substring(0, dash);
        for (Language l : values()) {
            if (l.code.equals(lang)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}
