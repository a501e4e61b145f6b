package org.jiceng.core.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiceng.core.registry.SampleDistrict.ids;

import java.time.LocalDate;
import org.jiceng.core.model.Membership;
import org.jiceng.core.model.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RegistryLookupTest {

    private static Registry registry;

    @BeforeAll
    static void build() {
        // 2 subdistricts x 2 communities x 2 branches x 3 members
        registry = Registry.buildStrict(SampleDistrict.build(2, 2, 2, 3));
    }

    @Test
    void findsRecordsById() {
        assertThat(registry.area("C1-2")).hasValueSatisfying(a -> assertThat(a.name()).isEqualTo("社区1-2"));
        assertThat(registry.organization("B2-1-2")).isPresent();
        assertThat(registry.person("P1-1-1-1")).isPresent();
        assertThat(registry.partyMember("P1-1-1-1")).isPresent();
        assertThat(registry.membership("M-P1-1-1-1")).isPresent();
        assertThat(registry.post("POST-B1-1-1")).isPresent();
        assertThat(registry.grid("G2-2")).isPresent();
        assertThat(registry.area("nowhere")).isEmpty();
        assertThat(registry.person(null)).isEmpty();
    }

    @Test
    void walksTheAreaHierarchy() {
        assertThat(ids(registry.childAreas("D"))).containsExactly("S1", "S2");
        assertThat(ids(registry.childAreas("S2"))).containsExactly("C2-1", "C2-2");
        assertThat(ids(registry.areaAncestors("C2-1"))).containsExactly("S2", "D");
        assertThat(ids(registry.descendantAreas("D"))).containsExactly("S1", "S2", "C1-1", "C1-2", "C2-1", "C2-2");
        assertThat(registry.areaAncestors("D")).isEmpty();
        assertThat(registry.childAreas("nowhere")).isEmpty();
    }

    @Test
    void walksTheOrganisationHierarchy() {
        assertThat(ids(registry.childOrganizations("CC1-2"))).containsExactly("B1-2-1", "B1-2-2");
        assertThat(ids(registry.organizationAncestors("B1-2-1"))).containsExactly("CC1-2", "WC1", "DC");
        assertThat(ids(registry.childOrganizations("DC"))).containsExactly("WC1", "WC2");
    }

    @Test
    void listsMembersAtADateRespectingHalfOpenTransfers() {
        // Member 3 of each branch moved from the other branch on 2015-01-01.
        LocalDate dayBefore = SampleDistrict.TRANSFER.minusDays(1);
        assertThat(registry.membersOf("B1-1-1", dayBefore).stream().map(Membership::personId))
                .containsExactlyInAnyOrder("P1-1-1-1", "P1-1-1-2", "P1-1-2-3");
        assertThat(registry.membersOf("B1-1-1", SampleDistrict.TRANSFER).stream().map(Membership::personId))
                .containsExactlyInAnyOrder("P1-1-1-1", "P1-1-1-2", "P1-1-1-3");
        assertThat(registry.membersOf("B1-1-1", LocalDate.of(2022, 1, 1)))
                .filteredOn(m -> m.role() == Role.SECRETARY).extracting(Membership::personId)
                .containsExactly("P1-1-1-1");
        assertThat(registry.membersOf("B1-1-1", LocalDate.of(1999, 12, 31))).isEmpty();
        // three members, the secretary term, and the member who left for B1-1-2 on the transfer day
        assertThat(registry.membershipsOf("B1-1-1")).hasSize(3 + 1 + 1);
    }

    @Test
    void findsThePersonsBranchAtADate() {
        assertThat(registry.branchOf("P1-1-1-3", LocalDate.of(2014, 12, 31)).map(o -> o.id())).contains("B1-1-2");
        assertThat(registry.branchOf("P1-1-1-3", LocalDate.of(2015, 1, 1)).map(o -> o.id())).contains("B1-1-1");
        assertThat(registry.branchOf("P1-1-1-3", LocalDate.of(1999, 1, 1))).isEmpty();
        assertThat(ids(registry.membershipsOfPerson("P1-1-1-3"))).containsExactly("M0-P1-1-1-3", "M-P1-1-1-3");
    }

    @Test
    void findsOrganisationsGridsAndPostsOfAnArea() {
        assertThat(ids(registry.organizationsOfArea("C2-1"))).containsExactly("CC2-1", "B2-1-1", "B2-1-2");
        assertThat(ids(registry.gridsOfArea("C2-1"))).containsExactly("G2-1");
        assertThat(registry.gridsOfArea("S2")).isEmpty();
        assertThat(ids(registry.postsOf("B2-1-2"))).containsExactly("POST-B2-1-2");
    }

    @Test
    void listsAllRecordsOfAKindInDatasetOrderAndIsImmutable() {
        assertThat(registry.areas()).hasSize(1 + 2 + 4);
        assertThat(registry.persons()).hasSize(2 * 2 * 2 * 3);
        assertThat(registry.memberships()).hasSize(24 + 8 + 8);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> registry.areas().clear())
                .isInstanceOf(UnsupportedOperationException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> registry.childAreas("D").clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
