package org.jiceng.io;

import org.jiceng.core.model.RecordKind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.jiceng.core.spi.PluginException;
import org.jiceng.core.spi.PluginNotFoundException;
import org.jiceng.io.spi.FormatProvider;
import org.junit.jupiter.api.Test;

class FormatsTest {

    @Test
    void builtInFormatsAreFoundByName() {
        assertThat(Formats.all()).extracting(FormatProvider::name).contains("csv", "json", "jsonl");
        assertThat(Formats.forName("CSV").name()).isEqualTo("csv");
    }

    @Test
    void formatsAreChosenByExtensionCaseInsensitively() {
        assertThat(Formats.forPath(Path.of("dir/党员.CSV")).name()).isEqualTo("csv");
        assertThat(Formats.forPath(Path.of("a.ndjson")).name()).isEqualTo("jsonl");
        assertThat(Formats.forPath(Path.of("a.json")).name()).isEqualTo("json");
    }

    @Test
    void unknownNameListsTheAvailableOnes() {
        assertThatThrownBy(() -> Formats.forName("dbf"))
                .isInstanceOf(PluginNotFoundException.class).hasMessageContaining("csv").hasMessageContaining("jsonl");
    }

    @Test
    void unknownExtensionIsAClearError() {
        assertThatThrownBy(() -> Formats.forPath(Path.of("a.dbf")))
                .isInstanceOf(PluginException.class).hasMessageContaining("a.dbf").hasMessageContaining("csv");
    }

    @Test
    void recordKindsAreFoundByKeyLabelOrConstant() {
        assertThat(RecordKind.fromName("party_members")).contains(RecordKind.PARTY_MEMBERS);
        assertThat(RecordKind.fromName("党员")).contains(RecordKind.PARTY_MEMBERS);
        assertThat(RecordKind.fromName("STATIONED-UNITS")).contains(RecordKind.STATIONED_UNITS);
        assertThat(RecordKind.fromName("Sheet1")).isEmpty();
    }
}
