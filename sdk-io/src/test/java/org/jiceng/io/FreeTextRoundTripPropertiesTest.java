package org.jiceng.io;

import org.jiceng.core.model.RecordKind;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jiceng.core.model.Dataset;
import org.jiceng.core.model.Person;
import org.jiceng.core.model.Post;
import org.jiceng.core.model.Role;
import org.jiceng.io.report.ImportResult;
import org.jiceng.io.spi.FormatProvider;

/**
 * Any UTF-8 text (astral-plane characters, combining marks, quotes, commas, semicolons, equals signs,
 * backslashes, line breaks, NUL, leading and trailing spaces) in a free-text field — a post's label, the
 * values of a person's extras — comes back byte-exact through CSV, JSON and JSON Lines: export, import,
 * export again gives the same bytes, with no warning and no rejection.
 */
class FreeTextRoundTripPropertiesTest {

    @Provide
    Arbitrary<String> anyText() {
        Arbitrary<Integer> tricky = Arbitraries.of(0x22, 0x2C, 0x3B, 0x3D, 0x5C, 0x27, 0x0A, 0x0D, 0x09, 0x20, 0x00,
                0x3000, 0xFEFF, 0x0301, 0x200D, 0x1F600, 0x20BB7, 0x2028, 0xFF11, 0x3D, 0x2B, 0x40, 0x2D);
        Arbitrary<Integer> any = Arbitraries.integers().between(0, 0x10FFFF)
                .filter(c -> c < Character.MIN_SURROGATE || c > Character.MAX_SURROGATE);
        Arbitrary<Integer> cjk = Arbitraries.integers().between(0x4E00, 0x9FFF);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, tricky), net.jqwik.api.Tuple.of(2, any), net.jqwik.api.Tuple.of(2, cjk))
                .list().ofMaxSize(20).map(cps -> {
                    StringBuilder s = new StringBuilder();
                    cps.forEach(s::appendCodePoint);
                    return s.toString();
                });
    }

    private Arbitrary<Dataset> datasets() {
        Arbitrary<String> label = anyText().filter(s -> !s.isBlank());
        Arbitrary<Map<String, String>> extras = Arbitraries.maps(Arbitraries.of("民族", "学历", "备注", "k=v;x"),
                anyText()).ofMaxSize(3).map(LinkedHashMap::new);
        return net.jqwik.api.Combinators.combine(label, extras).as((l, e) -> Dataset.builder()
                .add(new Post("post1", "o1", Role.SECRETARY, l, Optional.empty()))
                .add(new Person("p1", "张三", Optional.empty(), Optional.empty(), Optional.empty(), e))
                .build());
    }

    @Provide
    Arbitrary<Dataset> freeText() {
        return datasets();
    }

    @Property
    void freeTextRoundTripsByteExactThroughCsv(@ForAll("freeText") Dataset data) {
        assertByteExact("csv", data);
    }

    @Property
    void freeTextRoundTripsByteExactThroughJson(@ForAll("freeText") Dataset data) {
        assertByteExact("json", data);
    }

    @Property
    void freeTextRoundTripsByteExactThroughJsonLines(@ForAll("freeText") Dataset data) {
        assertByteExact("jsonl", data);
    }

    private static void assertByteExact(String formatName, Dataset data) {
        FormatProvider format = Formats.forName(formatName);
        ExportOptions export = ExportOptions.defaults().unmasked();
        ImportResult back = RoundTrips.roundTrip(format, data, export, ImportOptions.defaults());
        assertThat(back.report().errors()).isEmpty();
        assertThat(back.report().warningCount()).isZero();
        assertThat(back.dataset()).isEqualTo(data);
        assertThat(back.dataset().posts().get(0).label()).isEqualTo(data.posts().get(0).label());
        assertThat(back.dataset().persons().get(0).extras().entrySet())
                .containsExactlyElementsOf(data.persons().get(0).extras().entrySet());
        for (RecordKind kind : List.of(RecordKind.POSTS, RecordKind.PERSONS)) {
            List<Record> before = data.records().filter(kind.recordType()::isInstance).toList();
            List<Record> after = back.dataset().records().filter(kind.recordType()::isInstance).toList();
            assertThat(RoundTrips.write(format, after, export)).isEqualTo(RoundTrips.write(format, before, export));
        }
    }
}
