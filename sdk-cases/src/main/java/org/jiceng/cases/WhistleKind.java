package org.jiceng.cases;

import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What kind of case it is: one of Guandu's four whistle sources (四类哨源), a citizen complaint
 * taken in through a hotline (以诉为哨、接诉即办, e.g. 12345), or a proactive task opened before anyone
 * complained (未诉先办).
 */
public enum WhistleKind {
    /** 问题哨: a problem found on the ground (市容环境, 公共设施, 乱点乱象). */
    PROBLEM("问题哨"),
    /** 服务哨: a service the residents need. */
    SERVICE("服务哨"),
    /** 攻坚哨: a hard, long-running problem needing several departments. */
    TACKLE("攻坚哨"),
    /** 应急哨: an emergency. */
    EMERGENCY("应急哨"),
    /** 接诉即办: a complaint or request received through a hotline or front end (12345, Open311). */
    COMPLAINT("接诉即办"),
    /**
     * 未诉先办: a task opened before anyone complained, from a finding of
     * {@link org.jiceng.cases.anticipate.Anticipation} (see {@link org.jiceng.cases.anticipate.ProactiveTasks}).
     */
    PROACTIVE("未诉先办");

    private final String label;

    WhistleKind(String label) {
        this.label = label;
    }

    /** @return the Chinese label, e.g. {@code 问题哨} */
    public String label() {
        return label;
    }

    /**
     * Finds a kind by its enum name (case-insensitive) or its Chinese label.
     *
     * @param text a name such as {@code PROBLEM} or a label such as {@code 问题哨}; null matches nothing
     * @return the kind, or empty when nothing matches
     */
    public static Optional<WhistleKind> parse(@Nullable String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        return Arrays.stream(values()).filter(k -> k.name().equalsIgnoreCase(t) || k.label.equals(t)).findFirst();
    }
}
