package org.jiceng.io.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jiceng.io.ImportOptions;
import org.jiceng.io.report.ImportWarning;
import org.jiceng.io.spi.ImportSource;
import org.jiceng.io.xlsx.internal.NumberCells;
import org.junit.jupiter.api.Test;

/**
 * What the reader does without rejecting anything is told, never silent: a notes sheet skipped (named),
 * a code stored as an exact whole number, a bare date serial read as a date.
 */
class ReaderWarningsTest {

    static List<ImportWarning> noticesOf(String fixture) {
        List<ImportWarning> notices = new ArrayList<>();
        new XlsxFormat().read(ImportSource.of(RealWorldWorkbooksTest.fixture(fixture)), ImportOptions.defaults(),
                TestWorkbooks.warningsTo(notices::add));
        return notices;
    }

    @Test
    void theNotesSheetIsNamedAndBareSerialsAreToldAsDates() {
        List<ImportWarning> notices = noticesOf("branches-with-notes.xlsx");

        assertThat(notices).filteredOn(n -> n.rule().equals("sheet-skipped")).singleElement().satisfies(n -> {
            assertThat(n.location().sheet()).contains("填表说明");
            assertThat(n.messageEn()).contains("'填表说明'").contains("notes");
            assertThat(n.messageZh()).contains("「填表说明」");
        });
        assertThat(notices).filteredOn(n -> n.rule().equals(NumberCells.RULE_DATE_SERIAL))
                .extracting(n -> n.location().sheet().orElseThrow() + " row " + n.location().row() + ": " + n.originalValue().orElseThrow()
                        + " -> " + n.normalisedValue().orElseThrow())
                .containsExactly("二支部 row 3: 36708 -> 2000-07-01", "二支部 row 6: 36708 -> 2000-07-01");
    }

    @Test
    void exactCodesStoredAsNumbersAreToldWithTheirColumn() {
        // The sink also hears the importer's file-level notices (columns no field takes); only the cells count here.
        List<ImportWarning> cells = noticesOf("numeric-codes.xlsx").stream()
                .filter(n -> n.rule().equals(NumberCells.RULE_NUMBER_AS_TEXT)).toList();

        assertThat(cells).extracting(n -> n.location().row() + " " + n.column().orElseThrow() + " "
                + n.normalisedValue().orElseThrow()).containsExactly("6 联系电话 13812345678", "7 编号 1005");
        assertThat(cells).allSatisfy(n -> assertThat(n.messageEn()).contains("stored as a number")
                .contains("format the column as text"));
    }
}
