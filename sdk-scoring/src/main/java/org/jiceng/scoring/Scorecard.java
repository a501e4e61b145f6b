package org.jiceng.scoring;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jiceng.scoring.internal.ExplainedLines;
import org.jiceng.scoring.internal.ScorecardJson;

/**
 * One subject's result.
 *
 * @param subjectId the person, organisation, unit or department
 * @param total the total in hundredths (awarded + deducted, expired points excluded)
 * @param awarded the positive points that count, in hundredths
 * @param deducted the deductions that count, in hundredths (zero or negative)
 * @param expired points granted earlier that expired by {@code asOf}, in hundredths
 * @param eventsScored number of distinct events that matched at least one rule
 * @param lines the explained lines in event order; empty in {@link ScoringOptions.Detail#TOTALS} mode
 * @param grades the band of the total in each of the rule set's bandings, by banding name
 */
public record Scorecard(String subjectId, long total, long awarded, long deducted, long expired, int eventsScored,
        List<ScoreLine> lines, Map<String, Band> grades) {

    /**
     * Validates and copies.
     *
     * @param subjectId the person, organisation, unit or department
     * @param total the total in hundredths (awarded + deducted, expired points excluded)
     * @param awarded the positive points that count, in hundredths
     * @param deducted the deductions that count, in hundredths (zero or negative)
     * @param expired points granted earlier that expired by {@code asOf}, in hundredths
     * @param eventsScored number of distinct events that matched at least one rule
     * @param lines the explained lines in event order; empty in {@link ScoringOptions.Detail#TOTALS} mode
     * @param grades the band of the total in each of the rule set's bandings, by banding name
     */
    public Scorecard {
        Objects.requireNonNull(subjectId, "subjectId");
        // The engine's own lines are immutable and built on first read; anything else is copied.
        lines = ExplainedLines.isTrusted(lines) ? lines : List.copyOf(lines);
        grades = Map.copyOf(grades);
    }

    /** @return a text report: a header with totals and grades, then one line per score line */
    public String render() {
        StringBuilder out = new StringBuilder();
        out.append(subjectId).append("  total ").append(Points.format(total))
                .append(" (awarded ").append(Points.format(awarded))
                .append(", deducted ").append(Points.format(deducted))
                .append(", expired ").append(Points.format(expired))
                .append(", events ").append(eventsScored).append(')');
        new TreeMap<>(grades).forEach((name, band) ->
                out.append("  ").append(name).append('=').append(band.key()).append('(').append(band.label()).append(')'));
        out.append('\n');
        for (ScoreLine line : lines) {
            out.append("  ").append(line.render()).append('\n');
        }
        return out.toString();
    }

    /** @return this scorecard as JSON text */
    public String toJson() {
        return ScorecardJson.write(toJsonNode());
    }

    ObjectNode toJsonNode() {
        return ScorecardJson.scorecard(this);
    }
}
