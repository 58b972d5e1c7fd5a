-- Fleet enrolment (org.budayang.central.fleet.enrol, decision 0014): one-time enrolment codes, the kiosks
-- enrolled with them and the client certificates central's kiosk CA issued to them. Only a SHA-256 hash of
-- each code is stored, never the code.
CREATE TABLE enrolment_codes (
    code_hash         CHAR(64)     PRIMARY KEY,
    code_hint         VARCHAR(8)   NOT NULL,
    region_code       CHAR(12)     NOT NULL,
    site_type         VARCHAR(40)  NOT NULL,
    address           VARCHAR(200) NOT NULL,
    host_organisation VARCHAR(100) NOT NULL,
    contact           VARCHAR(100) NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at           TIMESTAMP WITH TIME ZONE,
    used_by           VARCHAR(32)
);

CREATE TABLE enrolled_kiosks (
    kiosk_id          VARCHAR(32)  PRIMARY KEY,
    name              VARCHAR(100) NOT NULL,
    region_code       CHAR(12)     NOT NULL,
    site_type         VARCHAR(40)  NOT NULL,
    address           VARCHAR(200) NOT NULL,
    host_organisation VARCHAR(100) NOT NULL,
    contact           VARCHAR(100) NOT NULL,
    status            VARCHAR(16)  NOT NULL,
    enrolled_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at        TIMESTAMP WITH TIME ZONE
);

CREATE INDEX enrolled_kiosks_region ON enrolled_kiosks (region_code);

CREATE TABLE kiosk_certificates (
    serial     VARCHAR(40) PRIMARY KEY,
    kiosk_id   VARCHAR(32) NOT NULL REFERENCES enrolled_kiosks (kiosk_id),
    not_before TIMESTAMP WITH TIME ZONE NOT NULL,
    not_after  TIMESTAMP WITH TIME ZONE NOT NULL,
    issued_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX kiosk_certificates_kiosk ON kiosk_certificates (kiosk_id);
