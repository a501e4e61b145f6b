package org.jiceng.io.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.jiceng.core.model.Person;
import org.jiceng.core.model.RecordKind;
import org.jiceng.io.ImportOptions;
import org.jiceng.io.internal.KindMapping;
import org.jiceng.io.report.ImportWarning;
import org.jiceng.io.report.RowError;
import org.jiceng.io.report.SourceLocation;
import org.junit.jupiter.api.Test;

/**
 * Rows whose cells are already their values are built in one pass ({@link KindMapping#buildPlain}); every other
 * row the general way. Whichever way a row goes, the sink must be told exactly what the general way alone tells
 * it: the same record, warnings, errors and raw values.
 */
class TableHeaderPlainRowsTest {

    /** Person headers in several spellings, a row-number column, a column kept in extras, the extras column. */
    private static final List<String> OPTIONAL_HEADERS = List.of("身份证号码", "手机号", "居住区域", "序号", "民族", "extras");

    /** Everything the sink is told, in order, with each row's raw values read when the row arrives. */
    private static final class Recording implements ReadSink {
        final List<Object> events = new ArrayList<>();
        private final List<String> fields = List.of("id", "name", "idNumber", "phone", "homeAreaId", "extras");

        @Override
        public boolean accept(Record record, SourceRow row) {
            events.add(List.of("accept", record, row.warnings(), raw(row)));
            return true;
        }

        @Override
        public boolean reject(SourceRow row, List<RowError> errors) {
            events.add(List.of("reject", errors, row.warnings(), raw(row)));
            return true;
        }

        @Override
        public void warn(ImportWarning warning) {
            events.add(warning);
        }

        private List<Object> raw(SourceRow row) {
            List<Object> raw = new ArrayList<>();
            for (String f : fields) {
                raw.add(row.rawValueOf(f));
                raw.add(row.columnOf(f));
            }
            return raw;
        }
    }

    @Provide
    Arbitrary<List<String>> headers() {
        return Arbitraries.of(OPTIONAL_HEADERS).list().uniqueElements().ofMaxSize(OPTIONAL_HEADERS.size())
                .flatMap(optional -> {
                    List<String> all = new ArrayList<>(optional);
                    all.add("编号");
                    all.add("姓名");
                    return Arbitraries.shuffle(all);
                });
    }

    @Provide
    Arbitrary<String> cells() {
        Arbitrary<String> codes = Arbitraries.strings().withCharRange('!', '~').ofMinLength(1).ofMaxLength(12);
        Arbitrary<String> idNumbers = Arbitraries.strings().numeric().ofLength(17)
                .flatMap(body -> Arbitraries.of("X", "x", "7", "\uFF58").map(end -> body + end));
        Arbitrary<String> names = Arbitraries.strings().withChars("张王李伟芳娜·Ana é").ofMinLength(1).ofMaxLength(6);
        Arbitrary<String> plain = Arbitraries.oneOf(codes, idNumbers, names);
        // Hostile edits of plain cells: spaces around, full-width, a formula escape, control characters.
        Arbitrary<String> edited = Combinators.combine(plain,
                Arbitraries.of("", " ", "\u3000", "\t", "\u00A0", "'", "'=", "\u0000", "\uFF11", "\u200B", "\u0085"),
                Arbitraries.of("", " ", "\n", "\u2003", "\u0007", "\uFF21"))
                .as((p, before, after) -> before + p + after);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(12, plain),
                net.jqwik.api.Tuple.of(3, edited),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("", " ", "\t", "民族=汉", "a=1;b=2", "x")));
    }

    /** Rows of up to three cells more than the widest header; some shorter than their header. */
    @Provide
    Arbitrary<List<List<String>>> rows() {
        return cells().injectNull(0.05).list().ofMinSize(0).ofMaxSize(OPTIONAL_HEADERS.size() + 5).list().ofMaxSize(8);
    }

    @Property
    void everyRowReachesTheSinkAsTheGeneralWayAloneDeliversIt(@ForAll("headers") List<String> header,
            @ForAll("rows") List<List<String>> rows, @ForAll boolean spreadsheet) {
        TableHeader plain = bind(header, spreadsheet);
        TableHeader general = bind(header, spreadsheet).withoutPlainRows();
        Recording byPlain = new Recording();
        Recording byGeneral = new Recording();
        // One reused cell array, as the CSV parser hands rows over: entries beyond a short row hold older cells.
        String[] cells = new String[32];
        for (int i = 0; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            for (int c = 0; c < row.size(); c++) {
                cells[c] = row.get(c);
            }
            if (row.isEmpty()) {
                cells[0] = ""; // an empty line is one empty field
            }
            int count = Math.max(1, row.size());
            plain.emit(cells, count, "p.csv", i + 2, i + 1, byPlain);
            general.emit(cells, count, "p.csv", i + 2, i + 1, byGeneral);
        }
        assertThat(byPlain.events).isEqualTo(byGeneral.events);
        Statistics.label("one-pass build").collect(plain.buildsPlainRows());
    }

    @Test
    void theBenchmarkShapedRowIsBuiltInOnePass() {
        KindMapping persons = KindMapping.of(RecordKind.PERSONS);
        KindMapping.PlainPlan plan = persons.plainPlan(new int[] {0, 1, 2, 3, 4, -1}, true, false);
        assertThat(plan).isNotNull();
        String[] cells = {"p7", "张伟芳", "110105195001010027", "13800000007", "a-7"};
        String[] values = new String[6];
        List<KindMapping.Problem> problems = new ArrayList<>();
        Object built = persons.buildPlain(plan, cells, cells.length, values, problems);
        assertThat(built).isEqualTo(new Person("p7", "张伟芳", Optional.of("110105195001010027"),
                Optional.of("13800000007"), Optional.of("a-7")));
        assertThat(values).containsExactly("p7", "张伟芳", "110105195001010027", "13800000007", "a-7", null);
        assertThat(problems).isEmpty();
    }

    @Test
    void aRowRefusedForCellsBeyondTheHeaderStillShowsItsRawValues() {
        Recording sink = new Recording();
        String[] cells = {"p4", "'=王五", "13800000004", "多余"};
        bind(List.of("编号", "姓名", "手机号"), true).emit(cells, cells.length, "p.csv", 5, 4, sink);
        assertThat(sink.events).hasSize(1);
        List<?> reject = (List<?>) sink.events.get(0);
        assertThat(reject.get(0)).isEqualTo("reject");
        assertThat(((List<?>) reject.get(3)).subList(0, 8)).isEqualTo(List.of(Optional.of("p4"), Optional.of("编号"),
                Optional.of("=王五"), Optional.of("姓名"), Optional.empty(), Optional.of("idNumber"), Optional.of("13800000004"),
                Optional.of("手机号")));
    }

    @Test
    void aCellItsRuleWouldChangeLeavesTheRowToTheGeneralWay() {
        KindMapping persons = KindMapping.of(RecordKind.PERSONS);
        KindMapping.PlainPlan plan = persons.plainPlan(new int[] {0, 1, 2, 3, 4, -1}, true, false);
        for (String[] cells : List.of(
                new String[] {" p7", "张伟芳", "", "", ""},
                new String[] {"p7", "张伟芳 ", "", "", ""},
                new String[] {"p7", "张伟芳", "11010519500101002x", "", ""},
                new String[] {"p7", "张伟芳", "", "１３８", ""},
                new String[] {"'p7", "张伟芳", "", "", ""},
                new String[] {"", "张伟芳", "", "", ""})) {
            List<KindMapping.Problem> problems = new ArrayList<>();
            assertThat(persons.buildPlain(plan, cells, cells.length, new String[6], problems))
                    .as(Arrays.toString(cells)).isSameAs(KindMapping.NOT_PLAIN);
            assertThat(problems).isEmpty();
        }
    }

    @Test
    void noOnePassBuildWhereAColumnNeedsMoreThanItsRule() {
        assertThat(bind(List.of("编号", "姓名", "民族"), true).buildsPlainRows()).as("a column kept in extras").isFalse();
        assertThat(bind(List.of("编号", "姓名", "extras"), true).buildsPlainRows()).as("the extras column").isFalse();
        assertThat(bind(List.of("编号", "姓名", "序号"), true).buildsPlainRows()).as("a row-number column").isTrue();
        TableHeader memberships = TableHeader.bind(RecordKind.MEMBERSHIPS,
                KindMapping.of(RecordKind.MEMBERSHIPS).columns().stream().map(KindMapping.Column::name).toList(),
                ImportOptions.defaults(), SourceLocation.line("m.csv", 1, 0), true);
        assertThat(memberships.buildsPlainRows()).as("dates and an enumeration").isFalse();
    }

    private static TableHeader bind(List<String> header, boolean spreadsheet) {
        return TableHeader.bind(RecordKind.PERSONS, header, ImportOptions.defaults(), SourceLocation.line("p.csv", 1, 0),
                spreadsheet);
    }
}
