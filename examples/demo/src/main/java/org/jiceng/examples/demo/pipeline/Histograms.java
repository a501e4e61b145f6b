package org.jiceng.examples.demo.pipeline;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jiceng.examples.demo.report.ReportModel.Histogram;

/** Bins score totals (in hundredths) into a histogram of whole points with round bin widths. */
final class Histograms {

    private static final long[] WIDTHS = {1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000};
    private static final int MAX_BINS = 24;

    private Histograms() {
    }

    /**
     * @param id element id
     * @param title title
     * @param hundredths the values, in hundredths of a point
     * @param note what the values are
     * @return a histogram whose counts add up to the number of values
     */
    static Histogram of(String id, String title, Collection<Long> hundredths, String note) {
        if (hundredths.isEmpty()) {
            return new Histogram(id, title, List.of(), List.of(), note);
        }
        long min = Math.floorDiv(hundredths.stream().mapToLong(Long::longValue).min().orElseThrow(), 100);
        long max = Math.floorDiv(hundredths.stream().mapToLong(Long::longValue).max().orElseThrow(), 100);
        long width = WIDTHS[WIDTHS.length - 1];
        for (long w : WIDTHS) {
            if ((max - Math.floorDiv(min, w) * w) / w + 1 <= MAX_BINS) {
                width = w;
                break;
            }
        }
        long start = Math.floorDiv(min, width) * width;
        int bins = (int) ((max - start) / width + 1);
        int[] counts = new int[bins];
        for (long v : hundredths) {
            counts[(int) ((Math.floorDiv(v, 100) - start) / width)]++;
        }
        List<String> labels = new ArrayList<>();
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < bins; i++) {
            long from = start + i * width;
            labels.add(String.valueOf(from));
            list.add(counts[i]);
        }
        return new Histogram(id, title, labels, list, note + "; bins of " + width + " from the value shown");
    }
}
