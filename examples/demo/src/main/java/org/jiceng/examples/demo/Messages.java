package org.jiceng.examples.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import picocli.CommandLine;

/**
 * The CLI's message catalogue in one language: help texts (read by picocli from the same bundle), progress,
 * errors and department names. Both languages live side by side in {@code messages_en.properties} and
 * {@code messages_zh.properties} (UTF-8) next to this class; {@code MessagesTest} fails when a key is in one
 * and not the other. Bundles are loaded by name, never through the default locale. Public for the pipeline's
 * step results ({@code msg.detail.*}); everything else about it is the CLI's.
 */
public final class Messages {

    /** The key every bundle sets to its language's code; picocli carries the bundle, this tells which it is. */
    static final String LANGUAGE_KEY = "language";

    private static final Map<Language, Messages> LOADED = new EnumMap<>(Language.class);

    private final Language language;
    private final ResourceBundle bundle;

    private Messages(Language language, ResourceBundle bundle) {
        this.language = language;
        this.bundle = bundle;
    }

    /**
     * @param language the language
     * @return its catalogue (loaded once)
     */
    public static synchronized Messages of(Language language) {
        return LOADED.computeIfAbsent(language, l -> new Messages(l, load(resource(l))));
    }

    /**
     * @param commandLine a command of the demo, after {@link JicengDemo#commandLine(Language)} set its bundle
     * @return the catalogue of the language the command runs in
     */
    static Messages of(CommandLine commandLine) {
        ResourceBundle rb = commandLine.getCommandSpec().resourceBundle();
        if (rb == null || !rb.containsKey(LANGUAGE_KEY)) {
            return of(Language.EN);
        }
        return of(Language.parse(rb.getString(LANGUAGE_KEY)).orElse(Language.EN));
    }

    /** @return the name of the bundle file of {@code language} */
    static String resource(Language language) {
        return "messages_" + language.code() + ".properties";
    }

    static ResourceBundle load(String resource) {
        try (InputStream in = Messages.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Message catalogue " + resource + " is missing from the class path");
            }
            return new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read message catalogue " + resource, e);
        }
    }

    /** @return the language */
    public Language language() {
        return language;
    }

    /** @return the bundle, for picocli */
    ResourceBundle bundle() {
        return bundle;
    }

    /**
     * @param key a catalogue key
     * @param args arguments for its {@code String.format} pattern; {@link Text}s are rendered in this language
     * @return the formatted message (numbers formatted with {@link Locale#ROOT})
     * @throws java.util.MissingResourceException when the key is not in the catalogue
     */
    public String get(String key, Object... args) {
        Object[] rendered = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            rendered[i] = args[i] instanceof Text t ? t.in(this) : args[i];
        }
        return String.format(Locale.ROOT, bundle.getString(key), rendered);
    }

    /**
     * @param text a text
     * @return it in this language
     */
    String render(Text text) {
        return text.in(this);
    }

    /**
     * A department's name for people: 城管 for {@code urban-management} in Chinese; the id, which stays the
     * stable key in files and on the command line, in English. Departments not in the catalogue (a plugin's
     * own) are shown by id.
     *
     * @param id the department id
     * @return its name in this language
     */
    String department(String id) {
        String key = "department." + id;
        return bundle.containsKey(key) ? bundle.getString(key) : id;
    }

    /**
     * The id of a department given by id or by its name in either language, so that {@code --department 城管}
     * and {@code --department urban-management} select the same cases.
     *
     * @param nameOrId what the user typed
     * @return the department id; the input itself when it names no known department
     */
    static String departmentId(String nameOrId) {
        String t = nameOrId.strip();
        for (Language l : Language.values()) {
            ResourceBundle rb = of(l).bundle;
            for (String key : rb.keySet()) {
                if (key.startsWith("department.") && rb.getString(key).equals(t)) {
                    return key.substring("department.".length());
                }
            }
        }
        return t;
    }
}
