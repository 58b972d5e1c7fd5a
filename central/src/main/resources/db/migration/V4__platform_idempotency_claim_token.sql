-- The claim's owner (org.budayang.central.idempotency): a random token set when a request claims the key or takes
-- over an abandoned claim. Only the request holding the current token may complete or release the record, so a
-- request whose claim was taken over cannot overwrite the answer of the request that took it over.
ALTER TABLE idempotency_records ADD COLUMN claim_token VARCHAR(36);
