package org.jiceng.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.constraints.Chars;
import org.jiceng.io.ImportException;
import org.jiceng.io.IoLimits;
import org.junit.jupiter.api.Test;

class CsvParserTest {

    static List<List<String>> parse(String text, IoLimits limits) throws IOException {
        return parse(new StringReader(text), limits);
    }

    static List<List<String>> parse(Reader reader, IoLimits limits) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (CsvParser p = new CsvParser(reader, ',', limits, "t.csv")) {
            int n;
            while ((n = p.next()) >= 0) {
                rows.add(List.of(Arrays.copyOf(p.fields(), n)));
            }
        }
        return rows;
    }

    @Test
    void splitsFieldsAndHandlesAllLineEnds() throws IOException {
        assertThat(parse("a,b\r\nc,d\ne,f\rg,h", IoLimits.defaults()))
                .containsExactly(List.of("a", "b"), List.of("c", "d"), List.of("e", "f"), List.of("g", "h"));
    }

    @Test
    void keepsQuotedDelimitersNewlinesAndDoubledQuotes() throws IOException {
        assertThat(parse("\"a,1\",\"say \"\"hi\"\"\",\"line1\r\nline2\"\nx,,\n", IoLimits.defaults()))
                .containsExactly(List.of("a,1", "say \"hi\"", "line1\r\nline2"), List.of("x", "", ""));
    }

    @Test
    void countsLinesInsideQuotedFields() throws IOException {
        try (CsvParser p = new CsvParser(new StringReader("h\n\"a\nb\nc\"\nnext\n"), ',', IoLimits.defaults(), "t")) {
            p.next();
            p.next();
            assertThat(p.recordLine()).isEqualTo(2);
            p.next();
            assertThat(p.recordLine()).isEqualTo(5);
        }
    }

    @Test
    void trailingDelimiterGivesEmptyLastField() throws IOException {
        assertThat(parse("a,", IoLimits.defaults())).containsExactly(List.of("a", ""));
    }

    @Test
    void keepsStrayQuotesInUnquotedFieldsAndTextAfterClosingQuote() throws IOException {
        assertThat(parse("ab\"c,\"q\"x\n", IoLimits.defaults())).containsExactly(List.of("ab\"c", "qx"));
    }

    @Test
    void rejectsUnterminatedQuoteWithItsLine() {
        assertThatThrownBy(() -> parse("a\n\"open,\nb\n", IoLimits.defaults()))
                .isInstanceOf(ImportException.class)
                .satisfies(e -> {
                    ImportException ie = (ImportException) e;
                    assertThat(ie.kind()).isEqualTo(ImportException.Kind.MALFORMED);
                    assertThat(ie.location().line()).isEqualTo(2);
                    assertThat(ie.messageZh()).contains("引号");
                });
    }

    @Test
    void rejectsRowsLongerThanTheLimitWithoutReadingThemWhole() {
        // An endless quoted field: without the limit the parser would buffer the whole stream.
        Reader endless = new Reader() {
            private boolean first = true;

            @Override
            public int read(char[] cbuf, int off, int len) {
                if (first) {
                    first = false;
                    cbuf[off] = '"';
                    return 1;
                }
                Arrays.fill(cbuf, off, off + len, 'x');
                return len;
            }

            @Override
            public void close() {
            }
        };
        assertThatThrownBy(() -> parse(endless, IoLimits.defaults().withMaxRowChars(100_000)))
                .isInstanceOf(ImportException.class)
                .extracting(e -> ((ImportException) e).kind()).isEqualTo(ImportException.Kind.LIMIT_EXCEEDED);
    }

    @Test
    void rejectsTooManyFields() {
        assertThatThrownBy(() -> parse("a,b,c,d\n", IoLimits.defaults().withMaxFields(3)))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("maxFields");
    }

    @Test
    void fieldsSpanningBufferBoundariesAreIntact() throws IOException {
        String big = "x".repeat(100_000);
        IoLimits roomy = new IoLimits(1 << 20, 10, 10, 200_000, 1 << 20, 0.01, 10);
        assertThat(parse("a," + big + ",\"" + big + "\"\nb", roomy))
                .containsExactly(List.of("a", big, big), List.of("b"));
    }

    @Property
    void writtenFieldsParseBack(@ForAll @Size(min = 1, max = 6) List<@StringLength(max = 8)
            @Chars({'a', '张', ',', '"', '\n', '\r', ' '}) String> fields) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            line.append(i == 0 ? "" : ",").append('"').append(fields.get(i).replace("\"", "\"\"")).append('"');
        }
        assertThat(parse(line + "\r\n", IoLimits.defaults())).containsExactly(fields);
    }
}
