package org.jiceng.scoring.staffing;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jiceng.scoring.Banding;

/**
 * Classifies communities into size classes from area, population and service load and maps each
 * class to a staff quota. All thresholds and quotas are configurable.
 *
 * <p>Rule: each measure gives a class on its own {@link Banding} (built with {@link SizeClass#banding}:
 * bands keyed by the size classes, each band's {@code from} the class's lower bound in the measure's
 * unit); the community's class is the highest
 * class reached by at least {@code measuresRequired} of the three measures (1 = any measure
 * suffices, 2 = majority, 3 = all). With 2, one outlying measure (a large park, a transient
 * population) cannot push a community up alone.
 *
 * <p>Defaults ({@link #defaults()}) are ASSUMPTIONS for illustration, to be replaced by the local
 * policy: area 0.5 / 1.5 / 3 km2 (graded in square metres); population 5,000 / 10,000 / 20,000; service load 1,000 /
 * 3,000 / 6,000 items a year; two of three measures; quotas 25 / 30 / 35 / 40 staff for small /
 * medium / large / extra-large (the seed mentions quotas of 25 to 40 by size class without the
 * exact cut-offs).
 *
 * @param area size-class banding of the area in square metres ({@link CommunityProfile#areaSquareMetres()})
 * @param population size-class banding of residents
 * @param serviceLoad size-class banding of yearly service items
 * @param measuresRequired 1, 2 or 3
 * @param quotas staff quota per class, non-decreasing with the class
 */
public record StaffingRules(Banding area, Banding population, Banding serviceLoad, int measuresRequired,
        Map<SizeClass, Integer> quotas) {

    /**
     * Validates the rules.
     *
     * @param area size-class banding of the area in square metres ({@link CommunityProfile#areaSquareMetres()})
     * @param population size-class banding of residents
     * @param serviceLoad size-class banding of yearly service items
     * @param measuresRequired 1, 2 or 3
     * @param quotas staff quota per class, non-decreasing with the class
     * @throws NullPointerException if a banding or {@code quotas} is null
     * @throws IllegalArgumentException if a banding's bands are not the size classes
     *         ({@link SizeClass#requireSizeClasses}), {@code measuresRequired} is not 1, 2 or 3, a class has no
     *         quota or a quota below 1, or quotas decrease with the class
     */
    public StaffingRules {
        SizeClass.requireSizeClasses(area);
        SizeClass.requireSizeClasses(population);
        SizeClass.requireSizeClasses(serviceLoad);
        Objects.requireNonNull(quotas, "quotas must not be null");
        if (measuresRequired < 1 || measuresRequired > 3) {
            throw new IllegalArgumentException("measuresRequired must be 1, 2 or 3, was " + measuresRequired);
        }
        Map<SizeClass, Integer> copy = new EnumMap<>(SizeClass.class);
        int previous = 0;
        for (SizeClass c : SizeClass.values()) {
            Integer q = quotas.get(c);
            if (q == null || q < 1) {
                throw new IllegalArgumentException("Quota for " + c + " (" + c.label() + ") must be >= 1, was " + q);
            }
            if (q < previous) {
                throw new IllegalArgumentException("Quotas must not decrease with size: " + c + " has " + q
                        + " after " + previous);
            }
            previous = q;
            copy.put(c, q);
        }
        quotas = java.util.Collections.unmodifiableMap(copy);
    }

    /** @return the documented default (assumed) rules */
    public static StaffingRules defaults() {
        return new StaffingRules(SizeClass.banding("area", 500_000, 1_500_000, 3_000_000),
                SizeClass.banding("population", 5_000, 10_000, 20_000),
                SizeClass.banding("serviceLoad", 1_000, 3_000, 6_000), 2,
                Map.of(SizeClass.SMALL, 25, SizeClass.MEDIUM, 30, SizeClass.LARGE, 35, SizeClass.EXTRA_LARGE, 40));
    }

    /**
     * @param required 1, 2 or 3
     * @return a copy with that number of measures required
     */
    public StaffingRules withMeasuresRequired(int required) {
        return new StaffingRules(area, population, serviceLoad, required, quotas);
    }

    /**
     * @param community the measures
     * @return class, quota and explanation
     */
    public Classification classify(CommunityProfile community) {
        Map<String, SizeClass> byMeasure = new LinkedHashMap<>();
        byMeasure.put("area", SizeClass.of(area.grade(community.areaSquareMetres())));
        byMeasure.put("population", SizeClass.of(population.grade(community.population())));
        byMeasure.put("serviceLoad", SizeClass.of(serviceLoad.grade(community.serviceLoad())));
        SizeClass result = SizeClass.SMALL;
        for (SizeClass c : SizeClass.values()) {
            long reached = byMeasure.values().stream().filter(m -> m.compareTo(c) >= 0).count();
            if (reached >= measuresRequired) {
                result = c;
            }
        }
        String explanation = result + " (" + result.label() + "社区): " + measuresRequired
                + " of 3 measures required; area " + community.areaSquareKm() + " km2 -> " + byMeasure.get("area")
                + ", population " + community.population() + " -> " + byMeasure.get("population")
                + ", service load " + community.serviceLoad() + " -> " + byMeasure.get("serviceLoad")
                + "; quota " + quotas.get(result);
        return new Classification(result, Objects.requireNonNull(quotas.get(result)), byMeasure, explanation);
    }
}
