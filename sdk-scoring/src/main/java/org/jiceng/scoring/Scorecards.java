package org.jiceng.scoring;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jiceng.scoring.internal.ScorecardJson;
import org.jiceng.scoring.internal.SubjectMap;

/**
 * The result of one scoring pass: a scorecard per subject (sorted by subject id), counts of what was
 * not scored and why, and the problems found in the input.
 *
 * <p>A subject with a problem that {@link ScoringProblem.Kind#rejectsSubject() rejects it} (an event
 * quantity that is negative or out of range, points that overflow, a rejected id conflict) has no
 * scorecard: check {@link #problems()} (or {@link #hasRejectedSubjects()}) before reading totals as
 * complete.
 *
 * @param ruleSetId the rule set
 * @param ruleSetVersion its version
 * @param contentHash its content hash, so a result can be tied to the exact rules
 * @param asOf the instant the pass was computed for
 * @param bySubject scorecards by subject id, in subject order
 * @param stats input counts
 * @param problems problems found, in {@link ScoringProblem#ORDER}; empty when there are none
 */
public record Scorecards(String ruleSetId, String ruleSetVersion, String contentHash, Instant asOf,
        Map<String, Scorecard> bySubject, Stats stats, List<ScoringProblem> problems) {

    /**
     * Validates and copies (keeping subject order).
     *
     * @param ruleSetId the rule set
     * @param ruleSetVersion its version
     * @param contentHash its content hash, so a result can be tied to the exact rules
     * @param asOf the instant the pass was computed for
     * @param bySubject scorecards by subject id, in subject order
     * @param stats input counts
     * @param problems problems found, in {@link ScoringProblem#ORDER}
     */
    public Scorecards {
        Objects.requireNonNull(ruleSetId, "ruleSetId");
        Objects.requireNonNull(asOf, "asOf");
        // The engine's own result map is immutable and ordered already; anything else is copied.
        bySubject = SubjectMap.isTrusted(bySubject) ? bySubject
                : Collections.unmodifiableMap(new LinkedHashMap<>(bySubject));
        Objects.requireNonNull(stats, "stats");
        problems = List.copyOf(problems);
    }

    /**
     * A result without problems.
     *
     * @param ruleSetId the rule set
     * @param ruleSetVersion its version
     * @param contentHash its content hash, so a result can be tied to the exact rules
     * @param asOf the instant the pass was computed for
     * @param bySubject scorecards by subject id, in subject order
     * @param stats input counts
     */
    public Scorecards(String ruleSetId, String ruleSetVersion, String contentHash, Instant asOf,
            Map<String, Scorecard> bySubject, Stats stats) {
        this(ruleSetId, ruleSetVersion, contentHash, asOf, bySubject, stats, List.of());
    }

    /** @return whether some subject was left out of the scorecards because of a problem */
    public boolean hasRejectedSubjects() {
        return problems.stream().anyMatch(p -> p.kind().rejectsSubject());
    }

    /**
     * @param subjectId a subject
     * @return its scorecard, if it had any event
     */
    public Optional<Scorecard> scorecard(String subjectId) {
        return Optional.ofNullable(bySubject.get(subjectId));
    }

    /**
     * @param subjectId a subject
     * @return its total in hundredths, 0 when it had no scored event
     */
    public long total(String subjectId) {
        Scorecard s = bySubject.get(subjectId);
        return s == null ? 0 : s.total();
    }

    /** @return total by subject id, in subject order */
    public Map<String, Long> totals() {
        Map<String, Long> out = new LinkedHashMap<>();
        bySubject.forEach((k, v) -> out.put(k, v.total()));
        return out;
    }

    /** @return a text report of every scorecard */
    public String render() {
        StringBuilder out = new StringBuilder().append(ruleSetId).append('@').append(ruleSetVersion)
                .append(" sha256:").append(contentHash).append(" asOf ").append(asOf).append('\n')
                .append(stats).append('\n');
        problems.forEach(p -> out.append("PROBLEM ").append(p.render()).append('\n'));
        bySubject.values().forEach(s -> out.append(s.render()));
        return out.toString();
    }

    /** @return the whole result as JSON text */
    public String toJson() {
        return ScorecardJson.write(ScorecardJson.scorecards(this));
    }

    /**
     * What happened to the input events.
     *
     * @param events events given
     * @param duplicatesIgnored events whose id had already been seen (each id scores at most once)
     * @param afterAsOfIgnored events later than {@code asOf}
     * @param outsideEffectiveIgnored events on days the rule set is not in force
     * @param unmatched events no rule applied to
     */
    public record Stats(long events, long duplicatesIgnored, long afterAsOfIgnored, long outsideEffectiveIgnored,
            long unmatched) {
        @Override
        public String toString() {
            return "events " + events + ", duplicates ignored " + duplicatesIgnored + ", after asOf " + afterAsOfIgnored
                    + ", outside effective dates " + outsideEffectiveIgnored + ", unmatched " + unmatched;
        }
    }
}
