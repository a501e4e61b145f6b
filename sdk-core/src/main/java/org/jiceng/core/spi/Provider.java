package org.jiceng.core.spi;

/**
 * The contract shared by every Jiceng plugin provider.
 *
 * <p>A provider is discovered through {@link java.util.ServiceLoader} by {@link Plugins}. Concrete
 * SPIs extend this interface (for example {@code RuleSetProvider} or {@code FormatProvider}) and add
 * the factory methods that create the actual component from a validated configuration.
 *
 * <p>Implementations must have a public no-argument constructor and must be listed in
 * {@code META-INF/services/<fully qualified SPI interface name>}.
 */
public interface Provider {

    /**
     * The stable name by which users select this provider, for example {@code "csv"} or
     * {@code "leshan-stationed-units"}. Names are unique per SPI: two providers of the same SPI
     * with the same name make {@link Plugins} fail fast.
     *
     * @return a non-blank, stable name
     */
    String name();

    /**
     * Sort key among providers of the same SPI; lower values come first. Ties are broken by
     * {@link #name()} so that the order is always deterministic.
     *
     * @return the order, {@code 0} by default
     */
    default int order() {
        return 0;
    }
}
