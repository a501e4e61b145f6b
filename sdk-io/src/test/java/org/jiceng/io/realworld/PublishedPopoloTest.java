package org.jiceng.io.realworld;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jiceng.core.model.Area;
import org.jiceng.core.model.DateRange;
import org.jiceng.core.model.Membership;
import org.jiceng.core.model.PartyOrganization;
import org.jiceng.core.model.Person;
import org.jiceng.core.model.Post;
import org.jiceng.core.model.Role;
import org.jiceng.io.ImportOptions;
import org.jiceng.io.Importer;
import org.jiceng.io.popolo.PopoloFormatProvider;
import org.jiceng.io.popolo.PopoloWriter;
import org.jiceng.io.report.ImportReport;
import org.jiceng.io.report.ImportResult;
import org.jiceng.io.report.ImportWarning;
import org.jiceng.io.spi.ImportSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Popolo as it is published (the shape of EveryPolitician's {@code ep-popolo-v1.0.json}: sorted keys,
 * memberships without id or start date, partial dates, memberships embedded in persons and organisations,
 * {@code events}, {@code meta} and {@code vote_events} beside the sections the model holds, members such
 * as {@code gender} and {@code image}), written by hand for a community party committee.
 */
class PublishedPopoloTest {

    private static final String FILE = "popolo/xishan-popolo-v1.0.json";

    @TempDir
    Path dir;

    private ImportResult importAsDotJson() throws IOException {
        Path file = dir.resolve("xishan-popolo-v1.0.json");
        Files.write(file, RealWorldFiles.bytes(FILE));
        return Importer.read(file); // a .json file: the content says Popolo
    }

    @Test
    void everyObjectIsAcceptedOrReportedWithExactCounts() throws IOException {
        ImportResult result = importAsDotJson();
        ImportReport report = result.report();

        // Records count as rows: 1 area, 4 persons, 1 organisation, 1 post, 3 top-level memberships,
        // 1 embedded in an organisation and 1 in a person; the repeated membership is rejected.
        assertThat(report.accepted()).isEqualTo(12);
        assertThat(report.rejected()).isEqualTo(1);
        assertThat(report.read()).isEqualTo(13);
        assertThat(report.errors()).singleElement().satisfies(e -> {
            assertThat(e.location().sheet()).contains("/memberships/3");
            assertThat(e.messageEn()).contains("duplicate id in memberships: p-li-hua|org-yxl|书记|2021-05-12");
        });
        assertThat(result.dataset().areas()).extracting(Area::id).containsExactly("530112006001");
        assertThat(result.dataset().persons()).extracting(Person::name).containsExactly("李华", "赵敏", "王芳", "陈洁");
        assertThat(result.dataset().organizations()).extracting(PartyOrganization::founded)
                .containsExactly(java.util.Optional.of(LocalDate.of(2003, 7, 1)));
        assertThat(result.dataset().posts()).extracting(Post::id).containsExactly("post-yxl-secretary");
    }

    @Test
    void membershipsWithoutIdGetAStableDerivedIdAndWithoutStartAnOpenRange() throws IOException {
        Map<String, Membership> byId = importAsDotJson().dataset().memberships().stream()
                .collect(Collectors.toMap(Membership::id, Function.identity()));

        assertThat(byId).containsOnlyKeys("p-li-hua|org-yxl|书记|2021-05-12", "p-zhao-min|org-yxl|党员|",
                "m-wang-2014", "p-chen-jie|org-yxl|委员|2022-01", "p-zhao-min|org-yxl|楼长|2020-03-01");
        Membership open = byId.get("p-zhao-min|org-yxl|党员|");
        assertThat(open.period().hasKnownStart()).isFalse();
        assertThat(open.period().from()).isEqualTo(DateRange.UNKNOWN_START);
        assertThat(open.period().to()).isEmpty();
        assertThat(open.period().contains(LocalDate.of(1990, 1, 1))).isTrue();
        Membership partial = byId.get("m-wang-2014");
        assertThat(partial.period()).isEqualTo(DateRange.of(LocalDate.of(2014, 1, 1), LocalDate.of(2019, 6, 1)));
        Membership inOrganisation = byId.get("p-chen-jie|org-yxl|委员|2022-01");
        assertThat(inOrganisation.organizationId()).as("implied by the organisation").isEqualTo("org-yxl");
        assertThat(inOrganisation.role()).isEqualTo(Role.COMMITTEE_MEMBER);
        Membership inPerson = byId.get("p-zhao-min|org-yxl|楼长|2020-03-01");
        assertThat(inPerson.personId()).as("implied by the person").isEqualTo("p-zhao-min");
        assertThat(inPerson.period()).isEqualTo(DateRange.of(LocalDate.of(2020, 3, 1), LocalDate.of(2024, 1, 1)));
    }

    @Test
    void nothingIsDroppedOrChangedInSilence() throws IOException {
        ImportReport report = importAsDotJson().report();

        assertThat(report.warnings()).filteredOn(w -> w.location().row() == 0)
                .extracting(w -> w.column().orElseThrow(), ImportWarning::rule)
                .containsExactly(tuple("events", "section-ignored"), tuple("meta", "section-ignored"),
                        tuple("vote_events", "section-ignored"), tuple("areas/type", "column-ignored"),
                        tuple("memberships/legislative_period_id", "column-ignored"),
                        tuple("persons/birth_date", "column-ignored"), tuple("persons/gender", "column-ignored"),
                        tuple("persons/image", "column-ignored"), tuple("persons/other_names", "column-ignored"));
        assertThat(report.warnings()).filteredOn(ImportWarning::changedValue)
                .extracting(w -> w.location().sheet().orElseThrow(), w -> w.column().orElseThrow(), ImportWarning::rule,
                        w -> w.originalValue().orElseThrow(), w -> w.normalisedValue().orElseThrow())
                .containsExactlyInAnyOrder(
                        tuple("/memberships/0", "id", "popolo:derived-id", "", "p-li-hua|org-yxl|书记|2021-05-12"),
                        tuple("/memberships/1", "id", "popolo:derived-id", "", "p-zhao-min|org-yxl|党员|"),
                        tuple("/memberships/1", "start_date", "popolo:open-start", "", "unknown"),
                        tuple("/memberships/2", "start_date", "popolo:partial-date", "2014", "2014-01-01"),
                        tuple("/memberships/2", "end_date", "popolo:partial-date", "2019-05", "2019-05-31"),
                        tuple("/organizations/0", "founding_date", "popolo:partial-date", "2003-07", "2003-07-01"),
                        tuple("/organizations/0", "memberships/0/start_date", "popolo:partial-date", "2022-01",
                                "2022-01-01"),
                        tuple("/organizations/0", "memberships/0/id", "popolo:derived-id", "",
                                "p-chen-jie|org-yxl|委员|2022-01"),
                        tuple("/persons/1", "memberships/0/id", "popolo:derived-id", "",
                                "p-zhao-min|org-yxl|楼长|2020-03-01"));
        assertThat(report.warningCount()).isEqualTo(18);
        assertThat(report.normalised()).isEqualTo(5);
    }

    @Test
    void anOpenStartIsWrittenBackWithoutAStartDateAndReadsTheSame() throws IOException {
        ImportResult first = importAsDotJson();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PopoloWriter.unmasked().write(first.dataset(), out);
        String written = out.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(written).doesNotContain("-999999999");

        ImportResult again = Importer.of(new PopoloFormatProvider(), ImportOptions.defaults())
                .read(ImportSource.of("again.popolo.json", out.toByteArray()));
        assertThat(again.report().rejected()).isZero();
        assertThat(again.dataset().memberships()).containsExactlyInAnyOrderElementsOf(first.dataset().memberships());
    }
}
