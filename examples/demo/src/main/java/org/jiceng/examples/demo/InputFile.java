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
            throw new BadInputException("Input file " + file + " does not exist.");
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new BadInputException("Input file " + file + " is not a readable file.");
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        // The longest accepted extension that ends the name, so that "a.popolo.json" is popolo.json, not json.
        String ext = accepted.stream().filter(e -> name.endsWith("." + e))
                .max(java.util.Comparator.comparingInt(String::length)).orElse("");
        if (ext.isEmpty()) {
            int dot = name.lastIndexOf('.');
            throw new BadInputException("Input file " + file + " has extension '"
                    + (dot < 0 ? "" : name.substring(dot + 1)) + "'; accepted: " + String.join(", ", accepted) + ".");
        }
        try {
            if (Files.size(file) == 0) {
                throw new BadInputException("Input file " + file + " is empty.");
            }
        } catch (IOException e) {
            throw new BadInputException("Input file " + file + " cannot be read: " + e.getMessage(), e);
        }
        return ext;
    }

    /** A user's input that cannot be used; the CLI prints the message and exits with code 1. */
    static final class BadInputException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadInputException(String message) {
            super(message);
        }

        BadInputException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
