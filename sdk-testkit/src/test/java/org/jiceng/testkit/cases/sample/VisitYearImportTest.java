package org.jiceng.testkit.cases.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.jiceng.cases.anticipate.Anticipation;
import org.jiceng.cases.anticipate.AnticipationRules;
import org.jiceng.cases.anticipate.Anticipator;
import org.jiceng.cases.anticipate.Finding;
import org.jiceng.cases.anticipate.Visit;
import org.jiceng.io.ExportOptions;
import org.jiceng.io.Exporter;
import org.jiceng.io.ImportOptions;
import org.jiceng.io.Importer;
import org.jiceng.io.mapping.MappedImport;
import org.jiceng.io.visits.VisitTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generated year of visits written to a file and imported again through sdk-io, as a street would hand
 * its 民情日记 over: every visit comes back equal and anticipation finds the same on the imported visits.
 */
class VisitYearImportTest {

    @Test
    void generatedVisitsExportedUnmaskedAreImportedBackAndGiveTheSameFindings(@TempDir Path dir) throws IOException {
        VisitYear year = VisitYearGenerator.generate(VisitYearSpec.small(3, true));
        Path file = dir.resolve("走访记录.csv");
        Exporter.write(VisitTable.MAPPING, year.visits(), file, ExportOptions.defaults().unmasked());

        MappedImport<Visit> imported = Importer.read(file, VisitTable.MAPPING, ImportOptions.defaults());

        assertThat(imported.report().rejected()).isZero();
        assertThat(imported.rows()).containsExactlyElementsOf(year.visits());
        Anticipator anticipator = Anticipation.anticipator(AnticipationRules.builtIn());
        assertThat(anticipator.detect(year.input(year.cases(), imported.rows())).findings()).extracting(Finding::id)
                .containsExactlyElementsOf(anticipator.detect(year.input()).findings().stream().map(Finding::id).toList());
    }

    @Test
    void aMaskedExportDoesNotHoldTheResidentsNamesOrPhones(@TempDir Path dir) throws IOException {
        VisitYear year = VisitYearGenerator.generate(VisitYearSpec.small(3, false));
        Path file = dir.resolve("visits.csv");
        Exporter.write(VisitTable.MAPPING, year.visits(), file, ExportOptions.defaults());
        String text = java.nio.file.Files.readString(file, java.nio.charset.StandardCharsets.UTF_8);

        assertThat(year.visits()).filteredOn(v -> v.residentPhone().isPresent()).isNotEmpty()
                .allSatisfy(v -> {
                    assertThat(text).doesNotContain(v.residentPhone().get());
                    assertThat(text).doesNotContain(v.residentName().get());
                });
    }
}
