package org.jiceng.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jiceng.core.spi.PluginNotFoundException;
import org.jiceng.core.spi.ProviderClaims;
import org.jiceng.core.spi.Plugins;
import org.jiceng.io.spi.FormatProvider;
import org.jspecify.annotations.Nullable;

/**
 * Finds {@link FormatProvider}s through the SDK's one plugin loader, by name or by file extension.
 *
 * <pre>{@code
 * FormatProvider csv = Formats.forName("csv");
 * FormatProvider any = Formats.forPath(Path.of("members.xlsx"));
 * }</pre>
 *
 * <p>Built-in names: {@code csv}, {@code json}, {@code jsonl}, {@code geojson}, {@code popolo}; {@code xlsx}
 * when {@code org.jiceng:jiceng-sdk-io-xlsx} is on the class path. The static methods use the
 * default class loader; {@link #using(Plugins)} gives an instance over another loader.
 *
 * <p><b>No format is chosen silently.</b> The format for a file name is the provider whose extension is
 * the longest that matches the end of the name. When two installed providers claim that same
 * extension (a plugin claiming {@code csv} beside the built-in CSV format, whatever its
 * {@link org.jiceng.core.spi.Provider#order() order}), the lookup fails with a
 * {@link org.jiceng.core.spi.PluginException} listing both provider classes, unless the user selected
 * one of them by name:
 * <pre>{@code
 * ImportResult r = Importer.read(dir, ImportOptions.defaults(), Formats.select("vendor-csv"));
 * FormatProvider csv = Formats.select("csv").forFile(Path.of("members.csv"));   // the built-in one
 * }</pre>
 * A provider returning {@code null} from {@link FormatProvider#fileExtensions()} (or a null extension)
 * is a {@code PluginException} naming it.
 */
public final class Formats {

    private static final Formats DEFAULT = new Formats(null, Set.of());

    private final @Nullable Plugins plugins;
    /** Provider names the user chose where several providers claim one extension. */
    private final Set<String> selected;

    private Formats(@Nullable Plugins plugins, Set<String> selected) {
        this.plugins = plugins;
        this.selected = selected;
    }

    /**
     * @param plugins a loader, e.g. {@code Plugins.using(classLoader)}
     * @return a lookup over that loader
     */
    public static Formats using(Plugins plugins) {
        return new Formats(Objects.requireNonNull(plugins, "plugins"), Set.of());
    }

    /** @return the lookup over the default class loader, with nothing selected */
    public static Formats defaults() {
        return DEFAULT;
    }

    /**
     * A lookup over the default class loader in which the named providers win every extension they
     * share with another provider.
     *
     * @param providerNames format names, e.g. {@code vendor-csv}
     * @return the lookup
     * @throws PluginNotFoundException when a name is not installed
     */
    public static Formats select(String... providerNames) {
        return DEFAULT.selecting(providerNames);
    }

    /**
     * @param providerNames format names that win the extensions they share with other providers
     * @return a copy of this lookup with those names selected as well
     * @throws PluginNotFoundException when a name is not installed
     */
    public Formats selecting(String... providerNames) {
        Set<String> names = new LinkedHashSet<>(selected);
        for (String name : providerNames) {
            names.add(named(Objects.requireNonNull(name, "providerName")).name());
        }
        return new Formats(plugins, Set.copyOf(names));
    }

    private Plugins plugins() {
        return plugins != null ? plugins : Plugins.forDefaultClassLoader();
    }

    /** @return every installed format, in provider order */
    public static List<FormatProvider> all() {
        return DEFAULT.providers();
    }

    /**
     * @param name a format name such as {@code csv}
     * @return the format
     * @throws PluginNotFoundException listing the available names when none has that name
     */
    public static FormatProvider forName(String name) {
        return DEFAULT.named(name);
    }

    /**
     * @param path a file path; its extension picks the format ({@code .csv}, {@code .xlsx}, {@code .jsonl}...)
     * @return the format
     * @throws org.jiceng.core.spi.PluginException when no installed format handles that extension, or
     *     several do and none was {@linkplain #select selected}
     */
    public static FormatProvider forPath(Path path) {
        return DEFAULT.forFile(path);
    }

    /**
     * @param fileName a file name
     * @return the format whose longest extension matches the end of the name
     * @throws org.jiceng.core.spi.PluginException when several formats claim that extension and none
     *     was {@linkplain #select selected}
     */
    public static Optional<FormatProvider> forFileName(String fileName) {
        return DEFAULT.byFileName(fileName);
    }

    /** @return every installed format of this lookup */
    public List<FormatProvider> providers() {
        return plugins().all(FormatProvider.class);
    }

    /**
     * @param name a format name
     * @return the format
     * @throws PluginNotFoundException when missing
     */
    public FormatProvider named(String name) {
        Plugins loader = plugins();
        return loader.find(FormatProvider.class, name)
                .orElseGet(() -> loader.named(FormatProvider.class, name.toLowerCase(Locale.ROOT)));
    }

    /**
     * @param path a file
     * @return the format for its extension
     * @throws org.jiceng.core.spi.PluginException when no format handles it
     */
    public FormatProvider forFile(Path path) {
        Path name = path.getFileName();
        String fileName = name == null ? path.toString() : name.toString();
        return byFileName(fileName).orElseThrow(() -> {
            List<String> known = providers().stream()
                    .map(p -> p.name() + " " + p.fileExtensions()).toList();
            return new org.jiceng.core.spi.PluginException("No FormatProvider handles the extension of '" + fileName
                    + "'. Installed formats: " + known + ". Name the format explicitly with Formats.forName, or add "
                    + "the artifact that provides it (org.jiceng:jiceng-sdk-io ships csv, json, jsonl, geojson, popolo; "
                    + "org.jiceng:jiceng-sdk-io-xlsx ships xlsx).");
        });
    }

    /**
     * @param fileName a file name
     * @return the format whose longest extension matches
     * @throws org.jiceng.core.spi.PluginException when several formats claim that extension and none
     *     was {@linkplain #selecting selected}, or a provider returns null extensions
     */
    public Optional<FormatProvider> byFileName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        List<FormatProvider> best = new ArrayList<>(1);
        String bestExtension = null;
        for (FormatProvider p : providers()) {
            for (String ext : ProviderClaims.nonNull(p, "fileExtensions()", p.fileExtensions())) {
                String e = ProviderClaims.nonNull(p, "an element of fileExtensions()", ext).toLowerCase(Locale.ROOT);
                if (!lower.endsWith("." + e)) {
                    continue;
                }
                if (bestExtension == null || e.length() > bestExtension.length()) {
                    best.clear();
                    best.add(p);
                    bestExtension = e;
                } else if (e.length() == bestExtension.length() && !best.contains(p)) {
                    best.add(p);
                }
            }
        }
        if (best.size() > 1) {
            List<FormatProvider> chosen = best.stream().filter(p -> selected.contains(p.name())).toList();
            List<String> names = best.stream().map(p -> "\"" + p.name() + "\"").toList();
            return Optional.of(ProviderClaims.single(FormatProvider.class, "file extension", Objects.requireNonNull(bestExtension),
                    chosen.size() == 1 ? chosen : best,
                    "select one by name with Formats.select(" + String.join(" or ", names)
                            + ") (e.g. Importer.read(path, options, Formats.select(" + names.get(0)
                            + "))) or read with Importer.of(Formats.forName(" + names.get(0) + "), options)"));
        }
        return best.isEmpty() ? Optional.empty() : Optional.of(best.get(0));
    }
}
