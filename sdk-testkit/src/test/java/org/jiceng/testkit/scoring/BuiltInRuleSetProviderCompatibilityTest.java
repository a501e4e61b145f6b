package org.jiceng.testkit.scoring;

import org.jiceng.core.spi.Plugins;
import org.jiceng.scoring.spi.RuleSetProvider;

/** The built-in rule packs meet the {@link RuleSetProvider} contract. */
class BuiltInRuleSetProviderCompatibilityTest extends RuleSetProviderCompatibilityKit {

    @Override
    protected RuleSetProvider provider() {
        return Plugins.forDefaultClassLoader().named(RuleSetProvider.class, "builtin");
    }
}
