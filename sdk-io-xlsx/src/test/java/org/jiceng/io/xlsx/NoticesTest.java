package org.jiceng.io.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jiceng.io.ImportOptions;
import org.jiceng.io.report.SourceLocation;
import org.jiceng.io.spi.ImportSource;
import org.jiceng.io.xlsx.internal.NumberCells;
import org.junit.jupiter.api.Test;

/**
 * What the reader does without rejecting anything is told, never silent: a notes sheet skipped (named),
 * a code stored as an exact whole number, a bare date serial read as a date.
 */
class NoticesTest {

    record Notice(SourceLocation at, Optional<String> column, Optional<String> original, Optional<String> kept,
            String rule, String zh, String en) {
    }

    static List<Notice> noticesOf(String fixture) {
        List<Notice> notices = new ArrayList<>();
        new XlsxFormat().read(ImportSource.of(RealWorldWorkbooksTest.fixture(fixture)), ImportOptions.defaults(),
                TestWorkbooks.DISCARD,
                (at, column, original, kept, rule, zh, en) -> notices.add(new Notice(at, column, original, kept, rule,
                        zh, en)));
        return notices;
    }

    @Test
    void theNotesSheetIsNamedAndBareSerialsAreToldAsDates() {
        List<Notice> notices = noticesOf("branches-with-notes.xlsx");

        assertThat(notices).filteredOn(n -> n.rule().equals("sheet-skipped")).singleElement().satisfies(n -> {
            assertThat(n.at().sheet()).contains("填表说明");
            assertThat(n.en()).contains("'填表说明'").contains("notes");
            assertThat(n.zh()).contains("「填表说明」");
        });
        assertThat(notices).filteredOn(n -> n.rule().equals(NumberCells.RULE_DATE_SERIAL))
                .extracting(n -> n.at().sheet().orElseThrow() + " row " + n.at().row() + ": " + n.original().orElseThrow()
                        + " -> " + n.kept().orElseThrow())
                .containsExactly("二支部 row 3: 36708 -> 2000-07-01", "二支部 row 6: 36708 -> 2000-07-01");
    }

    @Test
    void exactCodesStoredAsNumbersAreToldWithTheirColumn() {
        List<Notice> notices = noticesOf("numeric-codes.xlsx");

        assertThat(notices).extracting(n -> n.at().row() + " " + n.column().orElseThrow() + " " + n.kept().orElseThrow())
                .containsExactly("6 联系电话 13812345678", "7 编号 1005");
        assertThat(notices).allSatisfy(n -> {
            assertThat(n.rule()).isEqualTo(NumberCells.RULE_NUMBER_AS_TEXT);
            assertThat(n.en()).contains("stored as a number").contains("format the column as text");
        });
    }
}
