-- Jiceng durable storage, version 1, PostgreSQL (also openGauss, Kingbase in PostgreSQL mode).
-- Apply with Flyway or Liquibase from classpath:db/migration/jiceng/postgresql.
--
-- Cases: one row per case (its fixed header, current status, version and chain head) and an
-- append-only trail, one row per transition, chained by hashes (see org.jiceng.cases.store.TrailHashing).
-- The triggers below refuse UPDATE, DELETE and TRUNCATE on every append-only table, and any change to
-- a case row other than moving it one version on.

CREATE TABLE jiceng_case (
    case_id        VARCHAR(200)     NOT NULL PRIMARY KEY,
    kind           VARCHAR(32)      NOT NULL,
    category       VARCHAR(200)     NOT NULL,
    description    TEXT             NOT NULL,
    lon            DOUBLE PRECISION,
    lat            DOUBLE PRECISION,
    address        TEXT,
    area_id        VARCHAR(200),
    grid_id        VARCHAR(200),
    reporter_name  TEXT,
    reporter_phone TEXT,
    secretary_id   VARCHAR(200),
    respond_by     TIMESTAMPTZ      NOT NULL,
    resolve_by     TIMESTAMPTZ      NOT NULL,
    created_at     TIMESTAMPTZ      NOT NULL,
    status         VARCHAR(32)      NOT NULL,
    version        BIGINT           NOT NULL CHECK (version >= 1),
    hash_algorithm VARCHAR(16)      NOT NULL,
    header_hash    VARCHAR(128)     NOT NULL,
    head_hash      VARCHAR(128)     NOT NULL
);
CREATE INDEX jiceng_case_status_idx ON jiceng_case (status);
CREATE INDEX jiceng_case_grid_idx ON jiceng_case (grid_id);
CREATE INDEX jiceng_case_created_idx ON jiceng_case (created_at);

CREATE TABLE jiceng_case_entry (
    case_id      VARCHAR(200) NOT NULL REFERENCES jiceng_case (case_id),
    seq          INTEGER      NOT NULL CHECK (seq >= 0),
    at           TIMESTAMPTZ  NOT NULL,
    actor        TEXT         NOT NULL,
    from_status  VARCHAR(32),
    to_status    VARCHAR(32)  NOT NULL,
    note         TEXT         NOT NULL,
    departments  TEXT         NOT NULL,
    duplicate_of VARCHAR(200),
    prev_hash    VARCHAR(128) NOT NULL,
    entry_hash   VARCHAR(128) NOT NULL,
    recorded_at  TIMESTAMPTZ  NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (case_id, seq)
);

-- Departments summoned by any whistle of a case, for queries by department.
CREATE TABLE jiceng_case_department (
    case_id    VARCHAR(200) NOT NULL REFERENCES jiceng_case (case_id),
    department VARCHAR(200) NOT NULL,
    PRIMARY KEY (case_id, department)
);
CREATE INDEX jiceng_case_department_idx ON jiceng_case_department (department);

-- The points ledger: every event once, by id.
CREATE TABLE jiceng_event (
    event_id    VARCHAR(200) NOT NULL PRIMARY KEY,
    type        VARCHAR(200) NOT NULL,
    subject_id  VARCHAR(200) NOT NULL,
    at          TIMESTAMPTZ  NOT NULL,
    quantity    NUMERIC      NOT NULL,
    area_id     VARCHAR(200),
    attributes  TEXT         NOT NULL,
    recorded_at TIMESTAMPTZ  NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX jiceng_event_subject_idx ON jiceng_event (subject_id, at, event_id);
CREATE INDEX jiceng_event_at_idx ON jiceng_event (at, event_id);

-- Datasets: saved whole under a name (a snapshot, replaced as a whole), every record as JSON in
-- dataset order, with the columns the as-of queries need beside them.
CREATE TABLE jiceng_dataset (
    name         VARCHAR(200) NOT NULL PRIMARY KEY,
    record_count INTEGER      NOT NULL,
    saved_at     TIMESTAMPTZ  NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE jiceng_dataset_record (
    dataset   VARCHAR(200) NOT NULL REFERENCES jiceng_dataset (name) ON DELETE CASCADE,
    kind      VARCHAR(32)  NOT NULL,
    ord       INTEGER      NOT NULL,
    record_id VARCHAR(200) NOT NULL,
    body      TEXT         NOT NULL,
    PRIMARY KEY (dataset, kind, ord)
);
CREATE INDEX jiceng_dataset_record_id_idx ON jiceng_dataset_record (dataset, kind, record_id);

CREATE TABLE jiceng_dataset_membership (
    dataset         VARCHAR(200) NOT NULL REFERENCES jiceng_dataset (name) ON DELETE CASCADE,
    ord             INTEGER      NOT NULL,
    person_id       VARCHAR(200) NOT NULL,
    organization_id VARCHAR(200) NOT NULL,
    valid_from      DATE         NOT NULL,
    valid_to        DATE,
    PRIMARY KEY (dataset, ord)
);
CREATE INDEX jiceng_dataset_membership_org_idx ON jiceng_dataset_membership (dataset, organization_id);
CREATE INDEX jiceng_dataset_membership_person_idx ON jiceng_dataset_membership (dataset, person_id);

CREATE TABLE jiceng_dataset_organization (
    dataset         VARCHAR(200) NOT NULL REFERENCES jiceng_dataset (name) ON DELETE CASCADE,
    ord             INTEGER      NOT NULL,
    organization_id VARCHAR(200) NOT NULL,
    founded         DATE,
    dissolved       DATE,
    PRIMARY KEY (dataset, ord)
);
CREATE INDEX jiceng_dataset_organization_id_idx ON jiceng_dataset_organization (dataset, organization_id);

-- Append-only enforcement.
CREATE FUNCTION jiceng_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'jiceng: % on % refused: the table is append-only (只可追加，不可修改或删除)',
        TG_OP, TG_TABLE_NAME USING ERRCODE = 'integrity_constraint_violation';
END;
$$;

CREATE FUNCTION jiceng_case_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'UPDATE' THEN
        RAISE EXCEPTION 'jiceng: % on jiceng_case refused: cases are never removed (案件不可删除)', TG_OP
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    IF NEW.version <> OLD.version + 1
            OR ROW(NEW.case_id, NEW.kind, NEW.category, NEW.description, NEW.lon, NEW.lat, NEW.address,
                   NEW.area_id, NEW.grid_id, NEW.reporter_name, NEW.reporter_phone, NEW.secretary_id,
                   NEW.respond_by, NEW.resolve_by, NEW.created_at, NEW.hash_algorithm, NEW.header_hash)
               IS DISTINCT FROM
               ROW(OLD.case_id, OLD.kind, OLD.category, OLD.description, OLD.lon, OLD.lat, OLD.address,
                   OLD.area_id, OLD.grid_id, OLD.reporter_name, OLD.reporter_phone, OLD.secretary_id,
                   OLD.respond_by, OLD.resolve_by, OLD.created_at, OLD.hash_algorithm, OLD.header_hash) THEN
        RAISE EXCEPTION 'jiceng: update of case % refused: only status, version (by one) and head hash may change',
            OLD.case_id USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER jiceng_case_guard BEFORE UPDATE OR DELETE ON jiceng_case
    FOR EACH ROW EXECUTE FUNCTION jiceng_case_guard();
CREATE TRIGGER jiceng_case_no_truncate BEFORE TRUNCATE ON jiceng_case
    FOR EACH STATEMENT EXECUTE FUNCTION jiceng_refuse_change();

CREATE TRIGGER jiceng_case_entry_append_only BEFORE UPDATE OR DELETE ON jiceng_case_entry
    FOR EACH ROW EXECUTE FUNCTION jiceng_refuse_change();
CREATE TRIGGER jiceng_case_entry_no_truncate BEFORE TRUNCATE ON jiceng_case_entry
    FOR EACH STATEMENT EXECUTE FUNCTION jiceng_refuse_change();

CREATE TRIGGER jiceng_case_department_append_only BEFORE UPDATE OR DELETE ON jiceng_case_department
    FOR EACH ROW EXECUTE FUNCTION jiceng_refuse_change();
CREATE TRIGGER jiceng_case_department_no_truncate BEFORE TRUNCATE ON jiceng_case_department
    FOR EACH STATEMENT EXECUTE FUNCTION jiceng_refuse_change();

CREATE TRIGGER jiceng_event_append_only BEFORE UPDATE OR DELETE ON jiceng_event
    FOR EACH ROW EXECUTE FUNCTION jiceng_refuse_change();
CREATE TRIGGER jiceng_event_no_truncate BEFORE TRUNCATE ON jiceng_event
    FOR EACH STATEMENT EXECUTE FUNCTION jiceng_refuse_change();
