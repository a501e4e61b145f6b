package org.jiceng.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jiceng.core.model.Event;
import org.jiceng.core.model.Person;
import org.jiceng.io.Formats;
import org.jiceng.io.ImportException;
import org.jiceng.io.ImportOptions;
import org.jiceng.io.Importer;
import org.jiceng.io.IoLimits;
import org.jiceng.io.report.ImportResult;
import org.jiceng.io.spi.ImportSource;
import org.junit.jupiter.api.Test;

class JsonFormatTest {

    static ImportResult read(String format, String name, String text, ImportOptions options) {
        return Importer.of(Formats.forName(format), options)
                .read(ImportSource.of(name, text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsAnArrayOfRecordsWhoseKindComesFromTheFileName() {
        ImportResult r = read("json", "persons.json", "[{\"id\":\"p1\",\"name\":\"张三\"},{\"id\":\"p2\",\"姓名\":\"李四\"}]",
                ImportOptions.defaults());
        assertThat(r.dataset().persons()).extracting(Person::name).containsExactly("张三", "李四");
    }

    @Test
    void readsADatasetDocumentWithEnglishOrChineseSectionsAndSkipsMetadata() {
        ImportResult r = read("json", "d.json", "{\"@version\":{\"x\":[1]},\"persons\":[{\"id\":\"p1\",\"name\":\"张三\"}],"
                + "\"党员\":[{\"personId\":\"p1\",\"status\":\"正式\"}]}", ImportOptions.defaults());
        assertThat(r.dataset().persons()).hasSize(1);
        assertThat(r.dataset().partyMembers()).hasSize(1);
        assertThat(r.report().errors()).isEmpty();
    }

    @Test
    void acceptsArraysAndObjectsOfScalarsForListAndMapFields() {
        ImportResult r = read("json", "events.json", "[{\"id\":\"e1\",\"type\":\"t\",\"subjectId\":\"p1\","
                + "\"time\":\"2024-05-01T08:00:00Z\",\"quantity\":2.5,\"attributes\":{\"topic\":\"a;b\",\"n\":3}}]",
                ImportOptions.defaults());
        Event e = r.dataset().events().get(0);
        assertThat(e.attributes()).isEqualTo(Map.of("topic", "a;b", "n", "3"));
        assertThat(e.quantity()).isEqualByComparingTo("2.5");
    }

    @Test
    void deeplyNestedValueRejectsOnlyItsRowAndKeepsTheParserInStep() {
        ImportResult r = read("json", "persons.json", "[{\"id\":\"p1\",\"name\":[[\"x\"],\"y\"],\"phone\":\"1\"},"
                + "{\"id\":\"p2\",\"name\":\"李四\"}]", ImportOptions.defaults().withValidation(false));
        assertThat(r.report().rejected()).isEqualTo(1);
        assertThat(r.report().errors().get(0).column()).contains("name");
        assertThat(r.dataset().persons()).extracting(Person::id).containsExactly("p2");
    }

    @Test
    void missingRequiredKeyRejectsTheRowNotTheFile() {
        ImportResult r = read("json", "persons.json", "[{\"id\":\"p1\"},{\"id\":\"p2\",\"name\":\"李四\"}]",
                ImportOptions.defaults());
        assertThat(r.report().rejected()).isEqualTo(1);
        assertThat(r.report().errors().get(0).constraint()).isEqualTo("required");
        assertThat(r.report().errors().get(0).location().row()).isEqualTo(1);
    }

    @Test
    void unknownSectionAndBrokenJsonAreImportErrors() {
        assertThatThrownBy(() -> read("json", "d.json", "{\"people\":[]}", ImportOptions.defaults()))
                .isInstanceOfSatisfying(ImportException.class,
                        e -> assertThat(e.kind()).isEqualTo(ImportException.Kind.UNMAPPABLE));
        assertThatThrownBy(() -> read("json", "persons.json", "[{\"id\":\"p1\",", ImportOptions.defaults()))
                .isInstanceOfSatisfying(ImportException.class,
                        e -> assertThat(e.kind()).isEqualTo(ImportException.Kind.MALFORMED));
    }

    @Test
    void nestingBeyondTheLimitIsALimitError() {
        String deep = "[".repeat(200) + "]".repeat(200);
        assertThatThrownBy(() -> read("json", "persons.json", deep, ImportOptions.defaults()))
                .isInstanceOfSatisfying(ImportException.class,
                        e -> assertThat(e.kind()).isEqualTo(ImportException.Kind.LIMIT_EXCEEDED));
    }

    @Test
    void jsonLinesRejectsABrokenLineAndGoesOn() {
        ImportResult r = read("jsonl", "x.jsonl", "{\"@kind\":\"persons\",\"id\":\"p1\",\"name\":\"张三\"}\n"
                + "{\"@kind\":\"persons\",\"id\":\n\n{\"@kind\":\"党员\",\"personId\":\"p1\",\"status\":\"FULL\"}\n",
                ImportOptions.defaults());
        assertThat(r.report().read()).isEqualTo(3);
        assertThat(r.report().rejected()).isEqualTo(1);
        assertThat(r.report().errors().get(0).constraint()).isEqualTo("syntax");
        assertThat(r.report().errors().get(0).location().line()).isEqualTo(2);
        assertThat(r.dataset().persons()).hasSize(1);
        assertThat(r.dataset().partyMembers()).hasSize(1);
    }

    @Test
    void jsonLinesLongLineIsALimitError() {
        String line = "{\"id\":\"" + "x".repeat(2000) + "\"}\n";
        assertThatThrownBy(() -> read("jsonl", "persons.jsonl", line,
                ImportOptions.defaults().withLimits(IoLimits.defaults().withMaxRowChars(1000))))
                .isInstanceOfSatisfying(ImportException.class,
                        e -> assertThat(e.kind()).isEqualTo(ImportException.Kind.LIMIT_EXCEEDED));
    }
}
