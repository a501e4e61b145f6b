package org.jiceng.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/rule-pack.md is what {@link RulePackReference} writes from the shipped schema. */
class RulePackReferenceTest {

    /** The committed reference, from the module directory the tests run in. */
    static final Path DOC = Path.of("..", "docs", "rule-pack.md");

    @Test
    void theCommittedReferenceIsTheOneGeneratedFromTheSchema() throws IOException {
        String generated = RulePackReference.markdown(RulePackSchemaTest.resource(RulePackSchemaTest.SCHEMA));
        if (Boolean.getBoolean("jiceng.docs.write")) {
            Files.createDirectories(DOC.getParent());
            Files.writeString(DOC, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(DOC, StandardCharsets.UTF_8))
                .as("docs/rule-pack.md is stale: regenerate it with -Djiceng.docs.write=true (see its first lines)")
                .isEqualTo(generated);
    }

    @Test
    void theReferenceHasATableForEveryKindOfObjectAndTheirFields() {
        String doc = RulePackReference.markdown(RulePackSchemaTest.resource(RulePackSchemaTest.SCHEMA));
        assertThat(doc).contains("## rule\n", "## parameter\n", "## banding\n", "## index\n", "### magnitude\n",
                "| `eventType` | [nonBlank](#nonblank) | yes |", "| `region` | [nonBlank](#nonblank) | unless `extends` |",
                "| `multipliers` | array of [multiplier](#multiplier) | no |");
    }
}
