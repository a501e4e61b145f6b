package org.jiceng.grid.index;

import java.util.Collection;

import org.jiceng.grid.index.internal.LinearScanGridIndex;
import org.jiceng.grid.spi.GridIndexProvider;

/**
 * The baseline grid index, named {@value #NAME}: tests every grid in id order with JTS's
 * {@code SimplePointInAreaLocator}. O(K) per lookup; meant as a reference and for tiny inputs.
 */
public final class LinearScanGridIndexProvider implements GridIndexProvider {

    /** The provider name. */
    public static final String NAME = "linear-scan";

    /** Creates the provider (used by {@link java.util.ServiceLoader}). */
    public LinearScanGridIndexProvider() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public GridIndex create(Collection<GridShape> shapes) {
        return new LinearScanGridIndex(NAME, shapes);
    }
}
