package org.jiceng.core.registry;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Every integrity problem found while building a {@link Registry}, in a deterministic order: duplicate
 * ids first, then the checks of each record kind (areas, organisations, persons, party members,
 * posts, memberships, cadres, units, social organisations, grids) in dataset order. An empty report
 * means the dataset is consistent.
 *
 * @param problems the problems
 */
public record IntegrityReport(List<IntegrityProblem> problems) {

    /**
     * Copies the list.
     *
     * @param problems the problems
     */
    public IntegrityReport {
        problems = List.copyOf(Objects.requireNonNull(problems, "problems must not be null"));
    }

    /** @return true when no problem was found */
    public boolean isClean() {
        return problems.isEmpty();
    }

    /**
     * @param code a rule
     * @return the problems breaking it
     */
    public List<IntegrityProblem> problems(ProblemCode code) {
        return problems.stream().filter(p -> p.code() == code).toList();
    }

    /** @return the number of problems per rule, for rules with at least one problem */
    public Map<ProblemCode, Long> countsByCode() {
        return problems.stream().collect(Collectors.groupingBy(IntegrityProblem::code,
                () -> new EnumMap<>(ProblemCode.class), Collectors.counting()));
    }

    /**
     * @param limit the maximum number of problems listed
     * @return a multi-line summary: the total, then one line per problem up to {@code limit}
     */
    public String summary(int limit) {
        if (problems.isEmpty()) {
            return "No integrity problems";
        }
        StringBuilder text = new StringBuilder().append(problems.size()).append(" integrity problem")
                .append(problems.size() == 1 ? "" : "s").append(' ').append(countsByCode());
        problems.stream().limit(Math.max(limit, 0)).forEach(p -> text.append(System.lineSeparator()).append("  ")
                .append(p));
        if (problems.size() > limit) {
            text.append(System.lineSeparator()).append("  ... and ").append(problems.size() - limit).append(" more");
        }
        return text.toString();
    }

    @Override
    public String toString() {
        return summary(20);
    }
}
