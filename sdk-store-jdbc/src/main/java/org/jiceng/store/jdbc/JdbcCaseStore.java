package org.jiceng.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import javax.sql.DataSource;
import org.jiceng.cases.AuditEntry;
import org.jiceng.cases.Case;
import org.jiceng.cases.CaseStatus;
import org.jiceng.cases.CaseTrail;
import org.jiceng.cases.store.CaseAlreadyExistsException;
import org.jiceng.cases.CaseHeader;
import org.jiceng.cases.store.CaseQuery;
import org.jiceng.cases.store.CaseStore;
import org.jiceng.cases.store.CaseVersionConflictException;
import org.jiceng.cases.store.HashAlgorithm;
import org.jiceng.cases.store.StoredCase;
import org.jiceng.cases.store.TrailBreak;
import org.jiceng.cases.store.TrailVerification;
import org.jiceng.cases.store.UnknownCaseException;
import org.jiceng.cases.store.VerificationReport;
import org.jiceng.cases.store.spi.ChainVerifier;
import org.jiceng.store.jdbc.internal.CaseRows;
import org.jiceng.store.jdbc.internal.Sql;
import org.jiceng.store.jdbc.internal.Tx;

/**
 * A {@link CaseStore} in a database: one row per case in {@code jiceng_case} (header, status,
 * version, chain head) and one row per transition in the append-only {@code jiceng_case_entry}.
 *
 * <p>An append is one transaction: {@code UPDATE jiceng_case SET version = v + 1 … WHERE version = v}
 * (the optimistic lock: of racing writers on one version exactly one updates a row, the others find
 * none and get a {@link CaseVersionConflictException} with the state they lost to), then the
 * {@code INSERT} of the entry carrying its predecessor's hash and its own. The store keeps the
 * latest state of recently used cases in memory, so that an append at the version a caller just got
 * back costs two statements and a commit; the database's version check keeps that cache honest
 * against other writers.
 */
public final class JdbcCaseStore implements CaseStore {

    private static final int PAGE = 500;
    /** Rows per batch when many cases are created together (cases, trail entries, departments). */
    private static final int BATCH = 1000;
    private static final int CACHE_SIZE = 10_000;
    private static final String PAGE_RANGE = "c.case_id > ? AND c.case_id <= ?";

    private final DataSource dataSource;
    private final SqlDialect dialect;
    private final HashAlgorithm algorithm;
    private final Map<String, StoredCase> recent = Collections.synchronizedMap(
            new LinkedHashMap<>(256, 0.75f, true) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(Map.Entry<String, StoredCase> eldest) {
                    return size() > CACHE_SIZE;
                }
            });

    /**
     * A PostgreSQL store chaining with SHA-256.
     *
     * @param dataSource connections to a database migrated with the dialect's scripts
     */
    public JdbcCaseStore(DataSource dataSource) {
        this(dataSource, PostgresDialect.INSTANCE, HashAlgorithm.SHA_256);
    }

    /**
     * @param dataSource connections to a database migrated with the dialect's scripts
     * @param dialect the database's dialect
     * @param algorithm the hash function of new chains (stored cases keep theirs)
     */
    public JdbcCaseStore(DataSource dataSource, SqlDialect dialect, HashAlgorithm algorithm) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
    }

    @Override
    public StoredCase create(Case c) {
        return createAll(List.of(c)).get(0);
    }

    /** Stores every case in one transaction: all or none. */
    @Override
    public List<StoredCase> createAll(List<Case> cases) {
        List<StoredCase> stored = cases.stream().map(c -> StoredCase.of(c, algorithm)).toList();
        if (stored.isEmpty()) {
            return stored;
        }
        String operation = cases.size() == 1 ? "create case " + cases.get(0).id() : "create " + cases.size() + " cases";
        Tx.run(dataSource, operation, conn -> {
            insertCases(conn, stored);
            try (PreparedStatement ps = conn.prepareStatement(insertEntry())) {
                int pending = 0;
                for (StoredCase s : stored) {
                    List<AuditEntry> entries = s.value().trail().entries();
                    String previous = s.headerHash();
                    for (int i = 0; i < entries.size(); i++) {
                        CaseRows.bindEntry(ps, s.id(), i, entries.get(i), previous, s.entryHashes().get(i));
                        previous = s.entryHashes().get(i);
                        ps.addBatch();
                        if (++pending % BATCH == 0) {
                            ps.executeBatch();
                        }
                    }
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = conn.prepareStatement(dialect.insertCaseDepartmentIfAbsent())) {
                int pending = 0;
                for (StoredCase s : stored) {
                    pending += addDepartments(ps, s.id(), s.value().trail().entries());
                    if (pending >= BATCH) {
                        ps.executeBatch();
                        pending = 0;
                    }
                }
                ps.executeBatch();
            }
            return stored;
        });
        stored.forEach(s -> recent.put(s.id(), s));
        return stored;
    }

    @Override
    public StoredCase append(String caseId, long expectedVersion, AuditEntry entry) {
        Objects.requireNonNull(entry, "entry");
        StoredCase current = recent.get(caseId);
        if (current == null || current.version() != expectedVersion) {
            current = load(caseId).orElseThrow(() -> new UnknownCaseException(caseId));
            if (current.version() != expectedVersion) {
                throw new CaseVersionConflictException(expectedVersion, current);
            }
        }
        StoredCase next = current.next(entry);
        int seq = (int) current.version();
        String previous = current.headHash();
        boolean won = dialect.appendStatement().isPresent()
                ? appendInOneStatement(caseId, expectedVersion, entry, next)
                : Tx.run(dataSource, "append to case " + caseId, conn -> {
            try (PreparedStatement ps = conn.prepareStatement("UPDATE jiceng_case SET status = ?, version = ?,"
                    + " head_hash = ? WHERE case_id = ? AND version = ?")) {
                ps.setString(1, next.value().status().name());
                ps.setLong(2, next.version());
                ps.setString(3, next.headHash());
                ps.setString(4, caseId);
                ps.setLong(5, expectedVersion);
                if (ps.executeUpdate() != 1) {
                    return false;
                }
            }
            try (PreparedStatement ps = conn.prepareStatement(insertEntry())) {
                CaseRows.bindEntry(ps, caseId, seq, entry, previous, next.headHash());
                ps.executeUpdate();
            }
            insertDepartments(conn, caseId, List.of(entry));
            return true;
        });
        if (!won) {
            recent.remove(caseId);
            StoredCase now = load(caseId).orElseThrow(() -> new UnknownCaseException(caseId));
            throw new CaseVersionConflictException(expectedVersion, now);
        }
        recent.put(caseId, next);
        return next;
    }

    /**
     * The dialect's single-statement append, in auto-commit: its own transaction, one round trip (the
     * variant without the department insert when the entry summons none and the dialect has one).
     */
    private boolean appendInOneStatement(String caseId, long expectedVersion, AuditEntry entry, StoredCase next) {
        List<String> summoned = entry.to() == CaseStatus.WHISTLED ? entry.departments() : List.of();
        Optional<String> plain = summoned.isEmpty() ? dialect.appendStatementWithoutDepartments() : Optional.empty();
        String sql = plain.orElseGet(() -> dialect.appendStatement().orElseThrow());
        try (Connection conn = dataSource.getConnection()) {
            if (!conn.getAutoCommit()) {
                conn.setAutoCommit(true);
            }
            try (PreparedStatement ps = conn.prepareStatement(sql)) {
                ps.setString(1, next.value().status().name());
                ps.setLong(2, next.version());
                ps.setString(3, next.headHash());
                ps.setString(4, caseId);
                ps.setLong(5, expectedVersion);
                int first = 6;
                if (plain.isEmpty()) {
                    ps.setArray(first++, conn.createArrayOf("text", summoned.toArray()));
                }
                CaseRows.bindEntryAfterId(ps, first, caseId, (int) expectedVersion, entry,
                        next.entryHashes().get((int) expectedVersion - 1), next.headHash());
                return ps.executeUpdate() == 1;
            }
        } catch (SQLException e) {
            throw new JdbcStoreException("append to case " + caseId, e);
        }
    }

    /**
     * Inserts the case rows in batches of {@link #BATCH} (one round trip each instead of one per case). When a
     * batch breaks a unique key, it is undone and its rows inserted one by one, so that the refusal names the
     * first case in the caller's order that was stored already (or given twice), as a single insert would.
     */
    private void insertCases(Connection conn, List<StoredCase> stored) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("INSERT INTO jiceng_case (" + CaseRows.CASE_COLUMNS
                + ") VALUES (" + marks(20) + ")")) {
            for (int from = 0; from < stored.size(); from += BATCH) {
                List<StoredCase> batch = stored.subList(from, Math.min(stored.size(), from + BATCH));
                Savepoint before = conn.setSavepoint();
                try {
                    for (StoredCase s : batch) {
                        CaseRows.bindCase(ps, s);
                        ps.addBatch();
                    }
                    ps.executeBatch();
                } catch (SQLException e) {
                    if (!dialect.isUniqueViolation(e)) {
                        throw e;
                    }
                    ps.clearBatch();
                    conn.rollback(before);
                    insertOneByOne(ps, batch);
                    // One by one went through where the batch did not: the conflicting row went away meanwhile.
                    continue;
                }
                conn.releaseSavepoint(before);
            }
        }
    }

    private void insertOneByOne(PreparedStatement ps, List<StoredCase> cases) throws SQLException {
        for (StoredCase s : cases) {
            CaseRows.bindCase(ps, s);
            try {
                ps.executeUpdate();
            } catch (SQLException e) {
                if (dialect.isUniqueViolation(e)) {
                    throw new CaseAlreadyExistsException(s.id());
                }
                throw e;
            }
        }
    }

    private void insertDepartments(Connection conn, String caseId, List<AuditEntry> entries) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement(dialect.insertCaseDepartmentIfAbsent())) {
            if (addDepartments(ps, caseId, entries) > 0) {
                ps.executeBatch();
            }
        }
    }

    /** Adds a row per department the entries summon to the statement's batch; returns how many. */
    private static int addDepartments(PreparedStatement ps, String caseId, List<AuditEntry> entries)
            throws SQLException {
        List<String> summoned = entries.stream().filter(e -> e.to() == CaseStatus.WHISTLED)
                .flatMap(e -> e.departments().stream()).distinct().toList();
        for (String d : summoned) {
            ps.setString(1, caseId);
            ps.setString(2, d);
            ps.addBatch();
        }
        return summoned.size();
    }

    private static String insertEntry() {
        return "INSERT INTO jiceng_case_entry (" + CaseRows.ENTRY_COLUMNS + ") VALUES (" + marks(11) + ")";
    }

    private static String marks(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }

    @Override
    public Optional<StoredCase> load(String caseId) {
        List<StoredCase> found = select("load case " + caseId, "c.case_id = ?", List.of(caseId));
        found.forEach(s -> recent.put(s.id(), s));
        return found.stream().findFirst();
    }

    @Override
    public List<StoredCase> query(CaseQuery query) {
        List<String> where = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (!query.statuses().isEmpty()) {
            where.add("c.status IN (" + marks(query.statuses().size()) + ")");
            query.statuses().stream().map(Enum::name).sorted().forEach(params::add);
        }
        query.gridId().ifPresent(g -> {
            where.add("c.grid_id = ?");
            params.add(g);
        });
        query.createdFrom().ifPresent(f -> {
            where.add("c.created_at >= ?");
            params.add(f);
        });
        query.createdBefore().ifPresent(b -> {
            where.add("c.created_at < ?");
            params.add(b);
        });
        query.department().ifPresent(d -> {
            where.add("EXISTS (SELECT 1 FROM jiceng_case_department d WHERE d.case_id = c.case_id"
                    + " AND d.department = ?)");
            params.add(d);
        });
        return select("query cases " + query, where.isEmpty() ? "1 = 1" : String.join(" AND ", where), params);
    }

    @Override
    public Stream<StoredCase> streamAll() {
        Iterator<StoredCase> pages = new Iterator<>() {
            private List<StoredCase> page = List.of();
            private int index;
            private String after = "";
            private boolean exhausted;

            @Override
            public boolean hasNext() {
                if (index < page.size()) {
                    return true;
                }
                if (exhausted) {
                    return false;
                }
                Optional<List<Object>> range = nextPage(after);
                page = range.map(r -> select("stream cases after " + after, PAGE_RANGE, r)).orElse(List.of());
                index = 0;
                exhausted = range.isEmpty();
                if (!page.isEmpty()) {
                    after = page.get(page.size() - 1).id();
                }
                return !page.isEmpty();
            }

            @Override
            public StoredCase next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return page.get(index++);
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(pages, Spliterator.ORDERED
                | Spliterator.NONNULL), false);
    }

    @Override
    public long count() {
        return Tx.count(dataSource, "jiceng_case");
    }

    /** Cases matching a condition on {@code jiceng_case c}, with their trails, in case id order. */
    private List<StoredCase> select(String operation, String condition, List<Object> params) {
        return Tx.read(dataSource, operation, conn -> {
            Map<String, CaseHeader> headers = new LinkedHashMap<>();
            Map<String, Object[]> heads = new LinkedHashMap<>();
            try (PreparedStatement ps = conn.prepareStatement("SELECT * FROM jiceng_case c WHERE " + condition
                    + " ORDER BY c.case_id")) {
                bind(ps, params);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String id = rs.getString("case_id");
                        headers.put(id, CaseRows.readHeader(rs));
                        heads.put(id, new Object[] {rs.getLong("version"), rs.getString("hash_algorithm"),
                                rs.getString("header_hash")});
                    }
                }
            }
            if (headers.isEmpty()) {
                return List.of();
            }
            Map<String, List<AuditEntry>> entries = new LinkedHashMap<>();
            Map<String, List<String>> hashes = new LinkedHashMap<>();
            try (PreparedStatement ps = conn.prepareStatement("SELECT e.* FROM jiceng_case_entry e WHERE e.case_id IN"
                    + " (SELECT c.case_id FROM jiceng_case c WHERE " + condition + ") ORDER BY e.case_id, e.seq")) {
                bind(ps, params);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String id = rs.getString("case_id");
                        entries.computeIfAbsent(id, k -> new ArrayList<>()).add(CaseRows.readEntry(rs));
                        hashes.computeIfAbsent(id, k -> new ArrayList<>()).add(rs.getString("entry_hash"));
                    }
                }
            }
            List<StoredCase> out = new ArrayList<>(headers.size());
            for (Map.Entry<String, CaseHeader> h : headers.entrySet()) {
                String id = h.getKey();
                Object[] head = Objects.requireNonNull(heads.get(id), id);
                List<AuditEntry> trail = entries.getOrDefault(id, List.of());
                if (trail.isEmpty()) {
                    throw new IllegalStateException("Case " + id + " is stored without any trail entry;"
                            + " run verify(\"" + id + "\")");
                }
                HashAlgorithm alg = HashAlgorithm.parse((String) head[1]).orElseThrow(() ->
                        new IllegalStateException("Case " + id + " names an unknown hash algorithm " + head[1]));
                out.add(new StoredCase(h.getValue().withTrail(CaseTrail.of(id, trail)), (Long) head[0], alg,
                        (String) head[2], Objects.requireNonNull(hashes.get(id), id)));
            }
            return out;
        });
    }

    private static void bind(PreparedStatement ps, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            Object p = params.get(i);
            if (p instanceof java.time.Instant t) {
                Sql.setInstant(ps, i + 1, t);
            } else {
                ps.setString(i + 1, (String) p);
            }
        }
    }

    @Override
    public TrailVerification verify(String caseId) {
        List<TrailVerification> v = verifyWhere("verify case " + caseId, "c.case_id = ?", List.of(caseId));
        if (v.isEmpty()) {
            throw new UnknownCaseException(caseId);
        }
        return v.get(0);
    }

    @Override
    public VerificationReport verifyAll() {
        List<TrailBreak> breaks = new ArrayList<>();
        int cases = 0;
        long entries = 0;
        String after = "";
        while (true) {
            Optional<List<Object>> range = nextPage(after);
            if (range.isEmpty()) {
                return new VerificationReport(cases, entries, breaks);
            }
            for (TrailVerification v : verifyWhere("verify cases after " + after, PAGE_RANGE, range.get())) {
                cases++;
                entries += v.entriesChecked();
                v.firstBreak().ifPresent(breaks::add);
            }
            after = (String) range.get().get(1);
        }
    }

    /** Reads raw rows (never through the trail's rules, which a forged trail may break) and checks the chains. */
    private List<TrailVerification> verifyWhere(String operation, String condition, List<Object> params) {
        return Tx.read(dataSource, operation, conn -> {
            Map<String, List<ChainVerifier.Row>> rows = new LinkedHashMap<>();
            try (PreparedStatement ps = conn.prepareStatement("SELECT e.* FROM jiceng_case_entry e WHERE e.case_id IN"
                    + " (SELECT c.case_id FROM jiceng_case c WHERE " + condition + ") ORDER BY e.case_id, e.seq")) {
                bind(ps, params);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.computeIfAbsent(rs.getString("case_id"), k -> new ArrayList<>()).add(row(rs));
                    }
                }
            }
            List<TrailVerification> out = new ArrayList<>();
            try (PreparedStatement ps = conn.prepareStatement("SELECT * FROM jiceng_case c WHERE " + condition
                    + " ORDER BY c.case_id")) {
                bind(ps, params);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(verifyRow(rs, rows.getOrDefault(rs.getString("case_id"), List.of())));
                    }
                }
            }
            return out;
        });
    }

    private static ChainVerifier.Row row(ResultSet rs) throws SQLException {
        Optional<AuditEntry> entry;
        String problem = "";
        try {
            entry = Optional.of(CaseRows.readEntry(rs));
        } catch (IllegalArgumentException | NullPointerException e) {
            entry = Optional.empty();
            problem = "stored values are not an entry: " + e.getMessage();
        }
        return new ChainVerifier.Row(rs.getInt("seq"), entry, problem, rs.getString("prev_hash"),
                rs.getString("entry_hash"));
    }

    private static TrailVerification verifyRow(ResultSet rs, List<ChainVerifier.Row> rows) throws SQLException {
        String id = rs.getString("case_id");
        Optional<HashAlgorithm> alg = HashAlgorithm.parse(rs.getString("hash_algorithm"));
        CaseHeader header;
        try {
            header = CaseRows.readHeader(rs);
        } catch (IllegalArgumentException | NullPointerException e) {
            return new TrailVerification(id, 0, Optional.of(new TrailBreak(id, -1, TrailBreak.Kind.UNREADABLE,
                    "stored values are not a case header: " + e.getMessage())));
        }
        if (alg.isEmpty()) {
            return new TrailVerification(id, 0, Optional.of(new TrailBreak(id, -1, TrailBreak.Kind.UNREADABLE,
                    "unknown hash algorithm " + rs.getString("hash_algorithm"))));
        }
        return ChainVerifier.verify(id, alg.get(), header, rs.getString("header_hash"), rows, rs.getLong("version"),
                rs.getString("head_hash"));
    }

    /** The ids of the next page of cases after {@code after}, as a range condition on {@code c.case_id}. */
    private Optional<List<Object>> nextPage(String after) {
        List<String> ids = Tx.run(dataSource, "page cases after " + after, conn -> {
            try (PreparedStatement ps = conn.prepareStatement(dialect.firstRows(
                    "SELECT case_id FROM jiceng_case WHERE case_id > ? ORDER BY case_id", PAGE))) {
                ps.setString(1, after);
                List<String> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
                return out;
            }
        });
        return ids.isEmpty() ? Optional.empty() : Optional.of(List.of(after, ids.get(ids.size() - 1)));
    }

    @Override
    public String toString() {
        return "JdbcCaseStore[" + dialect.name() + ", " + algorithm.jcaName() + "]";
    }
}
