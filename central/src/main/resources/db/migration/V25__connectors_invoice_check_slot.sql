-- Each invoice check takes a numbered slot (1..5) of its invoice and day; the unique constraint makes the daily
-- limit hold under concurrent checks: of two checks taking the same slot, one fails and counts again.
ALTER TABLE sb_tax_invoice_check ADD COLUMN check_no INTEGER;
CREATE UNIQUE INDEX sb_tax_invoice_check_slot ON sb_tax_invoice_check (invoice_no, checked_on, check_no);
