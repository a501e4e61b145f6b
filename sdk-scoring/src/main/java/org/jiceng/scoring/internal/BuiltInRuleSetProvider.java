package org.jiceng.scoring.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jiceng.scoring.RuleSet;
import org.jiceng.scoring.RuleSetLoadException;
import org.jiceng.scoring.spi.RuleSetProvider;

/**
 * The rule packs shipped with the SDK, read from JSON resources under
 * {@code org/jiceng/scoring/packs/}. Parsed once per JVM and cached.
 */
public final class BuiltInRuleSetProvider implements RuleSetProvider {

    /** Provider name. */
    public static final String NAME = "builtin";

    private static final String BASE = "/org/jiceng/scoring/packs/";

    /** The ids of the built-in packs, in dependency order (parents first). */
    public static final Set<String> IDS = Set.of(
            "party-member-points",
            "guandu-party-member-points",
            "leshan-stationed-units",
            "xishan-trainee-credits",
            "xishan-cadre-pay-bands",
            "guandu-quality-index",
            "guandu-branch-stars",
            "guandu-whistle-assessment");

    private static final Map<String, RuleSet> CACHE = new HashMap<>();
    private static final Deque<String> LOADING = new ArrayDeque<>();

    /** Used by {@link java.util.ServiceLoader}. */
    public BuiltInRuleSetProvider() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<String> ruleSetIds() {
        return new TreeSet<>(IDS);
    }

    @Override
    public RuleSet ruleSet(String id) {
        if (!IDS.contains(id)) {
            throw new IllegalArgumentException("The built-in provider has no rule set '" + id + "'; available: "
                    + new TreeSet<>(IDS));
        }
        synchronized (CACHE) {
            RuleSet cached = CACHE.get(id);
            if (cached != null) {
                return cached;
            }
            if (LOADING.contains(id)) {
                throw new IllegalStateException("Built-in rule sets extend each other in a cycle: " + LOADING + " -> " + id);
            }
            LOADING.push(id);
            try {
                String resource = BASE + id + ".json";
                RuleSet loaded = new RuleSetReader("classpath:" + resource, this::ruleSet).read(read(resource));
                if (!loaded.id().equals(id)) {
                    throw new RuleSetLoadException("classpath:" + resource, "$.id",
                            "the file must declare id '" + id + "' but declares '" + loaded.id() + "'", null);
                }
                CACHE.put(id, loaded);
                return loaded;
            } finally {
                LOADING.pop();
            }
        }
    }

    private static String read(String resource) {
        try (InputStream in = BuiltInRuleSetProvider.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Built-in rule set resource " + resource + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read built-in rule set " + resource, e);
        }
    }
}
