package org.jiceng.io.popolo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jiceng.core.model.AreaLevel;
import org.jiceng.core.model.DateRange;
import org.jiceng.core.model.Dataset;
import org.jiceng.core.model.MemberStatus;
import org.jiceng.core.model.Membership;
import org.jiceng.core.model.OrganizationType;
import org.jiceng.core.model.PartyMember;
import org.jiceng.core.model.PartyOrganization;
import org.jiceng.core.model.Person;
import org.jiceng.core.model.Role;
import org.jiceng.io.geojson.Collected;
import org.jiceng.io.geojson.internal.JsonDocumentException;
import org.jiceng.io.geojson.internal.JsonProblem;
import org.jiceng.io.popolo.internal.PopoloReader;
import org.junit.jupiter.api.Test;

class PopoloTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Dataset read(byte[] bytes, Collected rows) {
        return new PopoloReader(100_000, 1 << 20, 100).read(new ByteArrayInputStream(bytes), rows);
    }

    static byte[] write(PopoloWriter writer, Dataset dataset) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(dataset, out);
        return out.toByteArray();
    }

    static byte[] fixture(String name) throws IOException {
        try (InputStream in = PopoloTest.class.getResourceAsStream("/fixtures/popolo/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void importsEveryPoliticianStyleFile() throws IOException {
        Collected rows = Collected.all();
        Dataset d = read(fixture("xishan.popolo.json"), rows);

        assertThat(rows.rejected).isEmpty();
        assertThat(rows.accepted).hasSize(3 + 4 + 3 + 2 + 2);
        Person li = d.persons().get(0);
        assertThat(li.idNumber()).contains("11010519491231002X");
        assertThat(li.phone()).contains("13812345678");
        assertThat(li.homeAreaId()).contains("area/530112006001");
        Person zhao = d.persons().get(1);
        assertThat(zhao.idNumber()).isEmpty();
        assertThat(zhao.phone()).as("an e-mail is not a phone").isEmpty();
        assertThat(d.partyMembers()).containsExactly(
                new PartyMember("person/li-hua", MemberStatus.FULL, Optional.of(LocalDate.of(2001, 7, 1))),
                new PartyMember("person/zhao-min", MemberStatus.PROBATIONARY, Optional.empty()));

        assertThat(d.organizations()).extracting(PartyOrganization::type).containsExactly(
                OrganizationType.WORKING_COMMITTEE, OrganizationType.PARTY_COMMITTEE, OrganizationType.BRANCH,
                OrganizationType.ALLIANCE);
        assertThat(d.organizations().get(0).founded()).as("partial date: first day").contains(LocalDate.of(2003, 1, 1));
        assertThat(d.organizations().get(2).dissolved()).contains(LocalDate.of(2024, 1, 1));
        assertThat(d.organizations().get(3).memberOrganizationIds())
                .containsExactlyInAnyOrder("org/xihua-cpc", "org/unit-hospital");

        Membership secretary = d.memberships().get(0);
        assertThat(secretary.role()).isEqualTo(Role.SECRETARY);
        assertThat(secretary.postId()).contains("post/xihua-secretary");
        assertThat(secretary.period()).as("inclusive Popolo end becomes exclusive range end")
                .isEqualTo(DateRange.of(LocalDate.of(2021, 1, 1), LocalDate.of(2024, 1, 1)));
        assertThat(d.memberships().get(1).personId()).as("member form").isEqualTo("person/zhao-min");
        assertThat(d.memberships().get(1).period()).isEqualTo(DateRange.startingOn(LocalDate.of(2015, 1, 1)));
        assertThat(d.memberships().get(2).period()).as("partial end date: last day of the year")
                .isEqualTo(DateRange.of(LocalDate.of(2019, 5, 1), LocalDate.of(2020, 1, 1)));

        assertThat(d.posts().get(1).role()).isEqualTo(Role.BUILDING_LEADER);
        assertThat(d.areas().get(1).level()).isEqualTo(AreaLevel.COMMUNITY);
        assertThat(d.areas().get(1).divisionCode()).contains("530112006001");
        assertThat(d.areas().get(1).households()).contains(3215);
        assertThat(d.areas().get(1).geometryRef()).contains("530112006001");
    }

    @Test
    void masksIdNumbersAndPhonesByDefault() throws IOException {
        Person person = new Person("p1", "张三", Optional.of("11010519491231002X"), Optional.of("13812345678"),
                Optional.empty());
        Dataset dataset = Dataset.builder().add(person).build();

        String masked = new String(write(PopoloWriter.masked(), dataset), StandardCharsets.UTF_8);
        assertThat(masked).doesNotContain("11010519491231002X", "13812345678")
                .contains("110105********002X", "138****5678", Popolo.SCHEME_ID_NUMBER_MASKED);
        JsonNode contact = JSON.readTree(masked).at("/persons/0/contact_details/0");
        assertThat(contact.path("note").asText()).isEqualTo(Popolo.NOTE_MASKED);

        String clear = new String(write(PopoloWriter.unmasked(), dataset), StandardCharsets.UTF_8);
        assertThat(clear).contains("11010519491231002X", "13812345678");
        assertThat(JSON.readTree(clear).at("/persons/0/identifiers/0/scheme").asText())
                .isEqualTo(Popolo.SCHEME_ID_NUMBER);
    }

    @Test
    void writesInclusiveEndDatesAndChineseClassifications() throws IOException {
        Dataset dataset = Dataset.builder()
                .add(Membership.of("m", "p", "o", Role.GRID_WORKER,
                        DateRange.of(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 1))))
                .add(PartyOrganization.of("o", "第三支部", OrganizationType.BRANCH, null, null)
                        .foundedOn(LocalDate.of(2001, 2, 3)))
                .build();
        JsonNode doc = JSON.readTree(write(PopoloWriter.masked(), dataset));

        assertThat(doc.at("/memberships/0/end_date").asText()).isEqualTo("2020-12-31");
        assertThat(doc.at("/memberships/0/role").asText()).isEqualTo("网格员");
        assertThat(doc.at("/organizations/0/classification").asText()).isEqualTo("党支部");
        assertThat(doc.at("/organizations/0/founding_date").asText()).isEqualTo("2001-02-03");
        assertThat(doc.at("/organizations/0").has("parent_id")).isFalse();
    }

    @Test
    void rejectsFaultyObjectsWithPointerAndConstraint() throws IOException {
        Collected rows = Collected.all();
        Dataset d = read(fixture("broken.popolo.json"), rows);

        assertThat(rows.accepted).as("a membership without start_date is an open range now, not an error")
                .containsExactly("/persons/0", "/memberships/0");
        assertThat(d.persons()).extracting(Person::id).containsExactly("p1");
        assertThat(constraints(rows, "/persons/1")).containsExactly("required");
        assertThat(constraints(rows, "/persons/2")).containsExactly("unique-id");
        assertThat(constraints(rows, "/persons/3")).containsExactly("single-id-number");
        assertThat(constraints(rows, "/organizations/0")).containsExactly("enum:OrganizationType");
        assertThat(constraints(rows, "/organizations/1")).containsExactly("date-order");
        assertThat(constraints(rows, "/memberships/1")).containsExactly("format:popolo-date");
        assertThat(constraints(rows, "/memberships/2")).containsExactly("date-order");
        assertThat(constraints(rows, "/memberships/3")).containsExactly("popolo:person-member");
        assertThat(constraints(rows, "/posts/0")).containsExactly("enum:Role");
        assertThat(constraints(rows, "/areas/0")).containsExactly("type:integer");
        assertThat(rows.rejected.get("/areas/0").get(0).field()).isEqualTo("jiceng/households");
        assertThat(rows.rejected.get("/memberships/1").get(0).rawValue()).isEqualTo("\"2020-13-01\"");
    }

    @Test
    void refusesDocumentsThatAreNotPopolo() {
        for (String text : List.of("[]", "{\"persons\":{}}", "{\"persons\":[", "", "{} []", "\"persons\"")) {
            assertThatThrownBy(() -> read(text.getBytes(StandardCharsets.UTF_8), Collected.all()))
                    .as(text).isInstanceOf(JsonDocumentException.class);
        }
    }

    @Test
    void refusesMoreObjectsThanTheLimit() {
        byte[] json = "{\"persons\":[{},{}],\"areas\":[{}]}".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new PopoloReader(2, 1 << 20, 100).read(new ByteArrayInputStream(json), Collected.all()))
                .isInstanceOf(JsonDocumentException.class)
                .hasMessageContaining("more than 2");
    }

    @Test
    void skipsUnknownTopLevelMembersAndNullCollections() {
        byte[] json = "{\"events\":[{\"x\":[1,2]}],\"persons\":null,\"areas\":[]}".getBytes(StandardCharsets.UTF_8);
        Collected rows = Collected.all();
        assertThat(read(json, rows).size()).isZero();
        assertThat(rows.accepted).isEmpty();
        assertThat(rows.rejected).isEmpty();
    }

    @Test
    void sameDatesEverywhereAreOneDayMemberships() {
        byte[] json = ("{\"memberships\":[{\"id\":\"m\",\"person_id\":\"p\",\"organization_id\":\"o\",\"role\":\"书记\","
                + "\"start_date\":\"2020-02-29\",\"end_date\":\"2020-02-29\"}]}").getBytes(StandardCharsets.UTF_8);
        Dataset d = read(json, Collected.all());
        assertThat(d.memberships().get(0).period().contains(LocalDate.of(2020, 2, 29))).isTrue();
        assertThat(d.memberships().get(0).period().contains(LocalDate.of(2020, 3, 1))).isFalse();
        assertThat(Set.copyOf(d.memberships())).hasSize(1);
    }

    private static List<String> constraints(Collected rows, String pointer) {
        assertThat(rows.rejected).containsKey(pointer);
        return rows.rejected.get(pointer).stream().map(JsonProblem::constraint).toList();
    }
}
