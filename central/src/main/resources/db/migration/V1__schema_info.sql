-- Central's schema starts here. Version ranges per feature: see org.budayang.central.db.Database.
-- Portable SQL only: it runs on H2 (PostgreSQL mode) and PostgreSQL; avoid H2 keywords such as VALUE, KEY, USER as column names.
CREATE TABLE central_info (
    info_key   VARCHAR(64) PRIMARY KEY,
    info_value VARCHAR(256) NOT NULL
);
INSERT INTO central_info (info_key, info_value) VALUES ('schema_created_by', 'budayang central');
