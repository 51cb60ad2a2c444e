-- Schema version 2 (see migrations.py): how many rows of an imported file were left out
-- (--skip-invalid). A file imported with rows left out is imported again when given again
-- (its rows already in the ledger are recognised one by one); a file taken whole is
-- recognised at once and changes nothing.
ALTER TABLE consent_import ADD COLUMN rows_refused INTEGER NOT NULL DEFAULT 0;
