package org.jiceng.testkit.scoring;

import java.time.LocalDate;
import java.util.Set;
import org.jiceng.core.model.DateRange;
import org.jiceng.core.model.EventTypes;
import org.jiceng.scoring.Amount;
import org.jiceng.scoring.Banding;
import org.jiceng.scoring.Cap;
import org.jiceng.scoring.Parameter;
import org.jiceng.scoring.PeriodUnit;
import org.jiceng.scoring.Points;
import org.jiceng.scoring.Rule;
import org.jiceng.scoring.RuleSet;
import org.jiceng.scoring.ValueRef;
import org.jiceng.scoring.spi.RuleSetProvider;

/** A rule set written in code, not JSON, meets the same contract (the kit works for code providers). */
class CodeDefinedRuleSetProviderCompatibilityTest extends RuleSetProviderCompatibilityKit {

    /** A vendor-style provider that builds its rule set in code. */
    static final class CodeProvider implements RuleSetProvider {
        private static final LocalDate START = LocalDate.of(2025, 1, 1);

        @Override
        public String name() {
            return "code-example";
        }

        @Override
        public Set<String> ruleSetIds() {
            return Set.of("code-visits");
        }

        @Override
        public RuleSet ruleSet(String id) {
            if (!"code-visits".equals(id)) {
                throw new IllegalArgumentException("No rule set '" + id + "' in " + name() + "; available: " + ruleSetIds());
            }
            return RuleSet.builder(id, "example", "1", DateRange.startingOn(START))
                    .parameter(Parameter.of("visit.points", "example policy §1", START, Points.ofWhole(1)))
                    .rule(Rule.builder("visit", EventTypes.HOUSEHOLD_VISIT, new Amount.PerUnit(ValueRef.param("visit.points")))
                            .cap(new Cap(ValueRef.literal(Points.ofWhole(8)), PeriodUnit.WEEK, java.util.Optional.empty()))
                            .build())
                    .banding(Banding.passFail("grade", Points.ofWhole(10), "不合格", "合格"))
                    .build();
        }
    }

    @Override
    protected RuleSetProvider provider() {
        return new CodeProvider();
    }

    @Override
    protected boolean expectRegisteredAsService() {
        return false;
    }
}
