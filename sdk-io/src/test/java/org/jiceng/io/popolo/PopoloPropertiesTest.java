package org.jiceng.io.popolo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.jiceng.core.model.Dataset;
import org.jiceng.core.model.Person;
import org.jiceng.io.TextMutations;
import org.jiceng.io.geojson.Collected;
import org.jiceng.io.geojson.internal.JsonDocumentException;

class PopoloPropertiesTest {

    @Provide
    Arbitrary<Dataset> datasets() {
        return PopoloArbitraries.datasets();
    }

    @Property
    void unmaskedRoundTripIsLossless(@ForAll("datasets") Dataset original) {
        Collected rows = Collected.all();
        Dataset back = PopoloTest.read(PopoloTest.write(PopoloWriter.unmasked(), original), rows);

        assertThat(rows.rejected).isEmpty();
        assertThat(back).isEqualTo(original);
    }

    @Property
    void maskedRoundTripReadsBackTheMaskedNumbers(@ForAll("datasets") Dataset original) {
        Dataset back = PopoloTest.read(PopoloTest.write(PopoloWriter.masked(), original), Collected.all());

        Dataset expected = Dataset.builder()
                .addAll(original.persons().stream().map(p -> new Person(p.id(), p.name(), p.maskedIdNumber(),
                        p.maskedPhone(), p.homeAreaId())).toList())
                .addAll(original.partyMembers()).addAll(original.organizations()).addAll(original.memberships())
                .addAll(original.posts()).addAll(original.areas()).build();
        assertThat(back).isEqualTo(expected);
    }

    @Property
    void exportIsDeterministic(@ForAll("datasets") Dataset dataset) {
        assertThat(PopoloTest.write(PopoloWriter.masked(), dataset))
                .isEqualTo(PopoloTest.write(PopoloWriter.masked(), dataset));
    }

    @Property
    void randomBytesOnlyEverFailWithTheDocumentError(@ForAll @Size(max = 300) byte[] bytes) {
        assertOnlyDocumentErrorAndTotalsAddUp(bytes);
    }

    @Property
    void mutatedDocumentsOnlyEverFailWithTheDocumentError(@ForAll("datasets") Dataset dataset, @ForAll long seed) {
        String text = new String(PopoloTest.write(PopoloWriter.unmasked(), dataset), StandardCharsets.UTF_8);
        Random random = new Random(seed);
        String[] tokens = {"null", "-1", "\"\"", "[]", "{}", "\"2020-02-30\"", "\"x\"", "true", "\"9999\""};
        String mutated = TextMutations.mutate(text, random, tokens);
        assertOnlyDocumentErrorAndTotalsAddUp(mutated.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertOnlyDocumentErrorAndTotalsAddUp(byte[] bytes) {
        Collected rows = Collected.all();
        try {
            Dataset d = PopoloTest.read(bytes, rows);
            assertThat(d.size() - d.partyMembers().size()).isEqualTo(rows.accepted.size());
            rows.rejected.values().forEach(problems -> assertThat(problems).isNotEmpty());
        } catch (JsonDocumentException expected) {
            assertThat(expected.messageZh()).isNotBlank();
        }
    }
}
