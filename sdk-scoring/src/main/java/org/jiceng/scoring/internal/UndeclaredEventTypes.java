package org.jiceng.scoring.internal;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jiceng.core.model.EventTypes;
import org.jiceng.scoring.Rule;

/**
 * Finds rules for event types that nobody declares: neither {@link EventTypes} nor the rule set's own
 * {@code "eventTypes"}. Such a rule is usually a typo ({@code meeting.atended}) that would match no event.
 */
public final class UndeclaredEventTypes {

    /** The constants of {@link EventTypes}, read once. */
    private static final Set<String> BUILT_IN = builtIn();

    private UndeclaredEventTypes() {
    }

    private static Set<String> builtIn() {
        Set<String> types = new HashSet<>();
        for (Field f : EventTypes.class.getFields()) {
            int m = f.getModifiers();
            if (f.getType() == String.class && Modifier.isStatic(m) && Modifier.isFinal(m)) {
                try {
                    types.add((String) f.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("Public constant " + f + " is not readable", e);
                }
            }
        }
        return Set.copyOf(types);
    }

    /**
     * @param rules the rules of a rule set
     * @param declared the event types the rule set declares
     * @return one warning per rule whose event type nobody declares, in rule order
     */
    public static List<String> warnings(List<Rule> rules, Map<String, String> declared) {
        List<String> out = new ArrayList<>();
        for (Rule r : rules) {
            String type = r.eventType();
            if (!BUILT_IN.contains(type) && !declared.containsKey(type)) {
                out.add("rule '" + r.id() + "' scores event type '" + type + "', which neither "
                        + EventTypes.class.getName() + " nor this rule set's \"eventTypes\" declares"
                        + " (a typo would match no event); declare it in \"eventTypes\"");
            }
        }
        return out;
    }
}
