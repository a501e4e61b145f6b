package org.jiceng.core.model;

/**
 * The five levels of the urban governance hierarchy, from district down to building (区 → 街道 → 社区 → 小区/居民小组 → 楼栋). Declared top-down: {@code ordinal()} is the depth.
 */
public enum AreaLevel {
    /** 区: a district or county-level city. */
    DISTRICT("区"),
    /** 街道: a subdistrict (street office). */
    SUBDISTRICT("街道"),
    /** 社区: a community (residents' committee area). */
    COMMUNITY("社区"),
    /** 小区 or 居民小组: a residential compound or residents' group. */
    COMPOUND("小区"),
    /** 楼栋: a building. */
    BUILDING("楼栋");

    private final String label;

    AreaLevel(String label) {
        this.label = label;
    }

    /** @return the Chinese name used in source documents and exports, e.g. {@code "社区"} */
    public String label() {
        return label;
    }

    /**
     * @param label a Chinese label or an enum constant name (case-insensitive)
     * @return the matching constant
     * @throws IllegalArgumentException listing the accepted values when nothing matches
     */
    public static AreaLevel parse(String label) {
        for (AreaLevel value : values()) {
            if (value.label.equals(label) || value.name().equalsIgnoreCase(label)) {
                return value;
            }
        }
        StringBuilder accepted = new StringBuilder();
        for (AreaLevel value : values()) {
            accepted.append(accepted.length() == 0 ? "" : ", ").append(value.label).append('/').append(value.name());
        }
        throw new IllegalArgumentException("Unknown AreaLevel '" + label + "'; accepted: " + accepted);
    }
}
