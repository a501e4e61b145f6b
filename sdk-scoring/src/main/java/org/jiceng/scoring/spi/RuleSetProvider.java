package org.jiceng.scoring.spi;

import java.util.Set;
import org.jiceng.core.spi.Provider;
import org.jiceng.core.spi.SpiArtifact;
import org.jiceng.scoring.RuleSet;

/**
 * Publishes rule sets defined in code or shipped as resources. Discovered through
 * {@link org.jiceng.core.spi.Plugins}; list the implementation in
 * {@code META-INF/services/org.jiceng.scoring.spi.RuleSetProvider}.
 *
 * <p>Contract (checked by {@code RuleSetProviderCompatibilityKit} in jiceng-sdk-testkit):
 * {@link #ruleSetIds()} is non-empty and stable; {@link #ruleSet(String)} returns, for each of those
 * ids, a valid rule set with that id, the same content (hash) on every call; an unknown id throws
 * {@link IllegalArgumentException} naming the id and the ids available.
 */
@SpiArtifact("org.jiceng:jiceng-sdk-scoring")
public interface RuleSetProvider extends Provider {

    /** @return ids of the rule sets this provider offers */
    Set<String> ruleSetIds();

    /**
     * @param id one of {@link #ruleSetIds()}
     * @return the rule set
     * @throws IllegalArgumentException when the id is not offered
     */
    RuleSet ruleSet(String id);
}
