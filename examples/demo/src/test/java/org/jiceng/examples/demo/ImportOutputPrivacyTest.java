package org.jiceng.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jiceng.core.validation.IdNumbers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue #13 item 13: {@code import} never prints personal values in full or control sequences. */
class ImportOutputPrivacyTest {

    @TempDir
    Path dir;

    @Test
    void rejectedIdAndPhoneNumbersArePrintedMaskedWithoutTheExpectedCheckCharacterOrControls() throws Exception {
        String valid = IdNumbers.withCheckDigit("53011219800101001");
        String badId = valid.substring(0, 17) + (valid.charAt(17) == '1' ? '2' : '1');
        Path file = Files.writeString(dir.resolve("persons.csv"), "编号,姓名,身份证号码,联系电话\n"
                + "p1,张三," + badId + ",13812345678\n"
                + "p2,李四,,\"1\u001B[2J\u001B]0;owned\u0007\"\n", StandardCharsets.UTF_8);
        JicengDemoTest.Run r = JicengDemoTest.run("import", file.toString());
        assertThat(r.code()).isEqualTo(1);
        String printed = r.out() + r.err();
        assertThat(printed).contains("2 of 2 rows", badId.substring(0, 6) + "********" + badId.substring(14));
        assertThat(printed).doesNotContain(badId, valid, "expected " + valid.charAt(17), "\u001B", "\u0007");
    }
}
