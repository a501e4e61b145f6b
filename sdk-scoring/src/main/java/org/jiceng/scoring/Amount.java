package org.jiceng.scoring;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jiceng.core.model.Checks;

/**
 * How many points one event requests before multipliers and caps.
 */
public sealed interface Amount permits Amount.Fixed, Amount.PerUnit, Amount.Tiered {

    /**
     * A fixed amount per event, whatever its quantity.
     *
     * @param points the points
     */
    record Fixed(ValueRef points) implements Amount {
        /**
         * Checks the points reference is present.
         *
         * @param points the points
         * @throws NullPointerException when {@code points} is null
         */
        public Fixed {
            Objects.requireNonNull(points, "points");
        }
    }

    /**
     * An amount per unit of the event quantity (per hour, per visit, per credit).
     *
     * @param pointsPerUnit points for one unit
     */
    record PerUnit(ValueRef pointsPerUnit) implements Amount {
        /**
         * Checks the per-unit reference is present.
         *
         * @param pointsPerUnit points for one unit
         * @throws NullPointerException when {@code pointsPerUnit} is null
         */
        public PerUnit {
            Objects.requireNonNull(pointsPerUnit, "pointsPerUnit");
        }
    }

    /**
     * A step amount chosen by the event quantity: the first tier whose {@code upTo} is at least the
     * quantity applies; the last tier may be open ({@code upTo} empty).
     *
     * @param tiers tiers in increasing {@code upTo} order
     */
    record Tiered(List<Tier> tiers) implements Amount {
        /**
         * Validates the order of the tiers.
         *
         * @param tiers tiers in increasing {@code upTo} order
         */
        public Tiered {
            tiers = List.copyOf(tiers);
            if (tiers.isEmpty()) {
                throw new IllegalArgumentException("A tiered amount needs at least one tier");
            }
            for (int i = 0; i < tiers.size(); i++) {
                Optional<Long> upTo = tiers.get(i).upTo();
                if (upTo.isEmpty() && i != tiers.size() - 1) {
                    throw new IllegalArgumentException("Only the last tier may be open-ended (tier " + i + ")");
                }
                if (i > 0 && upTo.isPresent() && upTo.get() <= tiers.get(i - 1).upTo().orElseThrow()) {
                    throw new IllegalArgumentException("Tier " + i + " upTo " + Points.format(upTo.get())
                            + " must be greater than the previous tier's");
                }
            }
        }
    }

    /**
     * One step of a {@link Tiered} amount.
     *
     * @param upTo largest quantity (hundredths, inclusive) of this tier; empty for the open last tier
     * @param points the points for quantities in this tier
     */
    record Tier(Optional<Long> upTo, ValueRef points) {
        /**
         * Checks both components are present.
         *
         * @param upTo largest quantity (hundredths, inclusive) of this tier; empty for the open last tier
         * @param points the points for quantities in this tier
         */
        public Tier {
            Checks.nonNull(upTo, "upTo");
            Objects.requireNonNull(points, "points");
        }
    }
}
