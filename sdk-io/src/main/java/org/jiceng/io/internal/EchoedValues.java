package org.jiceng.io.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.jiceng.core.privacy.Masking;
import org.jiceng.core.model.RecordKind;
import org.jiceng.io.report.RowError;
import org.jspecify.annotations.Nullable;

/**
 * Decides how a value read from input is echoed in a {@link RowError}: which values are personal
 * (masked as on export with {@link Masking}) and how many errors one row keeps. Not API.
 */
public final class EchoedValues {

    /** The most errors kept for one rejected row; the rest are counted in a last entry. */
    public static final int MAX_ERRORS_PER_ROW = 20;

    private EchoedValues() {
    }

    /**
     * The masking for a value: ID numbers and phone numbers of persons, recognised by the violated
     * constraint ({@code ChineseIdNumber}, {@code PhoneNumber}) or by the column, whose header is
     * matched like an import header (English name, Chinese header or alias).
     *
     * @param column the column header or field name, or {@code null} when there is none
     * @param constraint the violated constraint
     * @return the masking, or empty when the value is not personal
     */
    public static Optional<UnaryOperator<String>> masker(@Nullable String column, String constraint) {
        if (constraint.equals("ChineseIdNumber")) {
            return Optional.of(Masking::idNumber);
        }
        if (constraint.equals("PhoneNumber")) {
            return Optional.of(Masking::phone);
        }
        if (column == null) {
            return Optional.empty();
        }
        KindMapping persons = KindMapping.of(RecordKind.PERSONS);
        int index = persons.match(column, Map.of());
        return index < 0 ? Optional.empty() : Optional.ofNullable(persons.columns().get(index).masker());
    }

    /**
     * Builds a row error whose raw value belongs to a field known to be personal (or not) by the
     * caller, e.g. from the column mapping: the value is masked, also where the messages quote it.
     *
     * @param location where the row is
     * @param column the column, or {@code null} when the error is not about one
     * @param raw the raw value, or {@code null} when there is none
     * @param constraint the violated constraint
     * @param messageZh the Chinese message
     * @param messageEn the English message
     * @param masker the field's masking, or {@code null} when the field is not personal
     * @return the error
     */
    public static RowError error(org.jiceng.io.report.SourceLocation location, @Nullable String column,
            @Nullable String raw, String constraint, String messageZh, String messageEn,
            @Nullable UnaryOperator<String> masker) {
        if (masker == null || raw == null || raw.isEmpty()) {
            return new RowError(location, Optional.ofNullable(column), Optional.ofNullable(raw), constraint, messageZh,
                    messageEn);
        }
        String value = raw;
        String masked = masker.apply(value);
        String zh = value.length() >= 4 ? messageZh.replace(value, masked) : messageZh;
        String en = value.length() >= 4 ? messageEn.replace(value, masked) : messageEn;
        return new RowError(location, Optional.ofNullable(column), Optional.of(masked), constraint, zh, en);
    }

    /**
     * @param record a record of any type
     * @param field a record component name
     * @return the masking of that field on export, or {@code null} when it is not personal or the
     *     record is not of a dataset kind
     */
    public static @Nullable UnaryOperator<String> maskerOf(Record record, String field) {
        return maskerOf(record, field, org.jiceng.io.ImportOptions.defaults());
    }

    /**
     * @param record a record of any type
     * @param field a record component name
     * @param options import options, whose table mapping (if any) knows the personal columns of its type
     * @return the masking of that field on export, or {@code null} when it is not personal or the
     *     record is neither of a dataset kind nor of the mapped type
     */
    public static @Nullable UnaryOperator<String> maskerOf(Record record, String field, org.jiceng.io.ImportOptions options) {
        if (options.mapping().isPresent() && options.mapping().get().type().isInstance(Instantiator.unwrap(record))) {
            KindMapping mapping = MappingAccess.of(options.mapping().get());
            int index = mapping.columnOfComponent(field);
            return index < 0 ? null : mapping.columns().get(index).masker();
        }
        for (RecordKind kind : RecordKind.values()) {
            if (kind.recordType().isInstance(record)) {
                KindMapping mapping = KindMapping.of(kind);
                int index = mapping.columnOfComponent(field);
                return index < 0 ? null : mapping.columns().get(index).masker();
            }
        }
        return null;
    }

    /**
     * Bounds the errors of one row to {@link #MAX_ERRORS_PER_ROW}: a row with more keeps the first
     * {@code MAX_ERRORS_PER_ROW - 1} and one entry saying how many more there were.
     *
     * @param rowErrors the errors of one row, at least one
     * @return the errors to keep
     */
    public static List<RowError> capPerRow(List<RowError> rowErrors) {
        if (rowErrors.size() <= MAX_ERRORS_PER_ROW) {
            return rowErrors;
        }
        int kept = MAX_ERRORS_PER_ROW - 1;
        List<RowError> out = new ArrayList<>(rowErrors.subList(0, kept));
        int more = rowErrors.size() - kept;
        out.add(new RowError(rowErrors.get(0).location(), Optional.empty(), Optional.empty(), "truncated",
                "该行还有 " + more + " 个问题未列出（每行最多列出 " + MAX_ERRORS_PER_ROW + " 个）",
                "and " + more + " more problems in this row, not listed (at most " + MAX_ERRORS_PER_ROW
                        + " are listed per row)"));
        return out;
    }
}
