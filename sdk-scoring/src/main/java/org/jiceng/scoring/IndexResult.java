package org.jiceng.scoring;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.jiceng.core.model.Checks;

/**
 * A subject's composite index.
 *
 * @param subjectId the organisation or person
 * @param score the index in hundredths (0–100.00); empty when the {@link MissingIndicatorPolicy#FAIL}
 *     policy met a missing indicator
 * @param categoryScores each category's score in hundredths (categories with no value at all are absent)
 * @param missing ids of the indicators without a value, sorted
 * @param grade the band of the index's grading, when it has one and there is a score
 */
public record IndexResult(String subjectId, Optional<Long> score, Map<String, Long> categoryScores,
        List<String> missing, Optional<Band> grade) {

    /**
     * Copies.
     *
     * @param subjectId the organisation or person
     * @param score the index in hundredths (0–100.00); empty when the {@link MissingIndicatorPolicy#FAIL}
     *     policy met a missing indicator
     * @param categoryScores each category's score in hundredths (categories with no value at all are absent)
     * @param missing ids of the indicators without a value, sorted
     * @param grade the band of the index's grading, when it has one and there is a score
     */
    public IndexResult {
        Objects.requireNonNull(subjectId, "subjectId");
        Checks.nonNull(score, "score");
        categoryScores = Map.copyOf(new TreeMap<>(Checks.nonNull(categoryScores, "categoryScores")));
        missing = Checks.list(missing, "missing");
        Checks.nonNull(grade, "grade");
    }

    /** @return one text line, e.g. {@code org-1  86.25  GREEN(绿)  missing: []} */
    public String render() {
        return subjectId + "  " + score.map(Points::format).orElse("n/a")
                + grade.map(g -> "  " + g.key() + "(" + g.label() + ")").orElse("")
                + (missing.isEmpty() ? "" : "  missing: " + missing);
    }
}
