package org.jiceng.core.spi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * The one plugin loader of the SDK: every module discovers its providers through this class.
 *
 * <p>It wraps {@link ServiceLoader} with an injectable {@link ClassLoader} and adds what
 * {@code ServiceLoader} leaves to the caller:
 * <ul>
 *   <li>deterministic order ({@link Provider#order()}, then {@link Provider#name()});</li>
 *   <li>fail-fast on two providers with the same name, listing both classes;</li>
 *   <li>providers that fail to load are reported with their cause, never skipped silently;</li>
 *   <li>asking for a missing name lists the names available and the artifact to add.</li>
 * </ul>
 *
 * <pre>{@code
 * FormatProvider csv = Plugins.forDefaultClassLoader().named(FormatProvider.class, "csv");
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; each call loads afresh (callers cache what they need).
 */
public final class Plugins {

    private static final Comparator<Provider> PROVIDER_ORDER =
            Comparator.comparingInt(Provider::order).thenComparing(Provider::name);

    private final ClassLoader classLoader;

    private Plugins(ClassLoader classLoader) {
        this.classLoader = Objects.requireNonNull(classLoader, "classLoader");
    }

    /**
     * A loader over the given class loader; use this in containers, tests and plugin sandboxes.
     *
     * @param classLoader where {@code META-INF/services} files and provider classes are looked up
     * @return a loader
     */
    public static Plugins using(ClassLoader classLoader) {
        return new Plugins(classLoader);
    }

    /**
     * A loader over the thread context class loader, or this class's loader when there is none.
     *
     * @return a loader
     */
    public static Plugins forDefaultClassLoader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return new Plugins(context != null ? context : Plugins.class.getClassLoader());
    }

    /** @return the class loader this instance loads from */
    public ClassLoader classLoader() {
        return classLoader;
    }

    /**
     * Loads every provider of an SPI, collecting failures instead of throwing on them. Duplicate
     * names still fail fast, because choosing between them would be a silent guess.
     *
     * @param spi the SPI interface
     * @param <P> the provider type
     * @return the providers that loaded and the failures
     * @throws PluginException when two providers share a name or a provider has a blank name
     */
    public <P extends Provider> LoadedPlugins<P> load(Class<P> spi) {
        Objects.requireNonNull(spi, "spi");
        List<P> providers = new ArrayList<>();
        List<ProviderFailure> failures = new ArrayList<>();
        Iterator<ServiceLoader.Provider<P>> it = ServiceLoader.load(spi, classLoader).stream().iterator();
        while (true) {
            ServiceLoader.Provider<P> handle;
            try {
                if (!it.hasNext()) {
                    break;
                }
                handle = it.next();
            } catch (ServiceConfigurationError e) {
                // The services file names a class that cannot be found or is not a subtype.
                failures.add(new ProviderFailure(spi, describeUnresolved(e), e));
                continue;
            }
            String className = handle.type().getName();
            try {
                P provider = handle.get();
                checkName(spi, provider);
                providers.add(provider);
            } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
                if (e instanceof PluginException pe) {
                    throw pe;
                }
                failures.add(new ProviderFailure(spi, className, e));
            }
        }
        rejectDuplicateNames(spi, providers);
        providers.sort(PROVIDER_ORDER);
        return new LoadedPlugins<>(spi, providers, failures);
    }

    /**
     * Loads every provider of an SPI, strictly.
     *
     * @param spi the SPI interface
     * @param <P> the provider type
     * @return the providers in order (possibly empty)
     * @throws PluginException when a provider failed to load (all failures are listed, the first as
     *     cause and the others as suppressed) or two providers share a name
     */
    public <P extends Provider> List<P> all(Class<P> spi) {
        LoadedPlugins<P> loaded = load(spi);
        if (!loaded.isComplete()) {
            StringBuilder message = new StringBuilder()
                    .append(loaded.failures().size()).append(" provider(s) of ").append(spi.getName())
                    .append(" failed to load:");
            for (ProviderFailure f : loaded.failures()) {
                message.append(System.lineSeparator()).append("  - ").append(f.describe());
            }
            PluginException error = new PluginException(message.toString(), loaded.failures().get(0).cause());
            loaded.failures().stream().skip(1).forEach(f -> error.addSuppressed(f.cause()));
            throw error;
        }
        return loaded.providers();
    }

    /**
     * Finds a provider by name among those that loaded.
     *
     * @param spi the SPI interface
     * @param name the provider name
     * @param <P> the provider type
     * @return the provider, or empty when no loaded provider has that name
     * @throws PluginException when two providers share a name
     */
    public <P extends Provider> Optional<P> find(Class<P> spi, String name) {
        Objects.requireNonNull(name, "name");
        return load(spi).find(name);
    }

    /**
     * Returns the provider with the given name.
     *
     * @param spi the SPI interface
     * @param name the provider name
     * @param <P> the provider type
     * @return the provider
     * @throws PluginNotFoundException when no provider has that name; the message lists the names
     *     available, the providers that failed to load and the artifact to add
     * @throws PluginException when two providers share a name
     */
    public <P extends Provider> P named(Class<P> spi, String name) {
        Objects.requireNonNull(name, "name");
        LoadedPlugins<P> loaded = load(spi);
        Optional<P> found = loaded.find(name);
        if (found.isPresent()) {
            return found.get();
        }
        StringBuilder message = new StringBuilder()
                .append("No ").append(spi.getSimpleName()).append(" named '").append(name).append("'. Available: ")
                .append(loaded.names().isEmpty() ? "none" : String.join(", ", loaded.names())).append('.');
        for (ProviderFailure f : loaded.failures()) {
            message.append(" Not loaded: ").append(f.describe()).append('.');
        }
        SpiArtifact artifact = spi.getAnnotation(SpiArtifact.class);
        message.append(" Add the artifact that provides it to the class path");
        if (artifact != null) {
            message.append(" (built-in providers: ").append(String.join(", ", artifact.value())).append(')');
        }
        message.append(" and list the class in META-INF/services/").append(spi.getName()).append('.');
        throw new PluginNotFoundException(message.toString(), name, loaded.names());
    }

    private static void checkName(Class<?> spi, Provider provider) {
        String name = provider.name();
        if (name == null || name.isBlank()) {
            throw new PluginException("Provider " + provider.getClass().getName() + " of " + spi.getName()
                    + " has a blank name(); every provider needs a stable, non-blank name.");
        }
    }

    private static <P extends Provider> void rejectDuplicateNames(Class<P> spi, List<P> providers) {
        Map<String, P> byName = new LinkedHashMap<>();
        for (P provider : providers) {
            P previous = byName.putIfAbsent(provider.name(), provider);
            if (previous != null) {
                throw new PluginException("Two providers of " + spi.getName() + " are named '" + provider.name()
                        + "': " + previous.getClass().getName() + " and " + provider.getClass().getName()
                        + ". Remove one from the class path or give it another name().");
            }
        }
    }

    private static String describeUnresolved(ServiceConfigurationError e) {
        return "(unresolved provider entry: " + e.getMessage() + ")";
    }
}
