package org.jiceng.scoring;

import java.time.Instant;
import java.util.Collection;
import java.util.Objects;
import org.jiceng.core.model.Event;
import org.jiceng.scoring.internal.Engine;

/**
 * Scores events against a compiled rule set.
 *
 * <pre>{@code
 * ScoringEngine engine = ScoringEngine.compile(RuleSets.builtIn("party-member-points"));
 * Scorecards cards = engine.score(events, Instant.parse("2024-07-01T00:00:00Z"));
 * System.out.println(cards.scorecard("member-1").orElseThrow().render());
 * }</pre>
 *
 * <p>Guarantees: amounts are integer hundredths; period buckets are Asia/Shanghai calendar periods;
 * the clock is never read ({@code asOf} is given); the output does not depend on the input order
 * (events are processed per subject by time, then id); an event id scores at most once however often
 * it is replayed, and different events sharing an id are resolved by the {@link ConflictPolicy} of the
 * options (default: rejected) and reported; quantities and totals never wrap: an event that cannot be
 * scored exactly is reported in {@link Scorecards#problems()} and its subject left out, the other
 * subjects are scored; parallel scoring gives exactly the sequential result. Compile once and reuse:
 * an engine is immutable and thread-safe.
 */
public final class ScoringEngine {

    private final Engine engine;

    private ScoringEngine(RuleSet ruleSet) {
        this.engine = new Engine(Objects.requireNonNull(ruleSet, "ruleSet"));
    }

    /**
     * @param ruleSet a rule set
     * @return an engine for it
     */
    public static ScoringEngine compile(RuleSet ruleSet) {
        return new ScoringEngine(ruleSet);
    }

    /** @return the rule set this engine was compiled from */
    public RuleSet ruleSet() {
        return engine.ruleSet();
    }

    /**
     * Scores with explained lines, sequentially.
     *
     * @param events events in any order; exact duplicates are ignored, conflicting ones rejected
     * @param asOf the instant to score at: later events are ignored, expiry is judged at this day
     * @return scorecards for every subject with at least one event up to {@code asOf}, except subjects
     *     rejected by a {@link ScoringProblem}
     * @throws IllegalArgumentException when a rule expires points and {@code asOf} lies after the last
     *     day of the calendar ({@link java.time.LocalDate#MAX})
     */
    public Scorecards score(Collection<Event> events, Instant asOf) {
        return score(events, asOf, ScoringOptions.DEFAULT);
    }

    /**
     * @param events events in any order; exact duplicates are ignored
     * @param asOf the instant to score at
     * @param options totals-only or lines, sequential or parallel, and the conflict policy
     * @return scorecards for every subject with at least one event up to {@code asOf}, except subjects
     *     rejected by a {@link ScoringProblem}
     * @throws IllegalArgumentException when a rule expires points and {@code asOf} lies after the last
     *     day of the calendar ({@link java.time.LocalDate#MAX})
     */
    public Scorecards score(Collection<Event> events, Instant asOf, ScoringOptions options) {
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(options, "options");
        return engine.score(events, asOf, options);
    }
}
