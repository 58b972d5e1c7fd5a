-- The per-kiosk secrets of #4 are gone: kiosks authenticate with the client certificate from enrolment only
-- (decision 0014, enrolled_kiosks of V90). Nothing reads or writes the table of V2 any more; drop it with the
-- PBKDF2 hashes it still holds.
DROP TABLE kiosks;
