package org.jiceng.io.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jiceng.core.model.Dataset;
import org.jiceng.core.model.Person;
import org.jiceng.io.ExportOptions;
import org.jiceng.io.Exporter;
import org.junit.jupiter.api.Test;

/**
 * The same records give the same workbook bytes on every run: no part carries the time it was written
 * (which also depended on the default time zone), so exports can be compared and checked by hash.
 */
class ReproducibleWorkbookTest {

    @Test
    void everyPartCarriesTheFixedTimeNotTheClock() throws IOException {
        List<LocalDateTime> times = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(workbook()))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                times.add(e.getTimeLocal());
            }
        }
        assertThat(times).isNotEmpty().containsOnly(LocalDateTime.of(1980, 1, 1, 0, 0));
    }

    @Test
    void writingTheSameRecordsTwiceGivesTheSameBytes() throws IOException {
        assertThat(workbook()).isEqualTo(workbook());
    }

    private static byte[] workbook() throws IOException {
        Dataset data = Dataset.builder()
                .add(new Person("p1", "张三", Optional.empty(), Optional.of("13812345678"), Optional.empty()))
                .build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exporter.of(new XlsxFormat(), ExportOptions.defaults().unmasked()).write(data, out);
        return out.toByteArray();
    }
}
