package org.jiceng.scoring.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.jiceng.core.model.DateRange;
import org.jiceng.scoring.Amount;
import org.jiceng.scoring.Band;
import org.jiceng.scoring.Banding;
import org.jiceng.scoring.Cap;
import org.jiceng.scoring.CompositeIndex;
import org.jiceng.scoring.DatedValue;
import org.jiceng.scoring.IndexCategory;
import org.jiceng.scoring.IndexIndicator;
import org.jiceng.scoring.Multiplier;
import org.jiceng.scoring.Parameter;
import org.jiceng.scoring.Points;
import org.jiceng.scoring.Rule;
import org.jiceng.scoring.RuleSet;
import org.jiceng.scoring.ValueRef;

/**
 * Writes a {@link RuleSet} as canonical JSON (object keys sorted, numbers with two decimals, no
 * insignificant whitespace) and hashes it. The output is valid rule-set JSON: reading it back gives a
 * rule set with the same hash.
 */
public final class RuleSetJson {

    /** Shared mapper; thread-safe once configured. */
    public static final ObjectMapper MAPPER = new ObjectMapper();

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private RuleSetJson() {
    }

    /**
     * @param ruleSet a rule set
     * @return SHA-256 of its canonical JSON in lower-case hex
     */
    public static String contentHash(RuleSet ruleSet) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(canonical(ruleSet).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform but is missing", e);
        }
    }

    /**
     * @param ruleSet a rule set
     * @return its canonical JSON text
     */
    public static String canonical(RuleSet ruleSet) {
        try {
            return MAPPER.writeValueAsString(sorted(tree(ruleSet)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write rule set " + ruleSet.id() + " as JSON", e);
        }
    }

    private static ObjectNode tree(RuleSet rs) {
        ObjectNode root = F.objectNode();
        root.put("id", rs.id());
        root.put("region", rs.region());
        root.put("version", rs.version());
        root.put("description", rs.description());
        root.put("policyRef", rs.policyRef());
        root.set("effective", range(rs.effective()));
        rs.parentId().ifPresent(p -> root.put("mergedFrom", p));
        ObjectNode params = root.putObject("parameters");
        rs.parameters().forEach((name, p) -> params.set(name, parameter(p)));
        ArrayNode rules = root.putArray("rules");
        rs.rules().forEach(r -> rules.add(rule(r)));
        ObjectNode bandings = root.putObject("bandings");
        rs.bandings().forEach((name, b) -> bandings.set(name, banding(b)));
        rs.index().ifPresent(i -> root.set("index", index(i)));
        if (!rs.eventTypes().isEmpty()) {
            // Only when declared, so the hashes of rule sets that declare none stay as they were.
            root.set("eventTypes", strings(rs.eventTypes()));
        }
        return root;
    }

    private static JsonNode number(long hundredths) {
        return F.numberNode(Points.toDecimal(hundredths));
    }

    private static JsonNode ref(ValueRef ref) {
        if (ref instanceof ValueRef.Literal l) {
            return number(l.hundredths());
        }
        return F.textNode("$" + ((ValueRef.Param) ref).name());
    }

    private static ObjectNode range(DateRange r) {
        ObjectNode n = F.objectNode();
        n.put("from", r.from().toString());
        if (r.to().isPresent()) {
            n.put("to", r.to().get().toString());
        } else {
            n.putNull("to");
        }
        return n;
    }

    private static ObjectNode parameter(Parameter p) {
        ObjectNode n = F.objectNode();
        n.put("description", p.description());
        n.put("policyRef", p.policyRef());
        p.assumption().ifPresent(a -> n.put("assumption", a));
        ObjectNode values = n.putObject("values");
        for (DatedValue v : p.values()) {
            values.set(v.from().toString(), number(v.value()));
        }
        return n;
    }

    private static ObjectNode rule(Rule r) {
        ObjectNode n = F.objectNode();
        n.put("id", r.id());
        r.version().ifPresent(v -> n.put("version", v));
        n.put("description", r.description());
        n.put("eventType", r.eventType());
        if (!r.when().isEmpty()) {
            n.set("when", strings(r.when()));
        }
        ObjectNode amount = n.putObject("amount");
        if (r.amount() instanceof Amount.Fixed f) {
            amount.set("fixed", ref(f.points()));
        } else if (r.amount() instanceof Amount.PerUnit p) {
            amount.set("perUnit", ref(p.pointsPerUnit()));
        } else if (r.amount() instanceof Amount.Tiered t) {
            ArrayNode tiers = amount.putArray("tiers");
            for (Amount.Tier tier : t.tiers()) {
                ObjectNode tn = tiers.addObject();
                tier.upTo().ifPresent(u -> tn.set("upTo", number(u)));
                tn.set("points", ref(tier.points()));
            }
        }
        if (r.deduction()) {
            n.put("deduction", true);
        }
        if (!r.multipliers().isEmpty()) {
            ArrayNode ms = n.putArray("multipliers");
            for (Multiplier m : r.multipliers()) {
                ObjectNode mn = ms.addObject();
                mn.set("when", strings(m.when()));
                mn.set("factor", ref(m.factor()));
            }
        }
        r.cap().ifPresent(c -> n.set("cap", cap(c)));
        r.oncePer().ifPresent(p -> n.put("oncePer", p.name()));
        r.expiresAfter().ifPresent(p -> n.put("expiresAfter", p.toString()));
        r.exclusiveGroup().ifPresent(g -> n.put("exclusiveGroup", g));
        r.effective().ifPresent(e -> n.set("effective", range(e)));
        n.put("policyRef", r.policyRef());
        return n;
    }

    private static ObjectNode cap(Cap c) {
        ObjectNode n = F.objectNode();
        n.set("max", ref(c.max()));
        n.put("period", c.period().name());
        c.group().ifPresent(g -> n.put("group", g));
        return n;
    }

    private static ObjectNode strings(Map<String, String> map) {
        ObjectNode n = F.objectNode();
        map.forEach(n::put);
        return n;
    }

    private static ObjectNode banding(Banding b) {
        ObjectNode n = F.objectNode();
        ArrayNode bands = n.putArray("bands");
        for (Band band : b.bands()) {
            ObjectNode bn = bands.addObject();
            bn.put("key", band.key());
            bn.put("label", band.label());
            if (band.isLowest()) {
                bn.putNull("from");
            } else {
                bn.set("from", number(band.from()));
            }
        }
        return n;
    }

    private static ObjectNode index(CompositeIndex i) {
        ObjectNode n = F.objectNode();
        n.put("name", i.name());
        n.put("missingPolicy", i.missingPolicy().name());
        i.grading().ifPresent(g -> n.set("grading", banding(g).put("name", g.name())));
        ArrayNode cats = n.putArray("categories");
        for (IndexCategory c : i.categories()) {
            ObjectNode cn = cats.addObject();
            cn.put("id", c.id());
            cn.put("label", c.label());
            cn.set("weight", number(c.weight()));
            ArrayNode inds = cn.putArray("indicators");
            for (IndexIndicator ind : c.indicators()) {
                ObjectNode in = inds.addObject();
                in.put("id", ind.id());
                in.put("label", ind.label());
                in.set("weight", number(ind.weight()));
            }
        }
        return n;
    }

    /**
     * @param node a JSON tree
     * @return a copy whose object keys are sorted at every level
     */
    public static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            List<String> names = new ArrayList<>();
            Iterator<String> it = node.fieldNames();
            it.forEachRemaining(names::add);
            Collections.sort(names);
            ObjectNode copy = F.objectNode();
            for (String name : names) {
                copy.set(name, sorted(node.get(name)));
            }
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = F.arrayNode();
            node.forEach(child -> copy.add(sorted(child)));
            return copy;
        }
        return node;
    }
}
