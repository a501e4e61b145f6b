package org.jiceng.io.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Issue #13 items 4 and 13: what a row error echoes is masked, terminal-safe and bounded. */
class RowErrorEchoTest {

    private static final SourceLocation AT = new SourceLocation("persons.csv", Optional.empty(), 2, 1);

    @Test
    void reportRecordsRejectNullComponentsNamingThem() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new SourceLocation("persons.csv", null, 2, 1))
                .isInstanceOf(NullPointerException.class).hasMessage("sheet must not be null");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new RowError(AT, Optional.empty(), null,
                "NotBlank", "姓名不能为空", "name must not be blank"))
                .isInstanceOf(NullPointerException.class).hasMessage("rawValue must not be null");
    }

    @Test
    void anIdNumberViolationIsMaskedAsOnExportAlsoWhereTheMessageQuotesIt() {
        RowError e = new RowError(AT, Optional.of("身份证号"), Optional.of("110105194912310021"), "ChineseIdNumber",
                "身份证号码 110105194912310021 校验码错误", "ID number 110105194912310021 has a wrong check character");
        assertThat(e.rawValue()).contains("110105********0021");
        assertThat(e.describe() + e.describeZh()).doesNotContain("110105194912310021").contains("110105********0021");
    }

    @Test
    void aPhoneIsMaskedByConstraintAndByAnyHeaderAnImportWouldMapToPhone() {
        assertThat(new RowError(AT, Optional.of("x"), Optional.of("12812345678"), "PhoneNumber", "错", "bad")
                .rawValue()).contains("128****5678");
        for (String header : new String[] {"phone", "手机号", "联系电话", "手机号码", "Mobile"}) {
            assertThat(new RowError(AT, Optional.of(header), Optional.of("1381234567x"), "format", "错", "bad")
                    .rawValue()).as(header).contains("138****567x");
        }
        assertThat(new RowError(AT, Optional.of("姓名"), Optional.of("张三"), "NotBlank", "错", "bad").rawValue())
                .contains("张三");
    }

    @Test
    void controlSequencesAndBidiOverridesInValueColumnAndMessageAreShownAsEscapes() {
        RowError e = new RowError(AT, Optional.of("na\u001B[2Jme"), Optional.of("\u001B[31mx\u202Eevil\nFAKE LINE"),
                "format", "值 \u001B[31m 不对", "value \u009B31m is wrong");
        assertThat(e.describe() + e.describeZh()).doesNotContain("\u001B", "\u009B", "\u202E", "\n")
                .contains("\\u001B[31mx\\u202Eevil\\u000AFAKE LINE", "na\\u001B[2Jme");
    }

    @Test
    void aLongRawValueIsCutWithAnEllipsisAndTheMessagesSaySo() {
        String huge = "a".repeat(1_000_000);
        RowError e = new RowError(AT, Optional.of("name"), Optional.of(huge), "format", "太长", "too long");
        assertThat(e.rawValue().orElseThrow()).hasSize(RowError.MAX_RAW_VALUE_CHARS).endsWith("…");
        assertThat(e.messageEn()).contains("truncated", "1000000 characters");
        assertThat(e.messageZh()).contains("1000000");
        // copying an entry does not cut or annotate it again
        RowError copy = new RowError(e.location(), e.column(), e.rawValue(), e.constraint(), e.messageZh(),
                e.messageEn());
        assertThat(copy).isEqualTo(e);
    }

    @Test
    void longMessagesAndColumnsAreBoundedToo() {
        RowError e = new RowError(AT, Optional.of("c".repeat(10_000)), Optional.empty(), "format",
                "长".repeat(100_000), "m".repeat(100_000));
        assertThat(e.column().orElseThrow().length()).isLessThanOrEqualTo(RowError.MAX_COLUMN_CHARS + 1);
        assertThat(e.messageEn().length()).isLessThanOrEqualTo(RowError.MAX_MESSAGE_CHARS + 1);
        assertThat(e.messageZh().length()).isLessThanOrEqualTo(RowError.MAX_MESSAGE_CHARS + 1);
    }
}
