package org.jiceng.benchmarks.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every parser of {@link CsvParsePeersBenchmark} reads the benchmark's roster into the same rows, so they time the same job. */
class CsvPeersAgreementTest {

    @ParameterizedTest
    @ValueSource(strings = {"UTF-8", "GB18030"})
    void everyParserReadsTheRosterIntoTheSameRows(String charsetName) throws IOException {
        Charset charset = Charset.forName(charsetName);
        String text = CsvPeers.roster(3_000);
        byte[] bytes = text.getBytes(charset);
        List<List<String>> ours = CsvPeers.collect(CsvPeers::ours, bytes);
        assertThat(ours).hasSize(3_001);
        assertThat(ours.get(0)).containsExactly("序号", "姓名", "身份证号码", "手机号码", "所属支部", "入党时间", "备注");
        assertThat(ours).allSatisfy(row -> assertThat(row).hasSize(7));
        assertThat(ours).extracting(row -> row.get(6)).contains("联系电话已更新\n原号码停用", "他说\"下周再来\"",
                "第一行\r\n第二行, 含逗号");
        assertThat(ours).extracting(row -> row.get(1)).anyMatch(name -> name.codePoints().anyMatch(Character::isSupplementaryCodePoint));
        assertThat(CsvPeers.collect((b, r) -> CsvPeers.fastCsv(b, charset, r), bytes)).isEqualTo(ours);
        assertThat(CsvPeers.collect(CsvPeers::fastCsvStrict, bytes)).isEqualTo(ours);
        assertThat(CsvPeers.collect((b, r) -> CsvPeers.jackson(b, charset, r), bytes)).isEqualTo(ours);
        assertThat(CsvPeers.collect(CsvPeers::jacksonStrict, bytes)).isEqualTo(ours);
        assertThat(new String(bytes, charset)).isEqualTo(text);
        assertThat(charset.equals(StandardCharsets.UTF_8) || bytes.length < text.getBytes(StandardCharsets.UTF_8).length)
                .as("GB18030 stores Chinese in fewer bytes").isTrue();
    }
}
