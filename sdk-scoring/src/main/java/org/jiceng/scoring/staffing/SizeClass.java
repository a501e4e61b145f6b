package org.jiceng.scoring.staffing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jiceng.scoring.Band;
import org.jiceng.scoring.Banding;

/** Community size classes (社区规模分类): 小型, 中型, 大型, 特大型, in ascending order. */
public enum SizeClass {
    /** 小型社区. */
    SMALL("小型"),
    /** 中型社区. */
    MEDIUM("中型"),
    /** 大型社区. */
    LARGE("大型"),
    /** 特大型社区. */
    EXTRA_LARGE("特大型");

    private final String label;

    SizeClass(String label) {
        this.label = label;
    }

    /** @return the Chinese label */
    public String label() {
        return label;
    }

    /**
     * The size-class banding of one measure: a value below {@code medium} is small, at or above
     * {@code extraLarge} extra-large. Band keys are the class names, labels the Chinese labels.
     *
     * @param name the banding's name, e.g. {@code population}
     * @param medium lower bound of {@link #MEDIUM}, in the measure's unit, {@code > 0}
     * @param large lower bound of {@link #LARGE}, {@code > medium}
     * @param extraLarge lower bound of {@link #EXTRA_LARGE}, {@code > large}
     * @return the banding
     * @throws IllegalArgumentException unless {@code 0 < medium < large < extraLarge}
     */
    public static Banding banding(String name, long medium, long large, long extraLarge) {
        if (!(medium > 0 && medium < large && large < extraLarge)) {
            throw new IllegalArgumentException("Size-class banding '" + name
                    + "' must satisfy 0 < medium < large < extraLarge, was " + medium + ", " + large + ", " + extraLarge);
        }
        return new Banding(name, List.of(new Band(SMALL.name(), SMALL.label, Long.MIN_VALUE),
                new Band(MEDIUM.name(), MEDIUM.label, medium), new Band(LARGE.name(), LARGE.label, large),
                new Band(EXTRA_LARGE.name(), EXTRA_LARGE.label, extraLarge)));
    }

    /**
     * Checks that a banding grades into size classes: its bands, from the lowest up, are keyed
     * {@code SMALL}, {@code MEDIUM}, {@code LARGE}, {@code EXTRA_LARGE}, and {@code MEDIUM} starts above 0.
     *
     * @param banding a banding
     * @return the banding
     * @throws IllegalArgumentException otherwise
     */
    public static Banding requireSizeClasses(Banding banding) {
        Objects.requireNonNull(banding, "banding must not be null");
        List<String> keys = new ArrayList<>();
        banding.bands().forEach(b -> keys.add(b.key()));
        List<String> expected = new ArrayList<>();
        for (SizeClass c : values()) {
            expected.add(c.name());
        }
        if (!keys.equals(expected) || banding.bands().get(1).from() <= 0) {
            throw new IllegalArgumentException("Banding '" + banding.name() + "' must have the bands " + expected
                    + " in this order with MEDIUM starting above 0, had " + keys);
        }
        return banding;
    }

    /**
     * @param band a band of a size-class banding
     * @return its class
     * @throws IllegalArgumentException when the band's key is not a size class
     */
    public static SizeClass of(Band band) {
        return valueOf(band.key());
    }
}
