package org.jiceng.examples.demo.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jiceng.cases.Case;
import org.jiceng.core.model.Event;
import org.jiceng.examples.demo.generate.DistrictSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The steps run side by side on a pool, so which finishes first changes from run to run; the output must
 * not. Two runs with the same seed write the same files byte for byte (the workbook's zip entries carry
 * their time of writing, so its entries are compared by content).
 */
class ParallelRunOutputTest {

    @TempDir
    static Path first;
    @TempDir
    static Path second;

    private static DemoResult a;
    private static DemoResult b;
    private static final List<Integer> told = new ArrayList<>();

    @BeforeAll
    static void runTwice() throws IOException {
        a = DemoPipeline.run(new DemoPipeline.Options(DistrictSpec.small(), 3L, first), Progress.silent(),
                ParallelRunOutputTest::casesReady);
        b = DemoPipeline.run(new DemoPipeline.Options(DistrictSpec.small(), 3L, second), Progress.silent());
    }

    private static synchronized void casesReady(List<Case> cases, List<Event> events) {
        told.add(cases.size());
    }

    @Test
    void twoRunsWithTheSameSeedWriteTheSameFiles() throws IOException {
        Map<String, Path> filesA = files(first);
        Map<String, Path> filesB = files(second);
        assertThat(filesA.keySet()).isEqualTo(filesB.keySet()).hasSizeGreaterThan(20);
        for (String f : filesA.keySet()) {
            if (f.endsWith(".xlsx")) {
                assertThat(entries(filesA.get(f))).as(f).isEqualTo(entries(filesB.get(f)));
            } else {
                assertThat(Files.readAllBytes(filesA.get(f))).as(f).isEqualTo(Files.readAllBytes(filesB.get(f)));
            }
        }
        assertThat(a.summary()).isEqualTo(b.summary());
    }

    @Test
    void everyFileWrittenIsListedOnceAndExists() {
        assertThat(a.files()).doesNotHaveDuplicates().contains(DemoPipeline.REPORT_FILE, "csv/活动记录.csv",
                "input/district/活动记录.csv", "input/district/人员.csv", "jiceng-district.xlsx");
        for (String f : a.files()) {
            assertThat(first.resolve(f)).as(f).isRegularFile();
        }
    }

    @Test
    void inputHoldsTheUnmaskedPersonsAndTheSameEventsAsTheExport() throws IOException {
        assertThat(Files.readAllBytes(first.resolve("input/district/活动记录.csv")))
                .isEqualTo(Files.readAllBytes(first.resolve("csv/活动记录.csv")));
        String masked = Files.readString(first.resolve("csv/人员.csv"));
        String unmasked = Files.readString(first.resolve("input/district/人员.csv"));
        assertThat(masked).isNotEqualTo(unmasked).contains("*");
        assertThat(unmasked.lines().count()).isEqualTo(masked.lines().count());
    }

    @Test
    void theListenerIsToldOnceWithTheLocatedAndRoutedCases() {
        assertThat(told).containsExactly(a.cases().size());
        long located = a.cases().stream().filter(c -> c.location().gridId().isPresent()).count();
        String reported = a.report().keyNumbers().stream().filter(n -> n.key().equals("cases-in-grids")).findFirst()
                .orElseThrow().value();
        assertThat(located).isPositive().isEqualTo(Long.parseLong(reported));
    }

    private static Map<String, Path> files(Path root) throws IOException {
        Map<String, Path> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            all.filter(Files::isRegularFile).forEach(p -> files.put(root.relativize(p).toString(), p));
        }
        return files;
    }

    private static Map<String, List<Byte>> entries(Path zip) throws IOException {
        Map<String, List<Byte>> entries = new TreeMap<>();
        try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
            ZipEntry e;
            while ((e = z.getNextEntry()) != null) {
                List<Byte> bytes = new ArrayList<>();
                for (byte x : z.readAllBytes()) {
                    bytes.add(x);
                }
                entries.put(e.getName(), bytes);
            }
        }
        return entries;
    }
}
