package org.jiceng.store.jdbc;

import java.sql.SQLException;

/**
 * PostgreSQL's required SQL with every optional fast path left at {@link SqlDialect}'s portable
 * default (no COPY, no single-statement append): the paths a MySQL or DM dialect would take, run on
 * the embedded PostgreSQL so the compatibility kits can cover them.
 */
final class PortablePostgresDialect implements SqlDialect {

    static final SqlDialect INSTANCE = new PortablePostgresDialect();

    private static final SqlDialect POSTGRES = PostgresDialect.INSTANCE;

    private PortablePostgresDialect() {
    }

    @Override
    public String name() {
        return "postgresql-portable";
    }

    @Override
    public String migrationLocation() {
        return POSTGRES.migrationLocation();
    }

    @Override
    public boolean isUniqueViolation(SQLException e) {
        return POSTGRES.isUniqueViolation(e);
    }

    @Override
    public String insertCaseDepartmentIfAbsent() {
        return POSTGRES.insertCaseDepartmentIfAbsent();
    }

    @Override
    public String createEventStage() {
        return POSTGRES.createEventStage();
    }

    @Override
    public String insertEventsFromStage() {
        return POSTGRES.insertEventsFromStage();
    }
}
