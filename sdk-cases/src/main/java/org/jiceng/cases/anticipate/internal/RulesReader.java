package org.jiceng.cases.anticipate.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jiceng.cases.anticipate.AnticipationRules;
import org.jiceng.cases.anticipate.AnticipationRulesException;
import org.jiceng.cases.anticipate.DetectorSettings;
import org.jspecify.annotations.Nullable;

/** Strict reader of anticipation rule-set JSON. Not API. */
public final class RulesReader {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final Set<String> NOTES = Set.of("note", "$comment");
    private static final Set<String> TOP = Set.of("id", "version", "description", "alpha", "detectors");

    private final String source;

    /** @param source file or resource name for messages */
    public RulesReader(String source) {
        this.source = source;
    }

    /**
     * @param json the text
     * @return the rule set
     */
    public AnticipationRules read(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "$"
                    : "$ (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
            throw error(where, "not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw error("$", "an anticipation rule set must be a JSON object", null);
        }
        allowOnly(root, "$", TOP);
        String id = text(root, "id");
        String version = text(root, "version");
        JsonNode description = root.get("description");
        if (description != null && !description.isTextual()) {
            throw error("$.description", "expected a string, found " + describe(description), null);
        }
        BigDecimal alpha = number(root.get("alpha"), "$.alpha");
        if (alpha.signum() <= 0 || alpha.compareTo(BigDecimal.ONE) >= 0) {
            throw error("$.alpha", "expected a probability strictly between 0 and 1, was " + alpha.toPlainString(), null);
        }
        JsonNode detectors = root.get("detectors");
        if (detectors == null || !detectors.isObject() || detectors.isEmpty()) {
            throw error("$.detectors", "expected an object naming at least one detector, found "
                    + describe(detectors), null);
        }
        Map<String, DetectorSettings> settings = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : detectors.properties()) {
            settings.put(e.getKey(), detector(e.getKey(), e.getValue()));
        }
        return new AnticipationRules(id, version, description == null ? "" : description.asText(),
                alpha.doubleValue(), settings, source);
    }

    private DetectorSettings detector(String name, JsonNode n) {
        String path = "$.detectors." + name;
        if (name.isBlank()) {
            throw error(path, "a detector name must not be blank", null);
        }
        if (!n.isObject()) {
            throw error(path, "expected an object of parameters, found " + describe(n), null);
        }
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : n.properties()) {
            if (NOTES.contains(e.getKey())) {
                continue;
            }
            values.put(e.getKey(), number(e.getValue(), path + "." + e.getKey()));
        }
        return new DetectorSettings(name, source, values);
    }

    private void allowOnly(JsonNode n, String path, Set<String> allowed) {
        for (Iterator<String> it = n.fieldNames(); it.hasNext();) {
            String name = it.next();
            if (!allowed.contains(name) && !NOTES.contains(name)) {
                throw error(path + "." + name, "unknown field '" + name + "'; allowed: " + new TreeSet<>(allowed)
                        + " (plus notes: note, $comment)", null);
            }
        }
    }

    private String text(JsonNode root, String name) {
        JsonNode v = root.get(name);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw error("$." + name, "expected a non-blank string, found " + describe(v), null);
        }
        return v.asText();
    }

    private BigDecimal number(JsonNode v, String path) {
        if (v == null || !v.isNumber()) {
            throw error(path, "expected a number, found " + describe(v), null);
        }
        return v.decimalValue();
    }

    private static String describe(JsonNode v) {
        if (v == null || v.isMissingNode()) {
            return "nothing";
        }
        return v.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + " " + v;
    }

    private AnticipationRulesException error(String path, String problem, @Nullable Throwable cause) {
        return new AnticipationRulesException(source, path, problem, cause);
    }
}
