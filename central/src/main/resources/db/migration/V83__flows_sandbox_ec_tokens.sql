-- Sandbox 医保 system (a simulator): the 医保电子凭证 tokens it issued. Only a SHA-256 of each token is kept.
CREATE TABLE sb_mi_ec_token (
    token_hash CHAR(64)  PRIMARY KEY,
    id_number  CHAR(18)  NOT NULL REFERENCES sb_mi_enrolment (id_number),
    issued_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    single_use BOOLEAN   NOT NULL,
    used_at    TIMESTAMP WITH TIME ZONE
);
