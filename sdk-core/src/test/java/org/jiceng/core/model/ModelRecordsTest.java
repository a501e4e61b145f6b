package org.jiceng.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ModelRecordsTest {

    @Test
    void personToStringNeverLeaksIdNumberOrPhone() {
        Person p = new Person("p1", "张三", Optional.of("11010519491231002X"), Optional.of("13812345678"),
                Optional.empty());

        assertThat(p.toString()).doesNotContain("11010519491231002X").doesNotContain("13812345678")
                .contains("110105********002X").contains("138****5678");
        assertThat(p.maskedIdNumber()).contains("110105********002X");
    }

    @Test
    void nullComponentsAreRejectedNamingTheComponent() {
        assertThatThrownBy(() -> new Area("a", "西山区", AreaLevel.DISTRICT, null, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty()))
                .isInstanceOf(NullPointerException.class).hasMessage("parentId must not be null");
        assertThatThrownBy(() -> new Grid("g", "530112001001001", "一网格", "a", Optional.empty(), null, 0,
                Optional.empty()))
                .isInstanceOf(NullPointerException.class).hasMessage("responsiblePersonIds must not be null");
        assertThatThrownBy(() -> new Grid("g", "530112001001001", "一网格", "a", Optional.empty(),
                java.util.Arrays.asList("p1", null), 0, Optional.empty()))
                .isInstanceOf(NullPointerException.class).hasMessage("responsiblePersonIds element must not be null");
        assertThatThrownBy(() -> new Event("e", "t", "s", Instant.EPOCH, BigDecimal.ONE, Optional.empty(), null))
                .isInstanceOf(NullPointerException.class).hasMessage("attributes must not be null");
        assertThatThrownBy(() -> new DateRange(LocalDate.of(2024, 1, 1), null))
                .isInstanceOf(NullPointerException.class).hasMessage("to must not be null");
    }

    @Test
    void emptyOptionalsAndCollectionsArePassedExplicitly() {
        Area a = new Area("a", "西山区", AreaLevel.DISTRICT, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
        Grid g = new Grid("g", "530112001001001", "一网格", "a", Optional.empty(), List.of(), 0, Optional.empty());

        assertThat(a.parentId()).isEmpty();
        assertThat(a.households()).isEmpty();
        assertThat(g.responsiblePersonIds()).isEmpty();
    }

    @Test
    void collectionsAreDefensivelyCopied() {
        List<String> workers = new ArrayList<>(List.of("p1"));
        Grid g = new Grid("g", "c", "n", "a", Optional.empty(), workers, 10, Optional.empty());
        workers.add("p2");

        assertThat(g.responsiblePersonIds()).containsExactly("p1");
        assertThatThrownBy(() -> g.responsiblePersonIds().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void blankIdsAreRejectedNamingTheField() {
        assertThatThrownBy(() -> Person.of(" ", "张三")).hasMessageContaining("id must not be blank");
        assertThatThrownBy(() -> Event.of("e", "", "s", Instant.EPOCH)).hasMessageContaining("type must not be blank");
        assertThatThrownBy(() -> new Grid("g", "c", "n", "a", Optional.empty(), List.of(), -1, Optional.empty()))
                .hasMessageContaining("households must be >= 0");
    }

    @Test
    void organisationIsActiveFromFoundingUntilTheDayBeforeDissolution() {
        PartyOrganization branch = PartyOrganization.of("o", "第一党支部", OrganizationType.BRANCH, null, null)
                .foundedOn(LocalDate.of(2018, 3, 1)).dissolvedOn(LocalDate.of(2022, 1, 1));

        assertThat(branch.activeOn(LocalDate.of(2018, 2, 28))).isFalse();
        assertThat(branch.activeOn(LocalDate.of(2018, 3, 1))).isTrue();
        assertThat(branch.activeOn(LocalDate.of(2021, 12, 31))).isTrue();
        assertThat(branch.activeOn(LocalDate.of(2022, 1, 1))).isFalse();
        assertThat(branch.covers(DateRange.of(LocalDate.of(2019, 1, 1), LocalDate.of(2022, 1, 1)))).isTrue();
        assertThat(branch.covers(DateRange.startingOn(LocalDate.of(2019, 1, 1)))).isFalse();
        assertThat(branch.covers(DateRange.of(LocalDate.of(2018, 1, 1), LocalDate.of(2019, 1, 1)))).isFalse();
    }

    @Test
    void organisationCannotBeDissolvedBeforeItIsFounded() {
        PartyOrganization o = PartyOrganization.of("o", "n", OrganizationType.BRANCH, null, null)
                .foundedOn(LocalDate.of(2020, 1, 1));
        assertThatThrownBy(() -> o.dissolvedOn(LocalDate.of(2019, 1, 1))).hasMessageContaining("not after founded");
    }

    @Test
    void enumsParseChineseLabelsAndNamesAndListAcceptedValuesOnError() {
        assertThat(OrganizationType.parse("党总支")).isEqualTo(OrganizationType.GENERAL_BRANCH);
        assertThat(OrganizationType.parse("branch")).isEqualTo(OrganizationType.BRANCH);
        assertThat(AreaLevel.parse("楼栋")).isEqualTo(AreaLevel.BUILDING);
        assertThat(ReserveTier.parse("头雁")).isEqualTo(ReserveTier.LEADING);
        assertThat(MemberStatus.parse("预备")).isEqualTo(MemberStatus.PROBATIONARY);
        assertThatThrownBy(() -> Role.parse("主席")).hasMessageContaining("Unknown Role '主席'")
                .hasMessageContaining("书记/SECRETARY");
    }

    @Test
    void areaLevelsAreDeclaredTopDown() {
        assertThat(AreaLevel.values()).containsExactly(AreaLevel.DISTRICT, AreaLevel.SUBDISTRICT,
                AreaLevel.COMMUNITY, AreaLevel.COMPOUND, AreaLevel.BUILDING);
    }

    @Test
    void eventCarriesQuantityAndAttributes() {
        Event e = new Event("e1", EventTypes.VOLUNTEER_SERVICE, "p1", Instant.parse("2024-05-01T02:00:00Z"),
                new BigDecimal("2.5"), Optional.of("c1"), Map.of("project", "护河"));

        assertThat(e.attribute("project")).contains("护河");
        assertThat(e.attribute("missing")).isEmpty();
        assertThat(Event.of("e2", "t", "s", Instant.EPOCH).quantity()).isEqualByComparingTo(BigDecimal.ONE);
    }

    @Test
    void datasetBuilderSortsRecordsByKindAndRejectsForeignTypes() {
        Dataset d = Dataset.builder()
                .add(Area.of("a", "西山区", AreaLevel.DISTRICT, null))
                .add(Person.of("p", "李四"))
                .add(Event.of("e", "t", "p", Instant.EPOCH))
                .build();

        assertThat(d.areas()).hasSize(1);
        assertThat(d.persons()).hasSize(1);
        assertThat(d.events()).hasSize(1);
        assertThat(d.size()).isEqualTo(3);
        assertThat(d.toBuilder().build()).isEqualTo(d);
        assertThat(Dataset.empty().size()).isZero();
        assertThatThrownBy(() -> Dataset.builder().add(new DateRange(LocalDate.MIN, Optional.empty())))
                .hasMessageContaining("Not a dataset record type");
    }
}
