-- 好差评 received from kiosks (anonymous: no ID number or name), one row per evaluation id, and the follow-up of
-- each 差评 (call back within 1 working day, rectification within 15 working days).
CREATE TABLE flow_evaluation (
    evaluation_id  VARCHAR(64)  PRIMARY KEY,
    kiosk_id       VARCHAR(32)  NOT NULL,
    item_code      VARCHAR(40)  NOT NULL,
    application_no VARCHAR(40)  NOT NULL,
    outcome        VARCHAR(20)  NOT NULL, -- COMPLETED | FAILED
    level_name     VARCHAR(20)  NOT NULL, -- VERY_SATISFIED .. VERY_DISSATISFIED
    score          SMALLINT     NOT NULL, -- 5 .. 1
    reasons        VARCHAR(400) NOT NULL, -- the 差评 reasons tapped, '|'-separated, empty when none
    comment_text   VARCHAR(800) NOT NULL,
    rated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    received_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX flow_evaluation_received ON flow_evaluation (received_at);
CREATE INDEX flow_evaluation_item ON flow_evaluation (item_code, received_at);
CREATE TABLE flow_evaluation_follow_up (
    evaluation_id     VARCHAR(64) PRIMARY KEY REFERENCES flow_evaluation (evaluation_id),
    state             VARCHAR(20) NOT NULL, -- OPEN | CALLED_BACK | RECTIFIED
    call_back_by      DATE        NOT NULL,
    rectify_by        DATE        NOT NULL,
    called_back_at    TIMESTAMP WITH TIME ZONE,
    rectified_at      TIMESTAMP WITH TIME ZONE
);
CREATE INDEX flow_evaluation_follow_up_state ON flow_evaluation_follow_up (state, call_back_by);
