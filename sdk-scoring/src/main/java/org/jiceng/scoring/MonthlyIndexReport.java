package org.jiceng.scoring;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A month's composite index for every subject, ranked best first (subjects without a score last,
 * ties by subject id), e.g. Guandu's monthly 先锋指数 report.
 *
 * @param indexName the index
 * @param month the month
 * @param ranked the results in rank order
 */
public record MonthlyIndexReport(String indexName, YearMonth month, List<IndexResult> ranked) {

    /**
     * Copies.
     *
     * @param indexName the index
     * @param month the month
     * @param ranked the results in rank order
     */
    public MonthlyIndexReport {
        Objects.requireNonNull(indexName, "indexName");
        Objects.requireNonNull(month, "month");
        ranked = List.copyOf(ranked);
    }

    static MonthlyIndexReport of(String indexName, YearMonth month, List<IndexResult> results) {
        List<IndexResult> sorted = new ArrayList<>(results);
        sorted.sort(Comparator.<IndexResult>comparingLong(r -> r.score().map(s -> -s).orElse(Long.MAX_VALUE))
                .thenComparing(IndexResult::subjectId));
        return new MonthlyIndexReport(indexName, month, sorted);
    }

    /** @return a text table: rank, subject, score, grade */
    public String render() {
        StringBuilder out = new StringBuilder().append(indexName).append(' ').append(month).append('\n');
        int rank = 1;
        for (IndexResult r : ranked) {
            out.append(rank++).append(". ").append(r.render()).append('\n');
        }
        return out.toString();
    }
}
