-- Sandbox 公安 system (a simulator with synthetic citizens, see docs/sandbox/README.md): 户籍 and ID cards,
-- traffic violations, ID card applications. Seeded by org.budayang.central.connectors.sandbox.SandboxSeeder.
CREATE TABLE sb_seed_info (
    seed_key   VARCHAR(32) PRIMARY KEY,
    seed_value VARCHAR(64) NOT NULL
);
CREATE TABLE sb_ps_household (
    household_no   VARCHAR(12) PRIMARY KEY,
    region_code    CHAR(6)      NOT NULL,
    head_id_number CHAR(18)     NOT NULL,
    address        VARCHAR(200) NOT NULL
);
CREATE TABLE sb_ps_person (
    id_number    CHAR(18)     PRIMARY KEY,
    name         VARCHAR(40)  NOT NULL,
    male         BOOLEAN      NOT NULL,
    nation_code  CHAR(2)      NOT NULL,
    birth_date   DATE         NOT NULL,
    address      VARCHAR(200) NOT NULL,
    authority    VARCHAR(60)  NOT NULL,
    valid_from   DATE         NOT NULL,
    valid_to     DATE,
    photo_seed   BIGINT       NOT NULL,
    household_no VARCHAR(12)  NOT NULL REFERENCES sb_ps_household (household_no),
    relation     VARCHAR(20)  NOT NULL
);
CREATE INDEX sb_ps_person_household ON sb_ps_person (household_no);
CREATE TABLE sb_ps_traffic_violation (
    decision_no VARCHAR(24)  PRIMARY KEY,
    id_number   CHAR(18)     NOT NULL REFERENCES sb_ps_person (id_number),
    plate       VARCHAR(12)  NOT NULL,
    occurred_at TIMESTAMP    NOT NULL,
    place       VARCHAR(100) NOT NULL,
    offence     VARCHAR(100) NOT NULL,
    fine_fen    BIGINT       NOT NULL,
    points      INT          NOT NULL,
    paid        BOOLEAN      NOT NULL
);
CREATE INDEX sb_ps_traffic_violation_person ON sb_ps_traffic_violation (id_number);
CREATE TABLE sb_ps_idcard_application (
    receipt_no   VARCHAR(20)  PRIMARY KEY,
    id_number    CHAR(18)     NOT NULL REFERENCES sb_ps_person (id_number),
    kind         VARCHAR(10)  NOT NULL,
    accepted_on  DATE         NOT NULL,
    pickup_place VARCHAR(100) NOT NULL
);
CREATE INDEX sb_ps_idcard_application_person ON sb_ps_idcard_application (id_number);
