package org.jiceng.examples.demo;

/**
 * A message not yet put into a language: a catalogue key with arguments, or a text the SDK already gives
 * in both languages (such as {@code RowError.describe()} and {@code describeZh()}). Arguments that are
 * themselves texts are rendered in the same language.
 */
@FunctionalInterface
interface Text {

    /**
     * @param messages the catalogue of the language to render in
     * @return the text in that language
     */
    String in(Messages messages);

    /**
     * @param key a key of the message catalogue
     * @param args its arguments, in {@code String.format} order
     * @return the text
     */
    static Text of(String key, Object... args) {
        Object[] copy = args.clone(); // may hold nulls (an exception without a message), shown as "null"
        return m -> m.get(key, copy.clone());
    }

    /**
     * @param en the English text
     * @param zh the Chinese text
     * @return a text that picks one of the two
     */
    static Text bilingual(String en, String zh) {
        return m -> m.language() == Language.ZH ? zh : en;
    }
}
