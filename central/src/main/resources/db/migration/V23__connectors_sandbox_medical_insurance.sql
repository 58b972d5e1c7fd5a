-- Sandbox 医保 system (a simulator): enrolment and yearly contributions.
CREATE TABLE sb_mi_enrolment (
    id_number        CHAR(18)    PRIMARY KEY,
    name             VARCHAR(40) NOT NULL,
    enrolment_type   VARCHAR(10) NOT NULL, -- EMPLOYEE 职工医保 | RESIDENT 城乡居民医保
    enrolment_status VARCHAR(10) NOT NULL, -- ACTIVE | SUSPENDED
    started_on       DATE        NOT NULL,
    region_code      CHAR(6)     NOT NULL
);
CREATE TABLE sb_mi_contribution (
    id_number         CHAR(18) NOT NULL REFERENCES sb_mi_enrolment (id_number),
    contribution_year INT      NOT NULL,
    personal_fen      BIGINT   NOT NULL,
    employer_fen      BIGINT   NOT NULL,
    paid_on           DATE     NOT NULL,
    PRIMARY KEY (id_number, contribution_year)
);
