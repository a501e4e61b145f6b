package org.jiceng.benchmarks.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.siegmar.fastcsv.reader.CsvParseException;
import java.io.ByteArrayOutputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jiceng.io.ImportException;
import org.jiceng.io.internal.TextDecoding;
import org.junit.jupiter.api.Test;

/**
 * What the CSV libraries do, with their defaults and on their own decoding, with inputs where sdk-io must
 * not lose or change a value (the facts behind the parser decision in benchmarks/RESULTS.md). sdk-io's
 * import relies on the behaviour of {@code ours} shown here.
 */
class CsvPeersBehaviourTest {

    private static final Charset GB18030 = Charset.forName("GB18030");

    private static byte[] utf8WithStrayByte() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write("姓名,备注\n张三,好\n李四,x".getBytes(StandardCharsets.UTF_8));
        out.write(0xFF);
        out.write("y\n".getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    @Test
    void aStrayByteIsReportedWithItsOffsetByOursReplacedSilentlyByFastCsvAndRejectedByJackson() throws IOException {
        byte[] bytes = utf8WithStrayByte();
        assertThatThrownBy(() -> CsvPeers.collect(CsvPeers::ours, bytes))
                .isInstanceOfSatisfying(TextDecoding.Undecodable.class, e -> assertThat(e.byteOffset()).isEqualTo(33));
        List<List<String>> fastCsv = CsvPeers.collect((b, r) -> CsvPeers.fastCsv(b, StandardCharsets.UTF_8, r), bytes);
        assertThat(fastCsv.get(2)).containsExactly("李四", "x\uFFFDy");
        assertThatThrownBy(() -> CsvPeers.collect((b, r) -> CsvPeers.jackson(b, StandardCharsets.UTF_8, r), bytes))
                .isInstanceOf(CharConversionException.class).hasMessageContaining("0xff");
    }

    @Test
    void anUndeclaredGb18030FileIsDetectedByOursOnly() throws IOException {
        byte[] bytes = "姓名,备注\n张三,好\n".getBytes(GB18030);
        assertThat(CsvPeers.collect(CsvPeers::ours, bytes)).containsExactly(List.of("姓名", "备注"), List.of("张三", "好"));
        assertThat(CsvPeers.collect((b, r) -> CsvPeers.fastCsv(b, StandardCharsets.UTF_8, r), bytes).get(1))
                .allSatisfy(field -> assertThat(field).contains("\uFFFD"));
        assertThatThrownBy(() -> CsvPeers.collect((b, r) -> CsvPeers.jackson(b, StandardCharsets.UTF_8, r), bytes))
                .isInstanceOf(CharConversionException.class);
    }

    @Test
    void anUnclosedQuoteFailsInOursAtItsStartingLineIsAcceptedByFastCsvByDefaultAndFailsInJacksonAtTheEnd()
            throws IOException {
        byte[] bytes = "a,b\n1,\"open\n2,3\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> CsvPeers.collect(CsvPeers::ours, bytes)).isInstanceOf(ImportException.class)
                .hasMessageContaining("starting on line 2");
        assertThat(CsvPeers.collect(CsvPeers::fastCsvStrict, bytes).get(1)).containsExactly("1", "open\n2,3\n");
        assertThatThrownBy(() -> CsvPeers.collect(CsvPeers::jacksonStrict, bytes))
                .hasMessageContaining("Missing closing quote").hasMessageContaining("line: 4");
    }

    @Test
    void raggedRowsReachTheCallerInOursAndJacksonButFailTheWholeFileInFastCsvByDefault() throws IOException {
        byte[] bytes = "a,b\n1\n1,2,3\n".getBytes(StandardCharsets.UTF_8);
        List<List<String>> expected = List.of(List.of("a", "b"), List.of("1"), List.of("1", "2", "3"));
        assertThat(CsvPeers.collect(CsvPeers::ours, bytes)).isEqualTo(expected);
        assertThat(CsvPeers.collect(CsvPeers::jacksonStrict, bytes)).isEqualTo(expected);
        assertThatThrownBy(() -> CsvPeers.collect(CsvPeers::fastCsvStrict, bytes)).isInstanceOf(CsvParseException.class)
                .hasMessageContaining("line 2");
    }
}
