package org.jiceng.testkit.cases.sample;

import java.util.Locale;
import java.util.List;
import java.util.Objects;
import org.jiceng.cases.SituationCatalogue;

/**
 * What {@link CaseYearGenerator} should produce.
 *
 * @param seed random seed; the same spec always gives the same cases
 * @param year the calendar year (Asia/Shanghai) the cases are received in
 * @param caseCount number of cases
 * @param catalogue situations to draw from (uniformly)
 * @param areaIds communities the cases are spread over (uniformly)
 * @param duplicateShare share of cases marked duplicate of an earlier one
 * @param rejectShare share of cases rejected
 * @param resolveShare share of the remaining cases that get resolved
 * @param onTimeShare share of resolutions (and department reports) that meet their deadline
 * @param reopenShare share of resolved cases reopened once and resolved again
 */
public record CaseYearSpec(long seed, int year, int caseCount, SituationCatalogue catalogue, List<String> areaIds,
        double duplicateShare, double rejectShare, double resolveShare, double onTimeShare, double reopenShare) {

    /**
     * Validates the shares and counts.
     *
     * @param seed random seed; the same spec always gives the same cases
     * @param year the calendar year (Asia/Shanghai) the cases are received in
     * @param caseCount number of cases
     * @param catalogue situations to draw from (uniformly)
     * @param areaIds communities the cases are spread over (uniformly)
     * @param duplicateShare share of cases marked duplicate of an earlier one
     * @param rejectShare share of cases rejected
     * @param resolveShare share of the remaining cases that get resolved
     * @param onTimeShare share of resolutions (and department reports) that meet their deadline
     * @param reopenShare share of resolved cases reopened once and resolved again
     */
    public CaseYearSpec {
        Objects.requireNonNull(catalogue, "catalogue");
        areaIds = List.copyOf(areaIds);
        if (caseCount < 0) {
            throw new IllegalArgumentException("caseCount must be >= 0, was " + caseCount);
        }
        if (areaIds.isEmpty()) {
            throw new IllegalArgumentException("areaIds must not be empty");
        }
        if (catalogue.size() == 0) {
            throw new IllegalArgumentException("catalogue must not be empty");
        }
        share(duplicateShare, "duplicateShare");
        share(rejectShare, "rejectShare");
        share(resolveShare, "resolveShare");
        share(onTimeShare, "onTimeShare");
        share(reopenShare, "reopenShare");
        if (duplicateShare + rejectShare > 1) {
            throw new IllegalArgumentException("duplicateShare + rejectShare must be <= 1, was "
                    + (duplicateShare + rejectShare));
        }
    }

    private static void share(double value, String name) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be in [0, 1], was " + value);
        }
    }

    /**
     * A Guandu-like year: 8,325 whistles over 12 communities, the built-in catalogue, 2% duplicates, 2%
     * rejected, 92% of the rest resolved, 85% on time.
     *
     * @param seed random seed
     * @param year calendar year
     * @return the spec
     */
    public static CaseYearSpec guandu(long seed, int year) {
        return new CaseYearSpec(seed, year, 8325, SituationCatalogue.defaults(), communities(12), 0.02, 0.02, 0.92,
                0.85, 0.02);
    }

    /**
     * A Dapeng-like intake: 4,702 requests with about 83% closed.
     *
     * @param seed random seed
     * @param year calendar year
     * @return the spec
     */
    public static CaseYearSpec dapeng(long seed, int year) {
        return new CaseYearSpec(seed, year, 4702, SituationCatalogue.defaults(), communities(6), 0.0, 0.0, 0.83, 0.8,
                0.0);
    }

    /**
     * @param count number of communities
     * @return ids {@code community-01}, {@code community-02}, ...
     */
    public static List<String> communities(int count) {
        return java.util.stream.IntStream.rangeClosed(1, count).mapToObj(i -> String.format(Locale.ROOT, "community-%02d", i))
                .toList();
    }
}
