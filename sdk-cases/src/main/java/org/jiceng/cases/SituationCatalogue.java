package org.jiceng.cases;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable catalogue of {@link Situation}s, indexed by code.
 *
 * <p>Catalogues are plain UTF-8 text, one situation per line, eight tab-separated columns:
 * <pre>
 * # code   name       group     kind     departments (comma-separated)   respond hours   resolve hours   keywords
 * S01      占道经营    市容环境   PROBLEM  urban-management,market-regulation   2   48   摊贩,占道
 * </pre>
 * Blank lines and lines starting with {@code #} are ignored; {@code kind} is a {@link WhistleKind} name
 * or label. Errors name the source, line, column and value.
 */
public final class SituationCatalogue {

    private static final String DEFAULT_RESOURCE = "/org/jiceng/cases/situations.tsv";
    private static final String[] COLUMNS = {"code", "name", "group", "kind", "departments", "respond hours",
        "resolve hours", "keywords"};

    private final Map<String, Situation> byCode;

    private SituationCatalogue(Map<String, Situation> byCode) {
        this.byCode = Collections.unmodifiableMap(byCode);
    }

    /**
     * @param situations the situations; codes must be unique
     * @return a catalogue in the given order
     * @throws IllegalArgumentException when two situations share a code
     */
    public static SituationCatalogue of(Collection<Situation> situations) {
        Map<String, Situation> map = new LinkedHashMap<>();
        for (Situation s : situations) {
            Situation previous = map.putIfAbsent(s.code(), s);
            if (previous != null) {
                throw new IllegalArgumentException("Situation code " + s.code() + " is defined twice: '"
                        + previous.name() + "' and '" + s.name() + "'");
            }
        }
        return new SituationCatalogue(map);
    }

    /**
     * The built-in catalogue: an illustrative set of common community situations modelled on Guandu's
     * four whistle sources (the real list of 46 is local policy; load it with {@link #parse}).
     *
     * @return the default catalogue
     */
    public static SituationCatalogue defaults() {
        try (InputStream in = SituationCatalogue.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Built-in situation catalogue " + DEFAULT_RESOURCE
                        + " is missing from the class path");
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8), DEFAULT_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read built-in situation catalogue " + DEFAULT_RESOURCE, e);
        }
    }

    /**
     * Parses a catalogue in the tab-separated format described on the class.
     *
     * @param reader the text (not closed by this method)
     * @param source a name for error messages, e.g. the file name
     * @return the catalogue
     * @throws IllegalArgumentException naming source, line, column and value of the first bad cell
     * @throws UncheckedIOException when reading fails
     */
    public static SituationCatalogue parse(Reader reader, String source) {
        List<Situation> situations = new ArrayList<>();
        BufferedReader lines = new BufferedReader(reader);
        try {
            String line;
            int number = 0;
            while ((line = lines.readLine()) != null) {
                number++;
                if (number == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1); // a UTF-8 byte order mark written by spreadsheet tools
                }
                if (line.isBlank() || line.stripLeading().startsWith("#")) {
                    continue;
                }
                situations.add(parseLine(line, number, source));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read situation catalogue " + source, e);
        }
        try {
            return of(situations);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
        }
    }

    private static Situation parseLine(String line, int number, String source) {
        String[] cells = line.split("\t", -1);
        if (cells.length != COLUMNS.length) {
            throw new IllegalArgumentException(source + " line " + number + ": expected " + COLUMNS.length
                    + " tab-separated columns " + Arrays.toString(COLUMNS) + ", found " + cells.length);
        }
        for (int i = 0; i < cells.length; i++) {
            cells[i] = cells[i].strip();
        }
        WhistleKind kind = WhistleKind.parse(cells[3]).orElseThrow(() -> new IllegalArgumentException(source
                + " line " + number + " column 4 (kind): '" + cells[3] + "' is not one of "
                + Arrays.toString(WhistleKind.values())));
        Duration respond = hours(cells[5], number, 6, source);
        Duration resolve = hours(cells[6], number, 7, source);
        try {
            return new Situation(cells[0], cells[1], cells[2], kind, split(cells[4]), respond, resolve,
                    split(cells[7]));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException(source + " line " + number + ": " + e.getMessage(), e);
        }
    }

    private static Duration hours(String cell, int line, int column, String source) {
        try {
            long h = Long.parseLong(cell);
            return Duration.ofHours(h);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(source + " line " + line + " column " + column + " ("
                    + COLUMNS[column - 1] + "): '" + cell + "' is not a whole number of hours", e);
        }
    }

    private static List<String> split(String cell) {
        if (cell.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(cell.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /**
     * @param code a situation code
     * @return the situation
     */
    public Optional<Situation> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /**
     * @param code a situation code
     * @return the situation
     * @throws IllegalArgumentException naming the code and the known codes when it is not in the catalogue
     */
    public Situation get(String code) {
        Situation s = byCode.get(code);
        if (s == null) {
            throw new IllegalArgumentException("Situation '" + code + "' is not in the catalogue; known codes: "
                    + byCode.keySet());
        }
        return s;
    }

    /** @return every situation, in catalogue order */
    public List<Situation> situations() {
        return List.copyOf(byCode.values());
    }

    /** @return the number of situations */
    public int size() {
        return byCode.size();
    }
}
