package org.jiceng.examples.demo;

import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * The {@code --lang zh|en} option, inherited by every subcommand. Its value is needed before picocli has
 * parsed the arguments (a parse error or {@code --help} is printed in the chosen language), so it is also
 * read straight from the arguments.
 */
final class LanguageOption {

    /** The option's name. */
    static final String NAME = "--lang";

    private LanguageOption() {
    }

    /**
     * @param parseResult the parsed command line
     * @return the language given with {@code --lang} on the command or any of its subcommands
     */
    static Optional<Language> matched(ParseResult parseResult) {
        for (ParseResult r = parseResult; r != null; r = r.subcommand()) {
            if (r.hasMatchedOption(NAME)) {
                return Optional.of(r.matchedOptionValue(NAME, Language.EN));
            }
        }
        return Optional.empty();
    }

    /**
     * @param args the raw arguments
     * @return the last valid {@code --lang} value among them (as picocli keeps the last one)
     */
    static Optional<Language> scan(String[] args) {
        return value(args).flatMap(Language::parse);
    }

    /**
     * @param args the raw arguments
     * @return the {@code --lang} value when it is neither zh nor en
     */
    static Optional<String> invalidValue(String[] args) {
        return value(args).filter(v -> Language.parse(v).isEmpty());
    }

    private static Optional<String> value(String[] args) {
        Optional<String> value = Optional.empty();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--")) {
                break;
            }
            if (args[i].equals(NAME) && i + 1 < args.length) {
                value = Optional.of(args[++i]);
            } else if (args[i].startsWith(NAME + "=")) {
                value = Optional.of(args[i].substring(NAME.length() + 1));
            }
        }
        return value;
    }

    /** Turns {@code zh}, {@code en} (and zh-CN style tags) into a {@link Language}. */
    static final class Converter implements CommandLine.ITypeConverter<Language> {
        @Override
        public Language convert(String value) {
            return Language.parse(value).orElseThrow(() -> new CommandLine.TypeConversionException(
                    Messages.of(Language.EN).get("msg.lang.invalid", value)));
        }
    }
}
