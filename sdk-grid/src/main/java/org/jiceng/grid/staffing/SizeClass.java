package org.jiceng.grid.staffing;

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
}
