package org.jiceng.core.model;

/**
 * Reserve tiers of the cadre pipeline (头雁分级选拔, Xishan): about 400 雏雁, 200 壮雁, 100 头雁.
 */
public enum ReserveTier {
    /** 雏雁: entry reserve. */
    FLEDGLING("雏雁"),
    /** 壮雁: young talent drawn from the fledglings. */
    RISING("壮雁"),
    /** 头雁: lead cadres trained at the academy. */
    LEADING("头雁");

    private final String label;

    ReserveTier(String label) {
        this.label = label;
    }

    /** @return the Chinese name used in source documents and exports, e.g. {@code "头雁"} */
    public String label() {
        return label;
    }

    /**
     * @param label a Chinese label or an enum constant name (case-insensitive)
     * @return the matching constant
     * @throws IllegalArgumentException listing the accepted values when nothing matches
     */
    public static ReserveTier parse(String label) {
        for (ReserveTier value : values()) {
            if (value.label.equals(label) || value.name().equalsIgnoreCase(label)) {
                return value;
            }
        }
        StringBuilder accepted = new StringBuilder();
        for (ReserveTier value : values()) {
            accepted.append(accepted.length() == 0 ? "" : ", ").append(value.label).append('/').append(value.name());
        }
        throw new IllegalArgumentException("Unknown ReserveTier '" + label + "'; accepted: " + accepted);
    }
}
