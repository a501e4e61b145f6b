package org.jiceng.testkit.integration;

import org.jiceng.cases.CaseEventTypes;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jiceng.cases.Case;
import org.jiceng.cases.CaseAssessment;
import org.jiceng.testkit.cases.sample.CaseYearGenerator;
import org.jiceng.testkit.cases.sample.CaseYearSpec;
import org.jiceng.core.model.Area;
import org.jiceng.core.model.AreaLevel;
import org.jiceng.core.model.Dataset;
import org.jiceng.core.model.DateRange;
import org.jiceng.core.model.Event;
import org.jiceng.core.model.EventTypes;
import org.jiceng.core.model.MemberStatus;
import org.jiceng.core.model.Membership;
import org.jiceng.core.model.OrganizationType;
import org.jiceng.core.model.PartyMember;
import org.jiceng.core.model.PartyOrganization;
import org.jiceng.core.model.Person;
import org.jiceng.core.model.Role;
import org.jiceng.core.registry.Registry;
import org.jiceng.core.registry.RegistryBuild;
import org.jiceng.core.validation.IdNumbers;
import org.jiceng.core.validation.Validators;
import org.jiceng.grid.index.GridIndex;
import org.jiceng.grid.index.GridIndexes;
import org.jiceng.grid.index.GridShape;
import org.jiceng.grid.partition.ContiguityRule;
import org.jiceng.grid.partition.GridPartitioning;
import org.jiceng.grid.partition.Partition;
import org.jiceng.grid.partition.PartitionGrid;
import org.jiceng.grid.partition.PartitionRequest;
import org.jiceng.grid.partition.WeightedPoint;
import org.jiceng.io.ExportOptions;
import org.jiceng.io.Exporter;
import org.jiceng.io.Formats;
import org.jiceng.io.Importer;
import org.jiceng.io.report.ImportResult;
import org.jiceng.scoring.RuleSets;
import org.jiceng.scoring.ScoringEngine;
import org.jiceng.scoring.Scorecards;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's walk-through across modules, end to end: a district's records go out to CSV and
 * back, validate, index into a registry and score; a year of whistle cases is assessed by the
 * scoring engine's 一哨一考核 pack; a community's buildings are split into grids that the grid index
 * finds again. Each step consumes the previous module's output unchanged.
 */
class SdkWalkthroughTest {

    private static final Instant AS_OF = Instant.parse("2025-01-01T00:00:00Z");

    @Test
    void recordsSurviveCsvAndThenValidateIndexAndScore(@TempDir Path dir) throws Exception {
        Dataset district = smallDistrict();

        Exporter.of(Formats.forName("csv"), ExportOptions.defaults().unmasked()).writeTo(district, dir);
        ImportResult imported = Importer.read(dir);

        assertThat(imported.report().errors()).isEmpty();
        Set<Record> read = imported.dataset().records().collect(Collectors.toSet());
        assertThat(read).isEqualTo(district.records().collect(Collectors.toSet()));

        assertThat(Validators.forLocale(Locale.SIMPLIFIED_CHINESE).validate(imported.dataset())).isEmpty();
        RegistryBuild build = Registry.build(imported.dataset());
        assertThat(build.report().problems()).isEmpty();
        assertThat(build.registry().membersOf("branch-1", LocalDate.of(2024, 6, 1)))
                .extracting(Membership::personId).containsExactlyInAnyOrder("p1", "p2", "p3");

        ScoringEngine engine = ScoringEngine.compile(RuleSets.builtIn("party-member-points"));
        Scorecards fromFile = engine.score(imported.dataset().events(), AS_OF);
        Scorecards fromMemory = engine.score(district.events(), AS_OF);
        assertThat(fromFile.totals()).isEqualTo(fromMemory.totals());
        // p1 attended two meetings, p2 one, p3 none: the points must rank them that way.
        assertThat(fromFile.total("p1")).isGreaterThan(fromFile.total("p2"));
        assertThat(fromFile.total("p2")).isGreaterThan(0);
        assertThat(fromFile.scorecard("p3")).isEmpty();
    }

    @Test
    void everyAssessedDepartmentGetsAScorecardFromTheWhistlePack() {
        List<Case> year = CaseYearGenerator.generate(CaseYearSpec.guandu(7, 2024));
        DateRange period = DateRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1));
        List<Event> assessment = CaseAssessment.events(year, period);
        assertThat(assessment).isNotEmpty();

        Scorecards departments = ScoringEngine.compile(RuleSets.builtIn("guandu-whistle-assessment"))
                .score(assessment, AS_OF);

        Set<String> assessed = assessment.stream().map(Event::subjectId).collect(Collectors.toSet());
        assertThat(departments.totals().keySet()).isEqualTo(assessed);
        // Overdue cases cost points: without the overdue events no department scores lower, and
        // at least one scores higher.
        List<Event> withoutOverdue = assessment.stream()
                .filter(e -> !e.type().equals(CaseEventTypes.WHISTLE_OVERDUE)).toList();
        Scorecards forgiven = ScoringEngine.compile(RuleSets.builtIn("guandu-whistle-assessment"))
                .score(withoutOverdue, AS_OF);
        assertThat(assessed).allSatisfy(d -> assertThat(forgiven.total(d)).isGreaterThanOrEqualTo(departments.total(d)));
        assertThat(assessed).anySatisfy(d -> assertThat(forgiven.total(d)).isGreaterThan(departments.total(d)));
    }

    @Test
    void aCommunitysBuildingsSplitIntoContiguousGridsThatLocateFindsAgain() {
        // 60 buildings of 5-80 households in a 600 m square of Kunming, into 6 grids.
        java.util.Random random = new java.util.Random(5);
        List<WeightedPoint> buildings = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            buildings.add(new WeightedPoint("b" + i, 102.70 + random.nextDouble() * 0.006,
                    25.03 + random.nextDouble() * 0.006, 5 + random.nextInt(76)));
        }
        Partition p = GridPartitioning.defaults().partition(PartitionRequest.of(buildings, 6)
                .withDivisionCode("530112001001")
                .withContiguity(ContiguityRule.REQUIRE));
        assertThat(p.quality().nonContiguousGrids()).hasValue(0);
        assertThat(p.grids()).extracting(PartitionGrid::code).startsWith("530112001001001");
        assertThat(p.grids().stream().mapToLong(PartitionGrid::load).sum())
                .isEqualTo(buildings.stream().mapToLong(WeightedPoint::weight).sum());

        List<GridShape> shapes = p.grids().stream()
                .map(g -> new GridShape(g.code(), g.polygon().orElseThrow())).toList();
        GridIndex grids = GridIndexes.create(shapes);
        for (int i = 0; i < buildings.size(); i++) {
            WeightedPoint b = buildings.get(i);
            assertThat(grids.locate(b.lon(), b.lat())).as("building %s", b.id()).contains(p.gridOf(i).code());
        }
    }

    private static Dataset smallDistrict() {
        Dataset.Builder b = Dataset.builder();
        b.add(Area.of("d", "西山区", AreaLevel.DISTRICT, null).withDivisionCode("530112000000"));
        b.add(Area.of("s", "前卫街道", AreaLevel.SUBDISTRICT, "d").withDivisionCode("530112001000"));
        b.add(Area.of("c", "福园社区", AreaLevel.COMMUNITY, "s").withDivisionCode("530112001001"));
        b.add(PartyOrganization.of("committee", "福园社区党委", OrganizationType.PARTY_COMMITTEE, null, "c"));
        b.add(PartyOrganization.of("branch-1", "第一党支部", OrganizationType.BRANCH, "committee", "c"));
        List<Event> events = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            String person = "p" + i;
            b.add(new Person(person, "党员" + i,
                    Optional.of(IdNumbers.of("530112", LocalDate.of(1970 + i, 3, i), i)),
                    Optional.of("1390871000" + i), Optional.of("c")));
            b.add(new PartyMember(person, MemberStatus.FULL, Optional.of(LocalDate.of(2000 + i, 7, 1))));
            b.add(Membership.of("m" + i, person, "branch-1", Role.MEMBER,
                    DateRange.startingOn(LocalDate.of(2010, 1, 1))));
        }
        events.add(meeting("e1", "p1", "2024-03-05T02:00:00Z"));
        events.add(meeting("e2", "p1", "2024-04-05T02:00:00Z"));
        events.add(meeting("e3", "p2", "2024-03-05T02:00:00Z"));
        events.forEach(b::add);
        return b.build();
    }

    private static Event meeting(String id, String member, String time) {
        return new Event(id, EventTypes.MEETING_ATTENDED, member, Instant.parse(time), BigDecimal.ONE,
                Optional.of("c"), Map.of("meeting", "支部党员大会"));
    }
}
