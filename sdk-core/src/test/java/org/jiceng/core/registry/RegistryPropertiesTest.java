package org.jiceng.core.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.jiceng.core.model.Area;
import org.jiceng.core.model.AreaLevel;
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

class RegistryPropertiesTest {

    /** A defect that adds exactly one integrity problem, with ids made unique by {@code k}. */
    enum Defect {
        DUPLICATE(ProblemCode.DUPLICATE_ID) {
            String inject(Dataset.Builder data, int k) {
                data.add(Person.of("XD" + k, "甲")).add(Person.of("XD" + k, "乙"));
                return "XD" + k;
            }
        },
        UNKNOWN_PARENT(ProblemCode.UNKNOWN_PARENT) {
            String inject(Dataset.Builder data, int k) {
                data.add(Area.of("XA" + k, "楼", AreaLevel.BUILDING, "ghost" + k));
                return "XA" + k;
            }
        },
        CYCLE(ProblemCode.PARENT_CYCLE) {
            String inject(Dataset.Builder data, int k) {
                data.add(PartyOrganization.of("XC" + k + "a", "甲", OrganizationType.GROUP, "XC" + k + "b", null))
                        .add(PartyOrganization.of("XC" + k + "b", "乙", OrganizationType.GROUP, "XC" + k + "a", null));
                return "XC" + k + "a";
            }
        },
        UNKNOWN_AREA(ProblemCode.UNKNOWN_AREA) {
            String inject(Dataset.Builder data, int k) {
                data.add(new Person("XU" + k, "某", Optional.empty(), Optional.empty(), Optional.of("ghost")));
                return "XU" + k;
            }
        },
        UNKNOWN_ORGANIZATION(ProblemCode.UNKNOWN_ORGANIZATION) {
            String inject(Dataset.Builder data, int k) {
                data.add(new Post("XP" + k, "ghost", Role.BUILDING_LEADER, "楼长", Optional.empty()));
                return "XP" + k;
            }
        },
        UNKNOWN_PERSON(ProblemCode.UNKNOWN_PERSON) {
            String inject(Dataset.Builder data, int k) {
                data.add(new PartyMember("ghost" + k, MemberStatus.FULL, Optional.empty()));
                return "ghost" + k;
            }
        },
        UNKNOWN_POST(ProblemCode.UNKNOWN_POST) {
            String inject(Dataset.Builder data, int k) {
                // A person of its own per copy: two copies on one person would also be a duplicate membership.
                data.add(Person.of("XPP" + k, "委员")).add(new Membership("XMP" + k, "XPP" + k, "CC1-1",
                        Role.COMMITTEE_MEMBER, Optional.of("ghost"), DateRange.startingOn(LocalDate.of(2020, 1, 1))));
                return "XMP" + k;
            }
        },
        OUTSIDE_LIFE(ProblemCode.MEMBERSHIP_OUTSIDE_ORGANIZATION_LIFE) {
            String inject(Dataset.Builder data, int k) {
                data.add(Person.of("XPL" + k, "委员")).add(Membership.of("XML" + k, "XPL" + k, "CC1-1",
                        Role.COMMITTEE_MEMBER, DateRange.startingOn(LocalDate.of(1990, 1, 1))));
                return "XML" + k;
            }
        },
        OVERLAP(ProblemCode.OVERLAPPING_BRANCH_MEMBERSHIP) {
            String inject(Dataset.Builder data, int k) {
                data.add(Person.of("XO" + k, "两头"))
                        .add(Membership.of("XO" + k + "a", "XO" + k, "B1-1-1", Role.MEMBER,
                                DateRange.startingOn(LocalDate.of(2005, 1, 1))))
                        .add(Membership.of("XO" + k + "b", "XO" + k, "B1-1-2", Role.MEMBER,
                                DateRange.startingOn(LocalDate.of(2010, 1, 1))));
                return "XO" + k + "b";
            }
        },
        LEVEL(ProblemCode.AREA_LEVEL_NOT_BELOW_PARENT) {
            String inject(Dataset.Builder data, int k) {
                data.add(Area.of("XL" + k, "倒挂", AreaLevel.SUBDISTRICT, "C1-1"));
                return "XL" + k;
            }
        },
        DIVISION(ProblemCode.DIVISION_CODE_NOT_UNDER_PARENT) {
            String inject(Dataset.Builder data, int k) {
                data.add(Area.of("XV" + k, "飞地", AreaLevel.COMPOUND, "C1-1").withDivisionCode("110101001001"));
                return "XV" + k;
            }
        },
        GRID_AREA(ProblemCode.UNKNOWN_AREA) {
            String inject(Dataset.Builder data, int k) {
                data.add(new Grid("XG" + k, "110101001001001", "网格", "ghost", Optional.empty(), List.of(), 0,
                        Optional.empty()));
                return "XG" + k;
            }
        };

        final ProblemCode code;

        Defect(ProblemCode code) {
            this.code = code;
        }

        /** @return the id of the record the problem must name */
        abstract String inject(Dataset.Builder data, int k);
    }

    @Property
    void generatedConsistentDistrictHasAnEmptyReport(@ForAll @IntRange(min = 1, max = 3) int subdistricts,
            @ForAll @IntRange(min = 1, max = 3) int communities, @ForAll @IntRange(min = 1, max = 4) int branches,
            @ForAll @IntRange(min = 0, max = 5) int members) {
        Dataset dataset = SampleDistrict.build(subdistricts, communities, branches, members);

        RegistryBuild build = Registry.build(dataset);

        assertThat(build.report().problems()).isEmpty();
        assertThat(build.registry().persons()).hasSize(subdistricts * communities * branches * members);
    }

    @Property
    void injectingNDistinctDefectsYieldsExactlyThoseNProblems(@ForAll @Size(max = 12) List<Defect> defects,
            @ForAll @IntRange(min = 1, max = 2) int subdistricts, @ForAll @IntRange(min = 2, max = 3) int branches,
            @ForAll @IntRange(min = 1, max = 4) int members) {
        Dataset.Builder data = SampleDistrict.build(subdistricts, 1, branches, members).toBuilder();
        List<String> expected = new ArrayList<>();
        for (int k = 0; k < defects.size(); k++) {
            Defect defect = defects.get(k);
            expected.add(defect.code + " " + defect.inject(data, k));
        }

        IntegrityReport report = Registry.build(data.build()).report();

        assertThat(report.problems()).extracting(p -> p.code() + " " + p.recordId())
                .containsExactlyInAnyOrderElementsOf(expected);
    }
}
