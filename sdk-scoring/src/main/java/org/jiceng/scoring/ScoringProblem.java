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
 * @param detailZh the same explanation in Chinese; the English {@code detail} when none was given
 *     ({@link #ScoringProblem(Kind, String, String, String)})
 */
public record ScoringProblem(Kind kind, String subjectId, String eventId, String detail, String detailZh) {

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
     * @param detailZh the same explanation in Chinese
     */
    public ScoringProblem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(detailZh, "detailZh");
    }

    /**
     * A problem known only in English, such as one read back from a file of {@link #render()}ed problems:
     * its Chinese rendering names the kind in Chinese and keeps the English detail.
     *
     * @param kind what went wrong
     * @param subjectId the subject concerned
     * @param eventId the event concerned
     * @param detail a human explanation naming the values
     */
    public ScoringProblem(Kind kind, String subjectId, String eventId, String detail) {
        this(kind, subjectId, eventId, detail, detail);
    }

    /** @return {@code KIND subject event: detail}, in English */
    public String render() {
        return kind + " " + subjectId + " " + eventId + ": " + detail;
    }

    /**
     * @return the same in Chinese, in the form of the SDK's other Chinese descriptions, e.g.
     *     {@code 数量为负［NEGATIVE_QUANTITY］ 对象 m-1 活动 e-7：数量 -5 为负……}
     */
    public String renderZh() {
        return kind.labelZh() + "［" + kind + "］ 对象 " + subjectId + " 活动 " + eventId + "：" + detailZh;
    }

    /** What went wrong. */
    public enum Kind {
        /** A rule reads the event's quantity and it is negative; quantities are never made positive. */
        NEGATIVE_QUANTITY(true, "数量为负"),
        /** The event's quantity does not fit the engine's hundredths (a long); it is never wrapped. */
        QUANTITY_OUT_OF_RANGE(true, "数量超出范围"),
        /** The points of an event, or the subject's totals, would overflow a long. */
        POINTS_OUT_OF_RANGE(true, "积分超出范围"),
        /** Different events share this id and the {@link ConflictPolicy} rejected them. */
        CONFLICTING_EVENT_ID(true, "活动编号冲突"),
        /** Different events share this id and the {@link ConflictPolicy} chose one; the subject is scored. */
        CONFLICT_RESOLVED(false, "活动编号冲突已按策略处理");

        private final boolean rejectsSubject;
        private final String labelZh;

        Kind(boolean rejectsSubject, String labelZh) {
            this.rejectsSubject = rejectsSubject;
            this.labelZh = labelZh;
        }

        /** @return what went wrong, in Chinese */
        public String labelZh() {
            return labelZh;
        }

        /** @return whether the subject is left out of the scorecards */
        public boolean rejectsSubject() {
            return rejectsSubject;
        }
    }
}
