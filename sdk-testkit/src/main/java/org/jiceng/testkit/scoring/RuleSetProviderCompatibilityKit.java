package org.jiceng.testkit.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jiceng.core.spi.Plugins;
import org.jiceng.scoring.RuleSet;
import org.jiceng.scoring.RuleSets;
import org.jiceng.scoring.Scorecards;
import org.jiceng.scoring.ScoringEngine;
import org.jiceng.scoring.spi.RuleSetProvider;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link RuleSetProvider} must meet. Vendors extend this class and implement
 * {@link #provider()}:
 *
 * <pre>{@code
 * class MyRuleSetProviderTest extends RuleSetProviderCompatibilityKit {
 *     protected RuleSetProvider provider() { return new MyRuleSetProvider(); }
 * }
 * }</pre>
 *
 * <p>Checked: a stable non-blank name; at least one rule set; stable ids; each id returns a rule set
 * with that id and the same content hash on every call; unknown ids are rejected with an
 * {@link IllegalArgumentException} naming the id; every rule set survives a canonical-JSON round trip
 * with the same hash, compiles, and scores an empty input to an empty result; every parameter cites a
 * policy; no other installed provider offers one of its ids; the provider is registered in
 * {@code META-INF/services} (override
 * {@link #expectRegisteredAsService()} to skip that for providers built only in tests).
 */
public abstract class RuleSetProviderCompatibilityKit {

    /** @return a fresh provider under test */
    protected abstract RuleSetProvider provider();

    /**
     * @return true when the provider must be discoverable through {@link Plugins}; true by default. A kit
     *     that returns false reports {@link #isDiscoverableThroughThePluginLoader()} as skipped, not passed.
     */
    protected boolean expectRegisteredAsService() {
        return true;
    }

    /** The provider has a non-blank name that does not change between instances. */
    @Test
    public void hasAStableNonBlankName() {
        RuleSetProvider provider = provider();
        assertThat(provider.name()).isNotBlank();
        assertThat(provider().name()).isEqualTo(provider.name());
    }

    /** The provider offers at least one rule set and the same ids every time. */
    @Test
    public void offersAtLeastOneRuleSetWithStableIds() {
        Set<String> ids = provider().ruleSetIds();
        assertThat(ids).isNotEmpty().allSatisfy(id -> assertThat(id).isNotBlank());
        assertThat(provider().ruleSetIds()).isEqualTo(ids);
    }

    /** Each id yields a rule set with that id and a stable content hash. */
    @Test
    public void returnsTheRuleSetWithTheRequestedIdAndTheSameContentEveryTime() {
        RuleSetProvider provider = provider();
        for (String id : provider.ruleSetIds()) {
            RuleSet first = provider.ruleSet(id);
            assertThat(first.id()).as("id of rule set %s", id).isEqualTo(id);
            assertThat(provider.ruleSet(id).contentHash()).as("hash of %s on a second call", id).isEqualTo(first.contentHash());
            assertThat(provider().ruleSet(id).contentHash()).as("hash of %s from a new provider", id)
                    .isEqualTo(first.contentHash());
        }
    }

    /** An unknown id fails with an IllegalArgumentException naming it. */
    @Test
    public void rejectsAnUnknownIdNamingIt() {
        String unknown = "no-such-rule-set-" + Integer.toHexString(System.identityHashCode(this));
        assertThatThrownBy(() -> provider().ruleSet(unknown)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(unknown);
    }

    /** Canonical JSON of each rule set parses back to the same hash. */
    @Test
    public void everyRuleSetSurvivesACanonicalJsonRoundTrip() {
        RuleSetProvider provider = provider();
        for (String id : provider.ruleSetIds()) {
            RuleSet rs = provider.ruleSet(id);
            RuleSet back = RuleSets.parse(rs.toJson(), id + " (canonical JSON)", provider::ruleSet);
            assertThat(back.contentHash()).as("round-trip hash of %s", id).isEqualTo(rs.contentHash());
        }
    }

    /** Each rule set compiles and scores an empty input to an empty result. */
    @Test
    public void everyRuleSetCompilesAndScoresNothingToNothing() {
        RuleSetProvider provider = provider();
        for (String id : provider.ruleSetIds()) {
            Scorecards cards = ScoringEngine.compile(provider.ruleSet(id)).score(List.of(), Instant.EPOCH);
            assertThat(cards.bySubject()).as("scorecards of %s for no events", id).isEmpty();
            assertThat(cards.contentHash()).isEqualTo(provider.ruleSet(id).contentHash());
        }
    }

    /** Every parameter has a non-blank policy reference. */
    @Test
    public void everyParameterCitesAPolicy() {
        RuleSetProvider provider = provider();
        for (String id : provider.ruleSetIds()) {
            provider.ruleSet(id).parameters().values().forEach(p ->
                    assertThat(p.policyRef()).as("policyRef of parameter %s in %s", p.name(), id).isNotBlank());
        }
    }

    /**
     * No other installed provider offers one of this provider's ids: {@link RuleSets#builtIn(String)}
     * refuses to choose between them (issue #13 item 12), and the id is found by provider name with
     * {@link RuleSets#builtIn(String, String)}.
     */
    @Test
    public void offersNoIdAnotherInstalledProviderOffersAndIsFoundByItsName() {
        org.junit.jupiter.api.Assumptions.assumeTrue(expectRegisteredAsService(),
                "the provider is not registered as a service");
        RuleSetProvider provider = provider();
        for (RuleSetProvider other : Plugins.forDefaultClassLoader().all(RuleSetProvider.class)) {
            if (other.name().equals(provider.name())) {
                continue;
            }
            assertThat(other.ruleSetIds()).as("ids of %s (%s) shared with %s", other.name(),
                    other.getClass().getName(), provider.getClass().getName())
                    .doesNotContainAnyElementsOf(provider.ruleSetIds());
        }
        for (String id : provider.ruleSetIds()) {
            assertThat(RuleSets.builtIn(id, provider.name()).contentHash()).isEqualTo(provider.ruleSet(id).contentHash());
            assertThat(RuleSets.builtIn(id).contentHash()).isEqualTo(provider.ruleSet(id).contentHash());
        }
    }

    /** The provider is found by name through the core plugin loader. */
    @Test
    public void isDiscoverableThroughThePluginLoader() {
        assumeTrue(expectRegisteredAsService(), "the provider opted out of service registration");
        RuleSetProvider provider = provider();
        assertThat(Plugins.forDefaultClassLoader().find(RuleSetProvider.class, provider.name()))
                .as("provider '%s' listed in META-INF/services/%s", provider.name(), RuleSetProvider.class.getName())
                .get().extracting(Object::getClass).isEqualTo(provider.getClass());
    }
}
