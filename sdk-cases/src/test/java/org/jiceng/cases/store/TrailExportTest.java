package org.jiceng.cases.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.jiceng.cases.AuditEntry;
import org.jiceng.cases.Case;
import org.jiceng.cases.SituationCatalogue;
import org.junit.jupiter.api.Test;

class TrailExportTest {

    private static final ZoneId SHANGHAI = org.jiceng.core.time.ChinaTime.ZONE;
    private static final Instant T0 = Instant.parse("2024-06-01T15:30:00Z"); // 23:30 in Shanghai

    private static InMemoryCaseStore store(String note) {
        InMemoryCaseStore store = new InMemoryCaseStore();
        for (int n = 1; n <= 3; n++) {
            Case c = Case.builder("C-" + n, SituationCatalogue.defaults().get("P01")).description("描述\t第" + n + "行\n")
                    .receivedAt(T0.plusSeconds(60L * n), "grid-" + n).build();
            StoredCase s = store.create(c);
            s = store.append(c.id(), 1, AuditEntry.move(T0.plusSeconds(3600L * n), "sec", s.value().status(),
                    org.jiceng.cases.CaseStatus.IN_PROGRESS, ""));
            store.append(c.id(), 2, AuditEntry.move(T0.plusSeconds(3600L * n + 60), "sec", s.value().status(),
                    org.jiceng.cases.CaseStatus.RESOLVED, n == 2 ? note : "已办结"));
        }
        return store;
    }

    private static String export(InMemoryCaseStore store, SortedMap<LocalDate, String>[] roots) {
        StringWriter out = new StringWriter();
        roots[0] = TrailExport.write(store.streamAll(), HashAlgorithm.SHA_256, SHANGHAI, out);
        return out.toString();
    }

    @Test
    @SuppressWarnings("unchecked")
    void anExportChecksOnItsOwnAndAgainstItsPublishedRoots() {
        InMemoryCaseStore store = store("已办结");
        SortedMap<LocalDate, String>[] roots = new SortedMap[1];
        String text = export(store, roots);
        assertThat(roots[0]).containsOnlyKeys(LocalDate.of(2024, 6, 1), LocalDate.of(2024, 6, 2));
        assertThat(TrailExport.dailyRoots(store.streamAll(), HashAlgorithm.SHA_256, SHANGHAI)).isEqualTo(roots[0]);
        TrailExport.Check check = TrailExport.check(new StringReader(text), roots[0]);
        assertThat(check.problems()).isEmpty();
        assertThat(check.entries()).isEqualTo(9);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aTrailRewrittenWithFreshHashesFailsAgainstTheRootPublishedBefore() {
        SortedMap<LocalDate, String>[] published = new SortedMap[1];
        export(store("已办结"), published);
        // Someone rebuilds the whole store with a different note and consistent hashes: the export is
        // sound on its own, but its root of that day is not the one published.
        SortedMap<LocalDate, String>[] forgedRoots = new SortedMap[1];
        String forged = export(store("未办结，虚报"), forgedRoots);
        assertThat(TrailExport.check(new StringReader(forged), Map.of()).isSound()).isTrue();
        TrailExport.Check check = TrailExport.check(new StringReader(forged), published[0]);
        assertThat(check.problems()).singleElement().asString().contains("2024-06-02");
    }

    @Test
    @SuppressWarnings("unchecked")
    void anEditedExportLineIsFound() {
        SortedMap<LocalDate, String>[] roots = new SortedMap[1];
        String text = export(store("已办结"), roots);
        String edited = text.replace("已办结", "已核实办结");
        TrailExport.Check check = TrailExport.check(new StringReader(edited), roots[0]);
        assertThat(check.isSound()).isFalse();
        assertThat(check.problems()).anySatisfy(p -> assertThat(p).contains("C-1 entry 2 hashes to"));
        assertThat(TrailExport.check(new StringReader("not an export\n"), Map.of()).problems())
                .isEqualTo(List.of("line 1: not a jiceng-trail-export file"));
    }
}
