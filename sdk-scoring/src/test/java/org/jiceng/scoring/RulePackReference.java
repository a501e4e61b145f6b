package org.jiceng.scoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes the rule-pack reference (docs/rule-pack.md) from the JSON Schema shipped in the jar: one
 * table per kind of object, then the value types. {@link RulePackReferenceTest} keeps the committed
 * file equal to what this writes.
 */
final class RulePackReference {

    private RulePackReference() {
    }

    /**
     * @param schemaText the schema
     * @return the Markdown reference
     */
    static String markdown(String schemaText) {
        JsonNode schema;
        try {
            schema = new ObjectMapper().readTree(schemaText);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JsonNode defs = schema.get("$defs");
        StringBuilder out = new StringBuilder();
        out.append("# Rule pack reference\n\n")
                .append("<!-- Generated from sdk-scoring/src/main/resources").append(RulePackSchemaTest.SCHEMA)
                .append(" by RulePackReference (sdk-scoring tests); do not edit. Regenerate with\n")
                .append("     mvn -B -pl sdk-scoring -am test -Dtest=RulePackReferenceTest -Dsurefire.failIfNoSpecifiedTests=false -Djiceng.docs.write=true -->\n\n")
                .append(schema.get("description").asText()).append("\n\n")
                .append("The JSON Schema (draft 2020-12) is in the `jiceng-sdk-scoring` jar at `")
                .append(RulePackSchemaTest.SCHEMA.substring(1)).append("`. Editors validate a pack against it when the ")
                .append("pack names it, e.g. `\"$schema\": \"./rule-pack.schema.json\"` beside a copy of the file (the loader ")
                .append("ignores `$schema`). Every object also accepts the notes `note`, `$comment` and `assumption`, ")
                .append("which do not change scoring.\n\n");
        out.append("## Rule set\n\nThe top-level object.\n\n");
        table(out, schema, defs, Set.of("region", "effective"));
        List<String> values = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = defs.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> def = it.next();
            if (!def.getValue().has("properties")) {
                values.add(def.getKey());
                continue;
            }
            out.append("## ").append(def.getKey()).append("\n\n").append(def.getValue().get("description").asText())
                    .append("\n\n");
            table(out, def.getValue(), defs, Set.of());
        }
        out.append("## Value types\n\n");
        for (String name : values) {
            out.append("### ").append(name).append("\n\n").append(defs.get(name).get("description").asText()).append("\n\n");
        }
        return out.toString();
    }

    private static final Set<String> NOTES = Set.of("note", "$comment", "assumption");

    private static void table(StringBuilder out, JsonNode object, JsonNode defs, Set<String> requiredWithoutParent) {
        Set<String> required = new HashSet<>();
        object.path("required").forEach(r -> required.add(r.asText()));
        out.append("| Field | Type | Required | Description |\n|---|---|---|---|\n");
        for (Iterator<Map.Entry<String, JsonNode>> it = object.get("properties").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> p = it.next();
            JsonNode node = p.getValue();
            // The notes are described once, above; the parameter's own assumption is a field.
            if (NOTES.contains(p.getKey()) && !node.has("type")) {
                continue;
            }
            String need = required.contains(p.getKey()) ? "yes"
                    : requiredWithoutParent.contains(p.getKey()) ? "unless `extends`" : "no";
            out.append("| `").append(p.getKey()).append("` | ").append(type(node, defs)).append(" | ").append(need)
                    .append(" | ").append(cell(description(node, defs))).append(" |\n");
        }
        out.append('\n');
    }

    private static String description(JsonNode node, JsonNode defs) {
        if (node.has("description")) {
            return node.get("description").asText();
        }
        return node.has("$ref") ? defs.get(refName(node)).path("description").asText("") : "";
    }

    private static String refName(JsonNode node) {
        return node.get("$ref").asText().substring("#/$defs/".length());
    }

    private static String type(JsonNode node, JsonNode defs) {
        if (node.has("$ref")) {
            String name = refName(node);
            return "[" + name + "](#" + name.toLowerCase(Locale.ROOT) + ")";
        }
        if (node.has("anyOf")) {
            List<String> parts = new ArrayList<>();
            node.get("anyOf").forEach(n -> parts.add(type(n, defs)));
            return String.join(" or ", parts);
        }
        List<String> types = new ArrayList<>();
        JsonNode t = node.path("type");
        if (t.isArray()) {
            t.forEach(x -> types.add(x.asText()));
        } else if (t.isTextual()) {
            types.add(t.asText());
        }
        List<String> shown = new ArrayList<>();
        for (String name : types) {
            if (name.equals("array") && node.has("items")) {
                shown.add("array of " + type(node.get("items"), defs));
            } else if (name.equals("object") && node.path("additionalProperties").isObject()) {
                shown.add("object of " + type(node.get("additionalProperties"), defs));
            } else {
                shown.add(name);
            }
        }
        return shown.isEmpty() ? "any" : String.join(" or ", shown);
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
