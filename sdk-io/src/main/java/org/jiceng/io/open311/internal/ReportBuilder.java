package org.jiceng.io.open311.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jiceng.io.ErrorPolicy;
import org.jiceng.io.ImportOptions;
import org.jiceng.io.report.ImportReport;
import org.jiceng.io.report.RowError;
import org.jiceng.io.report.SourceLocation;
import org.jiceng.io.report.StopReason;
import org.jspecify.annotations.Nullable;

/**
 * Counts rows and applies the error policy for formats whose records are not dataset records (Open311
 * requests and services), so their reports follow the same contract as the importer's. Not API.
 */
public final class ReportBuilder {

    private final String source;
    private final ImportOptions options;
    private final List<RowError> errors = new ArrayList<>();
    private long accepted;
    private long rejected;
    private @Nullable StopReason stop;

    /**
     * @param source source name
     * @param options error policy and maximum errors
     */
    public ReportBuilder(String source, ImportOptions options) {
        this.source = source;
        this.options = options;
    }

    /** Counts an accepted row. */
    public void accepted() {
        accepted++;
    }

    /**
     * Counts a rejected row.
     *
     * @param where the row
     * @param rowErrors its problems, at least one
     * @return false when the import must stop (first error, or maximum errors reached)
     */
    public boolean rejected(SourceLocation where, List<RowError> rowErrors) {
        rejected++;
        errors.addAll(org.jiceng.io.internal.EchoedValues.capPerRow(rowErrors));
        if (options.errorPolicy() == ErrorPolicy.STOP_ON_FIRST) {
            stop = new StopReason(StopReason.Code.FIRST_ERROR, where, "按设置在第一个错误处停止",
                    "stopped at the first error as configured");
            return false;
        }
        if (rejected >= options.maxErrors()) {
            stop = new StopReason(StopReason.Code.MAX_ERRORS, where, "被拒绝的行达到上限 " + options.maxErrors(),
                    "reached the maximum of " + options.maxErrors() + " rejected rows");
            return false;
        }
        return true;
    }

    /** @return the report so far; its totals add up */
    public ImportReport build() {
        return new ImportReport(source, accepted + rejected, accepted, rejected, errors, Optional.ofNullable(stop));
    }
}
