package org.jiceng.core.model;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * A step of the community-cadre pay system "4 levels 12 grades" (4级12档, Xishan): level 1–4, grade
 * 1–3 within the level. {@link #rank()} orders all twelve from 1 (level 1 grade 1) to 12.
 *
 * @param level 1 to 4
 * @param grade 1 to 3
 */
public record PayGrade(@Min(1) @Max(LEVELS) int level, @Min(1) @Max(GRADES_PER_LEVEL) int grade) implements Comparable<PayGrade> {

    /** Number of levels. */
    public static final int LEVELS = 4;
    /** Number of grades per level. */
    public static final int GRADES_PER_LEVEL = 3;

    /**
     * Validates the ranges.
     *
     * @param level 1 to 4
     * @param grade 1 to 3
     */
    public PayGrade {
        if (level < 1 || level > LEVELS) {
            throw new IllegalArgumentException("Pay level must be 1.." + LEVELS + ", was " + level);
        }
        if (grade < 1 || grade > GRADES_PER_LEVEL) {
            throw new IllegalArgumentException("Pay grade must be 1.." + GRADES_PER_LEVEL + ", was " + grade);
        }
    }

    /**
     * @param rank 1 to 12
     * @return the pay grade of that overall rank
     */
    public static PayGrade ofRank(int rank) {
        if (rank < 1 || rank > LEVELS * GRADES_PER_LEVEL) {
            throw new IllegalArgumentException("Pay rank must be 1.." + LEVELS * GRADES_PER_LEVEL + ", was " + rank);
        }
        return new PayGrade((rank - 1) / GRADES_PER_LEVEL + 1, (rank - 1) % GRADES_PER_LEVEL + 1);
    }

    /** @return the overall rank, 1 to 12 */
    public int rank() {
        return (level - 1) * GRADES_PER_LEVEL + grade;
    }

    /** @return the Chinese label, e.g. {@code 3级2档} */
    public String label() {
        return level + "级" + grade + "档";
    }

    @Override
    public int compareTo(PayGrade other) {
        return Integer.compare(rank(), other.rank());
    }
}
