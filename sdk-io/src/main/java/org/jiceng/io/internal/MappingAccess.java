package org.jiceng.io.internal;

import java.util.Objects;
import java.util.function.Function;
import org.jiceng.io.mapping.TableMapping;
import org.jspecify.annotations.Nullable;

/**
 * Gives the tabular machinery ({@code TableHeader}, {@code TableColumns}) the {@link KindMapping} behind a
 * public {@link TableMapping}, which keeps it private. Not API.
 */
public final class MappingAccess {

    private static volatile @Nullable Function<TableMapping<?>, KindMapping> access;

    private MappingAccess() {
    }

    /**
     * Called once, by {@link TableMapping}'s static initialiser.
     *
     * @param getter reads a mapping's kind mapping
     */
    public static void install(Function<TableMapping<?>, KindMapping> getter) {
        if (access == null) {
            access = Objects.requireNonNull(getter, "getter");
        }
    }

    /**
     * @param mapping a table mapping (whose class is therefore initialised)
     * @return the kind mapping behind it
     */
    public static KindMapping of(TableMapping<?> mapping) {
        Function<TableMapping<?>, KindMapping> installed = Objects.requireNonNull(access, "installed by TableMapping");
        return installed.apply(Objects.requireNonNull(mapping, "mapping"));
    }
}
