-- Kiosks known to central, synchronised from the configuration at start (org.budayang.central.auth.KioskRepository).
-- Only a PBKDF2 hash of each kiosk's secret is stored, never the secret.
CREATE TABLE kiosks (
    kiosk_id    VARCHAR(32)  PRIMARY KEY,
    secret_hash VARCHAR(200) NOT NULL,
    enabled     BOOLEAN      NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
