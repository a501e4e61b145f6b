package org.jiceng.io.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jiceng.io.ImportException;
import org.jiceng.io.ImportOptions;
import org.jiceng.io.Importer;
import org.jiceng.io.report.ImportResult;
import org.jiceng.io.spi.ImportSource;
import org.junit.jupiter.api.Test;

/**
 * Which sheets are tables: notes and hidden lookup sheets are skipped, not a failed workbook; a file that is
 * no workbook says what it is instead.
 */
class SheetSelectionTest {

    @Test
    void notesSheetsAreRecognisedByTheirUsualNames() {
        assertThat(XlsxFormat.isNotesSheet("填表说明")).isTrue();
        assertThat(XlsxFormat.isNotesSheet(" 说明 ")).isTrue();
        assertThat(XlsxFormat.isNotesSheet("填报须知")).isTrue();
        assertThat(XlsxFormat.isNotesSheet("Notes")).isTrue();
        assertThat(XlsxFormat.isNotesSheet("README")).isTrue();
        assertThat(XlsxFormat.isNotesSheet("人员")).isFalse();
        assertThat(XlsxFormat.isNotesSheet("一支部")).isFalse();
    }

    @Test
    void aPasswordProtectedOrOldXlsWorkbookIsNamedAsSuch() {
        byte[] compound = new byte[512];
        byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(magic, 0, compound, 0, magic.length);
        assertThatThrownBy(() -> Importer.of(new XlsxFormat(), ImportOptions.defaults())
                .read(ImportSource.of("加密.xlsx", compound)))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ImportException.Kind.MALFORMED);
                    assertThat(e.getMessage()).contains("password-protected").contains(".xls");
                    assertThat(e.messageZh()).contains("密码").contains(".xlsx");
                });
    }

    @Test
    void aHiddenDropDownListSheetDoesNotFailTheWorkbook() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(XlsxFormatTest.simpleWorkbook()))) {
            Sheet lists = wb.createSheet("下拉选项");
            lists.createRow(0).createCell(0).setCellValue("正式");
            lists.createRow(1).createCell(0).setCellValue("预备");
            wb.setSheetHidden(1, true);
            wb.write(out);
        }
        ImportResult r = Importer.of(new XlsxFormat(), ImportOptions.defaults())
                .read(ImportSource.of("book.xlsx", out.toByteArray()));
        assertThat(r.report().errors()).isEmpty();
        assertThat(r.dataset().persons()).hasSize(1);

        List<String> notices = new ArrayList<>();
        new XlsxFormat().read(ImportSource.of("book.xlsx", out.toByteArray()), ImportOptions.defaults(),
                TestWorkbooks.warningsTo(w -> notices.add(w.rule() + ": " + w.messageEn())));
        assertThat(notices).containsExactly("sheet-skipped: sheet '下拉选项' is hidden and was not imported");
    }
}
