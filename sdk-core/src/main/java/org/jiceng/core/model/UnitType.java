package org.jiceng.core.model;

/**
 * Kinds of stationed unit (驻区单位).
 */
public enum UnitType {
    /** 机关. */
    ORGAN("机关"),
    /** 企业. */
    ENTERPRISE("企业"),
    /** 社会组织. */
    SOCIAL_ORGANIZATION("社会组织"),
    /** 学校. */
    SCHOOL("学校"),
    /** 医院. */
    HOSPITAL("医院"),
    /** 事业单位. */
    PUBLIC_INSTITUTION("事业单位");

    private final String label;

    UnitType(String label) {
        this.label = label;
    }

    /** @return the Chinese name used in source documents and exports, e.g. {@code "企业"} */
    public String label() {
        return label;
    }

    /**
     * @param label a Chinese label or an enum constant name (case-insensitive)
     * @return the matching constant
     * @throws IllegalArgumentException listing the accepted values when nothing matches
     */
    public static UnitType parse(String label) {
        for (UnitType value : values()) {
            if (value.label.equals(label) || value.name().equalsIgnoreCase(label)) {
                return value;
            }
        }
        StringBuilder accepted = new StringBuilder();
        for (UnitType value : values()) {
            accepted.append(accepted.length() == 0 ? "" : ", ").append(value.label).append('/').append(value.name());
        }
        throw new IllegalArgumentException("Unknown UnitType '" + label + "'; accepted: " + accepted);
    }
}
