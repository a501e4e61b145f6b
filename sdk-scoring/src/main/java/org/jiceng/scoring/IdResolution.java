package org.jiceng.scoring;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.jiceng.core.model.Event;

/**
 * How the copies of one event id are resolved under a {@link ConflictPolicy}, exactly as one
 * {@link ScoringEngine#score} call resolves them: the result of {@link EventOrder#resolve}.
 *
 * <p>Exact replays are one copy. When every copy is a replay, {@link #kept()} is that copy and there
 * are no problems. When copies differ, there is one problem per subject named by a copy, of kind
 * {@link ScoringProblem.Kind#CONFLICT_RESOLVED} when a copy was kept, else
 * {@link ScoringProblem.Kind#CONFLICTING_EVENT_ID}; in the latter case every subject named is in
 * {@link #rejectedSubjects()} and has no scorecard.
 *
 * @param eventId the id the copies share
 * @param kept the copy that scores; empty when the policy rejected the id
 * @param rejectedSubjects subjects left out of the scorecards, sorted; empty unless the id was rejected
 * @param problems the problems to report, in {@link ScoringProblem#ORDER}; empty when the copies agree
 */
public record IdResolution(String eventId, Optional<Event> kept, SortedSet<String> rejectedSubjects,
        List<ScoringProblem> problems) {

    /**
     * Checks every component is present and copies the collections.
     *
     * @param eventId the id the copies share
     * @param kept the copy that scores, or empty
     * @param rejectedSubjects subjects left out of the scorecards
     * @param problems the problems to report
     */
    public IdResolution {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(kept, "kept");
        rejectedSubjects = Collections.unmodifiableSortedSet(new TreeSet<>(rejectedSubjects));
        problems = problems.stream().sorted(ScoringProblem.ORDER).toList();
    }

    /** @return whether the copies disagree (then {@link #problems()} is not empty) */
    public boolean conflicting() {
        return !problems.isEmpty();
    }
}
