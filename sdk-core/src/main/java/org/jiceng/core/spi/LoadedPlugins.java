package org.jiceng.core.spi;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of loading one SPI leniently: the providers that loaded, in order, and those that
 * failed, with their causes. Nothing is dropped silently.
 *
 * @param spi the SPI interface
 * @param providers the loaded providers sorted by {@link Provider#order()} then {@link Provider#name()}
 * @param failures the providers that could not be loaded
 * @param <P> the provider type
 */
public record LoadedPlugins<P extends Provider>(Class<P> spi, List<P> providers, List<ProviderFailure> failures) {

    /**
     * Copies the lists so the result is immutable.
     *
     * @param spi the SPI interface
     * @param providers the loaded providers sorted by {@link Provider#order()} then {@link Provider#name()}
     * @param failures the providers that could not be loaded
     */
    public LoadedPlugins {
        Objects.requireNonNull(spi, "spi");
        providers = List.copyOf(providers);
        failures = List.copyOf(failures);
    }

    /** @return the provider names in provider order */
    public List<String> names() {
        return providers.stream().map(Provider::name).toList();
    }

    /**
     * @param name a provider name
     * @return the provider with that name, if loaded
     */
    public Optional<P> find(String name) {
        return providers.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** @return true when every listed provider loaded */
    public boolean isComplete() {
        return failures.isEmpty();
    }
}
