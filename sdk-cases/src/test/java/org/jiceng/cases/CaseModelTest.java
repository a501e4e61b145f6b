package org.jiceng.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.StringReader;
import java.time.Duration;
import org.jiceng.core.geo.LonLat;
import org.junit.jupiter.api.Test;

class CaseModelTest {

    @Test
    void caseRecordsRejectNullComponentsNamingThem() {
        assertThatThrownBy(() -> new AuditEntry(java.time.Instant.EPOCH, "网格员", java.util.Optional.empty(),
                CaseStatus.RECEIVED, null, java.util.List.of(), java.util.Optional.empty()))
                .isInstanceOf(NullPointerException.class).hasMessage("note must not be null");
        assertThatThrownBy(() -> new CaseLocation(java.util.Optional.empty(), null, java.util.Optional.empty(),
                java.util.Optional.empty()))
                .isInstanceOf(NullPointerException.class).hasMessage("address must not be null");
        assertThatThrownBy(() -> new Reporter(null, java.util.Optional.empty()))
                .isInstanceOf(NullPointerException.class).hasMessage("name must not be null");
    }

    @Test
    void caseAppliesItsHeadersRulesAndGivesItBackUnchanged() {
        Case c = Fixtures.received("A");
        Throwable headers = catchThrowable(() -> new CaseHeader(c.id(), c.kind(), " ", c.description(),
                c.location(), c.reporter(), c.secretaryId(), c.deadlines()));
        assertThat(headers).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Case(c.id(), c.kind(), " ", c.description(), c.location(), c.reporter(),
                c.secretaryId(), c.deadlines(), c.trail()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(headers.getMessage());
        Case blankSecretary = new Case(c.id(), c.kind(), c.category(), c.description(), c.location(), c.reporter(),
                java.util.Optional.of("  "), c.deadlines(), c.trail());
        assertThat(blankSecretary.secretaryId()).isEmpty();
        assertThat(blankSecretary.header().secretaryId()).isEmpty();
        assertThat(c.header().withTrail(c.trail())).isEqualTo(c);
    }

    @Test
    void reporterIsAlwaysMasked() {
        Reporter r = Reporter.of("张三丰", "13812345678");
        assertThat(r.name()).contains("张**");
        assertThat(r.phone()).contains("138****5678");
        assertThat(new Reporter(r.name(), r.phone())).isEqualTo(r);
        assertThat(Reporter.of(null, " ").isAnonymous()).isTrue();
    }

    @Test
    void deadlinesFollowTheSituationSla() {
        Case c = Fixtures.received("A");
        assertThat(c.deadlines().respondBy()).isEqualTo(Fixtures.T0.plus(Duration.ofHours(2)));
        assertThat(c.deadlines().resolveBy()).isEqualTo(Fixtures.T0.plus(Duration.ofHours(48)));
        assertThat(c.deadlines().resolvedOnTime(Fixtures.hours(48))).isTrue();
        assertThat(c.deadlines().resolvedOnTime(Fixtures.hours(48).plusSeconds(1))).isFalse();
        assertThat(c.deadlines().respondedOnTime(Fixtures.hours(2))).isTrue();
        assertThat(c.deadlines().respondedOnTime(Fixtures.hours(2.1))).isFalse();
    }

    @Test
    void kindDefaultsToTheSituationsKind() {
        assertThat(Fixtures.received("A").kind()).isEqualTo(WhistleKind.PROBLEM);
        Case complaint = Case.builder("B", Fixtures.CATALOGUE.get("P01")).kind(WhistleKind.COMPLAINT)
                .receivedAt(Fixtures.T0, "12345").build();
        assertThat(complaint.kind()).isEqualTo(WhistleKind.COMPLAINT);
    }

    @Test
    void defaultCatalogueCoversAllKinds() {
        // PROACTIVE (未诉先办) is no situation's default: such cases are opened from anticipation findings.
        assertThat(Fixtures.CATALOGUE.situations()).extracting(Situation::kind)
                .contains(java.util.Arrays.stream(WhistleKind.values()).filter(k -> k != WhistleKind.PROACTIVE)
                        .toArray(WhistleKind[]::new))
                .doesNotContain(WhistleKind.PROACTIVE);
        assertThat(Fixtures.CATALOGUE.get("E03").resolveWithin()).isEqualTo(Duration.ofHours(6));
    }

    @Test
    void unknownSituationListsTheKnownCodes() {
        assertThatThrownBy(() -> Fixtures.CATALOGUE.get("Z99")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Z99").hasMessageContaining("P01");
    }

    @Test
    void catalogueParserReportsLineColumnAndValue() {
        String text = "# comment\nX1\t名\t组\tPROBLEM\ta,b\t2\t24\tk\nX2\t名\t组\tWHATEVER\ta\t2\t24\t\n";
        assertThatThrownBy(() -> SituationCatalogue.parse(new StringReader(text), "mine.tsv"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("mine.tsv line 3 column 4 (kind): 'WHATEVER'");
        String badHours = "X1\t名\t组\t问题哨\ta\ttwo\t24\t\n";
        assertThatThrownBy(() -> SituationCatalogue.parse(new StringReader(badHours), "h.tsv"))
                .hasMessageContaining("h.tsv line 1 column 6 (respond hours): 'two'");
        String shortLine = "X1\t名\n";
        assertThatThrownBy(() -> SituationCatalogue.parse(new StringReader(shortLine), "s.tsv"))
                .hasMessageContaining("s.tsv line 1: expected 8");
        String dup = "X1\t名\t组\t问题哨\ta\t2\t24\t\nX1\t又\t组\t问题哨\ta\t2\t24\t\n";
        assertThatThrownBy(() -> SituationCatalogue.parse(new StringReader(dup), "d.tsv"))
                .hasMessageContaining("d.tsv: Situation code X1 is defined twice");
    }

    @Test
    void catalogueParserReadsLabelsAndLists() {
        String text = "\uFEFFX1\t名\t组\t攻坚哨\ta, b\t3\t30\tk1,k2\n";
        Situation s = SituationCatalogue.parse(new StringReader(text), "t").get("X1");
        assertThat(s.kind()).isEqualTo(WhistleKind.TACKLE);
        assertThat(s.departments()).containsExactly("a", "b");
        assertThat(s.keywords()).containsExactly("k1", "k2");
        assertThat(s.respondWithin()).isEqualTo(Duration.ofHours(3));
    }

    @Test
    void situationRejectsResolveShorterThanRespond() {
        assertThatThrownBy(() -> new Situation("X", "n", "g", WhistleKind.PROBLEM, java.util.List.of(),
                Duration.ofHours(5), Duration.ofHours(4), java.util.List.of()))
                .hasMessageContaining("resolveWithin PT4H must not be shorter than respondWithin PT5H");
    }

    @Test
    void geoPointRejectsOutOfRange() {
        assertThatThrownBy(() -> new LonLat(181, 0)).hasMessageContaining("Longitude");
        assertThatThrownBy(() -> new LonLat(0, Double.NaN)).hasMessageContaining("Latitude");
    }
}
