package org.jiceng.io;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jiceng.core.spi.PluginNotFoundException;
import org.jiceng.core.spi.Plugins;
import org.jiceng.io.spi.FormatProvider;

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
 */
public final class Formats {

    private static final Formats DEFAULT = new Formats(null);

    private final Plugins plugins;

    private Formats(Plugins plugins) {
        this.plugins = plugins;
    }

    /**
     * @param plugins a loader, e.g. {@code Plugins.using(classLoader)}
     * @return a lookup over that loader
     */
    public static Formats using(Plugins plugins) {
        return new Formats(Objects.requireNonNull(plugins, "plugins"));
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
     * @throws org.jiceng.core.spi.PluginException when no installed format handles that extension
     */
    public static FormatProvider forPath(Path path) {
        return DEFAULT.forFile(path);
    }

    /**
     * @param fileName a file name
     * @return the format whose longest extension matches the end of the name
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
     */
    public Optional<FormatProvider> byFileName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        FormatProvider best = null;
        int bestLength = -1;
        for (FormatProvider p : providers()) {
            for (String ext : p.fileExtensions()) {
                if (lower.endsWith("." + ext.toLowerCase(Locale.ROOT)) && ext.length() > bestLength) {
                    best = p;
                    bestLength = ext.length();
                }
            }
        }
        return Optional.ofNullable(best);
    }
}
