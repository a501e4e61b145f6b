package org.jiceng.build;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyAttributes;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Scales the tries that a property fixes itself ({@code @Property(tries = 60)}) with the build's
 * {@code jqwik.tries}, so {@code -Pthorough} raises every property, not only those on the default.
 *
 * <p>A property that fixes its tries does so because one try is expensive; it keeps its share of the
 * default: with {@code jqwik.tries} at the baseline {@value #BASELINE} it runs as written, at 5,000 it
 * runs 25 times as many. Registered globally through {@code META-INF/services}; every module has this
 * artifact on its test class path.
 */
public final class ScaledTries implements AroundPropertyHook {

    /** The default build's {@code jqwik.tries}, against which fixed tries were chosen. */
    static final int BASELINE = 200;

    /** The system property the build sets to its {@code jqwik.tries}. */
    static final String TRIES_PROPERTY = "jiceng.jqwik.tries";

    @Override
    public PropagationMode propagateTo() {
        return PropagationMode.ALL_DESCENDANTS;
    }

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property)
            throws Throwable {
        PropertyAttributes attributes = context.attributes();
        attributes.tries()
                .filter(fixed -> fixed > 1) // an @Example is one try, whatever the build
                .ifPresent(fixed -> attributes.setTries(scaled(fixed, buildTries())));
        return property.execute();
    }

    static int scaled(int fixed, int buildTries) {
        if (buildTries <= BASELINE) {
            return fixed;
        }
        long scaled = (long) fixed * buildTries / BASELINE;
        return (int) Math.min(Integer.MAX_VALUE, scaled);
    }

    private static int buildTries() {
        String value = System.getProperty(TRIES_PROPERTY, "");
        if (value.isBlank()) {
            return BASELINE;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalStateException("System property " + TRIES_PROPERTY + " is not a whole number: '"
                    + value + "'", e);
        }
    }
}
