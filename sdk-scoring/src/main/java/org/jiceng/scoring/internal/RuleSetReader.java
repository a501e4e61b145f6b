package org.jiceng.scoring.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.jiceng.core.model.DateRange;
import org.jiceng.scoring.Amount;
import org.jiceng.scoring.Band;
import org.jiceng.scoring.Banding;
import org.jiceng.scoring.Cap;
import org.jiceng.scoring.CompositeIndex;
import org.jiceng.scoring.DatedValue;
import org.jiceng.scoring.IndexCategory;
import org.jiceng.scoring.IndexIndicator;
import org.jiceng.scoring.MissingIndicatorPolicy;
import org.jiceng.scoring.Multiplier;
import org.jiceng.scoring.Parameter;
import org.jiceng.scoring.PeriodUnit;
import org.jiceng.scoring.Points;
import org.jiceng.scoring.Rule;
import org.jiceng.scoring.RuleSet;
import org.jiceng.scoring.RuleSetLoadException;
import org.jiceng.scoring.ValueRef;
import org.jspecify.annotations.Nullable;

/**
 * Reads rule-set JSON into a {@link RuleSet}, validating every field and reporting the source, the
 * JSON path and the problem. A document with {@code "extends"} is merged onto its parent: a rule,
 * parameter, banding or index that exists in the parent may only be replaced with
 * {@code "overrides": true}, and {@code "overrides": true} on something the parent lacks is an error too.
 */
public final class RuleSetReader {

    /** Fields allowed anywhere for human notes; they do not change scoring or the hash. */
    private static final Set<String> NOTES = Set.of("assumption", "note", "$comment");

    /**
     * Longest number a rule file may hold, in characters, as a JSON number or as text. Points are
     * hundredths in a {@code long} (19 digits), so 64 leaves room for zeros and an exponent while a
     * hostile number cannot cost more than microseconds; exponents are bounded separately by
     * {@link Points#of}, which rejects values out of range before any arithmetic.
     */
    public static final int MAX_NUMBER_CHARS = 64;

    /**
     * Reads rule files: numbers as exact decimals (never through {@code double}), at most
     * {@link #MAX_NUMBER_CHARS} characters long, and a key repeated in one object is an error (last-wins
     * would let a second {@code "amount"} silently replace the first).
     */
    private static final ObjectMapper READER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNumberLength(MAX_NUMBER_CHARS).build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private final String source;
    private final Function<String, RuleSet> parents;

    /**
     * @param source file or resource name used in errors
     * @param parents resolves a parent rule set id (throws when unknown)
     */
    public RuleSetReader(String source, Function<String, RuleSet> parents) {
        this.source = source;
        this.parents = parents;
    }

    /**
     * @param json the document text
     * @return the rule set, merged onto its parent when it extends one
     * @throws RuleSetLoadException naming the source, JSON path and problem
     */
    public RuleSet read(String json) {
        JsonNode root;
        JsonParser parser = null;
        try {
            parser = READER.createParser(json);
            root = READER.readTree(parser);
        } catch (JsonProcessingException e) {
            throw new RuleSetLoadException(source, where(parser, e), "not valid JSON: " + firstLine(e.getOriginalMessage()), e);
        } catch (NumberFormatException e) {
            // Jackson reports an exponent beyond the int range this way, not as a parse error.
            throw new RuleSetLoadException(source, where(parser, null), "not a usable number: " + firstLine(e.getMessage()), e);
        } catch (IOException e) {
            throw new RuleSetLoadException(source, "$", "cannot read the JSON text: " + e, e);
        } finally {
            if (parser != null) {
                try {
                    parser.close();
                } catch (IOException e) {
                    // Reading from a String: closing releases buffers only and cannot fail on I/O.
                    throw new IllegalStateException("closing a parser over a string failed", e);
                }
            }
        }
        if (root == null || !root.isObject()) {
            throw error("$", "a rule set must be a JSON object");
        }
        return read(root);
    }

    /**
     * Where the parser stopped: the JSON path of the value being read when the problem is in a value
     * (a number too long or with an unusable exponent, a repeated key), else {@code $}; then line and
     * column when known.
     */
    private static String where(@Nullable JsonParser parser, @Nullable JsonProcessingException e) {
        boolean inValue = e == null || e.getLocation() == null || String.valueOf(e.getOriginalMessage()).startsWith("Duplicate field");
        String path = parser != null && inValue ? path(parser.getParsingContext()) : "$";
        com.fasterxml.jackson.core.JsonLocation loc = e != null && e.getLocation() != null ? e.getLocation()
                : parser == null ? null : parser.currentLocation();
        return loc == null || loc.getLineNr() < 0 ? path
                : path + " (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")";
    }

    /** Jackson's message without the source excerpt it appends; Jackson bounds the token text it quotes. */
    private static String firstLine(@Nullable String message) {
        String line = message == null ? "" : asciiDigits(message.lines().findFirst().orElse(""));
        return line.length() <= 300 ? line : line.substring(0, 300) + "…";
    }

    /**
     * Jackson formats the numbers in its limit messages with the default locale (Arabic-Indic digits
     * under ar-EG); the message must not depend on it, so other decimal digits become ASCII ones.
     */
    private static String asciiDigits(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > '9' && Character.isDigit(c)) {
                if (out == null) {
                    out = new StringBuilder(text);
                }
                out.setCharAt(i, (char) ('0' + Character.digit(c, 10)));
            }
        }
        return out == null ? text : out.toString();
    }

    private static String path(JsonStreamContext context) {
        java.util.ArrayDeque<String> parts = new java.util.ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.push("[" + Math.max(0, c.getCurrentIndex()) + "]");
            } else if (c.getCurrentName() != null) {
                parts.push(c.getCurrentName().matches("[A-Za-z_$][A-Za-z0-9_$]*") ? "." + c.getCurrentName()
                        : "['" + shown(c.getCurrentName()) + "']");
            }
        }
        return "$" + String.join("", parts);
    }

    private static String shown(String value) {
        return Texts.shown(value);
    }

    private RuleSet read(JsonNode root) {
        // "$schema" names the JSON Schema for editors (org/jiceng/scoring/rule-pack.schema.json); not read.
        allowOnly(root, "$", "$schema", "id", "region", "version", "description", "policyRef", "effective", "extends",
                "mergedFrom", "parameters", "rules", "bandings", "index", "eventTypes");
        if (root.has("$schema") && !root.get("$schema").isTextual()) {
            throw error("$['$schema']", "expected a string (the schema's location), found " + describe(root.get("$schema")));
        }
        String id = text(root, "$", "id");
        Optional<RuleSet> parent = optText(root, "$", "extends").map(p -> resolveParent(p));
        String region = parent.isPresent() && !root.has("region") ? parent.get().region() : text(root, "$", "region");
        String version = text(root, "$", "version");
        DateRange effective = parent.isPresent() && !root.has("effective")
                ? parent.get().effective() : range(field(root, "$", "effective"), "$.effective");
        RuleSet.Builder b = RuleSet.builder(id, region, version, effective);
        if (parent.isPresent()) {
            RuleSet p = parent.get();
            p.parameters().values().forEach(b::parameter);
            p.rules().forEach(b::rule);
            p.bandings().values().forEach(b::banding);
            p.index().ifPresent(b::index);
            p.eventTypes().forEach(b::eventType);
            b.parentId(p.id());
        } else {
            optText(root, "$", "mergedFrom").ifPresent(b::parentId);
        }
        b.description(optText(root, "$", "description").orElse(""));
        b.policyRef(optText(root, "$", "policyRef").orElse(parent.map(RuleSet::policyRef).orElse("")));
        strings(root.get("eventTypes"), "$.eventTypes").forEach(b::eventType);

        JsonNode params = root.get("parameters");
        if (params != null) {
            requireObject(params, "$.parameters");
            for (Iterator<Map.Entry<String, JsonNode>> it = params.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                String path = "$.parameters['" + e.getKey() + "']";
                Parameter p = parameter(e.getKey(), e.getValue(), path);
                boolean inParent = parent.map(pr -> pr.parameters().containsKey(p.name())).orElse(false);
                checkOverride(p.overrides(), inParent, path, "parameter '" + p.name() + "'");
                b.parameter(p);
            }
        }
        JsonNode rules = root.get("rules");
        if (rules != null) {
            requireArray(rules, "$.rules");
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < rules.size(); i++) {
                String path = "$.rules[" + i + "]";
                Rule r = rule(rules.get(i), path);
                if (!seen.add(r.id())) {
                    throw error(path + ".id", "two rules with id '" + r.id() + "' in this rule set");
                }
                boolean inParent = parent.map(pr -> pr.rule(r.id()).isPresent()).orElse(false);
                checkOverride(r.overrides(), inParent, path, "rule '" + r.id() + "'");
                if (inParent) {
                    b.replaceRule(r);
                } else {
                    b.rule(r);
                }
            }
        }
        JsonNode bandings = root.get("bandings");
        if (bandings != null) {
            requireObject(bandings, "$.bandings");
            for (Iterator<Map.Entry<String, JsonNode>> it = bandings.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                String path = "$.bandings['" + e.getKey() + "']";
                boolean overrides = bool(e.getValue(), path, "overrides");
                boolean inParent = parent.map(pr -> pr.bandings().containsKey(e.getKey())).orElse(false);
                checkOverride(overrides, inParent, path, "banding '" + e.getKey() + "'");
                b.banding(banding(e.getKey(), e.getValue(), path));
            }
        }
        JsonNode index = root.get("index");
        if (index != null) {
            boolean overrides = bool(index, "$.index", "overrides");
            checkOverride(overrides, parent.map(pr -> pr.index().isPresent()).orElse(false), "$.index", "index");
            b.index(index(index, "$.index"));
        }
        try {
            return b.build();
        } catch (IllegalArgumentException e) {
            throw error("$", e.getMessage());
        }
    }

    private RuleSet resolveParent(String parentId) {
        try {
            return parents.apply(parentId);
        } catch (RuntimeException e) {
            throw new RuleSetLoadException(source, "$.extends", "cannot load parent rule set '" + parentId + "': "
                    + e.getMessage(), e);
        }
    }

    private void checkOverride(boolean overrides, boolean inParent, String path, String what) {
        if (inParent && !overrides) {
            throw error(path, what + " already exists in the parent rule set; mark it \"overrides\": true to replace it");
        }
        if (!inParent && overrides) {
            throw error(path, what + " is marked \"overrides\": true but the parent rule set has no such entry");
        }
    }

    private Parameter parameter(String name, JsonNode n, String path) {
        requireObject(n, path);
        allowOnly(n, path, "description", "policyRef", "values", "overrides");
        JsonNode values = field(n, path, "values");
        requireObject(values, path + ".values");
        List<DatedValue> dated = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = values.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            String vpath = path + ".values['" + e.getKey() + "']";
            dated.add(new DatedValue(date(e.getKey(), vpath), points(e.getValue(), vpath)));
        }
        if (dated.isEmpty()) {
            throw error(path + ".values", "a parameter needs at least one dated value, e.g. {\"2024-01-01\": 2}");
        }
        return new Parameter(name, optText(n, path, "description").orElse(""), text(n, path, "policyRef"),
                optText(n, path, "assumption"), dated, bool(n, path, "overrides"));
    }

    private Rule rule(JsonNode n, String path) {
        requireObject(n, path);
        allowOnly(n, path, "id", "version", "description", "eventType", "when", "amount", "deduction", "multipliers",
                "cap", "oncePer", "expiresAfter", "exclusiveGroup", "effective", "policyRef", "overrides");
        String id = text(n, path, "id");
        Rule.Builder b = Rule.builder(id, text(n, path, "eventType"), amount(field(n, path, "amount"), path + ".amount"));
        optText(n, path, "version").ifPresent(b::version);
        b.description(optText(n, path, "description").orElse(""));
        strings(n.get("when"), path + ".when").forEach(b::when);
        if (bool(n, path, "deduction")) {
            b.deduction();
        }
        JsonNode ms = n.get("multipliers");
        if (ms != null) {
            requireArray(ms, path + ".multipliers");
            for (int i = 0; i < ms.size(); i++) {
                String mpath = path + ".multipliers[" + i + "]";
                JsonNode m = ms.get(i);
                requireObject(m, mpath);
                allowOnly(m, mpath, "when", "factor");
                b.multiplier(new Multiplier(strings(m.get("when"), mpath + ".when"), ref(field(m, mpath, "factor"), mpath + ".factor")));
            }
        }
        JsonNode cap = n.get("cap");
        if (cap != null) {
            String cpath = path + ".cap";
            requireObject(cap, cpath);
            allowOnly(cap, cpath, "max", "period", "group");
            b.cap(new Cap(ref(field(cap, cpath, "max"), cpath + ".max"), period(field(cap, cpath, "period"), cpath + ".period"),
                    optText(cap, cpath, "group")));
        }
        if (n.has("oncePer")) {
            b.oncePer(period(n.get("oncePer"), path + ".oncePer"));
        }
        optText(n, path, "expiresAfter").ifPresent(text -> {
            try {
                b.expiresAfter(java.time.Period.parse(text));
            } catch (DateTimeParseException e) {
                throw new RuleSetLoadException(source, path + ".expiresAfter",
                        "'" + shown(text) + "' is not an ISO-8601 period such as P12M or P1Y", e);
            }
        });
        optText(n, path, "exclusiveGroup").ifPresent(b::exclusiveGroup);
        if (n.has("effective")) {
            b.effective(range(n.get("effective"), path + ".effective"));
        }
        b.policyRef(optText(n, path, "policyRef").orElse(""));
        if (bool(n, path, "overrides")) {
            b.overrides();
        }
        try {
            return b.build();
        } catch (IllegalArgumentException e) {
            throw error(path, e.getMessage());
        }
    }

    private Amount amount(JsonNode n, String path) {
        requireObject(n, path);
        allowOnly(n, path, "fixed", "perUnit", "tiers");
        int kinds = (n.has("fixed") ? 1 : 0) + (n.has("perUnit") ? 1 : 0) + (n.has("tiers") ? 1 : 0);
        if (kinds != 1) {
            throw error(path, "an amount needs exactly one of \"fixed\", \"perUnit\" or \"tiers\"");
        }
        if (n.has("fixed")) {
            return new Amount.Fixed(ref(n.get("fixed"), path + ".fixed"));
        }
        if (n.has("perUnit")) {
            return new Amount.PerUnit(ref(n.get("perUnit"), path + ".perUnit"));
        }
        JsonNode tiers = n.get("tiers");
        requireArray(tiers, path + ".tiers");
        List<Amount.Tier> list = new ArrayList<>();
        for (int i = 0; i < tiers.size(); i++) {
            String tpath = path + ".tiers[" + i + "]";
            JsonNode t = tiers.get(i);
            requireObject(t, tpath);
            allowOnly(t, tpath, "upTo", "points");
            Optional<Long> upTo = t.hasNonNull("upTo") ? Optional.of(points(t.get("upTo"), tpath + ".upTo")) : Optional.empty();
            list.add(new Amount.Tier(upTo, ref(field(t, tpath, "points"), tpath + ".points")));
        }
        try {
            return new Amount.Tiered(list);
        } catch (IllegalArgumentException e) {
            throw error(path + ".tiers", e.getMessage());
        }
    }

    private Banding banding(String name, JsonNode n, String path) {
        requireObject(n, path);
        allowOnly(n, path, "bands", "overrides", "name");
        JsonNode bands = field(n, path, "bands");
        requireArray(bands, path + ".bands");
        List<Band> list = new ArrayList<>();
        for (int i = 0; i < bands.size(); i++) {
            String bpath = path + ".bands[" + i + "]";
            JsonNode bn = bands.get(i);
            requireObject(bn, bpath);
            allowOnly(bn, bpath, "key", "label", "from", "above");
            if (bn.hasNonNull("from") && bn.hasNonNull("above")) {
                throw error(bpath, "give either \"from\" (inclusive) or \"above\" (exclusive), not both");
            }
            long from = bn.hasNonNull("from") ? points(bn.get("from"), bpath + ".from")
                    : bn.hasNonNull("above") ? above(bn.get("above"), bpath + ".above") : Long.MIN_VALUE;
            if (from == Long.MIN_VALUE && i > 0) {
                throw error(bpath, "only the first band may omit \"from\"/\"above\"");
            }
            String key = text(bn, bpath, "key");
            list.add(new Band(key, optText(bn, bpath, "label").orElse(key), from));
        }
        try {
            return new Banding(name, list);
        } catch (IllegalArgumentException e) {
            throw error(path, e.getMessage());
        }
    }

    private CompositeIndex index(JsonNode n, String path) {
        requireObject(n, path);
        allowOnly(n, path, "name", "missingPolicy", "grading", "categories", "overrides");
        String name = text(n, path, "name");
        MissingIndicatorPolicy policy = enumValue(MissingIndicatorPolicy.class, field(n, path, "missingPolicy"), path + ".missingPolicy");
        Optional<Banding> grading = Optional.empty();
        if (n.has("grading")) {
            JsonNode g = n.get("grading");
            grading = Optional.of(banding(optText(g, path + ".grading", "name").orElse(name), g, path + ".grading"));
        }
        JsonNode cats = field(n, path, "categories");
        requireArray(cats, path + ".categories");
        List<IndexCategory> categories = new ArrayList<>();
        for (int i = 0; i < cats.size(); i++) {
            String cpath = path + ".categories[" + i + "]";
            JsonNode c = cats.get(i);
            requireObject(c, cpath);
            allowOnly(c, cpath, "id", "label", "weight", "indicators");
            JsonNode inds = field(c, cpath, "indicators");
            requireArray(inds, cpath + ".indicators");
            List<IndexIndicator> indicators = new ArrayList<>();
            for (int j = 0; j < inds.size(); j++) {
                String ipath = cpath + ".indicators[" + j + "]";
                JsonNode in = inds.get(j);
                requireObject(in, ipath);
                allowOnly(in, ipath, "id", "label", "weight");
                try {
                    String id = text(in, ipath, "id");
                    indicators.add(new IndexIndicator(id, optText(in, ipath, "label").orElse(id),
                            points(field(in, ipath, "weight"), ipath + ".weight")));
                } catch (IllegalArgumentException e) {
                    throw error(ipath, e.getMessage());
                }
            }
            try {
                String id = text(c, cpath, "id");
                categories.add(new IndexCategory(id, optText(c, cpath, "label").orElse(id),
                        points(field(c, cpath, "weight"), cpath + ".weight"), indicators));
            } catch (IllegalArgumentException e) {
                throw error(cpath, e.getMessage());
            }
        }
        try {
            return new CompositeIndex(name, categories, policy, grading);
        } catch (IllegalArgumentException e) {
            throw error(path, e.getMessage());
        }
    }

    // ---- small typed accessors, each reporting the exact path ----

    private RuleSetLoadException error(String path, @Nullable String problem) {
        return new RuleSetLoadException(source, path, String.valueOf(problem), null);
    }

    private void allowOnly(JsonNode n, String path, String... names) {
        Set<String> allowed = new HashSet<>(Arrays.asList(names));
        for (Iterator<String> it = n.fieldNames(); it.hasNext();) {
            String name = it.next();
            if (!allowed.contains(name) && !NOTES.contains(name)) {
                throw error(path + "." + shown(name), "unknown field '" + shown(name) + "'; allowed: " + new java.util.TreeSet<>(allowed)
                        + " (plus notes: assumption, note, $comment)");
            }
        }
    }

    private void requireObject(JsonNode n, String path) {
        if (n == null || !n.isObject()) {
            throw error(path, "expected a JSON object, found " + describe(n));
        }
    }

    private void requireArray(JsonNode n, String path) {
        if (n == null || !n.isArray()) {
            throw error(path, "expected a JSON array, found " + describe(n));
        }
    }

    private static String describe(JsonNode n) {
        return n == null ? "nothing" : n.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + " " + shown(n.toString());
    }

    private JsonNode field(JsonNode n, String path, String name) {
        JsonNode v = n.get(name);
        if (v == null || v.isNull()) {
            throw error(path + "." + name, "required field '" + name + "' is missing");
        }
        return v;
    }

    private String text(JsonNode n, String path, String name) {
        JsonNode v = field(n, path, name);
        if (!v.isTextual() || v.asText().isBlank()) {
            throw error(path + "." + name, "expected a non-blank string, found " + describe(v));
        }
        return v.asText();
    }

    private Optional<String> optText(JsonNode n, String path, String name) {
        JsonNode v = n.get(name);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (!v.isTextual()) {
            throw error(path + "." + name, "expected a string, found " + describe(v));
        }
        return Optional.of(v.asText());
    }

    private boolean bool(JsonNode n, String path, String name) {
        JsonNode v = n.get(name);
        if (v == null || v.isNull()) {
            return false;
        }
        if (!v.isBoolean()) {
            throw error(path + "." + name, "expected true or false, found " + describe(v));
        }
        return v.booleanValue();
    }

    private Map<String, String> strings(JsonNode n, String path) {
        Map<String, String> out = new TreeMap<>();
        if (n == null || n.isNull()) {
            return out;
        }
        requireObject(n, path);
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().isTextual()) {
                throw error(path + "." + e.getKey(), "expected a string, found " + describe(e.getValue()));
            }
            out.put(e.getKey(), e.getValue().asText());
        }
        return out;
    }

    private long points(JsonNode v, String path) {
        BigDecimal d;
        if (v.isNumber()) {
            d = v.decimalValue();
        } else if (v.isTextual()) {
            String text = v.asText().trim();
            if (text.length() > MAX_NUMBER_CHARS) {
                throw error(path, "'" + shown(text) + "' is longer than the " + MAX_NUMBER_CHARS
                        + " characters a number may have");
            }
            try {
                d = new BigDecimal(text);
            } catch (NumberFormatException e) {
                throw new RuleSetLoadException(source, path, "'" + shown(text) + "' is not a number", e);
            }
        } else {
            throw error(path, "expected a number, found " + describe(v));
        }
        try {
            return Points.of(d);
        } catch (ArithmeticException e) {
            throw new RuleSetLoadException(source, path, "value " + shown(d.toString()) + " " + e.getMessage(), e);
        }
    }

    /** @return the smallest value above an exclusive bound */
    private long above(JsonNode v, String path) {
        long bound = points(v, path);
        if (bound == Long.MAX_VALUE) {
            throw error(path, "no value is above " + Points.format(bound));
        }
        return bound + 1;
    }

    private ValueRef ref(JsonNode v, String path) {
        if (v.isTextual() && v.asText().startsWith("$")) {
            String name = v.asText().substring(1);
            if (name.isBlank()) {
                throw error(path, "parameter reference '$' needs a name, e.g. \"$meeting.points\"");
            }
            return ValueRef.param(name);
        }
        long value = points(v, path);
        if (value < 0) {
            throw error(path, "negative value " + Points.format(value) + ": amounts, factors and caps are magnitudes;"
                    + " to subtract points mark the rule \"deduction\": true with a positive amount");
        }
        return ValueRef.literal(value);
    }

    private PeriodUnit period(JsonNode v, String path) {
        return enumValue(PeriodUnit.class, v, path);
    }

    private <E extends Enum<E>> E enumValue(Class<E> type, JsonNode v, String path) {
        if (!v.isTextual()) {
            throw error(path, "expected one of " + Arrays.toString(type.getEnumConstants()) + ", found " + describe(v));
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(v.asText())) {
                return e;
            }
        }
        throw error(path, "unknown value '" + shown(v.asText()) + "'; expected one of " + Arrays.toString(type.getEnumConstants()));
    }

    private LocalDate date(String text, String path) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new RuleSetLoadException(source, path, "'" + shown(text) + "' is not a date (yyyy-MM-dd)", e);
        }
    }

    private DateRange range(JsonNode n, String path) {
        requireObject(n, path);
        allowOnly(n, path, "from", "to");
        LocalDate from = date(text(n, path, "from"), path + ".from");
        Optional<LocalDate> to = optText(n, path, "to").map(t -> date(t, path + ".to"));
        try {
            return new DateRange(from, to);
        } catch (IllegalArgumentException e) {
            throw error(path, e.getMessage());
        }
    }
}
