package org.jiceng.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.jiceng.core.model.Checks;
import org.jiceng.core.model.DateRange;
import org.jspecify.annotations.Nullable;

/**
 * One scoring rule: which events it applies to and how many points they earn or cost.
 *
 * <p>Evaluation order for a matching event: the {@link #amount()} is computed from the event
 * quantity, multiplied by every matching {@link #multipliers() multiplier}, negated for a
 * {@link #deduction()}, then limited by the {@link #oncePer() once-only} rule and the
 * {@link #cap()}. Points whose {@link #expiresAfter()} has passed at {@code asOf} no longer count.
 *
 * @param id unique id within the rule set
 * @param version the rule's version; empty means the rule set's version
 * @param description what the rule rewards or penalises
 * @param eventType the event type it applies to
 * @param when attribute values the event must have (all of them); empty matches every event
 * @param amount the requested amount
 * @param deduction true when the amount is subtracted (a penalty)
 * @param multipliers factors applied when their attributes match
 * @param cap ceiling per subject per period
 * @param oncePer when present, the rule awards at most one event per subject per period
 * @param expiresAfter when present, points stop counting this long after the event's day
 * @param exclusiveGroup rules of the same group do not stack: for one event only the first matching
 *     rule of the group (in rule-set order) applies
 * @param effective days (Asia/Shanghai) on which the rule applies; empty means whenever the rule set does
 * @param policyRef the policy article this rule implements
 * @param overrides true when the rule deliberately replaces a rule of the parent rule set with this id
 */
public record Rule(String id, Optional<String> version, String description, String eventType,
        Map<String, String> when, Amount amount, boolean deduction, List<Multiplier> multipliers,
        Optional<Cap> cap, Optional<PeriodUnit> oncePer, Optional<java.time.Period> expiresAfter,
        Optional<String> exclusiveGroup, Optional<DateRange> effective, String policyRef, boolean overrides) {

    /**
     * Validates and copies.
     *
     * @param id unique id within the rule set
     * @param version the rule's version; empty means the rule set's version
     * @param description what the rule rewards or penalises
     * @param eventType the event type it applies to
     * @param when attribute values the event must have (all of them); empty matches every event
     * @param amount the requested amount
     * @param deduction true when the amount is subtracted (a penalty)
     * @param multipliers factors applied when their attributes match
     * @param cap ceiling per subject per period
     * @param oncePer when present, the rule awards at most one event per subject per period
     * @param expiresAfter when present, points stop counting this long after the event's day
     * @param exclusiveGroup rules of the same group do not stack: for one event only the first matching
     *     rule of the group (in rule-set order) applies
     * @param effective days (Asia/Shanghai) on which the rule applies; empty means whenever the rule set does
     * @param policyRef the policy article this rule implements
     * @param overrides true when the rule deliberately replaces a rule of the parent rule set with this id
     */
    public Rule {
        Objects.requireNonNull(id, "id");
        if (id.isBlank() || id.contains("@")) {
            throw new IllegalArgumentException("Rule id must be non-blank and must not contain '@': '" + id + "'");
        }
        Checks.nonNull(version, "version");
        Checks.nonNull(description, "description");
        Objects.requireNonNull(eventType, "eventType");
        if (eventType.isBlank()) {
            throw new IllegalArgumentException("Rule '" + id + "' needs an event type");
        }
        when = Map.copyOf(new TreeMap<>(Checks.nonNull(when, "when")));
        Objects.requireNonNull(amount, "amount");
        multipliers = Checks.list(multipliers, "multipliers");
        Checks.nonNull(cap, "cap");
        Checks.nonNull(oncePer, "oncePer");
        Checks.nonNull(expiresAfter, "expiresAfter");
        expiresAfter.ifPresent(p -> {
            if (p.isNegative() || p.isZero()) {
                throw new IllegalArgumentException("Rule '" + id + "' expiry must be positive, was " + p);
            }
        });
        Checks.nonNull(exclusiveGroup, "exclusiveGroup");
        Checks.nonNull(effective, "effective");
        Checks.nonNull(policyRef, "policyRef");
    }

    /**
     * @param id rule id
     * @param eventType event type
     * @param amount requested amount
     * @return a builder
     */
    public static Builder builder(String id, String eventType, Amount amount) {
        return new Builder(id, eventType, amount);
    }

    /** Fluent construction of a {@link Rule} in code. */
    public static final class Builder {
        private final String id;
        private final String eventType;
        private final Amount amount;
        private @Nullable String version;
        private String description = "";
        private final Map<String, String> when = new TreeMap<>();
        private boolean deduction;
        private final List<Multiplier> multipliers = new ArrayList<>();
        private @Nullable Cap cap;
        private @Nullable PeriodUnit oncePer;
        private java.time.@Nullable Period expiresAfter;
        private @Nullable String exclusiveGroup;
        private @Nullable DateRange effective;
        private String policyRef = "";
        private boolean overrides;

        private Builder(String id, String eventType, Amount amount) {
            this.id = id;
            this.eventType = eventType;
            this.amount = amount;
        }

        /**
         * @param value rule version
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
         * @param key attribute
         * @param value required value
         * @return this
         */
        public Builder when(String key, String value) {
            this.when.put(key, value);
            return this;
        }

        /** @return this, as a deduction */
        public Builder deduction() {
            this.deduction = true;
            return this;
        }

        /**
         * @param value a multiplier
         * @return this
         */
        public Builder multiplier(Multiplier value) {
            this.multipliers.add(value);
            return this;
        }

        /**
         * @param value the cap
         * @return this
         */
        public Builder cap(Cap value) {
            this.cap = value;
            return this;
        }

        /**
         * @param value once-only period
         * @return this
         */
        public Builder oncePer(PeriodUnit value) {
            this.oncePer = value;
            return this;
        }

        /**
         * @param value expiry
         * @return this
         */
        public Builder expiresAfter(java.time.Period value) {
            this.expiresAfter = value;
            return this;
        }

        /**
         * @param value exclusive group
         * @return this
         */
        public Builder exclusiveGroup(String value) {
            this.exclusiveGroup = value;
            return this;
        }

        /**
         * @param value effective days
         * @return this
         */
        public Builder effective(DateRange value) {
            this.effective = value;
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

        /** @return this, marked as an explicit override of the parent's rule */
        public Builder overrides() {
            this.overrides = true;
            return this;
        }

        /** @return the rule */
        public Rule build() {
            return new Rule(id, Optional.ofNullable(version), description, eventType, when, amount, deduction,
                    multipliers, Optional.ofNullable(cap), Optional.ofNullable(oncePer),
                    Optional.ofNullable(expiresAfter), Optional.ofNullable(exclusiveGroup),
                    Optional.ofNullable(effective), policyRef, overrides);
        }
    }
}
