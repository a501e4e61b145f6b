package org.jiceng.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jiceng.core.model.PayGrade;

/**
 * The one grading type of the SDK: an ordered list of score bands. Pass/fail thresholds, the Leshan
 * "under 60 / over 100" lines, red/yellow/green colour grades (分色定级), star ratings (四星/五星) and
 * the "4 levels 12 grades" pay bands (4级12档) are all bandings.
 *
 * <p>The lowest band is open downwards; each further band starts at its {@link Band#from()}
 * (inclusive). A strict "over 100" line is a band starting at 100.01, because points are hundredths.
 *
 * @param name the banding's name, e.g. {@code colour}
 * @param bands bands sorted by {@code from}, the first one open downwards
 */
public record Banding(String name, List<Band> bands) {

    /**
     * Validates: at least one band, unique keys, strictly increasing bounds, lowest band open.
     *
     * @param name the banding's name, e.g. {@code colour}
     * @param bands bands sorted by {@code from}, the first one open downwards
     */
    public Banding {
        Objects.requireNonNull(name, "name");
        List<Band> sorted = new ArrayList<>(Objects.requireNonNull(bands, "bands"));
        if (sorted.isEmpty()) {
            throw new IllegalArgumentException("Banding '" + name + "' needs at least one band");
        }
        sorted.sort(Comparator.comparingLong(Band::from));
        if (!sorted.get(0).isLowest()) {
            sorted.set(0, new Band(sorted.get(0).key(), sorted.get(0).label(), Long.MIN_VALUE));
        }
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < sorted.size(); i++) {
            Band b = sorted.get(i);
            if (!keys.add(b.key())) {
                throw new IllegalArgumentException("Banding '" + name + "' has two bands with key '" + b.key() + "'");
            }
            if (i > 0 && b.from() == sorted.get(i - 1).from()) {
                throw new IllegalArgumentException("Banding '" + name + "' bands '" + sorted.get(i - 1).key()
                        + "' and '" + b.key() + "' start at the same score " + Points.format(b.from()));
            }
        }
        bands = List.copyOf(sorted);
    }

    /**
     * @param points a score in hundredths
     * @return the band containing it
     */
    public Band grade(long points) {
        Band found = bands.get(0);
        for (Band b : bands) {
            if (b.from() > points) {
                break;
            }
            found = b;
        }
        return found;
    }

    /**
     * A two-band pass/fail line.
     *
     * @param name banding name
     * @param passFrom lowest passing score in hundredths
     * @param failLabel label below the line, e.g. {@code 不合格}
     * @param passLabel label from the line on, e.g. {@code 合格}
     * @return the banding with keys {@code FAIL} and {@code PASS}
     */
    public static Banding passFail(String name, long passFrom, String failLabel, String passLabel) {
        return new Banding(name, List.of(new Band("FAIL", failLabel, Long.MIN_VALUE), new Band("PASS", passLabel, passFrom)));
    }

    /**
     * The "4 levels 12 grades" pay bands: eleven increasing thresholds split scores into twelve bands
     * keyed {@code PAY-1} … {@code PAY-12} and labelled {@code 1级1档} … {@code 4级3档}.
     *
     * @param name banding name
     * @param thresholds the 11 lower bounds (hundredths) of pay ranks 2 to 12, increasing
     * @return the banding
     */
    public static Banding payBands(String name, long... thresholds) {
        int ranks = PayGrade.LEVELS * PayGrade.GRADES_PER_LEVEL;
        if (thresholds.length != ranks - 1) {
            throw new IllegalArgumentException("Pay bands need " + (ranks - 1) + " thresholds, got " + thresholds.length);
        }
        List<Band> bands = new ArrayList<>();
        for (int rank = 1; rank <= ranks; rank++) {
            long from = rank == 1 ? Long.MIN_VALUE : thresholds[rank - 2];
            bands.add(new Band("PAY-" + rank, PayGrade.ofRank(rank).label(), from));
        }
        return new Banding(name, bands);
    }

    /**
     * @param band a band of a {@link #payBands pay banding}
     * @return its pay grade, or empty when the band is not a pay band
     */
    public static Optional<PayGrade> payGrade(Band band) {
        if (!band.key().startsWith("PAY-")) {
            return Optional.empty();
        }
        try {
            return Optional.of(PayGrade.ofRank(Integer.parseInt(band.key().substring(4))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
