package org.jiceng.scoring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import org.jiceng.core.spi.PluginException;
import org.jiceng.core.spi.Plugins;
import org.jiceng.core.spi.ProviderClaims;
import org.jiceng.scoring.internal.RuleSetReader;
import org.jiceng.scoring.spi.RuleSetProvider;

/**
 * Entry point for obtaining rule sets: from JSON files, from JSON text, or from the
 * {@link RuleSetProvider} plugins (the built-in packs among them).
 *
 * <p>JSON format (see the built-in packs under {@code org/jiceng/scoring/packs/} for full examples):
 * <pre>{@code
 * { "id": "my-points", "region": "某区", "version": "2025.1",
 *   "effective": {"from": "2025-01-01", "to": null},
 *   "extends": "party-member-points",                      // optional parent
 *   "parameters": { "meeting.points": { "policyRef": "…", "assumption": "…",
 *                                       "values": {"2025-01-01": 2}, "overrides": true } },
 *   "rules": [ { "id": "meeting", "eventType": "meeting.attended", "amount": {"fixed": "$meeting.points"},
 *                "cap": {"max": 10, "period": "MONTH"}, "overrides": true } ],
 *   "bandings": { "grade": { "bands": [ {"key": "FAIL", "label": "不合格"}, {"key": "PASS", "from": 60} ] } },
 *   "eventTypes": { "my.local-type": "what it means" } }        // optional, beyond EventTypes
 * }</pre>
 * Unknown fields are errors (typos must not silently change scoring); {@code assumption}, {@code note}
 * and {@code $comment} are allowed anywhere as notes. A key repeated in one object is an error;
 * numbers are exact decimals of at most 64 characters within the range of {@link Points}; amounts,
 * factors and caps are never negative (a penalty is a positive amount on a {@code "deduction"} rule).
 * Rules for event types that neither {@link org.jiceng.core.model.EventTypes} nor {@code "eventTypes"}
 * declares load with a {@link RuleSet#warnings() warning}.
 */
public final class RuleSets {

    private RuleSets() {
    }

    /**
     * Loads a rule-set file. A parent named in {@code "extends"} is looked up first as
     * {@code <parent id>.json} next to the file, then among the {@link #builtIn built-in} rule sets.
     * Parents are only read from the directory of {@code file} (the rule directory): an id such as
     * {@code ../../x}, or a sibling that is a symbolic link to a file elsewhere, is refused.
     *
     * @param file a JSON file
     * @return the rule set, merged onto its parent
     * @throws RuleSetLoadException naming the file, the JSON path and the problem
     */
    public static RuleSet load(Path file) {
        Path directory = Objects.requireNonNull(file.toAbsolutePath().normalize().getParent(), "a file's directory");
        return load(file, directory, new ArrayList<>());
    }

    private static RuleSet load(Path file, Path directory, List<Path> loading) {
        Path normalized = file.toAbsolutePath().normalize();
        if (loading.contains(normalized)) {
            throw new RuleSetLoadException(file.toString(), "$.extends", "rule sets extend each other in a cycle: " + loading, null);
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RuleSetLoadException(file.toString(), "$", "cannot read file: " + e, e);
        }
        loading.add(normalized);
        Function<String, RuleSet> parents = parentId -> {
            Path sibling = parentFile(directory, parentId);
            return Files.isRegularFile(sibling) ? load(sibling, directory, loading) : builtIn(parentId);
        };
        try {
            return new RuleSetReader(file.toString(), parents).read(text);
        } finally {
            loading.remove(normalized);
        }
    }

    /**
     * @return {@code <parentId>.json} in the rule directory
     * @throws IllegalArgumentException when it lies outside the directory, by name or through a link
     */
    private static Path parentFile(Path directory, String parentId) {
        Path sibling = directory.resolve(parentId + ".json").normalize();
        String refused = "'" + org.jiceng.scoring.internal.Texts.shown(parentId) + "' would read " + sibling
                + ", outside the rule directory " + directory + "; a parent is a rule set id: a file <id>.json in that"
                + " directory or an installed pack";
        if (!directory.equals(sibling.getParent())) {
            throw new IllegalArgumentException(refused);
        }
        if (Files.exists(sibling)) {
            try {
                Path real = sibling.toRealPath();
                if (!Objects.requireNonNull(real.getParent()).equals(directory.toRealPath())) {
                    throw new IllegalArgumentException("'" + org.jiceng.scoring.internal.Texts.shown(parentId)
                            + "' is a link to " + real + ", outside the rule directory " + directory
                            + "; copy the parent into the directory instead");
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot resolve parent rule set file " + sibling, e);
            }
        }
        return sibling;
    }

    /**
     * Loads a rule-set file, resolving parents with the given function.
     *
     * @param file a JSON file
     * @param parents resolves a parent id to its rule set (should throw when unknown)
     * @return the rule set
     * @throws RuleSetLoadException naming the file, the JSON path and the problem
     * @throws UncheckedIOException when the file cannot be read (unlike {@link #load(Path)}, which reports
     *     that as a {@link RuleSetLoadException})
     */
    public static RuleSet load(Path file, Function<String, RuleSet> parents) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString(), parents);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read rule set file " + file, e);
        }
    }

    /**
     * Parses rule-set JSON; parents resolve among the built-in rule sets.
     *
     * @param json the JSON text
     * @param sourceName a name for error messages, e.g. the file or URL it came from
     * @return the rule set
     * @throws RuleSetLoadException naming the source, the JSON path and the problem
     */
    public static RuleSet parse(String json, String sourceName) {
        return parse(json, sourceName, RuleSets::builtIn);
    }

    /**
     * @param json the JSON text
     * @param sourceName a name for error messages
     * @param parents resolves a parent id to its rule set
     * @return the rule set
     * @throws RuleSetLoadException naming the source, the JSON path and the problem
     */
    public static RuleSet parse(String json, String sourceName, Function<String, RuleSet> parents) {
        Objects.requireNonNull(json, "json");
        return new RuleSetReader(Objects.requireNonNull(sourceName, "sourceName"), parents).read(json);
    }

    /**
     * Finds a rule set among all {@link RuleSetProvider} plugins on the class path.
     *
     * <p>No pack is replaced silently: when two providers offer the same id (a plugin listing
     * {@code party-member-points} beside the built-in pack), this fails with a {@link PluginException}
     * listing both provider classes; choose one with {@link #builtIn(String, String)}.
     *
     * @param id a rule set id, e.g. {@code leshan-stationed-units}
     * @return the rule set
     * @throws IllegalArgumentException when no provider offers it; the message lists the ids available
     * @throws PluginException when several providers offer it, or a provider returns null or a rule set
     *     with another id
     */
    public static RuleSet builtIn(String id) {
        Objects.requireNonNull(id, "id");
        List<RuleSetProvider> offering = new ArrayList<>();
        for (RuleSetProvider p : Plugins.forDefaultClassLoader().all(RuleSetProvider.class)) {
            if (ids(p).contains(id)) {
                offering.add(p);
            }
        }
        if (offering.isEmpty()) {
            throw new IllegalArgumentException("No rule set '" + id + "' among the RuleSetProvider plugins; available: "
                    + available() + ". Add the jar that provides it (built-in packs: org.jiceng:jiceng-sdk-scoring).");
        }
        List<String> names = offering.stream().map(p -> "\"" + p.name() + "\"").toList();
        RuleSetProvider provider = ProviderClaims.single(RuleSetProvider.class, "rule-set id", id, offering,
                "choose one with RuleSets.builtIn(\"" + id + "\", " + String.join(" or ", names) + ")");
        return ruleSet(provider, id);
    }

    /**
     * Takes a rule set from the named provider, also when another provider offers the same id.
     *
     * @param id a rule set id
     * @param providerName the {@link RuleSetProvider#name() name} of the provider to take it from, e.g.
     *     {@code built-in}
     * @return the rule set
     * @throws org.jiceng.core.spi.PluginNotFoundException when no provider has that name
     * @throws IllegalArgumentException when that provider does not offer the id
     * @throws PluginException when the provider returns null or a rule set with another id
     */
    public static RuleSet builtIn(String id, String providerName) {
        Objects.requireNonNull(id, "id");
        RuleSetProvider provider = Plugins.forDefaultClassLoader().named(RuleSetProvider.class,
                Objects.requireNonNull(providerName, "providerName"));
        if (!ids(provider).contains(id)) {
            throw new IllegalArgumentException("RuleSetProvider '" + providerName + "' ("
                    + provider.getClass().getName() + ") does not offer rule set '" + id + "'; it offers "
                    + new TreeSet<>(ids(provider)) + ".");
        }
        return ruleSet(provider, id);
    }

    /** @return the ids of every rule set offered by a {@link RuleSetProvider} plugin, sorted */
    public static SortedSet<String> available() {
        SortedSet<String> ids = new TreeSet<>();
        Plugins.forDefaultClassLoader().all(RuleSetProvider.class).forEach(p -> ids.addAll(ids(p)));
        return ids;
    }

    private static Set<String> ids(RuleSetProvider provider) {
        Set<String> ids = ProviderClaims.nonNull(provider, "ruleSetIds()", provider.ruleSetIds());
        for (String id : ids) {
            ProviderClaims.nonNull(provider, "an element of ruleSetIds()", id);
        }
        return ids;
    }

    private static RuleSet ruleSet(RuleSetProvider provider, String id) {
        RuleSet ruleSet = ProviderClaims.nonNull(provider, "ruleSet(\"" + id + "\")", provider.ruleSet(id));
        if (!id.equals(ruleSet.id())) {
            throw new PluginException("Provider " + ProviderClaims.describe(provider) + " returned rule set '"
                    + ruleSet.id() + "' for id '" + id + "'.");
        }
        return ruleSet;
    }
}
