package org.jiceng.examples.demo.generate;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.jiceng.examples.demo.concurrent.Futures;
import org.jiceng.scoring.CompositeIndex;
import org.jiceng.scoring.IndexCategory;
import org.jiceng.scoring.IndexIndicator;
import org.jiceng.scoring.RuleSets;

/**
 * The categories and indicator ids of the SDK's built-in quality-index pack, loaded once per JVM on a thread
 * of its own. Loading the rule packs (plugins, JSON) the first time takes a few hundred milliseconds that the
 * generator need not wait for: it starts the load when it starts and takes the result only when it makes the
 * indicator events. The result is the same whichever thread loads it; a failure is rethrown to every caller.
 */
final class QualityIndicators {

    private static CompletableFuture<Map<String, List<String>>> loading;

    private QualityIndicators() {
    }

    /** Starts the load on a daemon thread, unless it was started before. */
    static synchronized CompletableFuture<Map<String, List<String>>> start() {
        if (loading == null) {
            CompletableFuture<Map<String, List<String>>> future = new CompletableFuture<>();
            Thread loader = new Thread(() -> {
                try {
                    future.complete(load());
                } catch (RuntimeException | Error e) {
                    future.completeExceptionally(e);
                }
            }, "jiceng-demo-quality-indicators");
            loader.setDaemon(true);
            loader.start();
            loading = future;
        }
        return loading;
    }

    /**
     * @return the categories and their indicator ids, in the pack's order
     * @throws IllegalStateException when the pack has no composite index
     */
    static Map<String, List<String>> get() {
        return Futures.join(start());
    }

    private static Map<String, List<String>> load() {
        String pack = DistrictGenerator.QUALITY_INDEX_PACK;
        CompositeIndex index = RuleSets.builtIn(pack).index().orElseThrow(() -> new IllegalStateException(
                "The built-in pack " + pack + " has no composite index"));
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (IndexCategory category : index.categories()) {
            m.put(category.id(), category.indicators().stream().map(IndexIndicator::id).toList());
        }
        return Collections.unmodifiableMap(m);
    }
}
