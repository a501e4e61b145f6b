package org.jiceng.testkit.cases.sample;

import java.util.Objects;
import org.jiceng.cases.SituationCatalogue;

/**
 * What {@link VisitYearGenerator} should produce.
 *
 * @param seed random seed; the same spec always gives the same year
 * @param year the calendar year (Asia/Shanghai)
 * @param rows rows of the grid lattice
 * @param cols columns of the grid lattice
 * @param caseCount background cases
 * @param visitCount background visits
 * @param situationShare share of background visits that raise a situation (the rest note none)
 * @param catalogue the situations
 * @param plant whether to plant the patterns described on {@link VisitYearGenerator}
 * @param yearBefore whether the year before {@code year} is generated too (a background of the same
 *     size), so that the period is two years and a seasonal pattern (same weeks last year) can be planted
 *     and found
 */
public record VisitYearSpec(long seed, int year, int rows, int cols, int caseCount, int visitCount,
        double situationShare, SituationCatalogue catalogue, boolean plant, boolean yearBefore) {

    /**
     * Checks the sizes.
     *
     * @param seed random seed
     * @param year the calendar year
     * @param rows rows of the grid lattice
     * @param cols columns of the grid lattice
     * @param caseCount background cases
     * @param visitCount background visits
     * @param situationShare share of background visits that raise a situation
     * @param catalogue the situations
     * @param plant whether to plant patterns
     * @param yearBefore whether the year before is generated too
     */
    public VisitYearSpec {
        Objects.requireNonNull(catalogue, "catalogue");
        if (rows < 3 || cols < 3) {
            throw new IllegalArgumentException("The lattice needs at least 3 x 3 grids for the planted cluster, was "
                    + rows + " x " + cols);
        }
        if (plant && (rows * cols < 12 || catalogue.size() < 6)) {
            throw new IllegalArgumentException("Planting needs at least 12 grids and 6 situations, was " + rows * cols
                    + " grids and " + catalogue.size() + " situations");
        }
        if (caseCount < 0 || visitCount < 0) {
            throw new IllegalArgumentException("Counts must be >= 0, were " + caseCount + " and " + visitCount);
        }
        if (!(situationShare >= 0 && situationShare <= 1)) {
            throw new IllegalArgumentException("situationShare must be in [0, 1], was " + situationShare);
        }
    }

    /**
     * A one-year spec (the year before not generated).
     *
     * @param seed random seed
     * @param year the calendar year
     * @param rows rows of the grid lattice
     * @param cols columns of the grid lattice
     * @param caseCount background cases
     * @param visitCount background visits
     * @param situationShare share of background visits that raise a situation
     * @param catalogue the situations
     * @param plant whether to plant patterns
     */
    public VisitYearSpec(long seed, int year, int rows, int cols, int caseCount, int visitCount, double situationShare,
            SituationCatalogue catalogue, boolean plant) {
        this(seed, year, rows, cols, caseCount, visitCount, situationShare, catalogue, plant, false);
    }

    /**
     * @return this spec with the year before generated too: two years of background of this size, the
     *     period running from 1 January of the year before; with {@link #plant()}, the seasonal pattern is
     *     planted as well
     */
    public VisitYearSpec withYearBefore() {
        return new VisitYearSpec(seed, year, rows, cols, caseCount, visitCount, situationShare, catalogue, plant, true);
    }

    /**
     * A Guandu-sized year: 603 grids (9 × 67), 8,325 cases and 20,000 visits, 30% of which raise a
     * situation (Dapeng's campaign: 4,702 requests in 20,945 visits, 22%), the built-in catalogue.
     *
     * @param seed random seed
     * @param year calendar year
     * @param plant whether to plant patterns
     * @return the spec
     */
    public static VisitYearSpec guandu(long seed, int year, boolean plant) {
        return new VisitYearSpec(seed, year, 9, 67, 8325, 20_000, 0.3, SituationCatalogue.defaults(), plant);
    }

    /**
     * A small year for tests: 36 grids (6 × 6), 1,500 cases and 4,000 visits (30% raising a situation):
     * denser per grid than Guandu, so a harder test of false findings.
     *
     * @param seed random seed
     * @param plant whether to plant patterns
     * @return the spec
     */
    public static VisitYearSpec small(long seed, boolean plant) {
        return new VisitYearSpec(seed, 2024, 6, 6, 1500, 4000, 0.3, SituationCatalogue.defaults(), plant);
    }
}
