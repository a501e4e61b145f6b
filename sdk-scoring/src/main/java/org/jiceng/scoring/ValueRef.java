package org.jiceng.scoring;

import java.util.Objects;

/**
 * A number used by a rule: either a literal fixed-point value or a reference to a dated
 * {@link Parameter} of the rule set (written {@code "$name"} in JSON), resolved at the event's date.
 */
public sealed interface ValueRef permits ValueRef.Literal, ValueRef.Param {

    /**
     * @param hundredths the value in hundredths
     * @return a literal
     */
    static ValueRef literal(long hundredths) {
        return new Literal(hundredths);
    }

    /**
     * @param name a parameter name of the rule set
     * @return a parameter reference
     */
    static ValueRef param(String name) {
        return new Param(name);
    }

    /**
     * A literal value.
     *
     * @param hundredths the value in hundredths
     */
    record Literal(long hundredths) implements ValueRef {
        @Override
        public String toString() {
            return Points.format(hundredths);
        }
    }

    /**
     * A reference to a dated parameter.
     *
     * @param name the parameter name
     */
    record Param(String name) implements ValueRef {
        /**
         * Validates the name.
         *
         * @param name the parameter name
         */
        public Param {
            Objects.requireNonNull(name, "name");
            if (name.isBlank()) {
                throw new IllegalArgumentException("Parameter reference needs a name");
            }
        }

        @Override
        public String toString() {
            return "$" + name;
        }
    }
}
