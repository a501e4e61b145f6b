package org.jiceng.core.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jiceng.core.model.RecordKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jiceng.core.model.Area;
import org.jiceng.core.model.AreaLevel;
import org.jiceng.core.model.Cadre;
import org.jiceng.core.model.Dataset;
import org.jiceng.core.model.DateRange;
import org.jiceng.core.model.Grid;
import org.jiceng.core.model.MemberStatus;
import org.jiceng.core.model.Membership;
import org.jiceng.core.model.OrganizationType;
import org.jiceng.core.model.PartyMember;
import org.jiceng.core.model.PartyOrganization;
import org.jiceng.core.model.Person;
import org.jiceng.core.model.Post;
import org.jiceng.core.model.Role;
import org.jiceng.core.model.SocialOrganization;
import org.jiceng.core.model.StationedUnit;
import org.jiceng.core.model.UnitType;
import org.junit.jupiter.api.Test;

/** One failing and one passing case per integrity rule, on top of a consistent sample district. */
class IntegrityRulesTest {

    private static final Dataset BASE = SampleDistrict.build(1, 1, 2, 3);
    private static final String PERSON = "P1-1-1-1";
    private static final String BRANCH = "B1-1-1";
    private static final String OTHER_BRANCH = "B1-1-2";
    private static final String COMMUNITY = "C1-1";

    private static IntegrityReport report(Object... extra) {
        Dataset.Builder builder = BASE.toBuilder();
        for (Object record : extra) {
            builder.add((Record) record);
        }
        return Registry.build(builder.build()).report();
    }

    private static void assertSingle(IntegrityReport report, ProblemCode code, RecordKind kind, String recordId,
            String... messageParts) {
        assertThat(report.problems()).hasSize(1);
        IntegrityProblem problem = report.problems().get(0);
        assertThat(problem.code()).isEqualTo(code);
        assertThat(problem.kind()).isEqualTo(kind);
        assertThat(problem.recordId()).isEqualTo(recordId);
        assertThat(problem.message()).contains(recordId);
        for (String part : messageParts) {
            assertThat(problem.message()).contains(part);
        }
    }

    @Test
    void sampleDistrictIsConsistent() {
        assertThat(Registry.build(BASE).report().problems()).isEmpty();
        assertThat(Registry.build(SampleDistrict.build(3, 2, 3, 4)).report().isClean()).isTrue();
    }

    @Test
    void reportsDuplicateIdAndKeepsTheFirstRecord() {
        RegistryBuild build = Registry.build(BASE.toBuilder().add(Person.of(PERSON, "冒名")).build());

        assertSingle(build.report(), ProblemCode.DUPLICATE_ID, RecordKind.PERSONS, PERSON, "used again");
        assertThat(build.registry().person(PERSON).map(Person::name)).contains("党员1");
    }

    @Test
    void allowsTheSameIdInDifferentKinds() {
        assertThat(report(Person.of("C1-1", "与社区同号")).isClean()).isTrue();
    }

    @Test
    void reportsUnknownParent() {
        assertSingle(report(Area.of("X", "楼", AreaLevel.BUILDING, "ghost")), ProblemCode.UNKNOWN_PARENT,
                RecordKind.AREAS, "X", "'ghost'");
        assertSingle(report(PartyOrganization.of("XO", "支部", OrganizationType.BRANCH, "ghost", null)),
                ProblemCode.UNKNOWN_PARENT, RecordKind.ORGANIZATIONS, "XO");
        assertThat(report(Area.of("X", "楼", AreaLevel.BUILDING, COMMUNITY)).isClean()).isTrue();
    }

    @Test
    void reportsEachParentCycleOnceAndCutsIt() {
        RegistryBuild build = Registry.build(BASE.toBuilder()
                .add(PartyOrganization.of("X1", "甲", OrganizationType.GROUP, "X3", null))
                .add(PartyOrganization.of("X2", "乙", OrganizationType.GROUP, "X1", null))
                .add(PartyOrganization.of("X3", "丙", OrganizationType.GROUP, "X2", null))
                .add(PartyOrganization.of("X4", "丁", OrganizationType.GROUP, "X2", null))
                .build());

        assertSingle(build.report(), ProblemCode.PARENT_CYCLE, RecordKind.ORGANIZATIONS, "X1",
                "X1 -> X3 -> X2 -> X1");
        assertThat(SampleDistrict.ids(build.registry().organizationAncestors("X4"))).containsExactly("X2", "X1");
        assertThat(SampleDistrict.ids(build.registry().organizationAncestors("X1"))).isEmpty();
    }

    @Test
    void reportsSelfParentAsCycle() {
        assertSingle(report(Area.of("X", "自指", AreaLevel.BUILDING, "X")), ProblemCode.PARENT_CYCLE,
                RecordKind.AREAS, "X", "X -> X");
    }

    @Test
    void reportsUnknownAreaReferences() {
        assertSingle(report(new Person("X", "某", Optional.empty(), Optional.empty(), Optional.of("ghost"))),
                ProblemCode.UNKNOWN_AREA, RecordKind.PERSONS, "X", "homeAreaId 'ghost'");
        assertSingle(report(PartyOrganization.of("XO", "支部", OrganizationType.BRANCH, "CC1-1", "ghost")
                .foundedOn(SampleDistrict.FOUNDED)), ProblemCode.UNKNOWN_AREA, RecordKind.ORGANIZATIONS, "XO");
        assertSingle(report(new Cadre("P1-1-1-2", Optional.of("ghost"), Optional.empty(), Optional.empty())),
                ProblemCode.UNKNOWN_AREA, RecordKind.CADRES, "P1-1-1-2", "communityId");
        assertThat(report(new Cadre("P1-1-1-2", Optional.of(COMMUNITY), Optional.empty(), Optional.empty()))
                .isClean()).isTrue();
    }

    @Test
    void reportsGridsOnUnknownAreasAndUnknownGridWorkers() {
        assertSingle(report(new Grid("XG", "530112001001009", "网格", "ghost", Optional.empty(), List.of(), 0,
                Optional.empty())), ProblemCode.UNKNOWN_AREA, RecordKind.GRIDS, "XG", "areaId 'ghost'");
        assertSingle(report(new Grid("XG", "530112001001009", "网格", COMMUNITY, Optional.empty(), List.of("ghost"),
                0, Optional.empty())), ProblemCode.UNKNOWN_PERSON, RecordKind.GRIDS, "XG", "responsiblePersonIds");
        assertSingle(report(new Grid("XG", "530112001001009", "网格", COMMUNITY, Optional.of("ghost"), List.of(),
                0, Optional.empty())), ProblemCode.UNKNOWN_PARENT, RecordKind.GRIDS, "XG");
        assertThat(report(new Grid("XG", "530112001001009", "网格", COMMUNITY, Optional.of("G1-1"), List.of(PERSON),
                0, Optional.empty())).isClean()).isTrue();
    }

    @Test
    void reportsUnknownOrganisationReferences() {
        assertSingle(report(new Post("XP", "ghost", Role.BUILDING_LEADER, "楼长", Optional.empty())),
                ProblemCode.UNKNOWN_ORGANIZATION, RecordKind.POSTS, "XP", "organizationId 'ghost'");
        assertSingle(report(Membership.of("XM", PERSON, "ghost", Role.MEMBER, DateRange.startingOn(
                LocalDate.of(2020, 1, 1)))), ProblemCode.UNKNOWN_ORGANIZATION, RecordKind.MEMBERSHIPS, "XM");
        assertSingle(report(new StationedUnit("XU", "医院", UnitType.HOSPITAL, Optional.empty(), Optional.of(COMMUNITY),
                Optional.of("ghost"))), ProblemCode.UNKNOWN_ORGANIZATION, RecordKind.STATIONED_UNITS, "XU");
        assertSingle(report(new SocialOrganization("XS", "协会", Optional.empty(), Optional.empty(),
                Optional.of(COMMUNITY), Optional.of("ghost"), Optional.empty())), ProblemCode.UNKNOWN_ORGANIZATION,
                RecordKind.SOCIAL_ORGANIZATIONS, "XS");
        assertSingle(report(new PartyOrganization("XJ", "大党委", OrganizationType.JOINT_COMMITTEE, Optional.empty(),
                Optional.of(COMMUNITY), Optional.empty(), Optional.empty(), java.util.Set.of(BRANCH, "ghost"))),
                ProblemCode.UNKNOWN_ORGANIZATION, RecordKind.ORGANIZATIONS, "XJ", "memberOrganizationIds");
        assertThat(report(new Post("XP", BRANCH, Role.BUILDING_LEADER, "楼长", Optional.of(COMMUNITY))).isClean())
                .isTrue();
    }

    @Test
    void reportsUnknownPersonReferences() {
        assertSingle(report(new PartyMember("ghost", MemberStatus.PROBATIONARY, Optional.empty())),
                ProblemCode.UNKNOWN_PERSON, RecordKind.PARTY_MEMBERS, "ghost");
        assertSingle(report(new Membership("XM", "ghost", "CC1-1", Role.COMMITTEE_MEMBER, Optional.empty(),
                DateRange.startingOn(LocalDate.of(2020, 1, 1)))), ProblemCode.UNKNOWN_PERSON, RecordKind.MEMBERSHIPS,
                "XM", "personId 'ghost'");
    }

    @Test
    void reportsMembershipOfUnknownPost() {
        assertSingle(report(new Membership("XM", PERSON, "CC1-1", Role.COMMITTEE_MEMBER, Optional.of("ghost"),
                DateRange.startingOn(LocalDate.of(2020, 1, 1)))), ProblemCode.UNKNOWN_POST, RecordKind.MEMBERSHIPS,
                "XM", "postId 'ghost'");
        assertThat(report(new Membership("XM", PERSON, BRANCH, Role.SECRETARY, Optional.of("POST-" + BRANCH),
                DateRange.of(LocalDate.of(2018, 1, 1), LocalDate.of(2021, 1, 1)))).isClean()).isTrue();
    }

    @Test
    void reportsMembershipOutsideTheOrganisationsLife() {
        PartyOrganization dissolved = PartyOrganization.of("XO", "撤销支部", OrganizationType.GROUP, BRANCH, COMMUNITY)
                .foundedOn(LocalDate.of(2010, 1, 1)).dissolvedOn(LocalDate.of(2020, 1, 1));

        assertSingle(report(dissolved, Membership.of("XM", PERSON, "XO", Role.GROUP_LEADER,
                DateRange.of(LocalDate.of(2009, 12, 31), LocalDate.of(2012, 1, 1)))),
                ProblemCode.MEMBERSHIP_OUTSIDE_ORGANIZATION_LIFE, RecordKind.MEMBERSHIPS, "XM", "founded 2010-01-01");
        assertSingle(report(dissolved, Membership.of("XM", PERSON, "XO", Role.GROUP_LEADER,
                DateRange.startingOn(LocalDate.of(2015, 1, 1)))),
                ProblemCode.MEMBERSHIP_OUTSIDE_ORGANIZATION_LIFE, RecordKind.MEMBERSHIPS, "XM", "dissolved 2020-01-01");
        assertThat(report(dissolved, Membership.of("XM", PERSON, "XO", Role.GROUP_LEADER,
                DateRange.of(LocalDate.of(2010, 1, 1), LocalDate.of(2020, 1, 1)))).isClean()).isTrue();
    }

    @Test
    void reportsMemberOfTwoBranchesAtOnce() {
        assertSingle(report(Membership.of("XM", PERSON, OTHER_BRANCH, Role.MEMBER,
                DateRange.of(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 2, 1)))),
                ProblemCode.OVERLAPPING_BRANCH_MEMBERSHIP, RecordKind.MEMBERSHIPS, "XM", "'" + BRANCH + "'",
                "M-" + PERSON);
    }

    @Test
    void reportsTheSameRoleHeldTwiceInOneOrganisationAtOnce() {
        assertSingle(report(Membership.of("XM", PERSON, BRANCH, Role.MEMBER,
                DateRange.of(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 2, 1)))),
                ProblemCode.DUPLICATE_MEMBERSHIP, RecordKind.MEMBERSHIPS, "XM", "'" + BRANCH + "'", "M-" + PERSON);
        assertThat(report(Membership.of("XM", PERSON, BRANCH, Role.SECRETARY,
                DateRange.of(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 2, 1)))).isClean())
                .as("another role in the same branch").isTrue();
    }

    @Test
    void allowsBackToBackBranchesAndOtherRolesInAnotherBranch() {
        // SampleDistrict already moves every third member on the transfer day; add a non-member role too.
        assertThat(report(Membership.of("XM", PERSON, OTHER_BRANCH, Role.CENTRAL_HOUSEHOLD,
                DateRange.startingOn(LocalDate.of(2019, 1, 1)))).isClean()).isTrue();
        assertThat(report(Membership.of("XM", PERSON, "CC1-1", Role.MEMBER,
                DateRange.startingOn(LocalDate.of(2019, 1, 1)))).isClean()).as("a committee is not a branch").isTrue();
    }

    @Test
    void reportsAreaNotBelowItsParent() {
        assertSingle(report(Area.of("X", "倒挂", AreaLevel.SUBDISTRICT, COMMUNITY)),
                ProblemCode.AREA_LEVEL_NOT_BELOW_PARENT, RecordKind.AREAS, "X", "街道/SUBDISTRICT");
        assertThat(report(Area.of("X", "小区", AreaLevel.COMPOUND, COMMUNITY)).isClean()).isTrue();
    }

    @Test
    void reportsDivisionCodeOutsideTheParentsCode() {
        assertSingle(report(Area.of("X", "小区", AreaLevel.COMPOUND, COMMUNITY).withDivisionCode("530112002001")),
                ProblemCode.DIVISION_CODE_NOT_UNDER_PARENT, RecordKind.AREAS, "X", "530112002001", "530112001001");
        assertThat(report(Area.of("X", "小区", AreaLevel.COMPOUND, COMMUNITY).withDivisionCode("530112001001"))
                .isClean()).as("compound carries its community's code").isTrue();
    }

    @Test
    void strictBuildThrowsWithTheWholeReport() {
        Dataset broken = BASE.toBuilder().add(Person.of(PERSON, "重复"))
                .add(Area.of("X", "楼", AreaLevel.BUILDING, "ghost")).build();

        assertThatThrownBy(() -> Registry.buildStrict(broken))
                .isInstanceOfSatisfying(IntegrityException.class, e -> {
                    assertThat(e.report().problems()).extracting(IntegrityProblem::code)
                            .containsExactly(ProblemCode.DUPLICATE_ID, ProblemCode.UNKNOWN_PARENT);
                    assertThat(e.getMessage()).contains("2 integrity problems", "DUPLICATE_ID", "UNKNOWN_PARENT");
                });
    }
}
