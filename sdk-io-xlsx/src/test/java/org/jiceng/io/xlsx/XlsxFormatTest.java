package org.jiceng.io.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jiceng.core.model.Dataset;
import org.jiceng.core.model.PartyMember;
import org.jiceng.core.model.Person;
import org.jiceng.io.ExportOptions;
import org.jiceng.io.Exporter;
import org.jiceng.io.Formats;
import org.jiceng.io.ImportException;
import org.jiceng.io.ImportOptions;
import org.jiceng.io.Importer;
import org.jiceng.io.IoLimits;
import org.jiceng.io.report.ImportResult;
import org.jiceng.io.spi.ImportSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real-world workbook shapes, written with POI's full API the way office users make them. */
class XlsxFormatTest {

    @TempDir
    static Path dir;

    static Path roster;

    /**
     * A roster as districts keep it: a merged title row, a two-row header whose first cells are merged
     * vertically and whose group cells are merged horizontally, blank rows, a date-formatted cell and a
     * second sheet for party members.
     */
    @BeforeAll
    static void writeRoster() throws IOException {
        roster = dir.resolve("永兴路社区花名册.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet people = wb.createSheet("人员");
            people.createRow(0).createCell(0).setCellValue("永兴路社区人员花名册（2024年）");
            people.addMergedRegion(new CellRangeAddress(0, 0, 0, 3));
            Row group = people.createRow(1);
            group.createCell(0).setCellValue("编号");
            group.createCell(1).setCellValue("基本信息");
            group.createCell(3).setCellValue("联系方式");
            people.addMergedRegion(new CellRangeAddress(1, 2, 0, 0));
            people.addMergedRegion(new CellRangeAddress(1, 1, 1, 2));
            Row header = people.createRow(2);
            header.createCell(1).setCellValue("姓名");
            header.createCell(2).setCellValue("居住区域");
            header.createCell(3).setCellValue("手机号");
            Row r1 = people.createRow(3);
            r1.createCell(0).setCellValue("p1");
            r1.createCell(1).setCellValue("张三");
            r1.createCell(2).setCellValue("a1");
            r1.createCell(3).setCellValue("13812345678");
            people.createRow(4); // blank row
            Row r2 = people.createRow(6);
            r2.createCell(0).setCellValue("p2");
            r2.createCell(1).setCellValue("李四");

            Sheet members = wb.createSheet("党员");
            Row mh = members.createRow(0);
            mh.createCell(0).setCellValue("人员编号");
            mh.createCell(1).setCellValue("党员类别");
            mh.createCell(2).setCellValue("入党日期");
            Row m1 = members.createRow(1);
            m1.createCell(0).setCellValue("p1");
            m1.createCell(1).setCellValue("预备");
            CreationHelper helper = wb.getCreationHelper();
            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(helper.createDataFormat().getFormat("yyyy年m月d日"));
            var joined = m1.createCell(2);
            joined.setCellValue(LocalDate.of(2019, 7, 1));
            joined.setCellStyle(dateStyle);
            try (var out = Files.newOutputStream(roster)) {
                wb.write(out);
            }
        }
    }

    @Test
    void readsMergedTwoRowHeadersSkippingTitleAndBlankRows() {
        ImportResult r = Importer.read(roster);
        assertThat(r.report().errors()).isEmpty();
        assertThat(r.dataset().persons()).containsExactly(
                new Person("p1", "张三", java.util.Optional.empty(), java.util.Optional.of("13812345678"),
                        java.util.Optional.of("a1")),
                Person.of("p2", "李四"));
        assertThat(r.report().read()).isEqualTo(3);
    }

    @Test
    void readsDateFormattedCellsAsDatesAndReportsSheetRows() {
        ImportResult r = Importer.read(roster);
        assertThat(r.dataset().partyMembers()).containsExactly(new PartyMember("p1",
                org.jiceng.core.model.MemberStatus.PROBATIONARY, java.util.Optional.of(LocalDate.of(2019, 7, 1))));
    }

    @Test
    void rejectedRowsNameSheetAndSpreadsheetRow() throws IOException {
        Path file = dir.resolve("bad.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("persons");
            s.createRow(0).createCell(0).setCellValue("id");
            s.getRow(0).createCell(1).setCellValue("name");
            s.createRow(3).createCell(0).setCellValue("p1");
            try (var out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        ImportResult r = Importer.read(file);
        assertThat(r.report().rejected()).isEqualTo(1);
        assertThat(r.report().errors().get(0).location().sheet()).contains("persons");
        assertThat(r.report().errors().get(0).location().row()).isEqualTo(4);
        assertThat(r.report().errors().get(0).column()).contains("name");
    }

    @Test
    void writesOneSheetPerKindWithFormulaDefenceAndMasking() throws IOException {
        Dataset data = Dataset.builder()
                .add(new Person("p1", "=HYPERLINK(\"http://evil\")", java.util.Optional.of("11010519491231002X"),
                        java.util.Optional.of("13812345678"), java.util.Optional.empty()))
                .add(new PartyMember("p1", org.jiceng.core.model.MemberStatus.FULL, java.util.Optional.empty()))
                .build();
        Path out = dir.resolve("export.xlsx");
        Exporter.write(data, out);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            assertThat(wb.getSheetName(0)).isEqualTo("人员");
            assertThat(wb.getSheetName(1)).isEqualTo("党员");
            Row row = wb.getSheet("人员").getRow(1);
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo("'=HYPERLINK(\"http://evil\")");
            assertThat(row.getCell(2).getStringCellValue()).isEqualTo("110105********002X");
            assertThat(row.getCell(3).getStringCellValue()).isEqualTo("138****5678");
        }
    }

    @Test
    void zipBombIsALimitErrorNotAnOutOfMemoryError() throws IOException {
        // A valid workbook whose sheet XML inflates from a few KB to 50 MB of blank padding.
        byte[] bomb = inflateSheet(simpleWorkbook(), 50_000_000);
        assertThatThrownBy(() -> Importer.of(Formats.forName("xlsx"), ImportOptions.defaults())
                .read(ImportSource.of("bomb.xlsx", bomb)))
                .isInstanceOfSatisfying(ImportException.class,
                        e -> assertThat(e.kind()).isEqualTo(ImportException.Kind.LIMIT_EXCEEDED));
    }

    @Test
    void entityDeclarationsAreRefused() throws IOException {
        byte[] billionLaughs = rewriteSheet(simpleWorkbook(), xml -> xml.replaceFirst("<worksheet",
                "<!DOCTYPE worksheet [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><worksheet")
                .replace("张三", "&b;"));
        assertThatThrownBy(() -> Importer.of(Formats.forName("xlsx"), ImportOptions.defaults())
                .read(ImportSource.of("laughs.xlsx", billionLaughs)))
                .isInstanceOfSatisfying(ImportException.class,
                        e -> assertThat(e.kind()).isEqualTo(ImportException.Kind.LIMIT_EXCEEDED));
    }

    @Test
    void notAWorkbookIsMalformed() {
        assertThatThrownBy(() -> Importer.of(Formats.forName("xlsx"), ImportOptions.defaults())
                .read(ImportSource.of("x.xlsx", "id,name\n".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(ImportException.class,
                        e -> assertThat(e.kind()).isEqualTo(ImportException.Kind.MALFORMED));
    }

    @Test
    void smallEntryLimitIsEnforced() throws IOException {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        Exporter.of(Formats.forName("xlsx"), ExportOptions.defaults())
                .write(Dataset.builder().add(Person.of("p1", "张三")).build(), plain);
        assertThatThrownBy(() -> Importer.of(Formats.forName("xlsx"), ImportOptions.defaults()
                .withLimits(IoLimits.defaults().withXlsxLimits(100, 0.01)))
                .read(ImportSource.of("x.xlsx", plain.toByteArray())))
                .isInstanceOfSatisfying(ImportException.class,
                        e -> assertThat(e.kind()).isEqualTo(ImportException.Kind.LIMIT_EXCEEDED));
    }

    /** A one-sheet persons workbook written by POI's full API (plain zip entries). */
    static byte[] simpleWorkbook() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("persons");
            s.createRow(0).createCell(0).setCellValue("id");
            s.getRow(0).createCell(1).setCellValue("name");
            s.createRow(1).createCell(0).setCellValue("p1");
            s.getRow(1).createCell(1).setCellValue("张三");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    static byte[] inflateSheet(byte[] xlsx, int padding) throws IOException {
        return rewriteSheet(xlsx, xml -> xml.replace("<sheetData>", "<sheetData>" + " ".repeat(padding)));
    }

    static byte[] rewriteSheet(byte[] xlsx, java.util.function.UnaryOperator<String> edit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(xlsx));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                byte[] data = in.readAllBytes();
                if (e.getName().startsWith("xl/worksheets/sheet")) {
                    data = edit.apply(new String(data, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(data);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    void emptyWorkbookImportsNothing() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exporter.of(Formats.forName("xlsx"), ExportOptions.defaults()).write(List.<Record>of(), out);
        ImportResult r = Importer.of(Formats.forName("xlsx"), ImportOptions.defaults())
                .read(ImportSource.of("e.xlsx", out.toByteArray()));
        assertThat(r.report().read()).isZero();
    }
}
