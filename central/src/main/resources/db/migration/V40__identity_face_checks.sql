-- Results of live face comparisons (人证比对); the images are never stored.
CREATE TABLE face_checks (
    verification_id VARCHAR(36)  NOT NULL PRIMARY KEY,
    id_number       VARCHAR(18)  NOT NULL,
    matched         BOOLEAN      NOT NULL,
    score           DOUBLE PRECISION NOT NULL,
    reason          VARCHAR(20)  NOT NULL,
    detail          VARCHAR(20),
    kiosk_id        VARCHAR(64),
    checked_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX face_checks_person ON face_checks (id_number, checked_at);
