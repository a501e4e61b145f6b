package org.jiceng.scoring;

import java.util.Comparator;
import java.util.Objects;

/**
 * Something in the input of a scoring pass that could not be scored as given, reported for the
 * subject it concerns. A problem whose {@link Kind#rejectsSubject() kind rejects the subject} leaves
 * that subject out of {@link Scorecards#bySubject()}: a total computed without the event would be
 * wrong, so none is given. Other subjects are scored as usual.
 *
 * @param kind what went wrong
 * @param subjectId the subject concerned
 * @param eventId the event concerned
 * @param detail a human explanation naming the values (long values are shortened)
 */
public record ScoringProblem(Kind kind, String subjectId, String eventId, String detail) {

    /** Order of problems in a result: by subject, event id, kind. */
    public static final Comparator<ScoringProblem> ORDER = Comparator.comparing(ScoringProblem::subjectId)
            .thenComparing(ScoringProblem::eventId).thenComparing(ScoringProblem::kind);

    /**
     * Checks every component is present.
     *
     * @param kind what went wrong
     * @param subjectId the subject concerned
     * @param eventId the event concerned
     * @param detail a human explanation naming the values
     */
    public ScoringProblem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(detail, "detail");
    }

    /** @return {@code SUBJECT event: detail} */
    public String render() {
        return kind + " " + subjectId + " " + eventId + ": " + detail;
    }

    /** What went wrong. */
    public enum Kind {
        /** A rule reads the event's quantity and it is negative; quantities are never made positive. */
        NEGATIVE_QUANTITY(true),
        /** The event's quantity does not fit the engine's hundredths (a long); it is never wrapped. */
        QUANTITY_OUT_OF_RANGE(true),
        /** The points of an event, or the subject's totals, would overflow a long. */
        POINTS_OUT_OF_RANGE(true),
        /** Different events share this id and the {@link ConflictPolicy} rejected them. */
        CONFLICTING_EVENT_ID(true),
        /** Different events share this id and the {@link ConflictPolicy} chose one; the subject is scored. */
        CONFLICT_RESOLVED(false);

        private final boolean rejectsSubject;

        Kind(boolean rejectsSubject) {
            this.rejectsSubject = rejectsSubject;
        }

        /** @return whether the subject is left out of the scorecards */
        public boolean rejectsSubject() {
            return rejectsSubject;
        }
    }
}
