package org.jiceng.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jiceng.scoring.internal.BuiltInRuleSetProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rule-pack JSON Schema shipped in the jar agrees with the loader: every built-in pack passes
 * both, each broken pack below fails both, and each unusual but valid pack passes both.
 */
class RulePackSchemaTest {

    /** Where the schema is in the jar. */
    static final String SCHEMA = "/org/jiceng/scoring/rule-pack.schema.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Schema VALIDATOR = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(resource(SCHEMA), InputFormat.JSON);

    static String resource(String name) {
        try (InputStream in = RulePackSchemaTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode pack(String id) {
        try {
            return (ObjectNode) JSON.readTree(resource("/org/jiceng/scoring/packs/" + id + ".json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Error> schemaErrors(JsonNode pack) {
        return VALIDATOR.validate(pack.toString(), InputFormat.JSON);
    }

    static Stream<String> builtInPacks() {
        return BuiltInRuleSetProvider.IDS.stream().sorted();
    }

    @ParameterizedTest
    @MethodSource("builtInPacks")
    void everyBuiltInPackFollowsTheSchema(String id) {
        assertThat(schemaErrors(pack(id))).isEmpty();
    }

    @Test
    void theSchemaIsADraft202012Schema() throws IOException {
        assertThat(JSON.readTree(resource(SCHEMA)).get("$schema").asText())
                .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    }

    private static ObjectNode rule(ObjectNode pack, int i) {
        return (ObjectNode) pack.get("rules").get(i);
    }

    private static ObjectNode parameter(ObjectNode pack, String name) {
        return (ObjectNode) pack.get("parameters").get(name);
    }

    private static ArrayNode bands(ObjectNode pack) {
        return (ArrayNode) pack.get("bandings").elements().next().get("bands");
    }

    private static Arguments broken(String why, String base, Consumer<ObjectNode> edit) {
        return Arguments.of(why, base, edit);
    }

    static Stream<Arguments> brokenPacks() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        return Stream.of(
                broken("an unknown field at the top", "party-member-points", p -> p.put("rule", "x")),
                broken("an unknown field in a rule", "party-member-points", p -> rule(p, 0).put("amout", 2)),
                broken("no id", "party-member-points", p -> p.remove("id")),
                broken("a blank id", "party-member-points", p -> p.put("id", "   ")),
                broken("no region and no parent", "party-member-points", p -> p.remove("region")),
                broken("no effective dates and no parent", "party-member-points", p -> p.remove("effective")),
                broken("a null region in an extending pack", "guandu-party-member-points", p -> p.putNull("region")),
                broken("a date that is not yyyy-MM-dd", "party-member-points",
                        p -> ((ObjectNode) p.get("effective")).put("from", "1/1/2024")),
                broken("a rule without an event type", "party-member-points", p -> rule(p, 0).remove("eventType")),
                broken("a rule without an amount", "party-member-points", p -> rule(p, 0).remove("amount")),
                broken("two kinds of amount", "party-member-points",
                        p -> ((ObjectNode) rule(p, 0).get("amount")).put("perUnit", 1)),
                broken("an empty amount", "party-member-points", p -> rule(p, 0).putObject("amount")),
                broken("a negative amount", "party-member-points", p -> rule(p, 0).putObject("amount").put("fixed", -2)),
                broken("a negative amount as text", "party-member-points",
                        p -> rule(p, 0).putObject("amount").put("fixed", "-2")),
                broken("an amount that is not a number", "party-member-points",
                        p -> rule(p, 0).putObject("amount").put("fixed", "two")),
                broken("a parameter reference without a name", "party-member-points",
                        p -> rule(p, 0).putObject("amount").put("fixed", "$")),
                broken("a cap period that does not exist", "party-member-points",
                        p -> ((ObjectNode) rule(p, 0).get("cap")).put("period", "FORTNIGHT")),
                broken("a cap without a maximum", "party-member-points", p -> ((ObjectNode) rule(p, 0).get("cap")).remove("max")),
                broken("multipliers that are not a list", "party-member-points", p -> rule(p, 0).putNull("multipliers")),
                broken("a multiplier without a factor", "party-member-points",
                        p -> ((ObjectNode) rule(p, 0).get("multipliers").get(0)).remove("factor")),
                broken("a condition value that is not text", "party-member-points",
                        p -> rule(p, 0).putObject("when").put("meeting", 1)),
                broken("an expiry that is not an ISO period", "party-member-points", p -> rule(p, 1).put("expiresAfter", "one year")),
                broken("an expiry of no length", "party-member-points", p -> rule(p, 1).put("expiresAfter", "P")),
                broken("deduction given as text", "party-member-points", p -> rule(p, 0).put("deduction", "yes")),
                broken("a parameter without values", "party-member-points", p -> parameter(p, "meeting.points").remove("values")),
                broken("a parameter with no dated value", "party-member-points",
                        p -> parameter(p, "meeting.points").putObject("values")),
                broken("a parameter value on a day that is not a date", "party-member-points",
                        p -> parameter(p, "meeting.points").putObject("values").put("from 2024", 2)),
                broken("a parameter without a policy reference", "party-member-points",
                        p -> parameter(p, "meeting.points").remove("policyRef")),
                broken("rules that are not a list", "party-member-points", p -> p.set("rules", f.objectNode())),
                broken("a band with both from and above", "xishan-trainee-credits",
                        p -> ((ObjectNode) bands(p).get(1)).put("above", 1)),
                broken("a later band without from or above", "xishan-trainee-credits", p -> {
                    ObjectNode band = (ObjectNode) bands(p).get(1);
                    band.remove("from");
                    band.remove("above");
                }),
                broken("a band without a key", "xishan-trainee-credits", p -> ((ObjectNode) bands(p).get(0)).remove("key")),
                broken("an index policy that does not exist", "guandu-quality-index",
                        p -> ((ObjectNode) p.get("index")).put("missingPolicy", "IGNORE")),
                broken("an index category without a weight", "guandu-quality-index",
                        p -> ((ObjectNode) p.get("index").get("categories").get(0)).remove("weight")),
                broken("a schema reference that is not text", "party-member-points", p -> p.put("$schema", 7)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenPacks")
    void aBrokenPackFailsTheSchemaAndTheLoader(String why, String base, Consumer<ObjectNode> edit) {
        ObjectNode pack = pack(base);
        edit.accept(pack);
        assertThat(schemaErrors(pack)).as("schema errors for %s", why).isNotEmpty();
        assertThatThrownBy(() -> RuleSets.parse(pack.toString(), why)).as(why).isInstanceOf(RuleSetLoadException.class);
    }

    static Stream<Arguments> unusualValidPacks() {
        return Stream.of(
                broken("a $schema reference for editors", "party-member-points",
                        p -> p.put("$schema", "https://example.invalid/rule-pack.schema.json")),
                broken("a period in lower case", "party-member-points", p -> ((ObjectNode) rule(p, 0).get("cap")).put("period", "month")),
                broken("numbers as text", "party-member-points", p -> parameter(p, "meeting.points").putObject("values")
                        .put("2024-01-01", " 2.50 ")),
                broken("a literal amount", "party-member-points", p -> rule(p, 0).putObject("amount").put("fixed", 2.5)),
                broken("notes in nested objects", "party-member-points", p -> {
                    ((ObjectNode) rule(p, 0).get("amount")).put("note", "per meeting");
                    ((ObjectNode) rule(p, 0).get("cap")).put("$comment", "monthly");
                    ((ObjectNode) p.get("effective")).put("assumption", "open-ended");
                }),
                broken("nulls for optional fields", "party-member-points", p -> {
                    rule(p, 0).putNull("description");
                    rule(p, 0).putNull("when");
                    rule(p, 0).putNull("deduction");
                    rule(p, 0).putNull("expiresAfter");
                    p.putNull("extends");
                }),
                broken("an extending pack without region and dates", "guandu-party-member-points", p -> {
                    p.remove("region");
                    p.remove("effective");
                }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unusualValidPacks")
    void anUnusualButValidPackPassesTheSchemaAndTheLoader(String why, String base, Consumer<ObjectNode> edit) {
        ObjectNode pack = pack(base);
        edit.accept(pack);
        assertThat(schemaErrors(pack)).as("schema errors for %s", why).isEmpty();
        assertThatCode(() -> RuleSets.parse(pack.toString(), why)).as(why).doesNotThrowAnyException();
    }
}
