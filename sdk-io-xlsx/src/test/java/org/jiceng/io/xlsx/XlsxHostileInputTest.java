package org.jiceng.io.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.jiceng.io.ImportException;
import org.jiceng.io.ImportOptions;
import org.jiceng.io.Importer;
import org.jiceng.io.IoLimits;
import org.jiceng.io.report.ImportResult;
import org.jiceng.io.spi.ImportSource;
import org.junit.jupiter.api.Test;

/**
 * Hostile workbooks, generated here and never committed: the limits hold per import whatever runs beside
 * it, POI's JVM-wide settings are never touched, and a shared-strings table beyond its bound ends the
 * import with an {@link ImportException}, never an {@link OutOfMemoryError}.
 */
class XlsxHostileInputTest {

    /** A valid workbook whose sheet inflates from a few KB to {@code bytes} of XML comments. */
    static byte[] padded(int bytes) {
        String pad = "<!-- padding -->";
        byte[] padding = pad.repeat(bytes / pad.length()).getBytes(StandardCharsets.UTF_8);
        byte[] header = ("<row r=\"1\">" + TestWorkbooks.text("A1", "id") + TestWorkbooks.text("B1", "name")
                + "</row><row r=\"2\">" + TestWorkbooks.text("A2", "p1") + TestWorkbooks.text("B2", "张三") + "</row>")
                .getBytes(StandardCharsets.UTF_8);
        byte[] sheet = new byte[header.length + padding.length];
        System.arraycopy(header, 0, sheet, 0, header.length);
        System.arraycopy(padding, 0, sheet, header.length, padding.length);
        return TestWorkbooks.workbook(sheet, null);
    }

    static ImportResult read(byte[] book, IoLimits limits) {
        return Importer.of(new XlsxFormat(), ImportOptions.defaults().withLimits(limits))
                .read(ImportSource.of("book.xlsx", book));
    }

    @Test
    void aLenientImportRunningAlongsideDoesNotLetADefaultLimitBombThrough() throws Exception {
        byte[] bomb = padded(40_000_000);
        byte[] roomy = padded(8_000_000);
        IoLimits lenient = IoLimits.defaults().withXlsxLimits(1L << 30, 0.000_01);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                runs.add(pool.submit((Callable<Object>) () -> {
                    assertThat(read(roomy, lenient).report().accepted()).isEqualTo(1);
                    return null;
                }));
                runs.add(pool.submit((Callable<Object>) () -> {
                    assertThatThrownBy(() -> read(bomb, IoLimits.defaults()))
                            .isInstanceOfSatisfying(ImportException.class, e -> {
                                assertThat(e.kind()).isEqualTo(ImportException.Kind.LIMIT_EXCEEDED);
                                assertThat(e.getMessage()).contains("xlsxMinInflateRatio");
                            });
                    return null;
                }));
            }
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void importsLeavePoiJvmWideZipSettingsUnchanged() {
        double ratio = ZipSecureFile.getMinInflateRatio();
        long entry = ZipSecureFile.getMaxEntrySize();
        long text = ZipSecureFile.getMaxTextSize();

        read(padded(1_000_000), IoLimits.defaults().withXlsxLimits(123_456_789L, 0.000_5));
        assertThatThrownBy(() -> read(padded(1_000_000), IoLimits.defaults().withXlsxLimits(1_000, 0.5)))
                .isInstanceOf(ImportException.class);

        assertThat(ZipSecureFile.getMinInflateRatio()).isEqualTo(ratio);
        assertThat(ZipSecureFile.getMaxEntrySize()).isEqualTo(entry);
        assertThat(ZipSecureFile.getMaxTextSize()).isEqualTo(text);
    }

    @Test
    void theWholeWorkbookIsBoundedNotOnlyEachPart() {
        IoLimits limits = IoLimits.defaults().withXlsxLimits(1L << 30, 0.000_01)
                .withXlsxWorkbookLimits(2_000_000, 1 << 20, 1 << 16);
        assertThatThrownBy(() -> read(padded(3_000_000), limits))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ImportException.Kind.LIMIT_EXCEEDED);
                    assertThat(e.getMessage()).contains("xlsxMaxTotalSize");
                });
    }

    /** Random text compresses poorly, so only the shared-strings bound can stop this table. */
    static String sharedStrings(int count, int length) {
        Random random = new Random(7);
        StringBuilder b = new StringBuilder("<sst xmlns=\"").append(TestWorkbooks.MAIN).append("\" uniqueCount=\"1\">");
        for (int i = 0; i < count; i++) {
            b.append("<si><t>");
            for (int k = 0; k < length; k++) {
                b.append((char) ('a' + random.nextInt(26)));
            }
            b.append("</t></si>");
        }
        return b.append("</sst>").toString();
    }

    static byte[] withSharedStrings(String sst) {
        return TestWorkbooks.workbook("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
                + "</row>", sst);
    }

    @Test
    void sharedStringsInflatingFarBeyondTheirCharacterBoundEndTheImportWithAnImportException() {
        // 8 Mi characters against a bound of 1 Mi: the table is refused when the bound is crossed, not after.
        byte[] book = withSharedStrings(sharedStrings(262_144, 32));
        IoLimits limits = IoLimits.defaults().withXlsxWorkbookLimits(1L << 31, 1 << 20, 1 << 22);
        assertThatThrownBy(() -> read(book, limits)).isInstanceOfSatisfying(ImportException.class, e -> {
            assertThat(e.kind()).isEqualTo(ImportException.Kind.LIMIT_EXCEEDED);
            assertThat(e.getMessage()).contains("xlsxMaxSharedStringChars");
            assertThat(e.messageZh()).contains("共享字符串");
        });
    }

    @Test
    void manyEmptySharedStringsAreBoundedByCount() {
        String sst = "<sst xmlns=\"" + TestWorkbooks.MAIN + "\">" + "<si><t/></si>".repeat(200_000) + "</sst>";
        IoLimits limits = IoLimits.defaults().withXlsxLimits(1L << 30, 0.000_01)
                .withXlsxWorkbookLimits(1L << 31, 1 << 20, 100_000);
        assertThatThrownBy(() -> read(withSharedStrings(sst), limits))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.getMessage())
                        .contains("xlsxMaxSharedStrings"));
    }

    @Test
    void aSharedStringTableWithinItsBoundsIsReadExactly() {
        byte[] withRow = TestWorkbooks.workbook("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\">"
                + "<v>1</v></c></row><row r=\"2\"><c r=\"A2\" t=\"s\"><v>2</v></c><c r=\"B2\" t=\"s\"><v>3</v></c></row>",
                "<sst xmlns=\"" + TestWorkbooks.MAIN + "\"><si><t>id</t></si><si><r><t>na</t></r><r><t>me</t></r>"
                        + "<rPh><t>ネーム</t></rPh></si><si><t>p1</t></si><si><t xml:space=\"preserve\">张三_x0009_三"
                        + "</t></si></sst>");
        ImportResult r = read(withRow, IoLimits.defaults());
        assertThat(r.report().errors()).isEmpty();
        assertThat(r.dataset().persons().get(0).name()).isEqualTo("张三\t三");
    }

    @Test
    void aStylesPartWithMillionsOfFormatsIsALimitNotAHeapFullOfThem() {
        String styles = "<styleSheet xmlns=\"" + TestWorkbooks.MAIN + "\"><cellXfs>"
                + "<xf numFmtId=\"14\"/>".repeat(1_100_000) + "</cellXfs></styleSheet>";
        byte[] book = TestWorkbooks.workbook("<row r=\"1\"><c r=\"A1\" s=\"0\"><v>1</v></c></row>"
                .getBytes(StandardCharsets.UTF_8), null, styles);
        assertThatThrownBy(() -> read(book, IoLimits.defaults().withXlsxLimits(1L << 30, 0.000_001)))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ImportException.Kind.LIMIT_EXCEEDED);
                    assertThat(e.getMessage()).contains("formats");
                });
    }

    @Test
    void aHugeSingleTextIsRefusedBeforeTheParserBuffersIt() {
        Random random = new Random(3);
        StringBuilder huge = new StringBuilder();
        for (int i = 0; i < 3_000_000; i++) {
            huge.append((char) ('a' + random.nextInt(26)));
        }
        byte[] book = TestWorkbooks.personWithIdCell(TestWorkbooks.text("A2", huge.toString()));
        assertThatThrownBy(() -> read(book, IoLimits.defaults())).isInstanceOfSatisfying(ImportException.class,
                e -> assertThat(e.kind()).isEqualTo(ImportException.Kind.LIMIT_EXCEEDED));
    }
}
