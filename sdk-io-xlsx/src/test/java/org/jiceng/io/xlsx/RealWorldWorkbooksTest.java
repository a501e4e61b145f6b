package org.jiceng.io.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jiceng.core.model.Area;
import org.jiceng.core.model.PartyMember;
import org.jiceng.core.model.Person;
import org.jiceng.io.Importer;
import org.jiceng.io.report.ImportResult;
import org.jiceng.io.report.RowError;
import org.jiceng.io.xlsx.internal.SheetTable;
import org.junit.jupiter.api.Test;

/**
 * Workbooks made by openpyxl the way district offices make them (see {@code real-world/make-fixtures.py}):
 * every value is kept exactly or rejected with a message naming sheet, row and column.
 */
class RealWorldWorkbooksTest {

    static Path fixture(String name) {
        try {
            return Path.of(RealWorldWorkbooksTest.class.getResource("/real-world/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void codesStoredAsNumbersAreKeptWhenExactAndOtherwiseRejected() {
        ImportResult r = Importer.read(fixture("numeric-codes.xlsx"));

        assertThat(r.report().read()).isEqualTo(6);
        assertThat(r.report().accepted()).isEqualTo(3);
        assertThat(r.report().rejected()).isEqualTo(3);
        Map<String, Person> byId = r.dataset().persons().stream().collect(Collectors.toMap(Person::id,
                Function.identity()));
        assertThat(byId).containsOnlyKeys("p1", "p4", "1005");
        assertThat(byId.get("p1").idNumber()).contains("11010519491231002X");
        assertThat(byId.get("p4").phone()).contains("13812345678");

        assertThat(r.report().errors()).extracting(RowError::constraint).containsOnly(SheetTable.STORED_AS_NUMBER);
        assertThat(r.report().errors()).extracting(e -> e.location().row()).containsExactly(4L, 5L, 8L);
        RowError lost = r.report().errors().get(0);
        assertThat(lost.location().sheet()).contains("人员");
        assertThat(lost.column()).contains("身份证号码");
        assertThat(lost.messageEn()).contains("stored as a number, digits lost").contains("format the column as text");
        assertThat(lost.messageZh()).contains("以数字存储，位数已丢失").contains("文本格式");
        assertThat(r.report().errors().get(2).column()).contains("联系电话");
    }

    @Test
    void aTwelveDigitDivisionCodeStoredAsANumberIsExact() {
        ImportResult r = Importer.read(fixture("division-codes.xlsx"));

        assertThat(r.report().errors()).isEmpty();
        assertThat(r.dataset().areas()).extracting(Area::divisionCode)
                .containsExactly(Optional.of("110105001001"), Optional.of("110105001000"));
    }

    @Test
    void notesSheetIsSkippedAndEveryBranchSheetIsReadWithItsDates() {
        ImportResult r = Importer.read(fixture("branches-with-notes.xlsx"));

        assertThat(r.report().read()).isEqualTo(6);
        assertThat(r.report().accepted()).isEqualTo(5);
        Map<String, Optional<LocalDate>> joined = r.dataset().partyMembers().stream().collect(Collectors.toMap(
                PartyMember::personId, PartyMember::joined));
        assertThat(joined).containsExactlyInAnyOrderEntriesOf(Map.of(
                "p1", Optional.of(LocalDate.of(2001, 7, 1)),
                "p2", Optional.of(LocalDate.of(2024, 6, 1)),
                "p3", Optional.of(LocalDate.of(2000, 7, 1)),
                "p4", Optional.of(LocalDate.of(2019, 7, 1)),
                "p5", Optional.of(LocalDate.of(1999, 12, 31))));
        RowError bad = r.report().errors().get(0);
        assertThat(bad.location().sheet()).contains("二支部");
        assertThat(bad.location().row()).isEqualTo(6);
        assertThat(bad.rawValue()).contains("流动");
    }

    @Test
    void datesOfA1904WorkbookAreReadInItsOwnDateSystem() {
        ImportResult r = Importer.read(fixture("mac-1904-dates.xlsx"));

        assertThat(r.report().errors()).isEmpty();
        assertThat(r.dataset().partyMembers()).extracting(PartyMember::joined)
                .containsExactly(Optional.of(LocalDate.of(2001, 7, 1)));
    }
}
