-- 呼叫帮办: help requests raised at kiosks (no personal data), open until ops close them.
CREATE TABLE flow_help_request (
    help_id          VARCHAR(64)  PRIMARY KEY,
    kiosk_id         VARCHAR(32)  NOT NULL,
    site_id          VARCHAR(64)  NOT NULL,
    item_code        VARCHAR(40),
    screen           VARCHAR(64)  NOT NULL,
    reason           VARCHAR(64)  NOT NULL,
    expected_minutes INT          NOT NULL,
    message          VARCHAR(200) NOT NULL,
    phone            VARCHAR(20)  NOT NULL,
    requested_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_at        TIMESTAMP WITH TIME ZONE
);
CREATE INDEX flow_help_request_open ON flow_help_request (site_id, closed_at);
