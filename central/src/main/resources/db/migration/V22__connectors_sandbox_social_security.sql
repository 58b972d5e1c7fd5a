-- Sandbox 社保 system (a simulator): insured persons, yearly contributions, pensions and 资格认证.
CREATE TABLE sb_ss_insured (
    id_number           CHAR(18)    PRIMARY KEY,
    name                VARCHAR(40) NOT NULL,
    insurance_type      VARCHAR(10) NOT NULL, -- EMPLOYEE 城镇职工 | RESIDENT 城乡居民
    started_on          DATE        NOT NULL,
    insured_status      VARCHAR(10) NOT NULL, -- PAYING | SUSPENDED | PENSION
    employer            VARCHAR(80),
    region_code         CHAR(6)     NOT NULL,
    pension_since       DATE,
    monthly_pension_fen BIGINT,
    certification_due   DATE,
    resident_grade_fen  BIGINT
);
CREATE TABLE sb_ss_contribution (
    id_number         CHAR(18) NOT NULL REFERENCES sb_ss_insured (id_number),
    contribution_year INT      NOT NULL,
    months            INT      NOT NULL,
    base_fen          BIGINT   NOT NULL,
    personal_fen      BIGINT   NOT NULL,
    employer_fen      BIGINT   NOT NULL,
    PRIMARY KEY (id_number, contribution_year)
);
CREATE TABLE sb_ss_certification (
    certification_no     VARCHAR(24) PRIMARY KEY,
    id_number            CHAR(18)    NOT NULL REFERENCES sb_ss_insured (id_number),
    certified_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    face_verification_id VARCHAR(100) NOT NULL UNIQUE,
    next_due             DATE        NOT NULL
);
