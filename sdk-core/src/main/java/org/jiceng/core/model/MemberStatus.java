package org.jiceng.core.model;

/**
 * Status of a party member.
 */
public enum MemberStatus {
    /** 正式党员: a full member. */
    FULL("正式"),
    /** 预备党员: a probationary member. */
    PROBATIONARY("预备");

    private final String label;

    MemberStatus(String label) {
        this.label = label;
    }

    /** @return the Chinese name used in source documents and exports, e.g. {@code "正式"} */
    public String label() {
        return label;
    }

    /**
     * @param label a Chinese label or an enum constant name (case-insensitive)
     * @return the matching constant
     * @throws IllegalArgumentException listing the accepted values when nothing matches
     */
    public static MemberStatus parse(String label) {
        for (MemberStatus value : values()) {
            if (value.label.equals(label) || value.name().equalsIgnoreCase(label)) {
                return value;
            }
        }
        StringBuilder accepted = new StringBuilder();
        for (MemberStatus value : values()) {
            accepted.append(accepted.length() == 0 ? "" : ", ").append(value.label).append('/').append(value.name());
        }
        throw new IllegalArgumentException("Unknown MemberStatus '" + label + "'; accepted: " + accepted);
    }
}
