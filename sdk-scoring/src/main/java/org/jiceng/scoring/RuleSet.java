package org.jiceng.scoring;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.jiceng.core.model.Checks;
import org.jiceng.core.model.DateRange;
import org.jiceng.core.model.EventTypes;
import org.jiceng.scoring.internal.RuleSetJson;
import org.jiceng.scoring.internal.UndeclaredEventTypes;
import org.jspecify.annotations.Nullable;

/**
 * A versioned, immutable rule pack: the rules, their dated parameters, the gradings of totals and
 * optionally a composite index. Rule sets come from JSON ({@link RuleSets#load}) or from code
 * ({@link #builder}); a {@link org.jiceng.scoring.spi.RuleSetProvider} publishes them as plugins.
 *
 * <p>A rule set built with a parent already contains the parent's rules and parameters, merged with
 * explicit overrides (see {@link RuleSets}); {@link #parentId()} records where they came from. The
 * {@link #contentHash()} is the SHA-256 of the canonical JSON of the merged content, so two rule sets
 * with the same hash score identically.
 */
public final class RuleSet {

    private final String id;
    private final String region;
    private final String version;
    private final String description;
    private final DateRange effective;
    private final Optional<String> parentId;
    private final String policyRef;
    private final Map<String, Parameter> parameters;
    private final List<Rule> rules;
    private final Map<String, Banding> bandings;
    private final Optional<CompositeIndex> index;
    private final Map<String, String> eventTypes;
    private final List<String> warnings;
    private final String contentHash;

    private RuleSet(Builder b) {
        this.id = requireText(b.id, "id");
        this.region = requireText(b.region, "region");
        this.version = requireText(b.version, "version");
        this.description = Checks.nonNull(b.description, "description");
        this.effective = Objects.requireNonNull(b.effective, "effective");
        this.parentId = Optional.ofNullable(b.parentId);
        this.policyRef = Checks.nonNull(b.policyRef, "policyRef");
        this.parameters = Collections.unmodifiableMap(new TreeMap<>(b.parameters));
        this.rules = List.copyOf(b.rules);
        this.bandings = Collections.unmodifiableMap(new TreeMap<>(b.bandings));
        this.index = Optional.ofNullable(b.index);
        this.eventTypes = Collections.unmodifiableMap(new TreeMap<>(b.eventTypes));
        validate();
        this.warnings = List.copyOf(UndeclaredEventTypes.warnings(rules, eventTypes));
        this.contentHash = RuleSetJson.contentHash(this);
    }

    private static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Rule set " + what + " must be non-blank");
        }
        return value;
    }

    private void validate() {
        Map<String, Rule> byId = new LinkedHashMap<>();
        Map<String, Cap> capGroups = new LinkedHashMap<>();
        for (Rule r : rules) {
            if (r.cap().isPresent() && r.cap().get().group().isPresent()) {
                Cap cap = r.cap().get();
                Cap first = capGroups.putIfAbsent(cap.group().get(), cap);
                if (first != null && (!first.max().equals(cap.max()) || first.period() != cap.period())) {
                    throw new IllegalArgumentException("Rule '" + r.id() + "' of rule set '" + id + "' shares cap group '"
                            + cap.group().get() + "' but declares max " + cap.max() + " per " + cap.period()
                            + " where the group has " + first.max() + " per " + first.period());
                }
            }
            if (byId.putIfAbsent(r.id(), r) != null) {
                throw new IllegalArgumentException("Rule set '" + id + "' has two rules with id '" + r.id()
                        + "'; give one another id or mark it \"overrides\": true in a child rule set");
            }
            for (ValueRef ref : references(r)) {
                if (ref instanceof ValueRef.Literal l && l.hundredths() < 0) {
                    throw new IllegalArgumentException("Rule '" + r.id() + "' of rule set '" + id + "' uses the negative value "
                            + l + "; amounts, factors and caps are magnitudes: mark the rule as a deduction to subtract points");
                }
                if (ref instanceof ValueRef.Param p) {
                    Parameter param = parameters.get(p.name());
                    if (param == null) {
                        throw new IllegalArgumentException("Rule '" + r.id() + "' of rule set '" + id
                                + "' refers to unknown parameter '" + p.name() + "'; known: " + parameters.keySet());
                    }
                    if (param.values().get(0).from().isAfter(effective.from())) {
                        throw new IllegalArgumentException("Parameter '" + p.name() + "' of rule set '" + id
                                + "' has no value on the rule set's first day " + effective.from()
                                + " (first value from " + param.values().get(0).from() + ")");
                    }
                    for (DatedValue v : param.values()) {
                        if (v.value() < 0) {
                            throw new IllegalArgumentException("Parameter '" + p.name() + "' of rule set '" + id
                                    + "' is used by rule '" + r.id() + "' as an amount, factor or cap but has the negative value "
                                    + Points.format(v.value()) + " from " + v.from()
                                    + "; these are magnitudes: mark the rule as a deduction to subtract points");
                        }
                    }
                }
            }
        }
    }

    /**
     * @param rule a rule
     * @return every value the rule uses, in a stable order
     */
    static List<ValueRef> references(Rule rule) {
        List<ValueRef> refs = new ArrayList<>();
        Amount a = rule.amount();
        if (a instanceof Amount.Fixed f) {
            refs.add(f.points());
        } else if (a instanceof Amount.PerUnit p) {
            refs.add(p.pointsPerUnit());
        } else if (a instanceof Amount.Tiered t) {
            t.tiers().forEach(tier -> refs.add(tier.points()));
        }
        rule.multipliers().forEach(m -> refs.add(m.factor()));
        rule.cap().ifPresent(c -> refs.add(c.max()));
        return refs;
    }

    /** @return the rule set id, e.g. {@code party-member-points} */
    public String id() {
        return id;
    }

    /** @return the region it applies to, e.g. {@code 官渡区} or {@code generic} */
    public String region() {
        return region;
    }

    /** @return the version, e.g. {@code 2024.1} */
    public String version() {
        return version;
    }

    /** @return a description */
    public String description() {
        return description;
    }

    /** @return the days (Asia/Shanghai) whose events this rule set scores */
    public DateRange effective() {
        return effective;
    }

    /** @return the parent rule set this one extends, if any */
    public Optional<String> parentId() {
        return parentId;
    }

    /** @return the policy the rule set implements */
    public String policyRef() {
        return policyRef;
    }

    /** @return parameters by name, sorted */
    public Map<String, Parameter> parameters() {
        return parameters;
    }

    /** @return the rules in evaluation order */
    public List<Rule> rules() {
        return rules;
    }

    /** @return gradings of subject totals by name, sorted */
    public Map<String, Banding> bandings() {
        return bandings;
    }

    /** @return the composite index, for index packs */
    public Optional<CompositeIndex> index() {
        return index;
    }

    /**
     * The event types this rule set declares beyond the built-in {@link EventTypes} (with the parent's
     * declarations when it extends one), e.g. the whistle types of sdk-cases.
     *
     * @return description by event type, sorted
     */
    public Map<String, String> eventTypes() {
        return eventTypes;
    }

    /**
     * Problems that do not stop the rule set from loading but probably make it score wrongly: today, a
     * rule for an event type that neither {@link EventTypes} nor {@link #eventTypes()} declares (a typo
     * such as {@code meeting.atended} would silently match no event). Derived from the content, so not
     * part of {@link #contentHash()}.
     *
     * @return warnings in rule order; empty when there are none
     */
    public List<String> warnings() {
        return warnings;
    }

    /** @return SHA-256 (hex) of the canonical JSON of this rule set's content */
    public String contentHash() {
        return contentHash;
    }

    /**
     * @param ruleId a rule id
     * @return the rule, if present
     */
    public Optional<Rule> rule(String ruleId) {
        return rules.stream().filter(r -> r.id().equals(ruleId)).findFirst();
    }

    /** @return the canonical JSON of this rule set (what {@link #contentHash()} hashes) */
    public String toJson() {
        return RuleSetJson.canonical(this);
    }

    /**
     * @param ruleSetId id
     * @param region region
     * @param version version
     * @param effective effective days
     * @return a builder for a rule set in code
     */
    public static Builder builder(String ruleSetId, String region, String version, DateRange effective) {
        Builder b = new Builder();
        b.id = ruleSetId;
        b.region = region;
        b.version = version;
        b.effective = effective;
        return b;
    }

    /**
     * A builder starting from this rule set's content, e.g. to change a parameter in code.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        Builder b = builder(id, region, version, effective);
        b.description = description;
        b.parentId = parentId.orElse(null);
        b.policyRef = policyRef;
        b.parameters.putAll(parameters);
        b.rules.addAll(rules);
        b.bandings.putAll(bandings);
        b.index = index.orElse(null);
        b.eventTypes.putAll(eventTypes);
        return b;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RuleSet other && other.contentHash.equals(contentHash) && other.id.equals(id);
    }

    @Override
    public int hashCode() {
        return contentHash.hashCode();
    }

    @Override
    public String toString() {
        return id + "@" + version + " (" + region + ", " + rules.size() + " rules, sha256 " + contentHash.substring(0, 12) + ")";
    }

    /** Builds a {@link RuleSet}; validation happens in {@link #build()}. */
    public static final class Builder {
        private String id;
        private String region;
        private String version;
        private String description = "";
        private DateRange effective;
        private @Nullable String parentId;
        private String policyRef = "";
        private final Map<String, Parameter> parameters = new LinkedHashMap<>();
        private final List<Rule> rules = new ArrayList<>();
        private final Map<String, Banding> bandings = new LinkedHashMap<>();
        private @Nullable CompositeIndex index;
        private final Map<String, String> eventTypes = new LinkedHashMap<>();

        @SuppressWarnings("NullAway.Init") // id, region, version, effective: set by RuleSet.builder(...)
        private Builder() {
        }

        /**
         * Declares an event type the rules may score beyond the built-in {@link EventTypes}.
         *
         * @param type the event type, e.g. {@code whistle.closed}
         * @param description what the event means (may be empty)
         * @return this
         */
        public Builder eventType(String type, String description) {
            if (type == null || type.isBlank()) {
                throw new IllegalArgumentException("A declared event type must be non-blank");
            }
            this.eventTypes.put(type, Checks.nonNull(description, "description"));
            return this;
        }

        /**
         * @param value version
         * @return this
         */
        public Builder version(String value) {
            this.version = value;
            return this;
        }

        /**
         * @param value description
         * @return this
         */
        public Builder description(String value) {
            this.description = value;
            return this;
        }

        /**
         * @param value parent rule set id
         * @return this
         */
        public Builder parentId(String value) {
            this.parentId = value;
            return this;
        }

        /**
         * @param value policy reference
         * @return this
         */
        public Builder policyRef(String value) {
            this.policyRef = value;
            return this;
        }

        /**
         * @param value a parameter (replaces one with the same name)
         * @return this
         */
        public Builder parameter(Parameter value) {
            this.parameters.put(value.name(), value);
            return this;
        }

        /**
         * @param value a rule, appended
         * @return this
         */
        public Builder rule(Rule value) {
            this.rules.add(value);
            return this;
        }

        /**
         * Replaces the rule with the same id in place (keeping its position), or appends it.
         *
         * @param value the rule
         * @return this
         */
        public Builder replaceRule(Rule value) {
            for (int i = 0; i < rules.size(); i++) {
                if (rules.get(i).id().equals(value.id())) {
                    rules.set(i, value);
                    return this;
                }
            }
            rules.add(value);
            return this;
        }

        /**
         * @param value a banding
         * @return this
         */
        public Builder banding(Banding value) {
            this.bandings.put(value.name(), value);
            return this;
        }

        /**
         * @param value the composite index
         * @return this
         */
        public Builder index(CompositeIndex value) {
            this.index = value;
            return this;
        }

        /**
         * @return the rule set
         * @throws IllegalArgumentException naming the rule set and the problem when it is inconsistent
         */
        public RuleSet build() {
            return new RuleSet(this);
        }
    }
}
