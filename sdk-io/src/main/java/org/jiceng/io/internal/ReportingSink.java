package org.jiceng.io.internal;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jiceng.core.validation.Validators;
import org.jiceng.io.ErrorPolicy;
import org.jiceng.io.ImportException;
import org.jiceng.io.ImportOptions;
import org.jiceng.io.report.ImportReport;
import org.jiceng.io.report.ImportWarning;
import org.jiceng.io.report.RowError;
import org.jiceng.io.report.SourceLocation;
import org.jiceng.io.report.StopReason;
import org.jiceng.io.spi.ReadSink;
import org.jiceng.io.spi.SourceRow;
import org.jspecify.annotations.Nullable;

/**
 * The importer's sink: counts rows, runs Bean Validation on every record, applies the error policy and
 * the row limit, and builds the {@link ImportReport}. One instance per source; not thread-safe.
 */
public final class ReportingSink implements ReadSink {

    // Validators are thread-safe and expensive to create: one per language for the whole SDK.
    private static final Validator CHINESE = Validators.forLocale(Locale.SIMPLIFIED_CHINESE);

    private final String source;
    private final ImportOptions options;
    private final Consumer<? super Record> consumer;
    private final Consumer<? super RowError> errorListener;
    private final List<RowError> errors = new ArrayList<>();
    private final List<ImportWarning> warnings = new ArrayList<>();
    private final int warningsKept;
    private long warningCount;
    private long normalised;
    private long read;
    private long accepted;
    private long rejected;
    private @Nullable StopReason stop;
    private @Nullable Charset encoding;

    /**
     * @param source the source name
     * @param options policy, limits, validation switch
     * @param consumer receives every accepted record
     */
    public ReportingSink(String source, ImportOptions options, Consumer<? super Record> consumer) {
        this(source, options, consumer, error -> { });
    }

    /**
     * @param source the source name
     * @param options policy, limits, validation switch
     * @param consumer receives every accepted record
     * @param errors receives every row error as soon as its row is rejected
     */
    public ReportingSink(String source, ImportOptions options, Consumer<? super Record> consumer,
            Consumer<? super RowError> errors) {
        this.source = source;
        this.options = options;
        this.consumer = consumer;
        this.errorListener = errors;
        this.warningsKept = (int) Math.min(10L * options.maxErrors(), 100_000);
    }

    @Override
    public void warn(ImportWarning warning) {
        warningCount++;
        if (warnings.size() < warningsKept) {
            warnings.add(warning);
        }
    }

    @Override
    public void encoding(Charset charset) {
        encoding = charset;
    }

    @Override
    public void notRead(long rows) {
        if (stop != null) {
            stop = stop.withRowsNotRead(rows);
        }
    }

    @Override
    public boolean accept(Record record, SourceRow row) {
        countRow(row);
        List<ImportWarning> rowWarnings = row.warnings();
        if (!rowWarnings.isEmpty()) {
            for (ImportWarning w : rowWarnings) {
                warn(w);
            }
        }
        if (options.validate()) {
            // Same violations as Validators.english().validate(record); valid records skip Hibernate Validator.
            // A bean of a table mapping travels in a BeanRow: its own constraints are validated.
            Object bean = Instantiator.unwrap(record);
            Set<ConstraintViolation<Object>> violations = Validators.validateFast(bean, Locale.ENGLISH);
            if (!violations.isEmpty()) {
                return rejectCounted(row, violationErrors(record, bean, row, violations));
            }
        }
        accepted++;
        if (!rowWarnings.isEmpty()) {
            normalised++;
        }
        consumer.accept(record);
        return true;
    }

    @Override
    public boolean reject(SourceRow row, List<RowError> rowErrors) {
        countRow(row);
        for (ImportWarning w : row.warnings()) {
            warn(w);
        }
        if (rowErrors.isEmpty()) {
            throw new IllegalArgumentException("A rejected row needs at least one error: " + row.location().describe());
        }
        return rejectCounted(row, EchoedValues.capPerRow(rowErrors));
    }

    private void countRow(SourceRow row) {
        if (read >= options.limits().maxRows()) {
            SourceLocation at = row.location();
            throw new ImportException(ImportException.Kind.LIMIT_EXCEEDED, at,
                    "more than " + options.limits().maxRows() + " rows (IoLimits.maxRows)",
                    "行数超过上限 " + options.limits().maxRows() + "（IoLimits.maxRows）", null);
        }
        read++;
    }

    private boolean rejectCounted(SourceRow row, List<RowError> rowErrors) {
        rejected++;
        errors.addAll(rowErrors);
        rowErrors.forEach(errorListener);
        if (options.errorPolicy() == ErrorPolicy.STOP_ON_FIRST) {
            stop = new StopReason(StopReason.Code.FIRST_ERROR, row.location(),
                    "按设置在第一个错误处停止导入（" + row.location().describeZh() + "）",
                    "stopped at the first rejected row (" + row.location().describe() + ") as configured");
            return false;
        }
        if (rejected >= options.maxErrors()) {
            stop = new StopReason(StopReason.Code.MAX_ERRORS, row.location(),
                    "错误行数达到上限 " + options.maxErrors() + "，导入已停止（" + row.location().describeZh() + "）",
                    "stopped after " + options.maxErrors() + " rejected rows, the configured maximum ("
                            + row.location().describe() + ")");
            return false;
        }
        return true;
    }

    private List<RowError> violationErrors(Record record, Object bean, SourceRow row,
            Set<ConstraintViolation<Object>> english) {
        // Chinese messages only for the (rare) invalid records: validating twice costs nothing on valid rows.
        List<ConstraintViolation<Object>> chinese = new ArrayList<>(CHINESE.validate(bean));
        List<ConstraintViolation<Object>> sorted = new ArrayList<>(english);
        sorted.sort((a, b) -> key(a).compareTo(key(b)));
        List<RowError> result = new ArrayList<>(sorted.size());
        for (ConstraintViolation<Object> v : sorted) {
            String field = firstNode(v.getPropertyPath());
            String constraint = v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
            String zh = v.getMessage();
            for (Iterator<ConstraintViolation<Object>> it = chinese.iterator(); it.hasNext();) {
                ConstraintViolation<Object> c = it.next();
                if (key(c).equals(key(v))) {
                    zh = c.getMessage();
                    it.remove();
                    break;
                }
            }
            String column = field.isEmpty() ? null : row.columnOf(field).orElse(field);
            String raw = field.isEmpty() ? null : row.rawValueOf(field).or(() -> simple(v)).orElse(null);
            result.add(EchoedValues.error(row.location(), column, raw, constraint, zh, v.getMessage(),
                    field.isEmpty() ? null : EchoedValues.maskerOf(record, field, options)));
        }
        return result;
    }

    private static Optional<String> simple(ConstraintViolation<?> v) {
        Object value = v.getInvalidValue();
        if (value instanceof Optional<?> o) {
            value = o.orElse(null);
        }
        if (value == null || value instanceof Record) {
            return Optional.empty();
        }
        return Optional.of(String.valueOf(value));
    }

    private static String key(ConstraintViolation<?> v) {
        return v.getPropertyPath() + "|" + v.getConstraintDescriptor().getAnnotation().annotationType().getName();
    }

    private static String firstNode(Path path) {
        for (Path.Node node : path) {
            if (node.getName() != null && !node.getName().isEmpty()) {
                return node.getName();
            }
        }
        return "";
    }

    /** @return the report so far (totals always add up) */
    public ImportReport report() {
        return new ImportReport(source, read, accepted, rejected, errors, Optional.ofNullable(stop), warnings,
                warningCount, normalised, Optional.ofNullable(encoding).map(Charset::name));
    }
}
