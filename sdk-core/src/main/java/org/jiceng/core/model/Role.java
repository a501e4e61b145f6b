package org.jiceng.core.model;

/**
 * Roles a person holds in an organisation or post.
 */
public enum Role {
    /** 书记. */
    SECRETARY("书记"),
    /** 副书记. */
    DEPUTY_SECRETARY("副书记"),
    /** 委员. */
    COMMITTEE_MEMBER("委员"),
    /** 党员: an ordinary member of a branch. */
    MEMBER("党员"),
    /** 党小组长. */
    GROUP_LEADER("党小组长"),
    /** 楼长: building leader. */
    BUILDING_LEADER("楼长"),
    /** 党员中心户: a member household that serves its neighbours. */
    CENTRAL_HOUSEHOLD("党员中心户"),
    /** 网格员: grid worker. */
    GRID_WORKER("网格员"),
    /** 共建书记: co-building secretary seconded from a stationed unit. */
    CO_BUILD_SECRETARY("共建书记");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    /** @return the Chinese name used in source documents and exports, e.g. {@code "书记"} */
    public String label() {
        return label;
    }

    /**
     * @param label a Chinese label or an enum constant name (case-insensitive)
     * @return the matching constant
     * @throws IllegalArgumentException listing the accepted values when nothing matches
     */
    public static Role parse(String label) {
        for (Role value : values()) {
            if (value.label.equals(label) || value.name().equalsIgnoreCase(label)) {
                return value;
            }
        }
        StringBuilder accepted = new StringBuilder();
        for (Role value : values()) {
            accepted.append(accepted.length() == 0 ? "" : ", ").append(value.label).append('/').append(value.name());
        }
        throw new IllegalArgumentException("Unknown Role '" + label + "'; accepted: " + accepted);
    }
}
