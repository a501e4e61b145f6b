package org.jiceng.examples.demo.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.jiceng.examples.demo.report.ReportModel.Histogram;
import org.junit.jupiter.api.Test;

class HistogramsTest {

    @Property
    void everyValueFallsInExactlyOneBinOfAtMostTwentyFour(
            @ForAll @Size(min = 1, max = 300) List<@LongRange(min = -50_000, max = 2_000_000) Long> hundredths) {
        Histogram h = Histograms.of("h", "t", hundredths, "n");
        assertThat(h.total()).isEqualTo(hundredths.size());
        assertThat(h.counts()).hasSizeLessThanOrEqualTo(24).allMatch(c -> c >= 0);
        long width = h.binLabels().size() > 1
                ? Long.parseLong(h.binLabels().get(1)) - Long.parseLong(h.binLabels().get(0)) : 1;
        for (long v : hundredths) {
            long points = Math.floorDiv(v, 100);
            long start = Long.parseLong(h.binLabels().get(0));
            int bin = (int) ((points - start) / width);
            assertThat(bin).isBetween(0, h.counts().size() - 1);
            assertThat(h.counts().get(bin)).isPositive();
        }
    }

    @Test
    void picksTheSmallestRoundWidthThatFitsAndBinsWholePoints() {
        // 0, 9.50, 10.00 and 25.99 points: 26 one-point bins would be too many, so bins are two points wide.
        Histogram h = Histograms.of("h", "t", List.of(0L, 950L, 1000L, 2599L), "n");
        assertThat(h.binLabels()).containsExactly("0", "2", "4", "6", "8", "10", "12", "14", "16", "18", "20", "22",
                "24");
        assertThat(h.counts()).containsExactly(1, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 1);
        assertThat(h.note()).endsWith("bins of 2 from the value shown");
    }
}
