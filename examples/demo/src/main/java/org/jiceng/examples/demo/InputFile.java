package org.jiceng.examples.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.jiceng.io.Formats;
import org.jiceng.io.spi.FormatProvider;

/**
 * Checks a user's input file before any SDK step reads it, so that a wrong path or format fails with
 * one clear sentence instead of a stack trace.
 */
final class InputFile {

    /** @return the file extensions of every installed format, built-in or plugin, for import and score */
    static List<String> importable() {
        return Formats.all().stream().filter(FormatProvider::canRead).flatMap(p -> p.fileExtensions().stream())
                .distinct().toList();
    }

    private InputFile() {
    }

    /**
     * @param file the path given on the command line
     * @param accepted the extensions this command accepts
     * @return the lower-case extension
     * @throws BadInputException when the file is missing, unreadable, empty or of another format
     */
    static String check(Path file, List<String> accepted) {
        if (!Files.exists(file)) {
            throw new BadInputException(Text.of("msg.input.missing", file));
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new BadInputException(Text.of("msg.input.notReadable", file));
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        // The longest accepted extension that ends the name, so that "a.popolo.json" is popolo.json, not json.
        String ext = accepted.stream().filter(e -> name.endsWith("." + e))
                .max(java.util.Comparator.comparingInt(String::length)).orElse("");
        if (ext.isEmpty()) {
            int dot = name.lastIndexOf('.');
            throw new BadInputException(Text.of("msg.input.extension", file, dot < 0 ? "" : name.substring(dot + 1),
                    String.join(", ", accepted)));
        }
        try {
            if (Files.size(file) == 0) {
                throw new BadInputException(Text.of("msg.input.empty", file));
            }
        } catch (IOException e) {
            throw new BadInputException(Text.of("msg.input.unreadable", file, e.getMessage()), e);
        }
        return ext;
    }

    /**
     * A user's input that cannot be used; the CLI prints the message in the user's language and exits with
     * code 1. {@link #getMessage()} is the English text.
     */
    static final class BadInputException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        /** Not serialised: a lambda; the English message is. */
        private final transient Text text;

        BadInputException(Text text) {
            this(text, null);
        }

        BadInputException(Text text, Throwable cause) {
            super(Messages.of(Language.EN).render(text), cause);
            this.text = text;
        }

        /** @return the message, to render in the user's language */
        Text text() {
            return text == null ? Text.bilingual(getMessage(), getMessage()) : text;
        }
    }
}
