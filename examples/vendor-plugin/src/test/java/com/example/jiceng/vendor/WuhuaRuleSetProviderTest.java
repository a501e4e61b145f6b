package com.example.jiceng.vendor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jiceng.core.model.Event;
import org.jiceng.core.model.EventTypes;
import org.jiceng.core.spi.Plugins;
import org.jiceng.scoring.RuleSet;
import org.jiceng.scoring.RuleSets;
import org.jiceng.scoring.ScoringEngine;
import org.jiceng.scoring.spi.RuleSetProvider;
import org.junit.jupiter.api.Test;

class WuhuaRuleSetProviderTest {

    private static final Instant AS_OF = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void isFoundThroughTheSdkPluginLoaderByName() {
        RuleSetProvider p = Plugins.forDefaultClassLoader().named(RuleSetProvider.class, WuhuaRuleSetProvider.NAME);
        assertThat(p).isInstanceOf(WuhuaRuleSetProvider.class);
        assertThat(RuleSets.available()).contains(WuhuaRuleSetProvider.RULE_SET_ID, "party-member-points");
    }

    @Test
    void extendsTheBuiltInMemberPackWithAnExplicitOverride() {
        RuleSet base = RuleSets.builtIn("party-member-points");
        RuleSet pack = new WuhuaRuleSetProvider().ruleSet(WuhuaRuleSetProvider.RULE_SET_ID);
        LocalDate day = LocalDate.of(2025, 6, 1);
        assertThat(pack.parameters().get("visit.points").valueAt(day).orElseThrow().value()).isEqualTo(200);
        assertThat(base.parameters().get("visit.points").valueAt(day).orElseThrow().value()).isEqualTo(100);
        assertThat(pack.rule("meeting")).isPresent();
        assertThat(pack.rule("reception-day")).isPresent();
        assertThat(base.rule("reception-day")).isEmpty();
    }

    @Test
    void householdVisitsScoreDoubleAndReceptionDayCountsOnceAMonth() {
        RuleSet pack = new WuhuaRuleSetProvider().ruleSet(WuhuaRuleSetProvider.RULE_SET_ID);
        List<Event> events = List.of(
                event("e1", EventTypes.HOUSEHOLD_VISIT, "2025-03-03T02:00:00Z", 1),
                event("e2", "wuhua.reception-day", "2025-03-05T02:00:00Z", 1),
                event("e3", "wuhua.reception-day", "2025-03-19T02:00:00Z", 1));
        long vendor = ScoringEngine.compile(pack).score(events, AS_OF).total("p1");
        long base = ScoringEngine.compile(RuleSets.builtIn("party-member-points")).score(events, AS_OF).total("p1");
        assertThat(base).isEqualTo(100);
        assertThat(vendor).isEqualTo(200 + 300);
    }

    @Test
    void sameContentOnEveryCallAndUnknownIdsAreNamed() {
        WuhuaRuleSetProvider p = new WuhuaRuleSetProvider();
        assertThat(p.ruleSet(WuhuaRuleSetProvider.RULE_SET_ID).contentHash())
                .isEqualTo(p.ruleSet(WuhuaRuleSetProvider.RULE_SET_ID).contentHash());
        assertThatThrownBy(() -> p.ruleSet("nope")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nope").hasMessageContaining(WuhuaRuleSetProvider.RULE_SET_ID);
    }

    private static Event event(String id, String type, String at, int quantity) {
        return new Event(id, type, "p1", Instant.parse(at), BigDecimal.valueOf(quantity), Optional.empty(), Map.of());
    }
}
