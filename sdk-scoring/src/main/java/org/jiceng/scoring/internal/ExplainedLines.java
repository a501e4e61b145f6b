package org.jiceng.scoring.internal;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import org.jiceng.scoring.ScoreLine;
import org.jspecify.annotations.Nullable;

/**
 * The explained lines of one scorecard: an immutable list over a stretch of a {@link LineLog}. The
 * {@link ScoreLine}s are built on first access, all at once, and kept; equal, element by element, to
 * what building them while scoring gave.
 */
public final class ExplainedLines extends AbstractList<ScoreLine> implements RandomAccess {

    private final int from;
    private final int size;
    /** Null once the lines are built, so that a read card no longer holds the log. */
    private volatile @Nullable LineLog log;
    private volatile @Nullable List<ScoreLine> built;

    /**
     * @param log the lines of a worker's subjects
     * @param from first line of this card
     * @param to end (exclusive) of this card's lines
     */
    ExplainedLines(LineLog log, int from, int to) {
        this.log = log;
        this.from = from;
        this.size = to - from;
    }

    private List<ScoreLine> built() {
        List<ScoreLine> b = built;
        if (b == null) {
            // Two readers may both build; the lines are equal, and either list is kept.
            LineLog l = log;
            if (l == null) {
                return Objects.requireNonNull(built, "built before the log was dropped");
            }
            ScoreLine[] lines = new ScoreLine[size];
            for (int i = 0; i < size; i++) {
                lines[i] = l.line(from + i);
            }
            b = List.of(lines);
            built = b;
            log = null;
        }
        return b;
    }

    @Override
    public ScoreLine get(int index) {
        return built().get(index);
    }

    @Override
    public int size() {
        return size;
    }

    /**
     * Whether a list may be kept as it is by {@link org.jiceng.scoring.Scorecard} (immutable).
     *
     * @param lines a list of lines
     * @return true for the engine's own line lists
     */
    public static boolean isTrusted(List<ScoreLine> lines) {
        return lines instanceof ExplainedLines;
    }
}
