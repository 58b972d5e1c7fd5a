-- Idempotency records per (kiosk, key) (org.budayang.central.idempotency). The row is inserted before the
-- request runs (state IN_FLIGHT), so the primary key stops a concurrent duplicate; it is completed with the
-- first response (state DONE) or deleted when that response was a 5xx.
CREATE TABLE idempotency_records (
    kiosk_id        VARCHAR(32)  NOT NULL,
    idem_key        VARCHAR(64)  NOT NULL,
    request_hash    VARCHAR(64)  NOT NULL,
    state           VARCHAR(16)  NOT NULL,
    response_status INTEGER,
    response_type   VARCHAR(200),
    response_body   BYTEA,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_idempotency_records PRIMARY KEY (kiosk_id, idem_key)
);
CREATE INDEX ix_idempotency_records_created ON idempotency_records (created_at);
