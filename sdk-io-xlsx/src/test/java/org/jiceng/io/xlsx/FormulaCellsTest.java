package org.jiceng.io.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import org.jiceng.io.ImportOptions;
import org.jiceng.io.Importer;
import org.jiceng.io.report.ImportResult;
import org.jiceng.io.report.RowError;
import org.jiceng.io.spi.ImportSource;
import org.jiceng.io.xlsx.internal.SheetTable;
import org.junit.jupiter.api.Test;

/** Formulas are read by their cached value; one without a value or with an error is never read as a value. */
class FormulaCellsTest {

    static ImportResult read(String idCell) {
        return Importer.of(new XlsxFormat(), ImportOptions.defaults())
                .read(ImportSource.of("f.xlsx", TestWorkbooks.personWithIdCell(idCell)));
    }

    @Test
    void aFormulaIsReadByItsCachedValue() {
        ImportResult r = read("<c r=\"A2\" t=\"str\"><f>\"p\"&amp;1</f><v>p1</v></c>");
        assertThat(r.dataset().persons()).extracting(p -> p.id()).containsExactly("p1");
    }

    @Test
    void aFormulaNeverCalculatedRejectsTheRowInsteadOfReadingAsEmpty() {
        ImportResult r = read("<c r=\"A2\"><f>\"p\"&amp;1</f></c>");
        assertThat(r.report().rejected()).isEqualTo(1);
        RowError e = r.report().errors().get(0);
        assertThat(e.constraint()).isEqualTo(SheetTable.FORMULA_ERROR);
        assertThat(e.column()).contains("id");
        assertThat(e.messageEn()).contains("never calculated");
    }

    @Test
    void aFormulaErrorRejectsTheRow() {
        ImportResult r = read("<c r=\"A2\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c>");
        assertThat(r.report().errors()).extracting(RowError::constraint).containsExactly(SheetTable.FORMULA_ERROR);
        assertThat(r.report().errors().get(0).rawValue()).contains("#DIV/0!");
    }
}
