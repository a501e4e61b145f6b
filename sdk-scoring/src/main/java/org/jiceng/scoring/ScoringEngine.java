package org.jiceng.scoring;

import java.time.Instant;
import java.util.Collection;
import java.util.Iterator;
import java.util.Objects;
import org.jiceng.core.model.Event;
import org.jiceng.scoring.internal.Engine;
import org.jiceng.scoring.internal.SubjectBatches;

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
 * (events are processed per subject in {@link EventOrder#SCORING_ORDER}); an event id scores at most
 * once however often it is replayed, and different events sharing an id are resolved by the
 * {@link ConflictPolicy} of the options (default: rejected) and reported, by the public
 * {@link EventOrder#resolve}; quantities and totals never wrap: an event that cannot
 * be scored exactly is reported in {@link Scorecards#problems()} and its subject left out, the other
 * subjects are scored; parallel scoring gives exactly the sequential result. Input too large for one
 * call can be scored in batches of whole subjects with {@link #scoreSubjects}. Compile once and reuse:
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

    /** Events per batch in {@link #scoreSubjects(Iterator, Instant, ScoringOptions)}. */
    public static final int SUBJECT_BATCH_EVENTS = 65_536;

    /**
     * Scores a stream of events grouped by subject, one batch of whole subjects at a time: the entry
     * point for input that does not fit in memory at once, or that is split across machines (one call
     * per partition). Each batch holds at least {@value #SUBJECT_BATCH_EVENTS} events (or what is left)
     * and ends at a subject boundary, so memory is one batch.
     *
     * <p>A subject's scorecard depends only on its own events, so for every subject this gives the
     * scorecard that {@link #score(Collection, Instant, ScoringOptions)} gives on the whole input,
     * provided that ids are unique across subjects: copies of an id that name different subjects must
     * be resolved before, with {@link EventOrder#resolve} under the options' policy among the events up
     * to {@code asOf}, and the subjects it rejects removed (copies within one subject are resolved here,
     * in the same way, but their problems are not returned: a subject they reject simply has no
     * scorecard). Scorecards come
     * batch by batch, in subject-id order within a batch; subjects with no event up to {@code asOf}
     * have none. The stream is read lazily, as the scorecards are consumed.
     *
     * @param eventsBySubject events, all events of one subject together (in any order among them)
     * @param asOf the instant to score at
     * @param options totals-only or lines, sequential or parallel within a batch
     * @return the scorecards
     * @throws IllegalArgumentException (while iterating) when a subject reappears after another subject
     */
    public Iterator<Scorecard> scoreSubjects(Iterator<Event> eventsBySubject, Instant asOf, ScoringOptions options) {
        Objects.requireNonNull(eventsBySubject, "eventsBySubject");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(options, "options");
        return new SubjectBatches(eventsBySubject, batch -> engine.score(batch, asOf, options), SUBJECT_BATCH_EVENTS);
    }
}
