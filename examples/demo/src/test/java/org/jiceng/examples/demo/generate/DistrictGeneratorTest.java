package org.jiceng.examples.demo.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jiceng.core.model.AreaLevel;
import org.jiceng.core.model.Dataset;
import org.jiceng.core.model.Membership;
import org.jiceng.core.model.OrganizationType;
import org.jiceng.core.model.PartyOrganization;
import org.jiceng.core.model.Role;
import org.jiceng.core.time.ChinaTime;
import org.jiceng.core.validation.CreditCodes;
import org.jiceng.core.validation.IdNumbers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DistrictGeneratorTest {

    private static GeneratedDistrict xishan;

    @BeforeAll
    static void generateOnce() {
        xishan = DistrictGenerator.generate(DistrictSpec.xishan(), 42L);
    }

    @Test
    void matchesTheSeedScaleOfXishan() {
        Dataset d = xishan.dataset();
        Map<AreaLevel, Long> levels = d.areas().stream().collect(Collectors.groupingBy(a -> a.level(), Collectors.counting()));
        assertThat(levels.get(AreaLevel.DISTRICT)).isEqualTo(1);
        assertThat(levels.get(AreaLevel.SUBDISTRICT)).isEqualTo(10);
        assertThat(levels.get(AreaLevel.COMMUNITY)).isEqualTo(111);
        assertThat(levels.get(AreaLevel.COMPOUND)).isEqualTo(393);
        assertThat(d.organizations()).hasSize(1557);
        assertThat(d.partyMembers()).hasSize(22305);
        assertThat(xishan.rivers()).hasSize(10);
        assertThat(levels.get(AreaLevel.BUILDING)).isEqualTo(xishan.buildings().size());
    }

    @Test
    void reservePipelineFollowsXishansHeadGooseTiers() {
        Map<org.jiceng.core.model.ReserveTier, Long> tiers = xishan.dataset().cadres().stream()
                .filter(c -> c.reserveTier().isPresent())
                .collect(Collectors.groupingBy(c -> c.reserveTier().get(), Collectors.counting()));
        assertThat(tiers.get(org.jiceng.core.model.ReserveTier.FLEDGLING)).isEqualTo(400);
        assertThat(tiers.get(org.jiceng.core.model.ReserveTier.LEADING)).isEqualTo(100);
        // 壮雁 are drawn from the members; a member drawn twice counts once.
        assertThat(tiers.get(org.jiceng.core.model.ReserveTier.RISING)).isBetween(180L, 200L);
        assertThat(xishan.dataset().cadres().stream().filter(c -> c.payGrade().isPresent()))
                .allMatch(c -> c.reserveTier().isEmpty() || c.reserveTier().get() == org.jiceng.core.model.ReserveTier.LEADING);
    }

    @Test
    void hasEveryOrganisationTypeOfTheDesignIncludingJointForms() {
        Set<OrganizationType> types = xishan.dataset().organizations().stream().map(PartyOrganization::type)
                .collect(Collectors.toSet());
        assertThat(types).contains(OrganizationType.PARTY_COMMITTEE, OrganizationType.GENERAL_BRANCH,
                OrganizationType.BRANCH, OrganizationType.GROUP, OrganizationType.JOINT_COMMITTEE,
                OrganizationType.ALLIANCE, OrganizationType.WORKING_COMMITTEE);
        assertThat(xishan.dataset().organizations().stream().filter(o -> o.type() == OrganizationType.JOINT_COMMITTEE))
                .allMatch(o -> !o.memberOrganizationIds().isEmpty());
    }

    @Test
    void everyParentAndSeatedOrganisationExists() {
        Map<String, PartyOrganization> byId = xishan.dataset().organizations().stream()
                .collect(Collectors.toMap(PartyOrganization::id, Function.identity()));
        for (PartyOrganization o : byId.values()) {
            o.parentId().ifPresent(p -> assertThat(byId).containsKey(p));
            assertThat(byId.keySet()).containsAll(o.memberOrganizationIds());
        }
    }

    @Test
    void divisionCodesNestUnderTheDistrictCode() {
        xishan.dataset().areas().stream().filter(a -> a.level() == AreaLevel.COMMUNITY).forEach(a -> {
            assertThat(a.divisionCode()).hasValueSatisfying(c -> assertThat(c).matches("530112\\d{6}"));
            assertThat(a.parentId().orElseThrow()).isEqualTo("S" + a.divisionCode().orElseThrow().substring(0, 9));
        });
    }

    @Test
    void idNumbersAreValidExceptThePlantedDefects() {
        Set<String> planted = planted(InjectedDefect.ID_CHECK_DIGIT);
        assertThat(planted).isNotEmpty();
        xishan.dataset().persons().forEach(p -> {
            String id = p.idNumber().orElseThrow();
            boolean valid = IdNumbers.checkDigit(id.substring(0, 17)) == id.charAt(17);
            assertThat(valid).as(p.id()).isEqualTo(!planted.contains(p.id()));
        });
    }

    @Test
    void creditCodesAreValidExceptThePlantedDefects() {
        Set<String> planted = planted(InjectedDefect.CREDIT_CHECK);
        xishan.dataset().stationedUnits().forEach(u -> {
            String code = u.creditCode().orElseThrow();
            boolean valid = CreditCodes.checkCharacter(code.substring(0, 17)) == code.charAt(17);
            assertThat(valid).as(u.id()).isEqualTo(!planted.contains(u.id()));
        });
    }

    @Test
    void everyMemberHasABranchMembership() {
        Set<String> withBranch = xishan.dataset().memberships().stream().filter(m -> m.role() == Role.MEMBER)
                .map(Membership::personId).collect(Collectors.toSet());
        assertThat(withBranch).hasSize(xishan.dataset().partyMembers().size());
    }

    @Test
    void buildingsLieInsideTheirCommunityAndTheCity() {
        for (BuildingSite b : xishan.buildings()) {
            assertThat(xishan.communityBoxes().get(b.communityId()).contains(b.lon(), b.lat())).isTrue();
            assertThat(DistrictGenerator.CITY.contains(b.lon(), b.lat())).isTrue();
            assertThat(b.households()).isPositive();
        }
    }

    @Test
    void eventsFallInsideTheYearAndHaveUniqueIds() {
        var start = java.time.LocalDate.of(2025, 1, 1).atStartOfDay(ChinaTime.ZONE).toInstant();
        var end = java.time.LocalDate.of(2026, 1, 1).atStartOfDay(ChinaTime.ZONE).toInstant();
        assertThat(xishan.dataset().events()).allMatch(e -> !e.time().isBefore(start) && e.time().isBefore(end));
        assertThat(xishan.dataset().events().stream().map(e -> e.id()).distinct().count())
                .isEqualTo(xishan.dataset().events().size());
    }

    @Test
    void eventTimesAreWholeMinutesOfTheZonesDaysInAYearWithAndWithoutDaylightSaving() {
        // 2025 has one offset all year (times by arithmetic); 1988 had daylight saving (times through the rules).
        for (int year : new int[] {2025, 1988}) {
            DistrictSpec s = DistrictSpec.small();
            DistrictSpec spec = new DistrictSpec(s.districtCode(), s.districtName(), s.subdistricts(), s.communities(),
                    s.residentialGroups(), s.organizations(), s.members(), s.stationedUnits(), s.rivers(), s.cases(),
                    year);
            var events = DistrictGenerator.generate(spec, 7L).dataset().events();
            assertThat(events).as("year %d", year).isNotEmpty().allSatisfy(e -> {
                var local = e.time().atZone(ChinaTime.ZONE);
                assertThat(local.getYear()).isEqualTo(year);
                assertThat(local.getSecond()).isZero();
                assertThat(local.getNano()).isZero();
                // Drawn times are working-hours minutes; the year-end assessments are at 10:00.
                assertThat(local.getHour()).isBetween(8, 19);
            });
        }
    }

    @Test
    void casesStartWithReceptionAndStepsAreInTimeOrder() {
        assertThat(xishan.cases()).hasSize(2400);
        for (WhistleCase c : xishan.cases()) {
            assertThat(c.steps().get(0).state()).isEqualTo("received");
            for (int i = 1; i < c.steps().size(); i++) {
                assertThat(c.steps().get(i).at()).isAfterOrEqualTo(c.steps().get(i - 1).at());
            }
        }
    }

    @Test
    void indicatorEventsUseEveryIndicatorOfTheBuiltInQualityIndex() {
        var index = org.jiceng.scoring.RuleSets.builtIn("guandu-quality-index").index().orElseThrow();
        Map<String, java.util.List<String>> expected = new java.util.LinkedHashMap<>();
        index.categories().forEach(c -> expected.put(c.id(), c.indicators().stream().map(i -> i.id()).toList()));
        assertThat(DistrictGenerator.indicators()).isEqualTo(expected);
        Set<String> used = xishan.dataset().events().stream()
                .filter(e -> e.type().equals(org.jiceng.core.model.EventTypes.INDICATOR_VALUE))
                .map(e -> e.attribute("indicator").orElseThrow()).collect(Collectors.toSet());
        assertThat(used).containsExactlyInAnyOrderElementsOf(
                expected.values().stream().flatMap(java.util.List::stream).toList());
    }

    @Test
    void sameSeedGivesTheSameDistrictAndAnotherSeedAnother() {
        GeneratedDistrict a = DistrictGenerator.generate(DistrictSpec.small(), 7L);
        GeneratedDistrict b = DistrictGenerator.generate(DistrictSpec.small(), 7L);
        GeneratedDistrict c = DistrictGenerator.generate(DistrictSpec.small(), 8L);
        assertThat(a.dataset()).isEqualTo(b.dataset());
        assertThat(a.cases()).isEqualTo(b.cases());
        assertThat(a.buildings()).isEqualTo(b.buildings());
        assertThat(a.dataset().persons()).isNotEqualTo(c.dataset().persons());
    }

    private static Set<String> planted(String kind) {
        return xishan.injectedDefects().stream().filter(d -> d.kind().equals(kind)).map(InjectedDefect::recordId)
                .collect(Collectors.toSet());
    }
}
