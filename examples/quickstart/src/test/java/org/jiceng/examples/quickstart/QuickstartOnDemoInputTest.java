package org.jiceng.examples.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.jiceng.core.model.PartyMember;
import org.jiceng.examples.demo.generate.DistrictSpec;
import org.jiceng.examples.demo.pipeline.DemoPipeline;
import org.jiceng.examples.demo.pipeline.Progress;
import org.jiceng.grid.partition.PartitionGrid;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's code, run on what the demo writes for import ({@code input/}): it must read the members,
 * score them, locate a building in a grid and partition the buildings, and never stop or come back
 * empty in silence.
 */
class QuickstartOnDemoInputTest {

    @TempDir
    static Path dir;

    private static Quickstart.Result result;
    private static String printed;

    @BeforeAll
    static void runDemoThenQuickstart() throws Exception {
        DemoPipeline.run(new DemoPipeline.Options(DistrictSpec.small(), 7L, dir), Progress.silent());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            result = Quickstart.run(dir.resolve("input"), out);
        }
        printed = bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theDemoMarksItsInputFolderAsSyntheticAndUnmasked() throws Exception {
        String readme = Files.readString(dir.resolve("input/README.txt"), StandardCharsets.UTF_8);
        assertThat(readme).contains("SYNTHETIC").contains("合成数据").contains("UNMASKED");
    }

    @Test
    void importReadsEveryRowToTheEndWithoutStoppingAtTheErrorCap() {
        assertThat(result.report().stop()).isEmpty();
        assertThat(result.report().read()).isPositive();
        assertThat(result.report().accepted()).isEqualTo(result.report().read() - result.report().rejected());
        // The demo's input is unmasked: its ID numbers pass the checksum, so nearly every row is accepted.
        assertThat(result.report().rejected()).isLessThan(result.report().read() / 100 + 1);
    }

    @Test
    void membersAreReadAndScored() {
        assertThat(result.dataset().partyMembers()).isNotEmpty();
        assertThat(result.dataset().events()).isNotEmpty();
        assertThat(result.cards().totals()).isNotEmpty();
        Set<String> members = result.dataset().partyMembers().stream().map(PartyMember::personId)
                .collect(Collectors.toSet());
        assertThat(result.cards().totals().keySet()).as("scored party members").containsAnyElementsOf(members);
        assertThat(printed).contains("party members in").contains(result.cards().totals().size() + " scorecards");
    }

    @Test
    void theBuildingIsLocatedInAGridOfTheGridsFile() {
        assertThat(result.gridId()).isPresent();
        assertThat(printed).contains(result.located().id() + " → " + result.gridId().orElseThrow());
    }

    @Test
    void theBuildingsArePartitionedIntoFourGridsInOnePieceEach() {
        assertThat(result.partition().gridCount()).isEqualTo(4);
        assertThat(result.partition().quality().nonContiguousGrids()).hasValue(0);
        assertThat(result.partition().grids().stream().mapToLong(PartitionGrid::load).sum()).isPositive();
    }
}
