package com.example.jiceng.vendor;

import org.jiceng.scoring.spi.RuleSetProvider;
import org.jiceng.testkit.scoring.RuleSetProviderCompatibilityKit;

/** The vendor's rule pack meets the SDK's whole {@link RuleSetProvider} contract. */
class WuhuaRuleSetProviderCompatibilityTest extends RuleSetProviderCompatibilityKit {

    @Override
    protected RuleSetProvider provider() {
        return new WuhuaRuleSetProvider();
    }
}
