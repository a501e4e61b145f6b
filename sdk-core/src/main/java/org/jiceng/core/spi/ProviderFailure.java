package org.jiceng.core.spi;

import java.util.Objects;

/**
 * A provider that was listed in {@code META-INF/services} but could not be loaded or instantiated.
 *
 * @param spi the SPI interface being loaded
 * @param providerClass the provider class name as far as it is known (may be a description when the
 *     class itself could not be resolved)
 * @param cause why it failed
 */
public record ProviderFailure(Class<?> spi, String providerClass, Throwable cause) {

    /**
     * Validates the components.
     *
     * @param spi the SPI interface being loaded
     * @param providerClass the provider class name as far as it is known (may be a description when the
     *     class itself could not be resolved)
     * @param cause why it failed
     */
    public ProviderFailure {
        Objects.requireNonNull(spi, "spi");
        Objects.requireNonNull(providerClass, "providerClass");
        Objects.requireNonNull(cause, "cause");
    }

    /** @return a one-line description naming the provider and the root cause */
    public String describe() {
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return providerClass + " failed to load: " + root.getClass().getName() + ": " + root.getMessage();
    }
}
