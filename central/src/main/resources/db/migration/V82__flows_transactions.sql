-- Finished kiosk transactions (no personal data), one row per transaction id, for statistics and alerts.
CREATE TABLE flow_transaction (
    transaction_id VARCHAR(64) PRIMARY KEY,
    kiosk_id       VARCHAR(32) NOT NULL,
    item_code      VARCHAR(40) NOT NULL,
    application_no VARCHAR(40),
    outcome        VARCHAR(20) NOT NULL, -- COMPLETED | FAILED | ABANDONED | RECOVERED
    failure_code   VARCHAR(64),
    started_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    printed        INT         NOT NULL,
    received_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX flow_transaction_item ON flow_transaction (item_code, finished_at);
CREATE INDEX flow_transaction_kiosk ON flow_transaction (kiosk_id, finished_at);
