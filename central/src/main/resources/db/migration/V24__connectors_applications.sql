-- Applications (办件) received through the kiosk, with their letters and status history.
CREATE TABLE app_application (
    application_no      CHAR(20)      PRIMARY KEY,
    item_code           VARCHAR(40)   NOT NULL,
    item_name           VARCHAR(100)  NOT NULL,
    department          VARCHAR(20)   NOT NULL,
    agency              VARCHAR(100)  NOT NULL,
    applicant_id_number CHAR(18)      NOT NULL,
    applicant_name      VARCHAR(40)   NOT NULL,
    form_json           VARCHAR(4000) NOT NULL,
    materials_json      VARCHAR(2000) NOT NULL,
    missing_json        VARCHAR(4000) NOT NULL,
    outcome             VARCHAR(30)   NOT NULL,
    status              VARCHAR(20)   NOT NULL,
    submitted_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    status_changed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    promised_on         DATE,
    deferred_deadline   DATE
);
CREATE INDEX app_application_applicant ON app_application (applicant_id_number);
CREATE TABLE app_letter (
    application_no CHAR(20)    NOT NULL REFERENCES app_application (application_no),
    letter_kind    VARCHAR(20) NOT NULL, -- COMMITMENT 告知承诺书 | DEFERRAL 容缺受理承诺书
    letter_version VARCHAR(64) NOT NULL,
    signed_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (application_no, letter_kind)
);
CREATE TABLE app_status_history (
    application_no CHAR(20)    NOT NULL REFERENCES app_application (application_no),
    status         VARCHAR(20) NOT NULL,
    changed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (application_no, status)
);
-- 办件编号 sequences per region and day
CREATE TABLE app_number_sequence (
    sequence_key VARCHAR(20) PRIMARY KEY,
    last_value   BIGINT      NOT NULL
);
