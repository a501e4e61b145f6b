package org.jiceng.io.report;

import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * Why an import stopped before the end of its source, as recorded in the {@link ImportReport}, and what
 * it left unread: an import never stops silently.
 *
 * @param code what stopped it
 * @param location where it stopped (the last row read)
 * @param messageZh Chinese message
 * @param messageEn English message
 * @param rowsNotRead how many data rows of the source came after the stop and were not read, when the
 *     format could count them (text formats count them by reading on without importing)
 * @param sourcesNotRead the files (or sheets) that were not read at all because of the stop
 */
public record StopReason(Code code, SourceLocation location, String messageZh, String messageEn,
        OptionalLong rowsNotRead, List<String> sourcesNotRead) {

    /** What stopped an import. */
    public enum Code {
        /** The error policy was {@code STOP_ON_FIRST} and a row was rejected. */
        FIRST_ERROR,
        /** The maximum number of rejected rows was reached. */
        MAX_ERRORS
    }

    /**
     * Validates the components.
     *
     * @param code what stopped it
     * @param location where it stopped (the last row read)
     * @param messageZh Chinese message
     * @param messageEn English message
     * @param rowsNotRead rows after the stop that were not read, when counted
     * @param sourcesNotRead files or sheets not read at all
     * @throws NullPointerException if any component is null
     */
    public StopReason {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(messageZh, "messageZh");
        Objects.requireNonNull(messageEn, "messageEn");
        rowsNotRead = Objects.requireNonNull(rowsNotRead, "rowsNotRead must not be null");
        sourcesNotRead = List.copyOf(sourcesNotRead);
    }

    /**
     * A stop whose unread rest is not (yet) known.
     *
     * @param code what stopped it
     * @param location where it stopped (the last row read)
     * @param messageZh Chinese message
     * @param messageEn English message
     */
    public StopReason(Code code, SourceLocation location, String messageZh, String messageEn) {
        this(code, location, messageZh, messageEn, OptionalLong.empty(), List.of());
    }

    /**
     * @param rows data rows after the stop that were not read
     * @return a copy that records them
     */
    public StopReason withRowsNotRead(long rows) {
        return new StopReason(code, location, messageZh, messageEn, OptionalLong.of(rows), sourcesNotRead);
    }

    /**
     * @param sources files or sheets not read at all
     * @return a copy that records them
     */
    public StopReason withSourcesNotRead(List<String> sources) {
        return new StopReason(code, location, messageZh, messageEn, rowsNotRead, sources);
    }

    /** @return the English message followed by what was left unread */
    public String describe() {
        StringBuilder s = new StringBuilder(messageEn);
        rowsNotRead.ifPresent(n -> s.append("; ").append(n).append(" more row(s) of ").append(location.source())
                .append(location.sheet().map(sheet -> " sheet '" + sheet + "'").orElse("")).append(" not read"));
        if (!sourcesNotRead.isEmpty()) {
            s.append("; not read at all: ").append(String.join(", ", sourcesNotRead));
        }
        return s.toString();
    }

    /** @return the Chinese message followed by what was left unread */
    public String describeZh() {
        StringBuilder s = new StringBuilder(messageZh);
        rowsNotRead.ifPresent(n -> s.append("；").append(location.source())
                .append(location.sheet().map(sheet -> " 工作表「" + sheet + "」").orElse(""))
                .append(" 其后 ").append(n).append(" 行未读取"));
        if (!sourcesNotRead.isEmpty()) {
            s.append("；未读取的文件：").append(String.join("、", sourcesNotRead));
        }
        return s.toString();
    }
}
