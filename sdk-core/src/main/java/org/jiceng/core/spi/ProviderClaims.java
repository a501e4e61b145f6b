package org.jiceng.core.spi;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Checks what providers return and what they claim, with the same fail-fast rule as duplicate names in
 * {@link Plugins}: a provider that returns {@code null}, or two providers claiming the same key (a file
 * extension, a rule-set id), is an error naming the provider classes, never a silent choice by load
 * order or {@link Provider#order()}.
 *
 * <pre>{@code
 * List<String> extensions = ProviderClaims.nonNull(provider, "fileExtensions()", provider.fileExtensions());
 * FormatProvider csv = ProviderClaims.single(FormatProvider.class, "file extension", "csv", claimants,
 *         "select one by name with Formats.forName(\"<name>\")");
 * }</pre>
 */
public final class ProviderClaims {

    private ProviderClaims() {
    }

    /**
     * @param provider the provider that was called
     * @param method the method called, e.g. {@code fileExtensions()}
     * @param result what it returned
     * @param <T> result type
     * @return {@code result}
     * @throws PluginException naming the provider's class and name when {@code result} is null
     */
    public static <T> T nonNull(Provider provider, String method, T result) {
        if (result == null) {
            throw new PluginException("Provider " + describe(provider) + " returned null from " + method
                    + "; a provider must return a value (an empty collection or Optional where it has none).");
        }
        return result;
    }

    /**
     * The one provider that claims a key.
     *
     * @param spi the SPI interface
     * @param keyKind what the key is, e.g. {@code file extension}
     * @param key the key
     * @param claimants the providers claiming it, at least one
     * @param howToChoose how the user selects one explicitly, e.g. {@code Formats.select("<name>")}
     * @param <P> provider type
     * @return the only claimant
     * @throws PluginException listing every claimant's class and name and how to choose, when several
     *     claim the key
     * @throws IllegalArgumentException when there is no claimant
     */
    public static <P extends Provider> P single(Class<?> spi, String keyKind, String key, List<P> claimants,
            String howToChoose) {
        Objects.requireNonNull(claimants, "claimants");
        if (claimants.isEmpty()) {
            throw new IllegalArgumentException("no provider claims " + keyKind + " '" + key + "'");
        }
        if (claimants.size() == 1) {
            return claimants.get(0);
        }
        throw new PluginException(claimants.size() + " providers of " + spi.getName() + " claim the " + keyKind + " '"
                + key + "': " + claimants.stream().map(ProviderClaims::describe).collect(Collectors.joining(", "))
                + ". None is chosen silently: " + howToChoose + ", or remove one from the class path.");
    }

    /**
     * @param provider a provider
     * @return its class and name, e.g. {@code com.example.VendorCsv (name 'vendor-csv')}
     */
    public static String describe(Provider provider) {
        String name;
        try {
            name = provider.name();
        } catch (RuntimeException e) {
            name = "?";
        }
        return provider.getClass().getName() + " (name '" + name + "')";
    }
}
