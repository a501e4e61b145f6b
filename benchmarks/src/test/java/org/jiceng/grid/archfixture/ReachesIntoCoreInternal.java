package org.jiceng.grid.archfixture;

import java.util.List;
import java.util.ServiceLoader;
import org.jiceng.core.registry.internal.IndexedList;

/** A class posing as part of sdk-grid that breaks two layering rules, to prove the rules catch it. */
public final class ReachesIntoCoreInternal {

    private ReachesIntoCoreInternal() {
    }

    /**
     * @param names some names
     * @return the first name, through a core-internal list view
     */
    public static List<String> firstOf(String[] names) {
        ServiceLoader.load(Runnable.class);
        return new IndexedList<>(names, new int[] {0});
    }
}
