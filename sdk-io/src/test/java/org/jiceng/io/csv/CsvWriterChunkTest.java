package org.jiceng.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jiceng.core.model.Event;
import org.jiceng.io.ExportOptions;
import org.jiceng.io.Exporter;
import org.jiceng.io.Formats;
import org.junit.jupiter.api.Test;

/**
 * The CSV writer buffers rows and hands them to the encoder in chunks: rows, quoted cells and cells longer
 * than a chunk that cross a chunk's end are written as the text of each row one after the other.
 */
class CsvWriterChunkTest {

    @Test
    void rowsAndCellsAcrossChunkEndsAreWrittenWhole() throws Exception {
        List<Event> events = new ArrayList<>();
        StringBuilder expected = new StringBuilder("\uFEFF编号,事件类型,对象编号,时间,数量,所属区域,属性\r\n");
        Instant at = Instant.parse("2025-01-23T02:43:00Z");
        for (int i = 0; i < 3000; i++) {
            // Every 7th value is quoted (a comma, a quote), every 500th is longer than a chunk.
            String value = i % 500 == 0 ? "长".repeat(70_000 + i) : i % 7 == 0 ? "主题\"党日\",第" + i : "主题党日" + i;
            Instant time = at.plusSeconds(61L * i).plusMillis(i % 3 == 0 ? 0 : 120);
            events.add(new Event("E" + i, "meeting.attended", "P1", time, BigDecimal.valueOf(i, 1),
                    i % 2 == 0 ? Optional.of("C1") : Optional.empty(), Map.of("meeting", value)));
            String cell = "meeting=" + value;
            if (cell.contains(",") || cell.contains("\"")) {
                cell = "\"" + cell.replace("\"", "\"\"") + "\"";
            }
            expected.append("E").append(i).append(",meeting.attended,P1,").append(time).append(',')
                    .append(BigDecimal.valueOf(i, 1).toPlainString()).append(',').append(i % 2 == 0 ? "C1" : "")
                    .append(',').append(cell).append("\r\n");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exporter.of(Formats.forName("csv"), ExportOptions.defaults()).write(events, out);

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(expected.toString());
    }
}
