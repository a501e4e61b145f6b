package org.jiceng.store.jdbc.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.Optional;
import org.jiceng.cases.AuditEntry;
import org.jiceng.cases.CaseLocation;
import org.jiceng.cases.CaseStatus;
import org.jiceng.cases.Deadlines;
import org.jiceng.core.geo.LonLat;
import org.jiceng.cases.Reporter;
import org.jiceng.cases.WhistleKind;
import org.jiceng.cases.CaseHeader;
import org.jiceng.cases.store.StoredCase;
import org.jiceng.cases.store.spi.Canonical;

/** The columns of {@code jiceng_case} and {@code jiceng_case_entry}, both ways. */
public final class CaseRows {

    /** Columns of {@code jiceng_case}, in {@link #bindCase} order. */
    public static final String CASE_COLUMNS = "case_id, kind, category, description, lon, lat, address, area_id, grid_id,"
            + " reporter_name, reporter_phone, secretary_id, respond_by, resolve_by, created_at, status, version,"
            + " hash_algorithm, header_hash, head_hash";
    /** Columns of {@code jiceng_case_entry} written by the store, in {@link #bindEntry} order. */
    public static final String ENTRY_COLUMNS = "case_id, seq, at, actor, from_status, to_status, note, departments,"
            + " duplicate_of, prev_hash, entry_hash";

    private CaseRows() {
    }

    /**
     * @param ps an INSERT of {@link #CASE_COLUMNS}
     * @param s the new case
     * @throws SQLException on failure
     */
    public static void bindCase(PreparedStatement ps, StoredCase s) throws SQLException {
        CaseHeader h = s.value().header();
        String where = "Case " + h.id();
        ps.setString(1, h.id());
        ps.setString(2, h.kind().name());
        ps.setString(3, h.category());
        ps.setString(4, h.description());
        Optional<LonLat> point = h.location().point();
        if (point.isPresent()) {
            ps.setDouble(5, point.get().lon());
            ps.setDouble(6, point.get().lat());
        } else {
            ps.setNull(5, Types.DOUBLE);
            ps.setNull(6, Types.DOUBLE);
        }
        Sql.setString(ps, 7, h.location().address().orElse(null));
        Sql.setString(ps, 8, h.location().areaId().orElse(null));
        Sql.setString(ps, 9, h.location().gridId().orElse(null));
        Sql.setString(ps, 10, h.reporter().name().orElse(null));
        Sql.setString(ps, 11, h.reporter().phone().orElse(null));
        Sql.setString(ps, 12, h.secretaryId().orElse(null));
        Sql.setInstant(ps, 13, Sql.exactMicros(h.deadlines().respondBy(), where + " respondBy"));
        Sql.setInstant(ps, 14, Sql.exactMicros(h.deadlines().resolveBy(), where + " resolveBy"));
        Sql.setInstant(ps, 15, s.value().createdAt());
        ps.setString(16, s.value().status().name());
        ps.setLong(17, s.version());
        ps.setString(18, s.algorithm().jcaName());
        ps.setString(19, s.headerHash());
        ps.setString(20, s.headHash());
    }

    /**
     * @param ps an INSERT of {@link #ENTRY_COLUMNS}
     * @param caseId the case
     * @param seq the entry's position
     * @param e the entry
     * @param previousHash its predecessor's hash
     * @param hash its hash
     * @throws SQLException on failure
     */
    public static void bindEntry(PreparedStatement ps, String caseId, int seq, AuditEntry e, String previousHash,
            String hash) throws SQLException {
        ps.setString(1, caseId);
        bindEntryAfterId(ps, 2, caseId, seq, e, previousHash, hash);
    }

    /**
     * Binds every entry column but {@code case_id}, from {@code seq} to {@code entry_hash}.
     *
     * @param ps the statement
     * @param first index of the {@code seq} parameter
     * @param caseId the case, for messages
     * @param seq the entry's position
     * @param e the entry
     * @param previousHash its predecessor's hash
     * @param hash its hash
     * @throws SQLException on failure
     */
    public static void bindEntryAfterId(PreparedStatement ps, int first, String caseId, int seq, AuditEntry e,
            String previousHash, String hash) throws SQLException {
        ps.setInt(first, seq);
        Sql.setInstant(ps, first + 1, Sql.exactMicros(e.at(), "Case " + caseId + " entry " + seq + " time"));
        ps.setString(first + 2, e.actor());
        Sql.setString(ps, first + 3, e.from().map(Enum::name).orElse(null));
        ps.setString(first + 4, e.to().name());
        ps.setString(first + 5, e.note());
        ps.setString(first + 6, Canonical.encodeList(e.departments()));
        Sql.setString(ps, first + 7, e.duplicateOf().orElse(null));
        ps.setString(first + 8, previousHash);
        ps.setString(first + 9, hash);
    }

    /**
     * @param rs a row of {@code jiceng_case}
     * @return its header
     * @throws SQLException on failure
     * @throws IllegalArgumentException when a stored value is not a valid header value
     */
    public static CaseHeader readHeader(ResultSet rs) throws SQLException {
        String id = rs.getString("case_id");
        double lon = rs.getDouble("lon");
        boolean hasPoint = !rs.wasNull();
        double lat = rs.getDouble("lat");
        Optional<LonLat> point = hasPoint ? Optional.of(new LonLat(lon, lat)) : Optional.empty();
        CaseLocation location = new CaseLocation(point, Sql.optString(rs, "address"), Sql.optString(rs, "area_id"),
                Sql.optString(rs, "grid_id"));
        Reporter reporter = new Reporter(Sql.optString(rs, "reporter_name"), Sql.optString(rs, "reporter_phone"));
        WhistleKind kind = WhistleKind.valueOf(rs.getString("kind"));
        Deadlines deadlines = new Deadlines(Sql.instant(rs, "respond_by"), Sql.instant(rs, "resolve_by"));
        return new CaseHeader(id, kind, rs.getString("category"), rs.getString("description"), location, reporter,
                Sql.optString(rs, "secretary_id"), deadlines);
    }

    /**
     * @param rs a row of {@code jiceng_case_entry}
     * @return its entry
     * @throws SQLException on failure
     * @throws IllegalArgumentException when a stored value is not a valid entry value
     */
    public static AuditEntry readEntry(ResultSet rs) throws SQLException {
        Instant at = Sql.instant(rs, "at");
        Optional<CaseStatus> from = Sql.optString(rs, "from_status").map(CaseStatus::valueOf);
        return new AuditEntry(at, rs.getString("actor"), from, CaseStatus.valueOf(rs.getString("to_status")),
                rs.getString("note"), Canonical.decodeList(rs.getString("departments")),
                Sql.optString(rs, "duplicate_of"));
    }
}
