package org.jiceng.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jiceng.core.model.Event;
import org.jiceng.core.model.Person;
import org.jiceng.io.ExportOptions;
import org.jiceng.io.Exporter;
import org.jiceng.io.Formats;
import org.jiceng.io.HeaderLanguage;
import org.junit.jupiter.api.Test;

/**
 * The exact bytes of a few fixed rows, written out by hand: BOM, CRLF, quoting of delimiters, quotes, line
 * breaks and surrounding white space, formula-injection defence, sorted and escaped attribute maps, masked
 * personal data, a delimiter of several UTF-8 bytes, GB18030, and the failure on a lone surrogate.
 */
class CsvWriterGoldenTest {

    private static final Instant AT = Instant.parse("2025-01-23T02:43:00Z");

    private static List<Event> events() {
        return List.of(
                new Event("E1", "meeting.attended", "P1", AT, BigDecimal.ONE, Optional.of("C1"),
                        Map.of("meeting", "主题党日")),
                new Event("E2", "=cmd()", " P2", AT.plusMillis(120), new BigDecimal("0.50"), Optional.empty(),
                        Map.of("b", "x,\"y\"", "a", "1;2")),
                new Event("E3", "line\r\nbreak", "P\uD83D\uDE00", AT.plusSeconds(61), new BigDecimal("12"),
                        Optional.of("-5"), Map.of()),
                // The same map again, as its own instance: the same text.
                new Event("E4", "meeting.attended", "P1", AT, BigDecimal.ONE, Optional.of("C1"),
                        new LinkedHashMap<>(Map.of("meeting", "主题党日"))));
    }

    private static byte[] write(List<? extends Record> records, ExportOptions options) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exporter.of(Formats.forName("csv"), options).write(records, out);
        return out.toByteArray();
    }

    @Test
    void eventsAreWrittenWithBomQuotesEscapesAndCrLf() throws Exception {
        String expected = "\uFEFF编号,事件类型,对象编号,时间,数量,所属区域,属性\r\n"
                + "E1,meeting.attended,P1,2025-01-23T02:43:00Z,1,C1,meeting=主题党日\r\n"
                + "E2,'=cmd(),\" P2\",2025-01-23T02:43:00.120Z,0.50,,\"a=1\\;2;b=x,\"\"y\"\"\"\r\n"
                + "E3,\"line\r\nbreak\",P\uD83D\uDE00,2025-01-23T02:44:01Z,12,-5,\r\n"
                + "E4,meeting.attended,P1,2025-01-23T02:43:00Z,1,C1,meeting=主题党日\r\n";
        byte[] bytes = write(events(), ExportOptions.defaults());
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(bytes).isEqualTo(expected.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void personsAreMaskedAndAMultiByteDelimiterInACellIsQuoted() throws Exception {
        Map<String, String> extras = new LinkedHashMap<>();
        extras.put("民族", "汉");
        extras.put("k=v", "a;b");
        List<Person> persons = List.of(new Person("p1", "王；五", Optional.of("110105195001010027"),
                Optional.of("13800138000"), Optional.empty(), extras));
        ExportOptions options = ExportOptions.defaults().withLanguage(HeaderLanguage.ENGLISH)
                .withByteOrderMark(false).withDelimiter('；');
        String expected = "id；name；idNumber；phone；homeAreaId；extras\r\n"
                + "p1；\"王；五\"；110105********0027；138****8000；；民族=汉;k\\=v=a\\;b\r\n";
        assertThat(write(persons, options)).isEqualTo(expected.getBytes(StandardCharsets.UTF_8));
        String unmasked = "id；name；idNumber；phone；homeAreaId；extras\r\n"
                + "p1；\"王；五\"；110105195001010027；13800138000；；民族=汉;k\\=v=a\\;b\r\n";
        assertThat(write(persons, options.unmasked())).isEqualTo(unmasked.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void gb18030ExportsHaveNoBomAndTheSameText() throws Exception {
        Charset gb = Charset.forName("GB18030");
        String expected = "编号,事件类型,对象编号,时间,数量,所属区域,属性\r\n"
                + "E1,meeting.attended,P1,2025-01-23T02:43:00Z,1,C1,meeting=主题党日\r\n"
                + "E2,'=cmd(),\" P2\",2025-01-23T02:43:00.120Z,0.50,,\"a=1\\;2;b=x,\"\"y\"\"\"\r\n"
                + "E3,\"line\r\nbreak\",P\uD83D\uDE00,2025-01-23T02:44:01Z,12,-5,\r\n"
                + "E4,meeting.attended,P1,2025-01-23T02:43:00Z,1,C1,meeting=主题党日\r\n";
        assertThat(write(events(), ExportOptions.defaults().withCharset(gb))).isEqualTo(expected.getBytes(gb));
    }

    @Test
    void aLoneSurrogateFailsTheExportAsMalformedInput() {
        List<Event> events = List.of(new Event("E1", "meeting.attended", "P\uD83D", AT, BigDecimal.ONE,
                Optional.empty(), Map.of()));
        assertThatThrownBy(() -> write(events, ExportOptions.defaults())).isInstanceOf(MalformedInputException.class);
        List<Event> low = List.of(new Event("E1", "meeting.attended", "?\uDE00?", AT, BigDecimal.ONE,
                Optional.empty(), Map.of()));
        assertThatThrownBy(() -> write(low, ExportOptions.defaults())).isInstanceOf(MalformedInputException.class);
    }
}
