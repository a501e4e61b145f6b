package org.jiceng.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jiceng.io.report.ImportReport;
import org.jiceng.io.report.ImportResult;
import org.jiceng.io.report.StopReason;
import org.jiceng.io.spi.ImportSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An import stopped by the error cap says how many rows and which files it left unread. */
class ErrorCapTest {

    private static String persons(int bad, int good) {
        StringBuilder s = new StringBuilder("编号,姓名\n");
        for (int i = 0; i < bad; i++) {
            s.append("b").append(i).append(",\n"); // name missing
        }
        for (int i = 0; i < good; i++) {
            s.append("g").append(i).append(",张三\n");
        }
        return s.toString();
    }

    @Test
    void csvStoppedAtTheCapCountsTheRowsLeftUnread() {
        ImportReport r = Importer.of(Formats.forName("csv"), ImportOptions.defaults().withMaxErrors(10))
                .stream(ImportSource.of("persons.csv", (persons(30, 20) + "\n\n").getBytes(StandardCharsets.UTF_8)),
                        x -> { });
        StopReason stop = r.stop().orElseThrow();
        assertThat(stop.code()).isEqualTo(StopReason.Code.MAX_ERRORS);
        assertThat(r.read()).isEqualTo(10);
        assertThat(stop.rowsNotRead()).hasValue(40);
        assertThat(r.summary()).contains("40 more row(s) of persons.csv not read");
        assertThat(stop.describeZh()).contains("其后 40 行未读取");
    }

    @Test
    void jsonLinesStoppedAtTheFirstErrorCountsTheLinesLeftUnread() {
        String lines = "{\"@kind\":\"persons\",\"id\":\"p1\"}\n{\"@kind\":\"persons\",\"id\":\"p2\",\"name\":\"李四\"}\n\n"
                + "{\"@kind\":\"persons\",\"id\":\"p3\",\"name\":\"王五\"}\n";
        ImportReport r = Importer.of(Formats.forName("jsonl"), ImportOptions.defaults().stopOnFirstError())
                .stream(ImportSource.of("p.jsonl", lines.getBytes(StandardCharsets.UTF_8)), x -> { });
        assertThat(r.stop().orElseThrow().rowsNotRead()).hasValue(2);
    }

    @Test
    void aDirectoryStoppedAtTheCapNamesTheFilesNotRead(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a-persons.csv"), persons(5, 1), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("b-persons.csv"), persons(0, 3), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("c-persons.jsonl"), "{\"@kind\":\"persons\",\"id\":\"p1\",\"name\":\"张三\"}\n",
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("notes.txt"), "not data", StandardCharsets.UTF_8);
        ImportResult r = Importer.read(dir, ImportOptions.defaults().withMaxErrors(3));
        StopReason stop = r.report().stop().orElseThrow();
        assertThat(stop.sourcesNotRead()).containsExactly("b-persons.csv", "c-persons.jsonl");
        assertThat(stop.rowsNotRead()).hasValue(3);
        assertThat(r.report().summary()).contains("not read at all: b-persons.csv, c-persons.jsonl");
    }
}
