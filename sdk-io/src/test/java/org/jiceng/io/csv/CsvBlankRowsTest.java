package org.jiceng.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jiceng.core.model.RecordKind;
import org.jiceng.io.ErrorPolicy;
import org.jiceng.io.Formats;
import org.jiceng.io.ImportOptions;
import org.jiceng.io.Importer;
import org.jiceng.io.report.ImportReport;
import org.jiceng.io.spi.ImportSource;

/**
 * A CSV line whose cells are all blank is skipped and not counted; the reader decides most lines by the first
 * character of a cell. Whatever the cells, the lines read must be exactly those with a cell that is not
 * {@link String#isBlank() blank}.
 */
class CsvBlankRowsTest {

    /** White space of several kinds, characters that look blank but are not, and text. */
    private static final List<String> POOL = List.of("", " ", "\t", "\u000B", "\f", "\u001F", "\u3000", "\u2003",
            "\u1680", "\u2028", "\u00A0", "\u0085", "\u200B", "\uFEFF", "a", "张", "\u2007");

    @Provide
    Arbitrary<String> cells() {
        return Arbitraries.of(POOL).list().ofMaxSize(3).map(parts -> String.join("", parts));
    }

    @Property
    void exactlyTheLinesWithANonBlankCellAreRead(@ForAll("cells") String first, @ForAll("cells") String second,
            @ForAll("cells") String third) {
        List<List<String>> lines = List.of(List.of(first, second), List.of("p1", third), List.of(third, first),
                List.of(second));
        StringBuilder csv = new StringBuilder("编号,姓名\r\n");
        long expected = 0;
        for (List<String> line : lines) {
            csv.append(String.join(",", line)).append("\r\n");
            if (line.stream().anyMatch(cell -> !cell.isBlank())) {
                expected++;
            }
        }
        ImportReport report = Importer.of(Formats.forName("csv"), ImportOptions.defaults().withKind(RecordKind.PERSONS)
                        .withErrorPolicy(ErrorPolicy.COLLECT_ALL))
                .stream(ImportSource.of("persons.csv", csv.toString().getBytes(StandardCharsets.UTF_8)), r -> { });
        assertThat(report.read()).as("%s", lines).isEqualTo(expected);
    }
}
