package org.jiceng.examples.demo.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.jiceng.core.spi.LoadedPlugins;
import org.jiceng.core.spi.Plugins;
import org.jiceng.core.spi.Provider;
import org.jiceng.examples.demo.report.ReportModel.Table;

/**
 * Lists the plugins found through {@link Plugins} for every SPI of the SDK that is on the class path,
 * including those of third parties such as the example vendor plugin.
 */
public final class PluginInventory {

    /** The SPIs of the SDK modules, by class name; those not on the class path are left out. */
    static final List<String> SPIS = List.of(
            "org.jiceng.scoring.spi.RuleSetProvider",
            "org.jiceng.io.spi.FormatProvider",
            "org.jiceng.grid.spi.GridIndexProvider",
            "org.jiceng.grid.spi.PartitionerProvider",
            "org.jiceng.cases.spi.CaseRoutingProvider");

    private PluginInventory() {
    }

    /**
     * @param plugins the loader
     * @return one row per provider (SPI, name, order, class), and one per provider that failed to load
     */
    public static Table discover(Plugins plugins) {
        List<List<String>> rows = new ArrayList<>();
        for (String spiName : SPIS) {
            Class<? extends Provider> spi = spiClass(spiName, plugins.classLoader());
            if (spi == null) {
                continue;
            }
            LoadedPlugins<? extends Provider> loaded = plugins.load(spi);
            for (Provider p : loaded.providers()) {
                rows.add(List.of(spi.getSimpleName(), p.name(), String.valueOf(p.order()), p.getClass().getName()));
            }
            loaded.failures().forEach(f -> rows.add(List.of(spi.getSimpleName(), "(failed)", "", f.describe())));
        }
        return new Table("plugin-table", "Providers found through META-INF/services",
                List.of("SPI", "名称 Name", "顺序 Order", "类 Class"), rows);
    }

    private static Class<? extends Provider> spiClass(String name, ClassLoader loader) {
        try {
            Class<?> c = Class.forName(name, false, loader);
            return Provider.class.isAssignableFrom(c) ? c.asSubclass(Provider.class) : null;
        } catch (ClassNotFoundException e) {
            // That SDK module (or that SPI) is not on the class path: nothing to list for it.
            return null;
        }
    }
}
