package com.example.jiceng.vendor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import org.jiceng.scoring.RuleSet;
import org.jiceng.scoring.RuleSets;
import org.jiceng.scoring.spi.RuleSetProvider;

/**
 * The vendor's 积分 pack for Wuhua-style residential-compound branches. It extends the SDK's built-in
 * {@code party-member-points} pack: one parameter is overridden explicitly ({@code "overrides": true}),
 * two local rules are added. The pack itself is data, in {@code wuhua-party-member-points.json} next to
 * this class.
 *
 * <p>Registered in {@code META-INF/services/org.jiceng.scoring.spi.RuleSetProvider}; the host finds it
 * through the SDK's plugin loader and never references this class.
 */
public final class WuhuaRuleSetProvider implements RuleSetProvider {

    /** The provider name. */
    public static final String NAME = "example-vendor-wuhua";
    /** The id of the rule set offered. */
    public static final String RULE_SET_ID = "wuhua-party-member-points";

    private static final String RESOURCE = RULE_SET_ID + ".json";

    /** Used by {@link java.util.ServiceLoader}. */
    public WuhuaRuleSetProvider() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int order() {
        // After the SDK's built-in packs, so listings show the base first.
        return 100;
    }

    @Override
    public Set<String> ruleSetIds() {
        return new TreeSet<>(Set.of(RULE_SET_ID));
    }

    @Override
    public RuleSet ruleSet(String id) {
        if (!RULE_SET_ID.equals(id)) {
            throw new IllegalArgumentException("Provider " + NAME + " has no rule set '" + id + "'; available: "
                    + ruleSetIds());
        }
        return Holder.PACK;
    }

    /** Parsed on first use, once: the contract asks for the same content on every call. */
    private static final class Holder {
        static final RuleSet PACK = RuleSets.parse(read(), "classpath:com/example/jiceng/vendor/" + RESOURCE);

        private static String read() {
            try (InputStream in = WuhuaRuleSetProvider.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("Resource " + RESOURCE + " is missing from the vendor plugin jar");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + RESOURCE + " from the vendor plugin jar", e);
            }
        }
    }
}
