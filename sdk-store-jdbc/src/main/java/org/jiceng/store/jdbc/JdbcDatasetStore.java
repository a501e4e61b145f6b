package org.jiceng.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.jiceng.core.model.Area;
import org.jiceng.core.model.Cadre;
import org.jiceng.core.model.Dataset;
import org.jiceng.core.model.Event;
import org.jiceng.core.model.Grid;
import org.jiceng.core.model.Identified;
import org.jiceng.core.model.Membership;
import org.jiceng.core.model.PartyMember;
import org.jiceng.core.model.PartyOrganization;
import org.jiceng.core.model.Person;
import org.jiceng.core.model.Post;
import org.jiceng.core.model.SocialOrganization;
import org.jiceng.core.model.StationedUnit;
import org.jiceng.core.store.DatasetStore;
import org.jiceng.store.jdbc.internal.RecordJson;
import org.jiceng.store.jdbc.internal.Sql;
import org.jiceng.store.jdbc.internal.Tx;

/**
 * A {@link DatasetStore} in a database: every record as JSON in {@code jiceng_dataset_record} in
 * dataset order, with memberships' and organisations' dates beside them in indexed columns for the
 * as-of queries. Saving replaces a dataset in one transaction.
 */
public final class JdbcDatasetStore implements DatasetStore {

    private static final int BATCH = 2000;

    /** The record kinds, in {@link Dataset}'s component order. */
    private enum Kind {
        AREA(Area.class, Dataset::areas),
        ORGANIZATION(PartyOrganization.class, Dataset::organizations),
        PERSON(Person.class, Dataset::persons),
        PARTY_MEMBER(PartyMember.class, Dataset::partyMembers),
        MEMBERSHIP(Membership.class, Dataset::memberships),
        POST(Post.class, Dataset::posts),
        CADRE(Cadre.class, Dataset::cadres),
        STATIONED_UNIT(StationedUnit.class, Dataset::stationedUnits),
        SOCIAL_ORGANIZATION(SocialOrganization.class, Dataset::socialOrganizations),
        GRID(Grid.class, Dataset::grids),
        EVENT(Event.class, Dataset::events);

        private final Class<? extends Record> type;
        private final java.util.function.Function<Dataset, List<? extends Record>> records;

        Kind(Class<? extends Record> type, java.util.function.Function<Dataset, List<? extends Record>> records) {
            this.type = type;
            this.records = records;
        }
    }

    private final DataSource dataSource;
    private final SqlDialect dialect;

    /** @param dataSource connections to a PostgreSQL database migrated with the store's scripts */
    public JdbcDatasetStore(DataSource dataSource) {
        this(dataSource, PostgresDialect.INSTANCE);
    }

    /**
     * @param dataSource connections to a database migrated with the dialect's scripts
     * @param dialect the database's dialect
     */
    public JdbcDatasetStore(DataSource dataSource, SqlDialect dialect) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.dialect = Objects.requireNonNull(dialect, "dialect");
    }

    @Override
    public void save(String name, Dataset dataset) {
        Tx.run(dataSource, "save dataset " + name, conn -> {
            try (PreparedStatement ps = conn.prepareStatement("DELETE FROM jiceng_dataset WHERE name = ?")) {
                ps.setString(1, name);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = conn.prepareStatement("INSERT INTO jiceng_dataset (name, record_count)"
                    + " VALUES (?, ?)")) {
                ps.setString(1, name);
                ps.setInt(2, dataset.size());
                ps.executeUpdate();
            }
            insertRecords(conn, name, dataset);
            insertIndexes(conn, name, dataset);
            dialect.refreshStatistics(conn, List.of("jiceng_dataset_record", "jiceng_dataset_membership",
                    "jiceng_dataset_organization"));
            return dataset;
        });
    }

    private static void insertRecords(Connection conn, String name, Dataset dataset) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("INSERT INTO jiceng_dataset_record (dataset, kind, ord,"
                + " record_id, body) VALUES (?, ?, ?, ?, ?)")) {
            int pending = 0;
            for (Kind kind : Kind.values()) {
                List<? extends Record> records = kind.records.apply(dataset);
                for (int i = 0; i < records.size(); i++) {
                    Record r = records.get(i);
                    ps.setString(1, name);
                    ps.setString(2, kind.name());
                    ps.setInt(3, i);
                    ps.setString(4, ((Identified) r).id());
                    ps.setString(5, RecordJson.write(r));
                    ps.addBatch();
                    if (++pending % BATCH == 0) {
                        ps.executeBatch();
                    }
                }
            }
            ps.executeBatch();
        }
    }

    private static void insertIndexes(Connection conn, String name, Dataset dataset) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("INSERT INTO jiceng_dataset_membership (dataset, ord,"
                + " person_id, organization_id, valid_from, valid_to) VALUES (?, ?, ?, ?, ?, ?)")) {
            List<Membership> memberships = dataset.memberships();
            for (int i = 0; i < memberships.size(); i++) {
                Membership m = memberships.get(i);
                ps.setString(1, name);
                ps.setInt(2, i);
                ps.setString(3, m.personId());
                ps.setString(4, m.organizationId());
                ps.setObject(5, m.period().from());
                Sql.setDate(ps, 6, m.period().to().orElse(null));
                ps.addBatch();
                if ((i + 1) % BATCH == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = conn.prepareStatement("INSERT INTO jiceng_dataset_organization (dataset, ord,"
                + " organization_id, founded, dissolved) VALUES (?, ?, ?, ?, ?)")) {
            List<PartyOrganization> orgs = dataset.organizations();
            for (int i = 0; i < orgs.size(); i++) {
                PartyOrganization o = orgs.get(i);
                ps.setString(1, name);
                ps.setInt(2, i);
                ps.setString(3, o.id());
                Sql.setDate(ps, 4, o.founded().orElse(null));
                Sql.setDate(ps, 5, o.dissolved().orElse(null));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    @Override
    public Optional<Dataset> load(String name) {
        return Tx.read(dataSource, "load dataset " + name, conn -> {
            try (PreparedStatement ps = conn.prepareStatement("SELECT 1 FROM jiceng_dataset WHERE name = ?")) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                }
            }
            Map<Kind, List<Record>> byKind = new EnumMap<>(Kind.class);
            for (Kind k : Kind.values()) {
                byKind.put(k, new ArrayList<>());
            }
            try (PreparedStatement ps = conn.prepareStatement("SELECT kind, body FROM jiceng_dataset_record"
                    + " WHERE dataset = ? ORDER BY kind, ord")) {
                dialect.streamResults(ps);
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Kind k = Kind.valueOf(rs.getString(1));
                        Objects.requireNonNull(byKind.get(k)).add(RecordJson.read(rs.getString(2), k.type));
                    }
                }
            }
            Dataset.Builder b = Dataset.builder();
            for (Kind k : Kind.values()) {
                Objects.requireNonNull(byKind.get(k)).forEach(b::add);
            }
            return Optional.of(b.build());
        });
    }

    @Override
    public List<String> names() {
        return Tx.run(dataSource, "list datasets", conn -> {
            try (PreparedStatement ps = conn.prepareStatement("SELECT name FROM jiceng_dataset ORDER BY name");
                    ResultSet rs = ps.executeQuery()) {
                List<String> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
                return out;
            }
        });
    }

    @Override
    public List<Membership> membersOf(String name, String organizationId, LocalDate day) {
        return memberships("members of " + organizationId + " on " + day, name, "m.organization_id = ?",
                organizationId, day, "");
    }

    @Override
    public List<Membership> membershipsOfPerson(String name, String personId, LocalDate day) {
        return memberships("memberships of " + personId + " on " + day, name, "m.person_id = ?", personId, day,
                " AND EXISTS (SELECT 1 FROM jiceng_dataset_record p WHERE p.dataset = m.dataset AND p.kind = 'PERSON'"
                        + " AND p.record_id = m.person_id)");
    }

    private List<Membership> memberships(String operation, String name, String condition, String id, LocalDate day,
            String extra) {
        return bodies(operation, "SELECT r.body FROM jiceng_dataset_membership m"
                + " JOIN jiceng_dataset_record r ON r.dataset = m.dataset AND r.kind = 'MEMBERSHIP' AND r.ord = m.ord"
                + " WHERE m.dataset = ? AND " + condition + " AND m.valid_from <= ?"
                + " AND (m.valid_to IS NULL OR ? < m.valid_to)"
                + " AND EXISTS (SELECT 1 FROM jiceng_dataset_organization o WHERE o.dataset = m.dataset"
                + " AND o.organization_id = m.organization_id)" + extra + " ORDER BY m.ord",
                Membership.class, name, id, day, day);
    }

    @Override
    public List<PartyOrganization> organizationsActiveOn(String name, LocalDate day) {
        return bodies("organisations active on " + day, "SELECT r.body FROM jiceng_dataset_organization o"
                + " JOIN jiceng_dataset_record r ON r.dataset = o.dataset AND r.kind = 'ORGANIZATION' AND r.ord = o.ord"
                + " WHERE o.dataset = ? AND (o.founded IS NULL OR o.founded <= ?)"
                + " AND (o.dissolved IS NULL OR ? < o.dissolved) ORDER BY o.ord", PartyOrganization.class, name, day, day);
    }

    /** Runs a query whose only column is a record's JSON and decodes every row. */
    private <T extends Record> List<T> bodies(String operation, String sql, Class<T> type, Object... params) {
        return Tx.run(dataSource, operation, conn -> {
            try (PreparedStatement ps = conn.prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) {
                    ps.setObject(i + 1, params[i]);
                }
                List<T> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(RecordJson.read(rs.getString(1), type));
                    }
                }
                return out;
            }
        });
    }

    @Override
    public String toString() {
        return "JdbcDatasetStore[" + dialect.name() + "]";
    }
}
