-- Sampled heartbeat history (decision 0015, "Heartbeat storage"): the state row remembers a digest of the kiosk's
-- health (app version, each device's state, conditions, action, fill in tens of percent) and when a heartbeat
-- last went to the history, so that the history keeps every change of health plus one sample per
-- telemetry.historySampleEvery instead of every heartbeat.
ALTER TABLE fleet_kiosk_state ADD COLUMN health_digest VARCHAR(64);
ALTER TABLE fleet_kiosk_state ADD COLUMN history_at TIMESTAMP WITH TIME ZONE;
