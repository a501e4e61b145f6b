package org.jiceng.scoring;

import java.util.Objects;
import org.jiceng.core.model.Checks;

/**
 * One grade of a {@link Banding}: every score from {@link #from()} (inclusive) up to the next band's
 * {@code from} (exclusive) gets this band.
 *
 * @param key stable machine key, e.g. {@code RED}, {@code FIVE_STAR}, {@code PAY-7}
 * @param label the displayed name, e.g. {@code 红}, {@code 五星}, {@code 3级1档}
 * @param from lowest score of the band in hundredths, inclusive; {@link Long#MIN_VALUE} for the
 *     lowest band
 */
public record Band(String key, String label, long from) {

    /**
     * Checks the key is non-blank and the label present.
     *
     * @param key stable machine key, e.g. {@code RED}, {@code FIVE_STAR}, {@code PAY-7}
     * @param label the displayed name, e.g. {@code 红}, {@code 五星}, {@code 3级1档}
     * @param from lowest score of the band in hundredths, inclusive; {@link Long#MIN_VALUE} for the
     *     lowest band
     */
    public Band {
        Objects.requireNonNull(key, "key");
        if (key.isBlank()) {
            throw new IllegalArgumentException("Band key must be non-blank");
        }
        Checks.nonNull(label, "label");
    }

    /** @return true when this is the open lowest band */
    public boolean isLowest() {
        return from == Long.MIN_VALUE;
    }
}
