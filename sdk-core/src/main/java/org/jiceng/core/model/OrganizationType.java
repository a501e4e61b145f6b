package org.jiceng.core.model;

/**
 * Kinds of party organisation, including the joint forms used for regional party building.
 */
public enum OrganizationType {
    /** 党委: a party committee. */
    PARTY_COMMITTEE("党委"),
    /** 党工委: a subdistrict working committee. */
    WORKING_COMMITTEE("党工委"),
    /** 党总支: a general branch. */
    GENERAL_BRANCH("党总支"),
    /** 党支部: a branch, the basic unit members belong to. */
    BRANCH("党支部"),
    /** 党小组: a party group inside a branch (e.g. a building group). */
    GROUP("党小组"),
    /** 大党委: a community joint committee that seats stationed units. */
    JOINT_COMMITTEE("大党委"),
    /** 党建联盟: an alliance of organisations (subdistrict, building, industry). */
    ALLIANCE("党建联盟");

    private final String label;

    OrganizationType(String label) {
        this.label = label;
    }

    /** @return the Chinese name used in source documents and exports, e.g. {@code "党支部"} */
    public String label() {
        return label;
    }

    /**
     * @param label a Chinese label or an enum constant name (case-insensitive)
     * @return the matching constant
     * @throws IllegalArgumentException listing the accepted values when nothing matches
     */
    public static OrganizationType parse(String label) {
        for (OrganizationType value : values()) {
            if (value.label.equals(label) || value.name().equalsIgnoreCase(label)) {
                return value;
            }
        }
        StringBuilder accepted = new StringBuilder();
        for (OrganizationType value : values()) {
            accepted.append(accepted.length() == 0 ? "" : ", ").append(value.label).append('/').append(value.name());
        }
        throw new IllegalArgumentException("Unknown OrganizationType '" + label + "'; accepted: " + accepted);
    }
}
