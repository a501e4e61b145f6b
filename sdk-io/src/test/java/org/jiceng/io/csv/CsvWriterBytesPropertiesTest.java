package org.jiceng.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jiceng.core.model.Dataset;
import org.jiceng.core.model.Event;
import org.jiceng.core.model.Grid;
import org.jiceng.core.model.Person;
import org.jiceng.core.model.Post;
import org.jiceng.core.model.RecordKind;
import org.jiceng.core.model.Role;
import org.jiceng.io.DatasetArbitraries;
import org.jiceng.io.ExportOptions;
import org.jiceng.io.Exporter;
import org.jiceng.io.Formats;
import org.jiceng.io.HeaderLanguage;

/**
 * The CSV writer writes exactly the bytes of the {@linkplain ReferenceCsvWriter reference writer} (the
 * per-character algorithm through an encoder it replaced) for every kind and every option, with cells full of
 * quotes, delimiters, line breaks, formula prefixes, surrogate pairs, U+0000 and texts longer than its buffer;
 * a cell the charset cannot write fails both.
 */
class CsvWriterBytesPropertiesTest {

    /** Pieces of hostile cell text; lone surrogates are added separately, rarely. */
    private static final String[] PIECES = {"\"", ",", ";", "\r", "\n", "\r\n", "=", "+", "-", "@", "\t", " ",
        "\u3000", "'", "\\", "|", "；", "é", "中文", "党支部", "\uD83D\uDE00", "\u0000", "a", "1", "?", "=1+2", "-5",
        "+3.25", "''=x", "k=v", "a;b", "\u00A0", "\u2028"};

    @Property
    void hostileEventsAreWrittenAsTheReferenceWritesThem(@ForAll("events") List<Event> events,
            @ForAll("options") ExportOptions options) throws IOException {
        assertSameBytes(events, options);
    }

    @Property
    void hostilePersonsAreWrittenAsTheReferenceWritesThem(@ForAll("persons") List<Person> persons,
            @ForAll("options") ExportOptions options) throws IOException {
        assertSameBytes(persons, options);
    }

    @Property
    void hostilePostsAndGridsAreWrittenAsTheReferenceWritesThem(@ForAll("posts") List<Post> posts,
            @ForAll("grids") List<Grid> grids, @ForAll("options") ExportOptions options) throws IOException {
        assertSameBytes(posts, options);
        assertSameBytes(grids, options);
    }

    @Property
    void everyKindIsWrittenAsTheReferenceWritesIt(@ForAll("datasets") Dataset dataset,
            @ForAll("options") ExportOptions options) throws IOException {
        Map<RecordKind, List<Record>> byKind = new EnumMap<>(RecordKind.class);
        dataset.records().forEach(r -> byKind.computeIfAbsent(RecordKind.of(r), k -> new ArrayList<>()).add(r));
        for (List<Record> records : byKind.values()) {
            assertSameBytes(records, options);
        }
    }

    private static void assertSameBytes(List<? extends Record> records, ExportOptions options) throws IOException {
        if (records.isEmpty()) {
            return;
        }
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        CharacterCodingException refused = null;
        try {
            ReferenceCsvWriter.write(records, options, expected);
        } catch (CharacterCodingException e) {
            refused = e;
        }
        ByteArrayOutputStream actual = new ByteArrayOutputStream();
        Exporter exporter = Exporter.of(Formats.forName("csv"), options);
        if (refused != null) {
            assertThatThrownBy(() -> exporter.write(records, actual))
                    .as("a cell the charset cannot write fails the export").isInstanceOf(refused.getClass());
            return;
        }
        exporter.write(records, actual);
        assertThat(actual.toByteArray()).isEqualTo(expected.toByteArray());
    }

    @Provide
    Arbitrary<ExportOptions> options() {
        Arbitrary<Charset> charset = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, Arbitraries.just(StandardCharsets.UTF_8)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(Charset.forName("GB18030"))));
        return Combinators.combine(Arbitraries.of(true, false), Arbitraries.of(HeaderLanguage.class), charset,
                Arbitraries.of(true, false), Arbitraries.of(',', ';', '\t', '|', ' ', '；', '\u00A7'))
                .as((mask, language, cs, bom, delimiter) -> {
                    ExportOptions o = ExportOptions.defaults().withLanguage(language).withCharset(cs)
                            .withByteOrderMark(bom).withDelimiter(delimiter);
                    return mask ? o : o.unmasked();
                });
    }

    /** Hostile text: mostly pieces, now and then longer than the writer's 64K buffer or holding a lone surrogate. */
    static Arbitrary<String> hostile() {
        Arbitrary<String> pieces = Arbitraries.of(PIECES).list().ofMaxSize(8).map(l -> String.join("", l));
        Arbitrary<String> lone = Combinators.combine(pieces, Arbitraries.of("\uD83D", "\uDE00"), pieces)
                .as((a, s, b) -> a + s + b);
        Arbitrary<String> longText = Combinators.combine(Arbitraries.integers().between(20_000, 50_000), pieces)
                .as((n, p) -> "长\"x".repeat(n) + p);
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(40, pieces), net.jqwik.api.Tuple.of(1, lone),
                net.jqwik.api.Tuple.of(1, longText));
    }

    static Arbitrary<String> nonBlank() {
        return hostile().filter(s -> !s.isBlank());
    }

    @Provide
    Arbitrary<List<Event>> events() {
        Arbitrary<Map<String, String>> attributes = Arbitraries.maps(hostile(), hostile()).ofMaxSize(3);
        // Few distinct maps and decimals among many rows: the writer formats each once.
        Arbitrary<Event> event = Combinators.combine(nonBlank(), nonBlank(), nonBlank(),
                Arbitraries.longs().between(-5_000_000_000L, 300_000_000_000L), Arbitraries.of("1", "0.50", "12", "1E+3"),
                nonBlank().optional(0.6), attributes)
                .as((id, type, subject, second, q, area, attrs) -> new Event(id, type, subject,
                        Instant.ofEpochSecond(second, second % 7 == 0 ? 123_000_000 : 0), new BigDecimal(q), area,
                        attrs));
        return event.list().ofMinSize(1).ofMaxSize(12).flatMap(list -> Arbitraries.integers().between(1, 40)
                .map(times -> repeat(list, times)));
    }

    @Provide
    Arbitrary<List<Person>> persons() {
        Arbitrary<Map<String, String>> extras = Arbitraries.maps(nonBlank(), hostile()).ofMaxSize(3);
        return Combinators.combine(nonBlank(), nonBlank(), hostile().optional(0.5), hostile().optional(0.5),
                nonBlank().optional(0.5), extras).as(Person::new).list().ofMinSize(1).ofMaxSize(10);
    }

    @Provide
    Arbitrary<List<Post>> posts() {
        return Combinators.combine(nonBlank(), nonBlank(), Arbitraries.of(Role.class), nonBlank(),
                nonBlank().optional(0.5)).as(Post::new).list().ofMinSize(1).ofMaxSize(8);
    }

    @Provide
    Arbitrary<List<Grid>> grids() {
        return Combinators.combine(nonBlank(), nonBlank(), nonBlank(), nonBlank(), nonBlank().optional(0.5),
                nonBlank().list().ofMaxSize(3), Arbitraries.integers().between(0, 5000), hostile().optional(0.5))
                .as(Grid::new).list().ofMinSize(1).ofMaxSize(8);
    }

    @Provide
    Arbitrary<Dataset> datasets() {
        return DatasetArbitraries.datasets();
    }

    private static <T> List<T> repeat(List<T> list, int times) {
        List<T> all = new ArrayList<>(list.size() * times);
        for (int i = 0; i < times; i++) {
            all.addAll(list);
        }
        return all;
    }
}
